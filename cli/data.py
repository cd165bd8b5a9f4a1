"""Commands over the graph's data: schema, load, validate, stats."""

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from cli.common import console, err, fail, with_driver
from graph.errors import QueryTooLarge
from graph.schema import apply_schema, reindex
from graph.stats import graph_stats
from loaders import pipeline
from loaders.errors import LoadError
from cli.datasets import print_plans

schema_app = typer.Typer(help="The graph's constraints and indexes.", no_args_is_help=True)

Paths = Annotated[list[Path], typer.Argument(help="Dataset files (.yaml, .json), CSV folders, "
                                             "or folders holding them.")]


@schema_app.command("apply")
def schema_apply() -> None:
    """Create the constraints and indexes of cypher/schema/ that are missing."""
    count = with_driver(lambda d, s: apply_schema(driver=d, database=s.neo4j_database))
    console.print(f"schema: {count} statements applied (existing ones left as they were)")


@schema_app.command("reindex")
def schema_reindex() -> None:
    """Derive the keys kept for speed (donations' order keys, LINKED partner pairs) from the
    facts already in the graph: once, for a graph loaded by a version before they existed.
    Loads write them themselves; running it again changes nothing."""
    with_driver(lambda d, s: reindex(driver=d, database=s.neo4j_database))
    console.print("reindexed: donation order keys and LINKED pairs are in place")


def _report_problems(exc: LoadError) -> None:
    err.print(f"[bold red]{len(exc.problems)} problem(s); nothing was written[/]")
    for problem in exc.problems:
        err.print(f"  {problem}", highlight=False, markup=False)
    raise typer.Exit(1)


def load(
    paths: Paths,
    commit_each_batch: Annotated[bool, typer.Option(
        "--commit-each-batch",
        help="Commit every batch of 1,000 rows on its own, for loads larger than Neo4j lets "
        "one transaction hold. Every file is still checked before anything is written, but "
        "a failure during the write leaves the batches before it in the graph: run the same "
        "command again to complete it (every write and removal is rerun-safe).")] = False,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Check everything and print what the load would add, change and "
        "remove in each dataset; write nothing.")] = False,
    dataset: Annotated[str | None, typer.Option(
        "--dataset", help="Load every path as one dataset of this name (default: each "
        "folder is a dataset named after it, a file given alone is <folder>/<file>).")] = None,
) -> None:
    """Load datasets into the graph: every file validated first, then one transaction in
    which each dataset comes to hold exactly what its files say now: records removed from
    them are removed from the graph."""

    async def work(driver, settings):
        with Progress(TextColumn("loading"), BarColumn(), MofNCompleteColumn(),
                      console=err, transient=True) as bar:
            task = bar.add_task("rows", total=None)
            return await pipeline.load(
                paths=paths, driver=driver, database=settings.neo4j_database,
                progress=lambda n: bar.advance(task, n), one_transaction=not commit_each_batch,
                dataset=dataset, dry_run=dry_run,
            )

    try:
        report = with_driver(work)
    except LoadError as exc:
        _report_problems(exc)
    except QueryTooLarge as exc:
        fail(f"nothing was written: {exc}. Load it with --commit-each-batch, or give Neo4j "
             "more memory (NEO4J_HEAP, NEO4J_TRANSACTION_MEMORY).")
    print_plans(report.plans, dry_run=dry_run)
    if dry_run:
        console.print(f"dry run: {report.records} records in {len(report.files)} file(s) "
                      "checked; nothing was written")
        return
    console.print(f"loaded {report.records} records ({report.rows} rows) "
                  f"from {len(report.files)} file(s)")
    if report.corroborated:
        console.print(f"{report.corroborated} extracted fact(s) already known: cited as "
                      "another source, not added again")


def validate(paths: Paths) -> None:
    """Run every check a load runs, references against the graph included; write nothing."""
    try:
        report = with_driver(lambda d, s: pipeline.load(
            paths=paths, driver=d, database=s.neo4j_database, write_graph=False))
    except LoadError as exc:
        _report_problems(exc)
    console.print(f"valid: {report.records} records in {len(report.files)} file(s)")


def stats(as_json: Annotated[bool, typer.Option("--json", help="Machine-readable.")] = False) -> None:
    """Node counts by label and relationship counts by type."""
    result = with_driver(lambda d, s: graph_stats(driver=d, database=s.neo4j_database))
    if as_json:
        print(json.dumps(result.model_dump(), indent=2, sort_keys=True))
        return
    for title, counts in (("label", result.nodes), ("relationship", result.relationships)):
        table = Table(title=None)
        table.add_column(title)
        table.add_column("count", justify="right")
        for name, count in sorted(counts.items()):
            table.add_row(name, str(count))
        console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(schema_app, name="schema")
    app.command()(load)
    app.command()(validate)
    app.command()(stats)


__all__ = ["register", "fail"]
