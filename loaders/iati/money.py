"""Adding up an activity's budgets and disbursements into the one figure a Project holds,
keeping the parts' currencies honest: a sum in one currency is exact; a sum across
currencies is converted at each part's value-date rate and says so."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from partnergraph.domain import Amount
from partnergraph.rates import Rates

ORIGINAL, REVISED = "1", "2"


@dataclass(frozen=True)
class Budget:
    type: str
    start: date | None
    end: date | None
    amount: Amount


def current_budgets(budgets: list[Budget]) -> list[Amount]:
    """One amount per budget period: a revised budget replaces the original one for the
    same period, so the two are never added together."""
    by_period: dict[tuple[date | None, date | None], list[Budget]] = {}
    for b in budgets:
        by_period.setdefault((b.start, b.end), []).append(b)
    chosen = []
    for group in by_period.values():
        revised = [b for b in group if b.type == REVISED]
        chosen += [b.amount for b in (revised[-1:] if revised else group)]
    return chosen


def total(amounts: list[Amount], what: str, currency: str | None, rates: Rates) -> Amount | None:
    if not amounts:
        return None
    if len(amounts) == 1:
        return amounts[0]
    currencies = sorted({a.currency for a in amounts})
    if len(currencies) == 1:
        value = sum((a.value for a in amounts), Decimal(0))
        return Amount.model_construct(
            raw=f"{value} {currencies[0]}", value=value, currency=currencies[0],
            qualifier="exact", ambiguous=False, alternatives=[], value_date=None,
            note=f"sum of {len(amounts)} {what}")
    target = currency if currency in currencies else amounts[0].currency
    value = sum((rates.convert(a.value, a.currency, target,
                               a.value_date.year if a.value_date else None).value
                 for a in amounts), Decimal(0)).quantize(Decimal("0.01"))
    return Amount.model_construct(
        raw=f"{value} {target}", value=value, currency=target, qualifier="estimate",
        ambiguous=False, alternatives=[], value_date=None,
        note=f"sum of {len(amounts)} {what} in {', '.join(currencies)}, converted to "
             f"{target} at each one's value-date rate")
