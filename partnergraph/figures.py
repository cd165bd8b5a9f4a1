"""Figures as Vietnamese news articles write them: sums of money, counts of things, dates
and spans.

Every parser keeps the text as written (`raw`) beside the reading it chose, and when the
text admits two readings ("765,495 USD": 765.495 by the Vietnamese convention, 765 495 by
the English one) it says so instead of silently picking one. Pure functions with no
project imports, so the domain models, the loaders and a later article extractor can all
share them; `find_amounts` finds amounts in running text with their offsets.

A sum may be in any ISO 4217 currency written as its code ("1000 GBP"); only the currencies
below have words and symbols of their own, and only those are looked for in running text.
"""

import calendar
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Literal

import pycountry


#: Parsed figures kept, by their text: a large dataset writes the same few thousand dates,
#: counts and sums over and over, and each reading is immutable (frozen dataclasses).
_CACHED = 1 << 16


class FigureError(ValueError):
    """A figure that cannot be read; the message quotes what was not understood."""


class Qualifier(StrEnum):
    exact = "exact"
    lower_bound = "lower_bound"
    upper_bound = "upper_bound"
    approximate = "approximate"
    estimate = "estimate"


Q = Qualifier
_QUALIFIERS: dict[str, Qualifier] = {
    "hơn nữa": Q.lower_bound, "hơn": Q.lower_bound, "trên": Q.lower_bound,
    "ít nhất": Q.lower_bound, "tối thiểu": Q.lower_bound, "không dưới": Q.lower_bound,
    "dưới": Q.upper_bound, "không quá": Q.upper_bound, "tối đa": Q.upper_bound,
    "chưa đến": Q.upper_bound, "chưa tới": Q.upper_bound,
    "gần": Q.approximate, "khoảng": Q.approximate, "xấp xỉ": Q.approximate,
    "chừng": Q.approximate, "khoảng chừng": Q.approximate, "ước chừng": Q.approximate,
    "ước đạt": Q.estimate, "ước tính": Q.estimate, "dự kiến": Q.estimate,
    "dự tính": Q.estimate, "ước": Q.estimate,
    # the English pages of the same sites
    "more than": Q.lower_bound, "over": Q.lower_bound, "at least": Q.lower_bound,
    "less than": Q.upper_bound, "up to": Q.upper_bound,
    "about": Q.approximate, "around": Q.approximate, "approximately": Q.approximate,
    "nearly": Q.approximate, "almost": Q.approximate, "some": Q.approximate,
    "roughly": Q.approximate, "close to": Q.approximate,
}
_TRAILING_QUALIFIERS = {"trở lên": Q.lower_bound, "trở xuống": Q.upper_bound}
# "ước đạt hơn 5 tỷ" is both an estimate and a lower bound: the bound says more to a query
# that adds sums up, so it wins.
_PRECEDENCE = [Q.lower_bound, Q.upper_bound, Q.estimate, Q.approximate, Q.exact]

_SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỉ": 10**9, "tỷ": 10**9,
           # the English pages of the same sites
           "thousand": 10**3, "million": 10**6, "billion": 10**9,
           # and their short forms ("VND1.2bn", "US$3.5mn", "1.5 trillion VND")
           "trillion": 10**12, "bn": 10**9, "bln": 10**9, "mn": 10**6, "mln": 10**6, "m": 10**6}
