from typing import Annotated

from fastapi import APIRouter, Path, Query

from api import paging
from api.deps import Config, Driver
from api.params import DATE_HELP, parse_bound
from graph.facts import document_detail, find_agreements, find_projects
from graph.partners import resolve_partner
from partnergraph.domain.views import AgreementView, DocumentView, Page, ProjectView

router = APIRouter()

PartnerParam = Annotated[str | None, Query(max_length=200, description="Partner id or any name.",
                                           examples=["World Bank"])]


async def _partner_id(driver, db: str, ref: str | None) -> str | None:
    return (await resolve_partner(driver=driver, database=db, ref=ref)).id if ref else None


@router.get("/agreements", response_model=Page[AgreementView], tags=["agreements"],
            summary="Agreements, by party and by the date they are in force")
async def agreements(
    driver: Driver, settings: Config, partner: PartnerParam = None,
    active_on: Annotated[str | None, Query(max_length=10, description=DATE_HELP,
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
            summary="Projects and programmes, aggregates included")
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
            summary="A source document and every fact drawn from it")
async def document(id: Annotated[str, Path(max_length=200)], driver: Driver, settings: Config):
    return await document_detail(driver=driver, database=settings.neo4j_database, id=id)
