"""Linked partners and neighbourhoods around a hub, against the real Neo4j: the strongest
links come first (an affiliation, then more shared facts, more value, more recent), a
search that stops at its bound says its total is a lower bound, and a view that shows only
the strongest part of a neighbourhood says so; nothing is cut silently."""

import json

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph import links, reach
from loaders import pipeline

QUOTE = "Các đối tác đã hỗ trợ tỉnh."
SOURCES = [{"document": "doc", "quote": QUOTE}]
# hub's links, strongest first: an office (affiliated, nothing shared), three shared
# donations, then one donation each: more value first, then the more recent.
PARTNERS = ["hub", "office", "three", "rich", "recent", "old", "far"]


def donation(id: str, donor: str, value: str | None, when: str) -> dict:
    return {"id": id, "donors": [donor], "recipients": ["hub"], "sources": SOURCES,
            "when": when, **({"value": value} if value else {})}


@pytest.fixture(scope="module")
def client(module_db, neo4j_settings, tmp_path_factory):
    data = {
        "home": "hub",
        "documents": [{"id": "doc", "title": "Báo cáo", "text": QUOTE}],
        "partners": [{"id": p, "kind": "foreign_ngo", "name_en": p.title(),
                      "sources": SOURCES} for p in PARTNERS],
        "donations": [
            donation("t1", "three", None, "2015"), donation("t2", "three", None, "2016"),
            donation("t3", "three", None, "2017"),
            donation("r1", "rich", "5000 USD", "2015"),
            donation("n1", "recent", "100 USD", "2023"),
            donation("o1", "old", "100 USD", "2016"),
        ],
        "agreements": [{"id": "a1", "kind": "cooperation_agreement", "parties": ["old", "far"],
                        "sources": SOURCES}],
    }
    data["partners"][1]["affiliations"] = [{"target": "hub", "kind": "office_of",
                                            "sources": SOURCES}]
    path = tmp_path_factory.mktemp("ranked") / "hub.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    module_db.run(pipeline.load, paths=[path])
    with TestClient(create_app(neo4j_settings)) as c:
        yield c


