"""Shared fixtures. The suite runs against a real Neo4j: TEST_NEO4J_URI when set, otherwise
a managed instance named `test` on bolt 7688 / http 7475, so the tests never touch the
product's own graph on 7687.

Every test is marked by what it needs (tests/markers.py), from the fixtures and code it
uses: `pytest -m "not neo4j"` runs the pure tests alone, without starting Neo4j."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import markers
from api.app import create_app
from graphdb import GraphDb
from server import localneo4j
from partnergraph.settings import Settings, get_settings

TEST_INSTANCE = {"neo4j_uri": None, "neo4j_instance": "test",
                 "neo4j_bolt_port": 7688, "neo4j_http_port": 7475}


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    """A test that points the environment somewhere (a curated folder of its own) must not
    leave the cached settings pointing there once its monkeypatch is undone."""
    yield
    get_settings.cache_clear()


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


# --- The API ------------------------------------------------------------------------------
# A module says what its API serves by overriding `api_graph` (and `api_settings` to serve
# with other settings); `client` is then that API. The app is made once per module: it only
# holds a driver, so it serves whatever the graph holds when a test runs.

@contextmanager
def api_client(settings: Settings) -> Iterator[TestClient]:
    """The API for these settings, started (its driver open) for the `with` block."""
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture(scope="session")
def make_client():
    """`with make_client(settings) as client:` the API with settings of a test's own."""
    return api_client


@pytest.fixture(scope="module")
def api_settings(neo4j_settings: Settings) -> Settings:
    """The settings the module's `client` serves with."""
    return neo4j_settings


@pytest.fixture
def api_graph(mini_graph: GraphDb) -> GraphDb:
    """What the module's `client` serves: the mini dataset unless the module overrides it."""
    return mini_graph


@pytest.fixture(scope="module")
def _api(api_settings: Settings) -> Iterator[TestClient]:
    with api_client(api_settings) as client:
        yield client


@pytest.fixture
def client(_api: TestClient, api_graph: GraphDb) -> TestClient:
    """The API over `api_graph`, with `api_settings`."""
    return _api


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for name in markers.needs(item):
            item.add_marker(name)
