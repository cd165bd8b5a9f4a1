"""The catalogue of donated items, searched by any of their names (the review page's item
picker)."""

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel

from api.deps import Config, Driver
from graph import items as graph_items

router = APIRouter(prefix="/items", tags=["items"])


class ItemHit(BaseModel):
    id: str
    name: str | None
    score: float | None = None


class ItemHits(BaseModel):
    items: list[ItemHit]


@router.get("", response_model=ItemHits, summary="Find donated items by any name")
async def search(
    driver: Driver, settings: Config,
    q: Annotated[str | None, Query(max_length=200, description="Any name of the item, "
                                   "Vietnamese or English, with or without diacritics; "
                                   "absent: the catalogue by id.", examples=["khau trang"])] = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
):
    hits = await graph_items.search_items(driver=driver, database=settings.neo4j_database,
                                          q=q, limit=limit)
    return ItemHits(items=[ItemHit(**h) for h in hits])
