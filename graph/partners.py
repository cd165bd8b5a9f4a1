"""Finding partners by any of their names, in any script, with typos forgiven."""

from neo4j import AsyncDriver, RoutingControl

from graph import cypher
from graph.driver import eager
from graph.errors import NotFound
from partnergraph import names
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


async def search_partners(
    *, driver: AsyncDriver, database: str, q: str, kind: str | None = None,
    country: str | None = None, limit: int = 20,
) -> list[PartnerMatch]:
    lucene = lucene_query(q)
    if lucene is None:
        return []
    records, _, _ = await driver.execute_query(
        cypher.load("queries/partner_search"),
        lucene=lucene, kind=kind, country=country, limit=max(limit * 5, 50),
        database_=database, routing_=RoutingControl.READ, result_transformer_=eager,
    )
    by_id = {r["id"]: r for r in records}
    ranked = names.best_matches(q, {r["id"]: r["names"] for r in records}, limit=limit)
    return [
        PartnerMatch(id=pid, name=by_id[pid]["name"], kind=by_id[pid]["kind"],
                     proposal=by_id[pid]["proposal"], score=score)
        for pid, score in ranked
    ]


async def resolve_partner(*, driver: AsyncDriver, database: str, ref: str) -> PartnerRef:
    """An id, or else the best match for a name; NotFound carries suggestions."""
    records, _, _ = await driver.execute_query(
        cypher.load("queries/partner_by_id"), id=ref, database_=database,
        routing_=RoutingControl.READ, result_transformer_=eager,
    )
    if records:
        return PartnerRef(**records[0].data())
    matches = await search_partners(driver=driver, database=database, q=ref, limit=5)
    if matches and matches[0].score >= 90:
        return PartnerRef(**matches[0].model_dump(exclude={"score"}))
    raise NotFound("partner", ref, [m.model_dump(include={"id", "name"}) for m in matches])


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
