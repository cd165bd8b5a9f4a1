from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Config, Driver
from graph.totals import DonationTotals, GroupBy, donation_totals
from partnergraph.domain import Direction

router = APIRouter(prefix="/stats", tags=["stats"])


@router.get(
    "/donations",
    response_model=DonationTotals,
    summary="Donation totals by donor, recipient, year, item or country",
    description="Totals in USD and VND (normalised by the year's average rate, see "
    "data/rates/) and per currency as written. A reported total is never added to its own "
    "parts; joint donations form one group of all their donors; a total built on lower "
    "bounds has `lower_bound: true`.",
)
async def donations(
    driver: Driver,
    settings: Config,
    group_by: Annotated[GroupBy, Query(description="How to group")] = GroupBy.donor,
    direction: Annotated[Direction | None, Query(description="inbound or outbound; all when absent")] = None,
):
    return await donation_totals(driver=driver, database=settings.neo4j_database,
                                 group_by=group_by, direction=direction)
