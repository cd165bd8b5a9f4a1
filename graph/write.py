"""Writing a validated dataset: nodes before relationships, batched `UNWIND $rows MERGE`
on stable ids, all in one transaction so a file lands whole or not at all — or, for loads
larger than Neo4j lets one transaction hold, each batch committed on its own: a failure
then leaves the batches before it written, and running the same load again completes it,
as every write is an idempotent MERGE."""

from collections.abc import Callable, Iterable
from typing import Any

from neo4j import AsyncDriver, AsyncManagedTransaction, RoutingControl, unit_of_work

from graph import cypher
from graph.driver import eager, not_retried_when_too_large
from graph.model import Label, Rel
from graph.rows import Rows

BATCH_SIZE = 1000
# Marks the loader's transactions, so `SHOW TRANSACTIONS` tells an operator (and the crash
# tests) that a load is writing, between its statements as well as during them.
TX_METADATA = {"partnergraph": "load"}

Progress = Callable[[int], None]


async def existing_ids(
    *, driver: AsyncDriver, database: str, label: Label, ids: Iterable[str]
) -> set[str]:
    records, _, _ = await driver.execute_query(
        cypher.render("write/existing_ids", label=label),
        ids=sorted(set(ids)),
        database_=database,
        routing_=RoutingControl.READ, result_transformer_=eager,
    )
    return {r["id"] for r in records}


async def document_texts(
    *, driver: AsyncDriver, database: str, ids: Iterable[str]
) -> dict[str, str | None]:
    records, _, _ = await driver.execute_query(
        cypher.load("write/document_texts"), ids=sorted(set(ids)),
        database_=database, routing_=RoutingControl.READ, result_transformer_=eager,
    )
    return {r["id"]: r["text"] for r in records}


def batches(rows: list[dict[str, Any]], size: int):
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def count_rows(rows: Rows) -> int:
    groups = [*rows.nodes.values(), *rows.rels.values(), *rows.citations.values()]
    return sum(len(g) for g in groups)


def jobs(parts: list[tuple[str, Rows]]) -> list[tuple[str, list[dict[str, Any]], str]]:
    """(query, rows, dataset) in writing order: the nodes of every dataset, then the
    relationships, then the citations, so a reference between two datasets of one load
    finds its node. LINKED is left out: it is derived from the graph after the write
    (graph/reload.py), not owned by a dataset."""
    nodes, rels, cites = [], [], []
    for dataset, rows in parts:
        for label, node_rows in rows.nodes.items():
            nodes.append((cypher.render("write/merge_nodes", label=label), node_rows, dataset))
        for (a, rel, b), rel_rows in rows.rels.items():
            if rel is Rel.LINKED:
                continue
            query = cypher.render("write/merge_relationships", from_label=a, rel_type=rel,
                                  to_label=b)
            rels.append((query, rel_rows, dataset))
        for label, cite_rows in rows.citations.items():
            cites.append((cypher.render("write/merge_citations", label=label), cite_rows,
                          dataset))
    return [*nodes, *rels, *cites]


def link_pairs(pairs: Iterable[tuple[str, str]]) -> list[dict[str, str]]:
    """LINKED pairs as write/recount_links takes them."""
    return [{"a": a, "b": b} for a, b in sorted(pairs)]


@unit_of_work(metadata=TX_METADATA)
async def write_batch(tx: AsyncManagedTransaction, query: str, batch: list,
                      dataset: str) -> None:
    with not_retried_when_too_large():
        await (await tx.run(query, rows=batch, dataset=dataset)).consume()


async def write_jobs(tx: AsyncManagedTransaction, parts: list[tuple[str, Rows]],
                     batch_size: int, progress: Progress | None) -> None:
    for query, job_rows, dataset in jobs(parts):
        for batch in batches(job_rows, batch_size):
            await write_batch(tx, query, batch, dataset)
            if progress:
                progress(len(batch))


async def write_rows(
    *,
    driver: AsyncDriver,
    database: str,
    rows: Rows,
    dataset: str,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
    one_transaction: bool = True,
) -> None:
    """Write one dataset's rows, nothing removed (graph/reload.py removes what a dataset
    no longer declares). QueryTooLarge when one transaction cannot hold the load (nothing
    is written then)."""
    parts = [(dataset, rows)]
    async with driver.session(database=database) as session:
        if one_transaction:
            await session.execute_write(
                unit_of_work(metadata=TX_METADATA)(write_jobs), parts, batch_size, progress)
            return
        for query, job_rows, name in jobs(parts):
            for batch in batches(job_rows, batch_size):
                await session.execute_write(write_batch, query, batch, name)
                if progress:
                    progress(len(batch))


async def donation_twins(
    *, driver: AsyncDriver, database: str, rows: list[dict[str, Any]], days: int
) -> list[dict[str, Any]]:
    """Donations in the graph with the same donors and recipients as each row, in its
    period widened by `days` (cypher/write/donation_twins)."""
    if not rows:
        return []
    records, _, _ = await driver.execute_query(
        cypher.load("write/donation_twins"), rows=rows, days=days,
        database_=database, routing_=RoutingControl.READ, result_transformer_=eager,
    )
    return [dict(r) for r in records]


# The facts other than donations an article may report again, and the query that finds
# their twins (cypher/write/*_twins.cypher).
_TWINS = {Label.Agreement: "write/agreement_twins", Label.Project: "write/project_twins",
          Label.Engagement: "write/engagement_twins"}


async def fact_twins(
    *, driver: AsyncDriver, database: str, label: Label, rows: list[dict[str, Any]], days: int
) -> list[dict[str, Any]]:
    """Agreements, projects or engagements in the graph with the same partners (parties,
    funders, participants) as each row, dated within `days` of it."""
    if not rows:
        return []
    records, _, _ = await driver.execute_query(
        cypher.load(_TWINS[label]), rows=rows, days=days,
        database_=database, routing_=RoutingControl.READ, result_transformer_=eager,
    )
    return [dict(r) for r in records]
