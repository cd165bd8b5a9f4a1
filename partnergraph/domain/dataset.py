"""A set of records loaded together, and the references between them."""

from collections.abc import Iterator
from typing import Any

from pydantic import Field

from partnergraph.domain import roles
from partnergraph.domain.common import Id, Model
from partnergraph.domain.entities import Document, Item, Partner, Place
from partnergraph.domain.facts import Agreement, Direction, Donation, Engagement, Policy, Project

#: Sections of a dataset file, in the order they are written: nodes that others refer to first.
SECTIONS: dict[str, type[Model]] = {
    "documents": Document,
    "places": Place,
    "partners": Partner,
    "items": Item,
    "agreements": Agreement,
    "projects": Project,
    "donations": Donation,
    "engagements": Engagement,
    "policies": Policy,
}


class Dataset(Model):
    """What one file (or several merged) declares. `home` names the partner the dataset is
    about (the province): donation directions are read relative to it."""

    home: Id | None = None
    documents: list[Document] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    partners: list[Partner] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    donations: list[Donation] = Field(default_factory=list)
    engagements: list[Engagement] = Field(default_factory=list)
    policies: list[Policy] = Field(default_factory=list)

    def records(self) -> Iterator[tuple[str, int, Any]]:
        """Every record with its section and position, in write order."""
        for section in SECTIONS:
            for index, record in enumerate(getattr(self, section)):
                yield section, index, record

    def merged(self, other: "Dataset") -> "Dataset":
        data = {s: [*getattr(self, s), *getattr(other, s)] for s in SECTIONS}
        return Dataset(home=self.home or other.home, **data)

    def direction(self, donation: Donation) -> Direction:
        if self.home and self.home in donation.recipients:
            return Direction.inbound
        if self.home and self.home in donation.donors:
            return Direction.outbound
        return Direction.other


class Reference(Model):
    """One id a record points at, where it points from, and which sections may hold it."""

    section: str
    index: int
    loc: tuple[str | int, ...]
    targets: tuple[str, ...]
    id: str


def _refs(section: str, index: int, record: Any) -> Iterator[tuple]:
    """(section, index, loc, targets, id) of every id the record points at."""
    fields = vars(record)  # a model's fields (read for every record of a bulk import)
    for i, source in enumerate(fields.get("sources") or []):
        if source.document:
            yield section, index, ("sources", i, "document"), ("documents",), source.document
    for role in roles.of(section):
        value = fields.get(role.field)
        if role.field in roles.STRUCTURED:
            key = "target" if role.field == "affiliations" else "item"
            for i, part in enumerate(value or []):
                if id_ := getattr(part, key):
                    yield section, index, (role.field, i, key), role.targets, id_
                for j, source in enumerate(part.sources):
                    if source.document:
                        yield (section, index, (role.field, i, "sources", j, "document"),
                               ("documents",), source.document)
        elif role.many:
            for i, id_ in enumerate(value or []):
                if id_:
                    yield section, index, (role.field, i), role.targets, id_
        elif value:
            yield section, index, (role.field,), role.targets, value


def reference_tuples(dataset: Dataset) -> Iterator[tuple]:
    """`references` as plain tuples (section, index, loc, targets, id), in the same order."""
    for section, index, record in dataset.records():
        yield from _refs(section, index, record)


def references(dataset: Dataset) -> Iterator[Reference]:
    for section, index, loc, targets, id_ in reference_tuples(dataset):
        yield Reference(section=section, index=index, loc=loc, targets=targets, id=id_)
