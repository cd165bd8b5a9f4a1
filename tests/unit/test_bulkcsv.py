"""The import files' CSV format (graph.bulkcsv): a column written whole, by the classes
of its values, is byte for byte the column written value by value (the header, every
field, and the values left to restore), and a value the format refuses is refused with
the same message either way."""

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.bulkcsv import (_column_type_by_value, cell, cells, column_type, quoted,
                           write_file)
from graph.errors import BulkError


class Colour(StrEnum):
    red = "red"
    blue = "blue"


TEXT = st.text(alphabet=st.sampled_from('ab ,"\n\'xyzđ'), max_size=6)
KINDS = {
    "text": TEXT,
    "enum": st.sampled_from(list(Colour)),
    "long": st.integers(-10**12, 10**12),
    "double": st.floats(allow_nan=False, allow_infinity=False),
    "number": st.one_of(st.integers(-99, 99), st.floats(-1e6, 1e6)),
    "bool": st.booleans(),
    "date": st.dates(),
    "texts": st.lists(TEXT, max_size=3),
    "longs": st.lists(st.integers(0, 99), max_size=2),
}


@st.composite
def tables(draw):
    kinds = draw(st.lists(st.sampled_from(sorted(KINDS)), min_size=1, max_size=5))
    keys = [f"k{i}" for i in range(len(kinds))]
    rows = []
    for _ in range(draw(st.integers(1, 12))):
        row = {}
        for key, kind in zip(keys, kinds):
            choice = draw(st.integers(0, 3))
            if choice == 1:
                row[key] = None
            elif choice >= 2:
                row[key] = draw(KINDS[kind])
        rows.append(row)
    return keys, rows


def _value_by_value(fixed, lead_rows, keys, props):
    """The format one value at a time: the oracle."""
    columns = [(k, _column_type_by_value(k, [p.get(k) for p in props])) for k in keys]
    columns = [(k, header) for k, header in columns if header]
    fixes, lines = [], [",".join([*fixed, *(h for _, h in columns)])]
    for number, (lead, p) in enumerate(zip(lead_rows, props)):
        fields = [cell(p.get(k)) for k, _ in columns]
        if None in fields:
            fixes.append((number, {k: p[k] for (k, _), f in zip(columns, fields) if f is None}))
        lines.append(",".join([*lead, *(f or "" for f in fields)]))
    return "\n".join(lines) + "\n", fixes


@settings(max_examples=300, deadline=None)
@given(tables())
def test_a_column_written_whole_is_the_column_written_value_by_value(tmp_path_factory, table):
    keys, props = table
    ids = [f'id-"{n}"' for n in range(len(props))]
    path = tmp_path_factory.mktemp("csv") / "rows.csv"
    expected = _value_by_value(["id:ID(X)", ":LABEL"], [[i, "X"] for i in quoted(ids)],
                               keys, props)

    fixes = write_file(path, ["id:ID(X)", ":LABEL"], [quoted(ids), ["X"] * len(ids)], keys,
                       props)

    assert (path.read_text(encoding="utf-8"), fixes) == expected


@pytest.mark.parametrize("values", [
    ["a", ["b"]],                      # a list in some rows only
    [1, "one"],                        # two types
    [[1], ["one"]],                    # two element types
    [Decimal("1.5")],                  # no import type
    [[Decimal("1.5")]],
    [datetime(2024, 1, 2, 3, 4), "x"],  # a subclass of date, then a text
])
def test_a_column_refused_whole_is_refused_value_by_value_with_the_same_message(values):
    with pytest.raises(BulkError) as whole:
        column_type("p", values)
    with pytest.raises(BulkError) as by_value:
        _column_type_by_value("p", values)

    assert str(whole.value) == str(by_value.value)


def test_a_text_holding_the_array_delimiter_is_refused_either_way():
    values = [["fine"], ["bad\x1ftext"]]
    header = column_type("p", values)

    with pytest.raises(BulkError) as whole:
        cells(header, values)
    with pytest.raises(BulkError) as by_value:
        [cell(v) for v in values]

    assert header == "p:string[]" and str(whole.value) == str(by_value.value)
    assert "U+001F" in str(whole.value)


def test_dates_and_enums_take_their_column_types():
    assert column_type("d", [date(2020, 1, 1), None]) == "d:date"
    assert column_type("c", [Colour.red, "x"]) == "c:string"
    assert cells("c:string", [Colour.red, None]) == ['"red"', ""]
