"""How partners are connected: partners linked to one partner, and the shortest paths
between two, each path a list of steps with the sources it rests on.

A hop is one partner-to-partner link: an affiliation (one relationship) or a shared fact
(partner → donation/agreement/project/engagement ← partner: two relationships). The
searches for linked partners and for a partner's neighbourhood read the strongest of the
derived LINKED relationships (graph.reach); the search for paths between two walks the
facts."""

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
from graph import reach as reaching
from graph.driver import eager, not_retried_when_too_large
from graph.errors import NotFound, SamePartner
from graph.export import plain
from graph.partners import best_match_in, resolve_in, resolve_with_history
from graph.pathsearch import shortest_routes
from graph.reach import FRONTIER, Reached, first_hop, reach
from partnergraph.domain.history import Predecessor
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

#: Hops a search may take at most.
MAX_HOPS = 4
#: Links of the start a search for linked partners reads at least (more for a deeper
#: page): of the kind asked for, when one is.
WIDTH = 200
#: Paths /paths returns at most, and ways of spelling each hop read.
MAX_PATHS = 5
_AFFILIATIONS = frozenset({"PART_OF", "OFFICE_OF", "MEMBER_OF", "MERGED_INTO"})


def _query(name: str, timeout: float | None) -> Query:
    return Query(cypher.load(name), timeout=timeout)


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

    async def work(tx: AsyncManagedTransaction) -> LinkedPage:
        with not_retried_when_too_large():
            # The partner is read with its links, in the same transaction; `id` is
            # looked up as a name only when no partner has it as its id.
            need = skip + limit + 1
            near = await first_hop(tx, start=id, per=max(WIDTH, need), kind=kind,
                                   proposal=proposal)
            partner = near.start
            if partner is None:
                partner = await best_match_in(tx, ref=id)
                near = await first_hop(tx, start=partner.id, per=max(WIDTH, need),
                                       kind=kind, proposal=proposal)
            matches, complete = near.found, near.complete and max_hops == 1
            # Partners further away rank after every partner one hop away: a page the
            # first hop fills needs no second, and neither does a first hop not read to
            # its end. A start with more links than a search expands is never read
            # completely, so its total is a lower bound either way; a smaller one's
            # further hops give its exact total.
            if max_hops > 1 and near.complete and (
                    len(matches) < need or near.start_degree <= FRONTIER):
                further = await reach(tx, start=partner.id, max_hops=max_hops,
                                      width=max(WIDTH, need), frontier=FRONTIER)
                seen = {r.id for r in matches}
                matches = matches + [
                    r for r in further.found if r.hops > 1 and r.id not in seen
                    and (kind is None or r.kind == kind)
                    and (proposal is None or r.proposal == proposal)]
                complete = near.complete and further.complete
            page = matches[skip:skip + limit]
            result = await tx.run(cypher.load("queries/linked_paths"),
                                  routes=[r.route for r in page])
            spelled = {r["route"]: r async for r in result}
        if complete:
            total, exact = len(matches), True
        elif max_hops == 1 and kind is None and proposal is None:
            total, exact = near.start_degree, True
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


def _spelled(route: list[str], hops: dict[tuple[str, str], dict[str, Any]]) -> list[PathView]:
    """Each way of spelling a route: one option per hop (an affiliation or a shared fact),
    the combinations that never pass a node twice."""
    combos: list[tuple[list[dict], list[dict]]] = [([hops[(route[0], route[1])]["a"]], [])]
    for a, b in zip(route, route[1:], strict=False):
        hop = hops[(a, b)]
        combos = [(nodes + option["between"] + [hop["b"]], rels + option["rels"])
                  for nodes, rels in combos for option in hop["options"]][:MAX_PATHS * 5]
    views = []
    for nodes, rels in combos:
        keys = [(n["label"], n["id"]) for n in nodes]
        if len(keys) == len(set(keys)):
            views.append(path_view(nodes, rels, len(route) - 1))
    return views


def _path_order(path: PathView) -> tuple:
    return (path.length, path.hops,
            sum(s.node.label == "Engagement" for s in path.steps),
            [s.node.id for s in path.steps])


