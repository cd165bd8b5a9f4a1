from typing import Annotated

from fastapi import APIRouter, Path, Query

from api import paging
from api.deps import Config, Driver
from api.params import DATE_HELP, DATE_PATTERN, parse_bound
from graph.engagements import find_engagements
from graph.facts import document_detail, find_agreements, find_projects
from graph.partners import resolve_partner
from partnergraph.domain.views import (
    AgreementView,
    DocumentView,
    EngagementView,
    Page,
    ProjectView,
)

router = APIRouter()

PartnerParam = Annotated[str | None, Query(max_length=200, description="Partner id or any name.",
                                           examples=["World Bank"])]


UNKNOWN_PARTNER = {404: {"description": "Unknown partner; `suggestions` lists near names"}}


async def _partner_id(driver, db: str, ref: str | None) -> str | None:
    return (await resolve_partner(driver=driver, database=db, ref=ref)).id if ref else None


@router.get("/agreements", response_model=Page[AgreementView], tags=["agreements"],
            summary="Agreements, by party and by the date they are in force",
            responses=UNKNOWN_PARTNER)
async def agreements(
    driver: Driver, settings: Config, partner: PartnerParam = None,
    active_on: Annotated[str | None, Query(pattern=DATE_PATTERN, description=DATE_HELP,
                                           examples=["2023-01-01"])] = None,
    limit: int = paging.Limit, cursor: str | None = paging.Cursor,
):
    db = settings.neo4j_database
    offset = paging.decode(cursor)
    total, items = await find_agreements(
        driver=driver, database=db, partner=await _partner_id(driver, db, partner),
        active_on=parse_bound("active_on", active_on, end=False), skip=offset, limit=limit)
    return paging.page(items, total, offset)


@router.get("/projects", response_model=Page[ProjectView], tags=["projects"],
            summary="Projects and programmes, aggregates included", responses=UNKNOWN_PARTNER)
async def projects(
    driver: Driver, settings: Config, partner: PartnerParam = None,
    limit: int = paging.Limit, cursor: str | None = paging.Cursor,
):
    db = settings.neo4j_database
    offset = paging.decode(cursor)
    total, items = await find_projects(
        driver=driver, database=db, partner=await _partner_id(driver, db, partner),
        skip=offset, limit=limit)
    return paging.page(items, total, offset)


@router.get("/documents/{id}", response_model=DocumentView, tags=["documents"],
            summary="A source document and every fact drawn from it",
            responses={404: {"description": "No document with this id"}})
async def document(id: Annotated[str, Path(max_length=200)], driver: Driver, settings: Config):
    return await document_detail(driver=driver, database=settings.neo4j_database, id=id)


@router.get("/engagements", response_model=Page[EngagementView], tags=["engagements"],
            summary="Meetings, visits, calls for support, by participant and period",
            description="Periods match `since`/`until` by overlap; an undated engagement "
            "is listed only when neither is given.", responses=UNKNOWN_PARTNER)
async def engagements(
    driver: Driver, settings: Config, partner: PartnerParam = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description=DATE_HELP)] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description=DATE_HELP)] = None,
    limit: int = paging.Limit, cursor: str | None = paging.Cursor,
):
    db = settings.neo4j_database
    offset = paging.decode(cursor)
    start, end = parse_bound("since", since, end=False), parse_bound("until", until, end=True)
    partner_id = await _partner_id(driver, db, partner)
    if start and end and end < start:  # a period that ends before it starts holds nothing
        return paging.page([], 0, offset)
    total, items = await find_engagements(
        driver=driver, database=db, partner=partner_id, since=start, until=end,
        skip=offset, limit=limit)
    return paging.page(items, total, offset)
