"""Reading a folder of CSV templates (one file per entity kind, as a spreadsheet saves them)
into one Dataset, with every problem pinned to its file, line and column.

Two phases, each collecting all its problems before raising: first every file is parsed
(encoding, header, cell counts), then the rows are assembled into the Dataset's shape and
validated by the domain models. A file that cannot be parsed would only cause misleading
follow-up errors in the second phase (rows of a child file pointing at a parent that was
never read), so the second phase runs only when the first found nothing."""

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from pydantic import ValidationError

from loaders.csvcolumns import (BY_NAME, NOT_UTF8, SHEETS, SOURCED, Column, Sheet, check_header,
                                not_utf8, unknown_file)
from loaders.errors import LoadError, Problem
from loaders.source import SourceFile
from loaders.texts import attach_texts
from loaders.yamlfile import MAX_BYTES
from partnergraph.domain import Dataset
from partnergraph.domain.common import Id

#: Lock and backup files spreadsheets leave beside the data (Excel's "~$partners.csv",
#: hidden files): never data, so never an "unknown file".
_IGNORED_PREFIXES = (".", "~$")

_HOME_YES, _HOME_NO = {"yes", "y", "true", "x", "1", "có"}, {"no", "n", "false", "0", "không"}
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_DECIMAL_COMMA = re.compile(r"^-?\d+,\d+$")
_ID_PATTERN = get_args(Id)[1].pattern  # its errors get a message an analyst can act on

Loc = tuple[str | int, ...]


def is_csv_folder(path: Path) -> bool:
    return path.is_dir() and any((path / name).is_file() for name in BY_NAME)


@dataclass
class Table:
    path: Path
    sheet: Sheet
    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (line, non-empty cells by column)


@dataclass(frozen=True)
class Where:
    file: Path
    line: int
    column: str | None
    cell: str | None = None
    sheet: Sheet | None = None


def read(folder: Path) -> SourceFile:
    """The folder's files as one validated dataset; raises LoadError naming every problem."""
    if not folder.is_dir():
        raise LoadError([Problem(folder, None, None, "not a folder of CSV templates")])
    problems: list[Problem] = []
    tables: dict[str, Table] = {}
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() == ".csv"):
        if path.name.startswith(_IGNORED_PREFIXES):
            continue
        if (sheet := BY_NAME.get(path.name)) is None:
            problems.append(Problem(path, None, None, unknown_file(path.name)))
        elif (table := _parse(path, sheet, problems)) is not None:
            tables[path.name] = table
    _raise(problems)
    return assemble(folder, tables)


def assemble(path: Path, tables: dict[str, Table]) -> SourceFile:
    """Parsed tables (by template file name) as one validated dataset read from `path` (a
    folder, or a workbook whose documents' text files lie beside it). Shared with
    workbooks, whose sheets are the same tables."""
    problems: list[Problem] = []
    build = _Build()
    for sheet in SHEETS:  # parents before their child files, sources.csv last
        if sheet.name in tables:
            build.table(tables[sheet.name])
    try:
        dataset = Dataset.model_validate(build.data)
    except ValidationError as exc:
        problems += [build.problem(e) for e in exc.errors()]
    _raise(build.problems + problems)
    source = SourceFile(path, dataset, origins=build.origins)
    attach_texts(source)
    return source


def _raise(problems: list[Problem]) -> None:
    """One problem per cell (a required cell left empty is also a model error), in order."""
    unique: dict[tuple, Problem] = {}
    for p in problems:
        unique.setdefault((p.file, p.line, p.field) if p.line else p, p)
    if unique:
        raise LoadError(sorted(unique.values(), key=lambda p: (str(p.file), p.line or 0)))


