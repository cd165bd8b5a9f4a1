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
the writer remembers the pairs it wrote and writes each once. The CSV format itself is
graph.bulkcsv's."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

from neo4j import AsyncDriver

from graph import cypher
from graph.driver import run_batches
from graph.bulkcsv import quoted, write_file
from graph.model import Label, Rel
from graph.rows import Rows, build_rows
from partnergraph.domain import Dataset
from partnergraph.rates import Rates



@dataclass
class Chunk:
    """One checked file of a streamed load: its records, and the label of every id its
    `related` references point at (they may lie in other files)."""

    path: Path
    dataset: Dataset
    labels_of: dict[str, Label]
    name: str = ""  # the dataset it belongs to (loaders/datasets.py), its records' owner
    # Written already (by a worker process, loaders.stream): the files of the records not
    # in `dataset`, their LINKED rows (written here, once per pair across all files), and
    # how many records the chunk holds in all.
    written: "ImportFiles | None" = None
    links: list[dict[str, Any]] = field(default_factory=list)
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

    def take(self, other: "ImportFiles") -> None:
        """Add the files another writer wrote (a worker's, for one input file)."""
        self.nodes += other.nodes
        self.relationships += other.relationships
        self.node_count += other.node_count
        self.relationship_count += other.relationship_count
        for label, fixes in other.node_fixes.items():
            self.node_fixes.setdefault(label, []).extend(fixes)
        for triple, fixes in other.rel_fixes.items():
            self.rel_fixes.setdefault(triple, []).extend(fixes)


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
    """Writes the files of chunks in `out`, numbered in writing order after `prefix`.
    With `hold_links` (a worker, writing one input file of many) the LINKED rows are
    kept in `held` instead: only the writer that sees every file can write each pair once."""

    def __init__(self, out: Path, rates: Rates, *, prefix: str = "",
                 hold_links: bool = False):
        self.out, self.rates, self.prefix, self.hold_links = out, rates, prefix, hold_links
        self.files = ImportFiles()
        self.linked: dict[tuple[str, str], bool] = {}
        self.held: list[dict[str, Any]] = []
        out.mkdir(parents=True, exist_ok=True)

    def add(self, chunk: Chunk) -> None:
        rows = build_rows(chunk.dataset, self.rates, chunk.labels_of)
        if chunk.written is not None:
            self.files.take(chunk.written)
            if chunk.links:  # the worker's rows first, as they come first in the file
                key = (Label.Partner, Rel.LINKED, Label.Partner)
                rows.rels[key] = [*chunk.links, *rows.rels.get(key, [])]
        records = (chunk.records if chunk.records is not None
                   else sum(1 for _ in chunk.dataset.records()))
        self.files.records += records
        self.files.owned[chunk.name] = self.files.owned.get(chunk.name, 0) + records
        sources = self.files.sources.setdefault(chunk.name, [])
        if chunk.path not in sources:
            sources.append(chunk.path)
        self.add_rows(owned(rows, chunk.name))

    def _path(self, name: str) -> Path:
        number = len(self.files.nodes) + len(self.files.relationships)
        return self.out / f"{self.prefix}{number:05d}-{name}.csv"

    def add_rows(self, rows: Rows) -> None:
        for label, node_rows in rows.nodes.items():
            keys = sorted({k for r in node_rows for k in r["props"]} - {"id"})
            path = self._path(label.value)
            fixes = write_file(path, [f"id:ID({label.value})", ":LABEL"],
                               [quoted(r["id"] for r in node_rows), repeat(label.value)],
                               keys, [r["props"] for r in node_rows])
            self.files.node_fixes.setdefault(label, []).extend(
                {"id": node_rows[n]["id"], "props": props} for n, props in fixes)
            self.files.nodes.append(path)
            self.files.node_count += len(node_rows)
        for (a, rel, b), rel_rows in rows.rels.items():
            if rel is Rel.LINKED:
                if self.hold_links:
                    self.held += rel_rows
                    continue
                rel_rows = self._new_links(rel_rows)
                if not rel_rows:
                    continue
            merged = _merged(rel_rows, lambda r: (r["from"], r["to"]))
            self._rels(a, rel, b, list(merged), list(merged.values()))
        for label, cite_rows in rows.citations.items():
            merged = _merged(cite_rows, lambda r: (r["from"], r["to"], r["quote"]))
            self._rels(label, Rel.CITED_IN, Label.Document, [(f, t) for f, t, _ in merged],
                       [{**props, "quote": q} for (_, _, q), props in merged.items()])

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

    def _rels(self, a: Label, rel: Rel, b: Label, ends: list[tuple],
              props: list[dict[str, Any]]) -> None:
        keys = sorted({k for p in props for k in p})
        path = self._path(f"{a.value}-{rel.value}-{b.value}")
        fixes = write_file(path, [f":START_ID({a.value})", f":END_ID({b.value})", ":TYPE"],
                           [quoted(e[0] for e in ends), quoted(e[1] for e in ends),
                            repeat(rel.value)], keys, props)
        self.files.rel_fixes.setdefault((a, rel, b), []).extend(
            {"from": ends[n][0], "to": ends[n][1], "props": fixed} for n, fixed in fixes)
        self.files.relationships.append(path)
        self.files.relationship_count += len(ends)


def owned(rows: Rows, dataset: str) -> Rows:
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
                  batch_size: int = 10_000, at_once: int = 1) -> int:
    """Set the values the CSV files could not carry; returns how many nodes and
    relationships were touched. Runs in batches: the import itself is not transactional.
    `at_once`: batches run together (each row names its own node or relationship)."""
    jobs = [(cypher.render("write/bulk_restore_nodes", label=label), rows)
            for label, rows in files.node_fixes.items()]
    jobs += [(cypher.render("write/bulk_restore_relationships", from_label=a, rel_type=rel,
                            to_label=b), rows)
             for (a, rel, b), rows in files.rel_fixes.items()]
    await run_batches(driver=driver, database=database, at_once=at_once,
                      batches=((query, {"rows": rows[start:start + batch_size]})
                               for query, rows in jobs
                               for start in range(0, len(rows), batch_size)))
    return sum(len(rows) for _, rows in jobs)