_CURRENCIES: dict[str, str] = {
    **dict.fromkeys(["vnđ", "vnd", "đồng", "đ", "₫", "việt nam đồng", "đồng việt nam",
                     "dong", "vietnamese dong", "vn dong"], "VND"),
    **dict.fromkeys(["usd", "us$", "$", "đô la mỹ", "đô-la mỹ", "đôla mỹ", "đô la", "đô-la",
                     "đôla", "đô", "us dollars", "us dollar", "u.s. dollars", "dollars"], "USD"),
    **dict.fromkeys(["eur", "euro", "€", "euros"], "EUR"),
    **dict.fromkeys(["cny", "rmb", "nhân dân tệ", "ndt", "tệ", "yuan"], "CNY"),
    # "¥" alone is the yen: the yuan on these pages is written "nhân dân tệ", CNY or RMB
    **dict.fromkeys(["jpy", "yên nhật", "yên", "yen", "¥"], "JPY"),
    "£": "GBP",
    **dict.fromkeys(["krw", "won hàn quốc", "won", "₩"], "KRW"),
    **dict.fromkeys(["aud", "a$", "đô la úc", "đô-la úc", "đô la australia",
                     "australian dollars"], "AUD"),
    # the donors' own currencies the pages name in words: "đô la Canada" is no US dollar
    **dict.fromkeys(["c$", "đô la canada", "đô-la canada", "canadian dollars"], "CAD"),
    **dict.fromkeys(["nz$", "đô la new zealand", "đô-la new zealand",
                     "new zealand dollars"], "NZD"),
    **dict.fromkeys(["s$", "đô la singapore", "đô-la singapore", "singapore dollars"],
                    "SGD"),
    **dict.fromkeys(["hk$", "đô la hồng kông", "đô la hong kong", "hong kong dollars"],
                    "HKD"),
    **dict.fromkeys(["franc thụy sĩ", "swiss francs"], "CHF"),
    **dict.fromkeys(["bảng anh", "pounds sterling", "british pounds"], "GBP"),
    # "bạt" is also a tarpaulin; after a number it is the baht unless a tarpaulin's own
    # word follows ("500 bạt che mưa", `_NOT_TARPAULIN`)
    **dict.fromkeys(["baht", "bạt thái", "bạt"], "THB"),
    # "kip" alone on the English pages; the Vietnamese "kíp" alone is also a work shift
    # ("3 kíp trực"), so there it needs "Lào"
    **dict.fromkeys(["kíp lào", "kip lào", "lao kip", "kip"], "LAK"),
    # the border provinces' gifts to Cambodia's: "200 triệu riel", "KHR 50 million"
    **dict.fromkeys(["riel campuchia", "riels", "riel"], "KHR"),
    # the currencies of the partners in Russia, Belarus, Kazakhstan, Mongolia, India, Israel,
    # Turkey and the Gulf, as the pages name them in words
    **dict.fromkeys(["rúp nga", "rúp", "rouble", "roubles", "ruble", "rubles", "₽"], "RUB"),
    **dict.fromkeys(["rúp belarus", "belarusian rubles", "belarusian roubles"], "BYN"),
    **dict.fromkeys(["tenge"], "KZT"),
    **dict.fromkeys(["tugrik", "tögrög", "tugriks"], "MNT"),
    **dict.fromkeys(["rupee", "rupees", "rupee ấn độ", "rupi ấn độ", "₹"], "INR"),
    **dict.fromkeys(["shekel", "shekels", "shekel israel"], "ILS"),
    **dict.fromkeys(["lira thổ nhĩ kỳ", "turkish lira", "turkish liras"], "TRY"),
    **dict.fromkeys(["dirham", "dirhams", "dirham uae"], "AED"),
    **dict.fromkeys(["riyal qatar", "qatari riyals", "qatari riyal"], "QAR"),
    **dict.fromkeys(["riyal saudi", "riyal ả rập xê út", "saudi riyals", "saudi riyal"], "SAR"),
    # the Nordic donors and the companies of Malaysia, Indonesia, the Philippines and Taiwan;
    # "kroner" alone is Danish or Norwegian, so it needs its country
    **dict.fromkeys(["ringgit malaysia", "ringgit", "rm"], "MYR"),
    **dict.fromkeys(["krona thụy điển", "kronor thụy điển", "swedish kronor", "swedish krona",
                     "kronor"], "SEK"),
    **dict.fromkeys(["krone na uy", "kroner na uy", "norwegian kroner", "norwegian krone"],
                    "NOK"),
    **dict.fromkeys(["krone đan mạch", "kroner đan mạch", "danish kroner", "danish krone"],
                    "DKK"),
    **dict.fromkeys(["rupiah indonesia", "rupiah"], "IDR"),
    **dict.fromkeys(["peso philippines", "philippine pesos"], "PHP"),
    **dict.fromkeys(["nt$", "đô la đài loan", "đài tệ", "tân đài tệ", "taiwan dollars",
                     "new taiwan dollars"], "TWD"),
}
_PREFIX_SYMBOLS = ("us$", "a$", "c$", "nz$", "s$", "hk$", "nt$", "$", "€", "₩", "₫", "¥", "£")
# Digits after the decimal point that each currency is written with (ISO 4217 minor units):
# a reading that needs more is not plausible. Most currencies have 2; these are the current
# codes that do not, as java.util.Currency (JDK 17) lists them. pycountry has no minor units.
_MINOR_DIGITS = {
    **dict.fromkeys(["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
                     "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"], 0),
    **dict.fromkeys(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"], 3),
    "CLF": 4,
}
_ISO_CODE_RE = re.compile(r"[A-Z]{3}")


def iso_currency(code: str) -> bool:
    """True when `code` is a current ISO 4217 alphabetic code ("GBP"; not "XYZ", not "gbp")."""
    return bool(_ISO_CODE_RE.fullmatch(code)) and pycountry.currencies.get(alpha_3=code) is not None


def minor_digits(currency: str) -> int:
    return _MINOR_DIGITS.get(currency, 2)


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so "hơn nữa" wins over "hơn" and "đô la mỹ" over "đô"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_QUALIFIER, _TRAILING, _SYMBOL, _SCALE, _CURRENCY = map(_alternation, [
    _QUALIFIERS, _TRAILING_QUALIFIERS, _PREFIX_SYMBOLS, _SCALES, _CURRENCIES])
_QUALIFIER_RE = re.compile(rf"({_QUALIFIER})(?!\w)\s*", re.I)
_TRAILING_RE = re.compile(rf"\s*({_TRAILING})$", re.I)
_SYMBOL_RE = re.compile(rf"({_SYMBOL})\s*(?=\d)", re.I)
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_SCALE_RE = re.compile(rf"({_SCALE})(?!\w)\s*", re.I)
_NOT_TARPAULIN = r"(?!(?<=bạt)\s+(?:che|nilon|ni lông|nhựa|phủ|dứa|chống))"
_CURRENCY_RE = re.compile(rf"({_CURRENCY})(?!\w)", re.I)
# "VND 600 million", "USD 30,000", "VND1.2bn": the English pages may write the code first;
# "RM50,000" is Malaysia's ringgit, in capitals only.
_CODE_FIRST = (r"(?-i:VND|USD|EUR|JPY|KRW|CNY|RMB|AUD|GBP|CHF|CAD|NZD|SGD|THB|LAK|KHR|RUB|INR|"
               r"AED|SEK|NOK|DKK|MYR|IDR|PHP|TWD|RM)")
_CODE_FIRST_RE = re.compile(rf"({_CODE_FIRST})\s*(?=\d)")
# "3,2 triệu CHF", "15,000 SEK": the codes of donors' currencies the pages write after the
# number, in capitals. Any other three capitals after a number ("100 CUP", "ALL 5") are
# no currency in running text.
_CODE_AFTER = (r"(?-i:CHF|CAD|NZD|SGD|GBP|SEK|NOK|DKK|HKD|THB|LAK|KHR|INR|MYR|IDR|TWD|RUB|BYN|"
               r"KZT|MNT|ILS|AED|QAR|SAR|PHP)")
# "50 triệu kíp": after a scale word the Vietnamese "kíp" is the kip, not a work shift
_SCALED_KIP = r"(?:(?<=triệu\s)|(?<=nghìn\s)|(?<=ngàn\s)|(?<=tỷ\s)|(?<=tỉ\s))kíp"
# A sum written in words ("năm trăm triệu đồng", "hai tỷ ba trăm triệu đồng"): the digits,
# "mười"/"mươi" for tens, "trăm", and the scales that multiply what came before them.
_DIGIT_WORDS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5,
                "lăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_WORD_SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_NUMBER_WORDS = [*_DIGIT_WORDS, *_WORD_SCALES, "mười", "mươi", "trăm", "linh", "lẻ"]
_WORDS_NUMBER_RE = re.compile(rf"(?:(?:{_alternation(_NUMBER_WORDS)})(?:\s+|$))+", re.I)
# (in running text the run opens with a digit or "mười": "đầu tư hai tỷ đồng" starts at "hai")
_OPENING_WORDS = [w for w in _DIGIT_WORDS if w not in ("tư", "lăm", "mốt")] + ["mười"]
_WORDS_IN_TEXT = rf"(?:{_alternation(_OPENING_WORDS)})(?:\s+(?:{_alternation(_NUMBER_WORDS)}))+"
_AMOUNT_IN_TEXT_RE = re.compile(
    rf"(?<![\w.,])(?:(?:{_QUALIFIER})\s+)*(?:(?:{_SYMBOL})\s*)?\d+(?:[.,]\d+)*\s*"
    rf"(?:(?:{_SCALE})(?!\w)\s*)*"
    # "2 tỷ 300 triệu đồng": a sum in several scales is one sum
    rf"(?:\d+(?:[.,]\d+)*\s*(?:(?:{_SCALE})(?!\w)\s*)+)*(?:{_CURRENCY}|{_CODE_AFTER}|{_SCALED_KIP})"
    rf"(?!\w)"
    rf"{_NOT_TARPAULIN}"
    rf"|(?<![\w.,])(?:(?:{_QUALIFIER})\s+)*{_CODE_FIRST}\s*\d+(?:[.,]\d+)*"
    rf"(?:\s*(?:{_SCALE})(?!\w))*"
    # "năm trăm triệu đồng": a sum in words, its currency after it
    rf"|(?<![\w.,])(?:(?:{_QUALIFIER})\s+)*{_WORDS_IN_TEXT}\s+(?:{_CURRENCY}|{_CODE_AFTER})"
    rf"(?!\w)"
    # "US$250,000", "€30,000", "$1.2 million": a symbol first says the currency alone
    rf"|(?<![\w.,])(?:(?:{_QUALIFIER})\s+)*(?:{_SYMBOL})\s*\d+(?:[.,]\d+)*"
    rf"(?:\s*(?:{_SCALE})(?!\w))*", re.I)


# "với kinh phí tài trợ của CJ gần 3 tỷ, cùng …": a Vietnamese page may leave the đồng
# unwritten after "tỷ" or "triệu"; read so only where the words before it speak of money, and
# said so in the amount's note.
_BARE_VND_RE = re.compile(
    rf"(?<![\w.,])(?:(?:{_QUALIFIER})\s+)*\d+(?:[.,]\d+)*\s*(?:triệu|tỷ|tỉ)"
    r"(?=\s*[,.;)]|\s*$|\s+(?:và|cùng|cho|để|từ|do)\s)", re.I)
_MONEY_BEFORE_RE = re.compile(r"(?:kinh phí|trị giá|giá trị|số tiền|tổng vốn|nguồn vốn|"
                              r"tài trợ|viện trợ|hỗ trợ|ủng hộ)(?!\w)[^.;\d]{0,40}$", re.I)
_BARE_SCALE_RE = re.compile(r"(?:triệu|tỷ|tỉ)\s*$", re.I)
_BARE_VND_NOTE = "no currency is written; a sum in triệu or tỷ is read as đồng"


@dataclass(frozen=True, slots=True)
class ParsedAmount:
    raw: str
    value: Decimal
    currency: str
    qualifier: Qualifier = Qualifier.exact
    ambiguous: bool = False
    alternatives: tuple[Decimal, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedQuantity:
    raw: str
    value: Decimal
    unit: str | None = None
    qualifier: Qualifier = Qualifier.exact
    ambiguous: bool = False
    alternatives: tuple[Decimal, ...] = ()


@dataclass(frozen=True, slots=True)
class AmountMatch:
    """An amount found in running text; `text[start:end]` is what was parsed."""

    start: int
    end: int
    amount: ParsedAmount


def _clean(text: str) -> str:
    s = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"\s+", " ", s).strip()
    while True:
        before, s = s, s.rstrip(".,;:").strip()
        if len(s) > 1 and s[0] + s[-1] in ("()", "[]"):
            s = s[1:-1].strip()
        if s == before:
            return s


def _take_qualifiers(s: str) -> tuple[Qualifier, str]:
    found = [Q.exact]
    while m := _QUALIFIER_RE.match(s):
        found.append(_QUALIFIERS[m[1].lower()])
        s = s[m.end():]
    if m := _TRAILING_RE.search(s):
        found.append(_TRAILING_QUALIFIERS[m[1].lower()])
        s = s[: m.start()]
    return min(found, key=_PRECEDENCE.index), s.strip()


def _grouped(parts: list[str]) -> bool:
    """True when parts are thousands groups: "1", "234", "567" of 1.234.567."""
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def _read_number(token: str, raw: str, *, scaled: bool, max_decimals: int,
                 why: str) -> tuple[Decimal, tuple[Decimal, ...], str | None]:
    """The number `token` stands for, following the separator rules of this module's
    callers: (value, other readings, note on the choice)."""
    commas, dots = token.count(","), token.count(".")
    if commas and dots:
        decimal_sep = "," if token.rfind(",") > token.rfind(".") else "."
        thousands_sep = "." if decimal_sep == "," else ","
        whole, _, fraction = token.rpartition(decimal_sep)
        if decimal_sep in whole or not _grouped(whole.split(thousands_sep)):
            raise FigureError(f"number {token!r} in {raw!r} mixes separators in no known way")
        return Decimal(whole.replace(thousands_sep, "") + "." + fraction), (), None
    sep = "," if commas else "." if dots else None
    if sep is None:
        return Decimal(token), (), None
    parts = token.split(sep)
    if len(parts) == 2 and sep == "," and scaled:
        return Decimal(".".join(parts)), (), None
    if len(parts) == 2 and sep == "," and _grouped(parts):
        as_decimal, as_thousands = Decimal(".".join(parts)), Decimal("".join(parts))
        chosen, other = as_thousands, as_decimal
        if max_decimals >= 3:  # both readings plausible: the text is Vietnamese
            chosen, other, why = as_decimal, as_thousands, "the text is Vietnamese"
        note = (f"{token!r} reads {as_decimal} by the Vietnamese convention (comma = decimal "
                f"point) and {as_thousands} by the English one (comma = thousands); read as "
                f"{chosen} because {why}")
        return chosen, (other,), note
    if _grouped(parts) and (sep == "." or len(parts) > 2):
        return Decimal("".join(parts)), (), None
    if len(parts) == 2:
        return Decimal(".".join(parts)), (), None
    raise FigureError(f"number {token!r} in {raw!r}: groups after {sep!r} must have 3 digits")


def _number_and_tail(s: str, raw: str) -> tuple[str, int, str, str | None]:
    """(number token, scale multiplier, the rest, a prefix currency symbol)."""
    symbol = None
    if m := _SYMBOL_RE.match(s):
        symbol, s = m[1].lower(), s[m.end():]
    m = _NUMBER_RE.match(s)
    if not m:
        raise FigureError(f"no number at the start of {raw!r}")
    token, rest, multiplier = m[0], s[m.end():].strip(), 1
    while sm := _SCALE_RE.match(rest):
        multiplier *= _SCALES[sm[1].lower()]
        rest = rest[sm.end():]
    return token, multiplier, rest.strip(), symbol


def _scaled(value: Decimal, multiplier: int) -> Decimal:
    if multiplier == 1:
        return value
    value *= multiplier
    return value.to_integral_value() if value == value.to_integral_value() else value


def _currency_after(rest: str, raw: str) -> str:
    """The currency written after the number: a known word or symbol, else an ISO 4217 code
    in capitals. Codes are matched only here, never in running text, where "ALL" or "CUP"
    are words far more often than currencies."""
    if m := _CURRENCY_RE.fullmatch(rest):
        return _CURRENCIES[m[1].lower()]
    if iso_currency(rest):
        return rest
    if _ISO_CODE_RE.fullmatch(rest):
        raise FigureError(f"currency {rest!r} in {raw!r} is not an ISO 4217 code")
    raise FigureError(f"currency {rest!r} in {raw!r} not understood (a word or symbol for "
                      f"{', '.join(sorted(set(_CURRENCIES.values())))}, or an ISO 4217 code "
                      "such as GBP)")


# "500 triệu đồng (tương đương 20.000 USD)": the sum as given, then the same sum in another
# currency for the reader; the first is the amount, the second is kept in the note.
# The words that open the same sum told again in brackets (the extractor reads them too).
EQUIVALENT_WORDS = r"(?:tương đương|tức là|tức|quy đổi|equivalent to|equal to|or|~|≈)"
_EQUIVALENT_RE = re.compile(
    rf"\s*[(\[]\s*(?:{EQUIVALENT_WORDS}"
    r"\s*(?:với\s+)?)?(?P<other>[^()\[\]]*?\d[^()\[\]]*?)\s*[)\]]$", re.I)


def _without_equivalent(s: str, raw: str) -> tuple[str, str | None]:
    """(the sum, a note on the equivalent written after it in brackets, or None)."""
    m = _EQUIVALENT_RE.search(s)
    if not m or not s[: m.start()].strip():
        return s, None
    other = parse_amount(m["other"])
    return s[: m.start()].strip(), (f"{raw!r} also gives the sum as {m['other'].strip()!r} "
                                    f"({other.value} {other.currency}); the first is read")


def _number_in_words(s: str) -> tuple[int, str] | None:
    """The whole number a run of number words at the start of `s` writes, and the rest; None
    when there is no run, or it has no word past the digits ("ba đồng" is no sum written
    out: a page writes digits for it)."""
    m = _WORDS_NUMBER_RE.match(s)
    words = m[0].lower().split() if m else []
    if not words or words[0] not in _OPENING_WORDS or not any(
            w in _WORD_SCALES or w in ("trăm", "mươi", "mười") for w in words):
        return None  # ("tỷ đồng": no number at all)
    total = section = digit = 0
    for w in words:
        if w in _DIGIT_WORDS:
            digit = _DIGIT_WORDS[w]
        elif w == "mười":
            section += 10
        elif w == "mươi":
            section, digit = section + digit * 10, 0
        elif w == "trăm":
            section, digit = section + digit * 100, 0
        elif w in _WORD_SCALES:
            part = section + digit
            # "một nghìn tỷ": a scale after a scale multiplies all before it
            total = total * _WORD_SCALES[w] if part == 0 else total + part * _WORD_SCALES[w]
            section = digit = 0
    return total + section + digit, s[m.end():]


@functools.lru_cache(maxsize=_CACHED)
def parse_amount(text: str) -> ParsedAmount:
    """A sum of money as written: "hơn 53,8 tỉ VNĐ", "900.031 triệu đồng", "5,221.00 USD".

    With a scale word (nghìn, ngàn, triệu, tỉ, tỷ) a single comma is the decimal point;
    "." between groups of exactly 3 digits separates thousands; with both "," and ".",
    whichever comes last is the decimal point. A lone "," followed by exactly 3 digits and
    no scale word is ambiguous: the plausible reading is chosen, the other kept. The currency
    is a Vietnamese word or symbol, or any ISO 4217 code in capitals ("2.500.000 SEK").
    """
    raw = text
    s, equivalent = _without_equivalent(_clean(text), raw)
    qualifier, s = _take_qualifiers(s)
    if code := _CODE_FIRST_RE.match(s):
        s = f"{s[code.end():]} {code[1]}"
    if spelt := _number_in_words(s):
        s = f"{spelt[0]} {spelt[1]}"  # "năm trăm triệu đồng": 500000000 đồng
    token, multiplier, rest, symbol = _number_and_tail(s, raw)
    extra, rest = _compound_tail(rest, multiplier, raw)
    currency = _CURRENCIES[symbol] if symbol else None
    if rest:
        written = "LAK" if multiplier > 1 and rest.lower() == "kíp" else \
            _currency_after(rest, raw)
        if currency and written != currency:
            raise FigureError(f"currency {rest!r} in {raw!r} contradicts the symbol before "
                              f"the number ({currency})")
        currency = written
    bare = currency is None and not rest and bool(_BARE_SCALE_RE.search(s))
    if bare:
        currency = "VND"  # "gần 3 tỷ"
    if currency is None:
        raise FigureError(f"no currency in {raw!r}")
    value, others, note = _read_number(
        token, raw, scaled=multiplier > 1, max_decimals=minor_digits(currency),
        why=f"{currency} amounts are not written with 3 decimals")
    return ParsedAmount(raw=raw, value=_scaled(value, multiplier) + extra, currency=currency,
                        qualifier=qualifier, ambiguous=bool(others),
                        alternatives=tuple(_scaled(o, multiplier) + extra for o in others),
                        note="; ".join(n for n in (note, equivalent, bare and _BARE_VND_NOTE)
                                       if n) or None)


def _compound_tail(rest: str, multiplier: int, raw: str) -> tuple[Decimal, str]:
    """The smaller parts of a sum written in several scales, "2 tỷ 300 triệu đồng",
    "1 triệu 500 nghìn đồng": each part's scale below the one before it. (0, rest) when
    there are none."""
    extra = Decimal(0)
    while multiplier > 1 and (m := _NUMBER_RE.match(rest)):
        after, scale = rest[m.end():].strip(), 1
        while sm := _SCALE_RE.match(after):
            scale *= _SCALES[sm[1].lower()]
            after = after[sm.end():]
        if not 1 < scale < multiplier:
            break
        part, _, _ = _read_number(m[0], raw, scaled=True, max_decimals=0, why="")
        extra += _scaled(part, scale)
        rest, multiplier = after.strip(), scale
    return extra, rest


@functools.lru_cache(maxsize=_CACHED)
def parse_quantity(text: str) -> ParsedQuantity:
    """How many of something: "hơn 45.000 bộ", "(90 cái)", "07 cái", "20.000 khẩu trang y
    tế" (the unit is the rest of the noun phrase), "800" (no unit)."""
    raw = text
    s, equivalent = _without_equivalent(_clean(text), raw)
    qualifier, s = _take_qualifiers(s)
    if code := _CODE_FIRST_RE.match(s):
        s = f"{s[code.end():]} {code[1]}"
    token, multiplier, rest, symbol = _number_and_tail(s, raw)
    if symbol:
        raise FigureError(f"{raw!r} is a sum of money, not a quantity")
    value, others, _ = _read_number(token, raw, scaled=multiplier > 1, max_decimals=0,
                                    why="counts are whole numbers")
    return ParsedQuantity(raw=raw, value=_scaled(value, multiplier), unit=rest or None,
                          qualifier=qualifier, ambiguous=bool(others),
                          alternatives=tuple(_scaled(o, multiplier) for o in others))


def find_amounts(text: str) -> list[AmountMatch]:
    """Every sum of money in running text, with its character offsets, qualifier included
    ("ước đạt 765,495 USD"). Candidates that do not parse are skipped. The text should be
    NFC-normalised: offsets refer to it as given, so it is not normalised here."""
    found = []
    for m in _AMOUNT_IN_TEXT_RE.finditer(text):
        start, raw = m.start(), m[0]
        if (over := _OVER_RE.match(raw)) and _HANDED_RE.search(text, max(0, start - 12), start):
            start, raw = start + over.end(), raw[over.end():]  # "handed over US$20,000"
        try:
            found.append(AmountMatch(start, m.end(), parse_amount(raw)))
        except FigureError:
            continue
    taken = [(f.start, f.end) for f in found]
    for m in _BARE_VND_RE.finditer(text):
        if _MONEY_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()) \
                and not any(s <= m.start() < e for s, e in taken):
            found.append(AmountMatch(m.start(), m.end(), parse_amount(m[0])))
    return sorted(found, key=lambda f: f.start)


