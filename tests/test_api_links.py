"""How partners are connected, against the real Neo4j: GET /partners/{id}/linked, /paths
and /graph (JSON, GraphML, CSV) over tests/fixtures/links, whose partners are linked in
every way a hop can take (see the header of links.yaml), and over the seed data."""

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from graph.export import GRAPHML_NS
from graph.links import DRAWN_PROPS
from loaders import pipeline
from graphdb import GraphDb

FIXTURES = Path(__file__).parent / "fixtures"
LINKS = FIXTURES / "links" / "links.yaml"
MINI = FIXTURES / "mini" / "mini.yaml"
SEED = Path(__file__).resolve().parent.parent / "data" / "seed"

JOINT_QUOTE = ("Năm 2021, Tổ chức Good Neighbors International (Hàn Quốc) cùng tổ chức FFI, tổ "
               "chức Vissione Care và Quỹ BCDF đã trao tặng thiết bị y tế trị giá trên 8,6 tỷ "
               "VNĐ cho tỉnh Hà Giang.")
OFFICE_QUOTE = ("Văn phòng Good Neighbors Việt Nam là văn phòng đại diện của Good Neighbors "
                "International tại Việt Nam.")
# Hops from GNI (Good Neighbors International) in tests/fixtures/links.
HOPS_FROM_GNI = {
    "good-neighbors-vietnam": 1, "ffi": 1, "vissione-care": 1, "bcdf": 1, "ha-giang": 1,
    "ha-giang-health": 2, "chungcheong": 2, "world-bank": 2,
    "korea-consulate": 3,
    "korea": 4,
}
FACT_TYPES = {"GAVE", "TO", "PARTY_TO", "FUNDS", "IMPLEMENTS", "BENEFITS", "TOOK_PART_IN"}
LINK_TYPES = FACT_TYPES | {"PART_OF", "OFFICE_OF", "MEMBER_OF", "MERGED_INTO", "IN_COUNTRY"}


@pytest.fixture(scope="module")
def api_graph(module_db):
    module_db.run(pipeline.load, paths=[LINKS])
    return module_db


