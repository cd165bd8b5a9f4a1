"""Domain errors carry their HTTP status; one place turns them, and Neo4j's own failures,
into JSON answers. No input should ever produce a 500."""

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

from api import i18n
from graph.driver import QueryTooLarge
from graph.errors import NotFound as GraphNotFound

RETRY_AFTER_SECONDS = 5


class ApiError(Exception):
    status = 400

    def __init__(self, detail: str, **extra: object):
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class NotFound(ApiError):
    status = 404


class Unavailable(ApiError):
    status = 503


def install(app: FastAPI) -> None:
    app.add_middleware(i18n.LocalisedErrors)  # says these answers in Vietnamese when asked

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        headers = {"Retry-After": str(RETRY_AFTER_SECONDS)} if exc.status == 503 else None
        return JSONResponse({"detail": exc.detail, **exc.extra}, exc.status, headers=headers)

    @app.exception_handler(GraphNotFound)
    async def _not_found(_: Request, exc: GraphNotFound) -> JSONResponse:
        return JSONResponse(
            {"detail": f"no {exc.what} {exc.ref!r}", "suggestions": exc.suggestions}, 404
        )

    @app.exception_handler(ServiceUnavailable)
    @app.exception_handler(SessionExpired)
    async def _neo4j_down(_: Request, exc: Exception) -> JSONResponse:
        return _unavailable("the graph database is unreachable; try again shortly")

    @app.exception_handler(AuthError)
    async def _refused(_: Request, exc: Exception) -> JSONResponse:
        # The operator's problem, not the caller's; the message names no credential.
        return _unavailable("the graph database refused the API's credentials")

    @app.exception_handler(QueryTooLarge)
    async def _too_large(_: Request, exc: QueryTooLarge) -> JSONResponse:
        # Asking again will not help: no Retry-After, and the API did not retry either.
        return JSONResponse({"detail": f"the question could not be answered: {exc}; narrow "
                             "it (fewer hops, a lower limit, a shorter period)"}, 503)

    @app.exception_handler(Neo4jError)
    async def _neo4j_failed(request: Request, exc: Neo4jError) -> JSONResponse:
        code = exc.code or ""
        if code.startswith(("Neo.TransientError.", "Neo.DatabaseError.")):
            return _unavailable("the graph database could not answer; try again shortly")
        if code.startswith("Neo.ClientError.Security."):
            return _unavailable("the graph database refused the API's credentials")
        raise exc  # a query of the API's own that Neo4j rejects is a bug: let it be a 500


def _unavailable(detail: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, 503,
                        headers={"Retry-After": str(RETRY_AFTER_SECONDS)})
