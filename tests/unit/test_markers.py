"""The marks a test gets from what it uses (tests/markers.py): what `-m "not neo4j"` and
the other selections rest on."""

import subprocess
import sys
import types
from types import SimpleNamespace

import markers

#: Stands for the module that manages local Neo4j servers, wherever it lives.
localneo4j = types.ModuleType("server.localneo4j")


def _start(settings):
    return settings


_start.__module__, _start.__qualname__ = localneo4j.__name__, "start"
localneo4j.start = _start


def _run_the_cli():
    return subprocess.run([sys.executable, "--version"], check=True)


def _helper_of_a_helper():
    return _run_the_cli()


def _pure():
    return sorted([3, 1, 2])


def _item(function: str, *fixtures: str) -> SimpleNamespace:
    """A collected test running the function of this module so named: by name, so that
    the tests here do not reach what they describe (they would be marked by it)."""
    module = sys.modules[__name__]
    return SimpleNamespace(fixturenames=list(fixtures), module=module,
                           function=getattr(module, function), _fixtureinfo=None)


def test_a_test_on_the_database_fixtures_is_neo4j():
    assert markers.needs(_item("_pure", "neo4j_settings", "module_db")) == {"neo4j"}


def test_a_test_with_the_browser_fixture_is_browser():
    assert markers.needs(_item("_pure", "browser", "page")) == {"browser"}


def _test_running_a_subprocess(tmp_path):
    _helper_of_a_helper()


def _test_starting_a_neo4j():
    localneo4j.start(None)


def _test_pure(tmp_path):
    assert _pure() == [1, 2, 3]


def test_a_subprocess_started_through_helpers_of_the_module_is_process():
    assert markers.needs(_item("_test_running_a_subprocess", "tmp_path")) == {"process"}


def test_starting_a_neo4j_is_neo4j_and_process():
    assert markers.needs(_item("_test_starting_a_neo4j")) == {"neo4j", "process"}


def test_a_pure_test_gets_no_mark():
    assert markers.needs(_item("_test_pure", "tmp_path", "monkeypatch")) == set()
