"""Data at scale: `partnergraph generate` writes synthetic partnership data at a chosen
size; `partnergraph import` makes a first load of very large data with neo4j-admin."""

import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from cli.common import console, err, fail
from cli.data import Paths
from loaders.errors import LoadError
from loaders.synthetic import SIZES
from loaders.synthetic import generate as write_dataset
from partnergraph.settings import get_settings
from server.localneo4j import LocalNeo4jError


class SizeName(StrEnum):
    seed = "seed"
    small = "small"
    medium = "medium"
    large = "large"


def generate(
    out: Annotated[Path, typer.Option("--out", help="Folder to write (created if needed).")],
    size: Annotated[SizeName, typer.Option(help="seed ≈ the seed data; large = 50k partners, "
                                           "200k agreements and projects, 2M donations.")]
    = SizeName.small,
    seed: Annotated[int, typer.Option(help="Same seed, same files.")] = 1,
) -> None:
    """Write a seeded, deterministic dataset (JSON files and report texts) that
    `partnergraph load` or `partnergraph import` reads."""
    if out.exists() and any(out.iterdir()):
        fail(f"{out} is not empty: choose a new folder, so no old file is mixed in")
    chosen = SIZES[size.value]
    started = time.perf_counter()
    files = write_dataset(out=out, size=chosen, seed=seed)
    console.print(f"wrote {chosen.records} records in {len(files)} file(s) to {out} "
                  f"({time.perf_counter() - started:.1f} s)")


def import_(
    paths: Paths,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Required: the import "
                                            "REPLACES the whole database.")] = False,
    keep_csv: Annotated[Path | None, typer.Option(help="Write the CSV files here and keep "
                                                  "them.")] = None,
    workers: Annotated[int | None, typer.Option(min=1, help="Processes that read and check "
                                                "files at once (default: one per core).")] = None,
) -> None:
    """Replace the managed Neo4j's database with these datasets, through neo4j-admin's
    bulk import: every file is checked as `load` checks it first, and nothing is replaced
    unless all pass. For a first load of very large data; `load` adds to a graph."""
    from loaders.bulkimport import import_dataset

    if not overwrite:
        fail("`import` replaces the whole database (use `load` to add to it): "
             "pass --overwrite if that is what you mean")
    try:
        report = import_dataset(get_settings(), paths=paths, workdir=keep_csv,
                                keep_csv=keep_csv is not None, workers=workers,
                                say=lambda line: err.print(line, highlight=False, markup=False))
    except LoadError as exc:
        err.print(f"[bold red]{len(exc.problems)} problem(s); nothing was imported[/]")
        for problem in exc.problems:
            err.print(f"  {problem}", highlight=False, markup=False)
        raise typer.Exit(1) from None
    except LocalNeo4jError as exc:
        fail(str(exc))
    phases = ", ".join(f"{k} {v:.1f} s" for k, v in report.seconds.items())
    console.print(f"imported {report.records} records: {report.nodes} nodes, "
                  f"{report.relationships} relationships ({phases})")


def register(app: typer.Typer) -> None:
    app.command()(generate)
    app.command("import")(import_)
