"""The reload invariant, property-based, against the real Neo4j: for any sequence of loads
of versions of several datasets, the graph equals a clean load of the latest version of
each into an empty database — every node, relationship and property, LINKED pairs, order
keys and owners included (tests/graphdb.fingerprint; only the history of loads differs).

Versions add and drop partners, affiliations, items, donations and agreements, change
donors, recipients, item lines, values, dates and quotes; the second dataset's facts may
name the first dataset's home partner, which every version of the first declares (a
reference to a record its dataset dropped is covered in tests/test_reload_shared.py)."""

from pathlib import Path

import reloads
from graphdb import fingerprint, read_rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.rows import build_rows
from loaders import pipeline
from partnergraph.rates import load_rates

DATASETS = ("north", "south")
HOME = "north-home"
QUOTES = ("alpha", "beta gamma", "delta")
VALUES = (None, "hơn 1,2 tỷ đồng", "5.000 USD")
WHENS = (None, "12/3/2021", "2022")


@st.composite
def version(draw, name: str) -> dict:
    cite = lambda: [{"document": f"{name}-doc", "quote": draw(st.sampled_from(QUOTES))}]
    partners = [p for p, keep in ((f"{name}-a", True), (f"{name}-b", draw(st.booleans())),
                                  (f"{name}-c", draw(st.booleans()))) if keep]
    if name == "north":
        partners.append(HOME)
    data: dict = {"documents": [{"id": f"{name}-doc", "text": reloads.TEXT}],
                  "partners": [], "items": [], "donations": [], "agreements": []}
    for p in partners:
        record = {"id": p, "kind": "foreign_ngo", "sources": cite(),
                  "name_en": draw(st.sampled_from([p.upper(), p.title()]))}
        if p != HOME and p != partners[0] and draw(st.booleans()):
            record["affiliations"] = [{"target": partners[0], "kind": "part_of"}]
        data["partners"].append(record)
    items = [f"{name}-i1"] + ([f"{name}-i2"] if draw(st.booleans()) else [])
    data["items"] = [{"id": i, "name_vi": i, "name_en": i.upper()} for i in items]
    named = partners if name == "north" else [*partners, HOME]
    for n in range(1, 4):
        if not draw(st.booleans()):
            continue
        donation = {"id": f"{name}-d{n}", "sources": cite(),
                    "donors": draw(st.lists(st.sampled_from(named), min_size=1, unique=True)),
                    "recipients": draw(st.lists(st.sampled_from(named), unique=True)),
                    "items": [{"item": i, "quantity": f"{draw(st.integers(1, 3))} máy thở"}
                              for i in draw(st.lists(st.sampled_from(items), unique=True))]}
        if not donation["recipients"]:
            donation["recipients_note"] = "the province"
        for key, choices in (("value", VALUES), ("when", WHENS)):
            if chosen := draw(st.sampled_from(choices)):
                donation[key] = chosen
        data["donations"].append(donation)
    if draw(st.booleans()):
        data["agreements"].append({"id": f"{name}-g1", "kind": "cooperation_agreement",
                                   "sources": cite(),
                                   "parties": draw(st.lists(st.sampled_from(named),
                                                            unique=True))})
    return data


@st.composite
def histories(draw) -> list[tuple[str, dict]]:
    """The first dataset's first version first: the other's facts may name its home."""
    steps = [("north", draw(version("north")))]
    for _ in range(draw(st.integers(1, 4))):
        name = draw(st.sampled_from(DATASETS))
        steps.append((name, draw(version(name))))
    return steps


@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=histories())
def test_any_sequence_of_reloads_equals_a_clean_load_of_the_latest_versions(db, tmp_path, steps):
    """Load the versions in order (a dataset's folder rewritten each time), then compare
    the whole graph with a clean load of the latest version of each dataset, and the
    LINKED pairs with those graph/rows.py derives from the files alone (a clean load
    computes them with the same code as a reload, so the comparison alone would not see
    a pair both forget)."""
    root = tmp_path / "datasets"
    db.wipe()
    latest: dict[str, dict] = {}
    for name, data in steps:
        db.run(pipeline.load, paths=[reloads.write(root / name, data)])
        latest[name] = data
    reloaded = fingerprint(db)
    assert _linked(db) == _derived([root / name for name in latest])

    db.wipe()
    for name in DATASETS:
        if name in latest:
            db.run(pipeline.load, paths=[reloads.write(root / name, latest[name])])

    assert reloaded == fingerprint(db)


def _linked(db) -> dict[tuple[str, str], bool]:
    rows = db.run(read_rows, text="MATCH (a)-[l:LINKED]->(b) "
                  "RETURN a.id AS a, b.id AS b, coalesce(l.affiliated, false) AS affiliated")
    return {(r["a"], r["b"]): r["affiliated"] for r in rows}


def _derived(folders: list[Path]) -> dict[tuple[str, str], bool]:
    links: dict[tuple[str, str], bool] = {}
    for folder in folders:
        rows = build_rows(pipeline.merge(pipeline.read_all([folder])), load_rates(), {})
        for pair, affiliated in rows.linked.items():
            links[pair] = links.get(pair, False) or affiliated
    return links
