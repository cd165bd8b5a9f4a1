"""How partners are connected: partners linked to one partner, and the shortest paths
between two, each path a list of steps with the sources it rests on.

A hop is one partner-to-partner link: an affiliation (one relationship) or a shared fact
(partner → donation/agreement/project/engagement ← partner: two relationships). The
searches for linked partners and for a partner's neighbourhood read the strongest of the
derived LINKED relationships (graph.reach); the search for paths between two walks the
facts."""

from enum import StrEnum
from typing import Any

from neo4j import (
    READ_ACCESS,
    AsyncDriver,
    AsyncManagedTransaction,
    Query,
    RoutingControl,
    unit_of_work,
)

from graph import cypher
from graph.driver import eager, not_retried_when_too_large
from graph.export import jsonable
from graph.partners import resolve_partner
from graph.reach import FRONTIER, PER_PARTNER, WIDTH, reach
from partnergraph.domain.views import PartnerRef, Proposals, SourceRef, is_proposal
from partnergraph.domain.views_links import (
    GraphEdge,
    GraphNode,
    GraphView,
    LinkedPage,
    LinkedPartner,
    LinkStrength,
    PathNode,
    PathStep,
    PathsView,
    PathView,
)

#: Hops a search may take at most (Reach.four_hops: 8 relationships).
MAX_HOPS = 4
#: Paths /paths returns at most (SHORTEST 5 in cypher/queries/paths.cypher).
MAX_PATHS = 5
_AFFILIATIONS = frozenset({"PART_OF", "OFFICE_OF", "MEMBER_OF", "MERGED_INTO"})


class Reach(StrEnum):
    """How many relationships a search may follow: twice the hops, as a shared fact is two
    relationships. Written into the pattern's quantifier through `cypher.render`: Cypher
    takes no parameter there, and a `length(p) <= $n` filter does not prune the search
    (Neo4j 5.26 applies it after StatefulShortestPath has explored up to the fixed bound)."""

    one_hop = "2"
    two_hops = "4"
    three_hops = "6"
    four_hops = "8"

    @classmethod
    def of(cls, hops: int) -> "Reach":
        return cls(str(2 * hops))


def _query(name: str, timeout: float | None, reach: Reach | None = None) -> Query:
    text = cypher.render(name, max_rels=reach) if reach else cypher.load(name)
    return Query(text, timeout=timeout)


def _check_hops(max_hops: int) -> None:
    if not 1 <= max_hops <= MAX_HOPS:
        raise ValueError(f"max_hops is 1 to {MAX_HOPS}, not {max_hops}")


def _sources(documents: list[str] | None, quotes: list[str] | None, method: str | None):
    return [SourceRef(document=d, quote=q, method=method or "curated")
            for d, q in zip(documents or [], quotes or [], strict=False)]


def _caption(node: PathNode) -> str:
    return node.name if node.label == "Partner" else f"[{node.label}: {node.name}]"


def path_view(nodes: list[dict[str, Any]], rels: list[dict[str, Any]], hops: int) -> PathView:
    """A path as the queries return it (nodes, and the relationships between consecutive
    nodes with `out` telling their direction) → steps with their sources."""
    path_nodes = [PathNode(id=n["id"], label=n["label"], name=n["name"] or n["id"],
                           kind=n.get("kind"), proposal=n.get("proposal")) for n in nodes]
    steps = [PathStep(node=path_nodes[0])]
    text = [_caption(path_nodes[0])]
    for rel, raw, node in zip(rels, nodes[1:], path_nodes[1:], strict=True):
        if node.label != "Partner":
            sources = [SourceRef(**s) for s in raw.get("sources") or []]
        elif rel["type"] in _AFFILIATIONS:
            sources = _sources(rel.get("documents"), rel.get("quotes"), rel.get("method"))
        else:
            sources = []
        direction = "out" if rel["out"] else "in"
        steps.append(PathStep(type=rel["type"], direction=direction, node=node, sources=sources))
        arrow = f"-{rel['type']}->" if rel["out"] else f"<-{rel['type']}-"
        text += [arrow, _caption(node)]
    unique: dict[tuple[str, str], SourceRef] = {}
    for step in steps:
        for s in step.sources:
            unique.setdefault((s.document, s.quote), s)
    return PathView(hops=hops, length=len(rels), explanation=" ".join(text), steps=steps,
                    sources=list(unique.values()))


