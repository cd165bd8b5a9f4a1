"""Who may do what. POST /cypher refuses every way of writing or administering (the
cases tests/test_api_cypher.py does not already cover: more APOC writers, procedures that
touch the schema, files or the server, administration and schema commands, disguised
writes), with the graph unchanged. An API key guards the endpoints that run Cypher or
could write; the API will not listen beyond loopback without one, nor with Neo4j's
development password; the managed Neo4j listens on loopback only; and no secret appears
in logs, CLI output or error messages."""

import logging
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api import security
from api.app import create_app
from server import localneo4j
from partnergraph.settings import DEV_PASSWORD, Settings

CLI = Path(sys.executable).with_name("partnergraph")
KEY = "k3y-0f-the-test-suite-4f9c2a7e51"
SECRET = "s3cret-pw-never-printed-7d41c9"


@pytest.fixture(scope="module")
def keyed(make_client, neo4j_settings, mini_graph):
    with make_client(neo4j_settings.model_copy(update={"api_key": SecretStr(KEY)})) as c:
        yield c


# --- Read-only Cypher: the refusals not covered elsewhere --------------------------------

REFUSED = {
    "lower-case create": "create (:Evil)",
    "create after a comment": "/* just a read */ MATCH (n) WITH n LIMIT 1 CREATE (:Evil)",
    "merge in an unwind": "UNWIND [1, 2] AS x MERGE (:Evil {x: x})",
    "set from a map": "MATCH (p:Partner) SET p += {evil: true}",
    "set after optional match": "OPTIONAL MATCH (p:Partner) SET p.evil = 1",
    "delete a relationship": "MATCH ()-[r:GAVE]->() DELETE r",
    "remove in a subquery": "MATCH (p:Partner) CALL (p) { REMOVE p.name } RETURN count(*)",
    "load csv in a subquery": "CALL () { LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r } "
                              "RETURN r",
    "in concurrent transactions": "UNWIND [1, 2] AS x CALL (x) { CREATE (:Evil {x: x}) } "
                                  "IN 2 CONCURRENT TRANSACTIONS",
    "apoc merge": "CALL apoc.merge.node(['Evil'], {id: 'x'}) YIELD node RETURN node",
    "apoc delete": "MATCH (d:Donation) CALL apoc.nodes.delete(d, 10) YIELD value RETURN value",
    "apoc refactor": "CALL apoc.refactor.rename.label('Partner', 'Evil')",
    "apoc atomic": "MATCH (p:Partner) CALL apoc.atomic.add(p, 'n', 1) YIELD newValue "
                   "RETURN newValue",
    "apoc write in a conditional": "CALL apoc.do.when(true, 'CREATE (:Evil)', '', {}) "
                                   "YIELD value RETURN value",
    "apoc periodic iterate": "CALL apoc.periodic.iterate('MATCH (p:Partner) RETURN p', "
                             "'SET p.evil = 1', {})",
    "apoc schema": "CALL apoc.schema.assert({Evil: ['id']}, {})",
    "apoc trigger": "CALL apoc.trigger.install('neo4j', 'evil', 'CREATE (:Evil)', {})",
    "apoc export to a file": "CALL apoc.export.csv.all('/tmp/evil.csv', {})",
    "apoc import": "CALL apoc.import.json('file:///etc/passwd')",
    "apoc load xml": "CALL apoc.load.xml('file:///etc/passwd') YIELD value RETURN value",
    "db create label": "CALL db.createLabel('Evil')",
    "db create property": "CALL db.createProperty('evil')",
    "db create relationship type": "CALL db.createRelationshipType('EVIL')",
    "clear query caches": "CALL db.clearQueryCaches()",
    "create fulltext index": "CREATE FULLTEXT INDEX evil FOR (n:Partner) ON EACH [n.name]",
    "create text index": "CREATE TEXT INDEX evil FOR (n:Partner) ON (n.evil)",
    "create vector index": "CREATE VECTOR INDEX evil FOR (n:Partner) ON (n.v)",
    "drop index if exists": "DROP INDEX partner_kind IF EXISTS",
    "drop database": "DROP DATABASE neo4j",
    "stop database": "STOP DATABASE neo4j",
    "start database": "START DATABASE neo4j",
    "create role": "CREATE ROLE evil",
    "grant role": "GRANT ROLE admin TO mallory",
    "revoke": "REVOKE ROLE admin FROM neo4j",
    "deny": "DENY READ {*} ON GRAPH * TO PUBLIC",
    "drop user": "DROP USER neo4j",
    "rename user": "RENAME USER neo4j TO mallory",
    "show privileges": "SHOW PRIVILEGES",
    "show settings": "SHOW SETTINGS",
    "show databases": "SHOW DATABASES",
}


