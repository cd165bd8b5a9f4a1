"""Agreements, projects and meetings that several articles report: as for donations
(`corroborate.py`), a fact extracted from an article that matches one of an earlier article
of the same load, or one the graph holds, is cited as another source of it instead of
being added again.

- Agreements match when exactly the same parties signed, their kinds agree (the same, or
  one of them only "agreement"), neither is a count of several, and the signing dates are
  within `AGREEMENT_DAYS` of each other.
- Projects match when exactly the same partners fund them, their kinds are the same
  ("project" or "programme"; an aggregate never matches), their periods overlap once
  widened by `PROJECT_DAYS`, and their budgets in one currency are within
  `corroborate.VALUE_TOLERANCE` of each other — or, when either gives none, their titles
  are close spellings (≥ `TITLE_SCORE`).
- Engagements match when exactly the same partners took part, both are meetings (a visit
  or a working meeting) or of the same kind, and their dates are within `MEETING_DAYS`.
A fact with fewer than two parties (one funder for a project), or undated, matches none;
a fact already backed by the same document is not corroborated by it."""

from datetime import timedelta
from typing import Any

from neo4j import AsyncDriver
from rapidfuzz import fuzz

from graph import write
from graph.model import Label
from loaders.article import corroborate
from loaders.article.meetings import MEETING_KINDS
from loaders.source import SourceFile
from partnergraph import names
from partnergraph.domain import Agreement, Engagement, Project

AGREEMENT_DAYS = 30
PROJECT_DAYS = 30
MEETING_DAYS = 3
TITLE_SCORE = 90

# section → (label, partner field, date field, window in days, fewest partners)
_FACTS = {"agreements": (Label.Agreement, "parties", "signed", AGREEMENT_DAYS, 2),
          "projects": (Label.Project, "funders", "period", PROJECT_DAYS, 1),
          "engagements": (Label.Engagement, "participants", "when", MEETING_DAYS, 2)}


def _kinds_agree(section: str, a: str | None, b: str | None) -> bool:
    if section == "agreements":
        return a == b or "agreement" in (a, b)
    if section == "projects":
        return a == b and a != "aggregate"
    return a == b or (a in MEETING_KINDS and b in MEETING_KINDS)


def _title(f: Any) -> str:
    return names.fold(getattr(f, "title_vi", None) or getattr(f, "title_en", None) or "")


def _budget(f: Any) -> tuple[float | None, str | None]:
    budget = getattr(f, "budget", None)
    return (float(budget.value), budget.currency) if budget else (None, None)


def same_figures(section: str, a: dict, b: dict) -> bool:
    """`a`, `b`: {kind, count, value, currency, title} of two facts of one section."""
    if not _kinds_agree(section, a["kind"], b["kind"]) or a["count"] or b["count"]:
        return False
    if section != "projects":
        return True
    if a["value"] is not None and b["value"] is not None:
        return corroborate.same_figures(corroborate.Figures(a["value"], a["currency"], {}),
                                        corroborate.Figures(b["value"], b["currency"], {}))
    return bool(a["title"] and b["title"]
                and fuzz.ratio(names.fold(a["title"]), names.fold(b["title"])) >= TITLE_SCORE)


def _figures(fact: Agreement | Project | Engagement) -> dict:
    value, currency = _budget(fact)
    return {"kind": fact.kind, "count": getattr(fact, "count", None), "value": value,
            "currency": currency, "title": _title(fact)}


def _when(section: str, fact: Any):
    return getattr(fact, _FACTS[section][2], None)


def _eligible(section: str, fact: Any) -> bool:
    _, field, _, _, fewest = _FACTS[section]
    when = _when(section, fact)
    return len(set(getattr(fact, field))) >= fewest and bool(when and when.start)


def _near(section: str, a: Any, b: Any) -> bool:
    wa, wb = _when(section, a), _when(section, b)
    pad = timedelta(days=_FACTS[section][3])
    return (wa.start <= (wb.end or wb.start) + pad and wb.start <= (wa.end or wa.start) + pad)


def same_fact(section: str, a: Any, b: Any) -> bool:
    field = _FACTS[section][1]
    return (_eligible(section, a) and _eligible(section, b)
            and set(getattr(a, field)) == set(getattr(b, field)) and _near(section, a, b)
            and same_figures(section, _figures(a), _figures(b)))


def _drop(source: SourceFile, section: str, renamed: dict[str, str]) -> None:
    data = source.dataset
    setattr(data, section, [f for f in getattr(data, section) if f.id not in renamed])
    for e in data.engagements:
        e.related = [renamed.get(i, i) for i in e.related]
    for d in data.donations:
        if d.project in renamed:
            d.project = renamed[d.project]


def within_load(sources: list[SourceFile]) -> int:
    """Facts of a later article that an earlier article of this load already reports
    become sources of the earlier one. Returns how many were merged."""
    merged = 0
    for section in _FACTS:
        seen: list[Any] = []
        for source in corroborate.articles(sources):
            renamed = {}
            for f in getattr(source.dataset, section):
                twin = next((s for s in seen if same_fact(section, s, f)), None)
                if twin is None:
                    seen.append(f)
                    continue
                twin.sources = [*twin.sources, *f.sources]
                renamed[f.id] = twin.id
            _drop(source, section, renamed)
            merged += len(renamed)
    return merged


async def against_graph(*, sources: list[SourceFile], driver: AsyncDriver,
                        database: str) -> dict[Label, list[dict[str, Any]]]:
    """Agreements, projects and engagements the graph already holds that an article of
    this load reports again: citations of the known ones, the article's copies left out."""
    citations: dict[Label, list[dict[str, Any]]] = {}
    for section, (label, field, _, days, _) in _FACTS.items():
        proposed, rows = {}, []
        for source in corroborate.articles(sources):
            for f in getattr(source.dataset, section):
                if _eligible(section, f):
                    when = _when(section, f)
                    key = f"{source.path}#{f.id}"
                    proposed[key] = (source, f)
                    rows.append({"key": key, "partners": sorted(set(getattr(f, field))),
                                 "start": when.start, "end": when.end or when.start})
        found = await write.fact_twins(driver=driver, database=database, label=label,
                                       rows=rows, days=days)
        renamed: dict[int, dict[str, str]] = {}
        for row in found:
            source, f = proposed[row["key"]]
            if f.id in renamed.get(id(source), {}) or {s.document for s in f.sources} & set(
                    row["documents"]):
                continue
            if not same_figures(section, _figures(f), row):
                continue
            renamed.setdefault(id(source), {})[f.id] = row["id"]
            citations.setdefault(label, []).extend(
                {"from": row["id"], "to": s.document, "quote": s.quote or "",
                 "props": {"method": s.method, "confidence": s.confidence,
                           "note": "corroborates"}} for s in f.sources)
        for source in corroborate.articles(sources):
            _drop(source, section, renamed.get(id(source), {}))
    return citations