async def linked_partners(
    *, driver: AsyncDriver, database: str, id: str, kind: str | None = None,
    max_hops: int = 2, skip: int = 0, limit: int = 50, timeout: float | None = None,
    proposal: bool | None = None,
) -> LinkedPage:
    """Partners within `max_hops` of partner `id`, nearest first and, among equals, the
    strongest links first (graph.reach), each with one path that explains the link. The
    total is exact when the search read everything within reach, or when it is the start's
    own count of links; otherwise a lower bound (`total_exact` false). `id` may also be any
    name of the partner; NotFound carries suggestions. `proposal` keeps only proposed
    partners (true) or none (false); each path's nodes say which of them are proposals."""
    _check_hops(max_hops)
    partner = await resolve_partner(driver=driver, database=database, ref=id)

    async def work(tx: AsyncManagedTransaction) -> LinkedPage:
        with not_retried_when_too_large():
            found = await reach(tx, start=partner.id, max_hops=max_hops,
                                width=max(WIDTH, skip + limit + 1))
            matches = [r for r in found.found if (kind is None or r.kind == kind)
                       and (proposal is None or r.proposal == proposal)]
            page = matches[skip:skip + limit]
            result = await tx.run(cypher.load("queries/linked_paths"),
                                  routes=[r.route for r in page])
            spelled = {r["route"]: r async for r in result}
        if found.complete:
            total, exact = len(matches), True
        elif max_hops == 1 and kind is None and proposal is None:
            total, exact = found.start_degree, True
        else:
            total, exact = len(matches), False
        items = [LinkedPartner(
            partner=PartnerRef(id=r.id, name=r.name or r.id, kind=r.kind, proposal=r.proposal),
            hops=r.hops,
            strength=_strength(r.weakest),
            path=path_view(spelled[i]["nodes"], spelled[i]["rels"], r.hops))
            for i, r in enumerate(page)]
        nxt = skip + len(items)
        return LinkedPage(items=items, total=total, total_exact=exact,
                          next=f"p{nxt}" if nxt < total else None)

    async with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        return await session.execute_read(unit_of_work(timeout=timeout)(work))


def _strength(link: dict[str, Any]) -> LinkStrength:
    return LinkStrength(affiliated=bool(link.get("affiliated")), facts=link.get("facts") or 0,
                        value_usd=link.get("value_usd") or 0.0,
                        last_year=link.get("last_year") or None)


async def connecting_paths(
    *, driver: AsyncDriver, database: str, source: PartnerRef, target: PartnerRef,
    max_hops: int = MAX_HOPS, timeout: float | None = None,
) -> PathsView:
    """Up to five shortest paths from `source` to `target` (both resolved partners)."""
    _check_hops(max_hops)
    records, _, _ = await driver.execute_query(
        _query("queries/paths", timeout, Reach.of(max_hops)),
        parameters_={"from": source.id, "to": target.id}, max_hops=max_hops,
        database_=database, routing_=RoutingControl.READ, result_transformer_=eager,
    )
    paths = [path_view(r["nodes"], r["rels"], r["hops"]) for r in records]
    return PathsView(from_=source, to=target, max_hops=max_hops, paths=paths[:MAX_PATHS])


# --- Graph views for visualisation -------------------------------------------------------

#: Stored for search only; never part of a view.
_HIDDEN_PROPS = frozenset({"search_keys", "search_text", "text"})
MAX_DEPTH = 3


def node_key(label: str, id: str) -> str:
    """A node's id in a view: unique even when a place and a partner share an id."""
    return f"{label}:{id}"


