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
    action: str  # load | unload
    at: datetime
    files: list[str]
    checksums: list[str]
    added: int
    changed: int
    removed: int
    kept: int


def _count(groups: dict[str, list[str]]) -> int:
    return sum(len(ids) for ids in groups.values())


async def record(tx: AsyncManagedTransaction, *, plan: Plan, action: str, files: list[str],
                 checksums: list[str], at: datetime | None = None) -> None:
    at = at or datetime.now(UTC)
    summary = plan.summary()
    props = {
        "id": f"{plan.dataset}@{at.isoformat()}", "dataset": plan.dataset, "action": action,
        "name": f"{action} {plan.dataset} {at:%Y-%m-%d %H:%M}", "at": at,
        "files": files, "checksums": checksums,
        **{k: _count(summary[k]) for k in ("added", "changed", "removed", "kept")},
    }
    await (await tx.run(cypher.load("write/record_load"), props=props)).consume()


async def history(*, driver: AsyncDriver, database: str, dataset: str | None = None,
                  limit: int = 50) -> list[LoadEntry]:
    records, _, _ = await driver.execute_query(
        cypher.load("queries/load_history"), dataset=dataset, limit=limit,
        database_=database, routing_=RoutingControl.READ, result_transformer_=eager)
    return [LoadEntry(**{**r.data(), "at": r["at"].to_native()}) for r in records]


__all__ = ["LoadEntry", "history", "record"]
