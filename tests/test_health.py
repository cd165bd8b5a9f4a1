"""GET /health against the real Neo4j, and against an address where no Neo4j listens."""

import gc

from fastapi.testclient import TestClient

from api.app import create_app


def test_health_reports_neo4j_up_with_its_version(neo4j_settings):
    with TestClient(create_app(neo4j_settings)) as client:
        response = client.get("/health")

    body = response.json()
    assert response.status_code == 200
    assert body["status"] == "ok"
    assert body["neo4j"]["status"] == "up"
    assert body["neo4j"]["version"].startswith("5.26.")
    assert body["neo4j"]["edition"] == "community"


def test_health_is_503_with_retry_after_when_neo4j_is_unreachable(neo4j_settings):
    nowhere = neo4j_settings.model_copy(update={"neo4j_uri": "neo4j://127.0.0.1:1"})

    with TestClient(create_app(nowhere)) as client:
        response = client.get("/health")

    assert response.status_code == 503
    assert response.headers["Retry-After"].isdigit()
    assert response.json()["neo4j"]["status"] == "unreachable"
    assert "partnergraph-dev" not in response.text  # no secret leaks into errors


def test_the_api_keeps_what_it_started_with_out_of_the_collectors_walk(neo4j_settings):
    """While the API serves, what it started with (modules, the app, the driver) is frozen,
    so that a full collection walks only what requests made; on shutdown it is handed
    back to the collector."""
    gc.unfreeze()
    with TestClient(create_app(neo4j_settings)) as client:
        serving = gc.get_freeze_count()
        client.get("/health")
    assert serving > 10_000
    assert gc.get_freeze_count() == 0