def graph_view(row: dict[str, Any] | None, *, center: PartnerRef | None = None,
               depth: int | None = None) -> GraphView:
    """The nodes and edges a graph query returns → a GraphView with JSON-safe properties."""
    if row is None:
        return GraphView(center=center, depth=depth, nodes=[], edges=[])
    nodes = []
    for n in row["nodes"]:
        props = {k: jsonable(v) for k, v in sorted(n["props"].items()) if k not in _HIDDEN_PROPS}
        nodes.append(GraphNode(id=node_key(n["label"], props["id"]), label=n["label"],
                               name=props.get("name"), kind=props.get("kind"),
                               proposal=is_proposal(props.get("method")), props=props))
    keys = {n.id for n in nodes}
    edges: dict[str, GraphEdge] = {}
    for e in row["edges"]:
        source = node_key(e["source"]["label"], e["source"]["id"])
        target = node_key(e["target"]["label"], e["target"]["id"])
        if source not in keys or target not in keys:
            continue  # its other end was not kept
        edge_id = f"{source}-{e['type']}->{target}"
        edges[edge_id] = GraphEdge(id=edge_id, source=source, target=target, type=e["type"],
                                   proposal=is_proposal(e["props"].get("method")),
                                   props={k: jsonable(v) for k, v in sorted(e["props"].items())})
    return GraphView(center=center, depth=depth, nodes=nodes,
                     edges=sorted(edges.values(), key=lambda e: e.id),
                     truncated=row["truncated"])


async def neighbourhood(
    *, driver: AsyncDriver, database: str, center: PartnerRef, depth: int = 1,
    limit: int = 2000, timeout: float | None = None,
) -> GraphView:
    """Partners within `depth` hops of `center`, strongest links first (graph.reach), the
    facts that link them, their countries; `complete` false when the partners are the
    strongest part of a larger neighbourhood."""
    if not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth is 1 to {MAX_DEPTH}, not {depth}")

    async def work(tx: AsyncManagedTransaction) -> tuple[dict[str, Any] | None, bool]:
        with not_retried_when_too_large():
            found = await reach(tx, start=center.id, max_hops=depth, width=limit + 1,
                                frontier=max(FRONTIER, limit // PER_PARTNER))
            partners = [center.id, *(r.id for r in found.found[:limit])]
            inner = [center.id, *(r.id for r in found.found[:limit] if r.hops < depth)]
            # Facts fill the room the partners leave, each inner partner its share.
            share = max(limit - len(partners), 0) // len(inner) + 1
            result = await tx.run(cypher.load("queries/graph_neighbourhood"),
                                  ids=partners, inner=inner, limit=limit, share=share)
            record = await result.single()
        return (record.data() if record else None), found.complete

    async with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        row, complete = await session.execute_read(unit_of_work(timeout=timeout)(work))
    view = graph_view(row, center=center, depth=depth)
    view.complete = complete
    return view


async def network(
    *, driver: AsyncDriver, database: str, limit: int = 2000, timeout: float | None = None,
) -> GraphView:
    """The whole partner network, the most connected nodes first, at most `limit` nodes."""
    records, _, _ = await driver.execute_query(
        _query("queries/graph_all", timeout), limit=limit, database_=database,
        routing_=RoutingControl.READ, result_transformer_=eager,
    )
    return graph_view(records[0].data() if records else None)


def with_proposals(view: GraphView, proposals: Proposals) -> GraphView:
    """The view without proposals (exclude), or only the proposed nodes and relationships
    with the nodes they attach to (only), so that a proposal is seen where it would go."""
    if proposals is Proposals.include:
        return view
    if proposals is Proposals.exclude:
        nodes = [n for n in view.nodes if not n.proposal]
        keys = {n.id for n in nodes}
        edges = [e for e in view.edges
                 if not e.proposal and e.source in keys and e.target in keys]
        return view.model_copy(update={"nodes": nodes, "edges": edges})
    proposed = {n.id for n in view.nodes if n.proposal}
    edges = [e for e in view.edges if e.proposal or e.source in proposed or e.target in proposed]
    keys = proposed | {e.source for e in edges} | {e.target for e in edges}
    return view.model_copy(update={"nodes": [n for n in view.nodes if n.id in keys],
                                   "edges": edges})