async def connecting_paths(
    *, driver: AsyncDriver, database: str, source: str, target: str,
    max_hops: int = MAX_HOPS, timeout: float | None = None,
) -> PathsView:
    """Up to five shortest paths from partner `source` to partner `target` (each an id or
    any name, resolved in the same read; NotFound carries suggestions, SamePartner when
    both name one partner): the routes of fewest hops over LINKED (graph.pathsearch,
    bounded around hubs), each hop spelled as the affiliations and facts behind it, the
    shortest spellings first. PathSearchTooLarge when the bounded search can neither find
    a route nor rule one out."""
    _check_hops(max_hops)

    async def work(tx: AsyncManagedTransaction) -> PathsView:
        with not_retried_when_too_large():
            start = await resolve_in(tx, ref=source)
            end = await resolve_in(tx, ref=target)
            if start.id == end.id:
                raise SamePartner(start.id)
            found = await shortest_routes(tx, source=start.id, target=end.id,
                                          max_hops=max_hops)
            pairs = sorted({(a, b) for r in found.routes for a, b in zip(r, r[1:], strict=False)})
            result = await tx.run(cypher.load("queries/path_hops"),
                                  pairs=[list(p) for p in pairs], per=MAX_PATHS)
            hops = {pairs[r["k"]]: dict(r) async for r in result}
        views = [v for route in found.routes for v in _spelled(route, hops)]
        return PathsView(from_=start, to=end, max_hops=max_hops,
                         paths=sorted(views, key=_path_order)[:MAX_PATHS],
                         complete=found.complete)

    async with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        return await session.execute_read(unit_of_work(timeout=timeout)(work))


# --- Graph views for visualisation -------------------------------------------------------

#: Stored for search only; never part of a view.
_HIDDEN_PROPS = frozenset({"search_keys", "search_text", "text"})
MAX_DEPTH = 3


def node_key(label: str, id: str) -> str:
    """A node's id in a view: unique even when a place and a partner share an id."""
    return f"{label}:{id}"


#: What a view's nodes carry in `props` unless every property is asked for: the node's
#: own id, both names (which an answer in a language names it by), a partner's country,
#: a donation's value in USD and a fact's dates: what the explorer draws and filters by.
#: The rest of a node or an edge is one request away (node_detail, edge_detail).
DRAWN_PROPS = ("id", "name_vi", "name_en", "title_vi", "title_en", "country", "value_usd",
               "when_start", "when_end", "period_start", "period_end", "signed_start",
               "signed_end")
_DRAWN = frozenset(DRAWN_PROPS)


def _node(label: str, props: dict[str, Any]) -> dict[str, Any]:
    """A view's node, as GraphNode reads it, with every property but those kept for
    search."""
    return {"id": node_key(label, props["id"]), "label": label, "name": props.get("name"),
            "kind": props.get("kind"), "proposal": is_proposal(props.get("method")),
            "props": {k: plain(v) for k, v in sorted(props.items())
                      if k not in _HIDDEN_PROPS}}


def _drawn_node(label: str, props: dict[str, Any]) -> dict[str, Any]:
    """A view's node with the DRAWN_PROPS it has (the query reads those its label can
    have, a missing one as null, with the name, kind and method the node is drawn by)."""
    return {"id": node_key(label, props["id"]), "label": label, "name": props.get("name"),
            "kind": props.get("kind"), "proposal": is_proposal(props.get("method")),
            "props": {k: plain(v) for k, v in sorted(props.items())
                      if v is not None and k in _DRAWN}}


def _edge(type: str, source: str, target: str, props: dict[str, Any],
          every_prop: bool = True) -> dict[str, Any]:
    """A view's edge, as GraphEdge reads it: every property, or none."""
    return {"id": f"{source}-{type}->{target}", "source": source, "target": target,
            "type": type, "proposal": is_proposal(props.get("method")),
            "props": {k: plain(v) for k, v in sorted(props.items())} if every_prop else {}}


def graph_view(row: dict[str, Any] | None, *, center: PartnerRef | None = None,
               depth: int | None = None, every_prop: bool = True) -> GraphView:
    """The nodes and edges a graph query returns (nodes with their element id, `eid`;
    edges naming their ends by it) → a GraphView with JSON-safe properties: every
    property of each (`every_prop`), else DRAWN_PROPS of the nodes and none of the edges.
    An edge whose other end the query did not keep is left out. Nodes and edges are made
    as plain dicts and the view validated once from them (in pydantic's core: three times
    faster than constructing a model per node and edge)."""
    if row is None:
        return GraphView(center=center, depth=depth, nodes=[], edges=[])
    nodes, keys = [], {}
    for n in row["nodes"]:
        props = n["props"]
        node = _node(n["label"], props) if every_prop else _drawn_node(n["label"], props)
        nodes.append(node)
        keys[n["eid"]] = node["id"]
    edges: dict[str, dict[str, Any]] = {}
    for e in row["edges"]:
        source, target = keys.get(e["source"]), keys.get(e["target"])
        if source is None or target is None:
            continue  # its other end was not kept
        edge = _edge(e["type"], source, target, e["props"], every_prop)
        edges[edge["id"]] = edge
    return GraphView.model_validate({
        "center": center, "depth": depth, "nodes": nodes,
        "edges": [edges[k] for k in sorted(edges)], "truncated": row["truncated"]})


