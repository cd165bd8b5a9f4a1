"""The dataset loader against the real Neo4j: what a valid file writes, that reloading
changes nothing, and that each kind of bad input is refused with the file, line, field
and reason while the graph stays exactly as it was."""

import shutil
from pathlib import Path

import pytest

from loaders import pipeline
from loaders.errors import LoadError

MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A private copy of the mini dataset that a test may break."""
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    return folder / "mini.yaml"


def load(db, *paths: Path):
    return db.run(pipeline.load, paths=list(paths))


def test_valid_file_writes_nodes_relationships_and_citations(db, mini):
    report = load(db, mini)

    stats = db.stats()
    assert report.records == 9  # one per node: 1 document, 1 place, 3 partners, 2 items, 2 donations
    assert stats.nodes == {"Document": 1, "Place": 1, "Partner": 3, "Item": 2, "Donation": 2}
    assert stats.relationships["GAVE"] == 3  # the joint donation keeps both donors
    assert stats.relationships["TO"] == 2
    assert stats.relationships["INCLUDES"] == 2
    assert stats.relationships["IN_COUNTRY"] == 1
    assert stats.relationships["CITED_IN"] == 6  # every fact points at its quote


def test_reloading_the_same_file_changes_nothing(db, mini):
    load(db, mini)
    before = db.stats()

    load(db, mini)

    assert db.stats() == before


def _break(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


BAD_INPUTS = {
    # name: (text replaced, replacement, field named, words of the reason, line holding)
    "unknown partner": ("donors: [kasama]", "donors: [kasamaa]", "donations[0].donors[0]",
                        "unknown partner 'kasamaa'", "donors: [kasamaa]"),
    "impossible date": ("when: 12/3/2021", "when: 31/2/2021", "donations[0].when",
                        "31/2/2021", "when: 31/2/2021"),
    "negative quantity": ("quantity: 2 máy thở", "quantity: -2 máy thở",
                          "donations[1].items[0].quantity", "-2", "quantity: -2 máy thở"),
    "unknown currency": ("value: hơn 1,2 tỷ đồng", "value: hơn 1,2 tỷ XYZ",
                         "donations[1].value", "XYZ", "value: hơn 1,2 tỷ XYZ"),
    "unknown kind": ("kind: foreign_ngo", "kind: charity", "partners[2].kind",
                     "foreign_ngo", "kind: charity"),
    "unknown field": ("  - id: ventilators-2021\n", "  - id: ventilators-2021\n    colour: red\n", "donations[1].colour",
                      "Extra inputs are not permitted", "colour: red"),
    "quote not in the document": (
        "quote: Tổ chức Hope Bridge\n", "quote: Tổ chức Hope Bridge Quốc tế\n",
        "partners[2].sources[0].quote", "does not occur", "Hope Bridge Quốc tế"),
}


@pytest.mark.parametrize("case", BAD_INPUTS, ids=list(BAD_INPUTS))
def test_bad_input_is_refused_with_file_line_field_and_reason(db, mini, case):
    load(db, MINI / "mini.yaml")
    before = db.stats()
    old, new, field, reason, line_text = BAD_INPUTS[case]
    _break(mini, old, new)

    with pytest.raises(LoadError) as caught:
        load(db, mini)

    problem = caught.value.problems[0]
    assert problem.file == mini
    assert problem.field == field
    assert reason in problem.reason
    assert problem.line == _line(mini, line_text)
    assert db.stats() == before


def test_invalid_utf8_names_the_line(db, mini):
    raw = mini.read_bytes().replace("Kasama City".encode(), b"Kasama \xff City", 1)
    mini.write_bytes(raw)

    with pytest.raises(LoadError) as caught:
        load(db, mini)

    problem = caught.value.problems[0]
    assert "UTF-8" in problem.reason
    assert problem.line == raw[: raw.index(b"\xff")].count(b"\n") + 1
    assert db.stats().total_nodes == 0


def test_malformed_yaml_names_the_line(db, mini):
    _break(mini, "donors: [kasama]", "donors: [kasama")

    with pytest.raises(LoadError) as caught:
        load(db, mini)

    problem = caught.value.problems[0]
    assert "malformed YAML" in problem.reason
    assert problem.line is not None and problem.line >= _line(mini, "donors: [kasama")
    assert db.stats().total_nodes == 0


def test_text_file_that_changed_is_refused(db, mini):
    (mini.parent / "article.txt").write_text("another text", encoding="utf-8")

    with pytest.raises(LoadError) as caught:
        load(db, mini)

    assert caught.value.problems[0].field == "documents[0].sha256"
    assert db.stats().total_nodes == 0


def test_one_bad_file_keeps_the_good_one_out_too(db, mini, tmp_path):
    other = tmp_path / "other.yaml"
    other.write_text("partners:\n  - id: lonely\n    kind: company\n    name_en: Lonely\n"
                     "    sources: [{document: nowhere, quote: x}]\n", encoding="utf-8")

    with pytest.raises(LoadError) as caught:
        load(db, mini, other)

    assert [p.file for p in caught.value.problems] == [other]
    assert "unknown document 'nowhere'" in caught.value.problems[0].reason
    assert db.stats().total_nodes == 0


def test_unknown_references_and_wrong_quotes_are_reported_together(db, mini):
    """One run names every problem: a reference check failing does not hide a bad quote."""
    _break(mini, "donors: [kasama]", "donors: [kasamaa]")
    _break(mini, "quote: Tổ chức Hope Bridge\n", "quote: Tổ chức Hope Bridge Quốc tế\n")

    with pytest.raises(LoadError) as caught:
        load(db, mini)

    fields = {p.field for p in caught.value.problems}
    assert fields == {"donations[0].donors[0]", "partners[2].sources[0].quote"}
    assert db.stats().nodes == {}


def test_an_unknown_format_names_the_ones_that_load(db, tmp_path):
    sheet = tmp_path / "partners.ods"
    sheet.write_bytes(b"PK\x03\x04")

    with pytest.raises(LoadError) as caught:
        load(db, sheet)

    problem, = caught.value.problems
    assert problem.file == sheet
    assert "unknown format '.ods'" in problem.reason
    for known in (".yaml", ".json", ".xml", ".txt", ".html", ".xlsx", "CSV"):
        assert known in problem.reason
