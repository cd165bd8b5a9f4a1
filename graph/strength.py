"""The figures kept for speed, recounted from the facts: a partner's donations by year and
direction (write/recount_donations_of), and the strength kept on LINKED pairs (shared facts, their value, the last year, whether
affiliated; write/recount_links): recounted from the facts for the pairs a write touched.
The transactional loader recounts the pairs it touched inside its own write (graph.write);
the bulk import and `schema reindex` recount every partner's links here
(write/recount_links_of: one walk over each partner's facts), in batches each committed on
its own."""

from collections.abc import Iterable

from neo4j import AsyncDriver, RoutingControl

from graph import cypher
from graph.driver import eager


async def recount_links_of(*, driver: AsyncDriver, database: str, ids: Iterable[str],
                           batch_size: int = 100) -> int:
    """Recount every link from these partners to one of larger id; returns how many
    partners. Each partner's facts are walked once, whatever its number of links."""
    ids = sorted(set(ids))
    query = cypher.load("write/recount_links_of")
    for start in range(0, len(ids), batch_size):
        await driver.execute_query(query, ids=ids[start:start + batch_size],
                                   database_=database)
    return len(ids)


async def recount_all_links(*, driver: AsyncDriver, database: str) -> int:
    """Recount every LINKED pair of the graph; returns how many partners it walked."""
    records, _, _ = await driver.execute_query(
        cypher.load("admin/partners_linked"), database_=database,
        routing_=RoutingControl.READ, result_transformer_=eager)
    return await recount_links_of(driver=driver, database=database,
                                  ids=[r["id"] for r in records])


async def recount_donations_of(*, driver: AsyncDriver, database: str, ids: Iterable[str],
                               batch_size: int = 100) -> int:
    """Recount the donations of these partners by year and direction; returns how many."""
    ids = sorted(set(ids))
    query = cypher.load("write/recount_donations_of")
    for start in range(0, len(ids), batch_size):
        await driver.execute_query(query, ids=ids[start:start + batch_size],
                                   database_=database)
    return len(ids)


async def recount_all_donations(*, driver: AsyncDriver, database: str) -> int:
    """Recount every partner's donations by year and direction; returns how many."""
    records, _, _ = await driver.execute_query(
        cypher.load("admin/partner_ids"), database_=database,
        routing_=RoutingControl.READ, result_transformer_=eager)
    return await recount_donations_of(driver=driver, database=database,
                                      ids=[r["id"] for r in records])


async def recount_all(*, driver: AsyncDriver, database: str) -> int:
    """Recount every kept figure of the graph: every partner's donations by year and
    direction, every LINKED pair's strength. Returns how many partners were linked."""
    await recount_all_donations(driver=driver, database=database)
    return await recount_all_links(driver=driver, database=database)
