"""What routers document about their failures (the `responses=` of an operation). The
answers themselves come from api/errors.py; this only describes them in OpenAPI."""

from pydantic import BaseModel


class ErrorBody(BaseModel):
    detail: str


NO_SUCH_PARTNER = {404: {"description": "No such partner; `suggestions` lists near names"}}
UNKNOWN_PARTNER = {404: {"description": "Unknown partner; `suggestions` lists near names"}}


def too_slow(description: str) -> dict[int, dict]:
    """A 504: the query ran past the configured timeout and was stopped."""
    return {504: {"model": ErrorBody, "description": description}}
