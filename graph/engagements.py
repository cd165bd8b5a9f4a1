"""Engagements — meetings, visits, calls for support — read with their sources."""

from datetime import date

from neo4j import AsyncDriver, RoutingControl

from graph import cypher
from graph.driver import eager
from graph.props import amount_view, period_view
from partnergraph.domain.views import (
    EngagementView,
    LinkedFact,
    PartnerRef,
    SourceRef,
    flags_of,
    is_proposal,
)


async def find_engagements(
    *, driver: AsyncDriver, database: str, partner: str | None = None,
    since: date | None = None, until: date | None = None, skip: int = 0, limit: int = 50,
    proposal: bool | None = None,
) -> tuple[int, list[EngagementView]]:
    records, _, _ = await driver.execute_query(
        cypher.load("queries/engagements"), partner=partner, since=since, until=until,
        skip=skip, limit=limit, proposal=proposal, database_=database, routing_=RoutingControl.READ,
            result_transformer_=eager,
    )
    views = []
    for r in records:
        e = r["engagement"]
        amount = amount_view(e, "amount")
        views.append(EngagementView(
            id=e["id"], name=e["name"], kind=e["kind"], proposal=is_proposal(e.get("method")),
            title_vi=e.get("title_vi"),
            title_en=e.get("title_en"), participants=[PartnerRef(**p) for p in r["participants"]],
            participants_note=e.get("participants_note"), when=period_view(e, "when"),
            amount=amount, flags=flags_of(amount), led_to=[LinkedFact(**f) for f in r["led_to"]],
            notes=e.get("notes"), sources=[SourceRef(**s) for s in r["sources"]],
        ))
    return (records[0]["total"] if records else 0), views