def linked(client, id: str, **params) -> dict:
    response = client.get(f"/partners/{id}/linked", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def ids(body: dict) -> list[str]:
    return [item["partner"]["id"] for item in body["items"]]


# --- /partners/{id}/linked --------------------------------------------------------------

def test_ngos_linked_to_good_neighbors_are_its_office_and_its_joint_donors(client):
    body = linked(client, "gni", kind="foreign_ngo")

    # the office (one affiliation) comes before the joint donors (two relationships each),
    # and those, one joint donation each, come by id, the larger first
    assert ids(body) == ["good-neighbors-vietnam", "vissione-care", "ffi", "bcdf"]
    assert [item["hops"] for item in body["items"]] == [1, 1, 1, 1]
    assert body["total"] == 4 and body["next"] is None


def test_a_joint_donor_comes_with_the_donation_and_its_quote(client):
    ffi = next(i for i in linked(client, "gni")["items"] if i["partner"]["id"] == "ffi")
    path = ffi["path"]

    assert ffi["partner"] == {"id": "ffi", "name": "FFI", "kind": "foreign_ngo",
                              "proposal": False}
    assert [(s["type"], s["direction"], s["node"]["label"], s["node"]["id"]) for s in path["steps"]] == [
        (None, None, "Partner", "gni"),
        ("GAVE", "out", "Donation", "joint-medical-2021"),
        ("GAVE", "in", "Partner", "ffi"),
    ]
    assert path["steps"][1]["sources"] == [
        {"document": "links-article", "quote": JOINT_QUOTE, "method": "curated"}]
    assert path["sources"] == path["steps"][1]["sources"]
    assert path["hops"] == 1 and path["length"] == 2
    assert path["explanation"] == (
        "Good Neighbors International -GAVE-> [Donation: Medical equipment from four NGOs] "
        "<-GAVE- FFI")


def test_an_affiliation_comes_with_the_quote_it_rests_on(client):
    office = linked(client, "gni")["items"][0]

    assert office["partner"]["id"] == "good-neighbors-vietnam"
    step = office["path"]["steps"][1]
    assert (step["type"], step["direction"]) == ("PART_OF", "in")
    assert step["sources"] == [{"document": "links-article", "quote": OFFICE_QUOTE,
                                "method": "curated"}]
    assert office["path"]["explanation"] == (
        "Good Neighbors International <-PART_OF- Good Neighbors Việt Nam")


def test_a_direct_link_is_explained_by_a_donation_rather_than_a_meeting(client):
    province = next(i for i in linked(client, "gni")["items"] if i["partner"]["id"] == "ha-giang")

    # GNI met Hà Giang, and gave to it twice: a donation explains the link
    steps = province["path"]["steps"][1:]
    assert [(s["type"], s["node"]["label"]) for s in steps] == [
        ("GAVE", "Donation"), ("TO", "Partner")]
    assert steps[0]["node"]["id"] in ("gni-schools-2022", "joint-medical-2021")


def test_a_donation_links_its_donors_to_its_recipient(client):
    body = linked(client, "ffi", max_hops=1)

    assert set(ids(body)) == {"gni", "vissione-care", "bcdf", "ha-giang"}
    province = next(i for i in body["items"] if i["partner"]["id"] == "ha-giang")
    assert [s["type"] for s in province["path"]["steps"][1:]] == ["GAVE", "TO"]
    assert [s["direction"] for s in province["path"]["steps"][1:]] == ["out", "out"]


@pytest.mark.parametrize("max_hops", [1, 2, 3, 4])
def test_max_hops_bounds_the_partner_to_partner_links(client, max_hops):
    body = linked(client, "gni", max_hops=max_hops, limit=200)

    expected = {p: h for p, h in HOPS_FROM_GNI.items() if h <= max_hops}
    assert {i["partner"]["id"]: i["hops"] for i in body["items"]} == expected
    hops = [i["hops"] for i in body["items"]]
    assert hops == sorted(hops)  # nearest first
    for item in body["items"]:
        steps = item["path"]["steps"]
        assert steps[0]["node"]["id"] == "gni" and steps[-1]["node"] == {
            **item["partner"], "label": "Partner"}
        assert sum(s["node"]["label"] == "Partner" for s in steps) - 1 == item["hops"]


def test_default_max_hops_is_two(client):
    assert set(ids(linked(client, "gni", limit=200))) == {
        p for p, h in HOPS_FROM_GNI.items() if h <= 2}


def test_projects_agreements_and_engagements_link_partners_with_their_sources(client):
    body = linked(client, "ha-giang", max_hops=1, limit=200)
    by_id = {i["partner"]["id"]: i for i in body["items"]}

    bank = by_id["world-bank"]["path"]["steps"]
    assert [(s["type"], s["direction"], s["node"]["id"]) for s in bank[1:]] == [
        ("BENEFITS", "in", "rural-clean-water"), ("FUNDS", "in", "world-bank")]
    assert "Ngân hàng Thế giới tài trợ" in bank[1]["sources"][0]["quote"]
    province = by_id["chungcheong"]["path"]["steps"]
    assert [(s["type"], s["node"]["label"]) for s in province[1:]] == [
        ("PARTY_TO", "Agreement"), ("PARTY_TO", "Partner")]
    # the health department is both part of the province and the project's implementer:
    # the affiliation (one relationship) is the shorter path
    assert [s["type"] for s in by_id["ha-giang-health"]["path"]["steps"][1:]] == ["PART_OF"]
    consulate = linked(client, "chungcheong", max_hops=1)
    assert "korea-consulate" in ids(consulate)
    meeting = next(i for i in consulate["items"] if i["partner"]["id"] == "korea-consulate")
    assert meeting["path"]["steps"][1]["node"]["label"] == "Engagement"


def test_documents_places_items_and_led_to_are_never_crossed(client):
    # Lonely Hearts shares a document, a country and an item with GNI, nothing else
    assert linked(client, "lonely-hearts", max_hops=4)["items"] == []
    # the meeting LED_TO the agreement; that does not make the consulate 2 hops from GNI
    assert "korea-consulate" not in ids(linked(client, "gni", max_hops=2, limit=200))


def test_linked_pages_with_a_cursor(client):
    first = linked(client, "gni", limit=3)
    second = linked(client, "gni", limit=3, cursor=first["next"])
    everything = linked(client, "gni", limit=200)

    assert first["total"] == second["total"] == everything["total"] == 8
    assert ids(first) + ids(second) == ids(everything)[:6]


def test_a_partner_asked_for_by_id_is_read_with_its_links(client, monkeypatch):
    # The queries each request names, recorded on the way to the real ones: an id needs no
    # statement of its own before its links; a name is searched for, then read the same way.
    from graph import cypher
    loaded: list[str] = []
    real_load = cypher.load
    monkeypatch.setattr(cypher, "load", lambda name: loaded.append(name) or real_load(name))

    by_id = linked(client, "gni", kind="foreign_ngo")
    by_id_loaded, loaded[:] = list(loaded), []
    by_name = linked(client, "Good Neighbors International", kind="foreign_ngo")

    assert by_id_loaded[0] == "queries/partner_links_top"
    assert "queries/partner_by_id" not in by_id_loaded
    assert "queries/partner_search" not in by_id_loaded
    assert "queries/partner_search" in loaded
    assert by_name == by_id and ids(by_id)


def test_unknown_partner_is_404_with_suggestions(client):
    response = client.get("/partners/good-neighbors-internationl/linked")

    assert response.status_code == 404
    assert "gni" in [s["id"] for s in response.json()["suggestions"]]


@pytest.mark.parametrize("params", [{"max_hops": 0}, {"max_hops": 5}, {"kind": "charity"},
                                    {"max_hops": "two"}, {"cursor": "not-a-cursor"}])
def test_bad_parameters_are_422(client, params):
    assert client.get("/partners/gni/linked", params=params).status_code == 422


# --- /paths -----------------------------------------------------------------------------

def test_paths_accept_names_and_explain_the_connection(client):
    response = client.get("/paths", params={"from": "Good Neighbors Việt Nam", "to": "FFI"})

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["from"]["id"] == "good-neighbors-vietnam" and body["to"]["id"] == "ffi"
    path = body["paths"][0]
    assert (path["hops"], path["length"]) == (2, 3)
    assert [(s["type"], s["direction"], s["node"]["id"]) for s in path["steps"]] == [
        (None, None, "good-neighbors-vietnam"), ("PART_OF", "out", "gni"),
        ("GAVE", "out", "joint-medical-2021"), ("GAVE", "in", "ffi")]
    quotes = {s["quote"] for s in path["sources"]}
    assert quotes == {OFFICE_QUOTE, JOINT_QUOTE}


def test_paths_are_the_shortest_first_at_most_five_and_never_revisit_a_node(client):
    body = client.get("/paths", params={"from": "gni", "to": "ha-giang"}).json()

    donations = {p["steps"][1]["node"]["id"] for p in body["paths"][:2]}
    assert donations == {"joint-medical-2021", "gni-schools-2022"}
    assert [p["length"] for p in body["paths"][:2]] == [2, 2]
    lengths = [p["length"] for p in body["paths"]]
    assert lengths == sorted(lengths) and 2 <= len(lengths) <= 5
    for p in body["paths"]:
        nodes = [(s["node"]["label"], s["node"]["id"]) for s in p["steps"]]
        assert len(nodes) == len(set(nodes))
        assert p["steps"][-1]["node"]["id"] == "ha-giang"


def test_paths_respect_max_hops(client):
    near = client.get("/paths", params={"from": "good-neighbors-vietnam", "to": "ffi",
                                        "max_hops": 1}).json()
    far = client.get("/paths", params={"from": "gni", "to": "korea", "max_hops": 4}).json()

    assert near["paths"] == []
    assert far["paths"][0]["hops"] == 4
    assert far["paths"][0]["steps"][-1]["type"] == "OFFICE_OF"


def test_unconnected_partners_have_no_paths(client):
    body = client.get("/paths", params={"from": "lonely-hearts", "to": "gni"}).json()

    assert body["paths"] == []


def test_paths_with_an_unknown_partner_is_404_with_suggestions(client):
    response = client.get("/paths", params={"from": "Vissione Kare", "to": "Good Naybors"})

    assert response.status_code == 404
    assert response.json()["suggestions"]


@pytest.mark.parametrize("params", [{"from": "gni", "to": "GNI"}, {"from": "gni"},
                                    {"from": "", "to": "ffi"},
                                    {"from": "gni", "to": "ffi", "max_hops": 9}])
def test_paths_with_bad_parameters_are_422(client, params):
    assert client.get("/paths", params=params).status_code == 422


def test_paths_from_a_partner_to_itself_say_which_parameter_and_why(client):
    """Both names resolve to one partner in the same read as the search: 422 on `to`."""
    response = client.get("/paths", params={"from": "gni", "to": "GNI"})

    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["query", "to"]
    assert "same partner (gni)" in problem["msg"]


# --- /graph -----------------------------------------------------------------------------

def graph(client, **params) -> dict:
    response = client.get("/graph", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def check_edges(body: dict) -> None:
    node_ids = [n["id"] for n in body["nodes"]]
    assert len(node_ids) == len(set(node_ids))
    for edge in body["edges"]:
        assert edge["source"] in node_ids and edge["target"] in node_ids
        assert edge["type"] in LINK_TYPES


def test_neighbourhood_of_a_partner_at_depth_one(client):
    body = graph(client, center="Good Neighbors International")

    check_edges(body)
    assert body["center"]["id"] == "gni" and body["depth"] == 1
    assert {n["id"] for n in body["nodes"]} == {
        "Partner:gni", "Partner:good-neighbors-vietnam", "Partner:ffi", "Partner:vissione-care",
        "Partner:bcdf", "Partner:ha-giang", "Donation:joint-medical-2021",
        "Donation:gni-schools-2022", "Engagement:gni-ha-giang-meeting-2022", "Place:korea"}
    edges = {(e["source"], e["type"], e["target"]) for e in body["edges"]}
    assert ("Partner:good-neighbors-vietnam", "PART_OF", "Partner:gni") in edges
    assert ("Partner:ffi", "GAVE", "Donation:joint-medical-2021") in edges
    assert ("Donation:gni-schools-2022", "TO", "Partner:ha-giang") in edges
    assert ("Partner:gni", "IN_COUNTRY", "Place:korea") in edges
    assert len(edges) == len(body["edges"]) == 11
    gni = next(n for n in body["nodes"] if n["id"] == "Partner:gni")
    assert gni["label"] == "Partner" and gni["kind"] == "foreign_ngo"
    assert gni["props"] == {"id": "gni", "name_en": "Good Neighbors International",
                            "country": "korea"}
    donation = next(n for n in body["nodes"] if n["id"] == "Donation:joint-medical-2021")
    assert donation["props"]["when_start"] == "2021-01-01"
    assert "value_raw" not in donation["props"] and "source_quotes" not in donation["props"]
    assert body["truncated"] is False


def test_a_view_carries_what_is_drawn_and_the_rest_is_one_request_away(client):
    """By default a view's nodes carry only the drawn properties and its edges none; with
    props=all every property, which GET /graph/node and /graph/edge give for each node
    and edge of it, the same; proposal flags and names stay the same either way."""
    drawn = graph(client, center="gni", depth=2, limit=4000)
    full = graph(client, center="gni", depth=2, limit=4000, props="all")

    strip = lambda items: [{k: v for k, v in i.items() if k != "props"} for i in items]
    assert strip(drawn["nodes"]) == strip(full["nodes"])
    assert strip(drawn["edges"]) == strip(full["edges"])
    for thin, whole in zip(drawn["nodes"], full["nodes"], strict=True):
        assert thin["props"] == {k: v for k, v in whole["props"].items() if k in DRAWN_PROPS}
        assert "search_text" not in whole["props"] and "source_quotes" in whole["props"]
        detail = client.get("/graph/node", params={"id": whole["id"]})
        assert detail.status_code == 200, detail.text
        assert detail.json() == whole
    assert all(e["props"] == {} for e in drawn["edges"])
    for edge in full["edges"]:
        detail = client.get("/graph/edge", params={k: edge[k] for k in ("source", "type", "target")})
        assert detail.status_code == 200, detail.text
        assert detail.json() == edge
    donation = next(n for n in full["nodes"] if n["id"] == "Donation:joint-medical-2021")
    assert donation["props"]["value_raw"] == "trên 8,6 tỷ VNĐ"
    part_of = next(e for e in full["edges"] if e["type"] == "PART_OF"
                   and e["source"] == "Partner:good-neighbors-vietnam")
    assert part_of["props"]["source_quotes"] == [(
        "Văn phòng Good Neighbors Việt Nam là văn phòng đại diện của Good Neighbors "
        "International tại Việt Nam.")]


def test_the_whole_network_carries_what_is_drawn_too(client):
    """Without a center the view's props are the drawn ones too, all with props=all."""
    drawn, full = graph(client), graph(client, props="all")

    assert [n["id"] for n in drawn["nodes"]] == [n["id"] for n in full["nodes"]]
    assert all(set(n["props"]) <= set(DRAWN_PROPS) for n in drawn["nodes"])
    assert any("source_quotes" in n["props"] for n in full["nodes"])


@pytest.mark.parametrize("path, params", [
    ("/graph/node", {"id": "Donation:no-such-donation"}),
    ("/graph/node", {"id": "Document:links-article"}),
    ("/graph/node", {"id": "gni"}),
    ("/graph/edge", {"source": "Partner:gni", "type": "PART_OF",
                     "target": "Partner:good-neighbors-vietnam"}),
    ("/graph/edge", {"source": "Partner:gni", "type": "GAVE", "target": "Place:korea"}),
])
def test_a_node_or_edge_no_view_has_is_404(client, path, params):
    response = client.get(path, params=params)

    assert response.status_code == 404, response.text


def test_deeper_neighbourhoods_reach_agreements_and_projects_but_never_documents(client):
    """A view wide enough for the whole neighbourhood (the default reads only the five
    strongest links of Hà Giang, a hop away) holds the facts behind its links."""
    narrow = graph(client, center="gni", depth=2)
    body = graph(client, center="gni", depth=2, limit=4000)

    assert narrow["complete"] is False and body["complete"] is True
    check_edges(body)
    labels = {n["label"] for n in body["nodes"]}
    assert labels == {"Partner", "Donation", "Agreement", "Project", "Engagement", "Place"}
    assert "Partner:chungcheong" in {n["id"] for n in body["nodes"]}
    assert "Partner:korea-consulate" not in {n["id"] for n in body["nodes"]}


def test_a_place_and_a_partner_sharing_an_id_stay_two_nodes(client):
    body = graph(client, center="korea-consulate")

    check_edges(body)
    node_ids = {n["id"] for n in body["nodes"]}
    assert {"Partner:korea", "Place:korea", "Partner:korea-consulate"} <= node_ids
    assert {(e["source"], e["type"], e["target"]) for e in body["edges"]} >= {
        ("Partner:korea-consulate", "OFFICE_OF", "Partner:korea"),
        ("Partner:korea", "IN_COUNTRY", "Place:korea")}


def test_without_a_center_the_whole_network_capped_by_limit(client):
    whole = graph(client)
    capped = graph(client, limit=3)

    check_edges(whole)
    check_edges(capped)
    assert {"Partner:lonely-hearts", "Donation:lonely-flood-relief"} <= {n["id"] for n in whole["nodes"]}
    assert not {n["label"] for n in whole["nodes"]} & {"Document", "Item", "Place"}
    assert whole["truncated"] is False and whole["center"] is None
    assert len(capped["nodes"]) == 3 and capped["truncated"] is True
    assert capped["nodes"][0]["id"] == "Partner:ha-giang"  # the most connected first


def test_graph_as_graphml(client):
    json_body = graph(client, center="gni")
    response = client.get("/graph", params={"center": "gni", "format": "graphml"})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/graphml+xml")
    root = ET.fromstring(response.content)
    ns = {"g": GRAPHML_NS}
    assert len(root.findall("g:graph/g:node", ns)) == len(json_body["nodes"])
    assert len(root.findall("g:graph/g:edge", ns)) == len(json_body["edges"])
    declared = {k.get("id") for k in root.findall("g:key", ns)}
    # Every property, as props=all gives it: the sources are there.
    names = {k.get("attr.name") for k in root.findall("g:key", ns)}
    assert {"source_quotes", "source_documents", "value_raw"} <= names
    assert {d.get("key") for d in root.iter(f"{{{GRAPHML_NS}}}data")} <= declared


def test_graph_as_csv_one_row_per_edge(client):
    json_body = graph(client, center="gni")
    response = client.get("/graph", params={"center": "gni", "format": "csv"})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(response.text)))
    assert table[0] == ["source_id", "source_name", "source_label", "type", "target_id",
                        "target_name", "target_label"]
    assert len(table) - 1 == len(json_body["edges"])
    assert ["good-neighbors-vietnam", "Good Neighbors Việt Nam", "Partner", "PART_OF", "gni",
            "Good Neighbors International", "Partner"] in table


