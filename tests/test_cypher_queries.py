"""The named queries of cypher/queries/ as a Neo4j Browser user meets them: each file opens
with a header naming itself, saying what it answers and listing its parameters, and its
"Try it" parameters, pasted as written, run read-only against the seed data and answer."""

import re
from datetime import date
from pathlib import Path

import pytest

from graph import cypher
from graph.readonly import Refused, run_read_only
from loaders import pipeline

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "cypher" / "queries").glob("*.cypher"))
# ":param name => value", where value runs to the next ":param", "(" aside, or line end.
PARAM = re.compile(r":param\s+(\w+)\s*=>\s*(.+?)(?=\s+:param|\s+\(|\s*$)")
SLOT_VALUE = re.compile(r"write (\d+) for \{(\w+)\}")
# Runs in Browser, but calls a DBMS-mode procedure, which the read-only endpoint refuses.
DBMS_ONLY = {"server_info"}


def parse_value(text: str):
    text = text.strip()
    if text == "null":
        return None
    if m := re.fullmatch(r"'(.*)'", text):
        return m.group(1)
    if m := re.fullmatch(r"date\('(\d{4}-\d\d-\d\d)'\)", text):
        return date.fromisoformat(m.group(1))
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    raise ValueError(f"cannot read the :param value {text!r}")


def try_it(name: str) -> tuple[dict, dict[str, str]]:
    head = cypher.header(f"queries/{name}")
    params = {m.group(1): parse_value(m.group(2)) for m in PARAM.finditer(head)}
    slots = {m.group(2): m.group(1) for m in SLOT_VALUE.finditer(head)}
    return params, slots


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
    params, slots = try_it(path.stem)
    text = cypher.load(f"queries/{path.stem}")
    for slot, value in slots.items():
        text = text.replace("{" + slot + "}", value)

    if path.stem in DBMS_ONLY:
        with pytest.raises(Refused):
            seeded.run(run_read_only, query=text, parameters=params, timeout=30)
        return
    result = seeded.run(run_read_only, query=text, parameters=params, timeout=30)

    assert result.rows, f"{path.stem}: its Try it parameters find nothing in the seed data"
