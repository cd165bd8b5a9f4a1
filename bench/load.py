"""Transactional load throughput (records/s) on one server, data and schema:

  project   — the loader's write phase (graph.write.write_rows: one transaction,
              batches of graph.write.BATCH_SIZE)
  baseline  — hand-written `UNWIND $rows MERGE` (cypher/bench/baseline_*), each batch
              committed on its own, best batch size of a sweep
  single    — one MERGE per row (cypher/bench/single_*) for a sample of donations,
              extrapolated per row to the whole data, two ways: all in one transaction,
              and each in a transaction of its own (what a naive loader does)

Each contender runs --repeat times on a fresh database and its best run counts, as the
baseline's best batch size does: on a shared machine the slowest runs measure the others.

    python -m bench.load DIR [--donation-files N] [--sweep 1000,5000,10000] [--repeat 3]
                             [--profile]

DIR comes from `partnergraph generate`; its engagements file is left out (it points at
donations of every file) and only the first N donation files are used. The database of
the instance the settings name is WIPED: run it on an instance of its own."""

import argparse
import asyncio
import cProfile
import io
import pstats
import time
from pathlib import Path
from typing import Any

from neo4j import AsyncDriver

from bench.machine import describe, peak_rss_mib, show
from graph import cypher, write
from graph.driver import open_driver
from graph.model import Label, Rel
from graph.rows import Rows, build_rows
from graph.schema import apply_schema
from graph.stats import graph_stats, wipe
from loaders import pipeline, stream
from partnergraph.rates import load_rates
from partnergraph.settings import Settings

SAMPLE_DONATIONS = 300


def choose(folder: Path, donation_files: int) -> list[Path]:
    files = sorted(p for p in folder.glob("*.json") if "engagements" not in p.name)
    donations = [p for p in files if "donations" in p.name][:donation_files]
    return [p for p in files if "donations" not in p.name] + donations


async def fresh(driver: AsyncDriver, db: str) -> None:
    await wipe(driver=driver, database=db)
    await apply_schema(driver=driver, database=db)


def jobs(rows: Rows, folder: str) -> list[tuple[str, list[dict[str, Any]]]]:
    out = [(cypher.render(f"{folder}/baseline_merge_nodes", label=label), r)
           for label, r in rows.nodes.items()]
    out += [(cypher.render(f"{folder}/baseline_merge_relationships", from_label=a, rel_type=t,
                           to_label=b), r) for (a, t, b), r in rows.rels.items()]
    out += [(cypher.render(f"{folder}/baseline_merge_citations", label=label), r)
            for label, r in rows.citations.items()]
    return out


async def baseline(driver: AsyncDriver, db: str, rows: Rows, size: int) -> float:
    started = time.perf_counter()
    for query, job_rows in jobs(rows, "bench"):
        for start in range(0, len(job_rows), size):
            await driver.execute_query(query, rows=job_rows[start:start + size], database_=db)
    return time.perf_counter() - started


def split_sample(rows: Rows, ids: set[str]) -> tuple[Rows, Rows]:
    """(everything but the sampled donations, the sampled donations' own rows)."""
    rest, sample = Rows(), Rows()
    for label, r in rows.nodes.items():
        for row in r:
            (sample if row["id"] in ids else rest).nodes[label].append(row)
    for key, r in rows.rels.items():
        for row in r:
            mine = row["from"] in ids or row["to"] in ids
            (sample if mine else rest).rels[key].append(row)
    for label, r in rows.citations.items():
        for row in r:
            (sample if row["from"] in ids else rest).citations[label].append(row)
    return rest, sample


async def single(driver: AsyncDriver, db: str, sample: Rows,
                 each_committed: bool = False) -> tuple[float, int]:
    """Seconds per row, one MERGE statement per row, all in one transaction or each in
    its own (auto-commit, as `session.run` per record does)."""
    statements = []
    for label, r in sample.nodes.items():
        q = cypher.render("bench/single_merge_node", label=label)
        statements += [(q, {"id": row["id"], "props": row["props"]}) for row in r]
    for (a, t, b), r in sample.rels.items():
        q = cypher.render("bench/single_merge_relationship", from_label=a, rel_type=t, to_label=b)
        statements += [(q, {"from": row["from"], "to": row["to"], "props": row["props"]})
                       for row in r]
    for label, r in sample.citations.items():
        q = cypher.render("bench/single_merge_relationship", from_label=label,
                          rel_type=Rel.CITED_IN, to_label=Label.Document)
        statements += [(q, {"from": row["from"], "to": row["to"],
                            "props": {**row["props"], "quote": row["quote"]}}) for row in r]

    async def work(tx):
        for query, params in statements:
            await (await tx.run(query, **params)).consume()

    started = time.perf_counter()
    async with driver.session(database=db) as session:
        if each_committed:
            for query, params in statements:
                await (await session.run(query, **params)).consume()
        else:
            await session.execute_write(work)
    return (time.perf_counter() - started) / len(statements), len(statements)


