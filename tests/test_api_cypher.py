"""POST /cypher against the real Neo4j: reads return JSON-safe rows; every kind of write,
file or URL access, schema or administration command is refused with a 403 that says why,
and the graph is exactly as it was; slow queries stop at the timeout and leave the API
working."""

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graphdb import SLOW, GraphDb


@pytest.fixture(scope="module")
def graph_db(mini_graph) -> GraphDb:
    return mini_graph


def run(client, query: str, **parameters):
    return client.post("/cypher", json={"query": query, "parameters": parameters})


# --- Reads ------------------------------------------------------------------------------

def test_a_read_returns_columns_and_rows(client):
    response = run(client, "MATCH (p:Partner) RETURN p.id AS id, p.kind AS kind ORDER BY id")

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["columns"] == ["id", "kind"]
    assert [r["id"] for r in body["rows"]] == ["ha-giang", "hope-bridge", "kasama"]
    assert body["truncated"] is False and body["row_limit"] == 1000


def test_parameters_nodes_relationships_paths_and_dates_are_json(client):
    response = run(
        client,
        "MATCH p = (k:Partner {id: $id})-[g:GAVE]->(d:Donation)-[:TO]->(:Partner) "
        "WHERE d.when_start IS NOT NULL "
        "RETURN k, g, p, d.when_start AS day, datetime({year: 2021, month: 3, day: 12}) AS at, "
        "duration({days: 3}) AS span, point({x: 1, y: 2}) AS spot",
        id="kasama")

    assert response.status_code == 200, response.text
    row = response.json()["rows"][0]
    assert row["k"]["labels"] == ["Partner"]
    assert row["k"]["properties"]["name"] == "Kasama City"
    assert row["g"]["type"] == "GAVE" and "properties" in row["g"]
    assert [n["properties"]["id"] for n in row["p"]["nodes"]] == [
        "kasama", "kasama-masks-2021", "ha-giang"]
    assert [(r["type"], r["start"], r["end"]) for r in row["p"]["relationships"]] == [
        ("GAVE", 0, 1), ("TO", 1, 2)]
    assert row["day"] == "2021-03-12"
    assert row["at"].startswith("2021-03-12T00:00:00")
    assert row["span"] == "P3D"
    assert row["spot"] == {"srid": 7203, "x": 1.0, "y": 2.0}


def test_values_json_cannot_carry_are_made_safe(client):
    body = run(client, "RETURN 0.0 / 0.0 AS nan, 1.0 / 0.0 AS inf, [1, null] AS list").json()

    assert body["rows"] == [{"nan": "NaN", "inf": "Infinity", "list": [1, None]}]


def test_read_procedures_and_functions_are_allowed(client):
    labels = run(client, "CALL db.labels() YIELD label RETURN label ORDER BY label").json()
    found = run(client, "CALL db.index.fulltext.queryNodes('partner_search', $q) YIELD node "
                        "RETURN node.id AS id", q="kasama").json()
    joined = run(client, "RETURN apoc.text.join(['a', 'b'], '-') AS s").json()

    assert "Partner" in [r["label"] for r in labels["rows"]]
    assert "kasama" in [r["id"] for r in found["rows"]]
    assert joined["rows"] == [{"s": "a-b"}]


def test_rows_stop_at_the_row_limit(neo4j_settings, graph_db):
    few = neo4j_settings.model_copy(update={"cypher_row_limit": 3})
    with TestClient(create_app(few)) as client:
        more = run(client, "UNWIND range(1, 10) AS x RETURN x").json()
        exact = run(client, "UNWIND range(1, 3) AS x RETURN x").json()

    assert [r["x"] for r in more["rows"]] == [1, 2, 3] and more["truncated"] is True
    assert len(exact["rows"]) == 3 and exact["truncated"] is False


def test_a_huge_result_is_cut_at_the_limit_without_waiting_for_the_rest(client):
    """Reading all 10^8 rows would run past the query timeout and answer 504; a 200 with
    the first 1000 shows the rest was never read."""
    response = run(client, "UNWIND range(1, 100000000) AS x RETURN x")

    assert response.status_code == 200, response.text
    body = response.json()
    assert len(body["rows"]) == 1000 and body["truncated"] is True


