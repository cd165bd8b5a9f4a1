"""The one pipeline every source goes through:

    parse (by suffix: YAML/JSON, CSV, IATI XML, an article) → validate with the domain
    models → check ids, references and quotes (loaders/checks.py: in the files, else in
    the graph) → write in ONE transaction, each dataset (loaders/datasets.py) replacing
    what it held before (graph/reload.py).

Problems are collected across all files and reported together; the graph is touched only
when there are none, so a failed load leaves it exactly as it was."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from neo4j import AsyncDriver
from pydantic import ValidationError

from graph import reload, write
from graph.review import folder, merges
from graph.plan import Plan
from graph.rows import Rows, build_rows
from graph.model import SECTION_LABELS, Label
from loaders import article, csvfiles, datasets, iati, xlsxfile, yamlfile
from loaders.article import corroborate, twins
from loaders.checks import Checker
from loaders.errors import LoadError, Problem
from loaders.source import SourceFile
from loaders.texts import attach_texts
from partnergraph.domain import Dataset
from partnergraph.domain.dataset import SECTIONS
from partnergraph.rates import Rates, load_rates
from partnergraph.settings import get_settings

DATASET_SUFFIXES = {".yaml", ".yml", ".json"}
# A curated folder's review decisions (graph/review/folder.py): not records; its merges are
# applied once the folder's records are loaded.
REVIEW_FILE = folder.REVIEW_FILE


def _read_dataset_file(path: Path) -> SourceFile:
    data, lines = yamlfile.parse(path)
    if not isinstance(data, dict):
        raise LoadError([Problem(path, 1, None, "a dataset file is a mapping of sections "
                                 f"({', '.join(SECTIONS)})")])
    try:
        dataset = Dataset.model_validate(data)
    except ValidationError as exc:
        raise LoadError([_problem(path, lines, e) for e in exc.errors()]) from None
    source = SourceFile(path, dataset, lines)
    attach_texts(source)
    return source


#: The reader of each kind of file, by suffix (lower case); a folder of CSV templates is
#: read by csvfiles.read. A new format is one row here.
READERS: dict[str, Callable[[Path], SourceFile]] = {
    **dict.fromkeys(DATASET_SUFFIXES, _read_dataset_file),
    ".csv": lambda path: csvfiles.read(path.parent),
    iati.SUFFIX: iati.read,
    **dict.fromkeys(article.SUFFIXES, article.read),
    xlsxfile.SUFFIX: xlsxfile.read,
}


def discover(paths: Iterable[Path]) -> list[Path]:
    """Files to load: given files, and the dataset files and CSV folders inside folders."""
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise LoadError([Problem(path, None, None, "no such file or folder")])
        if path.is_dir():
            if csvfiles.is_csv_folder(path):
                found.append(path)
            found += sorted(p for p in path.iterdir()
                            if (p.suffix in DATASET_SUFFIXES and p.name != REVIEW_FILE)
                            or p.suffix == iati.SUFFIX
                            or (p.suffix.lower() == xlsxfile.SUFFIX and not p.name.startswith("~$")))
            found += sorted(p for p in path.iterdir() if p.is_dir() and csvfiles.is_csv_folder(p))
        elif path.suffix.lower() in READERS:
            found.append(path)
        else:
            raise LoadError([Problem(path, None, None, f"unknown format {path.suffix!r}: use "
                                     ".yaml, .yml, .json, .xml (IATI), .txt or .html (an "
                                     "article), .xlsx or a folder of CSV templates")])
    return found


def read(path: Path) -> SourceFile:
    """Parse and validate one source; raises LoadError naming every problem."""
    if path.is_dir():
        return csvfiles.read(path)
    return READERS[path.suffix.lower()](path)


def _problem(path: Path, lines: dict, error: dict[str, Any]) -> Problem:
    loc = tuple(error["loc"])
    line = yamlfile.line_of(lines, loc)
    reason = error["msg"].removeprefix("Value error, ")
    return Problem(path, line, yamlfile.dotted(loc) or None, reason)


def read_all(paths: Iterable[Path]) -> list[SourceFile]:
    """Every source parsed and validated, several IATI files' shared records once."""
    return [source for _, source in read_named(paths)]


def read_named(paths: Iterable[Path], name: str | None = None) -> list[tuple[str, SourceFile]]:
    """`read_all`, each source with the name of its dataset (`name` for all, when given)."""
    named, problems = [], []
    for given in paths:
        for path in discover([given]):
            try:
                named.append((name or datasets.name_of(given, path), read(path)))
            except LoadError as exc:
                problems += exc.problems
    if problems:
        raise LoadError(problems)
    iati.dedupe([source for _, source in named])
    return named


def merge(sources: list[SourceFile]) -> Dataset:
    dataset = Dataset()
    for source in sources:
        dataset = dataset.merged(source.dataset)
    return dataset