#: A neighbourhood view reads the strongest VIEW_FIRST links of its center at least (more
#: for a larger `limit`), then VIEW_PER of each partner of the hops after (more for a larger
#: `limit`), and shows FACTS_PER_LINK of the facts behind each link it followed (those its
#: LINKED keeps in `shown`: the latest dated, then the larger in USD; write/recount_links
#: keeps 3): a view of depth 2 holds 1 + 50 + 50 × 5 partners at most by default, whatever
#: the hubs in it.
VIEW_FIRST = 50
VIEW_PER = 5
FACTS_PER_LINK = 3


def shown_facts(reached: list[Reached]) -> list[list[str]]:
    """[label, id] of the facts a view shows: FACTS_PER_LINK of those each link followed
    keeps, the strongest links' first, each fact once."""
    keys = dict.fromkeys(key for r in reached for key in r.shown[:FACTS_PER_LINK])
    return [key.split(":", 1) for key in keys]


def view_bounds(limit: int) -> tuple[int, int]:
    """(links of the center, links of each further partner) a view of `limit` nodes reads:
    a larger view reads more of each, so "Show more" widens the neighbourhood as well."""
    return min(limit, max(VIEW_FIRST, limit // 40)), max(VIEW_PER, limit // 400)


async def neighbourhood_in(
    tx: AsyncManagedTransaction, *, center: PartnerRef, depth: int = 1, limit: int = 2000,
    every_prop: bool = False,
) -> GraphView:
    """neighbourhood inside a transaction the caller holds (with the partner it centers on,
    and the units merged into it). Depth 1 and 2 are one statement (queries/graph_around);
    depth 3 reads its hops with graph.reach, then the view (queries/graph_neighbourhood):
    the same partners, in the same order, as the one statement finds at depth 1 and 2
    (tests/test_view_one_statement.py)."""
    if not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth is 1 to {MAX_DEPTH}, not {depth}")
    if depth <= 2:
        return await view_in_one(tx, center=center, depth=depth, limit=limit,
                                 every_prop=every_prop)
    return await view_by_reach(tx, center=center, depth=depth, limit=limit,
                               every_prop=every_prop)


async def view_by_reach(tx: AsyncManagedTransaction, *, center: PartnerRef, depth: int,
                        limit: int, every_prop: bool) -> GraphView:
    """The view of `depth` hops: graph.reach's partners, then the view of them."""
    first, per = view_bounds(limit)
    with not_retried_when_too_large():
        found = await reach(tx, start=center.id, max_hops=depth, width=first,
                            frontier=first, per_partner=per, shown=True)
        kept = found.found[:limit]
        result = await tx.run(
            cypher.load("queries/graph_neighbourhood"),
            ids=[center.id, *(r.id for r in kept)], facts=shown_facts(kept), limit=limit,
            drawn=not every_prop)
        record = await result.single()
    # Maps and lists only: read as decoded, without record.data()'s walk over them.
    view = graph_view(dict(record) if record else None, center=center, depth=depth,
                      every_prop=every_prop)
    view.complete = found.complete
    return view


async def view_in_one(tx: AsyncManagedTransaction, *, center: PartnerRef, depth: int,
                      limit: int, every_prop: bool) -> GraphView:
    """The view of 1 or 2 hops in one statement (queries/graph_around): the partners
    graph.reach would find, in its order, and the view of them, with no round trip and
    no ranking in Python between the two."""
    if depth not in (1, 2):
        raise ValueError(f"one statement reads depth 1 or 2, not {depth}")
    row = await _around(tx, center=center.id, depth=depth, limit=limit, every_prop=every_prop)
    return _around_view(row, center=center, depth=depth, every_prop=every_prop)


async def view_around(
    tx: AsyncManagedTransaction, *, ref: str, depth: int, limit: int, every_prop: bool,
) -> tuple[PartnerRef, list[Predecessor], GraphView | None]:
    """The partner `ref` names, the units merged into it, and the partner's own view when
    the one statement could read it with the partner: `ref` its id, depth 1 or 2 (the
    common question costs one statement, not two). With units merged into it, that view is
    its own alone, for the caller to join with the units' (api.history.view_with_history).
    By name, or at depth 3, the view is None: the caller reads it."""
    if depth <= 2:
        row = await _around(tx, center=ref, depth=depth, limit=limit, every_prop=every_prop)
        if row is not None:
            center = PartnerRef(id=row["id"], name=row["name"], kind=row["kind"],
                                proposal=row["proposal"])
            view = _around_view(row, center=center, depth=depth, every_prop=every_prop)
            if not row["merged"]:
                return center, [], view
            # Only the units are left to read: the partner's own view is in hand.
            _, past = await resolve_with_history(tx, ref=center.id)
            return center, past, view
    center, past = await resolve_with_history(tx, ref=ref)
    return center, past, None


async def _around(tx: AsyncManagedTransaction, *, center: str, depth: int, limit: int,
                  every_prop: bool) -> dict[str, Any] | None:
    first, per = view_bounds(limit)
    with not_retried_when_too_large():
        result = await tx.run(
            cypher.load("queries/graph_around"), center=center, depth=depth,
            # reach's own bounds, read when called (as reach reads them)
            first=min(max(first, 1), reaching.MAX_WIDTH), per=per,
            frontier=min(first, reaching.MAX_WIDTH // per), facts_per=FACTS_PER_LINK,
            limit=limit,
            drawn=not every_prop)
        record = await result.single()
    return dict(record) if record else None


def _around_view(row: dict[str, Any] | None, *, center: PartnerRef, depth: int,
                 every_prop: bool) -> GraphView:
    view = graph_view(row, center=center, depth=depth, every_prop=every_prop)
    view.complete = row["complete"] if row else True
    return view


async def neighbourhood(
    *, driver: AsyncDriver, database: str, center: PartnerRef, depth: int = 1,
    limit: int = 2000, timeout: float | None = None, every_prop: bool = False,
) -> GraphView:
    """Partners within `depth` hops of `center`, strongest links first (graph.reach), a few
    of the facts behind each link followed, their countries; `complete` false when the
    partners are the strongest part of a larger neighbourhood. Nodes carry DRAWN_PROPS
    and edges no props, unless `every_prop`."""
    if not 1 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth is 1 to {MAX_DEPTH}, not {depth}")

    async def work(tx: AsyncManagedTransaction) -> GraphView:
        return await neighbourhood_in(tx, center=center, depth=depth, limit=limit,
                                      every_prop=every_prop)

    async with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        return await session.execute_read(unit_of_work(timeout=timeout)(work))


async def network(
    *, driver: AsyncDriver, database: str, limit: int = 2000, timeout: float | None = None,
    every_prop: bool = False,
) -> GraphView:
    """The whole partner network, the most connected nodes first, at most `limit` nodes;
    nodes carry DRAWN_PROPS and edges no props, unless `every_prop`."""
    records, _, _ = await driver.execute_query(
        _query("queries/graph_all", timeout), limit=limit, database_=database,
        routing_=RoutingControl.READ, result_transformer_=eager,
    )
    return graph_view(dict(records[0]) if records else None, every_prop=every_prop)


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


#: The labels a view's nodes carry, and so the labels whose nodes a view can detail.
VIEW_LABELS = ("Partner", "Place", "Donation", "Agreement", "Project", "Engagement")


def _view_key(key: str) -> tuple[str, str]:
    """"Label:id" (a view's node id) → (label, id); NotFound for a label no view shows."""
    label, _, own = key.partition(":")
    if label not in VIEW_LABELS or not own:
        raise NotFound("node", key)
    return label, own


async def node_detail(*, driver: AsyncDriver, database: str, id: str,
                      timeout: float | None = None) -> GraphNode:
    """One node of a view, `id` as the view names it ("Label:id"), with every property."""
    label, own = _view_key(id)
    records, _, _ = await driver.execute_query(
        _query("queries/graph_node", timeout), label=label, id=own, database_=database,
        routing_=RoutingControl.READ, result_transformer_=eager)
    if not records:
        raise NotFound("node", id)
    return GraphNode.model_validate(_node(label, dict(records[0]["props"])))


async def edge_detail(*, driver: AsyncDriver, database: str, source: str, type: str,
                      target: str, timeout: float | None = None) -> GraphEdge:
    """One edge of a view, its ends as the view names them ("Label:id"), with every
    property."""
    ends = [list(_view_key(source)), list(_view_key(target))]
    records, _, _ = await driver.execute_query(
        _query("queries/graph_edge", timeout), source=ends[0], target=ends[1], type=type,
        database_=database, routing_=RoutingControl.READ, result_transformer_=eager)
    if not records:
        raise NotFound("edge", f"{source}-{type}->{target}")
    return GraphEdge.model_validate(_edge(type, source, target, dict(records[0]["props"])))
