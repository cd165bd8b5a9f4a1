"""Review: an analyst turns proposals (records the extractor wrote, `method: extracted`)
into curated records, or rejects them, and every action is kept (who, when, what changed,
from which proposal). These are the shapes the API serves and the CLI prints."""

import re
from datetime import datetime
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

ProposalType = Literal["donation", "agreement", "project", "engagement", "partner", "item",
                       "place"]
Status = Literal["proposed", "accepted", "rejected"]
ActionKind = Literal["accept", "edit_accept", "reject", "merge", "promote", "undo"]

#: Proposal type → the dataset section its record belongs to.
SECTION_OF: dict[str, str] = {"donation": "donations", "agreement": "agreements",
                              "project": "projects", "engagement": "engagements",
                              "partner": "partners", "item": "items", "place": "places"}
FACT_TYPES = ("donation", "agreement", "project", "engagement")


class Quote(BaseModel):
    text: str
    start: int | None = Field(description="Offset of the quote in the document's text; "
                              "null when the text does not hold it.")
    end: int | None


class Proposal(BaseModel):
    id: str
    type: ProposalType
    status: Status
    version: int = Field(description="Send it back with an action: a proposal someone "
                         "acted on since is answered 409.")
    document: str | None
    confidence: float | None
    record: dict[str, Any] = Field(description="The record in the dataset file format.")
    names: dict[str, str] = Field(description="Display name of every id the record names.")
    quotes: list[Quote]


class Action(BaseModel):
    id: str
    kind: ActionKind
    who: str
    at: datetime
    proposal: str | None
    record: str
    changes: dict[str, dict[str, Any]] = Field(description='{"field": {"from": …, "to": …}}')
    reason: str | None = None
    undoes: str | None = None
    undone_by: str | None = None


class ReviewDocument(BaseModel):
    id: str
    title: str | None
    published: str | None
    proposals: int


class DocumentText(BaseModel):
    id: str
    title: str | None
    url: str | None
    published: str | None
    text: str | None


class DocumentReview(BaseModel):
    document: DocumentText
    proposals: list[Proposal]


T = TypeVar("T")


class Listing(BaseModel, Generic[T]):
    items: list[T]
    total: int


class ActionAnswer(BaseModel):
    action: Action
    proposal: Proposal | None = None


def as_data(record: BaseModel) -> dict[str, Any]:
    """A record as dataset-file data that validates again: a date written without its year
    ("15/3") carries the year it was read with as `default_year`."""
    data = record.model_dump(mode="json", exclude_none=True)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            raw, start = node.get("raw"), node.get("start") or node.get("end")
            if isinstance(raw, str) and start and "precision" in node \
                    and not re.search(r"\d{4}", raw):
                node["default_year"] = int(start[:4])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return data
