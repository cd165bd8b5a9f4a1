"""The gazetteer analysts extend: `data/gazetteer/*.yaml` lists international NGOs, donor
and UN agencies, foreign missions and localities abroad and at home, each with every name
it goes by. Each file is validated whole; a bad entry is refused with its file, line, field
and reason, and nothing of that file is used.

An entry the curated data (data/seed) or the graph already holds under the same id is
theirs: the list only adds names the extractor would otherwise not know."""

from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from loaders import yamlfile
from loaders.errors import LoadError, Problem
from partnergraph import ROOT
from partnergraph.domain import Partner, Place, Source
from partnergraph.domain.entities import PartnerKind, PlaceKind

GAZETTEER_DIR = ROOT / "data" / "gazetteer"
_ID = r"^[a-z0-9][a-z0-9-]*$"


class ListedPartner(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=_ID)
    kind: PartnerKind
    name_vi: str | None = None
    name_en: str
    acronym: str | None = None
    aliases: list[str] = []
    country: str | None = Field(default=None, pattern=_ID)
    part_of: str | None = Field(default=None, pattern=_ID)  # the partner it belongs to / lies in

    @property
    def names(self) -> list[str]:
        return [n for n in (self.name_vi, self.name_en, self.acronym, *self.aliases) if n]


class ListedPlace(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=_ID)
    kind: PlaceKind
    name_vi: str | None = None
    name_en: str
    aliases: list[str] = []
    part_of: str | None = Field(default=None, pattern=_ID)

    @property
    def names(self) -> list[str]:
        return [n for n in (self.name_vi, self.name_en, *self.aliases) if n]


class GazetteerFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    partners: list[ListedPartner] = []
    places: list[ListedPlace] = []


def read(path: Path) -> GazetteerFile:
    data, lines = yamlfile.parse(path)
    try:
        listed = GazetteerFile.model_validate(data or {})
    except ValidationError as exc:
        raise LoadError([
            Problem(path, yamlfile.line_of(lines, tuple(e["loc"])),
                    ".".join(map(str, e["loc"])), e["msg"]) for e in exc.errors()]) from None
    problems = []
    seen: dict[str, int] = {}
    for section in ("partners", "places"):
        for i, entry in enumerate(getattr(listed, section)):
            if entry.id in seen:
                problems.append(Problem(path, yamlfile.line_of(lines, (section, i)),
                                        f"{section}.{i}.id", f"id {entry.id!r} listed twice"))
            seen[entry.id] = i
    if problems:
        raise LoadError(problems)
    return listed


def read_all(folder: Path = GAZETTEER_DIR) -> GazetteerFile:
    merged = GazetteerFile()
    for path in sorted(folder.glob("*.yaml")):
        one = read(path)
        merged.partners += one.partners
        merged.places += one.places
    return merged


def records(partner_ids: list[str], listed_partners: dict[str, ListedPartner],
            listed_places: dict[str, ListedPlace], source: dict[str, Source],
            countries: Iterable[tuple[str | None, Source]] = ()) -> tuple[list, list]:
    """The Partner and Place records of the listed entries an article's facts cite, each
    with the quote that names it, and the countries and parents they need; `countries`:
    those of the article's other partners (an NGO it names for the first time), which a
    graph without them would refuse as unknown."""
    partners, places, wanted = [], {}, list(countries)
    for pid in partner_ids:
        entry = listed_partners.get(pid)
        if entry is None:
            continue
        partners.append(Partner(id=entry.id, kind=entry.kind, name_vi=entry.name_vi,
                                name_en=entry.name_en, acronym=entry.acronym,
                                aliases=entry.aliases, country=entry.country,
                                sources=[source[pid]]))
        wanted.append((entry.country, source[pid]))
    while wanted:
        place_id, quote = wanted.pop()
        place = listed_places.get(place_id or "")
        if place is None or place.id in places:
            continue
        places[place.id] = Place(id=place.id, kind=place.kind, name_vi=place.name_vi,
                                 name_en=place.name_en, aliases=place.aliases,
                                 part_of=place.part_of, sources=[quote])
        wanted.append((place.part_of, quote))
    return partners, list(places.values())


__all__ = ["GAZETTEER_DIR", "GazetteerFile", "ListedPartner", "ListedPlace", "read",
           "read_all", "records"]
