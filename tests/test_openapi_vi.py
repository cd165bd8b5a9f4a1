"""The OpenAPI document and the docs pages in Vietnamese: every summary and description of
the English document has a Vietnamese form (a new endpoint cannot go untranslated without
this test naming its texts), /openapi.json answers in the language asked (`?lang=vi` or
Accept-Language) with nothing but the prose changed, and /docs and /redoc switch between
the two. In Debian's Chromium, offline: /docs?lang=vi shows the operations in Vietnamese.
Screenshots go to tests/artifacts/front-door/."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, expect
from served import chromium, is_loopback_url, serving

from api import openapi_i18n
from api.app import create_app

ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "front-door"
VI = {"Accept-Language": "vi-VN,vi;q=0.9,en;q=0.8"}
DONATIONS_EN = "Donations by donor, recipient, period and item"
DONATIONS_VI = "Các khoản viện trợ theo bên tặng, bên nhận, thời kỳ và mặt hàng"


@pytest.fixture(scope="module")
def client(neo4j_settings):
    with TestClient(create_app(neo4j_settings)) as c:
        yield c


def test_every_description_of_the_english_document_has_a_vietnamese_form():
    """Add the texts named here to api/openapi_vi.py (English text → Vietnamese)."""
    missing = openapi_i18n.missing(create_app().openapi())

    assert not missing, ("no Vietnamese in api/openapi_vi.py for these texts of the OpenAPI "
                         "document:\n" + "\n".join(f"- {text!r}" for text in missing))


def test_the_check_names_a_text_the_table_lacks():
    schema = {"paths": {"/new": {"get": {"summary": "A new endpoint nobody translated",
                                         "description": DONATIONS_EN}}}}

    assert openapi_i18n.missing(schema) == ["A new endpoint nobody translated"]


def _without_prose(node):
    if isinstance(node, dict):
        return {k: _without_prose(v) for k, v in node.items()
                if k not in ("summary", "description", "title")}
    return [_without_prose(v) for v in node] if isinstance(node, list) else node


def test_openapi_json_in_vietnamese_changes_only_the_prose(client):
    english = client.get("/openapi.json")
    by_parameter = client.get("/openapi.json", params={"lang": "vi"})
    by_header = client.get("/openapi.json", headers=VI)

    vi = by_parameter.json()
    assert by_header.json() == vi
    assert by_parameter.headers["content-language"] == "vi"
    assert english.headers["content-language"] == "en"
    assert english.json()["paths"]["/donations"]["get"]["summary"] == DONATIONS_EN
    assert vi["paths"]["/donations"]["get"]["summary"] == DONATIONS_VI
    assert vi["info"]["description"].startswith("Hỏi đồ thị quan hệ đối tác")
    kind = next(p for p in vi["paths"]["/partners"]["get"]["parameters"] if p["name"] == "kind")
    assert kind["description"].startswith("Loại đối tác, bằng tiếng Việt")
    assert '"phi chính phủ"' in kind["description"]
    assert _without_prose(vi) == _without_prose(english.json())
    # Every text of the Vietnamese document is the table's Vietnamese, none left in English
    # but those written the same in both ("JSONP").
    same = {en for en, said in openapi_i18n.table().items() if en == said}
    assert set(openapi_i18n.texts(vi)) & set(openapi_i18n.texts(english.json())) <= same


def test_every_get_documents_the_language_parameter(client):
    spec = client.get("/openapi.json").json()

    for path, operations in spec["paths"].items():
        if "get" in operations:
            names = [p["name"] for p in operations["get"].get("parameters", [])]
            assert names.count("lang") == 1, path


def test_the_docs_pages_switch_language(client):
    for page in ("/docs", "/redoc"):
        vi = client.get(page, params={"lang": "vi"})
        by_header = client.get(page, headers=VI)
        english = client.get(page)

        assert vi.text == by_header.text
        assert '<html lang="vi">' in vi.text and "/openapi.json?lang=vi" in vi.text
        assert f'href="{page}?lang=en"' in vi.text and f'href="{page}?lang=vi"' in vi.text
        assert '<html lang="en">' in english.text and "/openapi.json?lang=en" in english.text


@pytest.fixture(scope="module")
def api_url(neo4j_settings) -> Iterator[str]:
    with serving(create_app(neo4j_settings)) as url:
        yield url


@pytest.fixture(scope="module")
def browser(api_url) -> Iterator[Browser]:
    with chromium() as browser:
        browser.api_url = api_url
        yield browser


def offline_page(browser, api_url, locale="en-GB"):
    context = browser.new_context(viewport={"width": 1300, "height": 900}, base_url=api_url,
                                  locale=locale)
    page = context.new_page()
    page.outside, page.errors = [], []

    def guard(route):
        if is_loopback_url(route.request.url):
            route.continue_()
        else:
            page.outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    return page


@pytest.mark.process
def test_swagger_ui_in_vietnamese_in_chromium(browser):
    """/docs?lang=vi: the title, the description and every operation's summary are
    Vietnamese; the switch leads to the same page in English. Nothing leaves the machine."""
    page = offline_page(browser, browser.api_url)
    page.goto("/docs?lang=vi")
    operation = page.locator("#operations-donations-donations_donations_get")
    expect(operation).to_contain_text(DONATIONS_VI)
    expect(page.locator(".swagger-ui .info")).to_contain_text("Hỏi đồ thị quan hệ đối tác")

    operation.locator(".opblock-summary").click()
    donor = operation.locator("tr[data-param-name=lang]")
    expect(donor).to_contain_text("Ngôn ngữ của câu trả lời")
    summaries = page.locator(".opblock-summary-description").all_inner_texts()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "docs-vi.png")
    assert DONATIONS_EN not in summaries
    assert "Tìm đối tác theo tên bất kỳ, tên khác hoặc viết tắt" in summaries

    page.click(".lang-switch a[lang=en]")
    expect(page.locator("#operations-donations-donations_donations_get")).to_contain_text(
        DONATIONS_EN)
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.outside == [] and page.errors == []


@pytest.mark.process
def test_a_vietnamese_browser_gets_redoc_in_vietnamese(browser):
    page = offline_page(browser, browser.api_url, locale="vi-VN")
    page.goto("/redoc")
    expect(page.locator("h1")).to_contain_text("partnergraph", timeout=30_000)
    expect(page.locator("body")).to_contain_text(DONATIONS_VI)

    assert page.evaluate("document.documentElement.lang") == "vi"
    assert page.outside == [] and page.errors == []