# "over" is the verb's own word after "handed", not a lower bound.
_OVER_RE = re.compile(r"over\s+", re.I)
_HANDED_RE = re.compile(r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|pass(?:es|ed|ing)?)\s+$",
                        re.I)


# --- dates and spans -------------------------------------------------------------------

Precision = Literal["day", "month", "year"]
_COARSER = ["day", "month", "year"]


@dataclass(frozen=True, slots=True)
class ParsedPeriod:
    raw: str
    start: date | None
    end: date | None
    precision: Precision


_TIME = r"(?:,?\s+(?:lúc\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?)?"
_POINTS: list[tuple[Precision, re.Pattern[str]]] = [
    ("day", re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _TIME)),
    ("day", re.compile(r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:,?\s+năm\s+(?P<y>\d{4}))?"
                       + _TIME, re.I)),
    ("day", re.compile(r"(?:ngày\s+)?(?P<d>\d{1,2})[/.](?P<m>\d{1,2})(?:[/.](?P<y>\d{4}))?"
                       + _TIME, re.I)),
    ("month", re.compile(r"tháng\s+(?P<m>\d{1,2})(?:(?:\s*[/.-]\s*|,?\s+năm\s+)(?P<y>\d{4}))?",
                         re.I)),
    ("month", re.compile(r"(?P<m>\d{1,2})/(?P<y>\d{4})")),
    ("year", re.compile(r"(?:(?:đầu|cuối|giữa)\s+)?(?:năm\s+)?(?P<y>\d{4})", re.I)),
]
_WEEKDAY_RE = re.compile(r"^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)[,\s]+", re.I)
_FILLER_RE = re.compile(r"^(?:(?:trong\s+)?(?:giai\s+đoạn|thời\s+kỳ)|trong|vào)\s+", re.I)
_UNTIL_NOW_RE = re.compile(r"(?:kể\s+)?từ\s+(.+?)\s+(?:đến|tới)\s+(?:nay|hiện\s+nay|hiện\s+tại)",
                           re.I)
