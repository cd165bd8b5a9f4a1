"""Agreements, by party and by the date they are in force."""

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
from graph.facts import find_agreements
from partnergraph.domain.history import HistoryPage
from partnergraph.domain.views import AgreementView, Proposals

router = APIRouter()


@router.get("/agreements", response_model=HistoryPage[AgreementView], tags=["agreements"],
            summary="Agreements, by party and by the date they are in force",
            description="A partner's offices and parts count as the partner." + HISTORY,
            responses=UNKNOWN_PARTNER)
async def agreements(
    driver: Driver, settings: Config, partner: PartnerParam = None,
    active_on: Annotated[str | None, Query(pattern=DATE_PATTERN, description=DATE_HELP,
                                           examples=["2023-01-01"])] = None,
    proposals: ListProposals = Proposals.include,
    limit: paging.Limit = paging.DEFAULT_LIMIT, cursor: paging.Cursor = None,
):
    db = settings.neo4j_database
    offset = paging.decode(cursor)
    on = parse_bound("active_on", active_on, end=False)

    async def fetch(unit: str | None, skip: int, count: int):
        return await find_agreements(driver=driver, database=db, partner=unit, active_on=on,
                                     skip=skip, limit=count, proposal=proposals.wanted)

    return await with_history(driver, db, await partner_id(driver, db, partner), fetch,
                              offset=offset, limit=limit)
