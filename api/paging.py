"""Cursors for list endpoints: opaque to clients, an offset underneath."""

import base64
import binascii
import json

from fastapi import HTTPException, Query

from partnergraph.domain.views import Page

MAX_LIMIT = 200


def encode(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode().rstrip("=")


def decode(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        offset = json.loads(base64.urlsafe_b64decode(padded.encode()))["o"]
        if isinstance(offset, int) and offset >= 0:
            return offset
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        pass
    raise HTTPException(422, detail=[{"loc": ["query", "cursor"], "msg": "not a cursor this API gave",
                                      "type": "value_error"}])


Limit = Query(50, ge=1, le=MAX_LIMIT, description="Items per page.")
Cursor = Query(None, description="The `next` of the previous page.", max_length=200)


def page(items: list, total: int, offset: int) -> Page:
    nxt = offset + len(items)
    return Page(items=items, total=total, next=encode(nxt) if nxt < total else None)
