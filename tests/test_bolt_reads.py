"""The servers the project runs send drivers no receive timeout hint: with one, the async
driver wraps each read of a Bolt chunk in a timed task, a fifth to a quarter of the API's
CPU per request (BENCHMARKS.md, "Reads without a timed task per chunk")."""

from pathlib import Path

import yaml
from neo4j import GraphDatabase

from graphdb import read_rows
from partnergraph.settings import Settings
from server import localneo4j

ROOT = Path(__file__).resolve().parent.parent
SETTING = "server.bolt.connection_keep_alive_for_requests"


def test_the_managed_conf_turns_keep_alive_during_requests_off(tmp_path):
    """The conf the managed server is started with says OFF."""
    settings = Settings(neo4j_home=tmp_path)

    conf = localneo4j._conf(settings, localneo4j.paths(settings)).splitlines()

    assert f"{SETTING}=OFF" in conf


def test_docker_neo4j_turns_it_off_too():
    """docker-compose.yml gives its Neo4j the same setting, in the image's NEO4J_<name>
    form."""
    env = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["neo4j"][
        "environment"]

    assert env["NEO4J_" + SETTING.replace("_", "__").replace(".", "_")] == "OFF"


def test_the_test_neo4j_runs_with_it_and_sends_no_hint(module_db, neo4j_settings):
    """Neo4j 5.26 knows the setting and runs with it, and the connections a driver opens to
    it were given no receive timeout hint in the server's answer to HELLO."""
    rows = module_db.run(read_rows, text="SHOW SETTINGS YIELD name, value "
                         "WHERE name = $name RETURN value", name=SETTING)
    assert [row["value"] for row in rows] == ["OFF"]

    auth = (neo4j_settings.neo4j_user, neo4j_settings.neo4j_password.get_secret_value())
    with GraphDatabase.driver(neo4j_settings.bolt_uri, auth=auth) as driver:
        driver.execute_query("RETURN 1", database_=neo4j_settings.neo4j_database)
        # The hints are not public; the pool's idle connections hold them.
        hints = [connection.connection_hints
                 for connections in driver._pool.connections.values()
                 for connection in connections]

    assert hints
    assert all("connection.recv_timeout_seconds" not in h for h in hints)
