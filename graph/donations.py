"""Donations, read with everything an analyst needs to cite them."""

from datetime import date
from typing import Any

from neo4j import READ_ACCESS, AsyncDriver, AsyncManagedTransaction

from graph import cypher
from graph.driver import not_retried_when_too_large
from graph.props import amount_view, period_view
from partnergraph.domain.views import (
    DonationView,
    FactRef,
    ItemLine,
    PartnerRef,
    SourceRef,
    flags_of,
    is_proposal,
)


def donation_view(row: dict[str, Any]) -> DonationView:
    d = row["donation"]
    value = amount_view(d, "value")
    items = [ItemLine(**i) for i in row["items"]]
    return DonationView(
        id=d["id"], name=d["name"], proposal=is_proposal(d.get("method")),
        title_vi=d.get("title_vi"), title_en=d.get("title_en"),
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
    proposal: bool | None = None,
) -> tuple[int, list[DonationView]]:
    """One page of matching donations, newest first, and how many match in all. The page
    is chosen by an index seek from the donor, else the recipient, else every donation;
    its details are read in the same transaction, so page and total agree. `proposal`: true
    for proposals only, false for none, None for all."""
    if donor is not None:
        name, params = "queries/donations_given", {"donor": donor, "recipient": recipient}
    elif recipient is not None:
        name, params = "queries/donations_received", {"recipient": recipient}
    else:
        name, params = "queries/donations", {}
    params |= {"item": item, "since": since, "until": until, "skip": skip, "limit": limit,
               "proposal": proposal}

    async def work(tx: AsyncManagedTransaction) -> tuple[int, list[dict[str, Any]]]:
        with not_retried_when_too_large():
            page = await (await tx.run(cypher.load(name), params)).single(strict=True)
            ids = [d["id"] for d in page["page"]]
            if not ids:
                return page["total"], []
            details = await tx.run(cypher.load("queries/donation_detail"), ids=ids)
            return page["total"], [r.data() async for r in details]

    async with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        total, rows = await session.execute_read(work)
    return total, [donation_view(r) for r in rows]
