"""Faults, against real processes. A load killed with SIGKILL in the middle of its write
leaves the graph as it was, and rerunning it gives exactly the graph a clean load gives.
Neo4j stopped under a serving API makes it answer 503 with Retry-After, and once Neo4j is
back the same API process answers again by itself. Neo4j killed with SIGKILL right after
a load reported success still holds every record of it when it comes back. A question or
a load beyond the server's transaction memory is refused at once, never retried, and
writes nothing; a load that commits each batch gets through.

Those stop, kill or limit servers, so they use throwaway instances of their own (ports
7698/7488, 7699/7489 and 7695/7485) that share the test instance's install."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.app import create_app
from graph import cypher
from graphdb import GraphDb, fingerprint, holding
from loaders import pipeline
from server import localneo4j
from partnergraph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench" / "reliability"))
import dataset  # noqa: E402

CLI = Path(sys.executable).with_name("partnergraph")
MINI = Path(__file__).parent / "fixtures" / "mini" / "mini.yaml"
#: Big enough that the write lasts seconds, small enough that the module runs in minutes.
PARTNERS = 1500
PASSWORD = "throwaway-pw-5e0b8c1d"


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.json"
    dataset.write(path, PARTNERS)
    return path


def cli_env(settings: Settings) -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(Path.home()),
            "NEO4J_URI": settings.bolt_uri, "NEO4J_USER": settings.neo4j_user,
            "NEO4J_PASSWORD": settings.neo4j_password.get_secret_value(),
            "NEO4J_DATABASE": settings.neo4j_database}


async def _loader(*, driver, database: str) -> dict:
    """{writing, blocked}: the loader's open transactions, and those waiting for a lock."""
    records, _, _ = await driver.execute_query(cypher.load("admin/loader_writing"),
                                               database_=database)
    return records[0].data()


def kill_while_waiting(db: GraphDb, command: list, *, env: dict, cwd: Path, hold: str,
                       **params) -> subprocess.Popen:
    """Run the loader `command` while a transaction of the test holds the lock that `hold`
    takes: the loader writes until it needs that lock, waits inside its transaction, and
    is killed there with SIGKILL — on a fast machine as on a slow one. Returns once
    Neo4j has rolled the loader's open transaction back."""
    with holding(db.settings, hold, **params):
        loader = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        try:
            wait_for(lambda: db.run(_loader)["blocked"] or loader.poll() is not None,
                     what="the loader to wait for the held lock")
            assert loader.poll() is None, "the load ended without waiting for the held lock"
            loader.send_signal(signal.SIGKILL)
        finally:
            loader.kill()
            loader.wait()
    wait_for(lambda: not db.run(_loader)["writing"], what="Neo4j to roll the write back")
    return loader


