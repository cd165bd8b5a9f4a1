"""Agreements, projects and documents, read with their sources."""

from datetime import date
from typing import Any

from neo4j import AsyncDriver, RoutingControl

from graph import cypher
from graph.driver import eager
from graph.errors import NotFound
from graph.props import amount_view, period_view
from partnergraph.domain.views import (
    AgreementView,
    CitedFact,
    DocumentView,
    PartnerRef,
    ProjectView,
    SourceRef,
    flags_of,
    is_proposal,
)


def _refs(rows: list[dict]) -> list[PartnerRef]:
    return [PartnerRef(**p) for p in rows]


async def _page(query: str, driver: AsyncDriver, database: str, **params):
    records, _, _ = await driver.execute_query(
        cypher.load(query), database_=database, routing_=RoutingControl.READ,
            result_transformer_=eager, **params
    )
    return (records[0]["total"] if records else 0), [r.data() for r in records]


async def find_agreements(
    *, driver: AsyncDriver, database: str, partner: str | None = None,
    active_on: date | None = None, skip: int = 0, limit: int = 50, proposal: bool | None = None,
) -> tuple[int, list[AgreementView]]:
    total, rows = await _page("queries/agreements", driver, database, partner=partner,
                              active_on=active_on, skip=skip, limit=limit,
                              proposal=proposal)
    return total, [
        AgreementView(
            id=(a := r["agreement"])["id"], name=a["name"], kind=a["kind"],
            proposal=is_proposal(a.get("method")),
            title_vi=a.get("title_vi"), title_en=a.get("title_en"), count=a.get("count"),
            parties=_refs(r["parties"]), signed=period_view(a, "signed"),
            period=period_view(a, "period"), notes=a.get("notes"),
            sources=[SourceRef(**s) for s in r["sources"]],
        )
        for r in rows
    ]


async def find_projects(
    *, driver: AsyncDriver, database: str, partner: str | None = None, skip: int = 0,
    limit: int = 50, proposal: bool | None = None,
) -> tuple[int, list[ProjectView]]:
    total, rows = await _page("queries/projects", driver, database, partner=partner,
                              skip=skip, limit=limit, proposal=proposal)
    views = []
    for r in rows:
        p = r["project"]
        budget, disbursed = amount_view(p, "budget"), amount_view(p, "disbursed")
        views.append(ProjectView(
            id=p["id"], name=p["name"], kind=p["kind"], proposal=is_proposal(p.get("method")),
            title_vi=p.get("title_vi"),
            title_en=p.get("title_en"), count=p.get("count"), funders=_refs(r["funders"]),
            funders_count=p.get("funders_count"), funders_note=p.get("funders_note"),
            implementers=_refs(r["implementers"]), beneficiaries=_refs(r["beneficiaries"]),
            budget=budget, disbursed=disbursed, flags=flags_of(budget, disbursed),
            period=period_view(p, "period"), status=p.get("status"), notes=p.get("notes"),
            sources=[SourceRef(**s) for s in r["sources"]],
        ))
    return total, views


async def document_detail(*, driver: AsyncDriver, database: str, id: str) -> DocumentView:
    records, _, _ = await driver.execute_query(
        cypher.load("queries/document_detail"), id=id, database_=database,
        routing_=RoutingControl.READ, result_transformer_=eager,
    )
    if not records:
        raise NotFound("document", id)
    d = records[0]["document"]
    return DocumentView(
        id=d["id"], title=d.get("title"), kind=d.get("kind"), publisher=d.get("publisher"),
        author=d.get("author"), published=period_view(d, "published"),
        language=d.get("language"), url=d.get("url"), sha256=d.get("sha256"),
        notes=d.get("notes"), text=d.get("text"),
        facts=[_cited_fact(f) for f in records[0]["facts"]],
    )


def _cited_fact(row: dict[str, Any]) -> CitedFact:
    props = row.get("props") or {}
    amounts = {role: view for role in ("value", "budget", "disbursed", "amount")
               if (view := amount_view(props, role)) is not None}
    period = next((view for role in ("when", "period", "signed")
                   if (view := period_view(props, role)) is not None), None)
    fields = {k: v for k, v in row.items() if k != "props"}
    return CitedFact(**fields, proposal=is_proposal(props.get("method")), count=props.get("count"),
                     amounts=amounts, period=period)
