"""What reading one IATI file needs at every element: where it is (file, line, an
XPath-like field), the problems found so far, and readers for the standard's small types
(narratives in several languages, ISO dates, decimal values with their currency)."""

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from lxml import etree

from loaders.errors import Problem
from loaders.iati.xmlsafe import XML_LANG
from partnergraph import figures, names
from partnergraph.domain import Amount, Period, Source
from partnergraph.rates import Rates

#: xsd:decimal, the type of every IATI value: no thousands separators, "." for decimals.
_DECIMAL = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$")
_MAX_SLUG = 100

Element = etree._Element


@dataclass(frozen=True)
class Narrative:
    lang: str
    text: str


def narratives(elem: Element | None, lang: str) -> list[Narrative]:
    """The non-empty narratives of an element, each with its language (its own xml:lang,
    else the activity's default)."""
    if elem is None:
        return []
    found = []
    for n in elem.iterchildren("narrative"):
        text = (n.text or "").strip()
        if text:
            found.append(Narrative((n.get(XML_LANG) or lang).strip().lower(), text))
    return found


def pick(found: list[Narrative], lang: str) -> str | None:
    return next((n.text for n in found if n.lang.split("-")[0] == lang), None)


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """A stable id fragment: folded to ASCII words joined by "-", long ones shortened with
    a hash of the whole so that two long names stay apart."""
    words = names.fold(text).split()
    out = "-".join(words) or hashlib.sha1(text.encode()).hexdigest()[:12]
    if len(out) > _MAX_SLUG:
        out = out[: _MAX_SLUG - 9].rstrip("-") + "-" + hashlib.sha1(text.encode()).hexdigest()[:8]
    return out


def period(raw: str, start: date | None, end: date | None) -> Period:
    """IATI dates are machine-readable already: the Period keeps a readable `raw` (which
    element each end comes from) without parsing it as prose."""
    return Period.model_construct(raw=raw, start=start, end=end, precision="day")


@dataclass
class Ctx:
    path: Path
    document: str
    rates: Rates
    language: str
    problems: list[Problem] = field(default_factory=list)

    def problem(self, elem: Element | None, where: str, reason: str) -> None:
        line = elem.sourceline if elem is not None else None
        self.problems.append(Problem(self.path, line, where, reason))

    def source(self, quote: str | None, where: str, elem: Element | None) -> Source:
        """Provenance: the verbatim narrative when there is one, and always where it is."""
        line = elem.sourceline if elem is not None else None
        return Source(document=self.document, quote=quote or None, note=f"{where}, line {line}")

    def date(self, elem: Element | None, attr: str, where: str,
             required: bool = True) -> date | None:
        raw = (elem.get(attr) or "").strip() if elem is not None else ""
        if not raw:
            if required:
                self.problem(elem, f"{where}/@{attr}", "missing date")
            return None
        if m := _ISO_DATE.match(raw):
            try:
                return date.fromisoformat(m[1])
            except ValueError:  # the right shape, but no such day ("2020-13-01")
                pass
        self.problem(elem, f"{where}/@{attr}", f"{raw!r} is not a date (YYYY-MM-DD)")
        return None

    def amount(self, parent: Element, where: str, default_currency: str | None) -> Amount | None:
        """`<value currency value-date>` of a transaction or budget, or None with a problem."""
        elem = parent.find("value")
        if elem is None:
            self.problem(parent, f"{where}/value", "missing value")
            return None
        text = (elem.text or "").strip()
        if not _DECIMAL.match(text):
            self.problem(elem, f"{where}/value", f"{text!r} is not a number (IATI values are "
                         "decimals such as 1500000.00, without thousands separators)")
            return None
        value = Decimal(text)
        if value < 0:
            self.problem(elem, f"{where}/value", f"negative value {text}: reversals and "
                         "corrections are not loaded (the graph records gifts, not ledgers)")
            return None
        currency = (elem.get("currency") or default_currency or "").strip().upper()
        if not currency:
            self.problem(elem, f"{where}/value/@currency", "no currency: neither value/@currency "
                         "nor iati-activity/@default-currency is given")
            return None
        if not figures.iso_currency(currency):
            self.problem(elem, f"{where}/value/@currency",
                         f"{currency!r} is not an ISO 4217 currency code")
            return None
        # A currency data/rates/ cannot convert is kept as given: the graph stores the value
        # without USD and VND figures, and says why (graph.props.amount_props).
        value_date = self.date(elem, "value-date", f"{where}/value", required=False)
        converted = self.rates.missing_rate(currency) is None
        return Amount.model_construct(
            raw=f"{text} {currency}", value=value, currency=currency, qualifier="exact",
            ambiguous=False, alternatives=[], value_date=value_date,
            note=None if value_date or not converted
            else "no value-date: converted at the rate of its year",
        )
