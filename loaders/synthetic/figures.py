"""Figures written the way Vietnamese reports write them ("hơn 53,8 tỷ đồng", "120.000 USD",
"tháng 3/2021"), drawn from skewed distributions, so the loader's parsers read them back."""

import math
import random

from loaders.synthetic.vocab import QUALIFIERS

# Rough units of each currency per US dollar: only to keep generated sums plausible.
PER_USD = {"USD": 1, "VND": 24_000, "CNY": 7, "KRW": 1_300, "JPY": 140, "EUR": 0.9, "AUD": 1.5}
CURRENCY_WORDS = {"VND": ("VNĐ", "đồng", "VND"), "CNY": ("nhân dân tệ", "CNY"),
                  "KRW": ("won", "KRW"), "JPY": ("yên", "JPY"), "USD": ("USD", "đô la Mỹ"),
                  "EUR": ("EUR", "euro"), "AUD": ("AUD",)}
# Years the activity spans, busier lately and with the Covid-19 surge of 2020-2021.
YEARS = list(range(2005, 2026))
YEAR_WEIGHTS = [1 + (y - 2005) * 0.25 + (4 if y in (2020, 2021) else 0) for y in YEARS]


def _decimal(value: float) -> str:
    """One decimal with a comma, none when it is zero: 53,8 / 250."""
    text = f"{value:.1f}".replace(".", ",")
    return text.removesuffix(",0")


def _grouped(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def qualifier(rng: random.Random) -> str:
    roll = rng.random()
    for prefix, share in QUALIFIERS:
        if roll < share:
            return prefix
        roll -= share
    return ""


def amount(rng: random.Random, currency: str, median_usd: float) -> str:
    """A sum of money as written; heavy-tailed (log-normal) around `median_usd`."""
    usd = median_usd * math.exp(rng.gauss(0, 1.4))
    value = max(1.0, usd * PER_USD[currency])
    prefix = qualifier(rng)
    word = rng.choice(CURRENCY_WORDS[currency])
    if rng.random() < 0.002 and currency == "USD" and 1_000 <= value < 1_000_000:
        # The ambiguous reading of the reports ("765,495 USD"): kept, flagged by the parser.
        return f"{int(value):,} {word}"
    if value >= 1e9:
        return f"{prefix}{_decimal(value / 1e9)} {rng.choice(('tỷ', 'tỉ'))} {word}"
    if value >= 1e6:
        return f"{prefix}{_decimal(value / 1e6)} triệu {word}"
    if prefix:  # a bound or an estimate is a round figure
        value = round(value, -max(0, len(str(int(value))) - 2))
    return f"{prefix}{_grouped(int(value))} {word}"


def quantity(rng: random.Random, units: tuple[str, ...]) -> str:
    count = max(1, int(math.exp(rng.gauss(4, 1.8))))
    return f"{qualifier(rng)}{_grouped(count)} {rng.choice(units)}"


def year(rng: random.Random) -> int:
    return rng.choices(YEARS, weights=YEAR_WEIGHTS)[0]


def when(rng: random.Random) -> str | None:
    """A date or a period as written, at the precision the reports give; sometimes none."""
    roll = rng.random()
    y = year(rng)
    if roll < 0.03:
        return None
    if roll < 0.40:
        return f"năm {y}"
    if roll < 0.75:
        return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{y}"
    if roll < 0.95:
        return f"tháng {rng.randint(1, 12)}/{y}"
    return f"giai đoạn {y - 1}-{y}"


def span(rng: random.Random, first: int | None = None) -> tuple[int, int, str]:
    start = first or year(rng)
    end = start + rng.choice((1, 2, 3, 4, 5))
    return start, end, rng.choice((f"giai đoạn {start}-{end}", f"{start}-{end}"))
