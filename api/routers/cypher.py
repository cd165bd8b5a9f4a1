"""Read-only Cypher for power users, and the HTTP answers for queries that fail."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import APIRouter, Body
from neo4j.exceptions import Neo4jError
from pydantic import BaseModel

from api.deps import Config, Driver
from api.errors import ApiError, Unavailable
from graph import readonly
from partnergraph.domain.views_links import CypherRequest, CypherResult

router = APIRouter(tags=["cypher"])


class BadQuery(ApiError):
    status = 400


class Forbidden(ApiError):
    status = 403


class GatewayTimeout(ApiError):
    status = 504


class ErrorBody(BaseModel):
    detail: str


@contextmanager
def query_timeouts(seconds: float) -> Iterator[None]:
    """A query the server stopped at its timeout → 504; one it could not run for reasons
    of its own (memory, a transient failure) → 503."""
    try:
        yield
    except Neo4jError as exc:
        if readonly.is_timeout(exc):
            raise GatewayTimeout(
                f"the query ran longer than {seconds:g} s and was stopped") from exc
        if (exc.code or "").startswith(("Neo.TransientError.", "Neo.DatabaseError.")):
            raise Unavailable("the graph database could not answer; try again shortly") from exc
        raise


EXAMPLES = {
    "partners": {
        "summary": "Partners of one kind",
        "value": {"query": "MATCH (p:Partner {kind: $kind}) RETURN p.id AS id, p.name AS name "
                           "ORDER BY name LIMIT 10", "parameters": {"kind": "foreign_ngo"}},
    },
    "joint donors": {
        "summary": "Who gave together, with the quote",
        "value": {"query": "MATCH (a:Partner)-[:GAVE]->(d:Donation)<-[:GAVE]-(b:Partner) "
                           "WHERE a.id < b.id MATCH (d)-[c:CITED_IN]->(doc:Document) "
                           "RETURN a.name, b.name, d.value_raw, c.quote, doc.id",
                  "parameters": {}},
    },
    "a path": {
        "summary": "A path, returned as nodes and relationships",
        "value": {"query": "MATCH p = (:Partner)-[:GAVE]->(:Donation)-[:TO]->(:Partner) "
                           "RETURN p LIMIT 1", "parameters": {}},
    },
}


@router.post(
    "/cypher",
    response_model=CypherResult,
    summary="Run read-only Cypher",
    description="For power users: one Cypher statement, values as `$parameters`. It is "
    "EXPLAINed first and runs only if Neo4j plans it as a read that stays in the graph "
    "(no CREATE, MERGE, SET, DELETE, REMOVE, LOAD CSV, `CALL {} IN TRANSACTIONS`, schema or "
    "administration commands, and only READ procedures); it then runs in a READ "
    "transaction with the server's query timeout, returning at most `row_limit` rows "
    "(`truncated` tells when there were more). The graph is never changed.",
    responses={
        400: {"model": ErrorBody, "description": "Neo4j cannot run the query (its message)"},
        403: {"model": ErrorBody, "description": "The query would write or reach outside the "
              'graph, e.g. "this endpoint is read-only: CREATE is a write"'},
        504: {"model": ErrorBody, "description": "The query ran longer than the timeout"},
    },
)
async def run_cypher(
    body: Annotated[CypherRequest, Body(openapi_examples=EXAMPLES)],
    driver: Driver,
    settings: Config,
):
    try:
        return await readonly.run_read_only(
            driver=driver, database=settings.neo4j_database, query=body.query,
            parameters=body.parameters, timeout=settings.query_timeout,
            row_limit=settings.cypher_row_limit,
        )
    except readonly.Refused as exc:
        raise Forbidden(exc.reason) from None
    except readonly.Invalid as exc:
        raise BadQuery(exc.message, code=exc.code) from None
    except readonly.TimedOut:
        raise GatewayTimeout(
            f"the query ran longer than {settings.query_timeout:g} s and was stopped") from None
    except readonly.Unavailable as exc:
        raise Unavailable(f"the graph database could not answer: {exc}") from None
