"""Loading Excel workbooks into the real Neo4j: a workbook of the templates writes the same
graph as the CSV folder it was made from, loading it again changes nothing, and a workbook
with a problem is refused whole — sheet, row and reason named — leaving the graph as it was."""

from pathlib import Path

import pytest
from graphdb import fingerprint, load
from openpyxl import load_workbook
from workbooks import excel_workbook

from loaders import pipeline
from loaders.errors import LoadError

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "templates" / "example"


def test_a_workbook_writes_the_graph_its_csv_folder_writes(db, tmp_path):
    # One dataset name for both, as the records each carries name their dataset.
    book = excel_workbook(EXAMPLE, tmp_path / "data")
    db.run(pipeline.load, paths=[EXAMPLE], dataset="example")
    from_csv = fingerprint(db)
    db.wipe()

    report = db.run(pipeline.load, paths=[book], dataset="example")
    assert report.records > 0
    from_excel = fingerprint(db)
    db.run(pipeline.load, paths=[book], dataset="example")

    assert from_excel == from_csv
    assert fingerprint(db) == from_excel


def test_a_folder_holding_a_workbook_loads_it_and_skips_excel_lock_files(db, tmp_path):
    book = excel_workbook(EXAMPLE, tmp_path / "data")
    (book.parent / "~$book.xlsx").write_bytes(b"lock")

    assert pipeline.discover([book.parent]) == [book]
    load(db, book.parent)
    assert db.stats().nodes["Partner"] == 4


@pytest.mark.parametrize(("sheet", "cell", "value", "row", "field", "reason"), [
    ("partners", "B5", "ngo?", 5, "kind (column B)", "'ngo?'"),
    ("donations", "D2", "aozora-city;no-such-partner", 2, "donations[0].donors[1]",
     "unknown partner 'no-such-partner'"),
])
def test_a_bad_workbook_is_refused_whole_and_the_graph_is_unchanged(
        db, tmp_path, sheet, cell, value, row, field, reason):
    """A cell the templates refuse, and a reference the graph cannot resolve."""
    load(db, Path(__file__).parent / "fixtures" / "mini" / "mini.yaml")
    before = fingerprint(db)
    book = excel_workbook(EXAMPLE, tmp_path / "data")
    wb = load_workbook(book)
    wb[sheet][cell] = value
    wb.save(book)

    with pytest.raises(LoadError) as caught:
        load(db, book)

    [problem] = caught.value.problems
    assert (problem.file.name, problem.line, problem.field) == (f"book.xlsx[{sheet}]", row, field)
    assert reason in problem.reason
    assert fingerprint(db) == before
