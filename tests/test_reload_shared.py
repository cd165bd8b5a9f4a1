"""Records shared between datasets, against the real Neo4j: a partner one dataset declares
and another's donation names is kept when its own dataset goes (the unload says so) and
goes once nothing names it; a record two datasets declare keeps the first declarer's
properties whatever the other does, and goes only when neither declares it."""

from pathlib import Path

import pytest
import reloads
from graphdb import node, read_rows

from graph.plan import KEPT_PROPS
from loaders import pipeline


def _dataset(prefix: str, partners: list[dict], donors: list[str]) -> dict:
    cite = [{"document": f"{prefix}-doc", "quote": "alpha"}]
    return {"documents": [{"id": f"{prefix}-doc", "text": reloads.TEXT}],
            "partners": [{**p, "kind": "foreign_ngo", "sources": cite} for p in partners],
            "donations": [{"id": f"{prefix}-gift", "donors": donors,
                           "recipients_note": "the province", "sources": cite}]}


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path


def load(db, folder: Path, data: dict):
    return db.run(pipeline.load, paths=[reloads.write(folder, data)])


def _ids(db, label: str) -> list[str]:
    return [r["id"] for r in db.run(read_rows, text=f"MATCH (n:{label}) RETURN n.id AS id "
                                    "ORDER BY id")]


def test_a_partner_another_dataset_names_stays_until_nothing_names_it(db, root):
    """`first` declares kasama; `second`'s donation names it. Unloading `first` removes
    its donation and document but keeps kasama (the dry run and the unload both say so),
    still the donor of `second`'s gift; once `second` no longer names it, its reload
    deletes it."""
    load(db, root / "first", _dataset("first", [{"id": "kasama", "name_en": "Kasama"}],
                                      ["kasama"]))
    load(db, root / "second", _dataset("second", [{"id": "hope", "name_en": "Hope"}],
                                       ["kasama", "hope"]))

    dry = db.run(pipeline.unload, dataset="first", dry_run=True)
    report = db.run(pipeline.unload, dataset="first")

    assert dry.plans[0].summary()["kept"] == {"Partner": ["kasama"]}
    assert report.plans[0].summary()["kept"] == {"Partner": ["kasama"]}
    assert _ids(db, "Donation") == ["second-gift"]
    assert _ids(db, "Document") == ["second-doc"]
    assert node(db, "kasama")["datasets"] == []
    assert db.run(read_rows, text="MATCH (:Partner {id: 'kasama'})-[:GAVE]->(d) "
                  "RETURN d.id AS id") == [{"id": "second-gift"}]
    assert db.run(read_rows, text="MATCH (:Partner {id: 'hope'})-[:LINKED]-(p) "
                  "RETURN p.id AS id") == [{"id": "kasama"}]

    load(db, root / "second", _dataset("second", [{"id": "hope", "name_en": "Hope"}],
                                       ["hope"]))

    assert _ids(db, "Partner") == ["hope"]
    assert db.run(read_rows, text="MATCH ()-[l:LINKED]-() RETURN count(l) AS n") == [{"n": 0}]


def content(props: dict) -> dict:
    """A node's properties but the figures counted from the facts (graph.plan.KEPT_PROPS),
    which follow the facts of every dataset."""
    return {k: v for k, v in props.items() if k not in KEPT_PROPS}


def test_a_record_two_datasets_declare_keeps_the_first_declarers_version(db, root):
    """Both declare kasama, with different names: the first to load holds its properties;
    the second's load and unload leave them as they were; kasama goes when neither
    declares it."""
    load(db, root / "first", _dataset("first", [{"id": "kasama", "name_en": "Kasama City"}],
                                      ["kasama"]))
    first = content(node(db, "kasama"))
    load(db, root / "second", _dataset("second", [{"id": "kasama", "name_en": "KASAMA"}],
                                       ["kasama"]))

    assert content(node(db, "kasama")) == {**first, "datasets": ["first", "second"]}
    assert node(db, "kasama")["given_counts"] == [2]  # its gift in each dataset
    db.run(pipeline.unload, dataset="second")
    assert content(node(db, "kasama")) == first
    assert node(db, "kasama")["given_counts"] == [1]

    load(db, root / "first", _dataset("first", [{"id": "other", "name_en": "Other"}],
                                      ["other"]))

    assert _ids(db, "Partner") == ["other"]


def test_one_folder_loaded_under_two_names_is_two_owners(db, root):
    """`--dataset` names what a load writes: the same folder loaded as alpha and as beta
    is owned by both; unloading alpha leaves beta's graph whole, unloading beta empties it."""
    folder = reloads.write(root / "folder", reloads.full())
    db.run(pipeline.load, paths=[folder], dataset="alpha")
    alone = db.stats()
    db.run(pipeline.load, paths=[folder], dataset="beta")
    assert node(db, "r-par1")["datasets"] == ["alpha", "beta"]

    db.run(pipeline.unload, dataset="alpha")

    assert db.stats() == alone
    assert node(db, "r-par1")["datasets"] == ["beta"]
    db.run(pipeline.unload, dataset="beta")
    assert db.stats().nodes == {}
