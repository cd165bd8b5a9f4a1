"""What Neo4j Browser needs from the API and from the managed Neo4j: CORS for the Browser
origins of the settings only, the style file, the conf that plays the guide on connect and
lets nothing leave the machine, and an HTTP request for every named query's answer."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import BROWSER_FETCH_HEADERS, create_app
from api.query_catalogue import CATALOGUE, cypher_body
from graphdb import read_rows
from loaders import pipeline
from server import localneo4j
from partnergraph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
QUERY_FILES = sorted((ROOT / "cypher" / "queries").glob("*.cypher"))


@pytest.fixture(scope="module")
def client(module_db, neo4j_settings):
    module_db.run(pipeline.load, paths=[ROOT / "data" / "seed"])
    with TestClient(create_app(neo4j_settings)) as client:
        yield client


def _preflight(client, path, origin, method="GET"):
    return client.options(path, headers={
        "Origin": origin, "Access-Control-Request-Method": method,
        "Access-Control-Request-Headers": ", ".join(BROWSER_FETCH_HEADERS).lower()})


@pytest.mark.parametrize("path", ["/guide", "/guide/queries", "/guide/partnergraph.grass"])
def test_browser_origins_may_fetch_the_guides_and_the_style(client, neo4j_settings, path):
    """The preflight Browser sends before fetching a guide (with its own headers) is
    answered for each Browser origin of the settings, and the answer names that origin."""
    for origin in neo4j_settings.cors_origins:
        preflight = _preflight(client, path, origin)
        response = client.get(path, headers={"Origin": origin})

        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == origin
        assert response.status_code == 200
        assert response.headers["access-control-allow-origin"] == origin


def test_other_origins_and_writes_are_not_allowed(client, neo4j_settings):
    """A page of any other origin gets no CORS permission, and no origin may POST
    cross-origin (POST /cypher is for clients with the API key, not for web pages)."""
    stranger = _preflight(client, "/guide", "http://evil.example")
    plain = client.get("/guide", headers={"Origin": "http://evil.example"})
    post = _preflight(client, "/cypher", neo4j_settings.cors_origins[0], method="POST")

    assert stranger.status_code == 400
    assert "access-control-allow-origin" not in stranger.headers
    assert "access-control-allow-origin" not in plain.headers
    assert post.status_code == 400


def test_browser_origins_default_to_the_managed_browser_and_can_be_set():
    """Unset, the origins are the managed Browser's (its HTTP port, 127.0.0.1 and
    localhost); BROWSER_ORIGINS takes a comma-separated list instead."""
    assert Settings(neo4j_http_port=7999).cors_origins == [
        "http://127.0.0.1:7999", "http://localhost:7999"]
    assert Settings(browser_origins="https://neo4j.example.org/, http://10.0.0.5:7474"
                    ).cors_origins == ["https://neo4j.example.org", "http://10.0.0.5:7474"]


def test_the_style_is_the_grass_file(client):
    """GET /guide/partnergraph.grass serves cypher/browser/partnergraph.grass as it is."""
    response = client.get("/guide/partnergraph.grass")

    assert response.status_code == 200
    assert response.text == (ROOT / "cypher" / "browser" / "partnergraph.grass").read_text()


def test_managed_neo4j_conf_plays_the_guide_and_keeps_everything_local(tmp_path):
    """The managed server's conf applies the style and plays the guide of the API's port
    on connect, lets Browser fetch only from this machine, and turns usage reports and
    Browser telemetry off."""
    settings = Settings(neo4j_home=tmp_path, api_port=8123)

    conf = localneo4j._conf(settings, localneo4j.paths(settings)).splitlines()

    assert ("browser.post_connect_cmd=style http://127.0.0.1:8123/guide/partnergraph.grass; "
            "play http://127.0.0.1:8123/guide") in conf
    assert "browser.remote_content_hostname_whitelist=localhost,127.0.0.1" in conf
    assert "client.allow_telemetry=false" in conf
    assert "dbms.usage_report.enabled=false" in conf


def test_the_test_neo4j_accepts_and_reports_those_settings(module_db):
    """Neo4j 5.26 knows every one of those settings (a name it does not know stops it from
    starting) and hands them to Browser through dbms.clientConfig()."""
    rows = module_db.run(read_rows, text="CALL dbms.clientConfig() YIELD name, value "
                         "RETURN name, value")
    config = {row["name"]: row["value"] for row in rows}

    assert config["client.allow_telemetry"] == "false"
    assert config["browser.remote_content_hostname_whitelist"] == "localhost,127.0.0.1"
    assert config["browser.post_connect_cmd"].startswith("style http://127.0.0.1:")


def test_the_catalogue_names_every_query_file():
    """Every file of cypher/queries/ has a slide (a question and an HTTP request), and the
    catalogue names no query that does not exist."""
    assert set(CATALOGUE) == {f"queries/{path.stem}" for path in QUERY_FILES}


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_every_query_has_an_http_request_that_answers(client, name):
    """The request a slide shows answers on the seed data: a GET of an endpoint, or
    POST /cypher with the query's own text."""
    entry = CATALOGUE[name]
    if entry.get:
        response = client.get(entry.get.removeprefix("GET "))
    else:
        response = client.post("/cypher", json=cypher_body(name))

    assert response.status_code == 200, response.text
    body = response.json()
    assert body.get("items", body.get("rows", body)), f"{entry.get or 'POST /cypher'} is empty"


def test_docker_neo4j_has_the_browser_settings_of_the_managed_server(tmp_path):
    """docker-compose.yml gives its Neo4j the managed server's Browser and telemetry
    settings, in the image's NEO4J_<name> form (`.` → `_`, `_` → `__`)."""
    import yaml

    env = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["neo4j"][
        "environment"]
    settings = Settings(neo4j_home=tmp_path, api_port=8000)  # the port compose publishes
    conf = localneo4j._conf(settings, localneo4j.paths(settings)).splitlines()
    wanted = [line.split("=", 1) for line in conf
              if line.startswith(("browser.", "client.", "dbms.usage_report."))]

    assert len(wanted) == 4
    for name, value in wanted:
        assert env["NEO4J_" + name.replace("_", "__").replace(".", "_")] == value
