"""Projects and programmes, by partner."""

from fastapi import APIRouter

from api import paging
from api.deps import Config, Driver
from api.history import HISTORY, with_history
from api.params import ListProposals, PartnerParam, partner_id
from api.responses import UNKNOWN_PARTNER
from graph.facts import find_projects
from partnergraph.domain.history import HistoryPage
from partnergraph.domain.views import ProjectView, Proposals

router = APIRouter()


@router.get("/projects", response_model=HistoryPage[ProjectView], tags=["projects"],
            summary="Projects and programmes, aggregates included", description=HISTORY.strip(),
            responses=UNKNOWN_PARTNER)
async def projects(
    driver: Driver, settings: Config, partner: PartnerParam = None,
    proposals: ListProposals = Proposals.include,
    limit: paging.Limit = paging.DEFAULT_LIMIT, cursor: paging.Cursor = None,
):
    db = settings.neo4j_database
    offset = paging.decode(cursor)

    async def fetch(unit: str | None, skip: int, count: int):
        return await find_projects(driver=driver, database=db, partner=unit, skip=skip,
                                   limit=count, proposal=proposals.wanted)

    return await with_history(driver, db, await partner_id(driver, db, partner), fetch,
                              offset=offset, limit=limit)
