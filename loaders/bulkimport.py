"""A first load of very large data: every file checked as `partnergraph load` checks it
(loaders.stream), the same rows written as `neo4j-admin database import` CSVs
(graph.bulk), the managed Neo4j's database replaced by the import, then the values CSV
cannot carry restored and the schema applied. Nothing is imported unless every file
passed; the import replaces the whole database, so the caller must mean it."""

import asyncio
import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graph import bulk, bulkcsv, history, strength
from graph.driver import open_driver
from graph.schema import apply_schema
from loaders import datasets, stream
from loaders.importprogress import ImportProgress, Say
from server import localneo4j
from partnergraph.rates import Rates, load_rates
from partnergraph.settings import Settings

ADMIN_OPTIONS = (f"--array-delimiter={bulkcsv.ADMIN_ARRAY_DELIMITER}", "--multiline-fields=true",
                 "--max-off-heap-memory=4G")


@dataclass
class ImportReport:
    records: int
    nodes: int
    relationships: int
    restored: int
    seconds: dict[str, float] = field(default_factory=dict)  # phase → wall time
    tool_output: str = ""


def import_dataset(settings: Settings, *, paths: Iterable[Path], workdir: Path | None = None,
                   rates: Rates | None = None, keep_csv: bool = False,
                   say: Say | None = None, workers: int | None = None) -> ImportReport:
    """Check `paths`, write the CSV files (in `workdir`, else a temporary folder under the
    instance) and replace the database with them. Raises LoadError before anything is
    replaced when a file has a problem. `say` hears of the progress (ImportProgress).
    `workers`: processes that read, check and build the rows of files at once (default:
    one per core; 1 for none)."""
    paths = list(paths)
    workers = workers or os.cpu_count() or 1
    progress = ImportProgress(paths, say or (lambda _: None))
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    root = localneo4j.paths(settings).root / "import"
    root.mkdir(parents=True, exist_ok=True)
    folder = workdir or Path(tempfile.mkdtemp(prefix="bulk-", dir=root))
    try:
        rates = rates or load_rates()
        with stream.gc_paused():  # here, and in each worker (loaders.stream)
            chunks = stream.stream(paths, workers=workers, rates=rates, out=folder)
            files = bulk.write_csvs(chunks=chunks, out=folder, rates=rates,
                                    progress=progress.checked)
        progress.phase(f"{files.records:,} records checked; neo4j-admin import")
        seconds["check_and_write_csv"] = time.perf_counter() - started
        mark = time.perf_counter()
        output = localneo4j.import_full(settings, nodes=files.nodes,
                                        relationships=files.relationships,
                                        options=ADMIN_OPTIONS)
        seconds["neo4j_admin_import"] = time.perf_counter() - mark
    finally:
        if not keep_csv and workdir is None:
            shutil.rmtree(folder, ignore_errors=True)
    progress.phase("schema, restored values and link strength")
    restored = asyncio.run(_after_import(settings, files, seconds, workers))
    seconds["total"] = time.perf_counter() - started
    return ImportReport(records=files.records, nodes=files.node_count,
                        relationships=files.relationship_count, restored=restored,
                        seconds=seconds, tool_output=output)


async def _after_import(settings: Settings, files: bulk.ImportFiles,
                        seconds: dict[str, float], at_once: int) -> int:
    """Schema, restored values and kept figures; the batches of each step run `at_once`
    at a time (the managed server is on this machine, with its cores now free)."""
    driver = open_driver(settings)
    try:
        mark = time.perf_counter()  # first: the restore finds nodes by the id constraints
        await apply_schema(driver=driver, database=settings.neo4j_database)
        seconds["schema"] = time.perf_counter() - mark
        mark = time.perf_counter()
        restored = await bulk.restore(driver=driver, database=settings.neo4j_database,
                                      files=files, at_once=at_once)
        seconds["restore"] = time.perf_counter() - mark
        mark = time.perf_counter()
        await strength.recount_links_of(driver=driver, database=settings.neo4j_database,
                                        ids={a for a, _ in files.linked}, at_once=at_once)
        seconds["link_strength"] = time.perf_counter() - mark
        mark = time.perf_counter()
        await strength.recount_all_donations(driver=driver, database=settings.neo4j_database,
                                             at_once=at_once)
        seconds["donation_counts"] = time.perf_counter() - mark
        for name, records in files.owned.items():
            found = [f for path in files.sources[name] for f in datasets.files_of(path)]
            await history.record_import(
                driver=driver, database=settings.neo4j_database, dataset=name,
                files=[str(f) for f in found], checksums=[datasets.sha256(f) for f in found],
                added=records)
        return restored
    finally:
        await driver.close()
