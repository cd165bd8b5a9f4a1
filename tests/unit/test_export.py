"""The GraphML and CSV writers and the JSON-safe conversion: pure functions, no Neo4j."""

import csv
import io
import json
import math
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from neo4j.spatial import CartesianPoint, WGS84Point
from neo4j.time import Date, DateTime, Duration

from graph.export import (
    CSV_COLUMNS,
    GRAPHML_NS,
    jsonable,
    neutralise,
    plain,
    to_csv,
    to_graphml,
)
from partnergraph.domain.views_links import GraphEdge, GraphNode, GraphView

NS = {"g": GRAPHML_NS}


def node(label: str, id: str, name: str, kind: str | None = None, **props) -> GraphNode:
    return GraphNode(id=f"{label}:{id}", label=label, name=name, kind=kind,
                     props={"id": id, "name": name, **({"kind": kind} if kind else {}), **props})


def edge(source: GraphNode, type: str, target: GraphNode, **props) -> GraphEdge:
    return GraphEdge(id=f"{source.id}-{type}->{target.id}", source=source.id, target=target.id,
                     type=type, props=props)


GNI = node("Partner", "gni", "Good Neighbors International", "foreign_ngo",
           aliases=["GNI", "굿네이버스"], valid_from="1991-03-28")
FFI = node("Partner", "ffi", "=HYPERLINK(\"http://evil\")", "foreign_ngo")
TRICKY = node("Partner", "tricky", 'A & B <"quoted"> \'single\'\x01\x0b\ufffe end', None,
              flag=True, count=3, share=0.5)
GIFT = node("Donation", "gift", "trên 8,6 tỷ VNĐ", None, value=8.6e9, value_raw="trên 8,6 tỷ VNĐ",
            value_ambiguous=False, count=2)
JAPAN_PLACE = node("Place", "japan", "Japan", "country")
JAPAN_PARTNER = node("Partner", "japan", "@Government of Japan", "national_government")
VIEW = GraphView(
    nodes=[GNI, FFI, TRICKY, GIFT, JAPAN_PLACE, JAPAN_PARTNER],
    edges=[edge(GNI, "GAVE", GIFT, source_documents=["a"], source_quotes=["x"], method="curated"),
           edge(FFI, "GAVE", GIFT, source_documents=["a"], source_quotes=["-1 + 2"]),
           edge(TRICKY, "MEMBER_OF", GNI, since="2020-01-01"),
           edge(JAPAN_PARTNER, "IN_COUNTRY", JAPAN_PLACE)],
)


# --- jsonable ---------------------------------------------------------------------------

def test_temporal_values_become_iso_strings():
    assert jsonable(Date(2021, 3, 12)) == "2021-03-12"
    assert jsonable(date(2021, 3, 12)) == "2021-03-12"
    assert jsonable(DateTime(2021, 3, 12, 8, 30, 0)).startswith("2021-03-12T08:30:00")
    assert jsonable(Duration(months=14, days=3)) == "P1Y2M3D"


def test_points_become_maps_with_srid():
    assert jsonable(CartesianPoint((1.0, 2.0))) == {"srid": 7203, "x": 1.0, "y": 2.0}
    assert jsonable(WGS84Point((105.0, 22.8, 300.0))) == {"srid": 4979, "x": 105.0, "y": 22.8,
                                                           "z": 300.0}


def test_non_finite_numbers_bytes_and_nesting_are_json_safe():
    value = jsonable({"nan": math.nan, "inf": [math.inf, -math.inf], "raw": b"\x00\xff",
                      "when": (Date(2020, 1, 1),), "bad": "a\ud800b"})

    assert value == {"nan": "NaN", "inf": ["Infinity", "-Infinity"], "raw": "AP8=",
                     "when": ["2020-01-01"], "bad": "a\ufffdb"}
    json.dumps(value, allow_nan=False).encode("utf-8")


PROPERTY_VALUES = [
    None, True, 0, -7, 2.5, math.nan, math.inf, -math.inf, "", "plain", "Quảng Tây",
    "a\ud800b", Date(2020, 1, 1), [1, 2], [1.5, math.nan], ["GNI", "굿네이버스", "x\udfffy"],
    [Date(2021, 3, 12)], [], b"\x00\xff", CartesianPoint((1.0, 2.0)), [[1, "a"], []],
]


@pytest.mark.parametrize("value", PROPERTY_VALUES, ids=repr)
def test_plain_gives_what_jsonable_gives_for_every_kind_of_property_value(value):
    assert plain(value) == jsonable(value)
    json.dumps(plain(value), allow_nan=False).encode("utf-8")


# --- GraphML ----------------------------------------------------------------------------

def parse(view: GraphView) -> ET.Element:
    return ET.fromstring(to_graphml(view))


