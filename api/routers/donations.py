from typing import Annotated

from fastapi import APIRouter, Query

from api import paging
from api.deps import Config, Driver
from api.history import page_across
from api.kinds import ITEM_HELP, UNKNOWN_ITEM, item_word
from api.params import DATE_HELP, DATE_PATTERN, ListProposals, parse_bound
from partnergraph.domain.views import Proposals
from api.serialise import ModelResponse
from graph.donations import donations_in
from graph.driver import one_read
from graph.partners import resolve_with_history
from partnergraph.domain.history import HistoryPage
from partnergraph.domain.views import DonationView

router = APIRouter(prefix="/donations", tags=["donations"])

Ref = Annotated[str | None, Query(max_length=200)]


@router.get(
    "",
    response_model=HistoryPage[DonationView],
    summary="Donations by donor, recipient, period and item",
    description="`donor` and `recipient` take a partner id or any of its names "
    '("guangxi", "Quảng Tây", "quang tay", "广西"); what a partner gave is not what it '
    "received. Periods match `since`/`until` by overlap (an `until` before `since` "
    "matches nothing). A partner that absorbed others (Tuyên Quang, into which Hà Giang "
    "was merged on 2025-07-01) includes their donations: `includes` names them.",
    responses={404: {"description": "Unknown partner; `suggestions` lists near names"}}
    | UNKNOWN_ITEM,
)
async def donations(
    driver: Driver,
    settings: Config,
    donor: Annotated[str | None, Query(max_length=200, examples=["Quảng Tây"])] = None,
    recipient: Ref = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description=DATE_HELP,
                                       examples=["2020"])] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description=DATE_HELP)] = None,
    item: Annotated[str | None, Query(max_length=200, description=ITEM_HELP,
                                      examples=["vero cell"])] = None,
    proposals: ListProposals = Proposals.include,
    limit: paging.Limit = paging.DEFAULT_LIMIT,
    cursor: paging.Cursor = None,
):
    db = settings.neo4j_database
    start = parse_bound("since", since, end=False)
    end = parse_bound("until", until, end=True)

    async def answer(tx) -> HistoryPage:
        # The partners, the units merged into them, the item and the pages: one read.
        donor_ref, donors_past = (
            await resolve_with_history(tx, ref=donor) if donor else (None, []))
        recipient_ref, recipients_past = (
            await resolve_with_history(tx, ref=recipient) if recipient else (None, []))
        item_id = await item_word(driver, db, item, tx=tx)
        offset = paging.decode(cursor)
        if start and end and end < start:  # a period that ends before it starts holds nothing
            return HistoryPage(items=[], total=0)

        async def fetch(pair: tuple[str | None, str | None], skip: int, count: int):
            return await donations_in(
                tx, donor=pair[0], recipient=pair[1], item=item_id, since=start, until=end,
                skip=skip, limit=count, proposal=proposals.wanted)

        donor_ids = [donor_ref.id if donor_ref else None, *(p.id for p in donors_past)]
        recipient_ids = [recipient_ref.id if recipient_ref else None, *(p.id for p in recipients_past)]
        pairs = [(d, r) for d in donor_ids for r in recipient_ids]
        return await page_across(pairs, fetch, offset=offset, limit=limit,
                                 includes=donors_past + recipients_past)

    return ModelResponse(await one_read(driver=driver, database=db, work=answer))
