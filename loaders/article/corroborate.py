"""One hand-over reported by several articles is one donation with a source in each: a
donation extracted from an article that matches one already in the graph, or one of an
earlier article of the same load, is cited as another source of that donation instead of
being added again. How many documents cite a donation is then its corroboration count.

Two donations match when
- their donors are the same partners and their recipients are the same partners;
- their periods overlap once each is widened by `WINDOW_DAYS` (an undated one matches none);
- their figures agree: values in one currency within `VALUE_TOLERANCE` of each other, or,
  when either gives no value, at least one item with the same quantity in both and no item
  whose quantities differ (a donation with neither value nor quantities matches none)."""

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from neo4j import AsyncDriver

from graph import write
from graph.model import Label
from loaders.source import SourceFile
from partnergraph.domain import Donation

WINDOW_DAYS = 30
VALUE_TOLERANCE = 0.01


@dataclass
class Figures:
    value: float | None
    currency: str | None
    quantities: dict[str, float | None]


def _figures(d: Donation) -> Figures:
    return Figures(float(d.value.value) if d.value else None,
                   d.value.currency if d.value else None,
                   {i.item: float(i.quantity.value) if i.quantity else None for i in d.items})


def same_figures(a: Figures, b: Figures) -> bool:
    if a.value is not None and b.value is not None:
        return a.currency == b.currency and abs(a.value - b.value) <= VALUE_TOLERANCE * max(
            a.value, b.value)
    shared = [i for i in set(a.quantities) & set(b.quantities)
              if a.quantities[i] is not None and b.quantities[i] is not None]
    return bool(shared) and all(a.quantities[i] == b.quantities[i] for i in shared)


def _overlap(a: Donation, b: Donation) -> bool:
    if not (a.when and a.when.start and b.when and b.when.start):
        return False
    pad = timedelta(days=WINDOW_DAYS)
    return (a.when.start <= (b.when.end or b.when.start) + pad
            and b.when.start <= (a.when.end or a.when.start) + pad)


def same_donation(a: Donation, b: Donation) -> bool:
    return (set(a.donors) == set(b.donors) and set(a.recipients) == set(b.recipients)
            and _overlap(a, b) and same_figures(_figures(a), _figures(b)))


def articles(sources: list[SourceFile]) -> list[SourceFile]:
    from loaders.article import SUFFIXES  # the package imports this module's callers

    return [s for s in sources if s.path.suffix.lower() in SUFFIXES]


def _drop(source: SourceFile, renamed: dict[str, str]) -> None:
    """Leave out the donations now cited elsewhere; what pointed at them points there."""
    data = source.dataset
    data.donations = [d for d in data.donations if d.id not in renamed]
    for d in data.donations:
        if d.part_of in renamed:
            d.part_of = renamed[d.part_of]
    for e in data.engagements:
        e.related = [renamed.get(i, i) for i in e.related]


def within_load(sources: list[SourceFile]) -> int:
    """Donations of a later article that an earlier article of this load already reports
    become sources of the earlier one. Returns how many were merged."""
    seen: list[Donation] = []
    merged = 0
    for source in articles(sources):
        renamed = {}
        for d in source.dataset.donations:
            twin = next((s for s in seen if same_donation(s, d)), None)
            if twin is None:
                seen.append(d)
                continue
            twin.sources = [*twin.sources, *d.sources]
            renamed[d.id] = twin.id
        _drop(source, renamed)
        merged += len(renamed)
    return merged


async def against_graph(*, sources: list[SourceFile], driver: AsyncDriver,
                        database: str) -> dict[Label, list[dict[str, Any]]]:
    """Donations the graph already holds that an article of this load reports again: the
    article's quotes become citations of those donations (rows for `write_dataset`), and
    its own copy is left out."""
    proposed: dict[str, tuple[SourceFile, Donation]] = {}
    rows = []
    for source in articles(sources):
        for d in source.dataset.donations:
            if d.donors and d.recipients and d.when and d.when.start:
                key = f"{source.path}#{d.id}"
                proposed[key] = (source, d)
                rows.append({"key": key, "donors": sorted(d.donors),
                             "recipients": sorted(d.recipients), "start": d.when.start,
                             "end": d.when.end or d.when.start})
    found = await write.donation_twins(driver=driver, database=database, rows=rows,
                                       days=WINDOW_DAYS)
    citations: list[dict[str, Any]] = []
    renamed: dict[int, dict[str, str]] = {}
    for row in found:
        source, d = proposed[row["key"]]
        # A donation its own document already backs (the curated reading of this very
        # article) is not corroborated by it: that would only re-read one source.
        if d.id in renamed.get(id(source), {}) or {s.document for s in d.sources} & set(
                row["documents"]):
            continue
        theirs = Figures(row["value"], row["currency"],
                         {i["item"]: i["quantity"] for i in row["items"]})
        if not same_figures(_figures(d), theirs):
            continue
        renamed.setdefault(id(source), {})[d.id] = row["id"]
        citations += [{"from": row["id"], "to": s.document, "quote": s.quote or "",
                       "props": {"method": s.method, "confidence": s.confidence,
                                 "note": "corroborates"}} for s in d.sources]
    for source in articles(sources):
        _drop(source, renamed.get(id(source), {}))
    return {Label.Donation: citations} if citations else {}
