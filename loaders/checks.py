"""The checks every load runs, once, whichever path feeds it: ids declared once in each
dataset, every reference resolved, every quote verbatim in its document.

The checker is incremental: sources are added one at a time (the whole-dataset load adds
them all, the streamed path one file at a time and forgets each after it is written out),
and what cannot be decided yet (a reference to a later file or to the graph, a quote in a
document not read yet) waits until `finish`. Problems are collected, never raised early,
so one pass reports them all."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from graph.model import SECTION_LABELS, Label
from loaders import yamlfile
from loaders.errors import LoadError, Problem
from loaders.source import SourceFile
from partnergraph.domain.dataset import SECTIONS, Reference, reference_tuples


def cited(record: Any) -> Iterator[tuple[tuple, Any]]:
    """Every source a record rests on, with where it sits inside the record."""
    fields = vars(record)  # a model's fields: one a type lacks is None, not an exception
    for i, source in enumerate(fields.get("sources") or []):
        yield ("sources", i), source
    for name in ("affiliations", "items"):
        for i, part in enumerate(fields.get(name) or []):
            for j, source in enumerate(vars(part).get("sources") or []):
                yield (name, i, "sources", j), source


def _kinds(targets: tuple[str, ...]) -> str:
    return " or ".join("policy" if t == "policies" else t.rstrip("s") for t in targets)


class Ref(NamedTuple):
    """A Reference as plain data: cheap to hand between processes."""

    section: str
    index: int
    loc: tuple
    targets: tuple[str, ...]
    id: str


@dataclass
class Summary:
    """What the checks need of a source, without its records: where its records are
    (`where`: the source without its dataset), their ids, its documents' texts, the
    references and quotes to check."""

    where: SourceFile
    records: list[tuple[str, int, str]]
    texts: dict[str, str | None]
    refs: list[Ref]
    quotes: list[tuple[tuple, str, str]]


def summarise(source: SourceFile) -> Summary:
    dataset = source.dataset
    quotes = [((section, index, *loc, "quote"), cite.document, cite.quote)
              for section, index, record in dataset.records()
              for loc, cite in cited(record) if cite.quote]
    return Summary(
        where=SourceFile(source.path, None, source.lines, source.origins, source.lazy_lines),
        records=[(section, index, record.id) for section, index, record in dataset.records()],
        texts={d.id: d.text for d in dataset.documents},
        refs=[Ref(*found) for found in reference_tuples(dataset)],
        quotes=quotes)


class _Later(tuple):
    """Where a record of a file read without line numbers is: (path, section, index); its
    line is read from the file only when asked. Kept instead of the source, whose
    records are let go once written."""

    def __new__(cls, path: Path, section: str, index: int):
        return super().__new__(cls, (path, section, index))

    def place(self) -> tuple[Path, int | None]:
        path, section, index = self
        lines = yamlfile.parse(path)[1] if path.is_file() else {}
        return path, yamlfile.line_of(lines, (section, index, "id"))


class Checker:
    def __init__(self) -> None:
        self.declared: dict[str, dict[str, tuple[Path, int | None]]] = {s: {} for s in SECTIONS}
        # The dataset that first declared each id: another dataset may declare it too.
        self._owner: dict[tuple[str, str], str | None] = {}
        self.texts: dict[str, str | None] = {}
        self.problems: list[Problem] = []
        self._refs: list[tuple[SourceFile, Reference]] = []
        self._quotes: list[tuple[SourceFile, tuple, str, str]] = []

    def add(self, source: SourceFile, dataset: str | None = None) -> dict[str, Label]:
        """Declare a source's records and check what can be checked now; returns the
        label of every reference it makes that is already resolved. An id is declared once
        per dataset: two datasets of one load (two articles naming the same NGO) may both
        declare it, as they may when loaded one after the other."""
        return self.add_summary(summarise(source), dataset)

    def add_summary(self, summary: "Summary", dataset: str | None = None) -> dict[str, Label]:
        """`add` of a source summarised (in a worker process, loaders.stream)."""
        source = summary.where
        for section, index, id_ in summary.records:
            # A file read without line numbers (the fast JSON path) is placed by its path
            # and index: its lines are found only if a duplicate needs them.
            here = (source.where(section, index, ("id",)) if not source.lazy_lines
                    else _Later(source.path, section, index))
            first = self.declared[section].setdefault(id_, here)
            owner = self._owner.setdefault((section, id_), dataset)
            if first is not here and (dataset is None or owner == dataset):
                place = first.place() if isinstance(first, _Later) else first
                where = f"{place[0]}:{place[1]}" if place[1] else str(place[0])
                self._problem(source, (section, index, "id"),
                              f"id {id_!r} is also declared at {where}")
        self.texts |= summary.texts
        labels_of: dict[str, Label] = {}
        for ref in summary.refs:
            if hit := self._hit(ref):
                labels_of[ref.id] = SECTION_LABELS[hit]
            else:
                self._refs.append((source, ref))
        for loc, document, quote in summary.quotes:
            self._quotes.append((source, loc, document, quote))
        self._check_quotes(final=False)
        return labels_of

    def label_of(self, id_: str, targets: Iterable[str]) -> Label | None:
        hit = next((t for t in targets if id_ in self.declared[t]), None)
        return SECTION_LABELS[hit] if hit else None

    def wanted(self) -> dict[str, set[str]]:
        """Ids referred to but not declared by any source added: to look up in the graph."""
        wanted: dict[str, set[str]] = {s: set() for s in SECTIONS}
        for _, ref in self._refs:
            if not self._hit(ref):
                for target in ref.targets:
                    wanted[target].add(ref.id)
        return wanted

    def unknown_documents(self) -> set[str]:
        return {document for _, _, document, _ in self._quotes} - set(self.texts)

    def finish(self, *, in_graph: dict[str, set[str]] | None = None,
               graph_texts: dict[str, str | None] | None = None) -> dict[str, Label]:
        """Resolve what waited, against the sources and `in_graph`; check the remaining
        quotes; raise LoadError with every problem found. Returns the labels resolved."""
        in_graph = in_graph or {}
        where = "not in these files nor in the graph" if in_graph else "not in these files"
        labels_of: dict[str, Label] = {}
        for source, ref in self._refs:
            hit = self._hit(ref) or next(
                (t for t in ref.targets if ref.id in in_graph.get(t, ())), None)
            if hit:
                labels_of[ref.id] = SECTION_LABELS[hit]
            else:
                self._problem(source, (ref.section, ref.index, *ref.loc),
                              f"unknown {_kinds(ref.targets)} {ref.id!r} ({where})")
        self._refs = []
        self.texts |= graph_texts or {}
        self._check_quotes(final=True)
        if self.problems:
            raise LoadError(self.problems)
        return labels_of

    def _hit(self, ref: Reference) -> str | None:
        return next((t for t in ref.targets if ref.id in self.declared[t]), None)

    def _check_quotes(self, *, final: bool) -> None:
        keep = []
        for source, loc, document, quote in self._quotes:
            if document not in self.texts:
                if not final:
                    keep.append((source, loc, document, quote))
                continue  # an unknown document is reported as a reference
            text = self.texts[document]
            if text is not None and quote not in text:
                self._problem(source, loc,
                              f"quote does not occur verbatim in document {document!r}")
        self._quotes = keep

    def _problem(self, source: SourceFile, loc: tuple, reason: str) -> None:
        section, index, *inner = loc
        file, line = source.where(section, index, tuple(inner))
        self.problems.append(Problem(file, line, yamlfile.dotted(loc) or None, reason))
