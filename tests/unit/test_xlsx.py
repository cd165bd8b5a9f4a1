"""Excel workbooks (.xlsx) whose sheets are the CSV templates: a workbook saved as Excel
saves it — dates, numbers and yes/no as typed cells — reads to the same dataset as the CSV
example; each bad input is reported with workbook, sheet, row, column and reason; and the
shipped template workbook is exactly the CSV templates' layout. No database."""

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from loaders import csvfiles, xlsxfile, xlsxtemplates
from loaders.csvcolumns import SHEETS
from loaders.errors import LoadError, Problem
from workbooks import excel_workbook

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "data" / "templates" / "example"


@pytest.fixture
def book(tmp_path: Path) -> Path:
    return excel_workbook(EXAMPLE, tmp_path / "data")


def set_cell(path: Path, sheet: str, row: int, column: str, value: object) -> None:
    wb = load_workbook(path)
    ws = wb[sheet]
    header = [c.value for c in ws[1]]
    ws.cell(row=row, column=header.index(column) + 1).value = value  # None empties it
    wb.save(path)


def problems(path: Path) -> list[Problem]:
    with pytest.raises(LoadError) as caught:
        xlsxfile.read(path)
    return caught.value.problems


def test_a_workbook_reads_as_the_same_dataset_as_the_csv_templates(book: Path):
    from_excel = xlsxfile.read(book)

    assert from_excel.dataset == csvfiles.read(EXAMPLE).dataset
    assert from_excel.dataset.documents[0].text  # article.txt beside the workbook was read
    assert from_excel.origins[("partners", 2)] == (book.with_name("book.xlsx[partners]"), 4)


def test_a_bad_cell_is_named_by_sheet_row_and_column(book: Path):
    set_cell(book, "partners", 3, "kind", "charity")

    [problem] = problems(book)

    assert problem.file == book.with_name("book.xlsx[partners]")
    assert problem.line == 3
    assert problem.field == "kind (column B)"
    assert "'charity'" in problem.reason
    assert str(problem).startswith(f"{book.parent}/book.xlsx[partners]:3: kind (column B): ")


def test_a_required_cell_left_empty_and_a_bad_date_are_both_reported(book: Path):
    set_cell(book, "items", 2, "name_vi", None)
    set_cell(book, "affiliations", 2, "since", "32/13/2025")

    found = {(p.file.name, p.line, p.field) for p in problems(book)}

    assert ("book.xlsx[items]", 2, "name_vi (column B)") in found
    assert ("book.xlsx[affiliations]", 2, "since (column D)") in found


def test_a_missing_column_and_an_unknown_sheet_are_reported(tmp_path: Path):
    wb = Workbook()
    wb.active.title = "partners"
    wb.active.append(["id", "name_vi"])
    wb.create_sheet("Sheet2").append(["x"])
    path = tmp_path / "book.xlsx"
    wb.save(path)

    found = problems(path)

    assert any(p.file.name == "book.xlsx[partners]" and p.line == 1 and p.field == "kind"
               for p in found), found
    assert any(p.file == path and "unknown sheet 'Sheet2'" in p.reason for p in found), found


def test_a_cell_right_of_the_header_is_refused(book: Path):
    wb = load_workbook(book)
    ws = wb["items"]
    ws.cell(row=2, column=ws.max_column + 2, value="stray")
    wb.save(book)

    [problem] = problems(book)
    assert (problem.file.name, problem.line) == ("book.xlsx[items]", 2)
    assert "right of the last column" in problem.reason


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path):
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"id,kind\n")

    [problem] = problems(path)
    assert problem.file == path and "not an Excel workbook" in problem.reason


def test_the_shipped_workbook_is_the_csv_templates_layout():
    """data/templates/partnergraph-templates.xlsx: a sheet per template, its header as
    declared, each header cell explained; regenerate with `python -m loaders.xlsxtemplates`."""
    wb = load_workbook(xlsxtemplates.WORKBOOK)

    assert wb.sheetnames == [s.name.removesuffix(".csv") for s in SHEETS]
    for sheet in SHEETS:
        ws = wb[sheet.name.removesuffix(".csv")]
        assert [c.value for c in ws[1]] == [c.name for c in sheet.columns]
        assert ws.max_row == 1
        for cell, column in zip(ws[1], sheet.columns):
            assert cell.comment.text.startswith(column.meaning.replace("`", "")[:40])
    assert xlsxfile.read(xlsxtemplates.WORKBOOK).dataset == csvfiles.read(EXAMPLE.parent).dataset
