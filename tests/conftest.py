"""Shared fixtures. The suite runs against a real Neo4j: TEST_NEO4J_URI when set, otherwise
a managed instance named `test` on bolt 7688 / http 7475, so the tests never touch the
product's own graph on 7687."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from graphdb import GraphDb
from server import localneo4j
from partnergraph.settings import Settings

TEST_INSTANCE = {"neo4j_uri": None, "neo4j_instance": "test",
                 "neo4j_bolt_port": 7688, "neo4j_http_port": 7475}


@pytest.fixture(scope="session")
def neo4j_settings() -> Iterator[Settings]:
    """Settings pointing at the Neo4j the tests use (and wipe). The managed test instance
    is started if needed and stopped at the end only if this fixture started it."""
    base = Settings()
    if base.test_neo4j_uri:
        yield base.model_copy(update={"neo4j_uri": base.test_neo4j_uri})
        return
    settings = base.model_copy(update=TEST_INSTANCE)
    try:
        started = not localneo4j.status(settings).running
        localneo4j.start(settings)
    except localneo4j.LocalNeo4jError as exc:
        pytest.fail(
            f"the test Neo4j (instance 'test', bolt 7688) could not be started: {exc}\n"
            "Start it with `make test`, or `NEO4J_INSTANCE=test NEO4J_BOLT_PORT=7688 "
            "NEO4J_HTTP_PORT=7475 partnergraph neo4j start`, or set TEST_NEO4J_URI.",
            pytrace=False,
        )
    yield settings
    if started:
        localneo4j.stop(settings)


@pytest.fixture(scope="session")
def _schema_applied(neo4j_settings: Settings) -> GraphDb:
    db = GraphDb(neo4j_settings)
    db.apply_schema()
    return db


@pytest.fixture
def db(_schema_applied: GraphDb) -> GraphDb:
    """The test Neo4j with the schema applied and an empty graph; each test starts clean."""
    _schema_applied.wipe()
    return _schema_applied


@pytest.fixture(scope="module")
def module_db(_schema_applied: GraphDb) -> GraphDb:
    """Like `db`, wiped once for a module whose tests only read what it loads."""
    _schema_applied.wipe()
    return _schema_applied


@pytest.fixture(scope="module")
def mini_graph(module_db: GraphDb) -> GraphDb:
    """The small dataset of tests/fixtures/mini, loaded once for a module that only reads."""
    from loaders import pipeline

    module_db.run(pipeline.load, paths=[Path(__file__).parent / "fixtures" / "mini" / "mini.yaml"])
    return module_db
