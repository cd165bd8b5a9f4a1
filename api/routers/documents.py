"""Source documents, each with every fact drawn from it."""

from typing import Annotated

from fastapi import APIRouter, Path

from api.deps import Config, Driver
from graph.facts import document_detail
from partnergraph.domain.views import DocumentView

router = APIRouter()


@router.get("/documents/{id}", response_model=DocumentView, tags=["documents"],
            summary="A source document and every fact drawn from it",
            responses={404: {"description": "No document with this id"}})
async def document(id: Annotated[str, Path(max_length=200)], driver: Driver, settings: Config):
    return await document_detail(driver=driver, database=settings.neo4j_database, id=id)
