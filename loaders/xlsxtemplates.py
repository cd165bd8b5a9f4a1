"""The CSV templates as one Excel workbook: a sheet per template, its header row as declared
in loaders/csvcolumns.py, each column's meaning and example in the header cell's comment.
Built from the declaration, so it cannot drift from the CSV templates (a test compares them).

Run `python -m loaders.xlsxtemplates` to (re)write data/templates/partnergraph-templates.xlsx,
or with `--from FOLDER OUT.xlsx` to turn a folder of filled CSV templates into a workbook.
"""

import csv
import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from loaders.csvcolumns import SHEETS, Sheet
from partnergraph import ROOT

WORKBOOK = ROOT / "data" / "templates" / "partnergraph-templates.xlsx"
#: A fixed timestamp keeps the generated file the same from one run to the next.
_STAMP = datetime(2025, 1, 1)
_REQUIRED = PatternFill("solid", fgColor="FFE699")
_HEADER = PatternFill("solid", fgColor="DDEBF7")


def _note(sheet: Sheet, name: str) -> str:
    column = sheet.column(name)
    assert column is not None
    text = column.meaning.replace("`", "")
    if column.example:
        text += f"\nExample: {column.example}"
    if column.required:
        text += "\nRequired."
    return text


def build(rows: dict[str, list[list[str]]] | None = None) -> Workbook:
    """The template workbook; `rows` (template file name → data rows as text) fills it."""
    book = Workbook()
    book.remove(book.active)
    book.properties.created = book.properties.modified = _STAMP
    book.properties.creator = "partnergraph"
    for sheet in SHEETS:
        ws = book.create_sheet(sheet.name.removesuffix(".csv"))
        names = [c.name for c in sheet.columns]
        ws.append(names)
        for index, name in enumerate(names, start=1):
            cell = ws.cell(row=1, column=index)
            cell.font = Font(bold=True)
            cell.fill = _REQUIRED if sheet.column(name).required else _HEADER
            cell.comment = Comment(_note(sheet, name), "partnergraph", width=320, height=140)
            ws.column_dimensions[get_column_letter(index)].width = max(12, len(name) + 4)
        ws.freeze_panes = "A2"
        for row in (rows or {}).get(sheet.name, []):
            ws.append(row)
    return book


def from_csv_folder(folder: Path) -> dict[str, list[list[str]]]:
    """The data rows of a folder of CSV templates, in each template's column order."""
    found = {}
    for sheet in SHEETS:
        path = folder / sheet.name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8-sig", newline="") as f:
            table = list(csv.DictReader(f))
        found[sheet.name] = [[row.get(c.name) or None for c in sheet.columns] for row in table]
    return found


if __name__ == "__main__":
    if sys.argv[1:2] == ["--from"] and len(sys.argv) == 4:
        build(from_csv_folder(Path(sys.argv[2]))).save(sys.argv[3])
    elif len(sys.argv) == 1:
        build().save(WORKBOOK)
    else:
        sys.exit("usage: python -m loaders.xlsxtemplates [--from CSV_FOLDER OUT.xlsx]")
