"""Answers about a unit that absorbed others: its own facts, then each predecessor's, paged
as one list. Each unit's list comes from the same named query as any partner's (so each
stays one index seek); the pages are cut across them, newest unit first, which keeps the
newest facts first since a unit's facts predate its merger."""

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from api import paging
from graph.successions import predecessors
from partnergraph.domain.history import HistoryPage, Predecessor
from partnergraph.domain.views import PartnerRef
from partnergraph.domain.views_links import GraphView

T = TypeVar("T")
Fetch = Callable[[Any, int, int], Awaitable[tuple[int, list[T]]]]


async def history_of(driver, database: str, partner_id: str | None) -> list[Predecessor]:
    if partner_id is None:
        return []
    return await predecessors(driver=driver, database=database, id=partner_id)


async def page_across(ids: list[Any], fetch: Fetch, *, offset: int, limit: int,
                      includes: list[Predecessor]) -> HistoryPage:
    """One page of the concatenated lists of `ids` (partner ids, or pairs of them);
    `fetch(id, skip, limit)` gives one unit's total and page."""
    items: list = []
    total = 0
    for unit in ids:
        skip = max(0, offset - total)  # how far into this unit's list the page starts
        need = limit - len(items)
        count, found = await fetch(unit, skip, max(need, 1))  # a full page still needs totals
        total += count
        if need > 0:
            items += found[:need]
    page = paging.page(items, total, offset)
    return HistoryPage(items=page.items, total=page.total, next=page.next, includes=includes)


#: What an endpoint that includes predecessors says of it in OpenAPI.
HISTORY = (" A partner that absorbed others (Tuyên Quang, into which Hà Giang was merged on "
           "2025-07-01) includes theirs: `includes` names them.")


async def with_history(driver, database: str, partner_id: str | None, fetch: Fetch, *,
                       offset: int, limit: int) -> HistoryPage:
    """A partner's list and its predecessors' lists as one page."""
    past = await history_of(driver, database, partner_id)
    return await page_across([partner_id, *(p.id for p in past)], fetch, offset=offset,
                             limit=limit, includes=past)


async def view_with_history(center: PartnerRef, past: list[Predecessor],
                            view_of: Callable[[PartnerRef], Awaitable[GraphView]], *,
                            limit: int, own: GraphView | None = None) -> GraphView:
    """The neighbourhood of `center` joined with those of the units merged into it (`past`),
    at most `limit` nodes, the center's own first; `own` is the center's, when already read."""
    view = own if own is not None else await view_of(center)
    for unit in past:
        other = await view_of(PartnerRef(id=unit.id, name=unit.name))
        view.truncated |= other.truncated
        view.complete &= other.complete
        seen = {n.id for n in view.nodes}
        view.nodes += [n for n in other.nodes if n.id not in seen]
        seen = {e.id for e in view.edges}
        view.edges += [e for e in other.edges if e.id not in seen]
    if len(view.nodes) > limit:
        view.nodes, view.truncated = view.nodes[:limit], True
        kept = {n.id for n in view.nodes}
        view.edges = [e for e in view.edges if e.source in kept and e.target in kept]
    view.edges.sort(key=lambda e: e.id)
    view.includes = past
    return view