@pytest.mark.parametrize("name", REFUSED, ids=list(REFUSED))
def test_every_way_of_writing_or_administering_is_refused(client, mini_graph, name):
    before = mini_graph.stats()

    response = client.post("/cypher", json={"query": REFUSED[name], "parameters": {}})

    assert response.status_code == 403, response.text
    assert response.json()["detail"].startswith("this endpoint is read-only: ")
    assert mini_graph.stats() == before
    evil = client.post("/cypher", json={"query": "MATCH (n:Evil) RETURN count(n) AS n"})
    assert evil.json()["rows"] == [{"n": 0}]


# --- The API key ------------------------------------------------------------------------

def test_without_a_key_configured_cypher_is_open(client):
    response = client.post("/cypher", json={"query": "RETURN 1 AS x"})

    assert response.status_code == 200


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": ""}, {"X-API-Key": "wrong"},
                                     {"X-API-Key": KEY[:-1]}, {"X-API-Key": KEY + "x"},
                                     {"Authorization": f"Bearer {KEY}"}])
def test_with_a_key_configured_cypher_needs_it(keyed, headers):
    response = keyed.post("/cypher", json={"query": "RETURN 1 AS x"}, headers=headers)

    assert response.status_code == 401
    assert response.json()["detail"] == "this endpoint needs the API key in the X-API-Key header"
    assert response.headers["WWW-Authenticate"] == "X-API-Key"
    assert KEY not in response.text


def test_the_right_key_runs_the_query(keyed):
    response = keyed.post("/cypher", json={"query": "RETURN 1 AS x"}, headers={"X-API-Key": KEY})

    assert response.status_code == 200 and response.json()["rows"] == [{"x": 1}]


def test_read_endpoints_stay_open_when_a_key_is_configured(keyed):
    for path in ("/health", "/partners", "/partners/kasama", "/donations", "/graph"):
        assert keyed.get(path).status_code == 200, path


def test_every_operation_but_a_get_is_guarded_and_documented_as_such(keyed):
    """A new write endpoint cannot slip in unguarded: whatever is not a GET needs the key."""
    spec = keyed.get("/openapi.json").json()
    not_get = [(path, method, op) for path, ops in spec["paths"].items()
               for method, op in ops.items() if method != "get"]

    assert not_get
    for path, method, op in not_get:
        assert {"APIKeyHeader": []} in op.get("security", []), (method, path)
        assert keyed.request(method.upper(), path, json={}).status_code == 401, (method, path)
    assert spec["components"]["securitySchemes"]["APIKeyHeader"]["name"] == "X-API-Key"


# --- Settings the API refuses to serve with ---------------------------------------------

@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10", "api.example.org"])
def test_beyond_loopback_an_api_key_is_required(host):
    settings = Settings(api_host=host, neo4j_password=SecretStr(SECRET))

    with pytest.raises(security.InsecureSettings, match="API_KEY is not set"):
        create_app(settings)


def test_beyond_loopback_the_development_password_is_refused():
    settings = Settings(api_host="0.0.0.0", api_key=SecretStr(KEY),
                        neo4j_password=SecretStr(DEV_PASSWORD))

    with pytest.raises(security.InsecureSettings, match="NEO4J_PASSWORD") as caught:
        create_app(settings)

    assert DEV_PASSWORD not in str(caught.value) and KEY not in str(caught.value)


def test_beyond_loopback_with_a_key_and_a_password_the_api_starts():
    settings = Settings(api_host="0.0.0.0", api_key=SecretStr(KEY),
                        neo4j_password=SecretStr(SECRET))

    assert create_app(settings).title == "partnergraph"


def test_a_short_api_key_is_refused():
    with pytest.raises(security.InsecureSettings, match="shorter than 16") as caught:
        create_app(Settings(api_key=SecretStr("short-key")))

    assert "short-key" not in str(caught.value)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_on_loopback_no_key_is_needed(host):
    assert create_app(Settings(api_host=host)).title == "partnergraph"


# --- Neo4j on loopback ------------------------------------------------------------------

