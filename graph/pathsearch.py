"""The shortest routes between two partners over LINKED, in bounded work.

Between two hubs a search over the facts (a province's donations, then each donation's
partners, …) touches millions of relationships before its second hop. This one walks the
derived LINKED pairs from both ends at once, one hop at a time from the side with the
smaller frontier, and reads for each partner it passes only its `per` strongest links (one
ordered index seek, queries/partner_links_top), for at most `frontier` partners a hop. The
first hop where the two sides meet gives the shortest routes among the links read;
`complete` says whether every link within reach was read (if not, a route as short through
weaker links may exist). When the sides never meet and the search had to leave links
unread, it cannot say that there is no route: PathSearchTooLarge, at once."""

from dataclasses import dataclass, field

from neo4j import AsyncManagedTransaction

from graph import cypher
from graph.errors import QueryTooLarge

#: Links read of each partner the search passes, strongest first.
PATH_PER = 200
#: Partners of one side's hop whose links are read, strongest first.
PATH_FRONTIER = 50
#: Routes kept at most (each then spelled in up to a few ways, graph.links).
MAX_ROUTES = 25


class PathSearchTooLarge(QueryTooLarge):
    """The two sides did not meet within the links the search may read."""


@dataclass
class Side:
    origin: str
    depth: int = 0
    hops: dict[str, int] = field(default_factory=dict)  # partner → hops from the origin
    parents: dict[str, list[str]] = field(default_factory=dict)  # one hop nearer the origin
    frontier: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.hops[self.origin] = 0
        self.frontier = [self.origin]

    def routes(self, node: str, cap: int) -> list[list[str]]:
        """The routes from the origin to `node`, at most `cap`."""
        if node == self.origin:
            return [[node]]
        found: list[list[str]] = []
        for parent in self.parents.get(node, []):
            for route in self.routes(parent, cap - len(found)):
                found.append([*route, node])
            if len(found) >= cap:
                break
        return found


@dataclass
class Routes:
    routes: list[list[str]]  # partner ids from the source to the target, fewest hops
    complete: bool


async def _expand(tx: AsyncManagedTransaction, side: Side, per: int, frontier: int) -> bool:
    """Reads one hop more of `side`; returns whether it read every link within it."""
    complete = len(side.frontier) <= frontier
    expand = side.frontier[:frontier]
    result = await tx.run(cypher.load("queries/partner_links_top"), ids=expand, per=per,
                          shown=False, then=0, frontier=0, kind=None, proposal=None)
    depth = side.depth + 1
    nxt: list[str] = []
    async for row in result:
        complete &= row["degree"] <= len(row["links"])
        for link in row["links"]:
            other = link["id"]
            seen = side.hops.get(other)
            if seen is None:
                side.hops[other] = depth
                side.parents[other] = [row["id"]]
                nxt.append(other)
            elif seen == depth:
                side.parents[other].append(row["id"])
    side.depth, side.frontier = depth, nxt
    return complete


async def shortest_routes(tx: AsyncManagedTransaction, *, source: str, target: str,
                          max_hops: int, per: int | None = None,
                          frontier: int | None = None) -> Routes:
    """The routes of fewest hops (at most `max_hops`) from `source` to `target` among the
    links read. PathSearchTooLarge when there is none among them but links were left."""
    per, frontier = per or PATH_PER, frontier or PATH_FRONTIER
    ahead, behind = Side(source), Side(target)
    complete = True
    while ahead.depth + behind.depth < max_hops:
        side = ahead if len(ahead.frontier) <= len(behind.frontier) else behind
        other = behind if side is ahead else ahead
        if not side.frontier:
            break
        complete &= await _expand(tx, side, per, frontier)
        meets = [n for n in side.frontier if n in other.hops]
        if meets:
            best = min(side.hops[n] + other.hops[n] for n in meets)
            routes: list[list[str]] = []
            for n in meets:
                if side.hops[n] + other.hops[n] != best:
                    continue
                for left in ahead.routes(n, MAX_ROUTES):
                    for right in behind.routes(n, MAX_ROUTES):
                        routes.append([*left, *reversed(right[:-1])])
                if len(routes) >= MAX_ROUTES:
                    break
            return Routes(routes[:MAX_ROUTES], complete)
    if not complete:
        raise PathSearchTooLarge(
            f"{source} and {target} did not meet within {max_hops} hops among the "
            f"{per} strongest links of each partner and the {frontier} strongest partners "
            "of each hop; a path through weaker links may exist, but searching them all "
            "would cost too much")
    return Routes([], True)
