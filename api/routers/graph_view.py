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
from graph.driver import one_read
from partnergraph.domain.views import Proposals
from partnergraph.domain.views_links import GraphEdge, GraphNode, GraphView

router = APIRouter(tags=["graph"])

MAX_LIMIT = 10_000


def _attachment(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}


class Format(StrEnum):
    json = "json"
    graphml = "graphml"
    csv = "csv"


class Props(StrEnum):
    drawn = "drawn"
    all = "all"


NODE_ID = Query(max_length=400, description="A node as a view names it: its label, a colon "
                "and its id.", examples=["Donation:joint-medical-2021"])


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
    "them with the nodes they attach to. In JSON, by default (`props=drawn`), a node's "
    "`props` are what a picture of it needs: its `id`, both names (`name_vi`, `name_en`, "
    "or a fact's `title_vi`, `title_en`), a partner's `country`, a donation's `value_usd` "
    "and a fact's dates (`when_`, `period_`, `signed_start` and `_end`), and an edge's "
    "`props` are empty; `GET /graph/node` and `GET /graph/edge` give every property of one "
    "of them. `props=all` puts every property in the view itself, as GraphML always "
    "does." + HISTORY,
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
    props: Annotated[Props, Query(description="JSON: what a picture needs (`drawn`) or "
                                  "every property (`all`). GraphML has every property, "
                                  "CSV none.")] = Props.drawn,
):
    db = settings.neo4j_database
    every_prop = props is Props.all or format is Format.graphml
    if center and center.strip():
        async def around(tx):
            # The partner, the units merged into it and their neighbourhoods: one read.
            partner, past, view = await links.view_around(
                tx, ref=center.strip(), depth=depth, limit=limit, every_prop=every_prop)
            if view is not None and not past:
                return view  # read with the partner: nothing was merged into it

            async def view_of(unit):
                return await links.neighbourhood_in(tx, center=unit, depth=depth,
                                                    limit=limit, every_prop=every_prop)

            return await view_with_history(partner, past, view_of, limit=limit, own=view)

        view = await one_read(driver=driver, database=db, work=around,
                              timeout=settings.query_timeout)
    else:
        view = await links.network(driver=driver, database=db, limit=limit,
                                   timeout=settings.query_timeout, every_prop=every_prop)
    view = links.with_proposals(view, proposals)
    if format is Format.graphml:
        return Response(export.to_graphml(view), media_type=export.GRAPHML_MEDIA_TYPE,
                        headers=_attachment("partnergraph.graphml"))
    if format is Format.csv:
        return Response(export.to_csv(view), media_type=export.CSV_MEDIA_TYPE,
                        headers=_attachment("partnergraph-edges.csv"))
    return ModelResponse(view)


@router.get(
    "/graph/node", response_model=GraphNode,
    summary="One node of a graph view, with every property",
    description="A node as `GET /graph` names it (`Partner:guangxi`, "
    "`Donation:joint-medical-2021`), with every property it has: its sources "
    "(`source_documents`, `source_quotes`), figures, dates, notes. A view carries only "
    "what a picture of it needs; this is the rest, for the node a reader picks.",
    responses={404: {"description": "No such node"}} | too_slow("The node took too long "
                                                                 "to read"),
)
async def graph_node(driver: Driver, settings: Config,
                     id: Annotated[str, NODE_ID]):
    return ModelResponse(await links.node_detail(
        driver=driver, database=settings.neo4j_database, id=id,
        timeout=settings.query_timeout))


@router.get(
    "/graph/edge", response_model=GraphEdge,
    summary="One edge of a graph view, with every property",
    description="An edge as `GET /graph` gives it (its `source`, `type` and `target`), "
    "with every property it has: its sources, the method and datasets behind it.",
    responses={404: {"description": "No such edge"}} | too_slow("The edge took too long "
                                                                 "to read"),
)
async def graph_edge(
    driver: Driver, settings: Config,
    source: Annotated[str, Query(max_length=400, description="Its source node, as the view "
                                 "names it.", examples=["Partner:good-neighbors-vietnam"])],
    type: Annotated[str, Query(max_length=40, pattern="^[A-Z_]+$",
                               description="The relationship's type.",
                               examples=["PART_OF"])],
    target: Annotated[str, Query(max_length=400, description="Its target node, as the view "
                                 "names it.", examples=["Partner:gni"])],
):
    return ModelResponse(await links.edge_detail(
        driver=driver, database=settings.neo4j_database, source=source, type=type,
        target=target, timeout=settings.query_timeout))
