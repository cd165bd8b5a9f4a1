"""Applying the constraints and indexes of cypher/schema/, idempotently; and deriving the
keys kept for speed (cypher/README.md) in a graph loaded before they existed."""

from neo4j import AsyncDriver

from graph import cypher
from graph.strength import recount_all

SCHEMA_FILES = ("schema/constraints", "schema/indexes")


async def apply_schema(*, driver: AsyncDriver, database: str) -> int:
    """Create what is missing; returns how many statements ran."""
    count = 0
    for name in SCHEMA_FILES:
        for statement in cypher.statements(name):
            await driver.execute_query(statement, database_=database)
            count += 1
    await driver.execute_query(cypher.load("admin/await_indexes"), database_=database)
    return count


REINDEX_FILES = ("admin/reindex_donations", "admin/reindex_links", "admin/reindex_affiliations")


async def reindex(*, driver: AsyncDriver, database: str) -> None:
    """Derive what the loader now writes with the facts (donation order keys, LINKED and
    its strength, each partner's donations by year) from the facts already in the graph. Idempotent; each file commits in
    batches, so it runs in implicit transactions."""
    async with driver.session(database=database) as session:
        for name in REINDEX_FILES:
            await (await session.run(cypher.load(name))).consume()
    await recount_all(driver=driver, database=database)
