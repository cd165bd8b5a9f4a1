"""The Cypher power user's path in the real Neo4j Browser: Debian's Chromium opens the
Browser the test Neo4j serves, connects over Bolt, plays the API's guide as the README
says, runs a slide's query with two clicks and sees its rows; every request the page
makes is recorded, and none may leave the machine. Screenshots go to
tests/artifacts/browser/."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from playwright.sync_api import Browser, Page, expect
from served import chromium, is_loopback_url, serving

from api.app import create_app
from loaders import pipeline

# The API is served by uvicorn (tests/served.py), which the marking rules do not see into.
pytestmark = pytest.mark.process

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "browser"
CONNECT_TIMEOUT = 60_000  # ms: the Browser's first connection includes its own start-up


@pytest.fixture(scope="module")
def api_url(module_db, neo4j_settings) -> Iterator[str]:
    module_db.run(pipeline.load, paths=[ROOT / "data" / "seed"])
    with serving(create_app(neo4j_settings)) as url:
        yield url


@pytest.fixture(scope="module")
def browser(api_url) -> Iterator[Browser]:
    # After api_url: Playwright's sync API keeps an event loop running in this thread,
    # and loading the seed needs one of its own.
    with chromium() as browser:
        yield browser


@pytest.fixture
def browser_page(browser, neo4j_settings, request) -> Iterator[Page]:
    """Neo4j Browser connected to the test Neo4j. Every request beyond loopback is
    recorded in `page.outside` and refused, as a machine without internet would."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.outside = []

    def guard(route):
        if is_loopback_url(route.request.url):
            route.continue_()
        else:
            page.outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page.goto(f"http://127.0.0.1:{neo4j_settings.neo4j_http_port}/browser/")
    address = re.sub(r"^\w+(\+\w+)?://", "", neo4j_settings.bolt_uri)
    page.fill("[data-testid=boltaddress]", address)
    page.fill("[data-testid=username]", neo4j_settings.neo4j_user)
    page.fill("[data-testid=password]", neo4j_settings.neo4j_password.get_secret_value())
    page.click("[data-testid=connect]")
    page.wait_for_selector("text=You are connected as user", timeout=CONNECT_TIMEOUT)
    # The managed server's own commands on connect (:style and :play of the API it expects,
    # not served here) are let finish first: a :play typed while Browser still fetches
    # theirs was answered "No guide by that name" now and then.
    page.locator("[data-testid=frame]").filter(
        has=page.locator("[data-testid=frameCommand]", has_text=":play")).filter(
        has_text=re.compile("No guide by that name|partnergraph")).first.wait_for(
        timeout=CONNECT_TIMEOUT)
    yield page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{request.node.name}.png")
    context.close()


def run_command(page: Page, command: str) -> None:
    """Type a command into Browser's editor and run it, as a user does."""
    page.locator("[data-testid=activeEditor]").click()
    page.keyboard.type(command)
    page.click("[data-testid=editor-Run]")


def frame_of(page: Page, command: str):
    """The newest frame of a command (the managed server's own `:play` on connect may have
    left an older one)."""
    return page.locator("[data-testid=frame]").filter(
        has=page.locator("[data-testid=frameCommand]", has_text=command)).first


def test_the_guide_plays_and_a_slide_runs_with_two_clicks(browser_page, api_url):
    """`:play <api>/guide` shows the guide; on the Guangxi slide, ▶ on the :param block and
    ▶ on the query show the donations Guangxi gave since 2020 as result rows."""
    page = browser_page
    run_command(page, f":play {api_url}/guide")
    guide = frame_of(page, f":play {api_url}/guide").locator("[data-testid=carousel]")
    expect(guide).to_contain_text("partnergraph", timeout=CONNECT_TIMEOUT)

    guide.locator("[data-testid=nextSlide]").click()
    expect(guide.locator("h3:visible").first).to_have_text("All Guangxi donations since 2020")
    params, query = guide.locator("pre.runnable:visible").all()
    params.locator("i.fa-play-circle-o").click()
    # Each :param line of the query's "Try it" succeeds in turn; then the parameters are as
    # Browser holds them, 50 an integer, as LIMIT needs.
    set_params = frame_of(page, ":param donor => 'guangxi'")
    lines = (ROOT / "cypher" / "queries" / "donations_given.cypher").read_text().count(":param ")
    expect(set_params.locator("[title='Status: success']")).to_have_count(lines)
    run_command(page, ":params")
    expect(page.locator("[data-testid=rawParamData]").first).to_contain_text('"limit": 50\n')
    query.locator("i.fa-play-circle-o").click()
    result = frame_of(page, "// donations_given:")
    expect(result).to_contain_text("donation-2020-2022-vero-cell", timeout=30_000)

    assert "donation-2020-2022-yunnan-guangxi" in result.inner_text()
    assert page.outside == []


def test_every_named_query_is_reachable_from_the_guide(browser_page, api_url):
    """The guide's last slide plays the guide of every named query: one slide per file of
    cypher/queries/, each with its HTTP request."""
    page = browser_page
    run_command(page, f":play {api_url}/guide/queries")
    guide = frame_of(page, f":play {api_url}/guide/queries").locator("[data-testid=carousel]")
    expect(guide).to_contain_text("Every named query", timeout=CONNECT_TIMEOUT)

    count = len(list((ROOT / "cypher" / "queries").glob("*.cypher")))
    expect(guide).to_contain_text(f"1 / {count + 1}")
    guide.locator("[data-testid=nextSlide]").click()
    expect(guide.locator("h3:visible").first).to_have_text("Agreements in force on a date")
    assert "GET /agreements?partner=world-bank&active_on=2023-01-01" in guide.inner_text()
    assert page.outside == []


def test_the_style_applies_from_the_api(browser_page, api_url):
    """`:style <api>/guide/partnergraph.grass` (what the managed Neo4j runs on connect)
    loads the project's style into the Browser."""
    page = browser_page
    run_command(page, f":style {api_url}/guide/partnergraph.grass")

    expect(frame_of(page, f":style {api_url}")).to_contain_text("node.Partner", timeout=30_000)
    assert page.outside == []


def test_connecting_runs_the_servers_post_connect_commands(browser_page, neo4j_settings):
    """On connect, Browser runs what the server's `browser.post_connect_cmd` says: the
    style and the guide of the API (the managed server writes them for API_PORT)."""
    # The synchronous driver: Playwright's event loop runs in this thread.
    auth = (neo4j_settings.neo4j_user, neo4j_settings.neo4j_password.get_secret_value())
    with GraphDatabase.driver(neo4j_settings.bolt_uri, auth=auth) as driver:
        records, _, _ = driver.execute_query(
            "CALL dbms.clientConfig() YIELD name, value "
            "WHERE name = 'browser.post_connect_cmd' RETURN value")
    commands = [command.strip() for command in records[0]["value"].split(";")]

    assert [command.split()[0] for command in commands] == ["style", "play"]
    for command in commands:
        expect(frame_of(browser_page, f":{command}")).to_be_visible(timeout=30_000)
    assert browser_page.outside == []
