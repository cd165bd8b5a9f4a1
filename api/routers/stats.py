from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Config, Driver
from api.history import HISTORY, history_of
from api.params import partner_id
from api.responses import NO_SUCH_PARTNER
from api.params import TotalProposals
from graph.totals import DonationTotals, GroupBy, donation_totals
from partnergraph.domain import Direction
from partnergraph.domain.views import Proposals

router = APIRouter(prefix="/stats", tags=["stats"])

Partner = Annotated[str | None, Query(max_length=200, description="A partner id or any name.")]


@router.get(
    "/donations",
    response_model=DonationTotals,
    summary="Donation totals by donor, recipient, year, item or country",
    description="Totals in USD and VND (normalised by the year's average rate, see "
    "data/rates/) and per currency as written. A reported total is never added to its own "
    "parts; joint donations form one group of all their donors; a total built on lower "
    "bounds has `lower_bound: true`. `donor` and `recipient` narrow the totals to what one "
    "partner gave or received. Proposals (extracted, not yet decided) are left out unless "
    "`proposals=include`; `proposals_excluded` says how many were." + HISTORY,
    responses=NO_SUCH_PARTNER,
)
async def donations(
    driver: Driver,
    settings: Config,
    group_by: Annotated[GroupBy, Query(description="How to group")] = GroupBy.donor,
    direction: Annotated[Direction | None, Query(description="inbound or outbound; all when absent")] = None,
    donor: Partner = None,
    recipient: Partner = None,
    proposals: TotalProposals = Proposals.exclude,
):
    db = settings.neo4j_database
    donor_id, recipient_id = (await partner_id(driver, db, donor),
                              await partner_id(driver, db, recipient))
    donors_past = await history_of(driver, db, donor_id)
    recipients_past = await history_of(driver, db, recipient_id)
    totals = await donation_totals(
        driver=driver, database=db, group_by=group_by, direction=direction,
        donors={donor_id, *(p.id for p in donors_past)} if donor_id else None,
        recipients={recipient_id, *(p.id for p in recipients_past)} if recipient_id else None,
        proposals=proposals)
    totals.includes = donors_past + recipients_past
    return totals
