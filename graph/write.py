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
from graph.model import Label
from graph.rows import Rows, build_rows
from partnergraph.domain import Dataset
from partnergraph.rates import Rates

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


def _batches(rows: list[dict[str, Any]], size: int):
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def count_rows(rows: Rows) -> int:
    groups = [*rows.nodes.values(), *rows.rels.values(), *rows.citations.values()]
    return sum(len(g) for g in groups)


def _jobs(rows: Rows) -> list[tuple[str, list[dict[str, Any]]]]:
    """(query, rows) in writing order: nodes, then relationships, then citations."""
    jobs: list[tuple[str, list[dict[str, Any]]]] = []
    for label, node_rows in rows.nodes.items():
        jobs.append((cypher.render("write/merge_nodes", label=label), node_rows))
    for (a, rel, b), rel_rows in rows.rels.items():
        query = cypher.render("write/merge_relationships", from_label=a, rel_type=rel, to_label=b)
        jobs.append((query, rel_rows))
    for label, cite_rows in rows.citations.items():
        jobs.append((cypher.render("write/merge_citations", label=label), cite_rows))
    if rows.linked:
        # Last: the strength of a pair is recounted from every fact it now shares, so a
        # reload of the same facts leaves it unchanged.
        jobs.append((cypher.load("write/recount_links"), link_pairs(rows.linked)))
    return jobs


def link_pairs(pairs: Iterable[tuple[str, str]]) -> list[dict[str, str]]:
    """LINKED pairs as write/recount_links takes them."""
    return [{"a": a, "b": b} for a, b in sorted(pairs)]


@unit_of_work(metadata=TX_METADATA)
async def _write_batch(tx: AsyncManagedTransaction, query: str, batch: list) -> None:
    with not_retried_when_too_large():
        await (await tx.run(query, rows=batch)).consume()


@unit_of_work(metadata=TX_METADATA)
async def _write_rows(
    tx: AsyncManagedTransaction, rows: Rows, batch_size: int, progress: Progress | None
) -> None:
    for query, job_rows in _jobs(rows):
        for batch in _batches(job_rows, batch_size):
            await _write_batch(tx, query, batch)
            if progress:
                progress(len(batch))


async def write_rows(
    *,
    driver: AsyncDriver,
    database: str,
    rows: Rows,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
    one_transaction: bool = True,
) -> None:
    """QueryTooLarge when one transaction cannot hold the load (nothing is written then)."""
    async with driver.session(database=database) as session:
        if one_transaction:
            await session.execute_write(_write_rows, rows, batch_size, progress)
            return
        for query, job_rows in _jobs(rows):
            for batch in _batches(job_rows, batch_size):
                await session.execute_write(_write_batch, query, batch)
                if progress:
                    progress(len(batch))


async def write_dataset(
    *,
    driver: AsyncDriver,
    database: str,
    dataset: Dataset,
    rates: Rates,
    labels_of: dict[str, Label],
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
    one_transaction: bool = True,
    citations: dict[Label, list[dict[str, Any]]] | None = None,
) -> int:
    """Write everything; returns how many rows were written. `citations` adds quotes to
    facts the graph already holds (an article corroborating a known donation)."""
    rows = build_rows(dataset, rates, labels_of)
    for label, extra in (citations or {}).items():
        rows.citations[label] += extra
    await write_rows(
        driver=driver, database=database, rows=rows, batch_size=batch_size, progress=progress,
        one_transaction=one_transaction,
    )
    return count_rows(rows)


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
