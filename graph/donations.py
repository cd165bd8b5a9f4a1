"""Donations, read with everything an analyst needs to cite them."""

from datetime import date
from typing import Any

from neo4j import AsyncDriver, RoutingControl

from graph import cypher
from partnergraph.domain.views import (
    DonationView,
    FactRef,
    ItemLine,
    PartnerRef,
    SourceRef,
    amount_view,
    flags_of,
    period_view,
)


def donation_view(row: dict[str, Any]) -> DonationView:
    d = row["donation"]
    value = amount_view(d, "value")
    items = [ItemLine(**i) for i in row["items"]]
    return DonationView(
        id=d["id"], name=d["name"], title_vi=d.get("title_vi"), title_en=d.get("title_en"),
        direction=d.get("direction", "other"),
        donors=[PartnerRef(**p) for p in row["donors"]], donors_note=d.get("donors_note"),
        recipients=[PartnerRef(**p) for p in row["recipients"]],
        recipients_note=d.get("recipients_note"),
        items=items, value=value, flags=flags_of(value, quantities=items),
        when=period_view(d, "when"),
        part_of=FactRef(**row["part_of"]) if row["part_of"] else None,
        parts=[FactRef(**c) for c in row["parts"]], notes=d.get("notes"),
        sources=[SourceRef(**s) for s in row["sources"]],
    )


async def find_donations(
    *, driver: AsyncDriver, database: str, donor: str | None = None,
    recipient: str | None = None, item: str | None = None, since: date | None = None,
    until: date | None = None, skip: int = 0, limit: int = 50,
) -> tuple[int, list[DonationView]]:
    records, _, _ = await driver.execute_query(
        cypher.load("queries/donations"), donor=donor, recipient=recipient, item=item,
        since=since, until=until, skip=skip, limit=limit,
        database_=database, routing_=RoutingControl.READ,
    )
    total = records[0]["total"] if records else 0
    return total, [donation_view(r.data()) for r in records]
