"""Files made to hurt the loader: invalid UTF-8, a 1 GB file, YAML bombs (billion laughs,
a self-referencing alias, nesting thousands deep), and spreadsheet formulas in names.
Each is refused with a clear error naming the file, in bounded memory (the 1 GB file is
refused by its size before a byte of it is read), and the graph stays exactly as it was;
formulas come out of the CSV export neutralised."""

import csv
import io
import json
import shutil
import tracemalloc
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from loaders import pipeline, yamlfile
from loaders.errors import LoadError

MINI = Path(__file__).parent / "fixtures" / "mini"
TEMPLATES = Path(__file__).resolve().parent.parent / "data" / "templates" / "example"
GIGABYTE = 1024**3
#: What refusing any of these files may cost; reading the 1 GB file would cost 1000 times it.
MEMORY_BOUND = 20 * 1024**2


@pytest.fixture
def loaded(db):
    """The mini dataset in the graph, so "unchanged" means something."""
    db.run(pipeline.load, paths=[MINI / "mini.yaml"])
    return db


def refuse(db, *paths: Path) -> tuple[LoadError, int]:
    """Load `paths`, expecting a LoadError; returns it with the peak memory it took."""
    tracemalloc.start()
    try:
        with pytest.raises(LoadError) as caught:
            db.run(pipeline.load, paths=list(paths))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return caught.value, peak


def sparse(path: Path, size: int = GIGABYTE) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)  # a hole: no disk used, but stat() says 1 GB
    return path


# --- Size ---------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_a_1_gb_dataset_file_is_refused_by_its_size(loaded, tmp_path, suffix):
    before = loaded.stats()
    big = sparse(tmp_path / f"big{suffix}")

    error, peak = refuse(loaded, big)

    [problem] = error.problems
    assert problem.file == big
    assert f"{GIGABYTE} bytes; the limit is {yamlfile.MAX_BYTES}" in problem.reason
    assert peak < MEMORY_BOUND
    assert loaded.stats() == before


def test_a_1_gb_csv_sheet_is_refused_by_its_size(loaded, tmp_path):
    folder = tmp_path / "sheets"
    shutil.copytree(TEMPLATES, folder)
    sheet = next(folder.glob("*.csv"))
    sparse(sheet)
    before = loaded.stats()

    error, peak = refuse(loaded, folder)

    assert any(p.file == sheet and f"{GIGABYTE} bytes" in p.reason for p in error.problems), \
        error.problems
    assert peak < MEMORY_BOUND
    assert loaded.stats() == before


def test_a_1_gb_document_text_is_refused_by_its_size(loaded, tmp_path):
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    sparse(folder / "article.txt")
    before = loaded.stats()

    error, peak = refuse(loaded, folder / "mini.yaml")

    [problem] = error.problems
    assert problem.field == "documents[0].text_file"
    assert f"is {GIGABYTE} bytes; the limit is {yamlfile.MAX_BYTES}" in problem.reason
    assert peak < MEMORY_BOUND
    assert loaded.stats() == before


# --- Encoding -----------------------------------------------------------------------------

def test_invalid_utf8_in_a_json_file_names_its_line(loaded, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{\n  "partners": [\n    {"id": "x", "name_vi": "\xff\xfe"}\n  ]\n}\n')
    before = loaded.stats()

    error, _ = refuse(loaded, bad)

    [problem] = error.problems
    assert (problem.file, problem.line) == (bad, 3) and "UTF-8" in problem.reason
    assert loaded.stats() == before


def test_invalid_utf8_in_a_document_text_is_refused(loaded, tmp_path):
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    (folder / "article.txt").write_bytes(b"Kasama \xc3\x28 Nh\xe1t")
    before = loaded.stats()

    error, _ = refuse(loaded, folder / "mini.yaml")

    [problem] = error.problems
    assert problem.field == "documents[0].text_file" and "utf-8" in problem.reason.lower()
    assert loaded.stats() == before


# --- YAML bombs ---------------------------------------------------------------------------

def billion_laughs(levels: int = 12) -> str:
    """Twelve lines that would expand to 10^12 strings."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        refs = ", ".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    lines.append(f"partners: *a{levels - 1}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("name,text", [
    ("billion laughs", billion_laughs()),
    ("a mapping bomb", "x: &x {k: v}\ny: &y {a: *x, b: *x, c: *x}\npartners: [*y, *y]\n"),
    ("a self-referencing alias", "partners: &p [*p]\n"),
    ("a self-referencing mapping", "places: &m {self: *m}\n"),
])
def test_a_yaml_bomb_is_refused_naming_the_alias(loaded, tmp_path, name, text):
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(text, encoding="utf-8")
    before = loaded.stats()

    error, peak = refuse(loaded, bomb)

    [problem] = error.problems
    assert problem.file == bomb and "alias" in problem.reason
    assert problem.line is not None
    assert peak < MEMORY_BOUND
    assert loaded.stats() == before


def test_an_alias_of_a_plain_value_is_still_fine(tmp_path):
    """Only lists and mappings multiply; a repeated string is as long as the file says."""
    path = tmp_path / "ok.yaml"
    path.write_text("a: &name Kasama\nb: *name\n", encoding="utf-8")

    data, _ = yamlfile.parse(path)

    assert data == {"a": "Kasama", "b": "Kasama"}


@pytest.mark.parametrize("opening,closing", [("[", "]"), ("{a: ", "}")])
def test_nesting_thousands_deep_is_refused(loaded, tmp_path, opening, closing):
    deep = tmp_path / "deep.yaml"
    deep.write_text("partners: " + opening * 50_000 + "1" + closing * 50_000 + "\n",
                    encoding="utf-8")
    before = loaded.stats()

    error, _ = refuse(loaded, deep)

    [problem] = error.problems
    assert problem.file == deep and "nested too deeply" in problem.reason
    assert loaded.stats() == before


# --- Formulas in the CSV export -------------------------------------------------------------

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]


def test_names_that_are_spreadsheet_formulas_are_neutralised_in_the_csv_export(
        db, neo4j_settings, tmp_path):
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    path = folder / "mini.yaml"
    text = path.read_text(encoding="utf-8")
    for formula, name in zip(FORMULAS[:3], ("Hà Giang Province", "Kasama City", "Hope Bridge")):
        text = text.replace(f"name_en: {name}", f"name_en: {json.dumps(formula)}")
    path.write_text(text, encoding="utf-8")
    db.run(pipeline.load, paths=[path])

    with TestClient(create_app(neo4j_settings)) as client:
        response = client.get("/graph", params={"format": "csv"})

    assert response.status_code == 200, response.text
    rows = list(csv.reader(io.StringIO(response.text)))
    cells = [cell for row in rows[1:] for cell in row]
    assert len(rows) > 1
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], cells
    assert {"'" + f for f in FORMULAS[:3]} <= set(cells)
