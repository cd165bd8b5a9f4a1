"""Value types every fact uses: ids, provenance, and figures that keep their uncertainty."""

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (BaseModel, ConfigDict, Field, StringConstraints, field_validator,
                      model_validator)

from partnergraph import figures

#: Stable, human-readable ids ("guangxi", "donation-2020-2022-vero-cell"): they are what
#: MERGE keys on, so reloading a file finds the same nodes.
Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$", max_length=120),
]


class Model(BaseModel):
    """Strict by default: an unknown field in a data file is a typo, not extra data."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=False)


class Method(StrEnum):
    """How a fact came into the graph: read by a person, or proposed by the extractor."""

    curated = "curated"
    extracted = "extracted"


class Source(Model):
    """The document a fact rests on and the verbatim words it rests on."""

    document: Id
    quote: str | None = Field(
        default=None,
        min_length=1,
        description="Verbatim text of the document; empty only for documents whose text "
        "is not stored (the note says what the fact rests on instead).",
    )
    method: Method = Method.curated
    confidence: float | None = Field(default=None, ge=0, le=1)
    note: str | None = None


class _Parsed(Model):
    """A figure given as written (`raw`); the parsed fields are filled from it."""

    raw: str = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _parse_raw(cls, data: Any) -> Any:
        if isinstance(data, str):
            data = {"raw": data}
        if isinstance(data, dict) and "raw" in data:
            parsed = cls._parse(str(data["raw"]), data)
            given = {k: v for k, v in data.items() if v is not None and k not in cls._hints}
            return {**parsed, **given}
        return data

    #: Input keys that steer parsing but are not stored.
    _hints: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def _parse(cls, raw: str, data: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError


Qualifier = Literal["exact", "lower_bound", "upper_bound", "approximate", "estimate"]


class Amount(_Parsed):
    """A sum of money as written, and the reading chosen; "hơn 53,8 tỉ VNĐ" stays a lower
    bound and "765,495 USD" stays ambiguous, with the other reading kept. Any ISO 4217
    currency is accepted, whether or not data/rates/ can convert it."""

    value: Decimal = Field(ge=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    qualifier: Qualifier = "exact"
    ambiguous: bool = False
    alternatives: list[Decimal] = Field(default_factory=list)
    note: str | None = None
    value_date: date | None = Field(
        default=None, description="The date whose exchange rate converts it (IATI value-date); "
        "otherwise the year of the fact it belongs to is used.")

    @classmethod
    def _parse(cls, raw: str, data: dict[str, Any]) -> dict[str, Any]:
        p = figures.parse_amount(raw)
        return {
            "raw": p.raw,
            "value": p.value,
            "currency": p.currency,
            "qualifier": str(p.qualifier),
            "ambiguous": p.ambiguous,
            "alternatives": list(p.alternatives),
            "note": p.note,
        }

    @field_validator("currency")
    @classmethod
    def _iso_4217(cls, currency: str) -> str:
        if not figures.iso_currency(currency):
            raise ValueError(f"currency {currency!r} is not an ISO 4217 code")
        return currency


class Quantity(_Parsed):
    """How many of an item, as written ("hơn 45.000 bộ", "(90 cái)")."""

    value: Decimal = Field(ge=0)
    unit: str | None = None
    qualifier: Qualifier = "exact"

    @classmethod
    def _parse(cls, raw: str, data: dict[str, Any]) -> dict[str, Any]:
        p = figures.parse_quantity(raw)
        return {"raw": p.raw, "value": p.value, "unit": p.unit, "qualifier": str(p.qualifier)}


class Period(_Parsed):
    """A date or a span as written ("04/01/2023", "giai đoạn 2020-2022", "năm 2019");
    either end may be unknown. Queries match periods by overlap."""

    start: date | None = None
    end: date | None = None
    precision: Literal["day", "month", "year"] = "day"

    _hints: ClassVar[frozenset[str]] = frozenset({"default_year"})

    @classmethod
    def _parse(cls, raw: str, data: dict[str, Any]) -> dict[str, Any]:
        p = figures.parse_period(raw, default_year=data.get("default_year"))
        return {"raw": p.raw, "start": p.start, "end": p.end, "precision": p.precision}

    @model_validator(mode="after")
    def _ordered(self) -> "Period":
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"period {self.raw!r} ends ({self.end}) before it starts ({self.start})")
        return self


class Fact(Model):
    """Anything the graph asserts: it carries the sources it rests on."""

    id: Id
    sources: list[Source] = Field(min_length=1)
    notes: str | None = None
