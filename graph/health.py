"""Is Neo4j there, and which one is it."""

from neo4j import AsyncDriver, RoutingControl
from pydantic import BaseModel

from graph import cypher
from graph.driver import eager


class ServerInfo(BaseModel):
    name: str
    version: str
    edition: str
    address: str


async def server_info(*, driver: AsyncDriver, database: str) -> ServerInfo:
    records, summary, _ = await driver.execute_query(
        cypher.load("queries/server_info"), database_=database, routing_=RoutingControl.READ,
        result_transformer_=eager,
    )
    row = records[0]
    return ServerInfo(
        name=row["name"],
        version=row["version"],
        edition=row["edition"],
        address=str(summary.server.address),
    )
