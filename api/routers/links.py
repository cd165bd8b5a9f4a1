"""How partners are connected: partners linked to one partner, and paths between two."""

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from api import paging
from api.deps import Config, Driver
from api.kinds import partner_kind
from api.params import ListProposals
from api.responses import NO_SUCH_PARTNER, ErrorBody, too_slow
from api.serialise import ModelResponse
from graph import links
from graph.errors import SamePartner
from partnergraph.domain import PartnerKind
from partnergraph.domain.views import Proposals
from partnergraph.domain.views_links import LinkedPage, PathsView

router = APIRouter(tags=["links"])

IdPath = Annotated[str, Path(max_length=200, examples=["good-neighbors-international"])]
PartnerName = Annotated[str, Query(min_length=1, max_length=200,
                                   description="A partner id or any of its names.")]


@router.get(
    "/partners/{id}/linked",
    response_model=LinkedPage,
    summary="Partners linked to a partner, with the path that explains each link",
    description="Partners connected to this one through affiliations (part of, office "
    "of, member of, merged into) or shared facts (a joint donation, a donation from one "
    "to the other, an agreement, a project, an engagement), within `max_hops` links, "
    "nearest first and, among equals, the strongest links first: an affiliation, then "
    "more shared facts, more value, more recent (`strength`; for a partner two or more "
    "links away, the weakest link of its path); links of equal strength by the partner's "
    "id, so pages never overlap. Around a hub the search reads only the "
    "strongest links of each partner: `total` is then a lower bound and `total_exact` "
    "false; deeper pages read more. Each comes with one path: its steps name the nodes, the "
    "relationships and their direction, and the quotes the facts rest on. "
    "The partner may be given by id or by any of its names. "
    'E.g. "NGOs linked to Good Neighbors": `/partners/Good Neighbors/linked?kind=ngo`. '
    "`proposals` keeps or leaves out partners that are proposals themselves; each path's "
    "nodes say which of them are proposals.",
    responses=NO_SUCH_PARTNER | too_slow("The search took too long"),
)
async def linked(
    id: IdPath,
    driver: Driver,
    settings: Config,
    kind: Annotated[PartnerKind | None, Depends(partner_kind)] = None,
    max_hops: Annotated[int, Query(ge=1, le=links.MAX_HOPS,
                                   description="Partner-to-partner links at most")] = 2,
    proposals: ListProposals = Proposals.include,
    limit: paging.Limit = paging.DEFAULT_LIMIT,
    cursor: paging.Cursor = None,
):
    offset = paging.decode(cursor)
    return ModelResponse(await links.linked_partners(
        driver=driver, database=settings.neo4j_database, id=id, kind=kind,
        max_hops=max_hops, skip=offset, limit=limit, timeout=settings.query_timeout,
        proposal=proposals.wanted))


@router.get(
    "/paths",
    response_model=PathsView,
    summary="How two partners are connected, shortest paths first",
    description="Up to five shortest paths between two partners over affiliations and "
    "shared facts, each as steps with the sources they rest on. `from` and `to` take an "
    "id or any name. The search walks the partners' links from both ends at once, reading "
    "only the strongest links of each partner around a hub: `complete` is then false (a "
    "path as short through weaker links may exist). When the two ends do not meet within "
    "what it may read, the answer is a 503 that says so, at once.",
    responses=NO_SUCH_PARTNER | {
        422: {"description": "Invalid parameters, or `from` and `to` are the same partner"},
        503: {"model": ErrorBody, "description": "The two partners did not meet within the "
              "links the search may read around hubs (named in `detail`); fewer hops or "
              "less connected partners may be answered"},
    } | too_slow("The search took too long"),
)
async def paths(
    driver: Driver,
    settings: Config,
    from_: Annotated[str, Query(alias="from", min_length=1, max_length=200,
                                description="A partner id or any of its names.",
                                examples=["Good Neighbors Việt Nam"])],
    to: Annotated[str, Query(min_length=1, max_length=200,
                             description="A partner id or any of its names.",
                             examples=["FFI"])],
    max_hops: Annotated[int, Query(
        ge=1, le=links.MAX_HOPS, description="Partner-to-partner links at most")] = links.MAX_HOPS,
):
    try:
        return await links.connecting_paths(driver=driver, database=settings.neo4j_database,
                                            source=from_, target=to, max_hops=max_hops,
                                            timeout=settings.query_timeout)
    except SamePartner as exc:
        raise HTTPException(422, detail=[{"loc": ["query", "to"], "type": "value_error",
                                          "msg": str(exc)}]) from exc
