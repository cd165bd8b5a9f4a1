"""What one request may cost. Bodies beyond MAX_REQUEST_BYTES get a 413 that says so,
whether declared or streamed; every string parameter has a length bound, pattern or enum
and every `limit` a maximum, both enforced; JSON nested beyond reason is a 400; slow
queries are cut at the configured timeout with a 504, several at once, and the API goes
on serving. (Row caps and the /cypher timeout itself: tests/test_api_cypher.py; loader
file sizes: tests/test_hostile_files.py.)"""

from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graphdb import SLOW

SMALL = 4096


@pytest.fixture(scope="module")
def api_settings(neo4j_settings):
    return neo4j_settings.model_copy(update={"max_request_bytes": SMALL})


def cypher_body(size: int) -> bytes:
    """A valid /cypher body of exactly `size` bytes (the padding is a Cypher comment)."""
    head, tail = b'{"query": "RETURN 1 AS x //', b'"}'
    return head + b"x" * (size - len(head) - len(tail)) + tail


def post(client, body, **headers):
    return client.post("/cypher", content=body,
                       headers={"content-type": "application/json", **headers})


# --- Request bodies -----------------------------------------------------------------------

def test_a_body_at_the_limit_is_read():
    assert len(cypher_body(SMALL)) == SMALL


def test_a_body_of_exactly_the_limit_runs(client):
    response = post(client, cypher_body(SMALL))

    assert response.status_code == 200, response.text


def test_a_declared_body_beyond_the_limit_is_413_with_a_clear_message(client):
    response = post(client, cypher_body(SMALL + 1))

    assert response.status_code == 413
    assert response.json()["detail"] == (
        f"the request body is larger than {SMALL} bytes, the most this API reads "
        "(MAX_REQUEST_BYTES)")


def test_a_streamed_body_beyond_the_limit_is_413(client):
    def chunks():
        for _ in range(100):
            yield b"x" * 1000

    response = client.post("/cypher", content=chunks(),
                           headers={"content-type": "application/json"})

    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert response.status_code == 413


def test_a_lying_content_length_is_refused(client):
    assert post(client, b"{}", **{"content-length": "not-a-number"}).status_code in (400, 413)


def test_the_default_limit_is_a_mebibyte_and_the_api_serves_after_a_413(neo4j_settings, mini_graph):
    with TestClient(create_app(neo4j_settings)) as c:
        refused = post(c, b"x" * (1024 * 1024 + 1))
        after = c.post("/cypher", json={"query": "RETURN 1 AS x"})

    assert refused.status_code == 413
    assert after.status_code == 200


@pytest.mark.parametrize("body", [
    b"[" * 3000,
    b'{"query": "RETURN $x AS x", "parameters": {"x": ' + b"[" * 1500 + b"]" * 1500 + b"}}",
    b'{"query": "RETURN $x AS x", "parameters": {"x": ' + b"[" * 900 + b"]" * 900 + b"}}",
])
def test_json_nested_beyond_reason_is_a_400(client, body):
    response = post(client, body)

    assert response.status_code == 400, response.text


# --- Parameters ---------------------------------------------------------------------------

def _operations(client):
    for path, ops in client.get("/openapi.json").json()["paths"].items():
        for method, op in ops.items():
            yield path, method, op


def _schema(param: dict) -> dict:
    schema = param["schema"]
    for option in schema.get("anyOf", []):
        if option.get("type") != "null":
            return option
    return schema


def test_every_string_parameter_is_bounded(client):
    unbounded = []
    for path, method, op in _operations(client):
        for param in op.get("parameters", []):
            schema = _schema(param)
            if schema.get("type") == "string" and not (
                    "maxLength" in schema or "pattern" in schema or "enum" in schema):
                unbounded.append((method, path, param["name"]))

    assert not unbounded


def test_every_limit_has_a_maximum_that_is_enforced(client):
    limits = [(path, _schema(p)) for path, method, op in _operations(client)
              for p in op.get("parameters", []) if p["name"] == "limit"]

    assert len(limits) >= 6
    for path, schema in limits:
        assert "maximum" in schema, path
        over = client.get(path.replace("{id}", "kasama"),
                          params={"limit": schema["maximum"] + 1})
        assert over.status_code == 422, (path, over.text)


def test_a_string_parameter_beyond_its_bound_is_422(client):
    assert client.get("/partners", params={"q": "x" * 201}).status_code == 422
    assert client.get(f"/partners/{'x' * 201}").status_code == 422


# --- Slow queries -------------------------------------------------------------------------

def test_slow_queries_at_once_are_all_cut_and_the_api_goes_on(neo4j_settings, mini_graph):
    quick = neo4j_settings.model_copy(update={"query_timeout": 1.0})
    with TestClient(create_app(quick)) as c:
        with ThreadPoolExecutor(4) as pool:
            slow = list(pool.map(lambda _: c.post("/cypher", json={"query": SLOW}), range(4)))
        health = c.get("/health")
        after = c.get("/partners/kasama")

    assert [r.status_code for r in slow] == [504] * 4, [r.text for r in slow]
    assert all("1 s" in r.json()["detail"] for r in slow)
    assert health.status_code == 200 and after.status_code == 200
