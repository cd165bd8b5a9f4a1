"""Read-only Cypher for power users; api/errors.py answers the queries that fail."""

from typing import Annotated

from fastapi import APIRouter, Body

from api.deps import Config, Driver
from api.responses import ErrorBody, too_slow
from graph import readonly
from partnergraph.domain.views_links import CypherRequest, CypherResult

router = APIRouter(tags=["cypher"])


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
    } | too_slow("The query ran longer than the timeout"),
)
async def run_cypher(
    body: Annotated[CypherRequest, Body(openapi_examples=EXAMPLES)],
    driver: Driver,
    settings: Config,
):
    return await readonly.run_read_only(
        driver=driver, database=settings.neo4j_database, query=body.query,
        parameters=body.parameters, timeout=settings.query_timeout,
        row_limit=settings.cypher_row_limit,
    )
