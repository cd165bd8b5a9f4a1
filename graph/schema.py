"""Applying the constraints and indexes of cypher/schema/, idempotently."""

from neo4j import AsyncDriver

from graph import cypher

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
