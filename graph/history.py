"""The history of loads: one (:Load) node per dataset each load or unload wrote, made in
the load's own transaction (so a load that failed left none), read by
`partnergraph history` and by anyone in Neo4j Browser (queries/load_history)."""

from datetime import UTC, datetime

from neo4j import AsyncDriver, AsyncManagedTransaction, RoutingControl
from pydantic import BaseModel

from graph import cypher
from graph.driver import eager
from graph.plan import Plan


class LoadEntry(BaseModel):
    dataset: str
    action: str  # load | unload | import | unfinished
    at: datetime
    files: list[str]
    checksums: list[str]
    added: int
    changed: int
    removed: int
    kept: int


def _count(groups: dict[str, list[str]]) -> int:
    return sum(len(ids) for ids in groups.values())


def _props(*, dataset: str, action: str, at: datetime, files: list[str],
           checksums: list[str], counts: dict[str, int]) -> dict:
    return {"id": f"{dataset}@{at.isoformat()}", "dataset": dataset, "action": action,
            "name": f"{action} {dataset} {at:%Y-%m-%d %H:%M}", "at": at, "files": files,
            "checksums": checksums, **counts}


async def record(tx: AsyncManagedTransaction, *, plan: Plan, action: str, files: list[str],
                 checksums: list[str], at: datetime | None = None) -> None:
    summary = plan.summary()
    props = _props(dataset=plan.dataset, action=action, at=at or datetime.now(UTC),
                   files=files, checksums=checksums,
                   counts={k: _count(summary[k]) for k in ("added", "changed", "removed",
                                                           "kept")})
    await (await tx.run(cypher.load("write/record_load"), props=props)).consume()


async def record_import(*, driver: AsyncDriver, database: str, dataset: str,
                        files: list[str], checksums: list[str], added: int) -> None:
    """The history entry of a dataset the bulk import wrote: every record of it added."""
    props = _props(dataset=dataset, action="import", at=datetime.now(UTC), files=files,
                   checksums=checksums,
                   counts={"added": added, "changed": 0, "removed": 0, "kept": 0})
    await driver.execute_query(cypher.load("write/record_load"), props=props,
                               database_=database)


async def history(*, driver: AsyncDriver, database: str, dataset: str | None = None,
                  limit: int = 50) -> list[LoadEntry]:
    records, _, _ = await driver.execute_query(
        cypher.load("queries/load_history"), dataset=dataset, limit=limit,
        database_=database, routing_=RoutingControl.READ, result_transformer_=eager)
    return [LoadEntry(**{**r.data(), "at": r["at"].to_native()}) for r in records]


__all__ = ["LoadEntry", "history", "record"]
