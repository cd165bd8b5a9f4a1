"""Counts of the graph's contents: `partnergraph stats` and the tests' before/after checks."""

from neo4j import AsyncDriver, RoutingControl
from pydantic import BaseModel

from graph import cypher
from graph.driver import eager
from graph.model import Label


class GraphStats(BaseModel):
    nodes: dict[str, int]
    relationships: dict[str, int]

    @property
    def total_nodes(self) -> int:
        return sum(self.nodes.values())


async def graph_stats(*, driver: AsyncDriver, database: str) -> GraphStats:
    labels, _, _ = await driver.execute_query(
        cypher.load("queries/stats_labels"), database_=database, routing_=RoutingControl.READ,
        result_transformer_=eager,
    )
    rels, _, _ = await driver.execute_query(
        cypher.load("queries/stats_relationships"), database_=database,
        routing_=RoutingControl.READ,
        result_transformer_=eager,
    )
    return GraphStats(
        # The history of loads is not data: `partnergraph history` lists it.
        nodes={r["label"]: r["count"] for r in labels
               if r["count"] and r["label"] not in (Label.Load, Label.ReviewAction,
                                                      Label.ReviewState)},
        relationships={r["type"]: r["count"] for r in rels if r["count"]},
    )


async def wipe(*, driver: AsyncDriver, database: str) -> None:
    """Delete all data; the schema stays."""
    async with driver.session(database=database) as session:
        await session.run(cypher.load("admin/wipe"))