async def timed_write(driver: AsyncDriver, db: str, rows: Rows, one_transaction: bool,
                      repeat: int) -> tuple[float, float]:
    """Best wall time and its client CPU time of the loader's write over `repeat` runs."""
    runs = []
    for _ in range(repeat):
        await fresh(driver, db)
        mark, cpu = time.perf_counter(), time.process_time()
        await write.write_rows(driver=driver, database=db, rows=rows, dataset="bench",
                               one_transaction=one_transaction)
        runs.append((time.perf_counter() - mark, time.process_time() - cpu))
    return min(runs)


async def main(args: argparse.Namespace) -> None:
    settings = Settings()
    machine = describe(settings)
    db = settings.neo4j_database
    paths = choose(args.folder, args.donation_files)
    started = time.perf_counter()
    dataset = pipeline.merge([stream.read(p) for p in paths])
    rows = build_rows(dataset, load_rates(), {})
    prepare = time.perf_counter() - started
    records, total_rows = sum(1 for _ in dataset.records()), write.count_rows(rows)
    driver = open_driver(settings)
    figures: dict[str, Any] = {"files": [p.name for p in paths], "records": records,
                               "rows": total_rows, "read_and_build_rows_s": round(prepare, 1)}
    try:
        await fresh(driver, db)  # a warm-up, so no contender pays for a cold server
        await baseline(driver, db, rows, args.sweep[0])
        project, cpu = await timed_write(driver, db, rows, True, args.repeat)
        stats = await graph_stats(driver=driver, database=db)
        figures["project"] = {"seconds": round(project, 1), "records_per_s": round(records / project),
                              "client_cpu_s": round(cpu, 2), "nodes": stats.total_nodes,
                              "relationships": sum(stats.relationships.values())}
        batched, _ = await timed_write(driver, db, rows, False, args.repeat)
        figures["project_commit_each_batch"] = {"seconds": round(batched, 1),
                                                "records_per_s": round(records / batched)}
        sweep = {}
        for size in args.sweep:
            times = []
            for _ in range(args.repeat):
                await fresh(driver, db)
                times.append(await baseline(driver, db, rows, size))
            sweep[size] = min(times)
        best = min(sweep, key=sweep.get)
        figures["baseline_sweep_records_per_s"] = {s: round(records / t) for s, t in sweep.items()}
        figures["baseline_best"] = {"batch": best, "seconds": round(sweep[best], 1),
                                    "records_per_s": round(records / sweep[best])}
        ids = {d.id for d in dataset.donations[:SAMPLE_DONATIONS]}
        rest, sample = split_sample(rows, ids)
        singles = {}
        for each_committed in (False, True):
            await fresh(driver, db)
            await baseline(driver, db, rest, best)  # the rest is there, as for a real record
            per_row, sampled = await single(driver, db, sample, each_committed)
            rate = records / (per_row * total_rows)
            key = "each_committed" if each_committed else "one_transaction"
            singles[key] = rate
            figures[f"single_merge_{key}"] = {
                "sampled_rows": sampled, "ms_per_row": round(per_row * 1e3, 3),
                "records_per_s_extrapolated": round(rate)}
        figures["ratios"] = {
            "project_vs_baseline": round(sweep[best] / project, 2),
            "project_commit_each_batch_vs_baseline": round(sweep[best] / batched, 2),
            "project_vs_single_merge_one_transaction":
                round((records / project) / singles["one_transaction"], 1),
            "project_vs_single_merge_each_committed":
                round((records / project) / singles["each_committed"], 1)}
        figures["peak_rss_mib_loader"] = peak_rss_mib()
        if args.profile:  # last, as the profiler slows the client down
            await fresh(driver, db)
            profiler = cProfile.Profile()
            profiler.enable()
            await write.write_rows(driver=driver, database=db, rows=rows, dataset="bench")
            profiler.disable()
            text = io.StringIO()
            pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(12)
            figures["profile_by_own_time"] = [line for line in text.getvalue().splitlines()
                                              if line.strip()][3:20]
    finally:
        await driver.close()
    show("transactional load", machine, figures)


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.load")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--donation-files", type=int, default=1)
    parser.add_argument("--sweep", default="1000,5000,10000,20000",
                        type=lambda s: [int(x) for x in s.split(",")])
    parser.add_argument("--repeat", type=int, default=3, help="Runs per contender; best counts.")
    parser.add_argument("--profile", action="store_true")
    return parser.parse_args()


if __name__ == "__main__":
    asyncio.run(main(parse()))
