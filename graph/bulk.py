"""CSV files for `neo4j-admin database import full`, made from the very rows the
transactional loader writes (graph.rows), so both paths build the same graph.

One node file per label and input file, one relationship file per type triple and input
file, each with its own header: `id:ID(<Label>)` (one id space per label, as ids are
unique per label), `:LABEL`, typed properties (`value:double`, `when_start:date`,
`aliases:string[]`…), and `:START_ID(<Label>)`, `:END_ID(<Label>)`, `:TYPE`. Strings are
always quoted and a missing value is an empty unquoted field, so "" and null stay apart.
Array elements are joined by U+001F, a character no text of the graph contains. Two values
have no CSV form, the empty list and the list of one empty text (both read back as no
value): they are set after the import by `restore` (`aliases: []` on most partners).

The transactional writes MERGE, so a relationship listed twice between the same nodes is
one relationship (its properties from the last listing); the same happens here. Every
relationship comes from exactly one record, so merging within one input file is enough —
except LINKED, which many records may imply (every donation of a donor to a recipient):
the writer remembers the pairs it wrote and writes each once."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from neo4j import AsyncDriver

from graph import cypher
from graph.errors import BulkError
from graph.model import Label, Rel
from graph.rows import Rows, build_rows
from partnergraph.domain import Dataset
from partnergraph.rates import Rates

ARRAY_DELIMITER = "\x1f"
ADMIN_ARRAY_DELIMITER = "U+001F"  # as neo4j-admin takes it on the command line



@dataclass
class Chunk:
    """One checked file of a streamed load: its records, and the label of every id its
    `related` references point at (they may lie in other files)."""

    path: Path
    dataset: Dataset
    labels_of: dict[str, Label]
    name: str = ""  # the dataset it belongs to (loaders/datasets.py), its records' owner
    # Built already (by a worker process, loaders.stream): the rows of the records not in
    # `dataset`, and how many records the chunk holds in all.
    rows: Rows | None = None
    records: int | None = None


@dataclass
class ImportFiles:
    nodes: list[Path] = field(default_factory=list)
    relationships: list[Path] = field(default_factory=list)
    node_count: int = 0
    relationship_count: int = 0
    records: int = 0
    # Each dataset's records and the files they came from, for the history of loads.
    owned: dict[str, int] = field(default_factory=dict)
    sources: dict[str, list[Path]] = field(default_factory=dict)
    # Values set after the import: label → [{id, props}], type triple → [{from, to, props}].
    node_fixes: dict[Label, list[dict[str, Any]]] = field(default_factory=dict)
    rel_fixes: dict[tuple[Label, Rel, Label], list[dict[str, Any]]] = field(default_factory=dict)
    # The LINKED pairs written, whose strength is recounted after the import.
    linked: list[tuple[str, str]] = field(default_factory=list)


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


def _column_type(key: str, values: Iterable[Any]) -> str | None:
    """The typed header of one property; None when no row has a value."""
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
    elements = {t for k in kinds for t in (k[1:] if arrays else k)}
    if elements == {"long", "double"}:
        elements = {"double"}
    if len(elements) > 1:
        raise BulkError(f"property {key!r} mixes types {sorted(elements)}")
    # A list that is always empty has no element type; Cypher stores it as a string array.
    element = elements.pop() if elements else "string"
    return f"{key}:{element}[]" if arrays else f"{key}:{element}"


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


def _cell(value: Any) -> str | None:
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


def _write(path: Path, fixed: list[str], keys: list[str],
           rows: list[tuple[list[str], dict[str, Any]]]) -> list[tuple[int, dict[str, Any]]]:
    """Write one file; returns (row number, properties) of the values left to `restore`."""
    columns = [(k, _column_type(k, (props.get(k) for _, props in rows))) for k in keys]
    columns = [(k, header) for k, header in columns if header]
    fixes = []
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join([*fixed, *(h for _, h in columns)]) + "\n")
        for number, (lead, props) in enumerate(rows):
            cells = [_cell(props.get(k)) for k, _ in columns]
            if None in cells:
                fixes.append((number, {k: props[k] for (k, _), c in zip(columns, cells)
                                       if c is None}))
            out.write(",".join([*lead, *(c or "" for c in cells)]) + "\n")
    return fixes


def _merged(rows: Iterable[dict[str, Any]], key) -> dict[tuple, dict[str, Any]]:
    """MERGE on the key, then `SET r += props` in order: later values win, null removes."""
    found: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        props = found.setdefault(key(row), {})
        for k, v in row["props"].items():
            if v is None:
                props.pop(k, None)
            else:
                props[k] = v
    return found


class CsvWriter:
    def __init__(self, out: Path, rates: Rates):
        self.out, self.rates = out, rates
        self.files = ImportFiles()
        self.linked: dict[tuple[str, str], bool] = {}
        out.mkdir(parents=True, exist_ok=True)

    def add(self, chunk: Chunk) -> None:
        rows = build_rows(chunk.dataset, self.rates, chunk.labels_of)
        if chunk.rows is not None:
            rows = merge_rows(chunk.rows, rows)
        records = (chunk.records if chunk.records is not None
                   else sum(1 for _ in chunk.dataset.records()))
        self.files.records += records
        self.files.owned[chunk.name] = self.files.owned.get(chunk.name, 0) + records
        sources = self.files.sources.setdefault(chunk.name, [])
        if chunk.path not in sources:
            sources.append(chunk.path)
        self.add_rows(_owned(rows, chunk.name))

    def _path(self, name: str) -> Path:
        number = len(self.files.nodes) + len(self.files.relationships)
        return self.out / f"{number:05d}-{name}.csv"

    def add_rows(self, rows: Rows) -> None:
        for label, node_rows in rows.nodes.items():
            keys = sorted({k for r in node_rows for k in r["props"]} - {"id"})
            lead = [([_cell(r["id"]), label.value], r["props"]) for r in node_rows]
            path = self._path(label.value)
            fixes = _write(path, [f"id:ID({label.value})", ":LABEL"], keys, lead)
            self.files.node_fixes.setdefault(label, []).extend(
                {"id": node_rows[n]["id"], "props": props} for n, props in fixes)
            self.files.nodes.append(path)
            self.files.node_count += len(node_rows)
        for (a, rel, b), rel_rows in rows.rels.items():
            if rel is Rel.LINKED:
                rel_rows = self._new_links(rel_rows)
                if not rel_rows:
                    continue
            merged = _merged(rel_rows, lambda r: (r["from"], r["to"]))
            self._rels(a, rel, b, [([f, t], props) for (f, t), props in merged.items()])
        for label, cite_rows in rows.citations.items():
            merged = _merged(cite_rows, lambda r: (r["from"], r["to"], r["quote"]))
            self._rels(label, Rel.CITED_IN, Label.Document,
                       [([f, t], {**props, "quote": q}) for (f, t, q), props in merged.items()])

    def _new_links(self, rel_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The LINKED rows not written yet; a pair written before and found affiliated
        only now gets its flag after the import, as `restore` sets any other value."""
        new = []
        for row in rel_rows:
            pair, affiliated = (row["from"], row["to"]), bool(row["props"].get("affiliated"))
            if pair not in self.linked:
                new.append(row)
            elif affiliated and not self.linked[pair]:
                self.files.rel_fixes.setdefault((Label.Partner, Rel.LINKED, Label.Partner),
                                                []).append(row)
            self.linked[pair] = self.linked.get(pair, False) or affiliated
        return new

    def _rels(self, a: Label, rel: Rel, b: Label, rows: list[tuple[list[str], dict]]) -> None:
        keys = sorted({k for _, props in rows for k in props})
        lead = [([_cell(f), _cell(t), rel.value], props) for (f, t), props in rows]
        path = self._path(f"{a.value}-{rel.value}-{b.value}")
        fixes = _write(path, [f":START_ID({a.value})", f":END_ID({b.value})", ":TYPE"], keys,
                       lead)
        self.files.rel_fixes.setdefault((a, rel, b), []).extend(
            {"from": rows[n][0][0], "to": rows[n][0][1], "props": props} for n, props in fixes)
        self.files.relationships.append(path)
        self.files.relationship_count += len(rows)


