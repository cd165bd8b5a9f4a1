"""GET /reports/aid over the seed data in the real Neo4j: the workbook, read back, agrees
with /stats/donations group by group; the total is the sum the statistics give and says it
is a lower bound; what is not counted is listed with its reason; every counted donation's
quotes are on the sources sheet; the period filter, the CSV and the breakdown choice; and
the HTML form, opened and printed in Chromium, fits the page."""

import csv
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from playwright.sync_api import sync_playwright

from api.app import create_app
from graphdb import load

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts" / "report"
# report breakdown → /stats/donations group_by
SAME_AS_STATS = {"partner": "donor", "country": "country", "year": "year", "item": "item"}


@pytest.fixture(scope="module")
def client(neo4j_settings, module_db):
    load(module_db, SEED)
    with TestClient(create_app(neo4j_settings)) as c:
        yield c


@pytest.fixture(scope="module")
def workbook(client):
    response = client.get("/reports/aid", params={"format": "xlsx"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    return load_workbook(io.BytesIO(response.content))


def sheet_rows(book, name: str) -> list[dict]:
    rows = list(book[name].iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def stats(client, group_by: str) -> list[dict]:
    response = client.get("/stats/donations", params={"group_by": group_by,
                                                      "direction": "inbound"})
    assert response.status_code == 200
    return response.json()["groups"]


def _money(value):
    """Excel keeps 15 significant digits: a figure read back equals to that precision."""
    return None if value is None else pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize("breakdown", SAME_AS_STATS)
def test_each_sheet_of_the_workbook_is_what_stats_donations_says(client, workbook, breakdown):
    expected = [(g["key"], g["label"], g["donations"], g["valued"], _money(g["total_vnd"]),
                 _money(g["total_usd"]), "có · yes" if g["lower_bound"] else None)
                for g in stats(client, SAME_AS_STATS[breakdown])]

    got = [(r["Mã · Key"], r["Nhóm · Group"], r["Số khoản · Donations"],
            r["Có giá trị · Valued"], r["Tổng VNĐ · Total VND"], r["Tổng USD · Total USD"],
            r["Tối thiểu · Lower bound"])
           for r in sheet_rows(workbook, breakdown)]

    assert got == expected
    assert got, "the seed has inbound donations"


def test_the_total_is_the_sum_of_the_years_and_is_marked_as_a_lower_bound(client, workbook):
    years = stats(client, "year")
    summary = {r[0]: (r[1], c) for r, c in zip(workbook["Tổng hợp"].iter_rows(values_only=True),
                                               workbook["Tổng hợp"]["B"])}

    assert summary["Tổng VNĐ · Total VND"][0] == sum(g["total_vnd"] or 0 for g in years)
    assert summary["Tổng USD · Total USD"][0] == pytest.approx(sum(g["total_usd"] or 0
                                                                   for g in years))
    assert summary["Tổng VNĐ · Total VND"][1].number_format.startswith('"≥ "')
    assert summary["Tối thiểu · Lower bound"][0] == "có · yes"


def test_partner_kinds_add_up_to_the_total(client):
    report = client.get("/reports/aid", params={"group_by": "kind"}).json()
    kinds = {g["key"]: g for g in report["breakdowns"][0]["groups"]}

    assert {"local_government", "foreign_ngo"} <= set(kinds)
    assert sum(g["total_vnd"] or 0 for g in kinds.values()) == report["total"]["total_vnd"]
    assert kinds["foreign_ngo"]["total_vnd"] == 8_600_000_000
    assert kinds["foreign_ngo"]["lower_bound"] is True  # "trên 8,6 tỷ VNĐ"


def test_what_is_not_counted_is_listed_with_why(workbook):
    reasons = {r["Mã · Id"]: r["Lý do · Why"] for r in sheet_rows(workbook, "not_counted")}

    assert "parts report their own values" in reasons["donation-2020-2022-medical-supplies-total"]
    assert "gives no value" in reasons["donation-2020-2022-vero-cell"]


def test_every_donation_s_quotes_are_on_the_sources_sheet(client, workbook):
    sources = sheet_rows(workbook, "sources")
    donations = {d["id"]: d for d in client.get("/donations", params={"limit": 100}).json()["items"]}

    for row in sheet_rows(workbook, "donations"):
        cited = {(s["Tài liệu · Document"], s["Trích dẫn · Quote"])
                 for s in sources if s["Khoản · Donation"] == row["Mã · Id"]}
        expected = {(s["document"], s["quote"]) for s in donations[row["Mã · Id"]]["sources"]}
        assert cited == expected and cited, row["Mã · Id"]
    assert {r["Năm · Year"] for r in sheet_rows(workbook, "rates")} == {2020}


def test_a_period_keeps_the_donations_that_overlap_it_and_marks_those_reaching_beyond(client):
    inside = client.get("/reports/aid", params={"since": "2021", "until": "2021"}).json()
    after = client.get("/reports/aid", params={"since": "2023"}).json()

    assert inside["since"] == "2021-01-01" and inside["until"] == "2021-12-31"
    assert inside["total"]["donations"] == 4
    assert all(d["beyond_period"] for d in inside["donations"])  # all are 2020-2022
    assert after["total"]["donations"] == 0 and after["total"]["total_vnd"] is None
    assert after["donations"] == [] and after["sources"] == []


def test_the_csv_has_one_row_per_group_and_the_json_s_figures(client):
    response = client.get("/reports/aid", params={"format": "csv", "group_by": "year,kind"})
    report = client.get("/reports/aid", params={"group_by": "year,kind"}).json()

    assert response.headers["content-disposition"] == \
        'attachment; filename="bao-cao-vien-tro.csv"'
    rows = list(csv.DictReader(io.StringIO(response.text.removeprefix("\ufeff"))))
    assert [r["breakdown"] for r in rows] == \
        ["total"] + ["year"] * len(report["breakdowns"][0]["groups"]) \
        + ["kind"] * len(report["breakdowns"][1]["groups"])
    assert float(rows[0]["total_vnd"]) == report["total"]["total_vnd"]


def test_an_unknown_breakdown_is_a_422_naming_the_ones_there_are(client):
    response = client.get("/reports/aid", params={"group_by": "year,donor"})

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "group_by"]
    assert "kind|country|partner|year|item" in response.json()["detail"][0]["msg"]


def test_the_html_report_opens_and_prints_on_a4_in_chromium(client):
    """Rendered in Chromium as printed: nothing wider than an A4 landscape page, the total
    shown as a lower bound, and a PDF of a few pages (kept in tests/artifacts/report/)."""
    html = client.get("/reports/aid", params={"format": "html"}).text
    assert CHROMIUM.exists(), "make install installs Debian's chromium"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                             args=["--headless=new", "--no-sandbox"])
        page = browser.new_page(viewport={"width": 1046, "height": 700})  # A4 landscape, 12 mm
        errors = []
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.set_content(html)
        page.emulate_media(media="print")
        widest = page.evaluate("document.documentElement.scrollWidth")
        total = page.locator("table.summary td").first.inner_text()
        page.screenshot(path=ARTIFACTS / "aid-report-print.png", full_page=True)
        pdf = page.pdf(prefer_css_page_size=True)
        browser.close()
    (ARTIFACTS / "aid-report.pdf").write_bytes(pdf)

    assert errors == []
    assert widest <= 1046
    assert total == "≥ 53.800.000.000"
    assert pdf.startswith(b"%PDF-")
