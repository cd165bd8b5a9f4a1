"""Donation totals by donor, recipient, year, item or country.

A reported total and its parts are never added together: where parts of a donation carry
their own values, the parts are counted and the total is listed under `not_counted`. A
joint donation is one group of all its donors, not shares invented for each. A total that
includes a lower bound ("hơn 53,8 tỉ") is itself a lower bound, and says so. A value in a
currency without an exchange rate is added only to its own currency in `by_currency`: never
to the USD and VND totals, which then say they are lower bounds, and it is listed under
`not_counted` with the reason.

Proposals (donations extracted from articles that no analyst has decided) are left out of
totals unless asked for, and the answer says how many were left out; when they are
included, each group says how many of its donations are proposals."""

from enum import StrEnum
from typing import Any

from neo4j import AsyncDriver, RoutingControl
from pydantic import BaseModel, Field

from graph import cypher
from graph.driver import eager
from graph.props import to_date
from partnergraph.domain.views import Proposals
from partnergraph.domain.history import Predecessor


class GroupBy(StrEnum):
    donor = "donor"
    recipient = "recipient"
    year = "year"
    item = "item"
    country = "country"


class QuantityTotal(BaseModel):
    unit: str | None
    quantity: float
    lower_bound: bool = False


class Group(BaseModel):
    key: str
    label: str
    donations: int = Field(description="How many donations fall in this group.")
    valued: int = Field(description="How many of them carry a value that was counted.")
    total_usd: float | None = None
    total_vnd: float | None = None
    by_currency: dict[str, float] = Field(default_factory=dict, description="As written.")
    unconverted: int = Field(0, description="How many counted values are in `by_currency` but "
                             "not in total_usd/total_vnd: no exchange rate for their currency.")
    lower_bound: bool = Field(False, description="True: the real total is at least this (a "
                              "value is a lower bound, or could not be converted).")
    approximate: bool = False
    ambiguous: bool = False
    quantities: list[QuantityTotal] = Field(default_factory=list)
    donation_ids: list[str] = Field(default_factory=list)
    proposals: int = Field(0, description="How many of its donations are proposals "
                           "(extracted, not yet decided by an analyst).")


class NotCounted(BaseModel):
    id: str
    name: str
    raw: str
    reason: str


class DonationTotals(BaseModel):
    group_by: GroupBy
    direction: str | None
    proposals: Proposals = Field(Proposals.exclude, description="Whether proposals were counted.")
    proposals_excluded: int = Field(0, description="Proposals that matched but were left out "
                                    "of every total (proposals=exclude).")
    groups: list[Group]
    not_counted: list[NotCounted]
    includes: list[Predecessor] = Field(
        default_factory=list, description="Units merged into the donor or recipient asked "
        "for, whose donations these totals include; empty when there are none.")


def admitted(rows: list[dict[str, Any]], proposals: Proposals) -> tuple[list[dict[str, Any]], int]:
    """The rows `proposals` keeps, and how many proposals it left out."""
    kept = [r for r in rows if proposals.admits(bool(r["proposal"]))]
    left_out = 0 if proposals.admits(True) else sum(1 for r in rows if r["proposal"])
    return kept, left_out


def _keys(row: dict[str, Any], group_by: GroupBy) -> list[tuple[str, str]]:
    """The group(s) a donation falls in: one, except for items (one per item)."""
    if group_by in (GroupBy.donor, GroupBy.recipient):
        people = row["donors" if group_by is GroupBy.donor else "recipients"]
        if not people:
            note = row["donors_note"] if group_by is GroupBy.donor else None
            return [("(unnamed)", note or "(not named in the source)")]
        people = sorted(people, key=lambda p: p["id"])
        return [("+".join(p["id"] for p in people), " + ".join(p["name"] for p in people))]
    if group_by is GroupBy.country:
        countries = {c["id"]: c["name"] for cs in row["countries"] for c in cs}
        if not countries:
            return [("(unknown)", "(country not known)")]
        ids = sorted(countries)
        return [("+".join(ids), " + ".join(countries[i] for i in ids))]
    if group_by is GroupBy.year:
        start, end = to_date(row["start"]), to_date(row["end"])
        if not start and not end:
            return [("(undated)", "(date not known)")]
        first, last = (start or end).year, (end or start).year
        key = str(first) if first == last else f"{first}–{last}"
        return [(key, key if start and end else f"{key} ({row['when_raw']})")]
    return [(i["id"], i["name"]) for i in row["items"]] or [("(no item)", "(items not listed)")]


