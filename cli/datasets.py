"""What a load changes, said before and after: the summary every load and `load --dry-run`
print, `partnergraph unload`, and `partnergraph history`."""

from typing import Annotated

import typer
from rich.table import Table

from cli.common import console, fail, with_driver
from graph.history import history as load_history
from graph.plan import Plan
from loaders import pipeline

SHOWN = 20  # ids listed per label and kind of change; the counts are always whole


def _ids(groups: dict[str, list[str]]) -> str:
    parts = []
    for label, ids in groups.items():
        more = f" … and {len(ids) - SHOWN} more" if len(ids) > SHOWN else ""
        parts.append(f"{label}: {', '.join(ids[:SHOWN])}{more}")
    return "; ".join(parts)


def print_plans(plans: list[Plan], *, dry_run: bool) -> None:
    """Per dataset: how many records are added, changed and removed, and which."""
    verbs = ("would add", "would change", "would remove") if dry_run else \
        ("added", "changed", "removed")
    for plan in plans:
        summary = plan.summary()
        counts = {k: sum(len(v) for v in summary[k].values())
                  for k in ("added", "changed", "removed", "kept")}
        head = ", ".join(f"{n} {verb}" for n, verb in
                         zip((counts["added"], counts["changed"], counts["removed"]), verbs,
                             strict=True))
        console.print(f"dataset {plan.dataset}: {head}", highlight=False)
        for key, verb in zip(("added", "changed", "removed"), verbs, strict=True):
            if summary[key]:
                console.print(f"  {verb}: {_ids(summary[key])}", highlight=False, markup=False)
        if summary["kept"]:
            console.print(f"  kept, as another dataset still refers to them (they go when "
                          f"nothing does): {_ids(summary['kept'])}", highlight=False,
                          markup=False)


def unload(
    dataset: Annotated[str, typer.Argument(help="The dataset's name, as `partnergraph "
                                           "history` lists it (e.g. seed).")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Say what would be removed; "
                                          "write nothing.")] = False,
) -> None:
    """Remove one dataset: every record and relationship it declares, in one transaction.
    Records another dataset still refers to stay until nothing does."""

    async def work(driver, settings):
        known = await load_history(driver=driver, database=settings.neo4j_database,
                                   dataset=dataset, limit=1)
        report = await pipeline.unload(driver=driver, database=settings.neo4j_database,
                                       dataset=dataset, dry_run=dry_run)
        return known, report

    known, report = with_driver(work)
    if not known and report.plans[0].unchanged:
        fail(f"no dataset {dataset!r} in the graph (`partnergraph history` lists them)")
    print_plans(report.plans, dry_run=dry_run)


def history(
    dataset: Annotated[str | None, typer.Option(help="Only this dataset.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="How many, newest first.")] = 50,
) -> None:
    """The loads and unloads the graph has seen, newest first (also in Neo4j Browser:
    cypher/queries/load_history.cypher)."""
    entries = with_driver(lambda d, s: load_history(driver=d, database=s.neo4j_database,
                                                    dataset=dataset, limit=limit))
    table = Table()
    for column in ("when (UTC)", "dataset", "action", "added", "changed", "removed", "kept",
                   "files"):
        table.add_column(column)
    for e in entries:
        table.add_row(f"{e.at:%Y-%m-%d %H:%M:%S}", e.dataset, e.action, str(e.added),
                      str(e.changed), str(e.removed), str(e.kept), str(len(e.files)))
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(unload)
    app.command()(history)
