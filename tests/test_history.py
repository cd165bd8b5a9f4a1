"""Places through time, over the seed data in the real Neo4j plus one donation made to
Tuyên Quang after Hà Giang was merged into it (2025-07-01): asking for Tuyên Quang includes
Hà Giang's donations, agreements, projects and engagements, newest unit first, pages
cutting across the two, and every answer says which units it includes and since when."""

import asyncio
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.driver import one_read, open_driver
from graph.errors import NotFound
from graph.partners import resolve_partner, resolve_with_history
from graph.successions import predecessors
from graphdb import load

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"
AFTER_MERGER = """\
documents:
  - id: tuyen-quang-gni-2025
    title: GNI trao tặng thiết bị cho tỉnh Tuyên Quang
    published: "15/09/2025"
    text: Ngày 15/9/2025, Tổ chức Good Neighbors International trao tặng tỉnh Tuyên Quang 20 máy thở.
donations:
  - id: gni-ventilators-tuyen-quang-2025
    donors: [gni]
    recipients: [tuyen-quang]
    items:
      - item: ventilator
        quantity: 20 máy thở
    when: 15/9/2025
    sources:
      - document: tuyen-quang-gni-2025
        quote: Tổ chức Good Neighbors International trao tặng tỉnh Tuyên Quang 20 máy thở
"""


@pytest.fixture(scope="module")
def client(neo4j_settings, module_db, tmp_path_factory):
    after = tmp_path_factory.mktemp("history") / "after-merger.yaml"
    after.write_text(AFTER_MERGER, encoding="utf-8")
    load(module_db, SEED, after)
    with TestClient(create_app(neo4j_settings)) as c:
        yield c


def ok(client, url: str, **params) -> dict:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def ids(body: dict) -> list[str]:
    return [item["id"] for item in body["items"]]


def test_tuyen_quang_s_donations_include_ha_giang_s_and_say_so(client):
    own = ok(client, "/donations", recipient="tuyen-quang", since="2025-07")
    ha_giang = ok(client, "/donations", recipient="ha-giang", limit=100)
    both = ok(client, "/donations", recipient="Tuyên Quang", limit=100)

    assert ids(own) == ["gni-ventilators-tuyen-quang-2025"]
    assert ids(both) == ["gni-ventilators-tuyen-quang-2025"] + ids(ha_giang)
    assert both["total"] == 1 + ha_giang["total"]
    [merged] = both["includes"]
    assert (merged["id"], merged["merged_into"], merged["since"]) == \
        ("ha-giang", "tuyen-quang", "2025-07-01")
    assert merged["note_vi"] == ("tỉnh Hà Giang đã được sáp nhập vào tỉnh Tuyên Quang từ ngày "
                                 "01/07/2025: các dữ kiện của đơn vị này được tính vào kết quả.")
    assert merged["note_en"] == ("Hà Giang Province was merged into Tuyên Quang Province on "
                                 "2025-07-01: its facts are included.")
    assert ha_giang["includes"] == []  # the old unit is not told of its successor's facts


def test_pages_cut_across_the_units_without_losing_or_repeating_one(client):
    everything = ok(client, "/donations", recipient="tuyen-quang", limit=100)
    seen, cursor = [], None
    while True:
        params = {"recipient": "tuyen-quang", "limit": 2} | ({"cursor": cursor} if cursor else {})
        page = ok(client, "/donations", **params)
        assert page["total"] == everything["total"]
        seen += ids(page)
        if not (cursor := page["next"]):
            break

    assert seen == ids(everything) and len(seen) == 5


def test_a_donor_that_absorbed_another_includes_what_it_gave(client):
    given = ok(client, "/donations", donor="tuyen-quang", limit=100)

    assert set(ids(given)) == set(ids(ok(client, "/donations", donor="ha-giang", limit=100)))
    assert given["total"] > 0 and given["includes"][0]["id"] == "ha-giang"


@pytest.mark.parametrize("endpoint", ["/agreements", "/projects", "/engagements"])
def test_agreements_projects_and_engagements_of_tuyen_quang_include_ha_giang_s(client, endpoint):
    ha_giang = ok(client, endpoint, partner="ha-giang", limit=100)
    tuyen_quang = ok(client, endpoint, partner="tuyen quang", limit=100)

    assert ha_giang["total"] > 0
    assert ids(tuyen_quang) == ids(ha_giang)
    assert [p["id"] for p in tuyen_quang["includes"]] == ["ha-giang"]


def test_without_a_partner_nothing_is_included(client):
    assert ok(client, "/donations")["includes"] == []
    assert ok(client, "/agreements")["includes"] == []