_SINCE_RE = re.compile(r"(?:kể\s+)?từ\s+(.+)", re.I)
_UNTIL_RE = re.compile(r"(?:cho\s+)?(?:đến|tới)\s+(.+)", re.I)
_RANGE_SEP_RE = re.compile(r"\s*[-–—]\s*|\s+(?:đến|tới)\s+", re.I)


def _point(s: str, raw: str, default_year: int | None) -> tuple[date, date, Precision] | None:
    """The first and last day of a date, month or year written alone, or None."""
    for precision, pattern in _POINTS:
        if not (m := pattern.fullmatch(s)):
            continue
        parts = m.groupdict()
        year = int(parts["y"]) if parts.get("y") else default_year
        if year is None:
            raise FigureError(f"{raw!r} has no year; pass default_year (e.g. the article's year)")
        month = int(parts["m"]) if parts.get("m") else None
        try:
            if precision == "year":
                return date(year, 1, 1), date(year, 12, 31), precision
            if precision == "month":
                return (date(year, month, 1),
                        date(year, month, calendar.monthrange(year, month)[1]), precision)
            day = date(year, month, int(parts["d"]))
        except (ValueError, calendar.IllegalMonthError) as e:
            raise FigureError(f"{raw!r} is not a real date ({e})") from None
        return day, day, precision
    return None


