"""Who and where: partners, places, documents and the catalogue of donated items."""

from datetime import date
from enum import StrEnum

from pydantic import Field, model_validator

from partnergraph.domain.common import Fact, Id, Method, Model, Period, Source


class PartnerKind(StrEnum):
    national_government = "national_government"
    local_government = "local_government"  # a province, prefecture or city government
    government_office = "government_office"  # a department or office of a government
    diplomatic_mission = "diplomatic_mission"
    multilateral = "multilateral"  # international financial institutions included
    foreign_ngo = "foreign_ngo"
    domestic_organisation = "domestic_organisation"
    company = "company"
    association = "association"
    academic = "academic"  # universities and research institutes
    other = "other"  # a source that names an organisation without saying what it is


class PlaceKind(StrEnum):
    country = "country"
    province = "province"
    autonomous_region = "autonomous_region"
    prefecture = "prefecture"
    county = "county"
    city = "city"


class AffiliationKind(StrEnum):
    """How one partner belongs to another; read as "<partner> <kind> <target>"."""

    part_of = "part_of"  # a department of a province, a country office of an NGO
    office_of = "office_of"  # a representation acting for its government
    member_of = "member_of"
    merged_into = "merged_into"  # administrative merger: valid from `since`


class Identifiers(Model):
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    iso_3166: str | None = Field(default=None, pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
    iati: str | None = None


class Affiliation(Model):
    target: Id
    kind: AffiliationKind = AffiliationKind.part_of
    since: date | None = None
    until: date | None = None
    sources: list[Source] = Field(default_factory=list)
    notes: str | None = None


class Place(Fact):
    """A country or an administrative area, with its validity in time: a province that
    was merged keeps its history and gains a `merged_into` successor."""

    kind: PlaceKind
    name_vi: str | None = None
    name_en: str
    aliases: list[str] = Field(default_factory=list)
    identifiers: Identifiers = Field(default_factory=Identifiers)
    part_of: Id | None = None
    merged_into: Id | None = None
    valid_from: date | None = None
    valid_until: date | None = None


class Partner(Fact):
    kind: PartnerKind
    name_vi: str | None = None
    name_en: str | None = None
    aliases: list[str] = Field(default_factory=list, description="Other names, any script.")
    acronym: str | None = None
    acronym_expanded: bool = Field(
        default=True,
        description="False when no source expands the acronym: the name is kept as written.",
    )
    identifiers: Identifiers = Field(default_factory=Identifiers)
    country: Id | None = Field(default=None, description="Place id of the country it is based in.")
    based_in: Id | None = Field(default=None, description="Place id of where it is based.")
    affiliations: list[Affiliation] = Field(default_factory=list)
    valid_from: date | None = None
    valid_until: date | None = None

    @model_validator(mode="after")
    def _named(self) -> "Partner":
        if not (self.name_vi or self.name_en or self.acronym):
            raise ValueError("a partner needs at least one of name_vi, name_en or acronym")
        return self

    @property
    def display_name(self) -> str:
        return self.name_en or self.name_vi or self.acronym or self.id

    @property
    def all_names(self) -> list[str]:
        names = [self.name_vi, self.name_en, self.acronym, *self.aliases]
        return [n for n in names if n]


class Item(Model):
    """A kind of thing donated ("khẩu trang y tế" — medical face masks)."""

    id: Id
    name_vi: str
    name_en: str
    aliases: list[str] = Field(default_factory=list)
    method: Method | None = Field(default=None, description="`extracted`: an item the "
                                  "extractor proposed, not yet reviewed; unset: curated.")


class Document(Model):
    """A source. Its text is stored so that every quote can be checked against it."""

    id: Id
    title: str | None = None
    kind: str = "news_article"
    publisher: str | None = None
    author: str | None = None
    published: Period | None = None
    language: str = "vi"
    url: str | None = None
    text_file: str | None = Field(
        default=None, description="Path of the text, relative to the file that names it."
    )
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    text: str | None = Field(default=None, description="Filled from text_file when loaded.")
    notes: str | None = None
