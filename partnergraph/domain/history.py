"""Units through time: an administrative unit merged into another (Hà Giang into Tuyên
Quang on 1 July 2025) keeps its own facts; asking for the unit it became includes them, and
the answer says so."""

from datetime import date
from typing import Generic

from pydantic import BaseModel, Field

from partnergraph.domain.views import Page, T


class Predecessor(BaseModel):
    id: str
    name: str
    merged_into: str = Field(description="Id of the unit it was merged into.")
    merged_into_name: str
    since: date | None = Field(description="The day the merger took effect.")
    note_vi: str
    note_en: str


class HistoryPage(Page[T], Generic[T]):
    """A page for a partner that absorbed others: their facts are in `items` and `total`."""

    includes: list[Predecessor] = Field(
        default_factory=list, description="Units merged into the partner asked for, whose "
        "facts this answer includes; empty when there are none.")
