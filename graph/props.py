"""The storage format of a fact's figures, periods and sources, in one place: how graph/rows.py
flattens them into Neo4j properties (`*_props`) and how the read functions of graph/ turn
those properties back into the domain's views (`*_view`). A figure is stored as its value,
the text as written, its qualifier and flags, and its USD/VND at the year's rate under one
prefix (`value_raw`, `value_usd`, …); a period as raw text and start/end dates; the sources
of a relationship (which cannot point at documents) as parallel lists."""

from datetime import date
from typing import Any

from partnergraph.domain import Amount, Period, Source
from partnergraph.domain.views import AmountView, PeriodView, SourceRef
from partnergraph.rates import Rates


def amount_props(prefix: str, amount: Amount | None, year: int | None, rates: Rates) -> dict:
    if amount is None:
        return {}
    if amount.value_date:
        year = amount.value_date.year
    props = {
        f"{prefix}_raw": amount.raw,
        f"{prefix}": float(amount.value),
        f"{prefix}_currency": amount.currency,
        f"{prefix}_qualifier": amount.qualifier,
        f"{prefix}_ambiguous": amount.ambiguous,
        f"{prefix}_alternatives": [float(a) for a in amount.alternatives],
        f"{prefix}_note": amount.note,
        f"{prefix}_value_date": amount.value_date,
    }
    # No rate is ever guessed: without one the sum stays as written, its USD and VND
    # figures absent (None removes them on a reload), and the reason is stored instead.
    if missing := rates.missing_rate(amount.currency):
        return {**props, f"{prefix}_usd": None, f"{prefix}_vnd": None,
                f"{prefix}_rate_year": None, f"{prefix}_unconverted": missing}
    usd = rates.to_usd(amount.value, amount.currency, year)
    vnd = rates.to_vnd(amount.value, amount.currency, year)
    return {
        **props,
        f"{prefix}_usd": float(usd.value),
        f"{prefix}_vnd": float(vnd.value),
        # A USD amount needs no rate to USD but one to VND: the year of whichever was used.
        f"{prefix}_rate_year": usd.rate_year or vnd.rate_year,
        f"{prefix}_unconverted": None,
    }


def period_props(prefix: str, period: Period | None) -> dict:
    if period is None:
        return {}
    return {
        f"{prefix}_raw": period.raw,
        f"{prefix}_start": period.start,
        f"{prefix}_end": period.end,
        f"{prefix}_precision": period.precision,
    }


def source_props(sources: list[Source]) -> dict:
    """Relationships cannot point at documents, so they carry their sources as lists."""
    return {
        "source_documents": [s.document for s in sources],
        "source_quotes": [s.quote or "" for s in sources],
        "method": _method(sources),
    }


def _method(sources: list[Source]) -> str:
    return "curated" if any(s.method == "curated" for s in sources) else "extracted"


# The order key of donations (cypher/schema/indexes.cypher): the last day a donation's
# period reaches, with an open end sorting as the newest and an unknown period as the
# oldest. It is copied onto GAVE and TO with the partner's id, so "a partner's donations
# since 2020, newest first" is one ordered index seek, never a walk over all of them.
# The donation's when_* properties stay the facts; these two dates are only keys.
ONGOING = date(9999, 12, 31)
UNDATED = date(1, 1, 1)


def active_until(period: Period | None) -> date:
    if period is None or (period.start is None and period.end is None):
        return UNDATED
    return period.end or ONGOING



# Reading back: Neo4j's properties → the domain's views.

def amount_view(props: dict[str, Any], prefix: str) -> AmountView | None:
    if props.get(f"{prefix}_raw") is None:
        return None
    return AmountView(
        raw=props[f"{prefix}_raw"],
        value=props[prefix],
        currency=props[f"{prefix}_currency"],
        qualifier=props[f"{prefix}_qualifier"],
        ambiguous=props.get(f"{prefix}_ambiguous") or False,
        alternatives=props.get(f"{prefix}_alternatives") or [],
        note=props.get(f"{prefix}_note"),
        usd=props.get(f"{prefix}_usd"),
        vnd=props.get(f"{prefix}_vnd"),
        rate_year=props.get(f"{prefix}_rate_year"),
        unconverted=props.get(f"{prefix}_unconverted"),
    )


def period_view(props: dict[str, Any], prefix: str) -> PeriodView | None:
    if props.get(f"{prefix}_raw") is None:
        return None
    return PeriodView(
        raw=props[f"{prefix}_raw"],
        start=to_date(props.get(f"{prefix}_start")),
        end=to_date(props.get(f"{prefix}_end")),
        precision=props.get(f"{prefix}_precision"),
    )


def to_date(value: Any) -> date | None:
    """Neo4j returns its own Date type; views speak Python's."""
    if value is None:
        return None
    return value.to_native() if hasattr(value, "to_native") else value


def sources_view(props: dict[str, Any]) -> list[SourceRef]:
    docs = props.get("source_documents") or []
    quotes = props.get("source_quotes") or []
    method = props.get("method") or "curated"
    return [SourceRef(document=d, quote=q, method=method) for d, q in zip(docs, quotes, strict=False)]
