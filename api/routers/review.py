"""Review: the proposals the extractor made, by document, and the actions an analyst takes
on them (graph/review/). Reads are open like every read; every action needs the API key
even on loopback, and names its reviewer in X-Reviewer."""

import secrets
from urllib.parse import unquote
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query
from pydantic import BaseModel, Field

from api.deps import Config, Driver
from api.security import API_KEY_HEADER, api_key_header
from graph.review import actions, merge as merging, read, undo as undoing
from graph.review.folder import Folder
from partnergraph.domain.review import (
    Action, ActionAnswer, DocumentReview, Listing, Proposal, ReviewDocument)
from partnergraph.settings import Settings

router = APIRouter(prefix="/review", tags=["review"])

IdPath = Annotated[str, Path(max_length=200)]
REVIEWER_HEADER = "X-Reviewer"


async def reviewer(
    settings: Config,
    key: Annotated[str | None, Depends(api_key_header)] = None,
    who: Annotated[str | None, Header(alias=REVIEWER_HEADER, max_length=200,
                                      description="Who acts: 1-100 characters, percent-encoded UTF-8 "
                                                  "(a plain ASCII name works as is).")] = None,
) -> str:
    """The reviewer's name, once the key is checked: every review action changes data."""
    expected = settings.api_key.get_secret_value() if settings.api_key else ""
    if not expected:
        raise HTTPException(403, detail="review needs API_KEY to be set on the server")
    if not key or not secrets.compare_digest(key.encode(), expected.encode()):
        raise HTTPException(401, detail=f"review actions need the API key in the "
                            f"{API_KEY_HEADER} header", headers={"WWW-Authenticate": API_KEY_HEADER})
    if who and "%" in who:
        # Browsers refuse non-Latin-1 header values, so the page percent-encodes names.
        try:
            who = unquote(who, errors="strict")
        except UnicodeDecodeError:
            raise HTTPException(422, detail=f"the {REVIEWER_HEADER} header is not "
                                "percent-encoded UTF-8") from None
    if not who or not who.strip() or len(who.strip()) > 100:
        raise HTTPException(422, detail=f"review actions name their reviewer in the "
                            f"{REVIEWER_HEADER} header (1-100 characters)")
    return who.strip()


Reviewer = Annotated[str, Depends(reviewer)]
ACTION_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "The body is not JSON"},
    401: {"description": "No or a wrong X-API-Key"},
    403: {"description": "The server has no API_KEY: review actions are refused"},
    404: {"description": "No such proposal, partner or action"},
    409: {"description": "Someone acted first: `detail` says who and when, `current` is "
          "the proposal as it stands"},
    422: {"description": "The record (or reason, or reviewer) does not hold: `errors` names "
          "each field and why; nothing was written"},
}


def _folder(settings: Settings) -> Folder:
    return Folder(settings.curated_dir)


class AcceptBody(BaseModel):
    version: int = Field(ge=0, description="The proposal's version as last read.")
    record: dict[str, Any] | None = Field(
        default=None, description="The record as edited, in the dataset format; absent: "
        "accepted as proposed.")


class RejectBody(BaseModel):
    version: int = Field(ge=0)
    reason: str = Field(min_length=1, max_length=2000)


class MergeBody(BaseModel):
    into: str = Field(min_length=1, max_length=200, description="The partner it merges into.")


@router.get("/documents", response_model=Listing[ReviewDocument],
            summary="Documents with proposals nobody has reviewed, most first")
async def documents(driver: Driver, settings: Config):
    return await read.queue(driver=driver, database=settings.neo4j_database)


@router.get("/documents/{id}", response_model=DocumentReview,
            summary="A document's text and its open proposals",
            responses={404: {"description": "No such document"}})
async def document(id: IdPath, driver: Driver, settings: Config):
    return await read.document(driver=driver, database=settings.neo4j_database, id=id)


@router.get("/proposals", response_model=Listing[Proposal], summary="Proposals")
async def proposals(
    driver: Driver, settings: Config,
    document: Annotated[str | None, Query(max_length=200)] = None,
    type: Annotated[Literal["donation", "agreement", "project", "engagement", "partner",
                            "item", "place"] | None, Query()] = None,
    status: Literal["proposed", "accepted", "rejected"] = "proposed",
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
):
    return await read.proposals(driver=driver, database=settings.neo4j_database,
                                document=document, type_=type, status=status, limit=limit,
                                offset=offset)


@router.get("/proposals/{id}", response_model=Proposal, summary="One proposal",
            responses={404: {"description": "No such proposal"}})
async def proposal(id: IdPath, driver: Driver, settings: Config):
    return await read.proposal(driver=driver, database=settings.neo4j_database, id=id)


@router.post("/proposals/{id}/accept", response_model=ActionAnswer, responses=ACTION_ERRORS,
             summary="Accept a proposal, as proposed or edited")
async def accept(id: IdPath, body: AcceptBody, who: Reviewer, driver: Driver, settings: Config):
    return await actions.accept(driver=driver, database=settings.neo4j_database,
                                folder=_folder(settings), id=id, who=who,
                                version=body.version, record=body.record)


@router.post("/proposals/{id}/reject", response_model=ActionAnswer, responses=ACTION_ERRORS,
             summary="Reject a proposal, saying why")
async def reject(id: IdPath, body: RejectBody, who: Reviewer, driver: Driver,
                 settings: Config):
    return await actions.reject(driver=driver, database=settings.neo4j_database,
                                folder=_folder(settings), id=id, who=who,
                                version=body.version, reason=body.reason)


@router.post("/partners/{id}/merge", response_model=ActionAnswer, responses=ACTION_ERRORS,
             summary="Merge a proposed partner into another")
async def merge(id: IdPath, body: MergeBody, who: Reviewer, driver: Driver, settings: Config):
    return await merging.merge(driver=driver, database=settings.neo4j_database,
                               folder=_folder(settings), id=id, into=body.into, who=who)


@router.post("/partners/{id}/promote", response_model=ActionAnswer, responses=ACTION_ERRORS,
             summary="Make a proposed partner (or item, or place) curated")
async def promote(id: IdPath, who: Reviewer, driver: Driver, settings: Config):
    return await actions.promote(driver=driver, database=settings.neo4j_database,
                                 folder=_folder(settings), id=id, who=who)


@router.post("/actions/{id}/undo", response_model=ActionAnswer, responses=ACTION_ERRORS,
             summary="Undo a review action")
async def undo(id: IdPath, who: Reviewer, driver: Driver, settings: Config):
    return await undoing.undo(driver=driver, database=settings.neo4j_database,
                              folder=_folder(settings), action_id=id, who=who)


@router.get("/actions", response_model=Listing[Action], summary="The review log, newest first")
async def action_log(
    driver: Driver, settings: Config,
    record: Annotated[str | None, Query(max_length=200)] = None,
    proposal: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
):
    return await read.actions(driver=driver, database=settings.neo4j_database, record=record,
                              proposal=proposal, limit=limit, offset=offset)


@router.get("/history/{id}", response_model=Listing[Action],
            summary="Every action that changed one record, oldest first")
async def history(id: IdPath, driver: Driver, settings: Config):
    return await read.history(driver=driver, database=settings.neo4j_database, record=id)


__all__ = ["router"]
