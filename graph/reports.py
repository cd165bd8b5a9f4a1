"""The aid report: what the province received over a period, by partner kind, country,
partner, year and item, in VND and USD, as the department reports aid mobilised.

Every breakdown is built by `totals.aggregate`, the code behind /stats/donations, so a
report and the statistics can never disagree: a reported total is not added to its own
parts, a total resting on a lower bound says so, a sum without an exchange rate stays out
of the VND and USD totals. What is left out of the totals, and why, is listed; every
donation counted comes with the quotes it rests on. Proposals (extracted, not yet decided)
are left out unless asked for, and the report says how many were."""

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from neo4j import AsyncDriver, RoutingControl
from pydantic import BaseModel, Field

from graph import cypher
from graph.driver import eager
from graph.props import to_date
from graph.totals import Group, GroupBy, NotCounted, admitted, aggregate
from partnergraph.domain.views import Proposals
from partnergraph.rates import load_rates
from partnergraph.words import KINDS


class Dimension(StrEnum):
    kind = "kind"  # the donors' partner kind
    country = "country"  # the donors' country
    partner = "partner"  # the donors
    year = "year"
    item = "item"


NOTES = [
    "Aid mobilised: donations the province received. Projects, programmes and agreements are "
    "not donations and are not counted here.",
    "VND and USD totals convert each value at the World Bank average rate of its own year "
    "(data/rates/); the rates used are listed.",
    "A total marked as a lower bound is at least that much: one of its values is written as "
    "\"more than …\", or could not be converted.",
    "A joint donation is counted once, in one group of all its donors, never split into "
    "invented shares.",
    "A donation of several items counts in each item's quantities, but in no item's value.",
]


class ReportDonation(BaseModel):
    id: str
    name: str
    proposal: bool = Field(False, description="Extracted, not yet decided by an analyst.")
    donors: list[str]
    kinds: list[str]
    countries: list[str]
    recipients: list[str]
    items: list[str]
    when: str | None
    value_raw: str | None
    value: float | None
    currency: str | None
    total_vnd: float | None
    total_usd: float | None
    rate_year: int | None
    counted: bool = Field(description="Its value is in the totals.")
    lower_bound: bool
    approximate: bool
    ambiguous: bool
    beyond_period: bool = Field(description="Its period reaches beyond the report's: its "
                                "whole value is counted, the source does not split it.")
    sources: int


class ReportSource(BaseModel):
    donation: str
    document: str
    title: str | None
    publisher: str | None
    url: str | None
    quote: str | None
    method: str


class Breakdown(BaseModel):
    dimension: Dimension
    groups: list[Group]


class Rate(BaseModel):
    year: int
    vnd_per_usd: float


class AidReport(BaseModel):
    since: date | None
    until: date | None
    proposals: Proposals = Field(Proposals.exclude, description="Whether proposals were counted.")
    proposals_excluded: int = Field(0, description="Proposals of the period left out of the "
                                    "report (proposals=exclude).")
    total: Group
    breakdowns: list[Breakdown]
    donations: list[ReportDonation]
    not_counted: list[NotCounted]
    sources: list[ReportSource]
    rates: list[Rate]
    notes: list[str]


def _as(rows: list[dict[str, Any]], donors) -> list[dict[str, Any]]:
    """The rows with their donors replaced, so that the donor grouping groups by anything."""
    return [{**row, "donors": donors(row), "donors_note": None} for row in rows]


def _kinds(row: dict[str, Any]) -> list[dict[str, str]]:
    kinds = sorted({d["kind"] for d in row["donors"] if d.get("kind")})
    if not row["donors"]:
        return [{"id": "(unnamed)", "name": "(nhà tài trợ không nêu tên · donors not named)"}]
    return [{"id": k, "name": f"{KINDS[k].vi} ({KINDS[k].en})"} for k in kinds] or \
        [{"id": "(unknown)", "name": "(không rõ loại · kind not known)"}]


def _breakdown(rows: list[dict[str, Any]], dimension: Dimension) -> Breakdown:
    if dimension is Dimension.kind:
        totals = aggregate(_as(rows, _kinds), GroupBy.donor, "inbound")
    else:
        by = {Dimension.partner: GroupBy.donor, Dimension.country: GroupBy.country,
              Dimension.year: GroupBy.year, Dimension.item: GroupBy.item}[dimension]
        totals = aggregate(rows, by, "inbound")
    return Breakdown(dimension=dimension, groups=totals.groups)


