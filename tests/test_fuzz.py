"""Schemathesis over the whole API, generated from the app's own /openapi.json, with the
seed data loaded: every operation gets valid and invalid requests, and every response is
checked with all of schemathesis' default checks (no 500s, status codes, content types
and bodies as documented, invalid input rejected, valid input accepted)."""

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from api.app import create_app
from conftest import TEST_INSTANCE
from loaders import pipeline
from partnergraph.settings import Settings

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"
#: Enough to reach every parameter's edge cases while the module stays within minutes.
EXAMPLES = 40


def _suite_settings() -> Settings:
    """The settings conftest's `neo4j_settings` gives, known at import time because the
    schema (and so the parametrization) is read from the app when the module loads."""
    base = Settings()
    if base.test_neo4j_uri:
        return base.model_copy(update={"neo4j_uri": base.test_neo4j_uri})
    return base.model_copy(update=TEST_INSTANCE)


#: Any text is a schema-valid query, and Neo4j alone can tell that one cannot run (a
#: missing $parameter, a syntax error): for POST /cypher a 400 is an acceptance too.
CONFIG = SchemathesisConfig.from_dict({"operations": [{
    "include-path": "/cypher",
    "checks": {"positive_data_acceptance": {
        "expected-statuses": ["2xx", "400", "401", "403", "404", "409", "429", "5xx"]}},
}, {
    # The reconciliation protocol sends its queries as JSON text inside a form field or a
    # parameter, whose shape OpenAPI cannot constrain: the service reads it, a 422 says why.
    "include-path": "/reconcile",
    "checks": {"positive_data_acceptance": {
        "expected-statuses": ["2xx", "404", "409", "422", "429", "5xx"]}},
}, {
    # Which words name a donated item only the graph knows (unlike a partner kind, whose
    # words the schema lists): a word that names none is a 422 naming the nearest ones.
    "include-path": "/donations",
    "checks": {"positive_data_acceptance": {
        "expected-statuses": ["2xx", "404", "409", "422", "429", "5xx"]}},
}]})
SUITE = _suite_settings()
APP = create_app(SUITE)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP, config=CONFIG)


@pytest.fixture(scope="module", autouse=True)
def seed_loaded(neo4j_settings, module_db):
    assert neo4j_settings.bolt_uri == SUITE.bolt_uri, "the app must fuzz the suite's Neo4j"
    module_db.run(pipeline.load, paths=[SEED])


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
def test_every_operation_answers_as_documented(case):
    case.call_and_validate()
