"""The checks of loaders.pipeline, one file at a time, for data too large to hold whole.

Each file is validated with the same domain models as `pipeline.read` and handed on with
the labels its references resolve to; ids, document texts and unresolved references are
all that is kept between files. Problems anywhere are collected and raised at the end,
so a caller writes nothing final before the whole input has passed. References resolve
within the files only: this path feeds a bulk import, which replaces the graph."""

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from graph.model import SECTION_LABELS, Label
from loaders import pipeline, yamlfile
from loaders.errors import LoadError, Problem
from loaders.source import SourceFile
from partnergraph.domain import Dataset
from partnergraph.domain.dataset import SECTIONS, Reference, references


@dataclass
class Chunk:
    path: Path
    dataset: Dataset
    labels_of: dict[str, Label]


def read(path: Path) -> SourceFile:
    """`pipeline.read`, with a fast path for JSON: the standard parser first, and the
    line-tracking one only when the file has a problem to report."""
    if path.suffix != ".json":
        return pipeline.read(path)
    try:
        data = json.loads(yamlfile.read_text(path))
        dataset = Dataset.model_validate(data)
    except (ValueError, ValidationError):
        return pipeline.read(path)  # raises LoadError naming line and field
    source = SourceFile(path, dataset, {})
    pipeline._attach_texts(source)
    return source


class _Problems:
    def __init__(self) -> None:
        self.found: list[Problem] = []
        self._lines: dict[Path, dict] = {}

    def add(self, path: Path, loc: tuple, reason: str) -> None:
        if path not in self._lines:  # the line map costs a slow parse: only on failure
            dataset_file = path.is_file() and path.suffix in pipeline.DATASET_SUFFIXES
            self._lines[path] = yamlfile.parse(path)[1] if dataset_file else {}
        line = yamlfile.line_of(self._lines[path], loc)
        self.found.append(Problem(path, line, yamlfile.dotted(loc) or None, reason))


def stream(paths: Iterable[Path]) -> Iterator[Chunk]:
    declared: dict[str, dict[str, Path]] = {s: {} for s in SECTIONS}
    texts: dict[str, str | None] = {}
    later_refs: list[tuple[Path, Reference]] = []
    later_quotes: list[tuple[Path, tuple, str, str]] = []
    deferred: list[Chunk] = []
    problems = _Problems()
    home: str | None = None
    for path in pipeline.discover(paths):
        try:
            source = read(path)
        except LoadError as exc:
            problems.found += exc.problems
            continue
        dataset = source.dataset
        home = home or dataset.home
        dataset.home = home
        for section, index, record in dataset.records():
            seen = declared[section]
            if record.id in seen:
                problems.add(path, (section, index, "id"),
                             f"id {record.id!r} is also declared in {seen[record.id]}")
            else:
                seen[record.id] = path
        texts |= {d.id: d.text for d in dataset.documents}
        labels_of: dict[str, Label] = {}
        for ref in references(dataset):
            hits = [t for t in ref.targets if ref.id in declared[t]]
            if hits:
                labels_of[ref.id] = SECTION_LABELS[hits[0]]
            else:
                later_refs.append((path, ref))
        for section, index, record in dataset.records():
            for loc, cite in pipeline._cited(record):
                if cite.quote:
                    later_quotes.append((path, (section, index, *loc, "quote"),
                                         cite.document, cite.quote))
        _check_quotes(later_quotes, texts, problems)
        # An engagement may lead to a fact declared in a later file: its label is known
        # only then, so such engagements are handed on at the end.
        waiting = [e for e in dataset.engagements if any(r not in labels_of for r in e.related)]
        if waiting:
            dataset.engagements = [e for e in dataset.engagements if e not in waiting]
            deferred.append(Chunk(path, Dataset(home=home, engagements=waiting), {}))
        yield Chunk(path, dataset, labels_of)
    for path, ref in later_refs:
        hits = [t for t in ref.targets if ref.id in declared[t]]
        if not hits:
            kinds = " or ".join(t.rstrip("s") if t != "policies" else "policy" for t in ref.targets)
            problems.add(path, (ref.section, ref.index, *ref.loc),
                         f"unknown {kinds} {ref.id!r} (not in these files)")
    _check_quotes(later_quotes, texts, problems, final=True)
    if problems.found:
        raise LoadError(problems.found)
    for chunk in deferred:
        labels = {r: SECTION_LABELS[t] for e in chunk.dataset.engagements for r in e.related
                  for t in ("donations", "agreements", "projects") if r in declared[t]}
        yield Chunk(chunk.path, chunk.dataset, labels)


def _check_quotes(pending: list, texts: dict[str, str | None], problems: _Problems,
                  final: bool = False) -> None:
    """Check the quotes whose document text is known; keep the others for later."""
    keep = []
    for path, loc, document, quote in pending:
        if document not in texts:
            if not final:
                keep.append((path, loc, document, quote))
            continue  # an unknown document is reported as a reference
        text = texts[document]
        if text is not None and quote not in text:
            problems.add(path, loc, f"quote does not occur verbatim in document {document!r}")
    pending[:] = keep