def test_the_managed_neo4j_is_configured_to_listen_on_loopback_only(tmp_path):
    settings = Settings(neo4j_uri=None, neo4j_home=tmp_path, neo4j_instance="conf")
    conf = localneo4j._conf(settings, localneo4j.paths(settings))
    values = dict(line.split("=", 1) for line in conf.splitlines()
                  if "=" in line and not line.startswith("#"))

    assert values["server.default_listen_address"] == "127.0.0.1"
    for key in ("server.bolt.listen_address", "server.http.listen_address"):
        assert values[key].startswith("127.0.0.1:"), key
    assert values["server.https.enabled"] == "false"
    assert values["dbms.security.auth_enabled"] == "true"


def _listening(port: int) -> list[str]:
    """Local addresses (hex, as /proc/net shows them) with a socket listening on `port`."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:
                found.append(address)
    return found


def test_the_test_neo4j_listens_on_loopback_only(neo4j_settings):
    port = urlparse(neo4j_settings.bolt_uri).port or 7687
    if urlparse(neo4j_settings.bolt_uri).hostname not in ("127.0.0.1", "localhost"):
        pytest.fail("this check reads this machine's sockets: the test Neo4j must be local")
    # 127.0.0.1, ::1, and 127.0.0.1 as an IPv4-mapped IPv6 address (how Java binds it)
    loopback = {"0100007F", "00000000000000000000000001000000",
                "0000000000000000FFFF00000100007F"}

    addresses = _listening(port)

    assert addresses and set(addresses) <= loopback, addresses


# --- Secrets ----------------------------------------------------------------------------

def test_settings_never_show_secrets():
    settings = Settings(neo4j_password=SecretStr(SECRET), api_key=SecretStr(KEY))

    shown = repr(settings) + str(settings) + settings.model_dump_json()

    assert SECRET not in shown and KEY not in shown


def test_refused_credentials_leave_no_secret_in_answers_or_logs(neo4j_settings, mini_graph, caplog):
    """A user Neo4j does not know (so no real account gets locked) with a known password."""
    wrong = neo4j_settings.model_copy(update={"neo4j_user": "mallory",
                                              "neo4j_password": SecretStr(SECRET),
                                              "api_key": SecretStr(KEY)})
    caplog.set_level(logging.DEBUG)

    with TestClient(create_app(wrong)) as c:
        answers = [c.get("/health"), c.get("/partners"), c.get("/partners/kasama"),
                   c.post("/cypher", json={"query": "RETURN 1"}, headers={"X-API-Key": KEY})]

    assert [a.status_code for a in answers] == [503, 503, 503, 503]
    assert all(a.headers["Retry-After"] for a in answers)
    text = caplog.text + "".join(a.text for a in answers)
    assert SECRET not in text and KEY not in text


def test_an_unreachable_neo4j_leaves_no_secret_in_answers_or_logs(neo4j_settings, caplog):
    gone = neo4j_settings.model_copy(update={"neo4j_uri": "neo4j://127.0.0.1:9",
                                             "neo4j_password": SecretStr(SECRET)})
    caplog.set_level(logging.DEBUG)

    with TestClient(create_app(gone)) as c:
        answers = [c.get("/health"), c.get("/partners"),
                   c.post("/cypher", json={"query": "RETURN 1"})]

    assert [a.status_code for a in answers] == [503, 503, 503]
    assert "not reachable" in caplog.text
    assert SECRET not in caplog.text + "".join(a.text for a in answers)


def _cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(Path.home()), **env})


def test_cli_output_never_shows_the_password(neo4j_settings, mini_graph, tmp_path):
    uri = neo4j_settings.bolt_uri
    refused = _cli("stats", NEO4J_URI=uri, NEO4J_USER="mallory", NEO4J_PASSWORD=SECRET)
    unreachable = _cli("stats", NEO4J_URI="neo4j://127.0.0.1:9", NEO4J_PASSWORD=SECRET)
    status = _cli("neo4j", "status", NEO4J_URI=uri, NEO4J_USER="mallory",
                  NEO4J_PASSWORD=SECRET)
    not_running = _cli("neo4j", "status", NEO4J_HOME=str(tmp_path), NEO4J_INSTANCE="absent",
                       NEO4J_PASSWORD=SECRET)

    assert refused.returncode == 1 and "refused user 'mallory'" in refused.stderr
    assert unreachable.returncode == 1 and "not reachable" in unreachable.stderr
    assert "refused user 'mallory'" in status.stdout + status.stderr
    for done in (refused, unreachable, status, not_running):
        assert SECRET not in done.stdout + done.stderr