def linked(client, id: str, **params) -> dict:
    response = client.get(f"/partners/{id}/linked", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_strongest_links_first_with_their_strength(client):
    """Affiliation first, then three shared facts, then the larger value, then the more
    recent of two equal values; two links away last. Each says how strong its link is."""
    body = linked(client, "hub", max_hops=2)
    order = [item["partner"]["id"] for item in body["items"]]
    strength = {item["partner"]["id"]: item["strength"] for item in body["items"]}

    assert order == ["office", "three", "rich", "recent", "old", "far"]
    assert strength["office"]["affiliated"] and strength["office"]["facts"] == 0
    assert strength["three"]["facts"] == 3 and strength["three"]["last_year"] == 2017
    assert strength["rich"]["value_usd"] == 5000.0
    assert strength["far"] == strength["old"] | {"facts": 1, "value_usd": 0.0,
                                                 "last_year": None}
    assert body["total"] == 6 and body["total_exact"] is True


def test_a_search_stopped_at_its_bound_says_its_total_is_a_lower_bound(client, monkeypatch):
    """With room for two links of the start only, two hops reach fewer partners than there
    are: `total` counts what was found and `total_exact` is false. One hop without a kind
    still has an exact total, the partner's own count of links."""
    monkeypatch.setattr(links, "WIDTH", 2)
    two_hops = linked(client, "hub", max_hops=2, limit=1)
    one_hop = linked(client, "hub", max_hops=1, limit=1)

    assert two_hops["total_exact"] is False and two_hops["total"] == 2
    assert [i["partner"]["id"] for i in two_hops["items"]] == ["office"]
    assert two_hops["next"] == "p1"
    assert one_hop["total_exact"] is True and one_hop["total"] == 5


def test_a_view_of_the_strongest_part_of_a_neighbourhood_says_so(client, monkeypatch):
    """A neighbourhood view whose search stopped at its bound is marked incomplete; one
    whose search read everything is complete, even when `limit` truncates it."""
    whole = client.get("/graph", params={"center": "hub", "depth": 2}).json()
    cut = client.get("/graph", params={"center": "hub", "depth": 2, "limit": 3}).json()
    monkeypatch.setattr(reach, "MAX_WIDTH", 2)
    part = client.get("/graph", params={"center": "hub", "depth": 2}).json()

    assert whole["complete"] is True and whole["truncated"] is False
    assert cut["truncated"] is True and len(cut["nodes"]) == 3
    assert part["complete"] is False
    assert {n["id"] for n in part["nodes"] if n["label"] == "Partner"} == {
        "Partner:hub", "Partner:office", "Partner:three"}


def test_a_view_shows_the_newest_facts_each_link_keeps(client, monkeypatch):
    """Each link followed shows the facts its LINKED keeps, newest first, as many as the
    view asks: two of the three donations `three` gave, those of 2017 and 2016; and the
    agreement of `old` and `far` two links away, with its edges to both."""
    monkeypatch.setattr(links, "FACTS_PER_LINK", 2)
    view = client.get("/graph", params={"center": "hub", "depth": 2}).json()
    facts = {n["id"] for n in view["nodes"] if n["label"] in ("Donation", "Agreement")}
    edges = {(e["source"], e["type"], e["target"]) for e in view["edges"]}

    assert {"Donation:t3", "Donation:t2"} <= facts and "Donation:t1" not in facts
    assert "Agreement:a1" in facts
    assert {("Partner:old", "PARTY_TO", "Agreement:a1"),
            ("Partner:far", "PARTY_TO", "Agreement:a1")} <= edges


async def _reached(*, driver, database, width: int, frontier: int) -> tuple[list, bool]:
    async with driver.session(database=database) as session:
        found = await session.execute_read(lambda tx: reach.reach(
            tx, start="hub", max_hops=2, width=width, frontier=frontier, per_partner=50,
            shown=True))
    return [(r.id, r.hops, r.route, r.weakest, r.shown) for r in found.found], found.complete


@pytest.mark.parametrize("width, frontier", [(6, 6), (6, 2), (2, 1)])
def test_a_search_that_reads_its_second_hop_with_its_first_finds_the_same(
        client, module_db, monkeypatch, width, frontier):
    """The links of the first hop's `frontier` strongest partners come in the first hop's
    statement, which ranks them itself: the partners, routes, weakest links and shown facts
    found are those of the search that reads the second hop in a statement of its own (the
    way a partner the statement did not read ahead is read)."""
    ahead = module_db.run(_reached, width=width, frontier=frontier)
    read = reach._top_links

    async def without_read_ahead(tx, ids, per, shown, then=0, frontier=0, **filters):
        return await read(tx, ids, per, shown, **filters)

    monkeypatch.setattr(reach, "_top_links", without_read_ahead)
    one_by_one = module_db.run(_reached, width=width, frontier=frontier)

    assert ahead == one_by_one
    assert ahead[1] is (width >= 6 and frontier >= 5)  # hub has 5 links
    if ahead[1]:
        assert {r[0] for r in ahead[0]} == {"office", "three", "rich", "recent", "old", "far"}


def test_a_page_the_first_hop_fills_is_answered_from_the_first_hop(client, monkeypatch):
    """When the start has more links than a search expands and its first hop fills the
    page, the page is the one the whole search gives, its total a lower bound, and no
    second hop is read; a page the first hop cannot fill still goes two hops."""
    whole = linked(client, "hub", max_hops=2)
    reads = []
    read = reach._top_links

    async def counted(tx, ids, per, shown, then=0, frontier=0, **filters):
        rows = await read(tx, ids, per, shown, then, frontier, **filters)
        reads.append((ids, [len(row["then"]) for row in rows]))
        return rows

    monkeypatch.setattr(reach, "_top_links", counted)
    monkeypatch.setattr(links, "FRONTIER", 2)  # hub has 5 links, more than 2
    first = linked(client, "hub", max_hops=2, limit=2)

    assert first["items"] == whole["items"][:2]
    assert first["total"] == 5 and first["total_exact"] is False and first["next"] == "p2"
    assert reads == [(["hub"], [0])]  # one statement, nothing read ahead

    reads.clear()
    linked(client, "hub", max_hops=2, limit=10)
    assert reads[1] == (["hub"], [2])  # then its 2 strongest partners' links, read ahead


def test_links_of_equal_strength_page_the_same_however_far_a_search_reads(
        client, module_db, tmp_path, monkeypatch):
    """Twelve members of one club, equally strong links, two kinds: pages of two read
    only what they show (the kind filtered as the links are read), and put together they
    are the one long page, in one order: equal links by id, the larger first."""
    members = [f"m{n:02d}" for n in range(1, 13)]
    data = {"partners": [
        {"id": "club", "kind": "foreign_ngo", "name_en": "Club", "sources": SOURCES},
        *({"id": m, "kind": "foreign_ngo" if n % 3 else "association",
           "name_en": f"Member {13 - n}", "sources": SOURCES,
           "affiliations": [{"target": "club", "kind": "member_of", "sources": SOURCES}]}
          for n, m in enumerate(members, 1))]}
    path = tmp_path / "club.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    module_db.run(pipeline.load, paths=[path])
    monkeypatch.setattr(links, "WIDTH", 1)
    ngos = [m for n, m in enumerate(members, 1) if n % 3]

    whole = linked(client, "club", max_hops=1, kind="foreign_ngo", limit=100)
    pages, cursor = [], None
    while True:
        page = linked(client, "club", max_hops=1, kind="foreign_ngo", limit=2,
                      **({"cursor": cursor} if cursor else {}))
        pages += page["items"]
        if not (cursor := page["next"]):
            break

    assert [i["partner"]["id"] for i in whole["items"]] == sorted(ngos, reverse=True)
    assert whole["total"] == len(ngos) and whole["total_exact"] is True
    assert pages == whole["items"]
