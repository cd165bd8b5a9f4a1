"""What the graph layer returns and the API serves: read views of the domain, with the
sources behind every fact."""

from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Generic, TypeVar

from pydantic import BaseModel, BeforeValidator, Field, model_serializer

T = TypeVar("T")


def is_proposal(method: str | None) -> bool:
    """A record extraction proposed and no analyst has decided yet (accepting makes it
    curated): the one rule behind every `proposal` flag."""
    return method == "extracted"


class Proposals(StrEnum):
    """Whether an answer holds proposals: all records (each flagged), none, or only them."""

    include = "include"
    exclude = "exclude"
    only = "only"

    @property
    def wanted(self) -> bool | None:
        """The `$proposal` a named query filters on: null for all, else the flag wanted."""
        return {"include": None, "exclude": False, "only": True}[self.value]

    def admits(self, proposal: bool) -> bool:
        return self.wanted is None or self.wanted == proposal


# Cypher's `p.method = 'extracted'` is null for a record without a method: not a proposal.
ProposalFlag = Annotated[bool, BeforeValidator(lambda v: bool(v)), Field(
    description="True: extracted from an article and not yet decided by an analyst "
    "(a proposal); false: curated.")]


class SourceRef(BaseModel):
    document: str = Field(examples=["bhg-covid-foreign-affairs"])
    quote: str = Field(description="Verbatim text of the document.")
    method: str = Field(default="curated", description="curated or extracted")
    confidence: float | None = Field(
        default=None, description="How sure the article extractor was (0-1); absent when curated.")

    @model_serializer(mode="wrap")
    def _omit_absent_confidence(self, handler: Any) -> dict[str, Any]:
        # A curated source has no confidence: leaving the key out keeps it looking curated.
        data = handler(self)
        if data.get("confidence") is None:
            data.pop("confidence", None)
        return data


class PartnerRef(BaseModel):
    id: str
    name: str
    kind: str | None = None
    proposal: ProposalFlag = False


class Page(BaseModel, Generic[T]):
    """A page of a list; pass `next` back as `cursor` for the following page."""

    items: list[T]
    total: int
    next: str | None = None


class AmountView(BaseModel):
    raw: str = Field(description="As written in the source.", examples=["hơn 53,8 tỉ VNĐ"])
    value: float
    currency: str
    qualifier: str = Field(description="exact, lower_bound, upper_bound, approximate or estimate")
    ambiguous: bool = False
    alternatives: list[float] = Field(default_factory=list)
    note: str | None = None
    usd: float | None = None
    vnd: float | None = None
    rate_year: int | None = None
    unconverted: str | None = Field(
        default=None, description="Why usd and vnd are null although the value is known: no "
        "exchange rate for its currency; the value stays as written, never at a guessed rate.",
        examples=["no exchange rate for GBP in data/rates/"])


class PeriodView(BaseModel):
    raw: str
    start: date | None = None
    end: date | None = None
    precision: str | None = None


class PlaceRef(BaseModel):
    id: str
    name: str
    kind: str | None = None
    iso_3166: str | None = None


class AffiliationView(BaseModel):
    direction: str = Field(description='"out": this partner → other; "in": other → this partner')
    type: str = Field(examples=["PART_OF"])
    partner: PartnerRef
    since: date | None = None
    until: date | None = None
    sources: list[SourceRef] = Field(default_factory=list)


class PartnerCounts(BaseModel):
    donations_given: int
    donations_received: int
    agreements: int
    projects: int
    engagements: int
    proposals: int = Field(0, description="How many of the facts counted here are proposals "
                           "(extracted, not yet reviewed).")


class Identifiers(BaseModel):
    wikidata: str | None = None
    iso_3166: str | None = None
    iati: str | None = None


class PartnerDetail(BaseModel):
    id: str
    name: str
    kind: str
    proposal: ProposalFlag = False
    name_vi: str | None = None
    name_en: str | None = None
    aliases: list[str] = Field(default_factory=list)
    acronym: str | None = None
    acronym_expanded: bool = True
    identifiers: Identifiers
    country: PlaceRef | None = None
    based_in: PlaceRef | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    notes: str | None = None
    affiliations: list[AffiliationView]
    counts: PartnerCounts
    sources: list[SourceRef]


class FactRef(BaseModel):
    id: str
    name: str
    proposal: ProposalFlag = False


class ItemLine(BaseModel):
    item: str
    proposal: ProposalFlag = False
    name_vi: str | None = None
    name_en: str | None = None
    quantity: float | None = None
    unit: str | None = None
    raw: str | None = Field(default=None, description="The quantity as written.")
    qualifier: str | None = None


