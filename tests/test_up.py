"""`partnergraph up`, the README's run command, end to end on its own ports (instance `up`:
bolt 7690, http 7477, API 8010): it brings up Neo4j, the schema, the seed data and the API;
a second `up` starts nothing new; Ctrl-C leaves no Neo4j or API process behind."""

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from server.localneo4j import port_free

ROOT = Path(__file__).resolve().parent.parent
PORTS = {"NEO4J_INSTANCE": "up", "NEO4J_BOLT_PORT": "7690", "NEO4J_HTTP_PORT": "7477",
         "API_PORT": "8010"}
API = "http://127.0.0.1:8010"
# It starts the product's own Neo4j through the CLI, which no rule of tests/markers.py sees.
pytestmark = [pytest.mark.slow, pytest.mark.neo4j]


def _env() -> dict[str, str]:
    base = {k: v for k, v in os.environ.items()
            if not k.startswith(("NEO4J_", "API_", "TEST_NEO4J"))}
    return base | PORTS


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:  # a cold JVM is slow
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _wait_for_api(proc: subprocess.Popen, deadline: float) -> None:
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"`up` exited early:\n{proc.stdout.read()}")
        try:
            if _get(f"{API}/health")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(1)
    raise AssertionError("the API did not answer within the time limit")


def _instance_processes() -> list[int]:
    """Java processes of the `up` instance (its home path is on their command line)."""
    marker = os.sep + os.path.join("instances", "up") + os.sep
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            if "java" in cmdline and marker in cmdline.replace("\0", " "):
                found.append(int(entry.name))
    return found


@pytest.fixture
def product():
    proc = subprocess.Popen([sys.executable, "-m", "cli", "up"], cwd=ROOT,
                            env=_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    try:
        _wait_for_api(proc, time.monotonic() + 240)
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                proc.kill()
        subprocess.run([sys.executable, "-m", "cli", "neo4j", "stop"], cwd=ROOT,
                       env=_env(), capture_output=True, timeout=120)


def test_up_serves_seeded_api_and_browser_then_ctrl_c_stops_everything(product):
    status, body = _get(f"{API}/health")
    health = json.loads(body)
    assert (status, health["neo4j"]["status"]) == (200, "up")
    assert health["neo4j"]["version"].startswith("5.26")
    _, body = _get(f"{API}/donations?donor=guangxi&since=2020")
    assert json.loads(body)["total"] == 2
    assert _get("http://127.0.0.1:7477/browser/")[0] == 200
    assert len(_instance_processes()) == 1

    again = subprocess.run([sys.executable, "-m", "cli", "up"], cwd=ROOT,
                           env=_env(), capture_output=True, text=True, timeout=240)

    assert again.returncode == 1
    assert "already running" in again.stdout
    assert "port 8010 on 127.0.0.1 is taken" in again.stdout + again.stderr
    assert len(_instance_processes()) == 1, "a second `up` must not start a second Neo4j"
    assert _get(f"{API}/health")[0] == 200, "nor stop the first one's"

    product.send_signal(signal.SIGINT)
    assert product.wait(timeout=120) == 0

    assert _instance_processes() == []
    assert all(port_free(port) for port in (8010, 7690, 7477))


def test_a_terminate_signal_stops_everything_too(product):
    """A service manager (systemd, `docker stop`, a CI runner) stops `up` with SIGTERM, not
    Ctrl-C: the API and the Neo4j that `up` started stop as well, and `up` exits with 143
    (128 + SIGTERM) to say it was terminated."""
    assert len(_instance_processes()) == 1

    product.send_signal(signal.SIGTERM)
    assert product.wait(timeout=120) == 143

    assert _instance_processes() == []
    assert all(port_free(port) for port in (8010, 7690, 7477))
