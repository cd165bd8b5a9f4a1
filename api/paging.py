"""Cursors for list endpoints: "p" and the offset of the next page. Every string the
schema's pattern admits is a cursor (past the end: an empty page), so a client, or a
fuzzer, cannot build a well-formed cursor that the API then refuses."""

from typing import Annotated

from fastapi import HTTPException, Query

from partnergraph.domain.views import Page

MAX_LIMIT = 200
#: Offsets beyond a million are no page of this graph; the bound keeps SKIP cheap.
CURSOR_PATTERN = r"^p[0-9]{1,6}$"


def encode(offset: int) -> str:
    return f"p{offset}"


def decode(cursor: str | None) -> int:
    if not cursor:
        return 0
    if cursor.startswith("p") and cursor[1:].isascii() and cursor[1:].isdigit() \
            and len(cursor) <= 7:
        return int(cursor[1:])
    raise HTTPException(422, detail=[{"loc": ["query", "cursor"], "msg": "not a cursor this API gave",
                                      "type": "value_error"}])


# Written as types: FastAPI copies the Query of an Annotated parameter, whereas one Query
# object given as every route's default would be one object that each route sets its alias on.
DEFAULT_LIMIT = 50
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
Cursor = Annotated[str | None, Query(description="The `next` of the previous page.",
                                     pattern=CURSOR_PATTERN, examples=["p50"])]


def page(items: list, total: int, offset: int) -> Page:
    nxt = offset + len(items)
    return Page(items=items, total=total, next=encode(nxt) if nxt < total else None)
