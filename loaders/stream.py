"""The checks of loaders.pipeline, one file at a time, for data too large to hold whole.

Each file is validated with the same domain models as `pipeline.read` and handed on with
the labels its references resolve to; ids, document texts and unresolved references are
all that is kept between files. Problems anywhere are collected and raised at the end,
so a caller writes nothing final before the whole input has passed. References resolve
within the files only: this path feeds a bulk import, which replaces the graph. The checks
are loaders/checks.py's, the same the whole-dataset load runs.

With `workers` > 1 the files are read, validated, turned into rows and written as import
files in that many processes, several at once (most of a bulk import's time): each hands
back the files it wrote and a summary of what the checks need (loaders.checks.Summary),
never the rows themselves (handing those over cost this one process more than the
workers spent making them), and this process runs the checks across files on the
summaries, in the files' order, as it would on the files. An engagement's `related` may
point into another file, so engagements are built here, once their references are known;
so are the LINKED pairs, each written once whatever the files that imply it."""

import gc
import json
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from graph.bulk import Chunk, CsvWriter, ImportFiles, owned
from graph.model import Label
from graph.rows import build_rows
from loaders import datasets, pipeline, yamlfile
from loaders.checks import Checker, Summary, summarise
from loaders.errors import LoadError, Problem
from loaders.source import SourceFile
from loaders.texts import attach_texts
from partnergraph.domain import Dataset
from partnergraph.rates import Rates


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


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a while. Checking a large file makes
    millions of objects that live until its rows are written, and the collector, started
    by the count of objects made, walked all of them again and again: about 40 % of a
    worker's time on a file of 50,000 donations. The records, rows and summaries hold no
    reference cycles, so reference counting alone frees them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _named(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    for given in paths:
        for path in pipeline.discover([given]):
            yield path, datasets.name_of(given, path)


@dataclass
class Prepared:
    """One file as a worker hands it back: its problems, or its summary, the files it
    wrote of its records but the engagements (and their LINKED rows, not written), and
    the engagements."""

    problems: list[Problem] = field(default_factory=list)
    summary: Summary | None = None
    written: ImportFiles | None = None
    links: list = field(default_factory=list)
    engagements: list = field(default_factory=list)
    home: str | None = None


def prepare(path: Path, rates: Rates, home: str | None, name: str, out: Path,
            number: int) -> Prepared:
    """Read and check one file, write the import files of its records in `out` (named
    after `number`, its place among the input files); `home` as the files before it
    named it. Nothing is written when the file has a problem."""
    with gc_paused():
        return _prepare(path, rates, home, name, out, number)


def _prepare(path: Path, rates: Rates, home: str | None, name: str, out: Path,
             number: int) -> Prepared:
    try:
        source = read(path)
    except LoadError as exc:
        return Prepared(problems=exc.problems)
    summary = summarise(source)
    dataset = source.dataset
    dataset.home = home or dataset.home
    engagements, dataset.engagements = dataset.engagements, []
    writer = CsvWriter(out, rates, prefix=f"{number:04d}.", hold_links=True)
    writer.add_rows(owned(build_rows(dataset, rates, {}), name))
    return Prepared(summary=summary, written=writer.files, links=writer.held,
                    engagements=engagements, home=dataset.home)


def stream(paths: Iterable[Path], *, workers: int = 1, rates: Rates | None = None,
           out: Path | None = None) -> Iterator[Chunk]:
    """The checked files as chunks, in the order given. With `workers` > 1 (and `rates`
    and `out`, where the workers write the files of their records) the chunks of workers
    hold the files written and only the engagements left to write."""
    if workers > 1 and rates is not None and out is not None:
        yield from _parallel(list(_named(paths)), workers, rates, out)
        return
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
        waiting = _waiting(dataset, labels_of)
        if waiting:
            deferred.append(Chunk(path, Dataset(home=home, engagements=waiting), {}, name))
        yield Chunk(path, dataset, labels_of, name)
    yield from _finish(checker, deferred)


def _waiting(dataset: Dataset, labels_of: dict[str, Label]) -> list:
    """An engagement may lead to a fact declared in a later file: its label is known
    only then, so such engagements are taken out and handed on at the end."""
    waiting = [e for e in dataset.engagements if any(r not in labels_of for r in e.related)]
    if waiting:
        dataset.engagements = [e for e in dataset.engagements if e not in waiting]
    return waiting


def _finish(checker: Checker, deferred: list[Chunk]) -> Iterator[Chunk]:
    checker.finish()
    for chunk in deferred:
        labels: dict[str, Label] = {
            r: label for e in chunk.dataset.engagements for r in e.related
            if (label := checker.label_of(r, ("donations", "agreements", "projects")))}
        yield Chunk(chunk.path, chunk.dataset, labels, chunk.name)


def _parallel(named: list[tuple[Path, str]], workers: int, rates: Rates,
              out: Path) -> Iterator[Chunk]:
    checker = Checker()
    deferred: list[Chunk] = []
    home: str | None = None
    # Spawned, not forked: a worker starts clean whatever this process holds (a driver,
    # threads). At most `workers` + 1 files are in flight, so memory stays bounded.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        todo = deque((path, name, number) for number, (path, name) in enumerate(named))
        running: deque[tuple[Path, str, Future]] = deque()
        while todo or running:
            # The first file that names the home names it for every file after it (a
            # donation's direction depends on it): until then, one file at a time.
            while todo and len(running) <= workers and (home or not running):
                path, name, number = todo.popleft()
                running.append((path, name, pool.submit(prepare, path, rates, home, name, out,
                                                        number)))
            path, name, future = running.popleft()
            done = future.result()
            if done.problems:
                checker.problems += done.problems
                continue
            home = home or done.home
            labels_of = checker.add_summary(done.summary)
            dataset = Dataset(home=home, engagements=done.engagements)
            waiting = _waiting(dataset, labels_of)
            if waiting:
                deferred.append(Chunk(path, Dataset(home=home, engagements=waiting), {}, name))
            yield Chunk(path, dataset, labels_of, name, written=done.written,
                        links=done.links, records=len(done.summary.records) - len(waiting))
    yield from _finish(checker, deferred)