async def check(
    *, sources: list[SourceFile], driver: AsyncDriver, database: str,
    datasets_of: list[str] | None = None,
) -> dict[str, Label]:
    """Every check of loaders/checks.py over the sources, with the graph answering for the
    ids and document texts the files do not hold; `datasets_of` names each source's
    dataset (an id may be declared once in each). Returns the label of every id a
    label-agnostic reference (`related`) points at; raises LoadError with every problem."""
    checker = Checker()
    labels_of: dict[str, Label] = {}
    for i, source in enumerate(sources):
        labels_of |= checker.add(source, datasets_of[i] if datasets_of else None)
    in_graph = {
        s: await write.existing_ids(driver=driver, database=database, label=SECTION_LABELS[s],
                                    ids=ids)
        for s, ids in checker.wanted().items() if ids
    }
    texts = {}
    if missing := checker.unknown_documents():
        texts = await write.document_texts(driver=driver, database=database, ids=missing)
    return labels_of | checker.finish(in_graph=in_graph, graph_texts=texts)


@dataclass
class LoadReport:
    files: list[Path]
    records: int
    rows: int
    corroborated: int = 0  # extracted facts cited as new sources of ones already known
    # What the load changed (or, in a dry run, would change) in each of its datasets.
    plans: list[Plan] = field(default_factory=list)
    # The LINKED pairs it deleted or made: those whose derived figures are due.
    linked_pairs: set[tuple[str, str]] = field(default_factory=set)


def _is_article(source: SourceFile) -> bool:
    return source.path.suffix.lower() in article.SUFFIXES


def _parts(named: list[tuple[str, SourceFile]], rates: Rates,
           labels_of: dict[str, Label]) -> list[reload.Part]:
    home = merge([source for _, source in named if not _is_article(source)]).home
    parts = []
    for name in dict.fromkeys(n for n, _ in named):
        sources = [source for n, source in named if n == name]
        dataset = merge(sources)
        if not all(map(_is_article, sources)):
            # A dataset that names no home province takes the load's; an article's home is
            # what the article says, never another file's.
            dataset.home = dataset.home or home
        files = [f for source in sources for f in datasets.files_of(source.path)]
        parts.append(reload.Part(name=name, rows=build_rows(dataset, rates, labels_of),
                                 files=[str(f) for f in files],
                                 checksums=[datasets.sha256(f) for f in files]))
    return parts


async def load(
    *,
    paths: Iterable[Path],
    driver: AsyncDriver,
    database: str,
    rates: Rates | None = None,
    write_graph: bool = True,
    progress: write.Progress | None = None,
    one_transaction: bool = True,
    dataset: str | None = None,
    dry_run: bool = False,
) -> LoadReport:
    """Check every file, then make the graph hold exactly what each dataset says
    (`write_graph=False`: check only; `dry_run`: check and compare, write nothing)."""
    paths = list(paths)
    datasets.checked_name(dataset, paths[0] if paths else Path("."))
    named = read_named(paths, dataset)
    sources = [source for _, source in named]
    await iati.link_known(sources=sources, driver=driver, database=database)
    corroborated = corroborate.within_load(sources) + twins.within_load(sources)
    citations = await corroborate.against_graph(sources=sources, driver=driver,
                                                database=database)
    citations.update(await twins.against_graph(sources=sources, driver=driver,
                                               database=database))
    corroborated += sum(len({c["from"] for c in rows}) for rows in citations.values())
    labels_of = await check(sources=sources, driver=driver, database=database,
                            datasets_of=[name for name, _ in named])
    report = LoadReport(files=[s.path for s in sources],
                        records=sum(1 for s in sources for _ in s.dataset.records()), rows=0,
                        corroborated=corroborated)
    if not write_graph:
        return report
    parts = _parts(named, rates or load_rates(), labels_of)
    _cite_known(parts, citations)
    report.rows = sum(write.count_rows(p.rows) for p in parts)
    if dry_run:
        report.plans = await reload.plan(driver=driver, database=database, parts=parts)
        return report
    outcome = await reload.reload(driver=driver, database=database, parts=parts,
                                  progress=progress, one_transaction=one_transaction)
    report.plans, report.linked_pairs = outcome.plans, outcome.linked_pairs
    for path in _review_folders(paths):
        await merges.apply_all(driver=driver, database=database,
                               merges=folder.Folder(path).review().get("merges") or [])
    return report


def _review_folders(paths: list[Path]) -> list[Path]:
    """The folders whose merges are applied after a load: those loaded, and the curated
    folder in every case, since a reload of a merge target's own dataset (data/seed) writes
    its names afresh and would drop the names merged into it."""
    found = [p for p in [*paths, get_settings().curated_dir]
             if p.is_dir() and (p / REVIEW_FILE).exists()]
    return list({p.resolve(): p for p in found}.values())


def _cite_known(parts: list[reload.Part], citations: dict[Label, list[dict]]) -> None:
    """An article's quotes on a donation the graph already holds belong to the article's
    dataset: its reload or unload takes them back, and nothing of the donation else."""
    by_document = {row["id"]: part for part in parts
                   for row in part.rows.nodes.get(Label.Document, [])}
    for label, rows in citations.items():
        for row in rows:
            by_document[row["to"]].rows.citations[label].append(row)


async def unload(*, driver: AsyncDriver, database: str, dataset: str,
                 dry_run: bool = False) -> LoadReport:
    """Remove one dataset: a load of it with no records."""
    parts = [reload.Part(name=dataset, rows=Rows())]
    report = LoadReport(files=[], records=0, rows=0)
    if dry_run:
        report.plans = await reload.plan(driver=driver, database=database, parts=parts)
        return report
    outcome = await reload.reload(driver=driver, database=database, parts=parts,
                                  action="unload")
    report.plans, report.linked_pairs = outcome.plans, outcome.linked_pairs
    return report
