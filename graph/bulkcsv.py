"""The CSV format `neo4j-admin database import` reads, one file at a time: typed headers
(`value_usd:double`, `aliases:string[]`…) chosen from the values, strings always quoted,
a missing value an empty unquoted field (so "" and null stay apart), array elements joined
by U+001F. The empty list and the list of one empty text have no CSV form: they are
handed back, to be set after the import (graph.bulk.restore).

A large import writes millions of fields, so a column whose values are all of one simple
kind (texts, numbers, lists of texts) is written by one expression over the column; any
other column goes value by value through the same rules."""

import functools
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from graph.errors import BulkError

ARRAY_DELIMITER = "\x1f"
ADMIN_ARRAY_DELIMITER = "U+001F"  # as neo4j-admin takes it on the command line
_NONE = type(None)


def _type_of(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, date):
        return "date"
    if isinstance(value, str):
        return "string"
    raise BulkError(f"no import type for {type(value).__name__} value {value!r}")


@functools.cache
def _kind(cls: type) -> str | None:
    """`_type_of` of any value of this class; None when it has no import type."""
    for base, name in ((bool, "boolean"), (int, "long"), (float, "double"), (date, "date"),
                       (str, "string")):
        if issubclass(cls, base):
            return name
    return None


def _column_type_by_value(key: str, values: Iterable[Any]) -> str | None:
    kinds = set()
    for value in values:
        if value is None:
            continue
        if isinstance(value, list):
            kinds.add(("[]", *{_type_of(v) for v in value}) if value else ("[]",))
        else:
            kinds.add((_type_of(value),))
    if not kinds:
        return None
    arrays = {k for k in kinds if k[0] == "[]"}
    if arrays and arrays != kinds:
        raise BulkError(f"property {key!r} is a list in some rows and not in others")
    return _header(key, {t for k in kinds for t in (k[1:] if arrays else k)}, bool(arrays))


def _header(key: str, elements: set[str], array: bool) -> str:
    if elements == {"long", "double"}:
        elements = {"double"}
    if len(elements) > 1:
        raise BulkError(f"property {key!r} mixes types {sorted(elements)}")
    # A list that is always empty has no element type; Cypher stores it as a string array.
    element = elements.pop() if elements else "string"
    return f"{key}:{element}[]" if array else f"{key}:{element}"


def column_type(key: str, values: Sequence[Any]) -> str | None:
    """The typed header of one property; None when no row has a value. Decided from the
    classes of the values where they are all simple, else value by value."""
    classes = set(map(type, values)) - {_NONE}
    if not classes:
        return None
    if classes == {list}:
        elements: set[type] = set()
        for value in values:
            if value:
                elements.update(map(type, value))
        names = {_kind(c) for c in elements}
        if None not in names:
            return _header(key, names, True)
    elif not any(issubclass(c, list) for c in classes):
        names = {_kind(c) for c in classes}
        if None not in names:
            return _header(key, names, False)
    return _column_type_by_value(key, values)


def _scalar(value: Any, in_array: bool = False) -> str:
    if isinstance(value, str):
        if in_array and ARRAY_DELIMITER in value:
            raise BulkError(f"text {value[:60]!r} contains U+001F, the array delimiter")
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return repr(value)


def cell(value: Any) -> str | None:
    """The CSV field of a value; None when the format cannot carry it."""
    if value is None:
        return ""
    if isinstance(value, list):
        if value == [] or value == [""]:
            return None
        text = ARRAY_DELIMITER.join(_scalar(v, True) for v in value)
        return '"' + text.replace('"', '""') + '"'
    if isinstance(value, str):
        return '"' + value.replace('"', '""') + '"'
    return _scalar(value)


def quoted(texts: Iterable[str]) -> list[str]:
    """The CSV fields of texts (ids), none of them missing."""
    return ['"' + t.replace('"', '""') + '"' for t in texts]


def _text_list(value: list[str] | None) -> str | None:
    if value is None:
        return ""
    if not value or value == [""]:
        return None
    text = ARRAY_DELIMITER.join(value)
    if text.count(ARRAY_DELIMITER) != len(value) - 1:
        return cell(value)  # an element holds the delimiter: refused there
    return '"' + text.replace('"', '""') + '"'


def cells(header: str, values: Sequence[Any]) -> list[str | None]:
    """`cell` of every value of a column with this header."""
    kind = header.rsplit(":", 1)[1]
    classes = set(map(type, values)) - {_NONE}
    if kind == "string" and all(issubclass(c, str) for c in classes):
        return ["" if v is None else '"' + v.replace('"', '""') + '"' for v in values]
    if kind in ("long", "double") and classes <= {int, float}:
        return ["" if v is None else repr(v) for v in values]
    if kind == "string[]" and classes == {list}:
        return [_text_list(v) for v in values]
    return [cell(v) for v in values]


def write_file(path: Path, fixed: list[str], lead: list[Iterable[str]], keys: list[str],
               props: list[dict[str, Any]]) -> list[tuple[int, dict[str, Any]]]:
    """Write one file: the `fixed` headers over the `lead` columns (ids, label or type),
    then a typed column per key of `props` (one dict per row) that any row has a value
    for. Returns (row number, properties) of the values left to set after the import."""
    columns = []
    for key in keys:
        values = [p.get(key) for p in props]
        if header := column_type(key, values):
            columns.append((key, header, cells(header, values)))
    fixes: dict[int, dict[str, Any]] = {}
    for key, _, fields in columns:
        if None in fields:
            for number, field in enumerate(fields):
                if field is None:
                    fixes.setdefault(number, {})[key] = props[number][key]
                    fields[number] = ""
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join([*fixed, *(header for _, header, _ in columns)]) + "\n")
        rows = zip(*lead, *(fields for _, _, fields in columns))
        out.write("".join(map("%s\n".__mod__, map(",".join, rows))))
    return sorted(fixes.items())