# --- Refusals ---------------------------------------------------------------------------

REFUSED = {
    "create": "CREATE (:Partner {id: 'mallory', name: 'Mallory'})",
    "create returning": "CREATE (n:Partner {id: 'mallory'}) RETURN n",
    "merge": "MERGE (p:Partner {id: 'kasama'}) RETURN p",
    "set": "MATCH (p:Partner {id: 'kasama'}) SET p.name = 'x' RETURN p",
    "set label": "MATCH (p:Partner) SET p:Evil",
    "delete": "MATCH (d:Donation) DELETE d",
    "detach delete": "MATCH (n) DETACH DELETE n",
    "remove property": "MATCH (p:Partner) REMOVE p.name",
    "remove label": "MATCH (p:Partner) REMOVE p:Partner",
    "foreach": "MATCH (p:Partner) FOREACH (x IN [1] | SET p.x = x)",
    "write in a subquery": "MATCH (p:Partner) CALL (p) { SET p.x = 1 } RETURN p.id",
    "load csv": "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "load csv from a url": "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN count(row)",
    "in transactions": "MATCH (p:Partner) CALL (p) { SET p.x = 1 } IN TRANSACTIONS OF 1 ROW",
    "read in transactions": "UNWIND [1, 2] AS x CALL (x) { RETURN x AS y } IN TRANSACTIONS RETURN y",
    "write procedure": "CALL apoc.create.node(['Evil'], {id: 'x'}) YIELD node RETURN node",
    "write procedure in a subquery": "CALL () { CALL apoc.create.setProperty([], 'x', 1) "
                                     "YIELD node RETURN node } RETURN count(*)",
    "cypher from a string": "CALL apoc.cypher.run('MATCH (n) RETURN n', {}) YIELD value RETURN value",
    "cypher from a string in a function": "RETURN apoc.cypher.runFirstColumnSingle('RETURN 1', {}) AS x",
    "background job": "CALL apoc.periodic.submit('evil', 'CREATE (:Evil)') YIELD name RETURN name",
    "url from a procedure": "CALL apoc.load.json('http://127.0.0.1:9/x.json') YIELD value RETURN value",
    "dbms procedure": "CALL dbms.listConfig() YIELD name, value RETURN name, value",
    "dbms procedure killing connections": "CALL dbms.killConnections([])",
    "read procedure with a side effect": "CALL db.stats.collect('QUERIES')",
    "create index": "CREATE INDEX evil_index IF NOT EXISTS FOR (n:Partner) ON (n.evil)",
    "create constraint": "CREATE CONSTRAINT evil IF NOT EXISTS FOR (n:Evil) REQUIRE n.id IS UNIQUE",
    "drop index": "DROP INDEX partner_kind",
    "drop constraint": "DROP CONSTRAINT partner_id",
    "create user": "CREATE USER mallory SET PASSWORD 'mallory-password' CHANGE NOT REQUIRED",
    "alter user": "ALTER USER neo4j SET PASSWORD 'mallory-password'",
    "show users": "SHOW USERS",
    "create database": "CREATE DATABASE evil",
    "show transactions": "SHOW TRANSACTIONS",
    "terminate transactions": "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
}


@pytest.mark.parametrize("name", REFUSED, ids=list(REFUSED))
def test_anything_but_a_read_is_refused_and_the_graph_is_unchanged(client, graph_db, name):
    before = graph_db.stats()

    response = run(client, REFUSED[name])

    assert response.status_code == 403, response.text
    assert response.json()["detail"].startswith("this endpoint is read-only: ")
    assert graph_db.stats() == before


