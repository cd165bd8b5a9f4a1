"""The partners within a few links of one partner, strongest links first, in bounded work.

A hub (a border province, the World Bank) is linked to tens of thousands of partners, and
two links from it reach almost the whole graph: walking all of that answers slowly and
ranks nothing. So the search reads, with one ordered index seek per partner
(queries/partner_links_top), only the strongest links: `width` of the start's, then, hop
after hop, `per_partner` of each of the `frontier` strongest partners reached at the hop
before. What it reaches is ranked by hops, then by the weakest link on the way (an
affiliation before any shared fact, then more shared facts, more value, more recent: the
rank kept on LINKED by write/recount_links), then by id, the larger first: the order the
indexes read links in, so that the first N links of a partner are the same whether a
search reads N or ten times N, and a page never depends on how far a search read.

`complete` says whether the search read everything within reach; when it did not, what it
found is the strongest part of the neighbourhood, and its count a lower bound."""

from dataclasses import dataclass, field
from typing import Any

from neo4j import AsyncManagedTransaction

from graph import cypher
from partnergraph.domain.views import PartnerRef

#: Links read from the start partner at least; more when a deeper page is asked for.
WIDTH = 1000
#: Links read from the start partner at most: the deepest page a search can serve.
MAX_WIDTH = 10_000
#: Partners of each hop whose own links are read for the next hop.
FRONTIER = 25
#: Links read from each of those.
PER_PARTNER = 50


@dataclass
class Reached:
    id: str
    name: str | None
    kind: str | None
    hops: int
    route: list[str]  # partner ids from the start to this one
    weakest: dict[str, Any]  # the weakest link on the route: rank, affiliated, facts…
    proposal: bool = False  # the partner itself: extracted, not yet decided
    shown: list[str] = field(default_factory=list)  # facts a view of the last link shows
    _order: tuple | None = field(default=None, init=False, repr=False, compare=False)

    def order(self) -> tuple:
        if self._order is None:  # compared many times while a layer is ranked
            # The id descending as text sorts it, a longer id before one it begins (the
            # indexes' order): mirrored, then a character above any mirrored one.
            self._order = (self.hops, _desc(self.weakest.get("rank") or ""),
                           _desc(self.id) + _LAST)
        return self._order


@dataclass
class Reach:
    found: list[Reached] = field(default_factory=list)  # in rank order
    complete: bool = True
    start_degree: int = 0  # links of the start partner, counted by the node itself
    start: PartnerRef | None = None  # the start partner, when first_hop found it by its id


#: Above every character _desc gives (ids hold no NUL, the one that mirrors to it).
_LAST = chr(0x10FFFF)
#: Ranks are digits (write/recount_links): each maps to its mirror code point in one pass.
_MIRROR = str.maketrans({d: chr(0x10FFFF - ord(d)) for d in "0123456789"})


def _desc(text: str) -> str:
    """Sorts text descending inside an ascending key: each character mirrored, so a larger
    character sorts first and a prefix still sorts before the longer text."""
    if text.isascii() and text.isdigit():
        return text.translate(_MIRROR)
    return "".join(chr(0x10FFFF - ord(c)) for c in text)


def ranked(reached) -> list[Reached]:
    """`reached` (all of one hop) in Reached.order, by one sort on the rank and the id,
    both descending, instead of one on mirrored keys: a hop of a hub holds thousands, and
    mirroring each rank was a third of the ranking's time. Ranks are digits of one width
    (write/recount_links), so a larger rank first is Reached.order's rank first; a link
    without a rank sorts first there, and here too."""
    return sorted(reached, key=lambda r: (not r.weakest.get("rank"),
                                          r.weakest.get("rank") or "", r.id), reverse=True)


async def _top_links(tx: AsyncManagedTransaction, ids: list[str], per: int,
                     shown: bool, then: int = 0, frontier: int = 0, kind: str | None = None,
                     proposal: bool | None = None) -> list[dict]:
    result = await tx.run(cypher.load("queries/partner_links_top"), ids=ids, per=per,
                          shown=shown, then=then, frontier=frontier, kind=kind,
                          proposal=proposal)
    return [dict(record) async for record in result]


