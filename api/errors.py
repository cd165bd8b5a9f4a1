"""How the API answers every failure: one table from error class to HTTP status, body and
headers, and one exception handler that reads it. Routers raise or let through; they never
translate errors themselves. No input should ever produce a 500: only a query of the
API's own that Neo4j rejects (a bug) does."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

from api import i18n
from graph import errors as graph
from partnergraph.settings import Settings

RETRY_AFTER_SECONDS = 5


class ApiError(Exception):
    """A failure of the API's own making (not the graph's); `extra` joins the body."""

    def __init__(self, detail: str, **extra: object):
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class NotFound(ApiError):
    """Nothing at this address: 404."""


class Unavailable(ApiError):
    """Something the API serves is missing or not ready: 503, may pass."""


def _always(_: Any) -> bool:
    return True


def _nothing(_: Any) -> dict[str, object]:
    return {}


@dataclass(frozen=True)
class Answer:
    """The answer to one kind of failure. `detail` is fixed text or made from the error
    and the settings; `extra` adds fields to the body; `retry_after` sends Retry-After,
    only where asking again may work; `when` narrows a row to some errors of its class."""

    status: int
    detail: str | Callable[[Any, Settings], str]
    extra: Callable[[Any], dict[str, object]] = _nothing
    retry_after: bool = False
    when: Callable[[Any], bool] = _always


def _transient(exc: Neo4jError) -> bool:
    return (exc.code or "").startswith(("Neo.TransientError.", "Neo.DatabaseError."))


def _security(exc: Neo4jError) -> bool:
    return (exc.code or "").startswith("Neo.ClientError.Security.")


def _timed_out(_: Exception, settings: Settings) -> str:
    return f"the query ran longer than {settings.query_timeout:g} s and was stopped"


_COULD_NOT_ANSWER = "the graph database could not answer; try again shortly"
_UNREACHABLE = Answer(503, "the graph database is unreachable; try again shortly",
                      retry_after=True)
# The operator's problem, not the caller's; the message names no credential.
_CREDENTIALS = "the graph database refused the API's credentials"

#: Error class → its answers, tried in order; the first whose `when` holds is sent. A
#: class without a row is answered by the row of its nearest base class; an error that
#: no row answers is a 500.
ANSWERS: dict[type[Exception], tuple[Answer, ...]] = {
    graph.NotFound: (Answer(404, lambda e, _: str(e),
                            extra=lambda e: {"suggestions": e.suggestions}),),
    graph.Refused: (Answer(403, lambda e, _: e.reason),),
    graph.Invalid: (Answer(400, lambda e, _: e.message, extra=lambda e: {"code": e.code}),),
    # Review: someone acted first (the body says who and when, and the proposal as it
    # stands); a record a reviewer sent that does not hold, nothing written.
    graph.Conflict: (Answer(409, lambda e, _: e.detail, extra=lambda e: {
        "current": e.current.model_dump(mode="json") if e.current is not None else None}),),
    graph.InvalidRecord: (Answer(422, lambda e, _: str(e), extra=lambda e: {
        "errors": e.problems}),),
    graph.SamePartner: (Answer(422, lambda e, _: str(e)),),
    graph.TimedOut: (Answer(504, _timed_out),),
    graph.Unavailable: (Answer(503, lambda e, _: f"the graph database could not answer: {e}",
                               retry_after=True),),
    # Asking again will not help: no Retry-After, and the API did not retry either.
    graph.QueryTooLarge: (Answer(503, lambda e, _: f"the question could not be answered: "
                                 f"{e}; narrow it (fewer hops, a lower limit, a shorter period)"),),
    ServiceUnavailable: (_UNREACHABLE,),
    SessionExpired: (_UNREACHABLE,),
    AuthError: (Answer(503, _CREDENTIALS, retry_after=True),),
    # The graph layer's own reads let the driver's errors through: a query the server
    # stopped at its timeout is a 504 wherever it ran, a failure that may pass a 503.
    Neo4jError: (Answer(504, _timed_out, when=graph.is_timeout),
                 Answer(503, _COULD_NOT_ANSWER, retry_after=True, when=_transient),
                 Answer(503, _CREDENTIALS, retry_after=True, when=_security)),
    NotFound: (Answer(404, lambda e, _: e.detail, extra=lambda e: e.extra),),
    Unavailable: (Answer(503, lambda e, _: e.detail, extra=lambda e: e.extra,
                         retry_after=True),),
}


def answer_for(exc: Exception) -> Answer | None:
    """The row that answers this error, or None when it is a bug."""
    for cls in type(exc).__mro__:
        for answer in ANSWERS.get(cls, ()):
            if answer.when(exc):
                return answer
    return None


def response(exc: Exception, settings: Settings) -> JSONResponse | None:
    answer = answer_for(exc)
    if answer is None:
        return None
    detail = answer.detail if isinstance(answer.detail, str) else answer.detail(exc, settings)
    headers = {"Retry-After": str(RETRY_AFTER_SECONDS)} if answer.retry_after else None
    return JSONResponse({"detail": detail, **answer.extra(exc)}, answer.status, headers=headers)


def install(app: FastAPI) -> None:
    app.add_middleware(i18n.LocalisedErrors)  # says these answers in Vietnamese when asked

    async def handle(request: Request, exc: Exception) -> JSONResponse:
        answered = response(exc, request.app.state.settings)
        if answered is None:
            raise exc  # let it be a 500, with its traceback in the log
        return answered

    for cls in ANSWERS:
        app.add_exception_handler(cls, handle)
