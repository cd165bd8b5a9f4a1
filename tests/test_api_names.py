"""Names in the language asked, over the seed data in the real Neo4j: with `lang=vi` (or a
Vietnamese Accept-Language) every partner, place, item and fact of an answer is named in
Vietnamese with the English beside it (`name_other`), with `lang=en` the other way round;
search results and graph views included. A request that names no language gets the answer
as before."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api import bilingual
from api.app import create_app
from graphdb import load

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"
VI = {"Accept-Language": "vi-VN,vi;q=0.9,en;q=0.8"}


@pytest.fixture(scope="module")
def client(neo4j_settings, module_db):
    load(module_db, SEED)
    with TestClient(create_app(neo4j_settings)) as c:
        yield c


def ok(client, url: str, headers=None, **params):
    response = client.get(url, params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response


def test_search_results_in_vietnamese_with_the_english_beside(client):
    plain = ok(client, "/partners", q="quang tay").json()["items"][0]
    vi = ok(client, "/partners", q="quang tay", lang="vi")
    en = ok(client, "/partners", q="quang tay", lang="en").json()["items"][0]

    first = vi.json()["items"][0]
    assert first["id"] == plain["id"] == "guangxi"
    assert (first["name"], first["name_other"]) == \
        ("Khu tự trị dân tộc Choang Quảng Tây", "Guangxi Zhuang Autonomous Region")
    assert (en["name"], en["name_other"]) == \
        ("Guangxi Zhuang Autonomous Region", "Khu tự trị dân tộc Choang Quảng Tây")
    assert vi.headers["content-language"] == "vi"
    assert "name_other" not in plain  # no language named: the answer as it always was
    assert plain["name"] == en["name"]


def test_accept_language_chooses_like_lang(client):
    by_header = ok(client, "/partners/guangxi", headers=VI).json()
    by_parameter = ok(client, "/partners/guangxi", lang="vi").json()

    assert by_header == by_parameter
    assert by_header["name"] == "Khu tự trị dân tộc Choang Quảng Tây"
    assert by_header["name_other"] == "Guangxi Zhuang Autonomous Region"
    # Its country is a place, named in Vietnamese too.
    assert by_header["country"]["name"] == "Trung Quốc"
    assert by_header["country"]["name_other"] == "China"


def test_a_country_and_its_government_sharing_an_id_keep_their_own_names(client):
    """The place `vietnam` (Việt Nam · Vietnam) and the partner `vietnam` (Việt Nam ·
    Government of Vietnam) share an id: each is named by its own names."""
    ha_giang = ok(client, "/partners/ha-giang", lang="en").json()
    government = ok(client, "/partners/vietnam", lang="en").json()

    assert ha_giang["country"]["id"] == "vietnam"
    assert (ha_giang["country"]["name"], ha_giang["country"]["name_other"]) == \
        ("Vietnam", "Việt Nam")
    assert government["name"] == "Government of Vietnam"
    assert government["name_other"] == "Việt Nam"


def test_donations_name_partners_items_and_the_donation_itself_in_vietnamese(client):
    plain = ok(client, "/donations", donor="guangxi", limit=100).json()
    vi = ok(client, "/donations", donor="guangxi", limit=100, lang="vi").json()

    assert [d["id"] for d in vi["items"]] == [d["id"] for d in plain["items"]]
    vero = next(d for d in vi["items"] if d["id"] == "donation-2020-2022-vero-cell")
    assert vero["donors"][0]["name"] == "Khu tự trị dân tộc Choang Quảng Tây"
    assert vero["recipients"][0]["name"] == "tỉnh Hà Giang"
    assert vero["recipients"][0]["name_other"] == "Hà Giang Province"
    [line] = vero["items"]
    assert line["name"] == line["name_vi"] and line["name_other"] == line["name_en"]
    if vero["title_vi"]:
        assert vero["name"] == vero["title_vi"]
    # Figures, quotes and ids are untouched.
    assert vero["sources"] == next(d for d in plain["items"] if d["id"] == vero["id"])["sources"]


def test_graph_labels_in_the_language_asked(client):
    vi = ok(client, "/graph", center="guangxi", lang="vi").json()
    en = ok(client, "/graph", center="guangxi", lang="en").json()

    by_id = {n["id"]: n for n in vi["nodes"]}
    guangxi = by_id["Partner:guangxi"]
    assert (guangxi["name"], guangxi["name_other"]) == \
        ("Khu tự trị dân tộc Choang Quảng Tây", "Guangxi Zhuang Autonomous Region")
    assert {n["id"]: n["name"] for n in en["nodes"]}["Partner:guangxi"] == \
        "Guangxi Zhuang Autonomous Region"
    assert vi["center"]["name"] == "Khu tự trị dân tộc Choang Quảng Tây"
    for node in vi["nodes"]:
        assert node["props"].get("name_vi") in (None, node["name"])


def test_the_predecessor_an_answer_includes_is_named_in_the_language(client):
    vi = ok(client, "/donations", recipient="tuyen-quang", lang="vi").json()

    [merged] = vi["includes"]
    assert (merged["name"], merged["name_other"]) == ("tỉnh Hà Giang", "Hà Giang Province")
    assert merged["merged_into_name"] == "tỉnh Tuyên Quang"


def test_exports_and_errors_are_left_as_they_are(client):
    csv = client.get("/graph", params={"center": "guangxi", "format": "csv", "lang": "vi"})
    assert csv.status_code == 200 and "name_other" not in csv.text
    assert client.get("/partners/guangxii", params={"lang": "vi"}).json()["detail"] == \
        "không có đối tác 'guangxii'"


@pytest.mark.parametrize(("query", "header", "expected"), [
    ("", "", None),
    ("", "fr-FR", None),
    ("", "vi", "vi"),
    ("", "en-GB,en;q=0.9", "en"),
    ("lang=vi", "", "vi"),
    ("q=x&lang=en", "vi", "en"),
    ("", "fr,vi;q=0.5", "vi"),
])
def test_which_requests_name_a_language(query, header, expected):
    scope = {"query_string": query.encode(), "headers": [(b"accept-language", header.encode())]}
    assert bilingual.asked_language(scope) == expected


def test_a_name_with_no_form_in_the_language_stays_as_it_is():
    assert bilingual.said("Vissione Care", None, None, "vi") == ("Vissione Care", None)
    assert bilingual.said("World Bank", "Ngân hàng Thế giới", "World Bank", "vi") == \
        ("Ngân hàng Thế giới", "World Bank")
    assert bilingual.said("X", "x vi", None, "en") == ("X", "x vi")


def test_a_language_the_api_does_not_speak_is_a_422(client):
    response = client.get("/partners", params={"q": "quang tay", "lang": "fr"})

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert (error["loc"], error["input"]) == (["query", "lang"], "fr")


def test_donation_totals_label_their_groups_in_the_language(client):
    """A group of /stats/donations keyed by partner ids is labelled with their names in the
    language asked, the other beside (`label_other`); groups by year stay as they are."""
    plain = ok(client, "/stats/donations", group_by="donor").json()
    vi = ok(client, "/stats/donations", group_by="donor", lang="vi").json()

    labels = {g["key"]: g for g in vi["groups"]}
    assert [g["key"] for g in vi["groups"]] == [g["key"] for g in plain["groups"]]
    assert labels["guangxi"]["label"] == "Khu tự trị dân tộc Choang Quảng Tây"
    assert labels["guangxi"]["label_other"] == "Guangxi Zhuang Autonomous Region"
    joint = next(g for g in vi["groups"] if g["key"] == "guangxi+yunnan")
    assert joint["label"] == "Khu tự trị dân tộc Choang Quảng Tây + tỉnh Vân Nam"
    years = ok(client, "/stats/donations", group_by="year", lang="vi").json()
    assert all("label_other" not in g for g in years["groups"])


def test_a_path_is_explained_with_the_names_of_the_language_asked(client):
    """GET /paths and /partners/{id}/linked: each path's explanation says its nodes' names
    as its steps do, in the language asked."""
    plain = ok(client, "/paths", **{"from": "guangxi", "to": "ha-giang"}).json()["paths"][0]
    vi = ok(client, "/paths", lang="vi", **{"from": "guangxi", "to": "ha-giang"}).json()["paths"][0]

    assert "Guangxi Zhuang Autonomous Region" in plain["explanation"]
    assert vi["explanation"].startswith("Khu tự trị dân tộc Choang Quảng Tây ")
    assert "Guangxi Zhuang Autonomous Region" not in vi["explanation"]
    for step in vi["steps"][1:]:
        assert step["node"]["name"] in vi["explanation"]
    linked = ok(client, "/partners/guangxi/linked", lang="vi").json()["items"][0]
    assert linked["path"]["explanation"].startswith("Khu tự trị dân tộc Choang Quảng Tây ")
