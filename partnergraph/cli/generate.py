"""`partnergraph generate`: synthetic partnership data at a chosen size, for benchmarks and
for trying the product on a graph the size of real use."""

import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from loaders.synthetic import SIZES, generate as write_dataset
from partnergraph.cli.common import console, fail


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


def register(app: typer.Typer) -> None:
    app.command()(generate)
