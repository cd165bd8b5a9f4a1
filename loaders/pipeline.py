"""The one pipeline every source goes through:

    parse (YAML/JSON or CSV) → validate with the domain models → check every reference
    (in the files, else in the graph) → write in ONE transaction.

Problems are collected across all files and reported together; the graph is touched only
when there are none, so a failed load leaves it exactly as it was."""

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from neo4j import AsyncDriver
from pydantic import ValidationError

from graph import write
from graph.model import SECTION_LABELS, Label
from loaders import article, csvfiles, iati, yamlfile
from loaders.article import corroborate
from loaders.errors import LoadError, Problem
from loaders.source import SourceFile
from partnergraph.domain import Dataset
from partnergraph.domain.dataset import SECTIONS, references
from partnergraph.rates import Rates, load_rates

DATASET_SUFFIXES = {".yaml", ".yml", ".json"}


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
                            if p.suffix in DATASET_SUFFIXES or p.suffix == iati.SUFFIX)
            found += sorted(p for p in path.iterdir() if p.is_dir() and csvfiles.is_csv_folder(p))
        elif path.suffix.lower() in article.SUFFIXES:
            found.append(path)  # one news article: its facts are extracted
        elif path.suffix in DATASET_SUFFIXES or path.suffix in (".csv", iati.SUFFIX):
            found.append(path)
        else:
            raise LoadError([Problem(path, None, None, f"unknown format {path.suffix!r}: use "
                                     ".yaml, .yml, .json, .xml (IATI), .txt or .html (an "
                                     "article) or a folder of CSV templates")])
    return found


def read(path: Path) -> SourceFile:
    """Parse and validate one source; raises LoadError naming every problem."""
    if path.is_dir() or path.suffix == ".csv":
        return csvfiles.read(path.parent if path.suffix == ".csv" else path)
    if path.suffix == iati.SUFFIX:
        return iati.read(path)
    if path.suffix.lower() in article.SUFFIXES:
        return article.read(path)
    data, lines = yamlfile.parse(path)
    if not isinstance(data, dict):
        raise LoadError([Problem(path, 1, None, "a dataset file is a mapping of sections "
                                 f"({', '.join(SECTIONS)})")])
    try:
        dataset = Dataset.model_validate(data)
    except ValidationError as exc:
        raise LoadError([_problem(path, lines, e) for e in exc.errors()]) from None
    source = SourceFile(path, dataset, lines)
    _attach_texts(source)
    return source


def _problem(path: Path, lines: dict, error: dict[str, Any]) -> Problem:
    loc = tuple(error["loc"])
    line = yamlfile.line_of(lines, loc)
    reason = error["msg"].removeprefix("Value error, ")
    return Problem(path, line, yamlfile.dotted(loc) or None, reason)


def _attach_texts(source: SourceFile) -> None:
    problems = []
    for index, doc in enumerate(source.dataset.documents):
        if not doc.text_file:
            continue
        file, line = source.where("documents", index, ("text_file",))
        text_path = (source.path.parent if source.path.is_file() else source.path) / doc.text_file
        try:
            raw = yamlfile.read_bytes(text_path)
            doc.text = raw.decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(file, line, f"documents[{index}].text_file", str(exc)))
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if doc.sha256 and doc.sha256 != digest:
            problems.append(Problem(file, line, f"documents[{index}].sha256",
                                    f"{doc.text_file} has sha256 {digest}, not {doc.sha256}"))
        doc.sha256 = digest
    if problems:
        raise LoadError(problems)


def read_all(paths: Iterable[Path]) -> list[SourceFile]:
    sources, problems = [], []
    for path in discover(paths):
        try:
            sources.append(read(path))
        except LoadError as exc:
            problems += exc.problems
    if problems:
        raise LoadError(problems)
    iati.dedupe(sources)
    _check_duplicates(sources)
    return sources


def _check_duplicates(sources: list[SourceFile]) -> None:
    seen: dict[tuple[str, str], tuple[Path, int | None]] = {}
    problems = []
    for source in sources:
        for section, index, record in source.dataset.records():
            key = (section, record.id)
            file, line = source.where(section, index, ("id",))
            if key in seen:
                first = seen[key]
                problems.append(Problem(file, line, f"{section}[{index}].id",
                                        f"id {record.id!r} is also declared at {first[0]}:{first[1]}"))
            else:
                seen[key] = (file, line)
    if problems:
        raise LoadError(problems)


def merge(sources: list[SourceFile]) -> Dataset:
    dataset = Dataset()
    for source in sources:
        dataset = dataset.merged(source.dataset)
    return dataset


