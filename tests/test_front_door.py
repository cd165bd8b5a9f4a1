"""The pages a new user opens first, in Debian's Chromium on a machine without internet:
the front door at / and its links, and the API docs at /docs and /redoc served from local
files. Every request beyond loopback is refused and recorded; none may be made.
Screenshots go to tests/artifacts/front-door/."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, Page, expect
from served import chromium, is_loopback_url, serving

from api.app import create_app

# The API is served by uvicorn (tests/served.py), which the marking rules do not see into.
pytestmark = pytest.mark.process

ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "front-door"


@pytest.fixture(scope="module")
def api_url(neo4j_settings) -> Iterator[str]:
    with serving(create_app(neo4j_settings)) as url:
        yield url


@pytest.fixture(scope="module")
def browser(api_url) -> Iterator[Browser]:
    with chromium() as browser:
        yield browser


@pytest.fixture
def page(browser, api_url, request) -> Iterator[Page]:
    """A page offline: requests beyond loopback are refused and kept in `page.outside`;
    console errors and uncaught exceptions are kept in `page.errors`."""
    context = browser.new_context(viewport={"width": 1300, "height": 900}, base_url=api_url)
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
    yield page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{request.node.name}.png", full_page=True)
    context.close()


def test_docs_list_the_operations_offline(page):
    """/docs draws Swagger UI from the API's own files: the partnergraph title and the
    operations are listed, and a README question is filled in its parameters."""
    page.goto("/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("partnergraph")
    expect(page.locator(".opblock-summary-path").first).to_be_visible()

    paths = page.locator(".opblock-summary-path").all_inner_texts()
    page.locator("#operations-donations-donations_donations_get").click()
    donor = page.locator("#operations-donations-donations_donations_get tr[data-param-name=donor]")

    assert {"/donations", "/partners", "/cypher", "/guide"} <= {p.strip() for p in paths}
    assert "quang tay" in donor.inner_text()
    assert page.outside == [] and page.errors == []


def test_redoc_lists_the_operations_offline(page):
    """/redoc draws ReDoc from the API's own files, with the README's examples."""
    page.goto("/redoc")
    expect(page.locator("h1")).to_contain_text("partnergraph", timeout=30_000)

    text = page.inner_text("body")

    assert "Donations by donor, recipient, period and item" in text
    assert "GET /donations?donor=quang tay&since=2020" in text
    assert page.outside == [] and page.errors == []


def test_the_front_door_links_everything_and_each_link_answers(page, api_url,
                                                               neo4j_settings):
    """/ says what partnergraph is and links the explorer, the docs, the guides, the style,
    the health check and the Neo4j Browser, with the guide command to paste; every link on
    this machine answers, and following the explorer's link opens it."""
    page.goto("/")
    links = {a.get_attribute("rel"): a.get_attribute("href") for a in page.locator("li a").all()}
    answers = {rel: page.request.get(href).status for rel, href in links.items()}
    page.click("a[rel=explorer]")
    page.wait_for_selector("body[data-state=ready]")

    browser = f"http://127.0.0.1:{neo4j_settings.neo4j_http_port}/browser/"
    assert page.url == f"{api_url}/explore"
    assert links["neo4j-browser"] == browser
    assert set(links) >= {"explorer", "docs", "reference", "openapi", "guide", "queries",
                          "style", "health"}
    assert all(status == 200 for status in answers.values()), answers
    assert page.outside == [] and page.errors == []


def test_the_front_door_answers_json_to_api_clients(neo4j_settings):
    """A client that asks for JSON gets the same links, and the guide command."""
    with TestClient(create_app(neo4j_settings)) as client:
        json = client.get("/", headers={"Accept": "application/json"})
        html = client.get("/")

    body = json.json()
    assert json.headers["content-type"] == "application/json"
    assert html.headers["content-type"].startswith("text/html")
    assert body["guide_command"] == ":play http://testserver/guide"
    assert body["guide_command"] in html.text
    assert [link["href"] for link in body["links"]] == re.findall(r'<li><a href="([^"]+)"',
                                                                  html.text)