def keys(root: ET.Element) -> dict[tuple[str, str], ET.Element]:
    return {(k.get("for"), k.get("attr.name")): k for k in root.findall("g:key", NS)}


def data(element: ET.Element, root: ET.Element) -> dict[str, str]:
    names = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", NS)}
    return {names[d.get("key")]: d.text for d in element.findall("g:data", NS)}


def test_graphml_is_well_formed_with_an_xml_declaration():
    text = to_graphml(VIEW)

    assert text.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    root = ET.fromstring(text)
    assert root.tag == f"{{{GRAPHML_NS}}}graphml"
    assert root.find("g:graph", NS).get("edgedefault") == "directed"


def test_graphml_declares_every_key_it_uses_with_its_type():
    root = parse(VIEW)
    declared = keys(root)
    ids = {k.get("id") for k in declared.values()}

    used = {d.get("key") for d in root.iter(f"{{{GRAPHML_NS}}}data")}
    assert used <= ids
    assert declared[("node", "label")].get("attr.type") == "string"
    assert declared[("node", "flag")].get("attr.type") == "boolean"
    assert declared[("node", "count")].get("attr.type") == "long"
    assert declared[("node", "value")].get("attr.type") == "double"
    assert declared[("node", "share")].get("attr.type") == "double"
    assert declared[("edge", "type")].get("attr.type") == "string"
    # keys come before the graph, as the GraphML schema requires
    children = [c.tag.split("}")[1] for c in root]
    assert children == ["key"] * len(declared) + ["graph"]


def test_graphml_nodes_are_unique_and_edges_point_at_them():
    root = parse(VIEW)
    node_ids = [n.get("id") for n in root.iter(f"{{{GRAPHML_NS}}}node")]

    assert len(node_ids) == len(set(node_ids)) == 6
    assert "Place:japan" in node_ids and "Partner:japan" in node_ids
    for e in root.iter(f"{{{GRAPHML_NS}}}edge"):
        assert e.get("source") in node_ids and e.get("target") in node_ids


def test_graphml_escapes_markup_and_replaces_characters_xml_cannot_carry():
    root = parse(VIEW)
    tricky = next(n for n in root.iter(f"{{{GRAPHML_NS}}}node") if n.get("id") == "Partner:tricky")

    assert data(tricky, root)["name"] == 'A & B <"quoted"> \'single\'\ufffd\ufffd\ufffd end'
    assert data(tricky, root)["flag"] == "true"


def test_graphml_writes_lists_as_json_and_keeps_unicode():
    root = parse(VIEW)
    gni = next(n for n in root.iter(f"{{{GRAPHML_NS}}}node") if n.get("id") == "Partner:gni")

    assert json.loads(data(gni, root)["aliases"]) == ["GNI", "굿네이버스"]
    assert data(gni, root)["kind"] == "foreign_ngo"


def test_graphml_of_an_empty_view_is_valid():
    root = parse(GraphView(nodes=[], edges=[]))

    assert root.find("g:graph", NS) is not None
    assert root.findall("g:key", NS) == []


# --- CSV --------------------------------------------------------------------------------

@pytest.mark.parametrize("cell,expected", [
    ("=1+2", "'=1+2"), ("+33 1", "'+33 1"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("Good Neighbors", "Good Neighbors"), ("a=b", "a=b"), ("", ""), (None, ""),
])
def test_cells_that_would_run_as_formulas_get_an_apostrophe(cell, expected):
    assert neutralise(cell) == expected


def rows(view: GraphView) -> list[list[str]]:
    return list(csv.reader(io.StringIO(to_csv(view))))


def test_csv_has_one_row_per_edge_with_plain_ids_names_and_labels():
    table = rows(VIEW)

    assert table[0] == list(CSV_COLUMNS)
    assert len(table) == 1 + len(VIEW.edges)
    assert table[1] == ["gni", "Good Neighbors International", "Partner", "GAVE", "gift",
                        "trên 8,6 tỷ VNĐ", "Donation"]
    assert ["japan", "'@Government of Japan", "Partner", "IN_COUNTRY", "japan", "Japan",
            "Place"] in table


def test_csv_neutralises_formulas_and_survives_quotes_commas_and_newlines():
    odd = node("Partner", "odd", 'Line one\nline "two", three')
    view = GraphView(nodes=[FFI, odd], edges=[edge(FFI, "MEMBER_OF", odd)])

    table = rows(view)

    assert table[1][1] == "'=HYPERLINK(\"http://evil\")"
    assert table[1][5] == 'Line one\nline "two", three'
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in table for cell in row)


def test_csv_of_an_empty_view_is_just_the_header():
    assert to_csv(GraphView(nodes=[], edges=[])) == ",".join(CSV_COLUMNS) + "\r\n"
