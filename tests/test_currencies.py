"""Sums in a currency data/rates/ has no exchange rate for (GBP, SEK), against the real
Neo4j: a dataset and an IATI file that hold them load; the graph keeps each value as
written with no USD/VND figures and the reason; the API shows them so, and the donation
totals leave them out of USD and VND and say why."""

import shutil
from pathlib import Path

import pytest

from graphdb import load, node

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini"
GBP_IATI = FIXTURES / "iati" / "gbp_activity.xml"
SCHOOLS = "iati-gb-gov-1-hg-schools"
GBP_REASON = "no exchange rate for GBP in data/rates/"
SENTENCE = "Đại sứ quán Anh tặng tỉnh Hà Giang 1.000.000 GBP để sửa trường học."
UK_DONATION = f"""
  - id: uk-schools-2021
    donors: [hope-bridge]
    recipients: [ha-giang]
    value: 1.000.000 GBP
    when: "2021"
    sources:
      - document: mini-article
        quote: {SENTENCE}
"""


@pytest.fixture
def gbp_dataset(tmp_path: Path) -> Path:
    """The mini dataset with one more donation, valued in pounds sterling."""
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    article = folder / "article.txt"
    article.write_text(article.read_text(encoding="utf-8").rstrip("\n") + " " + SENTENCE + "\n",
                       encoding="utf-8")
    dataset = folder / "mini.yaml"
    text = "\n".join(line for line in dataset.read_text(encoding="utf-8").splitlines()
                     if not line.strip().startswith("sha256:"))
    dataset.write_text(text + "\n" + UK_DONATION, encoding="utf-8")
    return dataset


@pytest.fixture
def api_graph(db):
    """Empty: each test loads what it asks about."""
    return db


def test_a_gbp_donation_loads_as_written_without_usd_or_vnd_and_says_why(db, gbp_dataset):
    load(db, gbp_dataset)

    d = node(db, "uk-schools-2021")
    assert (d["value_raw"], d["value"], d["value_currency"], d["value_qualifier"]) == (
        "1.000.000 GBP", 1_000_000, "GBP", "exact")
    assert d["value_unconverted"] == GBP_REASON
    for absent in ("value_usd", "value_vnd", "value_rate_year"):
        assert absent not in d
    converted = node(db, "ventilators-2021")
    assert converted["value_usd"] > 0 and "value_unconverted" not in converted


def test_donations_show_the_gbp_value_with_null_usd_and_the_reason(db, gbp_dataset, client):
    load(db, gbp_dataset)

    body = client.get("/donations", params={"donor": "hope-bridge"}).json()

    uk = next(d for d in body["items"] if d["id"] == "uk-schools-2021")
    assert uk["value"]["raw"] == "1.000.000 GBP"
    assert (uk["value"]["value"], uk["value"]["currency"]) == (1_000_000, "GBP")
    assert uk["value"]["usd"] is None and uk["value"]["vnd"] is None
    assert uk["value"]["unconverted"] == GBP_REASON
    assert uk["flags"]["unconverted"] is True
    other = next(d for d in body["items"] if d["id"] == "ventilators-2021")
    assert other["value"]["unconverted"] is None and other["flags"]["unconverted"] is False


def test_totals_leave_the_gbp_value_out_of_usd_and_vnd_and_say_why(db, gbp_dataset, client):
    load(db, gbp_dataset)

    body = client.get("/stats/donations", params={"group_by": "donor"}).json()

    alone = next(g for g in body["groups"] if g["key"] == "hope-bridge")
    assert alone["donation_ids"] == ["uk-schools-2021"]
    assert (alone["total_usd"], alone["total_vnd"]) == (None, None)
    assert alone["by_currency"] == {"GBP": 1_000_000}
    assert (alone["valued"], alone["unconverted"]) == (1, 1)
    joint = next(g for g in body["groups"] if g["key"] == "hope-bridge+kasama")
    assert joint["total_vnd"] == 1_200_000_000 and joint["unconverted"] == 0
    [left_out] = [n for n in body["not_counted"] if n["id"] == "uk-schools-2021"]
    assert left_out["raw"] == "1.000.000 GBP"
    assert left_out["reason"].startswith(GBP_REASON) and "total_usd" in left_out["reason"]


def test_totals_by_year_count_the_converted_and_flag_the_total_a_lower_bound(
        db, gbp_dataset, client):
    load(db, gbp_dataset)

    body = client.get("/stats/donations", params={"group_by": "year"}).json()

    year = next(g for g in body["groups"] if g["key"] == "2021")
    assert "uk-schools-2021" in year["donation_ids"]
    assert year["by_currency"]["GBP"] == 1_000_000
    assert year["unconverted"] == 1 and year["lower_bound"] is True


def test_an_iati_activity_in_gbp_loads_its_transactions_unconverted(db):
    load(db, GBP_IATI)

    gbp = node(db, f"{SCHOOLS}-t1")
    assert (gbp["value_raw"], gbp["value"], gbp["value_currency"]) == (
        "250000.00 GBP", 250_000, "GBP")
    assert gbp["transaction_type"] == "disbursement"
    assert gbp["value_unconverted"] == GBP_REASON
    assert "value_usd" not in gbp and "value_vnd" not in gbp
    assert gbp.get("value_note") is None  # no "converted at the rate of its year"
    sek = node(db, f"{SCHOOLS}-t2")
    assert (sek["value"], sek["value_currency"]) == (1_200_000, "SEK")
    assert sek["value_unconverted"] == "no exchange rate for SEK in data/rates/"


def test_an_iati_budget_across_currencies_leaves_out_what_has_no_rate(db):
    load(db, GBP_IATI)

    project = node(db, SCHOOLS)
    # The USD budget is all that converts: a lower bound, in USD, naming what it leaves out
    assert (project["budget"], project["budget_currency"]) == (150_000, "USD")
    assert project["budget_qualifier"] == "lower_bound"
    assert "400000.00 GBP (no exchange rate for GBP in data/rates/)" in project["budget_note"]
    assert project["budget_usd"] == 150_000 and "budget_unconverted" not in project
    # Disbursements in GBP and SEK: neither has a rate, so only the activity's GBP is kept
    assert (project["disbursed"], project["disbursed_currency"]) == (250_000, "GBP")
    assert project["disbursed_qualifier"] == "lower_bound"
    assert "1200000 SEK" in project["disbursed_note"]
    assert project["disbursed_unconverted"] == GBP_REASON


def test_an_iati_donation_in_gbp_is_served_unconverted(db, client):
    load(db, GBP_IATI)

    body = client.get("/donations", params={"recipient": "Northern Schools Fund"}).json()

    gbp = next(d for d in body["items"] if d["id"] == f"{SCHOOLS}-t1")
    assert (gbp["value"]["value"], gbp["value"]["currency"], gbp["value"]["usd"]) == (
        250_000, "GBP", None)
    assert gbp["value"]["unconverted"] == GBP_REASON
