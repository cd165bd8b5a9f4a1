"""Adding up an activity's budgets and disbursements into the one figure a Project holds,
keeping the parts' currencies honest: a sum in one currency is exact; a sum across
currencies is converted at each part's value-date rate and says so. A part in a currency
data/rates/ cannot convert is never given a guessed rate: it is left out of a sum across
currencies, which becomes a lower bound whose note names what it leaves out."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from partnergraph.domain import Amount
from partnergraph.rates import Rates, RateError

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
    target = _target(amounts, currency, rates)
    value, left_out = _converted_sum(amounts, target, rates)
    converted = f"converted to {target} at each one's value-date rate"
    if not left_out:
        return Amount.model_construct(
            raw=f"{value} {target}", value=value, currency=target, qualifier="estimate",
            ambiguous=False, alternatives=[], value_date=None,
            note=f"sum of {len(amounts)} {what} in {', '.join(currencies)}, {converted}")
    missing = ", ".join(f"{v} {c} ({rates.missing_rate(c) or 'no rate to ' + target})"
                        for c, v in sorted(left_out.items()))
    return Amount.model_construct(
        raw=f"{value} {target}", value=value, currency=target, qualifier="lower_bound",
        ambiguous=False, alternatives=[], value_date=None,
        note=f"sum of {len(amounts)} {what} in {', '.join(currencies)}, {converted}; at "
             f"least this, since what has no rate is left out: {missing}")


def _target(amounts: list[Amount], currency: str | None, rates: Rates) -> str:
    """The activity's currency when its parts include it, else the first part's; but one
    that data/rates/ can convert when there is one, so the sum has USD and VND figures."""
    preferred = currency if any(a.currency == currency for a in amounts) else amounts[0].currency
    if rates.missing_rate(preferred) is None:
        return preferred
    return next((a.currency for a in amounts if rates.missing_rate(a.currency) is None),
                preferred)


def _converted_sum(amounts: list[Amount], target: str,
                   rates: Rates) -> tuple[Decimal, dict[str, Decimal]]:
    """The parts that convert to `target`, added up to the cent, and the others' sums by
    currency."""
    value, left_out = Decimal(0), {}
    for a in amounts:
        if a.currency == target:  # needs no rate, even where data/rates/ has none
            value += a.value
            continue
        try:
            value += rates.convert(a.value, a.currency, target,
                                   a.value_date.year if a.value_date else None).value
        except RateError:
            left_out[a.currency] = left_out.get(a.currency, Decimal(0)) + a.value
    return value.quantize(Decimal("0.01")), left_out
