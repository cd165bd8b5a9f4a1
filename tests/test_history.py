"""Places through time, over the seed data in the real Neo4j plus one donation made to
Tuyên Quang after Hà Giang was merged into it (2025-07-01): asking for Tuyên Quang includes
Hà Giang's donations, agreements, projects and engagements, newest unit first, pages
cutting across the two, and every answer says which units it includes and since when."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
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
