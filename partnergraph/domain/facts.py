"""What happened between partners: donations, agreements, projects, engagements, policies."""

from enum import StrEnum

from pydantic import Field, model_validator

from partnergraph.domain.common import Amount, Fact, Id, Model, Period, Quantity, Source
from partnergraph.domain.entities import Identifiers


class Direction(StrEnum):
    """A donation seen from the province the dataset is about."""

    inbound = "inbound"
    outbound = "outbound"
    other = "other"


class DonationItem(Model):
    item: Id
    quantity: Quantity | None = None
    sources: list[Source] = Field(default_factory=list)
    notes: str | None = None


class Donation(Fact):
    """One gift, possibly from several donors jointly: a joint donation is one donation with
    all its donors, never split into invented shares. `part_of` nests a detail inside a
    total the source also reports (the Vero Cell doses within the Chinese supplies)."""

    title_vi: str | None = None
    title_en: str | None = None
    donors: list[Id] = Field(default_factory=list)
    donors_note: str | None = Field(
        default=None, description="Donors the source names only as a group, as written."
    )
    recipients: list[Id] = Field(default_factory=list)
    recipients_note: str | None = None
    items: list[DonationItem] = Field(default_factory=list)
    value: Amount | None = None
    when: Period | None = None
    purpose: str | None = None
    part_of: Id | None = None
    project: Id | None = Field(default=None, description="The project this money went to.")
    transaction_type: str | None = Field(
        default=None, description='As reported in IATI: "commitment", "disbursement", …'
    )
    in_kind: bool | None = Field(default=None, description="True: goods or services, not cash.")

    @model_validator(mode="after")
    def _sides(self) -> "Donation":
        if not (self.donors or self.donors_note):
            raise ValueError("a donation needs donors or a donors_note saying who gave")
        if not (self.recipients or self.recipients_note):
            raise ValueError("a donation needs recipients or a recipients_note")
        return self


class Agreement(Fact):
    kind: str = Field(description='e.g. "strategic_cooperation_framework", "cooperation_agreement"')
    title_vi: str | None = None
    title_en: str | None = None
    parties: list[Id] = Field(default_factory=list)
    signed: Period | None = None
    period: Period | None = None
    count: int | None = Field(
        default=None, ge=1, description="Set when the source reports several agreements as one figure."
    )


class Project(Fact):
    """A project or programme; an aggregate the source reports as a count and a total
    ("18 ODA programmes worth 900.031 triệu đồng") stays one node with its count."""

    kind: str = Field(description='"project", "programme" or "aggregate"')
    title_vi: str | None = None
    title_en: str | None = None
    count: int | None = Field(default=None, ge=1)
    funders: list[Id] = Field(default_factory=list)
    funders_count: int | None = Field(default=None, ge=1)
    funders_note: str | None = None
    implementers: list[Id] = Field(default_factory=list)
    beneficiaries: list[Id] = Field(default_factory=list)
    budget: Amount | None = None
    disbursed: Amount | None = None
    period: Period | None = None
    status: str | None = None
    identifiers: Identifiers = Field(default_factory=Identifiers)
    planned: Period | None = Field(default=None, description="The planned dates as reported; "
                                   "`period` holds the actual ones where known.")
    accountable: list[Id] = Field(default_factory=list)
    extending: list[Id] = Field(default_factory=list, description="Partners that manage the "
                                "funding on a funder's behalf.")
    places: list[Id] = Field(default_factory=list, description="Where it takes place.")
    recipient_regions: list[str] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)


class Engagement(Fact):
    """A meeting, a visit, a call for support, a hand-over."""

    kind: str
    title_vi: str | None = None
    title_en: str | None = None
    participants: list[Id] = Field(default_factory=list)
    participants_note: str | None = None
    when: Period | None = None
    amount: Amount | None = Field(default=None, description="e.g. the sum a call for support raised.")
    related: list[Id] = Field(default_factory=list, description="Donations or agreements it led to.")


class Policy(Fact):
    """A strategy, plan or regulation the province's foreign affairs follow."""

    kind: str
    title_vi: str
    title_en: str | None = None
    issuer: Id | None = None
    period: Period | None = None