def merge_rows(first: Rows, second: Rows) -> Rows:
    """One Rows of two, first's rows first."""
    out = plain_rows(first)
    for group, more in ((out.nodes, second.nodes), (out.rels, second.rels),
                        (out.citations, second.citations)):
        for key, rows in more.items():
            group[key] = [*group.get(key, []), *rows]
    for pair, affiliated in second.linked.items():
        out.linked[pair] = out.linked.get(pair, False) or affiliated
    return out


def plain_rows(rows: Rows) -> Rows:
    """Rows in plain dicts, which a process can hand to another (pickle)."""
    return Rows(nodes=dict(rows.nodes), rels=dict(rows.rels), citations=dict(rows.citations),
                linked=dict(rows.linked))


def _owned(rows: Rows, dataset: str) -> Rows:
    """Every node and relationship stamped with its dataset, as the transactional writes
    stamp them (cypher/write/merge_*), so a reload of the imported graph finds what each
    dataset owns. LINKED is derived, owned by none."""
    for group in (*rows.nodes.values(), *rows.citations.values(),
                  *(r for (_, rel, _), r in rows.rels.items() if rel is not Rel.LINKED)):
        for row in group:
            row["props"]["datasets"] = [dataset]
    return rows


def write_csvs(*, chunks: Iterable[Chunk], out: Path, rates: Rates,
               progress: Callable[[Path, int], None] | None = None) -> ImportFiles:
    """Write the import files of every chunk into `out`; returns what was written.
    `progress` hears of each chunk written: its file and how many records it held."""
    writer = CsvWriter(out, rates)
    for chunk in chunks:
        before = writer.files.records
        writer.add(chunk)
        if progress:
            progress(chunk.path, writer.files.records - before)
    writer.files.linked = sorted(writer.linked)
    return writer.files


async def restore(*, driver: AsyncDriver, database: str, files: ImportFiles,
                  batch_size: int = 10_000) -> int:
    """Set the values the CSV files could not carry; returns how many nodes and
    relationships were touched. Runs in batches: the import itself is not transactional."""
    jobs = [(cypher.render("write/bulk_restore_nodes", label=label), rows)
            for label, rows in files.node_fixes.items()]
    jobs += [(cypher.render("write/bulk_restore_relationships", from_label=a, rel_type=rel,
                            to_label=b), rows)
             for (a, rel, b), rows in files.rel_fixes.items()]
    for query, rows in jobs:
        for start in range(0, len(rows), batch_size):
            await driver.execute_query(query, rows=rows[start:start + batch_size],
                                       database_=database)
    return sum(len(rows) for _, rows in jobs)
