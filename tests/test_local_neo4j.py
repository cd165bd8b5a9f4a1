"""The managed local Neo4j, against real servers: the session's `test` instance, and a
throwaway `lifecycle` instance (ports 7689/7476) that shares the same install."""

import json
import shutil
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from neo4j import GraphDatabase

from server import localneo4j
from partnergraph.settings import Settings

CLI = Path(sys.executable).with_name("partnergraph")


@pytest.fixture
def managed(neo4j_settings: Settings) -> Settings:
    if not neo4j_settings.managed:
        pytest.skip("TEST_NEO4J_URI points at an external server: no local instance to check")
    return neo4j_settings


def java_processes(conf_dir: Path) -> list[int]:
    """Pids of the java processes whose command line names this instance's conf dir."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            args = (proc / "cmdline").read_bytes().decode(errors="replace").split("\0")
        except OSError:
            continue  # not a process, or it just exited
        if proc.name.isdigit() and Path(args[0]).name == "java" and str(conf_dir) in " ".join(args):
            found.append(int(proc.name))
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def throwaway(managed: Settings, name: str, bolt: int, http: int) -> Settings:
    settings = managed.model_copy(update={"neo4j_instance": name, "neo4j_bolt_port": bolt,
                                          "neo4j_http_port": http})
    shutil.rmtree(localneo4j.paths(settings).root, ignore_errors=True)  # a first start
    return settings


def test_status_reports_the_running_test_instance_with_a_5_26_version(managed):
    status = localneo4j.status(managed)

    assert status.running and status.managed
    assert status.version is not None and status.version.startswith("5.26.")
    assert status.instance == "test"
    assert status.bolt_uri == "neo4j://127.0.0.1:7688"
    assert status.browser_url == "http://127.0.0.1:7475/browser/"
    assert localneo4j.paths(managed).pid_file.read_text().strip() == str(status.pid)


def test_starting_again_returns_the_same_pid_and_launches_no_second_server(managed):
    conf = localneo4j.paths(managed).conf
    before = localneo4j.status(managed)

    again = localneo4j.start(managed)

    assert again.pid == before.pid
    assert java_processes(conf) == [before.pid]


def test_neo4j_browser_is_served_on_the_http_port(managed):
    with urllib.request.urlopen("http://127.0.0.1:7475/browser/", timeout=10) as response:
        assert response.status == 200
        assert "text/html" in response.headers["Content-Type"]


def test_apoc_answers_with_its_version(managed):
    auth = (managed.neo4j_user, managed.neo4j_password.get_secret_value())
    with GraphDatabase.driver(managed.bolt_uri, auth=auth) as driver:
        records, _, _ = driver.execute_query("RETURN apoc.version() AS version")

    assert records[0]["version"].startswith("5.26.")


def test_cli_status_json_describes_the_test_instance(managed):
    env = {"PATH": "/usr/bin:/bin", "NEO4J_HOME": str(managed.neo4j_home),
           "NEO4J_INSTANCE": "test", "NEO4J_BOLT_PORT": "7688", "NEO4J_HTTP_PORT": "7475",
           "NEO4J_PASSWORD": managed.neo4j_password.get_secret_value()}
    done = subprocess.run([CLI, "neo4j", "status", "--json"], env=env, capture_output=True,
                          text=True, timeout=60)

    assert done.returncode == 0, done.stderr
    status = json.loads(done.stdout)
    assert status["running"] is True
    assert status["browser_url"] == "http://127.0.0.1:7475/browser/"


@pytest.mark.slow
def test_start_then_stop_leaves_no_process_and_no_pid_file(managed):
    """A fresh instance (initial password set on first start) starts, answers, and stops
    completely; stopping it again reports that nothing was running."""
    settings = throwaway(managed, "lifecycle", 7689, 7476)
    p = localneo4j.paths(settings)
    try:
        started = localneo4j.start(settings)
        assert started.running and started.version.startswith("5.26.")
        assert java_processes(p.conf) == [started.pid]
        assert p.pid_file.exists()

        assert localneo4j.stop(settings) is True

        assert java_processes(p.conf) == []
        assert not p.pid_file.exists()
        assert localneo4j.status(settings).running is False
        assert localneo4j.stop(settings) is False
    finally:
        localneo4j.stop(settings)
        shutil.rmtree(p.root, ignore_errors=True)


def test_start_fails_naming_the_port_when_another_program_holds_it(managed):
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        taken = holder.getsockname()[1]
        settings = throwaway(managed, "porttaken", taken, free_port())
        try:
            with pytest.raises(localneo4j.LocalNeo4jError, match=f"port {taken} \\(Bolt\\)"):
                localneo4j.start(settings)
            assert java_processes(localneo4j.paths(settings).conf) == []
        finally:
            shutil.rmtree(localneo4j.paths(settings).root, ignore_errors=True)


def test_ensure_tools_names_java_when_it_is_missing(monkeypatch):
    monkeypatch.setenv("PATH", "")

    with pytest.raises(localneo4j.LocalNeo4jError) as caught:
        localneo4j.ensure_tools()

    assert "Java 17" in str(caught.value) and "`java`" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_ensure_tools_names_maven_when_only_java_is_there(monkeypatch, tmp_path):
    java = shutil.which("java")
    assert java, "this test needs java on PATH"
    (tmp_path / "java").symlink_to(java)
    monkeypatch.setenv("PATH", str(tmp_path))

    localneo4j.ensure_tools(maven=False)  # Java alone is enough to run an installed server
    with pytest.raises(localneo4j.LocalNeo4jError, match="Maven"):
        localneo4j.ensure_tools()


def test_cli_error_is_one_line_and_exit_code_1(tmp_path):
    """Without Java on PATH, `partnergraph neo4j start` says so in one line, no traceback."""
    env = {"PATH": "", "NEO4J_HOME": str(tmp_path), "NEO4J_INSTANCE": "nojava"}
    done = subprocess.run([CLI, "neo4j", "start"], env=env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=60)

    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "Java 17" in lines[0], lines
