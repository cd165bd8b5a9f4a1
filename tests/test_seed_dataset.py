"""The seed dataset (data/seed) checked without a database: every file validates against the
domain model, every quote occurs verbatim in its document, every stored text matches its
sha256, every id that is referenced exists, ids are unique per section, and no figure is
invented (every amount, quantity and period as written occurs in one of its fact's quotes).

Each check names the file and the id that fails."""

import hashlib
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from partnergraph.domain import Dataset, Document, Source
from partnergraph.domain.common import Amount, Period, Quantity
from partnergraph.domain.dataset import SECTIONS, references

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "seed"
#: The articles as they were handed over; beside the repository on developer machines and in CI.
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"

FILES = sorted(p for p in SEED.rglob("*") if p.suffix in {".yaml", ".yml"})


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT))


@cache
def _raw(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@cache
def _dataset(path: Path) -> Dataset | None:
    """The file's dataset, or None when it does not validate (its own test reports why)."""
    try:
        return Dataset.model_validate(_raw(path))
    except ValidationError:
        return None


def _datasets() -> list[tuple[Path, Dataset]]:
    return [(p, ds) for p in FILES if (ds := _dataset(p)) is not None]


def _merged() -> Dataset:
    merged = Dataset()
    for _, ds in _datasets():
        merged = merged.merged(ds)
    return merged


def _documents() -> dict[str, tuple[Path, Document]]:
    return {doc.id: (path, doc) for path, ds in _datasets() for doc in ds.documents}


@cache
def _text(doc_id: str) -> str | None:
    """The stored text of a document, read from its text_file (relative to its YAML file)."""
    path, doc = _documents()[doc_id]
    if not doc.text_file:
        return None
    return (path.parent / doc.text_file).read_text(encoding="utf-8")


def _where(path: Path, section: str, record: Any) -> str:
    return f"{_name(path)}: {section} id={getattr(record, 'id', '?')!r}"


def _sources(record: Any) -> Iterator[tuple[str, Source]]:
    """Every source a record cites, with where it sits in the record."""
    for i, source in enumerate(getattr(record, "sources", None) or []):
        yield f"sources[{i}]", source
    for name in ("affiliations", "items"):
        for i, part in enumerate(getattr(record, name, None) or []):
            for j, source in enumerate(getattr(part, "sources", None) or []):
                yield f"{name}[{i}].sources[{j}]", source


def _records() -> Iterator[tuple[Path, str, Any]]:
    for path, ds in _datasets():
        for section, _, record in ds.records():
            yield path, section, record


# ---- the files ---------------------------------------------------------------------------


def test_there_is_a_seed_dataset():
    assert FILES, f"no YAML file under {SEED}"
    names = {p.name for p in FILES}
    for expected in ("documents.yaml", "places.yaml", "partners.yaml", "items.yaml",
                     "facts-000.yaml", "facts-004.yaml"):
        assert expected in names, f"data/seed/{expected} is missing"


@pytest.mark.parametrize("path", FILES, ids=_name)
def test_file_is_a_valid_dataset(path: Path):
    data = _raw(path)
    assert isinstance(data, dict), f"{_name(path)}: a dataset file is a mapping of sections"
    try:
        Dataset.model_validate(data)
    except ValidationError as exc:
        problems = "\n".join(
            f"  {'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        pytest.fail(f"{_name(path)} does not validate:\n{problems}")


def test_home_is_ha_giang_and_declared():
    homes = {(_name(p), ds.home) for p, ds in _datasets() if ds.home}
    assert homes, "no file declares `home`"
    partners = {r.id for r in _merged().partners}
    for name, home in homes:
        assert home == "ha-giang", f"{name}: home is {home!r}, not 'ha-giang'"
        assert home in partners, f"{name}: home {home!r} is not a declared partner"


# ---- documents ---------------------------------------------------------------------------


def test_every_document_sha256_matches_its_text_file():
    problems = []
    for doc_id, (path, doc) in _documents().items():
        if not doc.text_file:
            continue
        where = f"{_name(path)}: documents id={doc_id!r}"
        file = path.parent / doc.text_file
        if not file.is_file():
            problems.append(f"{where}: text_file {doc.text_file} does not exist")
            continue
        if not doc.sha256:
            problems.append(f"{where}: has a text_file but no sha256")
            continue
        digest = hashlib.sha256(file.read_bytes()).hexdigest()
        if digest != doc.sha256:
            problems.append(f"{where}: {doc.text_file} has sha256 {digest}, not {doc.sha256}")
    assert not problems, "\n".join(problems)


# The two articles as they were handed over, by file name: their sha256, read once from the
# originals, so that a copy edited by accident (even one whose documents.yaml hash was
# updated with it) is caught on any machine.
HANDED_OVER = {
    "000_a60aab8c022accff.txt": "28291739af26848ec802659b797e75a11b81a45435ee0d5ff409aa798a051d40",
    "004_47f6c6ea85a0549f.txt": "29bc557f10c151251f898994b16e435190e52558d0db700b9b70f26c5a5e9f09",
}


def test_stored_articles_are_byte_copies_of_the_handed_over_seeds():
    stored = {}
    for _, (path, doc) in _documents().items():
        if doc.text_file:
            file = path.parent / doc.text_file
            stored[file.name] = hashlib.sha256(file.read_bytes()).hexdigest()
    assert {name: stored.get(name) for name in HANDED_OVER} == HANDED_OVER
    if SHARED_SEEDS.is_dir():  # where the originals sit beside the repository, compare them too
        for name, digest in HANDED_OVER.items():
            assert hashlib.sha256((SHARED_SEEDS / name).read_bytes()).hexdigest() == digest


def test_yaml_text_is_nfc_like_the_articles():
    """A quote typed with decomposed diacritics would look right and never match."""
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), f"{_name(path)} is not NFC-normalised"


# ---- quotes ------------------------------------------------------------------------------


def test_every_quote_occurs_verbatim_in_its_document():
    documents = _documents()
    problems = []
    for path, section, record in _records():
        for loc, source in _sources(record):
            where = f"{_where(path, section, record)} {loc}"
            if source.document not in documents:
                continue  # reported by the reference test
            text = _text(source.document)
            if source.quote is None:
                if text is not None:
                    problems.append(f"{where}: no quote, but document {source.document!r} has "
                                    "a stored text to quote from")
                elif not source.note:
                    problems.append(f"{where}: no quote and no note saying what it rests on")
                continue
            if text is None:
                problems.append(f"{where}: quotes document {source.document!r}, whose text is "
                                "not stored, so the quote cannot be checked")
            elif source.quote not in text:
                problems.append(f"{where}: quote not found verbatim in {source.document!r}: "
                                f"{source.quote!r}")
    assert not problems, "\n".join(problems)


def test_every_fact_cites_at_least_one_quote_or_a_legal_note():
    problems = []
    for path, section, record in _records():
        sources = getattr(record, "sources", None)
        if sources is None:
            continue  # items and documents are not facts
        if not any(s.quote or s.note for s in sources):
            problems.append(f"{_where(path, section, record)}: cites no quote and no note")
    assert not problems, "\n".join(problems)


# ---- ids and references ------------------------------------------------------------------


def test_ids_are_unique_per_section():
    seen: dict[tuple[str, str], str] = {}
    problems = []
    for path, section, record in _records():
        key = (section, record.id)
        if key in seen:
            problems.append(f"{_where(path, section, record)}: also declared in {seen[key]}")
        else:
            seen[key] = _name(path)
    assert not problems, "\n".join(problems)


def test_every_referenced_id_exists():
    merged = _merged()
    declared = {s: {r.id for r in getattr(merged, s)} for s in SECTIONS}
    problems = []
    for path, ds in _datasets():
        for ref in references(ds):
            if any(ref.id in declared[t] for t in ref.targets):
                continue
            record = getattr(ds, ref.section)[ref.index]
            loc = ".".join(str(p) for p in ref.loc)
            problems.append(f"{_where(path, ref.section, record)}: {loc} = {ref.id!r} is not a "
                            f"declared {' or '.join(ref.targets)} id")
    assert not problems, "\n".join(problems)


def test_part_of_chains_of_donations_and_places_have_no_cycle():
    merged = _merged()
    for section in ("donations", "places"):
        parent = {r.id: r.part_of for r in getattr(merged, section)}
        for start in parent:
            seen, node = [], start
            while node is not None:
                assert node not in seen, f"{section}: part_of cycle {' -> '.join([*seen, node])}"
                seen.append(node)
                node = parent.get(node)


# ---- figures -----------------------------------------------------------------------------


def _figures(record: Any) -> Iterator[tuple[str, Amount | Quantity | Period, list[Source]]]:
    """Every figure of a fact with the sources it must be read from: its own, and for a
    donation line, the line's sources as well as the donation's."""
    own = list(getattr(record, "sources", None) or [])
    for name in ("value", "amount", "budget", "disbursed", "when", "period", "signed"):
        figure = getattr(record, name, None)
        if isinstance(figure, (Amount, Quantity, Period)):
            yield name, figure, own
    for i, line in enumerate(getattr(record, "items", None) or []):
        quantity = getattr(line, "quantity", None)
        if isinstance(quantity, Quantity):
            yield f"items[{i}].quantity", quantity, [*line.sources, *own]


def test_no_figure_is_invented():
    problems = []
    for path, section, record in _records():
        if section == "documents":
            continue  # a document's own date is read from its page, not from a quote
        for loc, figure, sources in _figures(record):
            quotes = [s.quote for s in sources if s.quote]
            if not any(figure.raw in q for q in quotes):
                problems.append(f"{_where(path, section, record)}: {loc} {figure.raw!r} occurs "
                                "in none of its quotes")
    assert not problems, "\n".join(problems)


def test_uncertain_figures_stay_uncertain():
    """A lower bound stays a lower bound, an approximation an approximation, and the
    ambiguous 765,495 USD keeps its other reading."""
    problems = []
    for path, section, record in _records():
        for loc, figure, _ in _figures(record):
            if isinstance(figure, Period):
                continue
            raw = figure.raw.lower()
            where = f"{_where(path, section, record)}: {loc} {figure.raw!r}"
            if raw.startswith(("hơn", "trên", "(hơn")) and figure.qualifier != "lower_bound":
                problems.append(f"{where} is read as {figure.qualifier}, not lower_bound")
            if raw.startswith("gần") and figure.qualifier not in ("approximate", "upper_bound"):
                problems.append(f"{where} is read as {figure.qualifier}, not approximate")
            if raw.startswith("ước") and figure.qualifier != "estimate":
                problems.append(f"{where} is read as {figure.qualifier}, not estimate")
            if "765,495" in raw and not (
                isinstance(figure, Amount) and figure.ambiguous and figure.alternatives
            ):
                problems.append(f"{where} is not kept ambiguous with its other reading")
    assert not problems, "\n".join(problems)
