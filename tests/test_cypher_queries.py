"""The named queries of cypher/queries/ as a Neo4j Browser user meets them: each file opens
with a header naming itself, saying what it answers and listing its parameters, and its
"Try it" parameters, pasted as written, run read-only against the seed data and answer."""

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.routers import guide
from graph import cypher
from graph.errors import Refused
from graph.readonly import run_read_only
from loaders import pipeline

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "cypher" / "queries").glob("*.cypher"))
# Runs in Browser, but calls a DBMS-mode procedure, which the read-only endpoint refuses.
DBMS_ONLY = {"server_info"}


def parse_value(text: str):
    text = text.strip()
    if text == "null":
        return None
    if text in ("true", "false"):
        return text == "true"
    if m := re.fullmatch(r"'(.*)'", text):
        return m.group(1)
    if m := re.fullmatch(r"date\('(\d{4}-\d\d-\d\d)'\)", text):
        return date.fromisoformat(m.group(1))
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if m := re.fullmatch(r"\[(.*)\]", text):
        return [parse_value(item) for item in _items(m.group(1)) if item.strip()]
    raise ValueError(f"cannot read the :param value {text!r}")


def _items(text: str) -> list[str]:
    """A list's items, split at the commas outside inner lists."""
    items, depth, start = [], 0, 0
    for i, c in enumerate(text):
        depth += {"[": 1, "]": -1}.get(c, 0)
        if c == "," and depth == 0:
            items.append(text[start:i])
            start = i + 1
    return [*items, text[start:]]


def try_it(name: str) -> tuple[dict, dict[str, str]]:
    params, slots = cypher.try_it(f"queries/{name}")
    return {k: parse_value(v) for k, v in params.items()}, slots


@pytest.fixture(scope="module")
def seeded(module_db):
    module_db.run(pipeline.load, paths=[ROOT / "data" / "seed"])
    return module_db


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_header_names_the_query_and_its_parameters(path):
    head = cypher.header(f"queries/{path.stem}")
    assert head.startswith(f"{path.stem}: "), "the header opens with the query's name"
    assert "Parameters:" in head and "Try it:" in head
    used = set(re.findall(r"\$(\w+)", cypher._body(cypher.load(f"queries/{path.stem}"))))
    params, _ = try_it(path.stem)
    assert used <= set(params), f"Try it leaves out {sorted(used - set(params))}"


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_try_it_runs_read_only_on_the_seed_and_answers(seeded, path):
    params, _ = try_it(path.stem)
    text = cypher.browser_text(f"queries/{path.stem}")

    if path.stem in DBMS_ONLY:
        with pytest.raises(Refused):
            seeded.run(run_read_only, query=text, parameters=params, timeout=30)
        return
    result = seeded.run(run_read_only, query=text, parameters=params, timeout=30)

    assert result.rows, f"{path.stem}: its Try it parameters find nothing in the seed data"


class _Runnable(HTMLParser):
    """The text of every runnable block of a Browser guide."""

    def __init__(self):
        super().__init__()
        self.blocks: list[str] = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        if tag == "pre" and "runnable" in (dict(attrs).get("class") or ""):
            self._inside = True
            self.blocks.append("")

    def handle_endtag(self, tag):
        if tag == "pre":
            self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.blocks[-1] += data


@pytest.mark.parametrize("path", ["/guide", "/guide/queries"])
def test_browser_guides_run_the_very_queries_of_the_api(neo4j_settings, path):
    """The Browser guides' runnable blocks are the named queries as files, each preceded by
    a block of its Try it parameters as `:param` commands: the headline questions in
    /guide, every query file in /guide/queries (tests/test_neo4j_browser.py plays them in
    the Browser itself)."""
    with TestClient(create_app(neo4j_settings)) as client:
        response = client.get(path)

    assert response.status_code == 200
    assert response.text.startswith('<article class="guide">')
    parser = _Runnable()
    parser.feed(response.text)
    names = guide.HEADLINE if path == "/guide" else [f"queries/{q.stem}" for q in QUERIES]
    for name in names:
        query = cypher.browser_text(name)
        assert query in parser.blocks, f"{name} is not in the guide as written"
        expected, _ = cypher.try_it(name)
        if expected:
            params = parser.blocks[parser.blocks.index(query) - 1]
            assert params.splitlines() == [f":param {k} => {v};" for k, v in expected.items()]
