"""Finding partners by any of their names, in any script, with typos forgiven."""

from neo4j import READ_ACCESS, AsyncDriver, AsyncManagedTransaction, RoutingControl

from graph import cypher
from graph.driver import eager, not_retried_when_too_large
from graph.errors import NotFound
from graph.successions import predecessor
from partnergraph import names
from partnergraph.domain.history import Predecessor
from partnergraph.domain.views import PartnerRef

# Lucene's fuzzy matching needs a few letters to be meaningful; shorter tokens are acronyms.
_FUZZY_MIN = 4


class PartnerMatch(PartnerRef):
    score: float


def lucene_query(q: str) -> str | None:
    """The folded search as a full-text query. Folding leaves only [a-z0-9] and spaces, so
    nothing of the user's text can act as Lucene syntax."""
    tokens = names.fold(q).split()
    if not tokens:
        return None
    parts = []
    for token in tokens:
        parts.append(f"{token}~1 {token}*" if len(token) >= _FUZZY_MIN else token)
    joined = "".join(tokens)
    if len(tokens) > 1:
        parts.append(joined)
    return " ".join(parts)


def _ranked(q: str, records, limit: int) -> list[PartnerMatch]:
    by_id = {r["id"]: r for r in records}
    ranked = names.best_matches(q, {r["id"]: r["names"] for r in records}, limit=limit)
    return [
        PartnerMatch(id=pid, name=by_id[pid]["name"], kind=by_id[pid]["kind"],
                     proposal=by_id[pid]["proposal"], score=score)
        for pid, score in ranked
    ]


def _search_params(lucene: str, kind: str | None, country: str | None,
                   limit: int) -> dict:
    return {"lucene": lucene, "kind": kind, "country": country, "limit": max(limit * 5, 50)}


async def search_partners(
    *, driver: AsyncDriver, database: str, q: str, kind: str | None = None,
    country: str | None = None, limit: int = 20,
) -> list[PartnerMatch]:
    lucene = lucene_query(q)
    if lucene is None:
        return []
    records, _, _ = await driver.execute_query(
        cypher.load("queries/partner_search"), _search_params(lucene, kind, country, limit),
        database_=database, routing_=RoutingControl.READ, result_transformer_=eager,
    )
    return _ranked(q, records, limit)


def _not_found(ref: str, matches: list[PartnerMatch]) -> NotFound:
    return NotFound("partner", ref, [m.model_dump(include={"id", "name"}) for m in matches])


async def best_match_in(tx: AsyncManagedTransaction, *, ref: str) -> PartnerRef:
    """The partner whose names come nearest `ref`, if near enough; NotFound otherwise: for
    a caller that has looked `ref` up as an id already."""
    lucene = lucene_query(ref)
    matches: list[PartnerMatch] = []
    if lucene is not None:
        result = await tx.run(cypher.load("queries/partner_search"),
                              _search_params(lucene, None, None, 5))
        matches = _ranked(ref, [r async for r in result], 5)
    if matches and matches[0].score >= 90:
        return PartnerRef(**matches[0].model_dump(exclude={"score"}))
    raise _not_found(ref, matches)


async def resolve_in(tx: AsyncManagedTransaction, *, ref: str) -> PartnerRef:
    """resolve_partner inside a transaction the caller holds (with the read it is for)."""
    row = await (await tx.run(cypher.load("queries/partner_by_id"), id=ref)).single()
    if row is not None:
        return PartnerRef(**row.data())
    return await best_match_in(tx, ref=ref)


async def resolve_with_history(tx: AsyncManagedTransaction, *,
                               ref: str) -> tuple[PartnerRef, list[Predecessor]]:
    """The partner `ref` names (an id, or else the best match for a name; NotFound carries
    suggestions) and the units merged into it, read in the caller's transaction: one
    statement for an id (queries/partner_with_history), a search before it for a name."""
    query = cypher.load("queries/partner_with_history")
    row = await (await tx.run(query, id=ref)).single()
    if row is None:
        found = await best_match_in(tx, ref=ref)
        row = await (await tx.run(query, id=found.id)).single(strict=True)
    past = [predecessor(p) for p in row["predecessors"]]
    return PartnerRef(id=row["id"], name=row["name"], kind=row["kind"],
                      proposal=row["proposal"]), past


async def resolve_partner(*, driver: AsyncDriver, database: str, ref: str) -> PartnerRef:
    """An id, or else the best match for a name; NotFound carries suggestions."""
    async def work(tx: AsyncManagedTransaction) -> PartnerRef:
        with not_retried_when_too_large():
            return await resolve_in(tx, ref=ref)

    async with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        return await session.execute_read(work)


async def list_partners(
    *, driver: AsyncDriver, database: str, kind: str | None, country: str | None,
    skip: int, limit: int, proposal: bool | None = None,
) -> tuple[int, list[PartnerRef]]:
    records, _, _ = await driver.execute_query(
        cypher.load("queries/partners_list"), kind=kind, country=country, skip=skip,
        limit=limit, proposal=proposal, database_=database, routing_=RoutingControl.READ,
        result_transformer_=eager,
    )
    row = records[0]
    return row["total"], [PartnerRef(**p) for p in row["items"]]