async def resolve(
    *, sources: list[SourceFile], dataset: Dataset, driver: AsyncDriver, database: str
) -> dict[str, Label]:
    """Check that every referenced id exists, in the files being loaded or in the graph.
    Returns the label of every id a label-agnostic reference (`related`) points at."""
    declared = {s: {r.id for r in getattr(dataset, s)} for s in SECTIONS}
    wanted: dict[str, set[str]] = {s: set() for s in SECTIONS}
    refs = []
    for source in sources:
        for ref in references(source.dataset):
            refs.append((source, ref))
            if not any(ref.id in declared[t] for t in ref.targets):
                for target in ref.targets:
                    wanted[target].add(ref.id)
    in_graph = {
        s: await write.existing_ids(driver=driver, database=database, label=SECTION_LABELS[s], ids=ids)
        if ids else set()
        for s, ids in wanted.items()
    }
    labels_of: dict[str, Label] = {}
    problems = []
    for source, ref in refs:
        hits = [t for t in ref.targets if ref.id in declared[t] or ref.id in in_graph[t]]
        if hits:
            labels_of[ref.id] = SECTION_LABELS[hits[0]]
            continue
        file, line = source.where(ref.section, ref.index, ref.loc)
        field_name = yamlfile.dotted((ref.section, ref.index, *ref.loc))
        kinds = " or ".join(t.rstrip("s") if t != "policies" else "policy" for t in ref.targets)
        problems.append(Problem(file, line, field_name,
                                f"unknown {kinds} {ref.id!r} (not in these files nor in the graph)"))
    if problems:
        raise LoadError(problems)
    return labels_of


def _cited(record: Any) -> Iterable[tuple[tuple, Any]]:
    for i, source in enumerate(getattr(record, "sources", None) or []):
        yield ("sources", i), source
    for name in ("affiliations", "items"):
        for i, part in enumerate(getattr(record, name, None) or []):
            for j, source in enumerate(getattr(part, "sources", None) or []):
                yield (name, i, "sources", j), source


async def check_quotes(
    *, sources: list[SourceFile], dataset: Dataset, driver: AsyncDriver, database: str
) -> None:
    """Every quote must occur verbatim in its document, when the document's text is known."""
    texts: dict[str, str | None] = {d.id: d.text for d in dataset.documents}
    cited = {s.document for _, _, r in dataset.records() for _, s in _cited(r)}
    if missing := cited - set(texts):
        texts |= await write.document_texts(driver=driver, database=database, ids=missing)
    problems = []
    for source in sources:
        for section, index, record in source.dataset.records():
            for loc, cite in _cited(record):
                text = texts.get(cite.document)
                if cite.quote and text is not None and cite.quote not in text:
                    file, line = source.where(section, index, (*loc, "quote"))
                    problems.append(Problem(
                        file, line, yamlfile.dotted((section, index, *loc, "quote")),
                        f"quote does not occur verbatim in document {cite.document!r}"))
    if problems:
        raise LoadError(problems)


@dataclass
class LoadReport:
    files: list[Path]
    records: int
    rows: int
    corroborated: int = 0  # extracted donations cited as new sources of ones already known


async def load(
    *,
    paths: Iterable[Path],
    driver: AsyncDriver,
    database: str,
    rates: Rates | None = None,
    write_graph: bool = True,
    progress: write.Progress | None = None,
    one_transaction: bool = True,
) -> LoadReport:
    sources = read_all(paths)
    await iati.link_known(sources=sources, driver=driver, database=database)
    corroborated = corroborate.within_load(sources)
    citations = await corroborate.against_graph(sources=sources, driver=driver,
                                                database=database)
    corroborated += sum(len({c["from"] for c in rows}) for rows in citations.values())
    dataset = merge(sources)
    # Both checks run before either fails, so one pass reports every problem.
    problems: list[Problem] = []
    try:
        labels_of = await resolve(sources=sources, dataset=dataset, driver=driver,
                                  database=database)
    except LoadError as exc:
        problems += exc.problems
    try:
        await check_quotes(sources=sources, dataset=dataset, driver=driver, database=database)
    except LoadError as exc:
        problems += exc.problems
    if problems:
        raise LoadError(problems)
    records = sum(1 for _ in dataset.records())
    rows = 0
    if write_graph:
        rows = await write.write_dataset(
            driver=driver, database=database, dataset=dataset, rates=rates or load_rates(),
            labels_of=labels_of, progress=progress, one_transaction=one_transaction,
            citations=citations,
        )
    return LoadReport(files=[s.path for s in sources], records=records, rows=rows,
                      corroborated=corroborated)
