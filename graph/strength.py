"""The strength kept on LINKED pairs (shared facts, their value, the last year, whether
affiliated; write/recount_links): recounted from the facts for the pairs a write touched.
The transactional loader recounts inside its own write (graph.write); the bulk import and
`schema reindex` recount here, in batches each committed on its own."""

from collections.abc import Iterable

from neo4j import AsyncDriver, RoutingControl

from graph import cypher
from graph.driver import eager
from graph.write import link_pairs

BATCH_SIZE = 1000


async def recount_links(*, driver: AsyncDriver, database: str,
                        pairs: Iterable[tuple[str, str]], batch_size: int = BATCH_SIZE) -> int:
    """Recount the strength of these (smaller id, larger id) pairs; returns how many."""
    rows = link_pairs(pairs)
    query = cypher.load("write/recount_links")
    for start in range(0, len(rows), batch_size):
        await driver.execute_query(query, rows=rows[start:start + batch_size],
                                   database_=database)
    return len(rows)


async def recount_all_links(*, driver: AsyncDriver, database: str) -> int:
    """Recount every LINKED pair of the graph; returns how many."""
    records, _, _ = await driver.execute_query(
        cypher.load("admin/linked_pairs"), database_=database,
        routing_=RoutingControl.READ, result_transformer_=eager)
    return await recount_links(driver=driver, database=database,
                               pairs=[(r["a"], r["b"]) for r in records])