def _period(raw: str, start: date | None, end: date | None, precision: Precision) -> ParsedPeriod:
    if start and end and end < start:
        raise FigureError(f"period {raw!r} ends ({end}) before it starts ({start})")
    return ParsedPeriod(raw=raw, start=start, end=end, precision=precision)


_MONTHS = {name: i for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
# and their short forms, as the English pages' date lines write them ("Mar 14, 2024")
_MONTHS |= {name[:3]: i for name, i in _MONTHS.items()} | {"sept": 9}
_EN_MONTH = "|".join(_MONTHS)
_EN_DAY_RE = re.compile(rf"(?:({_EN_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?|"
                        rf"(\d{{1,2}})\s+({_EN_MONTH})\.?)"
                        rf"(?:,?\s+(\d{{4}}))?", re.I)
_EN_MONTH_RE = re.compile(rf"({_EN_MONTH}),?\s+(\d{{4}})", re.I)


def _english(s: str) -> str:
    """The English pages' dates ("June 12", "12 June 2023", "June 2023") as day/month."""
    if m := _EN_DAY_RE.fullmatch(s):
        month = _MONTHS[(m[1] or m[4]).lower()]
        return f"{m[2] or m[3]}/{month}" + (f"/{m[5]}" if m[5] else "")
    if m := _EN_MONTH_RE.fullmatch(s):
        return f"{_MONTHS[m[1].lower()]}/{m[2]}"
    if len(s) > 3 and s.lower() in _MONTHS:  # "In April": the month, its year by default
        return f"tháng {_MONTHS[s.lower()]}"
    return s


@functools.lru_cache(maxsize=_CACHED)
def parse_period(text: str, *, default_year: int | None = None) -> ParsedPeriod:
    """A date or a span: "04/01/2023 07:22" (day/month/year), "giai đoạn 2020-2025",
    "tháng 3/2021", "ngày 3 tháng 5 năm 2024", "đến năm 2030" (no start), "từ đầu năm
    2020 đến nay" (no end). A date written without a year ("15/3") takes `default_year`."""
    raw = text
    s = _english(_FILLER_RE.sub("", _WEEKDAY_RE.sub("", _clean(text))).strip())
    if m := _UNTIL_NOW_RE.fullmatch(s):
        if p := _point(m[1], raw, default_year):
            return _period(raw, p[0], None, p[2])
    if p := _point(s, raw, default_year):
        return _period(raw, p[0], p[1], p[2])
    if m := _UNTIL_RE.fullmatch(s):
        if p := _point(m[1], raw, default_year):
            return _period(raw, None, p[1], p[2])
    since = _SINCE_RE.fullmatch(s)
    body = since[1] if since else s
    error: FigureError | None = None
    # "2023-01-04 - 2023-02-01" has several dashes: try each until both sides are dates.
    for sep in _RANGE_SEP_RE.finditer(body):
        left, right = body[: sep.start()], body[sep.end():]
        try:
            last = _point(right, raw, default_year)
            first = last and _point(left, raw, last[0].year)
        except FigureError as e:
            error = error or e
            continue
        if first and last:
            coarsest = max(first[2], last[2], key=_COARSER.index)
            return _period(raw, first[0], last[1], coarsest)
    if error:
        raise error
    if since and (p := _point(body, raw, default_year)):
        return _period(raw, p[0], None, p[2])
    raise FigureError(f"period {raw!r} not understood")
