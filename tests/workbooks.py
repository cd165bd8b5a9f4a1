"""Workbooks as Excel saves them, for the tests: the CSV example set with typed cells."""

import shutil
from datetime import datetime
from pathlib import Path

from loaders import xlsxtemplates
from loaders.csvcolumns import SHEETS


def _typed(kind: str, text: str | None) -> object:
    """A cell as Excel stores what was typed into it: dates and numbers are not text."""
    if not text:
        return None
    if kind == "date" and "/" in text:
        day, month, year = map(int, text.split("/"))
        return datetime(year, month, day)
    if kind == "number":
        return float(text.replace(",", "."))
    if text == "yes":
        return True
    return text


def excel_workbook(folder: Path, target: Path) -> Path:
    """The example CSV set as a workbook with typed cells, beside its article text."""
    book = xlsxtemplates.build()
    rows = xlsxtemplates.from_csv_folder(folder)
    for sheet in SHEETS:
        ws = book[sheet.name.removesuffix(".csv")]
        for row in rows.get(sheet.name, []):
            ws.append([_typed(c.kind, v) for c, v in zip(sheet.columns, row)])
    target.mkdir(exist_ok=True)
    shutil.copy(folder / "article.txt", target / "article.txt")
    path = target / "book.xlsx"
    book.save(path)
    return path
