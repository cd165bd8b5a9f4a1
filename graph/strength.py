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
from graph.driver import eager, run_batches


async def recount_links_of(*, driver: AsyncDriver, database: str, ids: Iterable[str],
                           batch_size: int = 100, at_once: int = 1) -> int:
    """Recount every link from these partners to one of larger id; returns how many
    partners. Each partner's facts are walked once, whatever its number of links.
    `at_once`: batches run together (each sets only its own partners' links)."""
    return await _batches(driver, database, "write/recount_links_of", ids, batch_size,
                          at_once)


async def _batches(driver: AsyncDriver, database: str, name: str, ids: Iterable[str],
                   batch_size: int, at_once: int) -> int:
    ids = sorted(set(ids))
    query = cypher.load(name)
    await run_batches(driver=driver, database=database, at_once=at_once,
                      batches=((query, {"ids": ids[start:start + batch_size]})
                               for start in range(0, len(ids), batch_size)))
    return len(ids)


async def recount_all_links(*, driver: AsyncDriver, database: str) -> int:
    """Recount every LINKED pair of the graph; returns how many partners it walked."""
    records, _, _ = await driver.execute_query(
        cypher.load("admin/partners_linked"), database_=database,
        routing_=RoutingControl.READ, result_transformer_=eager)
    return await recount_links_of(driver=driver, database=database,
                                  ids=[r["id"] for r in records])


async def recount_donations_of(*, driver: AsyncDriver, database: str, ids: Iterable[str],
                               batch_size: int = 100, at_once: int = 1) -> int:
    """Recount the donations of these partners by year and direction; returns how many.
    `at_once`: batches run together (each sets only its own partners)."""
    return await _batches(driver, database, "write/recount_donations_of", ids, batch_size,
                          at_once)


async def recount_all_donations(*, driver: AsyncDriver, database: str,
                                at_once: int = 1) -> int:
    """Recount every partner's donations by year and direction; returns how many."""
    records, _, _ = await driver.execute_query(
        cypher.load("admin/partner_ids"), database_=database,
        routing_=RoutingControl.READ, result_transformer_=eager)
    return await recount_donations_of(driver=driver, database=database,
                                      ids=[r["id"] for r in records], at_once=at_once)


async def recount_all(*, driver: AsyncDriver, database: str) -> int:
    """Recount every kept figure of the graph: every partner's donations by year and
    direction, every LINKED pair's strength. Returns how many partners were linked."""
    await recount_all_donations(driver=driver, database=database)
    return await recount_all_links(driver=driver, database=database)
