"""The API's answer to every error of the graph layer and of the driver (api/errors.py),
through a real app and exception handler, without a database."""

import inspect

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from api import errors
from graph import errors as graph
from partnergraph.settings import Settings

#: Graph errors that never reach the API: the bulk import runs from the CLI only.
NOT_SERVED = {graph.BulkError}
RETRY = {"Retry-After": str(errors.RETRY_AFTER_SECONDS)}


def _neo4j(code: str, message: str = "m") -> Neo4jError:
    """The error the driver makes of a server failure with this code (its class included)."""
    return Neo4jError._hydrate_neo4j(code=code, message=message)


CASES = {
    "not found": (graph.NotFound("partner", "x", [{"id": "a", "name": "A"}]), 404,
                  {"detail": "no partner 'x'", "suggestions": [{"id": "a", "name": "A"}]}, {}),
    "refused": (graph.Refused("this endpoint is read-only: CREATE is a write"), 403,
                {"detail": "this endpoint is read-only: CREATE is a write"}, {}),
    "invalid": (graph.Invalid("bad syntax", "Neo.ClientError.Statement.SyntaxError"), 400,
                {"detail": "bad syntax", "code": "Neo.ClientError.Statement.SyntaxError"}, {}),
    "timed out": (graph.TimedOut("stopped"), 504,
                  {"detail": "the query ran longer than 2.5 s and was stopped"}, {}),
    "unavailable": (graph.Unavailable("restarting"), 503,
                    {"detail": "the graph database could not answer: restarting"}, RETRY),
    "too large": (graph.QueryTooLarge("it needs more memory"), 503,
                  {"detail": "the question could not be answered: it needs more memory; narrow "
                   "it (fewer hops, a lower limit, a shorter period)"}, {}),
    "unreachable": (ServiceUnavailable("no route"), 503,
                    {"detail": "the graph database is unreachable; try again shortly"}, RETRY),
    "session expired": (SessionExpired("gone"), 503,
                        {"detail": "the graph database is unreachable; try again shortly"},
                        RETRY),
    "credentials": (_neo4j("Neo.ClientError.Security.Unauthorized"), 503,
                    {"detail": "the graph database refused the API's credentials"}, RETRY),
    "server timeout": (_neo4j("Neo.ClientError.Transaction.TransactionTimedOut"),
                       504, {"detail": "the query ran longer than 2.5 s and was stopped"}, {}),
    "transient": (_neo4j("Neo.TransientError.General.OutOfMemoryError"), 503,
                  {"detail": "the graph database could not answer; try again shortly"}, RETRY),
    "forbidden": (_neo4j("Neo.ClientError.Security.Forbidden"), 503,
                  {"detail": "the graph database refused the API's credentials"}, RETRY),
    "api not found": (errors.NotFound("no explorer file 'x'"), 404,
                      {"detail": "no explorer file 'x'"}, {}),
    "api unavailable": (errors.Unavailable("not installed", missing=["a.js"]), 503,
                        {"detail": "not installed", "missing": ["a.js"]}, RETRY),
}


def _raising(exc: Exception):
    async def route():
        raise exc
    return route


def _serving(raised: dict[str, Exception]) -> TestClient:
    """An app with the API's error handling, one route per error: GET /<name> raises it."""
    app = FastAPI()
    errors.install(app)
    app.state.settings = Settings(query_timeout=2.5)
    for name, exc in raised.items():
        app.add_api_route(f"/{name}", _raising(exc))
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def api() -> TestClient:
    return _serving({name: exc for name, (exc, *_) in CASES.items()})


@pytest.mark.parametrize("name", CASES)
def test_each_error_has_its_status_body_and_headers(api, name):
    _, status, body, headers = CASES[name]

    response = api.get(f"/{name}")

    assert (response.status_code, response.json()) == (status, body)
    assert ("Retry-After" in response.headers) == bool(headers)
    for header, value in headers.items():
        assert response.headers[header] == value


def test_a_query_of_the_api_that_neo4j_rejects_is_a_500():
    """Such a query is a bug of the API's own: no row answers it."""
    api = _serving({"bug": _neo4j("Neo.ClientError.Statement.SyntaxError")})

    assert api.get("/bug").status_code == 500


def test_every_error_the_graph_layer_raises_has_an_answer():
    raised = {cls for _, cls in inspect.getmembers(graph, inspect.isclass)
              if issubclass(cls, Exception) and cls.__module__ == graph.__name__}

    assert raised - NOT_SERVED - set(errors.ANSWERS) == set()
    assert {cls.__name__ for cls in raised} >= {"NotFound", "Refused", "Invalid", "TimedOut",
                                                "Unavailable", "QueryTooLarge"}


def test_every_graph_error_says_what_it_means():
    for _, cls in inspect.getmembers(graph, inspect.isclass):
        if issubclass(cls, Exception) and cls.__module__ == graph.__name__:
            assert cls.__doc__ and len(cls.__doc__) > 40, cls.__name__