class Flags(BaseModel):
    lower_bound: bool = False
    approximate: bool = False
    ambiguous: bool = False
    unconverted: bool = Field(False, description="A sum is known only in its own currency: "
                              "its usd and vnd are null and its `unconverted` says why.")


class DonationView(BaseModel):
    id: str
    name: str
    proposal: ProposalFlag = False
    title_vi: str | None = None
    title_en: str | None = None
    direction: str = Field(description="inbound or outbound, relative to the province")
    donors: list[PartnerRef]
    donors_note: str | None = None
    recipients: list[PartnerRef]
    recipients_note: str | None = None
    items: list[ItemLine]
    value: AmountView | None = None
    flags: Flags
    when: PeriodView | None = None
    part_of: FactRef | None = None
    parts: list[FactRef] = Field(default_factory=list)
    notes: str | None = None
    sources: list[SourceRef]


def flags_of(*amounts: AmountView | None, quantities: list[ItemLine] = (),
             qualifiers: list[str] = ()) -> Flags:
    """The flags of a fact's figures: its amounts, and its quantities as lines or as their
    qualifiers alone."""
    qualifiers = [a.qualifier for a in amounts if a] + [q.qualifier for q in quantities if q.qualifier] \
        + [q for q in qualifiers if q]
    return Flags(
        lower_bound="lower_bound" in qualifiers,
        approximate=any(q in ("approximate", "estimate") for q in qualifiers),
        ambiguous=any(a.ambiguous for a in amounts if a),
        unconverted=any(a.unconverted for a in amounts if a),
    )


class AgreementView(BaseModel):
    id: str
    name: str
    proposal: ProposalFlag = False
    kind: str
    title_vi: str | None = None
    title_en: str | None = None
    count: int | None = Field(default=None, description="Set when this stands for several agreements.")
    parties: list[PartnerRef]
    signed: PeriodView | None = None
    period: PeriodView | None = None
    notes: str | None = None
    sources: list[SourceRef]


class ProjectView(BaseModel):
    id: str
    name: str
    proposal: ProposalFlag = False
    kind: str
    title_vi: str | None = None
    title_en: str | None = None
    count: int | None = Field(default=None, description="Set for an aggregate of several.")
    funders: list[PartnerRef]
    funders_count: int | None = None
    funders_note: str | None = None
    implementers: list[PartnerRef]
    beneficiaries: list[PartnerRef]
    budget: AmountView | None = None
    disbursed: AmountView | None = None
    flags: Flags
    period: PeriodView | None = None
    status: str | None = None
    notes: str | None = None
    sources: list[SourceRef]


class LinkedFact(BaseModel):
    id: str
    label: str
    name: str
    proposal: ProposalFlag = False


class EngagementView(BaseModel):
    id: str
    name: str
    proposal: ProposalFlag = False
    kind: str
    title_vi: str | None = None
    title_en: str | None = None
    participants: list[PartnerRef]
    participants_note: str | None = Field(
        default=None, description="Participants the source names only as a group")
    when: PeriodView | None = None
    amount: AmountView | None = Field(default=None, description="e.g. the sum a call raised")
    flags: Flags
    led_to: list[LinkedFact] = Field(description="Donations, agreements or projects it led to")
    notes: str | None = None
    sources: list[SourceRef]


class CitedFact(BaseModel):
    id: str
    label: str
    name: str
    kind: str | None = None
    proposal: ProposalFlag = Field(False, description="The fact itself (not this quote) is "
                                   "a proposal: extracted and not yet decided.")
    quote: str
    method: str
    confidence: float | None = Field(default=None, description="For an extracted fact (0-1).")
    count: int | None = Field(default=None, description="For an aggregate: how many it counts")
    amounts: dict[str, AmountView] = Field(
        default_factory=dict, description="The fact's figures by role (value, budget, "
        "disbursed, amount), each as written and with its qualifier")
    period: PeriodView | None = None
    via: str | None = Field(default=None, description="For a quote on a part of the fact: "
                            "the relationship it sits on (INCLUDES, PART_OF, …)")
    target: str | None = Field(default=None, description="…and the id that part points at")


class DocumentView(BaseModel):
    id: str
    title: str | None = None
    kind: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: PeriodView | None = None
    language: str | None = None
    url: str | None = None
    sha256: str | None = None
    notes: str | None = None
    text: str | None = None
    facts: list[CitedFact]
