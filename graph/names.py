"""Both names of what an answer mentions: the Vietnamese and the English one."""

from neo4j import AsyncDriver, RoutingControl
from pydantic import BaseModel

from graph import cypher
from graph.driver import eager


class Names(BaseModel):
    """A node's name as answers carry it (`name`), and its name in each language."""

    name: str | None
    name_vi: str | None
    name_en: str | None


async def names_by_id(*, driver: AsyncDriver, database: str,
                      ids: list[str]) -> dict[str, list[Names]]:
    """id → the names of every partner, place, item or fact with that id (a place and a
    partner may share one)."""
    if not ids:
        return {}
    records, _, _ = await driver.execute_query(
        cypher.load("queries/names_by_id"), ids=ids, database_=database,
        routing_=RoutingControl.READ, result_transformer_=eager,
    )
    found: dict[str, list[Names]] = {}
    for r in records:
        found.setdefault(r["id"], []).append(
            Names(name=r["name"], name_vi=r["name_vi"], name_en=r["name_en"]))
    return found
