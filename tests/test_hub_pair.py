"""Paths and neighbourhoods between two generated hubs, against the real Neo4j: each hub is
linked to many partners, and the two meet only through one bridge (p0 and q0 share an
agreement). The path search walks the strongest links from both ends and finds the bridge;
when its bounds leave the bridge unread it fails at once with a 503 naming the bounds,
instead of walking the hubs; the neighbourhood view reads a bounded number of links per
partner and says when it is cut."""

import json

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph import links, pathsearch
from loaders import pipeline

QUOTE = "Các đối tác đã hỗ trợ tỉnh."
SOURCES = [{"document": "doc", "quote": QUOTE}]
SPOKES = 30  # partners per hub


def hub_pair() -> dict:
    """hub-a's donors p0…p29 and hub-b's donors q0…q29; p0 and q0 share an agreement. The
    bridge's donations are the weakest links of each hub (no value, the oldest)."""
    partners = ["hub-a", "hub-b", *(f"{s}{n}" for s in "pq" for n in range(SPOKES))]
    donations = []
    for side, hub in (("p", "hub-a"), ("q", "hub-b")):
        for n in range(SPOKES):
            strong = {"value": f"{1000 + n} USD", "when": "2022"} if n else {"when": "2001"}
            donations.append({"id": f"d-{side}{n}", "donors": [f"{side}{n}"],
                              "recipients": [hub], "sources": SOURCES, **strong})
    return {
        "home": "hub-a",
        "documents": [{"id": "doc", "title": "Báo cáo", "text": QUOTE}],
        "partners": [{"id": p, "kind": "foreign_ngo", "name_en": p.upper(),
                      "sources": SOURCES} for p in partners],
        "donations": donations,
        "agreements": [{"id": "bridge", "kind": "cooperation_agreement",
                        "parties": ["p0", "q0"], "sources": SOURCES}],
    }


@pytest.fixture(scope="module")
def client(module_db, neo4j_settings, tmp_path_factory):
    path = tmp_path_factory.mktemp("hubs") / "hubs.json"
    path.write_text(json.dumps(hub_pair(), ensure_ascii=False), encoding="utf-8")
    module_db.run(pipeline.load, paths=[path])
    with TestClient(create_app(neo4j_settings)) as c:
        yield c


def paths(client, **params):
    return client.get("/paths", params={"from": "hub-a", "to": "hub-b", **params})


def test_the_path_between_two_hubs_crosses_the_bridge(client):
    """Three hops: hub-a ← p0, p0 and q0 party to one agreement, q0 → hub-b; every link
    of both hubs was read, so the search is complete."""
    response = paths(client)

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["complete"] is True and len(body["paths"]) == 1
    path = body["paths"][0]
    assert (path["hops"], path["length"]) == (3, 6)
    assert [s["node"]["id"] for s in path["steps"]] == [
        "hub-a", "d-p0", "p0", "bridge", "q0", "d-q0", "hub-b"]
    assert [(s["type"], s["direction"]) for s in path["steps"][1:]] == [
        ("TO", "in"), ("GAVE", "in"), ("PARTY_TO", "out"), ("PARTY_TO", "in"),
        ("GAVE", "out"), ("TO", "out")]
    assert {s["quote"] for s in path["sources"]} == {QUOTE}


def test_a_search_whose_bounds_leave_the_bridge_unread_fails_at_once(client, monkeypatch):
    """Reading only the ten strongest links of each partner, the two sides never meet: the
    answer is a 503 that names the bounds, not an empty list that would claim no path."""
    monkeypatch.setattr(pathsearch, "PATH_PER", 10)
    response = paths(client)

    assert response.status_code == 503
    detail = response.json()["detail"]
    assert "10 strongest links of each partner" in detail and "hub-a" in detail
    assert "Retry-After" not in response.headers


def test_too_few_hops_between_hubs_is_no_path_when_every_link_was_read(client):
    body = paths(client, max_hops=2).json()

    assert body["paths"] == [] and body["complete"] is True


def test_a_path_found_among_the_strongest_links_says_the_search_was_cut(client, monkeypatch):
    """From hub-a to q0 reading ten links of each partner: hub-a's ten strongest miss p0,
    but q0's side reaches hub-a through p0; the path is found and `complete` is false
    (links were left unread)."""
    monkeypatch.setattr(pathsearch, "PATH_PER", 10)
    response = client.get("/paths", params={"from": "hub-a", "to": "q0"})

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["complete"] is False
    assert [s["node"]["id"] for s in body["paths"][0]["steps"]] == [
        "hub-a", "d-p0", "p0", "bridge", "q0"]


def test_a_neighbourhood_reads_a_bounded_number_of_links_per_partner(client, monkeypatch):
    """Two hops from hub-a: with room for ten links of the center and two of each partner
    after it, the view holds at most 1 + 10 + 10 × 2 partners and says it is cut; the
    default bounds hold the whole neighbourhood, bridge and hub-b included; depth 3 reads
    the same way, one hop further."""
    whole = client.get("/graph", params={"center": "hub-a", "depth": 2}).json()
    deeper = client.get("/graph", params={"center": "hub-a", "depth": 3}).json()
    monkeypatch.setattr(links, "VIEW_FIRST", 10)
    monkeypatch.setattr(links, "VIEW_PER", 2)
    cut = client.get("/graph", params={"center": "hub-a", "depth": 2, "limit": 40}).json()

    def partners(view):
        return {n["id"] for n in view["nodes"] if n["label"] == "Partner"}

    assert whole["complete"] is True and "Partner:q0" in partners(whole)
    assert "Partner:hub-b" not in partners(whole) and "Partner:hub-b" in partners(deeper)
    assert "Agreement:bridge" in {n["id"] for n in whole["nodes"]}
    assert cut["complete"] is False and len(partners(cut)) <= 1 + 10 + 10 * 2
    # the strongest links come first: the bridge partner p0's link is hub-a's weakest
    assert "Partner:p0" not in partners(cut) and "Partner:p29" in partners(cut)
