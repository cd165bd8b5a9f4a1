"""A view of depth 1 or 2 is found and read in one statement (queries/graph_around),
ranking the partners in Cypher as graph.reach ranks them in Python. On the seed data, the
test fixtures and a generated set, for every partner as the center, at both depths, with
bounds small enough to cut hubs short and with the default ones, drawn and with every
property, the one statement's view is the view graph.reach and queries/graph_neighbourhood
give: the same nodes in the same order, the same edges, the same `complete` and
`truncated`."""

from pathlib import Path

import pytest
from neo4j import READ_ACCESS

from graph import links
from graph.partners import resolve_partner, resolve_with_history
from graphdb import read_rows
from loaders import pipeline
from loaders.synthetic import Size, generate

TESTS = Path(__file__).parent
SEED = TESTS.parent / "data" / "seed"
FIXTURES = [TESTS / "fixtures" / "links" / "links.yaml", TESTS / "fixtures" / "mini" / "mini.yaml"]
SIZE = Size(partners=60, agreements=40, projects=30, donations=400, engagements=40, policies=2)
# The default view, one that reads 7 links of the center (and 5 of each further), and
# one whose partners fill it before any fact.
LIMITS = (2000, 7, 12)


@pytest.fixture(scope="module")
def partners(module_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("generated")
    generate(out=out, size=SIZE, seed=11)
    for paths in ([SEED], *([p] for p in FIXTURES), [out]):
        module_db.run(pipeline.load, paths=paths)
    return [r["id"] for r in module_db.run(
        read_rows, text="MATCH (p:Partner) RETURN p.id AS id ORDER BY id")]


async def _both(*, driver, database, id: str, depth: int, limit: int, every_prop: bool):
    center = await resolve_partner(driver=driver, database=database, ref=id)
    async with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        one = await session.execute_read(lambda tx: links.view_in_one(
            tx, center=center, depth=depth, limit=limit, every_prop=every_prop))
        by_reach = await session.execute_read(lambda tx: links.view_by_reach(
            tx, center=center, depth=depth, limit=limit, every_prop=every_prop))
    return one, by_reach


def _compare(module_db, ids, depth, limit, every_prop):
    cut = 0
    for id in ids:
        one, by_reach = module_db.run(_both, id=id, depth=depth, limit=limit,
                                      every_prop=every_prop)
        assert one.model_dump() == by_reach.model_dump(), (id, depth, limit, every_prop)
        cut += not one.complete
    return cut


@pytest.mark.parametrize("depth", [1, 2])
@pytest.mark.parametrize("limit", LIMITS)
def test_one_statement_gives_the_view_reach_gives(module_db, partners, depth, limit):
    ids = partners if limit == 2000 else partners[::2]
    cut = _compare(module_db, ids, depth, limit, every_prop=False)
    if limit == 7:
        # The comparison covers views cut short at a hub, not only whole ones.
        assert cut > 0


def test_one_statement_gives_every_property_as_reach_does(module_db, partners):
    for depth in (1, 2):
        _compare(module_db, partners[::5], depth, 2000, every_prop=True)


def test_the_generated_set_has_views_of_every_size(module_db, partners):
    """The data compared holds views of a few nodes and views of many, so the comparison
    above is not of empty views."""
    sizes = {depth: [len(module_db.run(_both, id=id, depth=depth, limit=2000,
                                       every_prop=False)[0].nodes) for id in partners[::4]]
             for depth in (1, 2)}
    assert min(sizes[1]) < 10 and max(sizes[2]) > 100, sizes


def test_one_statement_refuses_depth_three(module_db, partners):
    with pytest.raises(ValueError):
        module_db.run(_both, id=partners[0], depth=3, limit=2000, every_prop=False)


async def _around_and_apart(*, driver, database, ref: str, depth: int):
    """view_around's answer, and the partner, its units and its view read one by one."""
    async with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        around = await session.execute_read(lambda tx: links.view_around(
            tx, ref=ref, depth=depth, limit=2000, every_prop=False))
        partner, past = await session.execute_read(
            lambda tx: resolve_with_history(tx, ref=ref))
        view = await session.execute_read(lambda tx: links.neighbourhood_in(
            tx, center=partner, depth=depth, limit=2000, every_prop=False))
    return around, (partner, past, view)


def test_a_view_asked_for_by_id_comes_with_its_partner(module_db, partners):
    """By id, at depth 1 or 2, the partner and its view come from the one statement: the
    same partner as resolving it first, the same view. A partner with units merged into it
    comes with its units and its own view alone (the caller joins the units' to it, without
    reading its own again); depth 3 comes with no view."""
    merged = 0
    for id in partners[::3] + ["tuyen-quang"]:
        for depth in (1, 2, 3):
            (partner, past, view), (partner_apart, past_apart, view_apart) = module_db.run(
                _around_and_apart, ref=id, depth=depth)
            assert (partner, past) == (partner_apart, past_apart), (id, depth)
            if depth == 3:
                assert view is None, (id, depth)
            else:
                assert view.model_dump() == view_apart.model_dump(), (id, depth)
                merged += bool(past)
    assert merged == 2  # tuyen-quang at depth 1 and 2: Hà Giang was merged into it


def test_a_view_asked_for_by_name_resolves_the_name_first(module_db, partners):
    (partner, past, view), (partner_apart, _, _) = module_db.run(
        _around_and_apart, ref="Quảng Tây", depth=2)
    assert partner == partner_apart and partner.id == "guangxi"
    assert view is None