def aggregate(rows: list[dict[str, Any]], group_by: GroupBy, direction: str | None) -> DonationTotals:
    groups: dict[str, Group] = {}
    not_counted = []
    for row in rows:
        counted = row["value"] is not None and not row["itemised"]
        if row["value"] is not None and row["itemised"]:
            not_counted.append(NotCounted(id=row["id"], name=row["name"], raw=row["raw"],
                                          reason="its parts report their own values; they are counted instead"))
        elif counted and row["unconverted"]:
            not_counted.append(NotCounted(
                id=row["id"], name=row["name"], raw=row["raw"],
                reason=f"{row['unconverted']}: not in total_usd or total_vnd, only in "
                       f"by_currency as {row['currency']}"))
        keys = _keys(row, group_by)
        for key, label in keys:
            g = groups.setdefault(key, Group(key=key, label=label, donations=0, valued=0))
            g.donations += 1
            g.proposals += bool(row.get("proposal"))
            g.donation_ids.append(row["id"])
            if group_by is GroupBy.item:
                _add_quantity(g, row, key)
            # An item group gets the value only when the donation is of that one item.
            if counted and (group_by is not GroupBy.item or len(keys) == 1):
                _add_value(g, row)
    ordered = sorted(groups.values(), key=lambda g: (-(g.total_usd or 0), g.key))
    return DonationTotals(group_by=group_by, direction=direction, groups=ordered,
                          not_counted=not_counted)


def _add_value(g: Group, row: dict[str, Any]) -> None:
    g.valued += 1
    g.by_currency[row["currency"]] = g.by_currency.get(row["currency"], 0) + row["value"]
    if row["unconverted"]:
        # Sums are never negative, so what the normalised totals miss makes them at least.
        g.unconverted += 1
        g.lower_bound = True
    else:
        g.total_usd = (g.total_usd or 0) + (row["usd"] or 0)
        g.total_vnd = (g.total_vnd or 0) + (row["vnd"] or 0)
    g.lower_bound |= row["qualifier"] == "lower_bound"
    g.approximate |= row["qualifier"] in ("approximate", "estimate")
    g.ambiguous |= row["ambiguous"]


def _add_quantity(g: Group, row: dict[str, Any], item_id: str) -> None:
    by_unit: dict[str | None, QuantityTotal] = {q.unit: q for q in g.quantities}
    for line in row["items"]:
        if line["id"] != item_id or line["quantity"] is None:
            continue
        total = by_unit.setdefault(line["unit"], QuantityTotal(unit=line["unit"], quantity=0))
        total.quantity += line["quantity"]
        total.lower_bound |= line["qualifier"] == "lower_bound"
    g.quantities = list(by_unit.values())


def _among(people: list[dict[str, Any]], ids: set[str] | None) -> bool:
    return ids is None or any(p["id"] in ids for p in people)


async def donation_totals(
    *, driver: AsyncDriver, database: str, group_by: GroupBy, direction: str | None = None,
    proposals: Proposals = Proposals.exclude,
    donors: set[str] | None = None, recipients: set[str] | None = None,
) -> DonationTotals:
    """Totals of every donation, or of those one of `donors` gave and one of `recipients`
    received (None: anyone)."""
    records, _, _ = await driver.execute_query(
        cypher.load("queries/donation_totals"), direction=direction,
        database_=database, routing_=RoutingControl.READ, result_transformer_=eager,
    )
    rows = [r.data() for r in records]
    # The query reads every donation anyway for the totals: a partner's are picked here,
    # which keeps one named query behind both.
    rows = [r for r in rows if _among(r["donors"], donors) and _among(r["recipients"], recipients)]
    rows, excluded = admitted(rows, proposals)
    totals = aggregate(rows, group_by, direction)
    return totals.model_copy(update={"proposals": proposals, "proposals_excluded": excluded})