def _parse(path: Path, sheet: Sheet, problems: list[Problem]) -> Table | None:
    size = path.stat().st_size
    if size > MAX_BYTES:
        problems.append(Problem(path, None, None, f"file is {size} bytes; limit {MAX_BYTES}"))
        return None
    # surrogateescape keeps undecodable bytes as lone surrogates, so the csv module still
    # splits the row and each bad byte can be reported with its line and column.
    text = path.read_bytes().decode("utf-8", errors="surrogateescape").removeprefix("\ufeff")
    first = text.split("\n", 1)[0]
    # Spreadsheets in locales whose decimal mark is a comma save with `;` between cells;
    # column names contain neither, so the header tells which one was used.
    delimiter = ";" if ";" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    before = len(problems)
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            problems.append(Problem(path, 1, None, "no header row: the first row names columns"))
            return None
        columns = [h.strip() for h in header]
        problems += [Problem(path, 1, col, why) for col, why in check_header(sheet, columns)]
        rows = []
        start = reader.line_num + 1
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue  # blank rows are what spreadsheets leave at the end
            if len(cells) != len(columns):
                problems.append(Problem(path, line, None, f"row has {len(cells)} cells; the "
                                        f"header has {len(columns)} columns"))
                continue
            for name, cell in zip(columns, cells):
                if bad := NOT_UTF8.search(cell):
                    problems.append(Problem(path, line, name, not_utf8(bad.group())))
            rows.append((line, {n: c.strip() for n, c in zip(columns, cells) if c.strip()}))
    except csv.Error as exc:
        problems.append(Problem(path, reader.line_num, None, f"malformed CSV: {exc}"))
    return Table(path, sheet, columns, rows) if len(problems) == before else None


def _value(column: Column, cell: str) -> Any:
    if column.kind == "list":
        return [part.strip() for part in cell.split(";") if part.strip()]
    if column.kind == "date" and (m := _DMY.match(cell)):
        day, month, year = m.groups()  # Vietnamese order; ISO 2023-12-31 passes as it is
        return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    if column.kind == "number" and _DECIMAL_COMMA.match(cell):
        return cell.replace(",", ".")
    return cell


def _put(record: dict[str, Any], path: Loc, value: Any) -> None:
    """Set record[path[0]][path[1]]…, creating the dicts and lists on the way."""
    node: Any = record
    for key, next_key in zip(path, path[1:]):
        if isinstance(key, int):  # lists in a record hold dicts (sources)
            node.extend({} for _ in range(key + 1 - len(node)))
        else:
            node.setdefault(key, [] if isinstance(next_key, int) else {})
        node = node[key]
    node[path[-1]] = value


