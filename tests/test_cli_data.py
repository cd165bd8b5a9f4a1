"""The data commands as a user runs them, in a subprocess against the test Neo4j:
`partnergraph load` twice leaves `partnergraph stats --json` identical; `validate` writes
nothing; a bad file exits 1 naming file, line, field and reason, with no traceback and the
stats unchanged."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed"
CLI = [sys.executable, "-m", "cli"]


@pytest.fixture
def env(neo4j_settings, db) -> dict[str, str]:
    """The environment that points the CLI at the (wiped) test Neo4j."""
    s = neo4j_settings
    base = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "TEST_NEO4J"))}
    if s.neo4j_uri:
        return base | {"NEO4J_URI": s.neo4j_uri}
    return base | {"NEO4J_INSTANCE": s.neo4j_instance, "NEO4J_HOME": str(s.neo4j_home),
                   "NEO4J_BOLT_PORT": str(s.neo4j_bolt_port),
                   "NEO4J_HTTP_PORT": str(s.neo4j_http_port)}


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def stats(env) -> dict:
    done = cli(env, "stats", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_reloading_the_seed_leaves_stats_identical(env):
    first = cli(env, "load", str(SEED))
    assert first.returncode == 0, first.stderr
    after_first = stats(env)

    second = cli(env, "load", str(SEED))

    assert second.returncode == 0, second.stderr
    assert stats(env) == after_first
    assert after_first["nodes"]["Donation"] == 8
    assert after_first["relationships"]["CITED_IN"] > 0


def test_validate_checks_everything_and_writes_nothing(env):
    done = cli(env, "validate", str(SEED))

    assert done.returncode == 0, done.stderr
    assert "valid: 81 records in 6 file(s)" in done.stdout
    assert stats(env)["nodes"] == {}


def test_a_bad_file_exits_1_with_file_line_field_reason_and_changes_nothing(env, tmp_path):
    assert cli(env, "load", str(SEED)).returncode == 0
    before = stats(env)
    bad = tmp_path / "bad.yaml"
    bad.write_text("donations:\n  - id: d1\n    donors: [nobody-known]\n    recipients: [ha-giang]\n"
                   "    sources:\n      - document: article-004-47f6c6ea85a0549f\n"
                   "        quote: Máy tạo Oxy (90 cái)\n", encoding="utf-8")

    done = cli(env, "load", str(bad))

    assert done.returncode == 1
    output = done.stdout + done.stderr
    assert f"{bad}:3: donations[0].donors[0]: unknown partner 'nobody-known'" in output
    assert "Traceback" not in output
    assert stats(env) == before


def test_serving_beyond_loopback_without_a_key_is_refused_in_one_line(env):
    done = cli(env | {"API_HOST": "0.0.0.0", "API_PORT": "8012"}, "serve")

    assert done.returncode == 1
    assert done.stderr.strip().startswith("error: API_HOST is 0.0.0.0, beyond loopback")
    assert "Traceback" not in done.stdout + done.stderr
