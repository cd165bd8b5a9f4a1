"""Bulk import through neo4j-admin builds exactly the graph the transactional loader
builds (same nodes, relationships and properties, on the curated seed data with its odd
cases and on generated data), and bad input is refused before the database is replaced.
The import runs on a throwaway managed instance (bolt 7697, http 7487) that it replaces;
BULK_TEST_INSTANCE, BULK_TEST_BOLT_PORT and BULK_TEST_HTTP_PORT name another, so that
two checkouts on one machine can run it at once."""

import json
import os
import shutil
from pathlib import Path

import pytest

from graph import cypher
from graphdb import GraphDb
from loaders import pipeline
from loaders.bulkimport import import_dataset
from loaders.errors import LoadError
from loaders.synthetic import Size, generate
from partnergraph import ROOT
from server import localneo4j
from partnergraph.settings import Settings

SEED = ROOT / "data" / "seed"
SMALL = Size(partners=120, agreements=60, projects=60, donations=600, engagements=40,
             policies=2)


@pytest.fixture(scope="module")
def bulk_settings(neo4j_settings: Settings):
    """A managed instance of its own, started afresh, stopped at the end."""
    settings = neo4j_settings.model_copy(update={
        "neo4j_uri": None, "neo4j_instance": os.environ.get("BULK_TEST_INSTANCE", "bulktest"),
        "neo4j_bolt_port": int(os.environ.get("BULK_TEST_BOLT_PORT", "7697")),
        "neo4j_http_port": int(os.environ.get("BULK_TEST_HTTP_PORT", "7487")),
        "neo4j_heap": "1g", "neo4j_pagecache": "256m"})
    shutil.rmtree(localneo4j.paths(settings).root, ignore_errors=True)
    yield settings
    localneo4j.stop(settings)


async def _dump(*, driver, database):
    nodes, _, _ = await driver.execute_query(cypher.load("bench/dump_nodes"), database_=database)
    rels, _, _ = await driver.execute_query(cypher.load("bench/dump_relationships"),
                                            database_=database)
    key = lambda value: json.dumps(value, sort_keys=True, default=str)  # noqa: E731
    return (sorted(key([r["labels"], r["props"]]) for r in nodes),
            sorted(key(r.data()) for r in rels))


def _transactional(db: GraphDb, *paths: Path):
    db.run(pipeline.load, paths=list(paths))
    return db.run(_dump)


def test_bulk_import_of_the_seed_data_equals_a_transactional_load(db, bulk_settings):
    expected_nodes, expected_rels = _transactional(db, SEED)

    report = import_dataset(bulk_settings, paths=[SEED])

    nodes, rels = GraphDb(bulk_settings).run(_dump)
    assert report.nodes == len(expected_nodes)
    assert len(nodes) == len(expected_nodes) and len(rels) == len(expected_rels)
    assert nodes == expected_nodes  # every property, "" and [] and dates included
    assert rels == expected_rels
    assert report.restored > 0  # the seed has empty lists that CSV cannot carry


def test_bulk_import_of_generated_data_equals_a_transactional_load(db, bulk_settings,
                                                                   tmp_path):
    generate(out=tmp_path / "gen", size=SMALL, seed=11)
    expected_nodes, expected_rels = _transactional(db, tmp_path / "gen")

    import_dataset(bulk_settings, paths=[tmp_path / "gen"], workdir=tmp_path / "csv")

    nodes, rels = GraphDb(bulk_settings).run(_dump)
    assert GraphDb(bulk_settings).stats() == db.stats()
    assert nodes == expected_nodes
    assert rels == expected_rels
    headers = [p.read_text().splitlines()[0] for p in (tmp_path / "csv").glob("*Donation.csv")]
    assert any("id:ID(Donation)" in h and "value_usd:double" in h and "when_start:date" in h
               for h in headers)


def test_bad_input_is_refused_with_its_place_and_the_database_is_kept(bulk_settings, tmp_path):
    graph = GraphDb(bulk_settings)
    before = graph.stats()
    out = tmp_path / "bad"
    generate(out=out, size=SMALL, seed=3)
    donations = out / "030-donations-0000.json"
    data = json.loads(donations.read_text())
    data["donations"][5]["sources"][0]["quote"] = "words no report contains"
    data["donations"][9]["donors"] = ["no-such-partner"]
    donations.write_text(json.dumps(data, ensure_ascii=False, indent=1))

    with pytest.raises(LoadError) as caught:
        import_dataset(bulk_settings, paths=[out])

    problems = {(p.field, p.file.name) for p in caught.value.problems}
    assert ("donations[5].sources[0].quote", donations.name) in problems
    assert ("donations[9].donors[0]", donations.name) in problems
    assert all(p.line for p in caught.value.problems)  # lines found for the report
    assert graph.stats() == before