@dataclass
class _Build:
    """The Dataset's plain-dict shape, and where each value came from."""

    data: dict[str, Any] = field(default_factory=lambda: {s.section: [] for s in SHEETS
                                                          if s.section and not s.parent})
    where: dict[Loc, Where] = field(default_factory=dict)
    origins: dict[tuple[str, int], tuple[Path, int]] = field(default_factory=dict)
    index: dict[tuple[str, str], int] = field(default_factory=dict)  # (section, id) → position
    problems: list[Problem] = field(default_factory=list)

    def table(self, table: Table) -> None:
        sheet = table.sheet
        for line, cells in table.rows:
            for column in sheet.columns:
                if column.required and column.name not in cells:
                    self.problems.append(Problem(table.path, line, column.name,
                                                 "required: this cell is empty"))
            if sheet.name == "sources.csv":
                base = self._sourced(table.path, line, cells)
            elif sheet.parent:
                base = self._part(table.path, line, sheet, cells)
            else:
                base = self._record(table.path, line, sheet, cells)
            if base is None:
                continue
            row = Where(table.path, line, None, sheet=sheet)
            self.where[base] = row
            for column in sheet.columns:
                if column.path and column.name in table.columns:
                    self._cell(base, row, column, cells.get(column.name))

    def _cell(self, base: Loc, row: Where, column: Column, cell: str | None) -> None:
        # sources.csv's paths say ("sources", -1, …): its base already ends at the new source.
        path = column.path[2:] if row.sheet and row.sheet.name == "sources.csv" else column.path
        here = Where(row.file, row.line, column.name, cell)
        for end in range(1, len(path) + 1):  # a missing ("sources",) is its first column's
            self.where.setdefault((*base, *path[:end]), here)
        if cell is not None:
            node: Any = self.data
            for key in base:
                node = node[key]
            _put(node, path, _value(column, cell))

    def _record(self, path: Path, line: int, sheet: Sheet, cells: dict[str, str]) -> Loc:
        records = self.data[sheet.section]
        records.append({})
        base = (sheet.section, len(records) - 1)
        self.origins[base] = (path, line)
        if "id" in cells:
            self.index.setdefault((sheet.section, cells["id"]), len(records) - 1)
        if "home" in cells:
            self._home(path, line, cells)
        return base

    def _home(self, path: Path, line: int, cells: dict[str, str]) -> None:
        flag = cells["home"].lower()
        if flag in _HOME_YES and "home" in self.data:
            self.problems.append(Problem(path, line, "home", f"only one partner is home; "
                                         f"{self.data['home']!r} is already"))
        elif flag in _HOME_YES and "id" in cells:
            self.data["home"] = cells["id"]
            self.where[("home",)] = Where(path, line, "id", cells["id"])
        elif flag not in _HOME_NO:
            self.problems.append(Problem(path, line, "home", "write yes, or leave it empty"))

    def _part(self, path: Path, line: int, sheet: Sheet, cells: dict[str, str]) -> Loc | None:
        assert sheet.parent and sheet.into
        owner = next(s.name for s in SHEETS if s.section == sheet.section)
        parent_id = cells.get(sheet.parent)
        if (at := self.index.get((sheet.section, parent_id or ""))) is None:
            if parent_id:
                self.problems.append(Problem(path, line, sheet.parent,
                                             f"no {owner[:-5]} {parent_id!r} in {owner}"))
            return None
        return self._append(sheet.section, at, sheet.into)

    def _sourced(self, path: Path, line: int, cells: dict[str, str]) -> Loc | None:
        name = cells.get("file", "")
        name = name if name.endswith(".csv") else f"{name}.csv"
        if name not in SOURCED:
            if "file" in cells:
                self.problems.append(Problem(path, line, "file", "sources can be added to "
                                             f"records of {', '.join(SOURCED)}"))
            return None
        section = BY_NAME[name].section
        if (at := self.index.get((section, cells.get("id", "")))) is None:
            if "id" in cells:
                self.problems.append(Problem(path, line, "id",
                                             f"no record {cells['id']!r} in {name}"))
            return None
        return self._append(section, at, "sources")

    def _append(self, section: str, at: int, into: str) -> Loc:
        parts = self.data[section][at].setdefault(into, [])
        parts.append({})
        return (section, at, into, len(parts) - 1)

    def problem(self, error: Any) -> Problem:
        loc = tuple(error["loc"])
        where = next((self.where[loc[:end]] for end in range(len(loc), 0, -1)
                      if loc[:end] in self.where), None)
        if where is None:  # cannot happen: every record is registered; keep the reason anyway
            return Problem(Path("?"), None, ".".join(map(str, loc)), error["msg"])
        column = where.column
        if column is None and where.sheet:  # a rule over several cells names its first column
            words = re.findall(r"\w+", error["msg"])
            column = next((w for w in words if where.sheet.column(w)), None)
        return Problem(where.file, where.line, column, _reason(error, where.cell))


def _reason(error: Any, cell: str | None) -> str:
    if error["type"] == "missing":
        return "required: this cell is empty"
    if error["type"] == "string_pattern_mismatch" and \
            error.get("ctx", {}).get("pattern") == _ID_PATTERN:
        comma = "; separate the ids of a list with ;" if "," in str(error["input"]) else ""
        return (f"{error['input']!r} is not an id: lower-case letters and digits, joined by "
                f"- _ or .{comma}")
    reason = error["msg"].removeprefix("Value error, ")
    return f"{reason} (cell: {cell!r})" if cell and repr(cell) not in reason else reason