def test_tuyen_quang_s_donation_totals_include_ha_giang_s_and_say_so(client):
    """/stats/donations narrowed to a recipient counts what its predecessors received too:
    Tuyên Quang's totals are Hà Giang's donations plus its own, by id, and `includes` says so."""
    everything = ok(client, "/stats/donations", group_by="year")
    tuyen_quang = ok(client, "/stats/donations", group_by="year", recipient="Tuyên Quang")
    ha_giang = ok(client, "/stats/donations", group_by="year", recipient="ha-giang")

    def counted(body):
        return sorted(i for g in body["groups"] for i in g["donation_ids"])

    received = ids(ok(client, "/donations", recipient="tuyen-quang", limit=100))
    assert counted(tuyen_quang) == sorted(received)
    assert counted(tuyen_quang) == sorted(counted(ha_giang) + ["gni-ventilators-tuyen-quang-2025"])
    assert len(counted(ha_giang)) < len(counted(everything))
    assert [p["id"] for p in tuyen_quang["includes"]] == ["ha-giang"]
    assert tuyen_quang["includes"][0]["since"] == "2025-07-01"
    assert ha_giang["includes"] == [] and everything["includes"] == []


def test_donation_totals_by_donor_include_what_the_predecessor_gave(client):
    given = ok(client, "/stats/donations", group_by="item", donor="tuyen-quang")
    listed = ids(ok(client, "/donations", donor="ha-giang", limit=100))

    assert sorted({i for g in given["groups"] for i in g["donation_ids"]}) == sorted(listed)
    assert given["includes"][0]["id"] == "ha-giang"


def test_donation_totals_of_an_unknown_partner_are_a_404(client):
    response = client.get("/stats/donations", params={"recipient": "tuyen quangg xyz"})
    assert response.status_code == 404


def test_tuyen_quang_s_graph_includes_ha_giang_s_neighbourhood_and_says_so(client):
    """/graph?center=Tuyên Quang draws Hà Giang's partners and facts as well as its own."""
    tuyen_quang = ok(client, "/graph", center="Tuyên Quang")
    ha_giang = ok(client, "/graph", center="ha-giang")

    def node_ids(view):
        return {n["id"] for n in view["nodes"]}

    assert node_ids(ha_giang) <= node_ids(tuyen_quang)
    assert "Donation:gni-ventilators-tuyen-quang-2025" in node_ids(tuyen_quang)
    assert "Donation:gni-ventilators-tuyen-quang-2025" not in node_ids(ha_giang)
    assert {e["id"] for e in ha_giang["edges"]} <= {e["id"] for e in tuyen_quang["edges"]}
    assert tuyen_quang["center"]["id"] == "tuyen-quang"
    assert [p["id"] for p in tuyen_quang["includes"]] == ["ha-giang"]
    assert ha_giang["includes"] == []
    assert all(e["source"] in node_ids(tuyen_quang) and e["target"] in node_ids(tuyen_quang)
               for e in tuyen_quang["edges"])


@pytest.mark.parametrize("depth", [1, 2])
def test_a_merged_graph_by_id_is_the_graph_by_name(client, depth):
    """By id the partner's own view comes with it from one statement and is joined with
    its units'; by name every view is read after the name: the answer is the same."""
    by_id = ok(client, "/graph", center="tuyen-quang", depth=depth)
    by_name = ok(client, "/graph", center="Tuyên Quang", depth=depth)
    assert by_id == by_name
    assert [p["id"] for p in by_id["includes"]] == ["ha-giang"]


def test_a_merged_graph_keeps_to_its_limit(client):
    full = ok(client, "/graph", center="tuyen-quang")
    small = ok(client, "/graph", center="tuyen-quang", limit=5)

    assert len(full["nodes"]) > 5
    assert len(small["nodes"]) == 5 and small["truncated"] is True
    kept = {n["id"] for n in small["nodes"]}
    assert all(e["source"] in kept and e["target"] in kept for e in small["edges"])


@pytest.mark.parametrize("ref", ["tuyen-quang", "Tuyên Quang", "ha-giang", "Good Neighbors",
                                 "guangxi", "no such partner at all", "tuyen"])
def test_one_read_finds_a_partner_and_its_predecessors_as_two_reads_do(client, neo4j_settings,
                                                                       ref):
    """The partner a question names and the units merged into it, read in the answer's own
    transaction (resolve_with_history), are those resolve_partner and predecessors read in
    transactions of their own: for an id, a name, a unit with and without predecessors; a
    name no partner answers to is the same NotFound, with the same suggestions."""
    database = neo4j_settings.neo4j_database

    async def both():
        driver = open_driver(neo4j_settings)
        try:
            async def work(tx):
                return await resolve_with_history(tx, ref=ref)

            try:
                one = await one_read(driver=driver, database=database, work=work)
            except NotFound as exc:
                one = ("not found", exc.suggestions)
            try:
                partner = await resolve_partner(driver=driver, database=database, ref=ref)
                two = (partner, await predecessors(driver=driver, database=database,
                                                   id=partner.id))
            except NotFound as exc:
                two = ("not found", exc.suggestions)
            return one, two
        finally:
            await driver.close()

    one, two = asyncio.run(both())

    assert one == two
    if ref == "Tuyên Quang":
        assert [p.id for p in one[1]] == ["ha-giang"]
