"""The analysts' endpoints over the small fixture dataset: search, detail, donations with
direction and periods, stats, documents, paging and errors."""

import pytest


@pytest.mark.parametrize("q", ["Kasama", "kasama city", "thành phố Kasama", "thanh pho kasama",
                               "kasamaa"])
def test_search_finds_a_partner_by_any_spelling(client, q):
    body = client.get("/partners", params={"q": q}).json()

    assert body["items"][0]["id"] == "kasama"


def test_search_filters_by_kind(client):
    body = client.get("/partners", params={"q": "kasama", "kind": "foreign_ngo"}).json()

    assert [p["id"] for p in body["items"]] == []


def test_listing_without_a_query_pages_with_a_cursor(client):
    first = client.get("/partners", params={"limit": 2}).json()
    second = client.get("/partners", params={"limit": 2, "cursor": first["next"]}).json()

    assert first["total"] == 3 and len(first["items"]) == 2
    assert len(second["items"]) == 1 and second["next"] is None
    assert {p["id"] for p in first["items"] + second["items"]} == {"ha-giang", "kasama", "hope-bridge"}


def test_partner_detail_has_country_counts_and_sources(client):
    body = client.get("/partners/kasama").json()

    assert body["country"]["id"] == "japan"
    assert body["counts"]["donations_given"] == 2
    assert body["sources"] == [{"document": "mini-article", "quote": "thành phố Kasama (Nhật Bản)",
                                "method": "curated"}]


def test_unknown_partner_is_404_with_suggestions(client):
    response = client.get("/partners/kasamo")

    assert response.status_code == 404
    assert response.json()["suggestions"][0]["id"] == "kasama"


def test_donations_by_donor_name_carry_items_values_flags_and_quotes(client):
    body = client.get("/donations", params={"donor": "Hope Bridge"}).json()

    assert body["total"] == 1
    donation = body["items"][0]
    assert {d["id"] for d in donation["donors"]} == {"hope-bridge", "kasama"}
    assert donation["value"]["raw"] == "hơn 1,2 tỷ đồng"
    assert donation["value"]["value"] == 1_200_000_000
    assert donation["value"]["currency"] == "VND"
    assert donation["flags"]["lower_bound"] is True
    assert donation["items"][0]["quantity"] == 2
    assert donation["direction"] == "inbound"
    assert "hơn 1,2 tỷ đồng" in donation["sources"][0]["quote"]


def test_direction_matters(client):
    gave = client.get("/donations", params={"donor": "ha-giang"}).json()
    received = client.get("/donations", params={"recipient": "ha-giang"}).json()

    assert gave["total"] == 0
    assert received["total"] == 2


def test_since_until_match_by_period_and_leave_out_undated(client):
    since = client.get("/donations", params={"since": "2021"}).json()
    before = client.get("/donations", params={"until": "2020"}).json()

    assert [d["id"] for d in since["items"]] == ["kasama-masks-2021"]
    assert before["total"] == 0


def test_bad_date_is_422_naming_the_field(client):
    response = client.get("/donations", params={"since": "2021-02-30"})

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "since"]


def test_item_filter_accepts_a_name(client):
    body = client.get("/donations", params={"item": "máy thở"}).json()

    assert [d["id"] for d in body["items"]] == ["ventilators-2021"]


def test_stats_by_donor_keeps_joint_donors_together_and_flags_lower_bounds(client):
    body = client.get("/stats/donations", params={"group_by": "donor"}).json()

    joint = next(g for g in body["groups"] if g["key"] == "hope-bridge+kasama")
    assert joint["total_vnd"] == 1_200_000_000
    assert joint["lower_bound"] is True
    assert joint["total_usd"] > 0


def test_document_lists_every_fact_drawn_from_it(client):
    body = client.get("/documents/mini-article").json()

    assert {f["id"] for f in body["facts"]} >= {"kasama", "ventilators-2021", "kasama-masks-2021"}
    assert body["sha256"] and body["text"].startswith("Sáng 12/3/2021")