def _donation(row: dict[str, Any], counted: set[str], since: date | None,
              until: date | None) -> ReportDonation:
    start, end = to_date(row["start"]), to_date(row["end"])
    beyond = bool((since and (start is None or start < since))
                  or (until and (end is None or end > until)))
    return ReportDonation(
        id=row["id"], name=row["name"], proposal=bool(row.get("proposal")),
        donors=[d["name"] for d in row["donors"]]
        or [row["donors_note"] or "(not named in the source)"],
        kinds=sorted({d["kind"] for d in row["donors"] if d.get("kind")}),
        countries=sorted({c["name"] for cs in row["countries"] for c in cs}),
        recipients=[r["name"] for r in row["recipients"]],
        items=[i["name"] for i in row["items"]], when=row["when_raw"],
        value_raw=row["raw"], value=row["value"], currency=row["currency"],
        total_vnd=row["vnd"], total_usd=row["usd"], rate_year=row["rate_year"],
        counted=row["id"] in counted, lower_bound=row["qualifier"] == "lower_bound",
        approximate=row["qualifier"] in ("approximate", "estimate"),
        ambiguous=row["ambiguous"], beyond_period=beyond and row["dated"],
        sources=len(row["sources"]))


def build(rows: list[dict[str, Any]], *, since: date | None, until: date | None,
          dimensions: list[Dimension], proposals: Proposals = Proposals.exclude) -> AidReport:
    """The report over rows of queries/report_aid."""
    # Only proposals the period would have held count as left out.
    _, excluded = admitted([r for r in rows if r["in_period"]], proposals)
    rows, _ = admitted(rows, proposals)
    inside = [r for r in rows if r["in_period"]]
    total = aggregate(_as(inside, lambda _: [{"id": "total", "name": "Tổng cộng (Total)"}]),
                      GroupBy.donor, "inbound")
    not_counted = list(total.not_counted)
    not_counted += [NotCounted(id=r["id"], name=r["name"], raw=r["raw"] or "",
                               reason="the source gives no value: counted as a donation, "
                               "adds nothing to the totals")
                    for r in inside if r["value"] is None]
    not_counted += [NotCounted(id=r["id"], name=r["name"], raw=r["raw"] or "",
                               reason="its date is not known: it cannot be placed in the "
                               "period")
                    for r in rows if not r["dated"] and not r["in_period"]]
    left_out = {n.id for n in total.not_counted}
    counted = {r["id"] for r in inside if r["value"] is not None and r["id"] not in left_out}
    rates = load_rates()
    years = sorted({r["rate_year"] for r in inside if r["rate_year"]})
    return AidReport(
        since=since, until=until, proposals=proposals, proposals_excluded=excluded,
        total=total.groups[0] if total.groups else Group(key="total", label="Tổng cộng (Total)",
                                                         donations=0, valued=0),
        breakdowns=[_breakdown(inside, d) for d in dimensions],
        donations=[_donation(r, counted, since, until) for r in inside],
        not_counted=not_counted,
        sources=[ReportSource(donation=r["id"], **s) for r in inside for s in r["sources"]],
        rates=[Rate(year=y, vnd_per_usd=float(rates.to_vnd(Decimal(1), "USD", y).value))
               for y in years],
        notes=NOTES + _proposal_notes(proposals, excluded, inside),
    )


def _proposal_notes(proposals: Proposals, excluded: int, rows: list[dict[str, Any]]) -> list[str]:
    """What the report says of proposals, so that a printed copy says it too."""
    if excluded:
        return [f"{excluded} donation(s) extracted from articles and not yet reviewed are "
                "left out (proposals=include counts them)."]
    counted = sum(1 for r in rows if r.get("proposal"))
    if counted:
        return [f"{counted} donation(s) counted are proposals: extracted from articles and "
                "not yet reviewed."]
    return []


async def aid_report(*, driver: AsyncDriver, database: str, since: date | None,
                     until: date | None, dimensions: list[Dimension],
                     proposals: Proposals = Proposals.exclude) -> AidReport:
    records, _, _ = await driver.execute_query(
        cypher.load("queries/report_aid"), since=since, until=until,
        database_=database, routing_=RoutingControl.READ, result_transformer_=eager,
    )
    return build([r.data() for r in records], since=since, until=until, dimensions=dimensions,
                 proposals=proposals)
