"""Extracted records as domain facts: each cites its clauses with `method: extracted` and a
confidence; one the domain refuses is left out and named, so one odd sentence never costs
the article's other facts."""

from typing import Any

from pydantic import ValidationError

from loaders.article.mentions import Proposal
from loaders.article.page import Span
from partnergraph.domain import (
    Agreement,
    Donation,
    DonationItem,
    Engagement,
    Method,
    Partner,
    Project,
    Source,
)


def source(doc_id: str, span: Span, confidence: float) -> Source:
    return Source(document=doc_id, quote=span.text, method=Method.extracted,
                  confidence=round(confidence, 2))


def sections(records: list[Any], doc_id: str,
              skipped: list[str]) -> dict[str, list]:
    """The records as domain facts. One the domain refuses (a figure that does not parse,
    "0 thỏa thuận") is left out and named in `skipped`, so one odd sentence never costs the
    article's other facts."""
    models = {"donations": Donation, "agreements": Agreement, "projects": Project,
              "engagements": Engagement}
    out: dict[str, list] = {s: [] for s in models}
    for r in records:
        fields = {k: v for k, v in r.fields.items() if v not in (None, [], "")}
        sources = [source(doc_id, q, r.confidence) for q in r.quotes]
        try:
            if r.section == "donations":
                fields["items"] = [DonationItem(item=i["item"], quantity=i["quantity"])
                                   for i in fields.get("items", [])]
            out[r.section].append(models[r.section](id=r.id, sources=sources, **fields))
        except ValidationError as exc:
            reason = exc.errors()[0]["msg"].removeprefix("Value error, ")
            skipped.append(f"{r.id} ({r.quotes[0].text[:60]}…): {reason}")
    kept = {f.id for facts in out.values() for f in facts}
    for facts in out.values():  # links to a fact that was left out go too
        for fact in facts:
            if getattr(fact, "part_of", None) not in (None, *kept):
                fact.part_of = None
            if isinstance(fact, Engagement):
                fact.related = [i for i in fact.related if i in kept]
    return out


def partner(p: Proposal, doc_id: str, text: str) -> Partner:
    name = p.name
    note = None
    if p.country_written and not p.country:
        note = f"Country as written: {p.country_written}."
    return Partner(id=p.id, kind=p.kind, name_vi=name, country=p.country,
                   acronym=p.acronym or (name if name.isupper() and len(name) <= 8 else None),
                   acronym_expanded=not name.isupper(), notes=note,
                   sources=[source(doc_id, Span(p.start, p.end, text[p.start:p.end]), 0.6)])
