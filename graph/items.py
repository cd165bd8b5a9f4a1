"""The catalogue of donated things, found by id or by any of their names."""

from neo4j import AsyncDriver, AsyncManagedTransaction, RoutingControl

from graph import cypher
from graph.driver import eager
from graph.errors import NotFound
from partnergraph import names


def _resolved(ref: str, records) -> str:
    catalogue = {r["id"]: [n for n in r["names"] if n] for r in records}
    if ref in catalogue:
        return ref
    ranked = names.best_matches(ref, catalogue, limit=5)
    if ranked and ranked[0][1] >= 90:
        return ranked[0][0]
    labels = {r["id"]: r["name"] for r in records}
    raise NotFound("item", ref, [{"id": i, "name": labels[i], "word": _nearest(ref, catalogue[i])}
                                 for i, _ in ranked])


async def resolve_item(*, driver: AsyncDriver, database: str, ref: str) -> str:
    """The id of the item `ref` names; NotFound otherwise, whose suggestions name each near
    item by the word of it that came nearest ({id, name, word})."""
    records, _, _ = await driver.execute_query(
        cypher.load("queries/items"), database_=database, routing_=RoutingControl.READ,
        result_transformer_=eager,
    )
    return _resolved(ref, records)


async def item_in(tx: AsyncManagedTransaction, *, ref: str) -> str:
    """resolve_item inside a transaction the caller holds (with the read it is for)."""
    return _resolved(ref, [r async for r in await tx.run(cypher.load("queries/items"))])


def _nearest(ref: str, words: list[str]) -> str:
    # The analyst typed a word: the suggestion is the word of the item closest to it.
    best = names.best_matches(ref, {w: [w] for w in words}, limit=1, cutoff=0)
    return best[0][0] if best else words[0]


async def search_items(*, driver: AsyncDriver, database: str, q: str | None,
                       limit: int = 10) -> list[dict]:
    """Items by any of their names, best first ({id, name, score}): the item picker's search."""
    records, _, _ = await driver.execute_query(
        cypher.load("queries/items"), database_=database, routing_=RoutingControl.READ,
        result_transformer_=eager,
    )
    catalogue = {r["id"]: [n for n in r["names"] if n] for r in records}
    labels = {r["id"]: r["name"] for r in records}
    if not q or not q.strip():
        return [{"id": i, "name": labels[i], "score": None} for i in list(catalogue)[:limit]]
    if q in catalogue:
        return [{"id": q, "name": labels[q], "score": 100.0}]
    return [{"id": i, "name": labels[i], "score": round(score, 1)}
            for i, score in names.best_matches(q, catalogue, limit=limit)]
