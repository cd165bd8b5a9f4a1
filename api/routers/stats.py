from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Config, Driver
from api.params import TotalProposals
from graph.totals import DonationTotals, GroupBy, donation_totals
from partnergraph.domain import Direction
from partnergraph.domain.views import Proposals

router = APIRouter(prefix="/stats", tags=["stats"])


@router.get(
    "/donations",
    response_model=DonationTotals,
    summary="Donation totals by donor, recipient, year, item or country",
    description="Totals in USD and VND (normalised by the year's average rate, see "
    "data/rates/) and per currency as written. A reported total is never added to its own "
    "parts; joint donations form one group of all their donors; a total built on lower "
    "bounds has `lower_bound: true`. Proposals (extracted, not yet decided) are left out unless "
    "`proposals=include`; `proposals_excluded` says how many were.",
)
async def donations(
    driver: Driver,
    settings: Config,
    group_by: Annotated[GroupBy, Query(description="How to group")] = GroupBy.donor,
    direction: Annotated[Direction | None, Query(description="inbound or outbound; all when absent")] = None,
    proposals: TotalProposals = Proposals.exclude,
):
    return await donation_totals(driver=driver, database=settings.neo4j_database,
                                 group_by=group_by, direction=direction, proposals=proposals)
