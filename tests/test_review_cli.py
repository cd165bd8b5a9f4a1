"""`partnergraph review` for scripts, run through typer's CliRunner against the real Neo4j:
the same actions as the API, acting as the REVIEWER setting and writing the curated
folder; a refusal is one line on stderr and exit code 1."""

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from cli import app
from partnergraph.settings import get_settings
from reviewing import ARTICLE, SEED, load, query, use_folder

GIFT = "donation-943c9358-s002-1"
GRANT = "donation-943c9358-s003-1"
runner = CliRunner()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch, db, neo4j_settings) -> Path:
    path = tmp_path / "curated"
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.bolt_uri)
    monkeypatch.setenv("REVIEWER", "Hoa")
    use_folder(monkeypatch, path)
    load(db, SEED)
    load(db, ARTICLE)
    yield path
    get_settings.cache_clear()


def review(*args: str):
    return runner.invoke(app, ["review", *args])


def test_list_json_is_the_apis_listing(folder):
    done = review("list", "--json")

    assert done.exit_code == 0, done.output
    listing = json.loads(done.stdout)
    assert GIFT in {p["id"] for p in listing["items"]}
    assert listing["total"] == len(listing["items"])
    shown = json.loads(review("show", GIFT).stdout)
    assert shown["record"]["donors"] == ["hope-bridge"]


def test_accept_with_set_edits_the_record(folder, db):
    done = review("accept", GRANT, "--set", "value=25.000 USD", "--set",
                  "recipients_note=trạm y tế xã")

    assert done.exit_code == 0, done.output
    assert done.stdout.startswith(f"edit_accept {GRANT} by Hoa")
    assert query(db, "MATCH (d:Donation {id: $id}) RETURN d.value_raw AS raw, d.method AS m",
                 id=GRANT) == [{"raw": "25.000 USD", "m": "curated"}]
    facts = yaml.safe_load(next(folder.glob("facts-*.yaml")).read_text())
    assert facts["donations"][0]["recipients_note"] == "trạm y tế xã"


def test_reject_then_history_then_undo(folder, db):
    rejected = review("reject", GIFT, "--reason", "counted in the provincial total")
    assert rejected.exit_code == 0, rejected.output
    action_id = rejected.stdout.split("(action ")[1].rstrip(")\n")

    history = json.loads(review("history", GIFT, "--json").stdout)["items"]
    assert [(a["kind"], a["who"], a["reason"]) for a in history] == [
        ("reject", "Hoa", "counted in the provincial total")]
    assert query(db, "MATCH (d:Donation {id: $id}) RETURN d.id AS id", id=GIFT) == []

    undone = review("undo", action_id)

    assert undone.exit_code == 0, undone.output
    assert query(db, "MATCH (d:Donation {id: $id}) RETURN d.id AS id", id=GIFT) == [{"id": GIFT}]
    assert "rejections" not in yaml.safe_load((folder / "review.yaml").read_text())


def test_merge_and_promote(folder, db):
    merged = review("merge", "extracted-ubnd-tinh-tuyen-quang", "tuyen-quang")
    promoted = review("promote", "hope-bridge")

    assert (merged.exit_code, promoted.exit_code) == (0, 0), merged.output + promoted.output
    assert query(db, "MATCH (p:Partner {id: 'hope-bridge'}) RETURN p.method AS m") == [
        {"m": "curated"}]
    assert query(db, "MATCH (p:Partner {id: 'extracted-ubnd-tinh-tuyen-quang'}) RETURN p") == []


def test_refusals_are_one_line_and_exit_1(folder):
    assert review("accept", GIFT).exit_code == 0

    again = review("reject", GIFT, "--reason", "late")
    unknown = review("show", "no-such-proposal")
    bad = review("accept", GRANT, "--set", "donors=[atlantis]")

    assert (again.exit_code, unknown.exit_code, bad.exit_code) == (1, 1, 1)
    assert "decided by Hoa" in again.output
    assert "no proposal 'no-such-proposal'" in unknown.output
    assert "record.donors.0" in bad.output


def test_up_loads_the_curated_folder_after_the_seed_only_when_it_holds_records(tmp_path):
    from cli.run import curated
    from partnergraph.settings import Settings

    folder = tmp_path / "curated"
    settings = Settings(curated_dir=folder)
    assert curated(settings) == []
    folder.mkdir()
    assert curated(settings) == []
    (folder / "partners.yaml").write_text("partners: []\n")
    assert curated(settings) == [folder]
