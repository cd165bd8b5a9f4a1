"""The names the graph knows, for the article extractor to resolve mentions against."""

from typing import Any

from neo4j import AsyncDriver, RoutingControl

from graph import cypher
from graph.driver import eager


async def gazetteer_rows(*, driver: AsyncDriver, database: str) -> list[dict[str, Any]]:
    records, _, _ = await driver.execute_query(
        cypher.load("queries/gazetteer"), database_=database, routing_=RoutingControl.READ,
        result_transformer_=eager,
    )
    return [r.data() for r in records]
