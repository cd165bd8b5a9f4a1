"""Reloading a dataset makes the graph say what its files say, against the real Neo4j: a
correction replaces the record (every role, citation and property, LINKED pairs included),
a record removed from the files leaves the graph, other datasets are never touched, a
partner another dataset still refers to stays until nothing does, and a dry run shows the
change without writing it. "Equals" is always the whole graph (tests/graphdb.fingerprint)
against a clean load of the same files into an empty database."""

import shutil
from pathlib import Path

import pytest
import reloads
from fastapi.testclient import TestClient
from graphdb import fingerprint, node, read_rows

from api.app import create_app
from graph.history import history
from graph.model import SECTION_LABELS
from loaders import pipeline
from partnergraph.domain import roles

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed"
EXAMPLE = ROOT / "data" / "templates" / "example"


def load(db, *paths: Path, **kwargs):
    return db.run(pipeline.load, paths=list(paths), **kwargs)


def clean(db, *paths: Path):
    """The fingerprint of a clean load of `paths` into an empty database."""
    db.wipe()
    for path in paths:
        load(db, path)
    return fingerprint(db)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} no longer holds {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A copy of the CSV example, as a new user makes one: the dataset `aozora`."""
    folder = tmp_path / "aozora"
    shutil.copytree(EXAMPLE, folder)
    return folder


def test_a_corrected_donor_list_is_what_the_api_answers(db, neo4j_settings, example):
    """The user's scenario: after correcting a donation so that aozora-city is its only
    donor and loading the folder again, hikari-kokusai gave nothing and the donation lists
    aozora-city alone."""
    load(db, example)
    _edit(example / "donations.csv", "aozora-city;hikari-kokusai,", "aozora-city,")

    report = load(db, example)

    assert report.plans[0].summary()["changed"] == {"Donation": ["aozora-hki-medical-2022"]}
    assert ("aozora-city", "hikari-kokusai") in report.linked_pairs  # due for a recount
    with TestClient(create_app(neo4j_settings)) as client:
        hikari = client.get("/donations", params={"donor": "hikari-kokusai"}).json()
        aozora = client.get("/donations", params={"donor": "aozora-city"}).json()
    assert hikari["items"] == []
    assert [[d["id"] for d in item["donors"]] for item in aozora["items"]] == [["aozora-city"]]
    assert fingerprint(db) == clean(db, example)


def test_a_record_removed_from_its_file_is_gone_after_the_reload(db, example):
    """A policy deleted from policies.csv leaves the graph, with its relationships and
    citations; the dry run names it first and writes nothing; the history holds both
    loads with their counts and the files' checksums."""
    load(db, example)
    lines = (example / "policies.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (example / "policies.csv").write_text(lines[0], encoding="utf-8")
    before = fingerprint(db)

    dry = load(db, example, dry_run=True)

    assert dry.plans[0].summary()["removed"] == {
        "Policy": ["quang-tri-health-cooperation-plan-2021"]}
    assert fingerprint(db) == before
    load(db, example)
    assert db.run(read_rows, text="MATCH (n:Policy) RETURN n.id AS id") == []
    entries = db.run(history, dataset="aozora")
    assert [(e.action, e.added, e.changed, e.removed) for e in entries] == [
        ("load", 0, 0, 1), ("load", 16, 0, 0)]
    assert entries[0].checksums != entries[1].checksums  # policies.csv changed
    assert fingerprint(db) == clean(db, example)


def test_reloading_one_dataset_leaves_the_seed_exactly_as_it_was(db, example):
    """The seed and the example loaded; the example corrected and reloaded, then unloaded:
    the graph equals the seed alone, and the seed's records were never touched."""
    load(db, SEED)
    seed_only = fingerprint(db)
    load(db, example)
    _edit(example / "donations.csv", "aozora-city;hikari-kokusai,", "aozora-city,")
    load(db, example)
    assert fingerprint(db) == clean(db, SEED, example)

    report = db.run(pipeline.unload, dataset="aozora")

    assert report.plans[0].summary()["removed"]["Donation"] == ["aozora-hki-medical-2022"]
    assert fingerprint(db) == seed_only


ROLES = {f"{r.section}.{r.field}": r for r in roles.ROLES}


@pytest.mark.parametrize("name", ROLES)
def test_every_role_follows_its_file_when_changed_and_when_removed(db, tmp_path, name):
    """For each row of the role table: its relationship points elsewhere when the field
    names another record, and is gone when the field is emptied, exactly as a clean load
    of each version says."""
    role, folder = ROLES[name], tmp_path / "roles"
    load(db, reloads.write(folder, reloads.full()))
    first = fingerprint(db)

    for version in (reloads.changed(role), reloads.emptied(role)):
        report = load(db, reloads.write(folder, version))  # over the previous version

        reloaded = fingerprint(db)
        changed = report.plans[0].summary()["changed"]
        assert reloads.ids(role.section)[0] in changed[SECTION_LABELS[role.section].value]
        assert reloaded != first
        assert reloaded == clean(db, folder)


CHANGES = {
    # what changes in the first partner: (field, first value, second value or None: removed)
    "a property": ("acronym", "AP", None),
    "a quote": ("sources", [{"document": "r-doc", "quote": "alpha"}],
                [{"document": "r-doc", "quote": "beta gamma"}]),
    "a citation's method and confidence": (
        "sources", [{"document": "r-doc", "quote": "alpha"}],
        [{"document": "r-doc", "quote": "alpha", "method": "extracted", "confidence": 0.5}]),
    "a second source": ("sources", [{"document": "r-doc", "quote": "alpha"},
                                    {"document": "r-doc", "quote": "delta"}],
                        [{"document": "r-doc", "quote": "delta"}]),
}


@pytest.mark.parametrize("case", CHANGES)
def test_properties_and_citations_are_replaced(db, tmp_path, case):
    """A field removed from the file disappears from the node; a citation's quote, method
    and confidence are what the file says now, and a dropped source's CITED_IN is gone."""
    field, first, second = CHANGES[case]
    folder, data = tmp_path / "props", reloads.full()
    data["partners"][0][field] = first
    load(db, reloads.write(folder, data))
    if second is None:
        del data["partners"][0][field]
    else:
        data["partners"][0][field] = second

    load(db, reloads.write(folder, data))

    assert fingerprint(db) == clean(db, folder)


def test_an_item_line_keeps_its_new_quantity(db, tmp_path):
    """A donation's item line whose quantity changes holds the new one, once."""
    folder, data = tmp_path / "items", reloads.full()
    load(db, reloads.write(folder, data))
    data["donations"][0]["items"][0]["quantity"] = "7 máy thở"

    load(db, reloads.write(folder, data))

    rows = db.run(read_rows, text="MATCH (:Donation)-[i:INCLUDES]->() RETURN i.quantity AS q")
    assert rows == [{"q": 7.0}]
    assert fingerprint(db) == clean(db, folder)


def test_a_renamed_partner_is_found_by_its_new_name(db, neo4j_settings, example):
    """The full-text index follows a reload: a partner's new alias in partners.csv finds
    it once the folder is loaded again, and not before."""
    load(db, example)
    _edit(example / "partners.csv", ",Hikari Kokusai,Tổ chức HKI,", ",Hikari Kokusai,Nagomi Relief Corps,")
    with TestClient(create_app(neo4j_settings)) as client:
        before = client.get("/partners", params={"q": "Nagomi Relief Corps"}).json()

        load(db, example)

        after = client.get("/partners", params={"q": "Nagomi Relief Corps"}).json()
    assert "hikari-kokusai" not in [p["id"] for p in before["items"]]
    assert [p["id"] for p in after["items"]][:1] == ["hikari-kokusai"]
    assert node(db, "hikari-kokusai")["aliases"] == ["Nagomi Relief Corps"]