@pytest.mark.parametrize("query,reason", [
    ("CREATE (:Partner {id: 'mallory'})", "CREATE is a write"),
    ("MERGE (p:Partner {id: 'kasama'})", "MERGE is a write"),
    ("MATCH (p:Partner) SET p.x = 1", "SET is a write"),
    ("MATCH (n) DETACH DELETE n", "DELETE is a write"),
    ("MATCH (p:Partner) REMOVE p.name", "REMOVE is a write"),
    ("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD CSV"),
    ("CALL apoc.create.node(['X'], {}) YIELD node RETURN node", "apoc.create.node"),
    ("CREATE INDEX evil_index IF NOT EXISTS FOR (n:X) ON (n.y)", "CREATE INDEX is a schema command"),
    ("CREATE USER mallory SET PASSWORD 'mallory-password'", "CREATE USER is an administration command"),
])
def test_a_refusal_says_why(client, query, reason):
    detail = run(client, query).json()["detail"]

    assert reason in detail, detail


@pytest.mark.parametrize("query", [
    # a read procedure that writes in a transaction of its own
    "CALL apoc.cypher.runTimeboxed('CREATE (:Evil)', {}, 1000) YIELD value RETURN value",
    # a procedure this server does not have
    "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
    # administration commands route themselves; USE is refused by Neo4j
    "USE system SHOW USERS",
    "USE system CREATE USER mallory SET PASSWORD 'mallory-password'",
])
def test_what_cannot_run_is_refused_one_way_or_another(client, graph_db, query):
    before = graph_db.stats()

    response = run(client, query)

    assert response.status_code in (400, 403), response.text
    assert graph_db.stats() == before
    assert run(client, "MATCH (n:Evil) RETURN count(n) AS n").json()["rows"] == [{"n": 0}]


# --- Errors -----------------------------------------------------------------------------

def test_a_syntax_error_is_400_with_neo4js_message(client):
    response = run(client, "MATCH (p:Partner RETURN p")

    assert response.status_code == 400
    assert "Invalid input" in response.json()["detail"]


@pytest.mark.parametrize("query,parameters", [
    ("RETURN $missing AS x", {}),
    ("RETURN 1 / 0 AS x", {}),
    ("RETURN toInteger($n) + 1 AS x", {"n": 2**70}),
    ("EXPLAIN MATCH (n) RETURN n", {}),
    ("PROFILE MATCH (n) RETURN n", {}),
    ("MATCH (n) RETURN n; MATCH (m) RETURN m", {}),
])
def test_queries_neo4j_cannot_run_are_400(client, query, parameters):
    response = client.post("/cypher", json={"query": query, "parameters": parameters})

    assert response.status_code == 400, response.text
    assert response.json()["detail"]


def test_a_parameter_neo4j_cannot_carry_is_400(client):
    response = client.post("/cypher", content='{"query": "RETURN $s AS s", '
                           '"parameters": {"s": "lone \\ud800 surrogate"}}',
                           headers={"content-type": "application/json"})

    assert response.status_code == 400, response.text


@pytest.mark.parametrize("body", [
    {"query": "RETURN 1 AS x" + " " * 10_000},
    {"query": ""},
    {"parameters": {}},
    {"query": "RETURN 1", "parameters": [1, 2]},
    {"query": "RETURN 1", "extra": True},
])
def test_malformed_requests_are_422(client, body):
    assert client.post("/cypher", json=body).status_code == 422


def test_a_query_of_exactly_the_maximum_length_runs(client):
    query = "RETURN 1 AS x //" + "x" * (10_000 - len("RETURN 1 AS x //"))

    assert len(query) == 10_000
    assert run(client, query).json()["rows"] == [{"x": 1}]


def test_a_slow_query_stops_at_the_timeout_and_the_next_one_runs(neo4j_settings, graph_db):
    quick = neo4j_settings.model_copy(update={"query_timeout": 1.0})
    with TestClient(create_app(quick)) as client:
        slow = run(client, SLOW)
        after = run(client, "MATCH (p:Partner) RETURN count(p) AS n")

    assert slow.status_code == 504, slow.text
    assert "1 s" in slow.json()["detail"]
    assert after.status_code == 200 and after.json()["rows"] == [{"n": 3}]
