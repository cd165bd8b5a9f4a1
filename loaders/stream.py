"""The checks of loaders.pipeline, one file at a time, for data too large to hold whole.

Each file is validated with the same domain models as `pipeline.read` and handed on with
the labels its references resolve to; ids, document texts and unresolved references are
all that is kept between files. Problems anywhere are collected and raised at the end,
so a caller writes nothing final before the whole input has passed. References resolve
within the files only: this path feeds a bulk import, which replaces the graph. The checks
are loaders/checks.py's, the same the whole-dataset load runs."""

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from graph.bulk import Chunk
from graph.model import Label
from loaders import datasets, pipeline, yamlfile
from loaders.checks import Checker
from loaders.errors import LoadError
from loaders.source import SourceFile
from loaders.texts import attach_texts
from partnergraph.domain import Dataset


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
    source = SourceFile(path, dataset, lazy_lines=True)
    attach_texts(source)
    return source


def _named(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    for given in paths:
        for path in pipeline.discover([given]):
            yield path, datasets.name_of(given, path)


def stream(paths: Iterable[Path]) -> Iterator[Chunk]:
    checker = Checker()
    deferred: list[Chunk] = []
    home: str | None = None
    for path, name in _named(paths):
        try:
            source = read(path)
        except LoadError as exc:
            checker.problems += exc.problems
            continue
        dataset = source.dataset
        home = home or dataset.home
        dataset.home = home
        labels_of = checker.add(source)
        # An engagement may lead to a fact declared in a later file: its label is known
        # only then, so such engagements are handed on at the end.
        waiting = [e for e in dataset.engagements if any(r not in labels_of for r in e.related)]
        if waiting:
            dataset.engagements = [e for e in dataset.engagements if e not in waiting]
            deferred.append(Chunk(path, Dataset(home=home, engagements=waiting), {}, name))
        yield Chunk(path, dataset, labels_of, name)
    checker.finish()
    for chunk in deferred:
        labels: dict[str, Label] = {
            r: label for e in chunk.dataset.engagements for r in e.related
            if (label := checker.label_of(r, ("donations", "agreements", "projects")))}
        yield Chunk(chunk.path, chunk.dataset, labels, chunk.name)
