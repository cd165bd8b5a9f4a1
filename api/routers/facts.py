from typing import Annotated

from fastapi import APIRouter, Path, Query

from api import paging
from api.deps import Config, Driver
from api.history import history_of, page_across
from api.params import DATE_HELP, DATE_PATTERN, parse_bound
from graph.engagements import find_engagements
from graph.facts import document_detail, find_agreements, find_projects
from graph.partners import resolve_partner
from partnergraph.domain.history import HistoryPage
from partnergraph.domain.views import (
    AgreementView,
    DocumentView,
    EngagementView,
    ProjectView,
)

router = APIRouter()

PartnerParam = Annotated[str | None, Query(max_length=200, description="Partner id or any name.",
                                           examples=["World Bank"])]


UNKNOWN_PARTNER = {404: {"description": "Unknown partner; `suggestions` lists near names"}}
HISTORY = (" A partner that absorbed others (Tuyên Quang, into which Hà Giang was merged on "
           "2025-07-01) includes theirs: `includes` names them.")


async def _with_history(driver, db: str, partner_id: str | None, fetch, offset: int,
                        limit: int) -> HistoryPage:
    past = await history_of(driver, db, partner_id)
    return await page_across([partner_id, *(p.id for p in past)], fetch, offset=offset,
                             limit=limit, includes=past)


async def _partner_id(driver, db: str, ref: str | None) -> str | None:
    return (await resolve_partner(driver=driver, database=db, ref=ref)).id if ref else None


@router.get("/agreements", response_model=HistoryPage[AgreementView], tags=["agreements"],
            summary="Agreements, by party and by the date they are in force",
            description="A partner's offices and parts count as the partner." + HISTORY,
            responses=UNKNOWN_PARTNER)
async def agreements(
    driver: Driver, settings: Config, partner: PartnerParam = None,
    active_on: Annotated[str | None, Query(pattern=DATE_PATTERN, description=DATE_HELP,
                                           examples=["2023-01-01"])] = None,
    limit: int = paging.Limit, cursor: str | None = paging.Cursor,
):
    db = settings.neo4j_database
    offset = paging.decode(cursor)
    on = parse_bound("active_on", active_on, end=False)

    async def fetch(unit: str | None, skip: int, count: int):
        return await find_agreements(driver=driver, database=db, partner=unit, active_on=on,
                                     skip=skip, limit=count)

    return await _with_history(driver, db, await _partner_id(driver, db, partner), fetch,
                               offset, limit)


@router.get("/projects", response_model=HistoryPage[ProjectView], tags=["projects"],
            summary="Projects and programmes, aggregates included", description=HISTORY.strip(),
            responses=UNKNOWN_PARTNER)
async def projects(
    driver: Driver, settings: Config, partner: PartnerParam = None,
    limit: int = paging.Limit, cursor: str | None = paging.Cursor,
):
    db = settings.neo4j_database

    async def fetch(unit: str | None, skip: int, count: int):
        return await find_projects(driver=driver, database=db, partner=unit, skip=skip,
                                   limit=count)

    return await _with_history(driver, db, await _partner_id(driver, db, partner), fetch,
                               paging.decode(cursor), limit)


@router.get("/documents/{id}", response_model=DocumentView, tags=["documents"],
            summary="A source document and every fact drawn from it",
            responses={404: {"description": "No document with this id"}})
async def document(id: Annotated[str, Path(max_length=200)], driver: Driver, settings: Config):
    return await document_detail(driver=driver, database=settings.neo4j_database, id=id)


@router.get("/engagements", response_model=HistoryPage[EngagementView], tags=["engagements"],
            summary="Meetings, visits, calls for support, by participant and period",
            description="Periods match `since`/`until` by overlap; an undated engagement "
            "is listed only when neither is given." + HISTORY, responses=UNKNOWN_PARTNER)
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
        return HistoryPage(items=[], total=0)

    async def fetch(unit: str | None, skip: int, count: int):
        return await find_engagements(driver=driver, database=db, partner=unit, since=start,
                                      until=end, skip=skip, limit=count)

    return await _with_history(driver, db, partner_id, fetch, offset, limit)