async def first_hop(tx: AsyncManagedTransaction, *, start: str, per: int,
                    kind: str | None = None, proposal: bool | None = None) -> Reach:
    """The `per` strongest links of `start` to partners of `kind` (any, when None) that
    are proposals or not (`proposal`; either, when None), in rank order: read until that
    many are found, so a hub's first page costs what a small partner's does. `complete`
    says whether every such link was read. `start` is an id: when no partner has it,
    the Reach found nothing and its `start` is None."""
    per = min(max(per, 1), MAX_WIDTH)
    rows = await _top_links(tx, [start], per, False, kind=kind, proposal=proposal)
    out = Reach()
    for row in rows:
        out.start = PartnerRef(id=row["id"], name=row["name"], kind=row["kind"],
                               proposal=row["proposal"])
        out.start_degree = row["degree"]
        out.complete = len(row["links"]) < per or row["degree"] <= len(row["links"])
        out.found = ranked(
            Reached(link["id"], link.get("name"), link.get("kind"), 1, [start, link["id"]], link,
                    bool(link.get("proposal")))
            for link in row["links"] if link["id"] != start)
    return out


async def reach(tx: AsyncManagedTransaction, *, start: str, max_hops: int,
                width: int = WIDTH, frontier: int = FRONTIER,
                per_partner: int = PER_PARTNER, shown: bool = False) -> Reach:
    """Partners within `max_hops` links of `start`, in rank order, within the bounds;
    with `shown`, each with the facts a view of the link it was reached by shows, and
    only its id and that link's rank besides (a view reads the partners themselves)."""
    width = min(max(width, 1), MAX_WIDTH)
    frontier = min(frontier, MAX_WIDTH // per_partner)
    best: dict[str, Reached] = {}
    out = Reach()
    layer = [Reached(start, None, None, 0, [start], {})]
    # The links of the first hop's `frontier` strongest partners come with the first
    # hop's, in the same statement, which ranks those partners as Reached.order does; any
    # it ranked otherwise (a tie the two orders break apart) is read as before.
    then = per_partner if max_hops > 1 else 0
    read_ahead: dict[str, dict] = {}
    for hop in range(1, max_hops + 1):
        expand = layer[:frontier] if hop > 1 else layer
        if len(layer) > len(expand):
            out.complete = False
        per = width if hop == 1 else per_partner
        if hop == 2 and then:
            missing = [r.id for r in expand if r.id not in read_ahead]
            read_ahead |= {row["id"]: row for row in
                           (await _top_links(tx, missing, per, shown) if missing else [])}
            rows = [read_ahead[r.id] for r in expand]
        else:
            rows = await _top_links(tx, [r.id for r in expand], per, shown,
                                    then if hop == 1 else 0, frontier) if expand else []
        if hop == 1 and then:
            read_ahead = {nxt["id"]: nxt for row in rows for nxt in row["then"]}
        by_id = {r.id: r for r in expand}
        found: dict[str, Reached] = {}
        for row in rows:
            if hop == 1:
                out.start_degree = row["degree"]
            if row["degree"] > len(row["links"]):
                out.complete = False
            via = by_id[row["id"]]
            for link in row["links"]:
                if link["id"] == start or link["id"] in best:
                    continue
                weakest = link if not via.weakest \
                    or (link["rank"] or "") < (via.weakest["rank"] or "") else via.weakest
                hit = Reached(link["id"], link.get("name"), link.get("kind"), hop,
                              [*via.route, link["id"]], weakest, bool(link.get("proposal")),
                              link.get("shown") or [])
                if link["id"] not in found or hit.order() < found[link["id"]].order():
                    found[link["id"]] = hit
        layer = ranked(found.values())
        best.update(found)
        out.found += layer
    return out
