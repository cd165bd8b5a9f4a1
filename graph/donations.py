"""Donations, read with everything an analyst needs to cite them."""

from datetime import date
from typing import Any

from neo4j import READ_ACCESS, AsyncDriver, AsyncManagedTransaction

from graph import cypher
from graph.driver import not_retried_when_too_large
from graph.props import amount_view, period_view
from partnergraph.domain.views import DonationView, flags_of, is_proposal


def donation_view(row: dict[str, Any]) -> DonationView:
    """A donation's detail row → its view, validated once from plain dicts (in pydantic's
    core: faster than constructing a model per partner, item and source)."""
    d = row["donation"]
    value = amount_view(d, "value")
    return DonationView.model_validate({
        "id": d["id"], "name": d["name"], "proposal": is_proposal(d.get("method")),
        "title_vi": d.get("title_vi"), "title_en": d.get("title_en"),
        "direction": d.get("direction", "other"),
        "donors": row["donors"], "donors_note": d.get("donors_note"),
        "recipients": row["recipients"], "recipients_note": d.get("recipients_note"),
        "items": row["items"], "value": value,
        "flags": flags_of(value, qualifiers=[i.get("qualifier") for i in row["items"]]),
        "when": period_view(d, "when"), "part_of": row["part_of"], "parts": row["parts"],
        "notes": d.get("notes"), "sources": row["sources"],
    })


def _kept_year(since: date | None) -> int | None:
    """The year from which the kept counts answer `since`: they are kept by year, so only
    a start of year (or no bound) is answered from them."""
    if since is None:
        return 1
    return since.year if (since.month, since.day) == (1, 1) else None


def _query(*, donor: str | None, recipient: str | None, item: str | None,
           since: date | None, until: date | None, skip: int, limit: int,
           proposal: bool | None) -> tuple[str, dict[str, Any]]:
    """The page's named query and its parameters."""
    partner = donor if recipient is None else recipient if donor is None else None
    kept_year = (_kept_year(since) if partner and item is None and until is None
                 and proposal is None else None)
    if donor is not None:
        name, params = "queries/donations_given", {"donor": donor, "recipient": recipient}
    elif recipient is not None:
        name, params = "queries/donations_received", {"recipient": recipient}
    else:
        name, params = "queries/donations", {}
    return name, params | {"item": item, "since": since, "until": until, "skip": skip,
                           "limit": limit, "proposal": proposal, "kept_year": kept_year}


async def donations_in(
    tx: AsyncManagedTransaction, *, donor: str | None = None, recipient: str | None = None,
    item: str | None = None, since: date | None = None, until: date | None = None,
    skip: int = 0, limit: int = 50, proposal: bool | None = None,
) -> tuple[int, list[DonationView]]:
    """find_donations inside a transaction the caller holds (with the partner it names)."""
    name, params = _query(donor=donor, recipient=recipient, item=item, since=since,
                          until=until, skip=skip, limit=limit, proposal=proposal)
    with not_retried_when_too_large():
        # The total comes with the page: from the partner's kept counts when they answer.
        page = await (await tx.run(cypher.load(name), params)).single(strict=True)
        ids = [d["id"] for d in page["page"]]
        if not ids:
            return page["total"], []
        details = await tx.run(cypher.load("queries/donation_detail"), ids=ids)
        # Maps and lists only: read as decoded, without record.data()'s walk over them.
        rows = [dict(r) async for r in details]
    return page["total"], [donation_view(r) for r in rows]


async def find_donations(
    *, driver: AsyncDriver, database: str, donor: str | None = None,
    recipient: str | None = None, item: str | None = None, since: date | None = None,
    until: date | None = None, skip: int = 0, limit: int = 50,
    proposal: bool | None = None,
) -> tuple[int, list[DonationView]]:
    """One page of matching donations, newest first, and how many match in all. The page
    is chosen by an index seek from the donor, else the recipient, else every donation;
    its details are read in the same transaction, so page and total agree. `proposal`: true
    for proposals only, false for none, None for all. How many a partner gave or received
    since the start of a year is read, in the page's query, from the counts kept on it
    (as queries/donation_counts reads them), not counted; those count proposals too, so
    they answer only when `proposal` is None."""
    async def work(tx: AsyncManagedTransaction) -> tuple[int, list[DonationView]]:
        return await donations_in(tx, donor=donor, recipient=recipient, item=item,
                                  since=since, until=until, skip=skip, limit=limit,
                                  proposal=proposal)

    async with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        return await session.execute_read(work)
