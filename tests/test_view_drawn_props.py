"""A view's drawn nodes read only the properties their label can have
(queries/graph_neighbourhood): on every node of the seed data, the test fixtures and a
generated set, what a drawn view carries is exactly the drawn part of what the full view
carries, whatever properties each node has."""

from pathlib import Path

import pytest

from graph import cypher
from graph.links import DRAWN_PROPS, graph_view
from graphdb import read_rows
from loaders import pipeline
from loaders.synthetic import Size, generate

TESTS = Path(__file__).parent
SEED = TESTS.parent / "data" / "seed"
FIXTURES = [TESTS / "fixtures" / "links" / "links.yaml", TESTS / "fixtures" / "mini" / "mini.yaml"]
SMALL = Size(partners=80, agreements=40, projects=40, donations=300, engagements=40, policies=2)
FACT_LABELS = ("Donation", "Agreement", "Project", "Engagement")


@pytest.fixture(scope="module")
def everything(module_db, tmp_path_factory):
    """Every partner and fact of the seed, the fixtures and a generated set, in one view
    drawn and in one with every property."""
    out = tmp_path_factory.mktemp("generated")
    generate(out=out, size=SMALL, seed=5)
    for paths in ([SEED], *([p] for p in FIXTURES), [out]):
        module_db.run(pipeline.load, paths=paths)
    partners = [r["id"] for r in module_db.run(
        read_rows, text="MATCH (p:Partner) RETURN p.id AS id ORDER BY id")]
    facts = [[r["label"], r["id"]] for r in module_db.run(
        read_rows, text="MATCH (f) WHERE f:Donation OR f:Agreement OR f:Project OR f:Engagement "
                        "RETURN head(labels(f)) AS label, f.id AS id ORDER BY label, id")]

    def view(drawn: bool):
        [row] = module_db.run(read_rows, text=cypher.load("queries/graph_neighbourhood"),
                              ids=partners, facts=facts, limit=100_000, drawn=drawn)
        return graph_view(row, every_prop=not drawn)

    return view(True), view(False)


def test_every_drawn_node_carries_the_drawn_part_of_its_properties(everything):
    drawn, full = everything

    assert [n.id for n in drawn.nodes] == [n.id for n in full.nodes]
    for thin, whole in zip(drawn.nodes, full.nodes, strict=True):
        assert thin.props == {k: v for k, v in whole.props.items() if k in DRAWN_PROPS}, thin.id


def test_the_data_compared_has_every_label_and_every_drawn_property(everything):
    """Each label a view shows is there, with each drawn property nodes of it carry: the
    comparison above covers them all."""
    _, full = everything
    carried: dict[str, set[str]] = {}
    for node in full.nodes:
        carried.setdefault(node.label, set()).update(k for k in node.props if k in DRAWN_PROPS)

    assert set(carried) == {"Partner", "Place", *FACT_LABELS}
    assert {"country", "name_vi", "name_en"} <= carried["Partner"]
    assert {"value_usd", "when_start", "when_end", "title_vi"} <= carried["Donation"]
    assert {"signed_start", "period_start", "title_vi"} <= carried["Agreement"]
    assert {"period_start", "period_end"} <= carried["Project"]
    assert {"when_start"} <= carried["Engagement"]
