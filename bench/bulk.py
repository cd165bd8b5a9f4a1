"""Bulk import throughput: check a generated dataset, write the neo4j-admin CSV files,
replace the managed instance's database with them, restore and apply the schema.

    python -m bench.bulk DIR         (DIR from `partnergraph generate --size large`)

It REPLACES the database of the instance the settings name (NEO4J_INSTANCE …): run it on
an instance of its own."""

import sys
import time
from pathlib import Path

from bench.machine import describe, peak_rss_mib, show
from loaders.bulkimport import import_dataset
from partnergraph.settings import Settings


def main(folder: Path) -> None:
    settings = Settings()
    started = time.perf_counter()
    report = import_dataset(settings, paths=[folder])
    wall = time.perf_counter() - started
    tail = [line for line in report.tool_output.splitlines() if line.strip()][-8:]
    show("bulk import", describe(settings), {
        "dataset": str(folder), "records": report.records, "nodes": report.nodes,
        "relationships": report.relationships, "values_restored": report.restored,
        "seconds": {k: round(v, 1) for k, v in report.seconds.items()},
        "records_per_s_end_to_end": round(report.records / wall),
        "nodes_plus_rels_per_s_admin_import": round(
            (report.nodes + report.relationships) / report.seconds["neo4j_admin_import"]),
        "peak_rss_mib_python": peak_rss_mib(),
        "neo4j_admin_says": tail,
    })


if __name__ == "__main__":
    main(Path(sys.argv[1]))
