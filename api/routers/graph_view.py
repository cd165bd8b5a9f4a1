"""Nodes and edges for visualisation, as JSON, GraphML or CSV."""

from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import Config, Driver
from api.params import ListProposals
from api.history import HISTORY, view_with_history
from api.responses import NO_SUCH_PARTNER, too_slow
from api.serialise import ModelResponse
from graph import export, links
from graph.partners import resolve_partner
from partnergraph.domain.views import Proposals
from partnergraph.domain.views_links import GraphView

router = APIRouter(tags=["graph"])

MAX_LIMIT = 10_000


def _attachment(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}


class Format(StrEnum):
    json = "json"
    graphml = "graphml"
    csv = "csv"


@router.get(
    "/graph",
    response_model=GraphView,
    summary="Nodes and edges for visualisation (JSON, GraphML or CSV)",
    description="With `center` (a partner id or any name): the partners within `depth` "
    "links of it, the donations, agreements, projects and engagements that link them, and "
    "their countries. Without it: the whole partner network, the most connected first. "
    "At most `limit` nodes (`truncated` tells when there were more). Around a hub only "
    "the strongest links of each partner are followed, strongest first: `complete` is "
    "then false, and a larger `limit` widens the view. `format=graphml` "
    "opens in yEd, Gephi or Cytoscape; `format=csv` is one row per edge. Nodes and edges "
    "say whether they are proposals; `proposals=exclude` leaves them out, `only` keeps "
    "them with the nodes they attach to." + HISTORY,
    responses={
        200: {"content": {
            export.GRAPHML_MEDIA_TYPE: {"schema": {"type": "string"}},
            "text/csv": {"schema": {"type": "string"},
                         "example": ",".join(export.CSV_COLUMNS) + "\r\n"},
        }},
    } | NO_SUCH_PARTNER | too_slow("The graph took too long to read"),
)
async def graph(
    driver: Driver,
    settings: Config,
    center: Annotated[str | None, Query(max_length=200, description="A partner id or any name.",
                                        examples=["Good Neighbors International"])] = None,
    depth: Annotated[int, Query(ge=1, le=links.MAX_DEPTH,
                                description="Links from the center (with `center` only)")] = 1,
    format: Annotated[Format, Query(description="json, graphml or csv")] = Format.json,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Nodes at most")] = 2000,
    proposals: ListProposals = Proposals.include,
):
    db = settings.neo4j_database
    if center and center.strip():
        partner = await resolve_partner(driver=driver, database=db, ref=center.strip())

        async def view_of(unit):
            return await links.neighbourhood(driver=driver, database=db, center=unit,
                                             depth=depth, limit=limit,
                                             timeout=settings.query_timeout)

        view = await view_with_history(driver, db, partner, view_of, limit=limit)
    else:
        view = await links.network(driver=driver, database=db, limit=limit,
                                   timeout=settings.query_timeout)
    view = links.with_proposals(view, proposals)
    if format is Format.graphml:
        return Response(export.to_graphml(view), media_type=export.GRAPHML_MEDIA_TYPE,
                        headers=_attachment("partnergraph.graphml"))
    if format is Format.csv:
        return Response(export.to_csv(view), media_type=export.CSV_MEDIA_TYPE,
                        headers=_attachment("partnergraph-edges.csv"))
    return ModelResponse(view)
