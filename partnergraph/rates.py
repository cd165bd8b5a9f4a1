"""Converting sums between currencies with annual average exchange rates, so that a gift
in VND and a grant in USD can be compared and added up.

The rates are the World Bank's PA.NUS.FCRF (IMF IFS) yearly averages shipped in
data/rates/ (see its README). A sum is converted at the rate of the year it belongs to; a
year the table does not cover uses the nearest year that it does, and the result says
which year that was, so a reader can tell an exact conversion from an approximate one.
A currency the table has no rows for is never given a guessed rate: `missing_rate` says
why its sums stay in the currency they were written in.
"""

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from partnergraph import ROOT

DEFAULT_PATH = ROOT / "data" / "rates" / "vnd_per_usd.csv"
_COLUMNS = ["year", "currency", "per_usd", "source"]


class RateError(ValueError):
    """An unknown currency, or a rates file that cannot be read."""


@dataclass(frozen=True, slots=True)
class Converted:
    """`value` is the input times `rate`; `rate_year` is the year whose rates were used
    (None when no rate was needed: a sum already in the target currency)."""

    value: Decimal
    rate_year: int | None
    rate: Decimal


class Rates:
    """Units of each currency per US dollar, by year. USD itself is 1 in every year."""

    def __init__(self, per_usd: dict[tuple[str, int], Decimal],
                 source: str = "data/rates/") -> None:
        self._per_usd = dict(per_usd)
        self.source = source
        self._missing: dict[str, str | None] = {}  # asked once per currency, not per sum
        self._years: dict[str, list[int]] = {}
        for currency, year in sorted(self._per_usd):
            self._years.setdefault(currency, []).append(year)
        self._currencies = frozenset(self._years) | {"USD"}
        # The year chosen for a set of currencies and a year: asked once per sum converted.
        self._nearest: dict[tuple[tuple[str, ...], int | None], int] = {}

    @property
    def currencies(self) -> frozenset[str]:
        return self._currencies

    def years(self, currency: str) -> list[int]:
        """The years the table has for `currency` (empty for USD, which needs none)."""
        return list(self._years.get(self._known(currency), []))

    def missing_rate(self, currency: str) -> str | None:
        """Why a sum in `currency` cannot be given in USD and VND, or None when it can (in
        some year: a missing year falls back to the nearest one)."""
        code = currency.strip().upper()
        if code not in self._missing:
            self._missing[code] = self._why_not(code)
        return self._missing[code]

    def _why_not(self, code: str) -> str | None:
        if code not in self.currencies:
            return f"no exchange rate for {code} in {self.source}"
        try:
            self.to_usd(Decimal(0), code, None)
            self.to_vnd(Decimal(0), code, None)
        except RateError as exc:
            return str(exc)
        return None

    def to_usd(self, value: Decimal, currency: str, year: int | None) -> Converted:
        return self.convert(value, currency, "USD", year)

    def to_vnd(self, value: Decimal, currency: str, year: int | None) -> Converted:
        return self.convert(value, currency, "VND", year)

    def convert(self, value: Decimal, source: str, target: str, year: int | None) -> Converted:
        """`value` in `source` currency as `target` currency, at the rates of `year` or of
        the nearest year the table has for both; with no year, the latest such year."""
        source, target = self._known(source), self._known(target)
        if source == target:
            return Converted(value=value, rate_year=None, rate=Decimal(1))
        used = self._nearest_year([c for c in (source, target) if c != "USD"], year)
        to, frm = self._rate(target, used), self._rate(source, used)
        # value * to / frm, not value * rate: dividing last keeps 46000 VND at 23000 = 2 USD
        # exact instead of 1.999…
        return Converted(value=value * to / frm, rate_year=used, rate=to / frm)

    def _known(self, currency: str) -> str:
        code = currency.strip().upper()
        if code not in self.currencies:
            raise RateError(f"no exchange rate for currency {currency!r} "
                            f"(known: {', '.join(sorted(self.currencies))})")
        return code

    def _rate(self, currency: str, year: int) -> Decimal:
        return Decimal(1) if currency == "USD" else self._per_usd[(currency, year)]

    def _nearest_year(self, currencies: Iterable[str], year: int | None) -> int:
        key = (tuple(currencies), year)
        if key not in self._nearest:
            self._nearest[key] = self._choose_year(key[0], year)
        return self._nearest[key]

    def _choose_year(self, currencies: tuple[str, ...], year: int | None) -> int:
        common = set.intersection(*(set(self._years[c]) for c in currencies))
        if not common:
            raise RateError(f"no year has rates for all of {', '.join(currencies)}")
        if year is None:
            return max(common)
        # On a tie the earlier year wins: its rate was already known at the time.
        return min(common, key=lambda y: (abs(y - year), y))


def load_rates(path: Path | str = DEFAULT_PATH) -> Rates:
    """Read a `year,currency,per_usd,source` CSV, refusing anything doubtful: a repeated
    row, a rate that is not a positive number, a column missing."""
    path = Path(path)
    per_usd: dict[tuple[str, int], Decimal] = {}
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != _COLUMNS:
            raise RateError(f"{path}: columns must be {','.join(_COLUMNS)}, "
                            f"not {','.join(reader.fieldnames or [])}")
        for line, row in enumerate(reader, start=2):
            try:
                key = (row["currency"].strip().upper(), int(row["year"]))
                rate = Decimal(row["per_usd"])
            except (ValueError, InvalidOperation, AttributeError):
                raise RateError(f"{path}:{line}: cannot read {row}") from None
            if len(key[0]) != 3 or not key[0].isalpha() or not rate > 0:
                raise RateError(f"{path}:{line}: bad currency or rate in {row}")
            if key in per_usd:
                raise RateError(f"{path}:{line}: {key[0]} {key[1]} appears twice")
            per_usd[key] = rate
    return Rates(per_usd, "data/rates/" if path == Path(DEFAULT_PATH) else str(path))
