"""A graph made by the bulk import (neo4j-admin) knows which dataset owns each record, as
a transactional load does: a reload of a corrected dataset on it removes what the files no
longer say and gives the very graph a clean transactional load of the corrected files
gives. The import runs on a throwaway managed instance (bolt 7703, http 7493);
BULK_TEST_INSTANCE, BULK_TEST_BOLT_PORT and BULK_TEST_HTTP_PORT name another."""

import os
import shutil

import pytest
from graphdb import GraphDb, fingerprint, read_rows

from graph.history import history
from loaders import pipeline
from loaders.bulkimport import import_dataset
from partnergraph import ROOT
from partnergraph.settings import Settings
from server import localneo4j

EXAMPLE = ROOT / "data" / "templates" / "example"


@pytest.fixture(scope="module")
def imported(neo4j_settings: Settings):
    """A managed instance of its own, started afresh, stopped and deleted at the end."""
    settings = neo4j_settings.model_copy(update={
        "neo4j_uri": None, "neo4j_instance": os.environ.get("BULK_TEST_INSTANCE", "reloadbulk"),
        "neo4j_bolt_port": int(os.environ.get("BULK_TEST_BOLT_PORT", "7703")),
        "neo4j_http_port": int(os.environ.get("BULK_TEST_HTTP_PORT", "7493")),
        "neo4j_heap": "1g", "neo4j_pagecache": "256m"})
    shutil.rmtree(localneo4j.paths(settings).root, ignore_errors=True)
    yield settings
    localneo4j.stop(settings)
    shutil.rmtree(localneo4j.paths(settings).root, ignore_errors=True)


def test_a_reload_on_a_bulk_imported_graph_equals_a_clean_load(db, imported, tmp_path):
    """The example imported in bulk, then corrected (one donor fewer, one policy deleted)
    and loaded with `partnergraph load`: the graph equals a clean load of the corrected
    folder, the import had stamped every record with its dataset, and the history lists
    the import and then the reload."""
    folder = tmp_path / "aozora"
    shutil.copytree(EXAMPLE, folder)
    import_dataset(imported, paths=[folder])
    bulk = GraphDb(imported)
    unowned = bulk.run(read_rows, text="MATCH (n) WHERE n.datasets IS NULL AND NOT n:Load "
                       "RETURN n.id AS id")
    assert unowned == []
    donations = folder / "donations.csv"
    donations.write_text(donations.read_text(encoding="utf-8").replace(
        "aozora-city;hikari-kokusai,", "aozora-city,", 1), encoding="utf-8")
    policies = folder / "policies.csv"
    policies.write_text(policies.read_text(encoding="utf-8").splitlines(keepends=True)[0],
                        encoding="utf-8")

    report = bulk.run(pipeline.load, paths=[folder])

    summary = report.plans[0].summary()
    assert summary["changed"] == {"Donation": ["aozora-hki-medical-2022"]}
    assert summary["removed"] == {"Policy": ["quang-tri-health-cooperation-plan-2021"]}
    db.run(pipeline.load, paths=[folder])
    assert fingerprint(bulk) == fingerprint(db)
    entries = bulk.run(history, dataset="aozora")
    assert [(e.action, e.added, e.changed, e.removed) for e in entries] == [
        ("load", 0, 1, 1), ("import", 16, 0, 0)]
    assert len(entries[1].checksums) == len(entries[1].files) > 0
