"""Partners and places the graph already holds, found by identifier or by folded name,
so that an import (IATI) refers to them by their existing ids instead of creating twins."""

from collections.abc import Iterable

from neo4j import AsyncDriver, RoutingControl
from pydantic import BaseModel

from graph import cypher
from graph.driver import eager


class Known(BaseModel):
    id: str
    identifier: str | None = None  # Partner.iati or Place.iso_3166
    kind: str | None = None
    keys: list[str] = []


async def _run(driver: AsyncDriver, database: str, name: str, **params) -> list[Known]:
    records, _, _ = await driver.execute_query(
        cypher.load(name), params, database_=database, routing_=RoutingControl.READ,
            result_transformer_=eager)
    return [Known.model_validate(dict(r)) for r in records]


async def partners(
    *, driver: AsyncDriver, database: str, refs: Iterable[str], keys: Iterable[str]
) -> list[Known]:
    refs, keys = sorted(set(refs)), sorted(set(keys))
    found = await _run(driver, database, "write/known_partners_by_iati", refs=refs) if refs else []
    if keys:
        found += await _run(driver, database, "write/known_partners_by_name", keys=keys)
    return found


async def places(
    *, driver: AsyncDriver, database: str, codes: Iterable[str], keys: Iterable[str]
) -> list[Known]:
    return await _run(driver, database, "write/known_places",
                      codes=sorted(set(codes)), keys=sorted(set(keys)))
