"""Projects and programmes, by partner."""

from fastapi import APIRouter

from api import paging
from api.deps import Config, Driver
from api.params import PartnerParam, partner_id
from api.responses import UNKNOWN_PARTNER
from graph.facts import find_projects
from partnergraph.domain.views import Page, ProjectView

router = APIRouter()


@router.get("/projects", response_model=Page[ProjectView], tags=["projects"],
            summary="Projects and programmes, aggregates included", responses=UNKNOWN_PARTNER)
async def projects(
    driver: Driver, settings: Config, partner: PartnerParam = None,
    limit: int = paging.Limit, cursor: str | None = paging.Cursor,
):
    db = settings.neo4j_database
    offset = paging.decode(cursor)
    total, items = await find_projects(
        driver=driver, database=db, partner=await partner_id(driver, db, partner),
        skip=offset, limit=limit)
    return paging.page(items, total, offset)