def wait_for(check, *, what: str, seconds: float = 300, every: float = 0.1):
    """Poll `check` until it returns something true (a wait, not a speed assertion)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := check():
            return found
        time.sleep(every)
    pytest.fail(f"gave up waiting for {what} after {seconds:g} s")


# --- The loader killed mid-write ------------------------------------------------------------

@pytest.mark.slow
def test_a_load_killed_mid_write_leaves_nothing_and_a_rerun_equals_a_clean_load(
        db, neo4j_settings, big, tmp_path):
    db.run(pipeline.load, paths=[MINI])
    db.run(pipeline.load, paths=[big])
    clean = fingerprint(db)
    db.wipe()
    db.run(pipeline.load, paths=[MINI])
    before = fingerprint(db)
    env = cli_env(neo4j_settings)

    # The test's own uncommitted partner holds the id the load creates last among
    # partners: the load waits there, after its documents and earlier partners.
    loader = kill_while_waiting(db, [CLI, "load", str(big)], env=env, cwd=tmp_path,
                                hold="CREATE (:Partner {id: $id})",
                                id=f"partner-{PARTNERS - 1:06d}")
    after_kill = fingerprint(db)
    rerun = subprocess.run([CLI, "load", str(big)], env=env, cwd=tmp_path,
                           capture_output=True, text=True, timeout=600)

    assert loader.returncode == -signal.SIGKILL
    assert after_kill == before  # nothing of the killed load is in the graph
    assert rerun.returncode == 0, rerun.stderr
    assert fingerprint(db) == clean  # no duplicate, nothing missing, nothing half-written


# --- Throwaway servers ----------------------------------------------------------------------

def throwaway(name: str, bolt: int, http: int) -> Settings:
    """A fresh managed instance with a password of its own; wherever the suite's Neo4j is,
    these run from the same install."""
    suite = Settings()
    settings = suite.model_copy(update={
        "neo4j_uri": None, "neo4j_instance": name, "neo4j_bolt_port": bolt,
        "neo4j_http_port": http, "neo4j_password": SecretStr(PASSWORD)})
    shutil.rmtree(localneo4j.paths(settings).root, ignore_errors=True)
    return settings


@contextmanager
def running(settings: Settings) -> Iterator[Settings]:
    """The throwaway instance started, then stopped and deleted whatever the test did."""
    try:
        localneo4j.start(settings)
        yield settings
    finally:
        localneo4j.stop(settings)
        shutil.rmtree(localneo4j.paths(settings).root, ignore_errors=True)


@pytest.fixture
def down_up(neo4j_settings):
    with running(throwaway("resilience-down", 7698, 7488)) as settings:
        yield settings


@pytest.fixture
def durable(neo4j_settings):
    with running(throwaway("resilience-kill", 7699, 7489)) as settings:
        yield settings


@pytest.mark.slow
def test_neo4j_going_away_is_503_and_the_api_recovers_by_itself(down_up):
    db = GraphDb(down_up)
    db.apply_schema()
    db.run(pipeline.load, paths=[MINI])

    with TestClient(create_app(down_up)) as client:
        up = client.get("/partners/kasama")
        localneo4j.stop(down_up)
        down = [client.get("/partners/kasama"), client.get("/health"),
                client.get("/donations"), client.post("/cypher", json={"query": "RETURN 1"})]
        localneo4j.start(down_up)
        back = wait_for(lambda: (r := client.get("/partners/kasama")).status_code == 200 and r,
                        what="the API to answer again", every=1.0)
        health = client.get("/health")

    assert up.status_code == 200
    for response in down:
        assert response.status_code == 503, response.text
        assert int(response.headers["Retry-After"]) > 0
        assert PASSWORD not in response.text
    assert back.json() == up.json()
    assert health.status_code == 200 and health.json()["neo4j"]["status"] == "up"


@pytest.mark.slow
def test_every_acknowledged_record_survives_neo4j_killed_right_after_a_load(durable, big,
                                                                            tmp_path):
    db = GraphDb(durable)
    db.apply_schema()
    done = subprocess.run([CLI, "load", str(big)], env=cli_env(durable), cwd=tmp_path,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0 and "loaded" in done.stdout, done.stderr
    pid = localneo4j.status(durable).pid
    os.killpg(pid, signal.SIGKILL)  # no shutdown, no checkpoint: only the log is on disk
    wait_for(lambda: not localneo4j.status(durable).running, what="Neo4j to die")
    # Connections the dead server held linger a moment in the kernel and keep its port.
    wait_for(lambda: localneo4j.port_free(durable.neo4j_bolt_port)
             and localneo4j.port_free(durable.neo4j_http_port),
             what="the dead server's ports to be released")

    localneo4j.start(durable)

    acknowledged = json.loads(big.read_text(encoding="utf-8"))
    ids = {(label, r["id"]) for section, label in (("partners", "Partner"),
                                                   ("donations", "Donation"),
                                                   ("items", "Item"), ("documents", "Document"))
           for r in acknowledged[section]}
    nodes, rels = fingerprint(db)
    found = {(json.loads(n)["labels"][0], json.loads(n)["props"]["id"]) for n in nodes}
    assert ids <= found, sorted(ids - found)[:5]
    gave = [r for r in rels if json.loads(r)["type"] == "GAVE"]
    assert len(gave) == PARTNERS
    logs = localneo4j.paths(durable).logs
    assert not [f for f in logs.rglob("*") if f.is_file()
                and PASSWORD in f.read_text(errors="replace")]


def test_the_wait_helper_gives_up(monkeypatch):
    """wait_for fails the test rather than hang when the awaited state never comes."""
    with pytest.raises(pytest.fail.Exception, match="gave up waiting for nothing"):
        wait_for(lambda: False, what="nothing", seconds=0.3)


def test_fingerprints_differ_when_a_record_differs(db):
    db.run(pipeline.load, paths=[MINI])
    before = fingerprint(db)
    db.wipe()

    assert fingerprint(db) != before


# --- A question too large for the server's memory -----------------------------------------

@pytest.fixture
def frugal(neo4j_settings):
    limited = throwaway("resilience-memory", 7695, 7485).model_copy(
        update={"neo4j_transaction_memory": "16m"})
    with running(limited) as settings:
        yield settings


def test_a_question_beyond_the_transaction_memory_is_a_503_at_once_and_never_retried(
        frugal, caplog):
    """Neo4j classes the memory refusal as transient; retrying it would only repeat it."""
    big_list = "UNWIND range(1, 5000000) AS x RETURN size(collect(x)) AS n"
    settings = frugal.model_copy(update={"api_retry_seconds": 30.0})
    with TestClient(create_app(settings)) as client, caplog.at_level("WARNING", "neo4j"):
        refused = client.post("/cypher", json={"query": big_list})
        small = client.post("/cypher", json={"query": "RETURN 1 AS one"})

    assert refused.status_code == 503, refused.text
    assert "memory" in refused.json()["detail"]
    assert "retry-after" not in refused.headers
    assert not [r for r in caplog.records if "retried" in r.getMessage()]
    assert small.status_code == 200 and small.json()["rows"] == [{"one": 1}]


def test_a_load_beyond_the_transaction_memory_writes_nothing_unless_each_batch_commits(
        frugal, big, tmp_path, db):
    """One transaction cannot hold this load on this server: the plain load says so and
    leaves the graph empty, at once; --commit-each-batch loads it, and gives the very graph
    a one-transaction load gives on a server with room (the suite's)."""
    graph = GraphDb(frugal)
    graph.apply_schema()

    whole = subprocess.run([CLI, "load", str(big)], env=cli_env(frugal), cwd=tmp_path,
                           capture_output=True, text=True, timeout=600)
    assert whole.returncode == 1, whole.stdout + whole.stderr
    assert "nothing was written" in whole.stderr and "--commit-each-batch" in whole.stderr
    assert "retried" not in whole.stderr
    assert fingerprint(graph) == ([], [])

    batched = subprocess.run([CLI, "load", "--commit-each-batch", str(big)],
                             env=cli_env(frugal), cwd=tmp_path, capture_output=True, text=True,
                             timeout=600)
    assert batched.returncode == 0, batched.stderr
    db.run(pipeline.load, paths=[big])
    assert fingerprint(graph) == fingerprint(db)
