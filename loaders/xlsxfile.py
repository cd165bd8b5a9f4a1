"""Reading an Excel workbook (.xlsx) whose sheets are the CSV templates: a sheet `partners`
is partners.csv, with the same columns, the same checks and the same error quality; a
problem names the workbook and sheet (`book.xlsx[partners]`), the row, the column by name
and letter, and the reason.

Excel stores typed cells: a date typed into a date cell comes back as a date, a number as a
number. Each is turned into the text a CSV export would hold, so the CSV reader's rules
(figures as written, `;`-separated lists, 31/12/2023 dates) apply unchanged. The workbook
is a zip of XML: its unpacked size is checked before it is opened, and openpyxl parses it
with defusedxml (no entity expansion)."""

import zipfile
from datetime import date, datetime, time
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from loaders import csvfiles
from loaders.csvcolumns import BY_NAME, check_header
from loaders.errors import LoadError, Problem
from loaders.source import SourceFile
from loaders.yamlfile import MAX_BYTES

SUFFIX = ".xlsx"
#: What the sheets may unpack to: a workbook's XML is about ten times its cells' text.
MAX_UNPACKED = 10 * MAX_BYTES


def sheet_path(workbook: Path, sheet: str) -> Path:
    """Where a sheet's rows are said to come from, in every problem and origin."""
    return workbook.with_name(f"{workbook.name}[{sheet}]")


def read(path: Path) -> SourceFile:
    """The workbook as one validated dataset; raises LoadError naming every problem."""
    _check_size(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise LoadError([Problem(path, None, None, f"not an Excel workbook (.xlsx): {exc}")]) \
            from None
    problems: list[Problem] = []
    tables: dict[str, csvfiles.Table] = {}
    letters: dict[Path, dict[str, str]] = {}
    try:
        for ws in book.worksheets:
            name = ws.title.strip().removesuffix(".csv") + ".csv"
            if (sheet := BY_NAME.get(name)) is None:
                problems.append(Problem(path, None, None, _unknown_sheet(ws.title)))
                continue
            where = sheet_path(path, ws.title)
            table = _table(where, sheet, ws.iter_rows(values_only=True), problems)
            if table is not None:
                tables[sheet.name] = table
                letters[where] = {c: get_column_letter(i + 1) for i, c in enumerate(table.columns)}
    finally:
        book.close()
    if not tables and not problems:
        problems.append(Problem(path, None, None, "no sheet is named after a template: "
                                + ", ".join(n.removesuffix(".csv") for n in BY_NAME)))
    try:
        if problems:
            raise LoadError(problems)
        return csvfiles.assemble(path, tables)
    except LoadError as exc:
        raise LoadError([_lettered(p, letters) for p in exc.problems]) from None


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise LoadError([Problem(path, None, None, f"file is {size} bytes; limit {MAX_BYTES}")])
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise LoadError([Problem(path, None, None, "not an Excel workbook (.xlsx): not a zip "
                                 "archive; save it from Excel as .xlsx")]) from None
    if unpacked > MAX_UNPACKED:
        raise LoadError([Problem(path, None, None, f"the workbook unpacks to {unpacked} bytes; "
                                 f"limit {MAX_UNPACKED}")])


def _unknown_sheet(title: str) -> str:
    return (f"unknown sheet {title!r}; the template sheets are "
            + ", ".join(n.removesuffix(".csv") for n in BY_NAME))


def _table(where: Path, sheet, rows, problems: list[Problem]) -> csvfiles.Table | None:
    header = next(rows, None)
    if not header or not any(_text(h) for h in header):
        problems.append(Problem(where, 1, None, "no header row: the first row names columns"))
        return None
    columns = [_text(h) for h in header]
    while columns and not columns[-1]:  # Excel keeps formatted but empty cells to the right
        columns.pop()
    before = len(problems)
    problems += [Problem(where, 1, col, why) for col, why in check_header(sheet, columns)]
    body = []
    for line, cells in enumerate(rows, start=2):
        texts = [_text(c) for c in cells]
        if not any(texts):
            continue  # blank rows
        if any(texts[len(columns):]):
            problems.append(Problem(where, line, None, f"a cell right of the last column "
                                    f"({get_column_letter(len(columns))}) is filled"))
            continue
        texts += [""] * (len(columns) - len(texts))
        body.append((line, {n: t for n, t in zip(columns, texts) if t}))
    return csvfiles.Table(where, sheet, columns, body) if len(problems) == before else None


def _text(value: object) -> str:
    """A typed cell as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return (value.date().isoformat() if value.time() == time(0)
                else value.isoformat(sep=" "))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _lettered(problem: Problem, letters: dict[Path, dict[str, str]]) -> Problem:
    """The problem with its column's letter beside the column's name."""
    letter = letters.get(problem.file, {}).get(problem.field or "")
    if not letter:
        return problem
    return Problem(problem.file, problem.line, f"{problem.field} (column {letter})",
                   problem.reason)
