"""The files keep the truth: an analyst takes an article from `load` to curated facts —
accepting, editing, rejecting, merging a partner, promoting one — and then data/seed plus
the curated folder, loaded into an empty database the way `partnergraph up` loads them,
rebuild exactly the reviewed graph (every node, relationship and property but which
dataset declared it). The folder is plain YAML in data/seed's format."""

from pathlib import Path

import pytest
import yaml
from pydantic import SecretStr

from loaders import pipeline
from reviewing import ARTICLE, HEADERS, KEY, SEED, dump, load, query, use_folder

DOC = "article-943c9358bcebf761"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / "curated"
    use_folder(monkeypatch, path)
    return path


def test_names_merged_into_a_partner_outlive_a_reload_of_its_own_dataset(
        db, make_client, neo4j_settings, folder):
    """The merge target belongs to data/seed: reloading data/seed alone writes its names
    afresh, and the curated folder's merges are applied again, so it is still found by
    the merged partner's name."""
    load(db, SEED)
    load(db, ARTICLE)
    settings = neo4j_settings.model_copy(update={"api_key": SecretStr(KEY), "curated_dir": folder})
    with make_client(settings) as client:
        _act(client, "/review/partners/extracted-ubnd-tinh-tuyen-quang/merge",
             {"into": "tuyen-quang"})

    load(db, SEED)

    aliases = query(db, "MATCH (p:Partner {id: 'tuyen-quang'}) RETURN p.aliases AS a")[0]["a"]
    assert "UBND tỉnh Tuyên Quang" in aliases


def _open(client) -> dict[str, dict]:
    return {p["id"]: p for p in client.get("/review/proposals").json()["items"]}


def _act(client, path: str, body: dict | None = None) -> dict:
    answer = client.post(path, json=body, headers=HEADERS)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_the_curated_folder_alone_rebuilds_the_reviewed_graph(db, make_client, neo4j_settings,
                                                              folder):
    load(db, SEED)
    load(db, ARTICLE)
    settings = neo4j_settings.model_copy(update={"api_key": SecretStr(KEY), "curated_dir": folder})
    with make_client(settings) as client:
        _act(client, "/review/partners/extracted-ubnd-tinh-tuyen-quang/merge",
             {"into": "tuyen-quang"})
        grant = _open(client)["donation-943c9358-s003-1"]
        _act(client, "/review/proposals/donation-943c9358-s003-1/accept",
             {"version": grant["version"], "record": grant["record"] | {"value": "25.000 USD"}})
        _act(client, "/review/proposals/donation-943c9358-s004-1/reject",
             {"version": 0, "reason": "a household gift, not a partnership"})
        for id_ in ("donation-943c9358-s002-1", "donation-943c9358-s006-1",
                    "agreement-943c9358-s005-1", "engagement-943c9358-s001-1"):
            _act(client, f"/review/proposals/{id_}/accept", {"version": 0})
        # What is left names nothing any more: rejected (a partner or an item no fact names).
        for id_, proposal in _open(client).items():
            _act(client, f"/review/proposals/{id_}/reject",
                 {"version": proposal["version"], "reason": "named by no accepted fact"})
        assert _open(client) == {}
        assert client.get("/review/documents").json()["total"] == 0
    reviewed = dump(db)
    names = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    assert names == ["documents.yaml", f"facts-{DOC}.yaml", "items.yaml", "partners.yaml",
                     "review.yaml"]
    review = yaml.safe_load((folder / "review.yaml").read_text())
    assert [a["kind"] for a in review["actions"]][:3] == ["merge", "edit_accept", "reject"]

    db.wipe()
    db.run(pipeline.load, paths=[SEED, folder])

    assert dump(db) == reviewed
    grant = query(db, "MATCH (d:Donation {id: 'donation-943c9358-s003-1'}) "
                      "RETURN d.value_raw AS raw, d.method AS method")
    assert grant == [{"raw": "25.000 USD", "method": "curated"}]
    assert query(db, "MATCH (n) WHERE n.proposal_record IS NOT NULL RETURN n.id AS id") == []
    assert "UBND tỉnh Tuyên Quang" in query(
        db, "MATCH (p:Partner {id: 'tuyen-quang'}) RETURN p.aliases AS a")[0]["a"]
