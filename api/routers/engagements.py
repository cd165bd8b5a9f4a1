"""Meetings, visits and calls for support, by participant and period."""

from typing import Annotated

from fastapi import APIRouter, Query

from api import paging
from api.deps import Config, Driver
from api.history import HISTORY, with_history
from api.params import (
    DATE_HELP,
    DATE_PATTERN,
    ListProposals,
    PartnerParam,
    parse_bound,
    partner_id,
)
from api.responses import UNKNOWN_PARTNER
from graph.engagements import find_engagements
from partnergraph.domain.history import HistoryPage
from partnergraph.domain.views import EngagementView, Proposals

router = APIRouter()


@router.get("/engagements", response_model=HistoryPage[EngagementView], tags=["engagements"],
            summary="Meetings, visits, calls for support, by participant and period",
            description="Periods match `since`/`until` by overlap; an undated engagement "
            "is listed only when neither is given." + HISTORY, responses=UNKNOWN_PARTNER)
async def engagements(
    driver: Driver, settings: Config, partner: PartnerParam = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description=DATE_HELP)] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description=DATE_HELP)] = None,
    proposals: ListProposals = Proposals.include,
    limit: paging.Limit = paging.DEFAULT_LIMIT, cursor: paging.Cursor = None,
):
    db = settings.neo4j_database
    offset = paging.decode(cursor)
    start, end = parse_bound("since", since, end=False), parse_bound("until", until, end=True)
    found = await partner_id(driver, db, partner)
    if start and end and end < start:  # a period that ends before it starts holds nothing
        return HistoryPage(items=[], total=0)

    async def fetch(unit: str | None, skip: int, count: int):
        return await find_engagements(driver=driver, database=db, partner=unit, since=start,
                                      until=end, skip=skip, limit=count,
                                      proposal=proposals.wanted)

    return await with_history(driver, db, found, fetch, offset=offset, limit=limit)
