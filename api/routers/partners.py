from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from api import paging
from api.deps import Config, Driver
from api.kinds import partner_kind
from api.params import ListProposals
from api.serialise import ModelResponse
from graph import partners as graph_partners
from graph.partner_detail import partner_detail
from partnergraph.domain import PartnerKind
from partnergraph.domain.views import Page, PartnerDetail, PartnerRef, Proposals

router = APIRouter(prefix="/partners", tags=["partners"])

IdPath = Annotated[str, Path(max_length=200, examples=["guangxi"])]


class PartnerHit(PartnerRef):
    score: float | None = None


@router.get("", response_model=Page[PartnerHit], summary="Find partners by any name, alias or acronym")
async def search(
    driver: Driver,
    settings: Config,
    q: Annotated[str | None, Query(max_length=200, description="Any name, alias or acronym, in any "
                                   "script, with or without diacritics; typos are forgiven.",
                                   examples=["quang tay"])] = None,
    kind: Annotated[PartnerKind | None, Depends(partner_kind)] = None,
    country: Annotated[str | None, Query(max_length=120, description="Place id of a country",
                                         examples=["china"])] = None,
    proposals: ListProposals = Proposals.include,
    limit: paging.Limit = paging.DEFAULT_LIMIT,
    cursor: paging.Cursor = None,
):
    offset = paging.decode(cursor)
    db = settings.neo4j_database
    if q and q.strip():
        hits = await graph_partners.search_partners(
            driver=driver, database=db, q=q, kind=kind, country=country, limit=offset + limit)
        items = [PartnerHit(**h.model_dump()) for h in hits if proposals.admits(h.proposal)]
        return ModelResponse(paging.page(items[offset:], len(items), offset))
    total, refs = await graph_partners.list_partners(
        driver=driver, database=db, kind=kind, country=country, skip=offset, limit=limit,
        proposal=proposals.wanted)
    items = [PartnerHit(**r.model_dump()) for r in refs]
    return ModelResponse(paging.page(items, total, offset))


@router.get("/{id}", response_model=PartnerDetail, summary="One partner, with its sources",
            responses={404: {"description": "No such partner; `suggestions` lists near names"}})
async def detail(id: IdPath, driver: Driver, settings: Config):
    return await partner_detail(driver=driver, database=settings.neo4j_database, id=id)