def test_graph_of_an_unknown_center_is_404_with_suggestions(client):
    response = client.get("/graph", params={"center": "Vissione Kare Foundation Xyz"})

    assert response.status_code == 404
    assert "suggestions" in response.json()


@pytest.mark.parametrize("params", [{"depth": 0}, {"depth": 4}, {"format": "xml"},
                                    {"limit": 0}, {"limit": 10**6}])
def test_graph_with_bad_parameters_is_422(client, params):
    assert client.get("/graph", params={"center": "gni", **params}).status_code == 422


def test_openapi_documents_the_link_endpoints(client):
    spec = client.get("/openapi.json").json()

    assert spec["paths"]["/partners/{id}/linked"]["get"]["responses"]["200"]
    assert "application/graphml+xml" in spec["paths"]["/graph"]["get"]["responses"]["200"]["content"]
    assert "PathsView" in spec["components"]["schemas"]


# --- The seed data (runs last: it replaces the module's graph) --------------------------

def test_seed_ngos_linked_to_good_neighbors(neo4j_settings, client):
    db = GraphDb(neo4j_settings)
    db.wipe()
    try:
        db.run(pipeline.load, paths=[SEED])
        gni_id = "gni"
        body = linked(client, gni_id, max_hops=1, limit=200)
        names = {i["partner"]["name"].lower(): i for i in body["items"]}

        def find(*words: str) -> dict:
            return next(item for name, item in names.items() if all(w in name for w in words))

        for words in (("ffi",), ("vissione",), ("bcdf",), ("good neighbors", "vi")):
            item = find(*words)
            assert item["hops"] == 1
            assert item["path"]["sources"], item
        # the joint donation, rather than the appeal that led to it, explains the link
        joint = find("ffi")["path"]["steps"][1]
        assert joint["node"]["label"] == "Donation"
        assert any("8,6 tỷ" in s["quote"] for s in joint["sources"])
        ffi_id = find("ffi")["partner"]["id"]
        paths = client.get("/paths", params={"from": gni_id, "to": ffi_id}).json()["paths"]
        donations = [p["steps"][1] for p in paths if p["steps"][1]["node"]["label"] == "Donation"]
        assert any("8,6 tỷ" in s["quote"] for step in donations for s in step["sources"])
    finally:
        db.wipe()
        db.run(pipeline.load, paths=[LINKS])
