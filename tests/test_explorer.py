"""The explorer at /explore, in a real browser: Debian's Chromium driven by Playwright,
against the API served by uvicorn over the real Neo4j with data/seed loaded. Every test
leaves a screenshot in tests/artifacts/explorer/ for a person to look at."""

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import served
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, Page

from api.app import create_app
from api.routers import explore
from graph.model import Label
from loaders import pipeline

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts" / "explorer"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
VERO_CELL_QUOTE = "100.000 liều vắc xin phòng Covid-19 Vero Cell"
ARTICLE_004 = "article-004-47f6c6ea85a0549f"


@pytest.fixture(scope="module")
def base_url(module_db, neo4j_settings) -> Iterator[str]:
    """The API with the seed graph, served by uvicorn in a thread on a free port."""
    module_db.run(pipeline.load, paths=[SEED])
    with served.serving(create_app(neo4j_settings)) as url:
        yield url


@pytest.fixture(scope="module")
def browser(base_url) -> Iterator[Browser]:
    # After base_url: Playwright's sync API keeps an event loop running in this thread,
    # and loading the seed needs one of its own.
    with served.chromium() as browser:
        yield browser


@pytest.fixture
def page(browser: Browser, base_url: str, request) -> Iterator[Page]:
    """The explorer, loaded and laid out; `page.errors` collects console errors and
    uncaught exceptions, and the test ends with a screenshot."""
    context = browser.new_context(viewport={"width": 1400, "height": 850},
                                  accept_downloads=True, base_url=base_url)
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto("/explore")
    page.wait_for_selector("body[data-state=ready]")
    yield page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{request.node.name}.png")
    context.close()


def visible_ids(page: Page, selector: str = "*") -> set[str]:
    return set(page.evaluate(
        "s => explorer.cy.elements(s).not('.hidden').map(e => e.id())", selector))


def shown(page: Page) -> tuple[int, int]:
    status = page.locator("#status")
    return int(status.get_attribute("data-nodes")), int(status.get_attribute("data-edges"))


def click_node(page: Page, node_id: str) -> None:
    """A real mouse click on a node, once it is brought to the middle of the view."""
    page.evaluate("id => { explorer.cy.center(explorer.cy.$id(id)); }", node_id)
    box = page.locator("#cy").bounding_box()
    at = page.evaluate("id => explorer.cy.$id(id).renderedPosition()", node_id)
    page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])


def test_page_loads_without_console_errors_and_draws_the_seed_network(page, base_url):
    """Every script and library loads from the API itself with no console error; every
    partner of GET /graph is drawn, coloured by kind, sized by what it gave or received,
    with donation flows as arrows from donor to recipient; the legend names the kinds."""
    api_partners = {n["id"] for n in page.request.get(f"{base_url}/graph").json()["nodes"]
                    if n["label"] == "Partner"}

    drawn = visible_ids(page, "node[label = 'Partner']")
    sizes = dict(page.evaluate("explorer.cy.nodes().map(n => [n.id(), n.data('size')])"))
    flows = page.evaluate("explorer.cy.edges(\"[kind = 'donation']\").map(e => "
                          "[e.source().id(), e.target().id(), e.style('target-arrow-shape')])")
    colour = page.evaluate("explorer.cy.$id('Partner:ffi').style('background-color')")

    assert page.errors == []
    assert drawn == api_partners and len(drawn) > 15
    assert ["Partner:guangxi", "Partner:ha-giang", "triangle"] in flows
    assert sizes["Partner:ha-giang"] > sizes["Partner:guangxi"] > sizes["Partner:world-bank"]
    assert colour == "rgb(46,158,91)"  # foreign_ngo green
    legend = page.inner_text("#legend")
    assert "Foreign NGO" in legend and "Donation" in legend
    assert shown(page)[0] > 20


def test_searching_quang_tay_selects_guangxi(page):
    """The search box uses the API's search: "quang tay" (no diacritics) finds Guangxi
    first, and Enter selects it and opens its details."""
    page.fill("#search-input", "quang tay")
    first = page.locator("#search-results li").first
    first.wait_for()
    first_text = first.inner_text()
    page.press("#search-input", "Enter")
    page.wait_for_selector("#panel .donations")

    assert "Guangxi" in first_text
    assert page.inner_text("#panel .title") == "Guangxi Zhuang Autonomous Region"
    assert page.evaluate("explorer.cy.$(':selected').map(e => e.id())") == ["Partner:guangxi"]
    assert page.errors == []


def test_clicking_guangxi_shows_its_donations_with_quotes_linked_to_the_document(page):
    """A click on the Guangxi node lists the donations it gave with their source quotes;
    each quote links to the document page, which shows the text with the quote marked."""
    click_node(page, "Partner:guangxi")
    given = page.locator("#panel .donations[data-side=given]")
    given.wait_for()

    vero = given.locator("li.donation[data-id=donation-2020-2022-vero-cell]")
    quotes = vero.locator("blockquote").all_inner_texts()
    href = (vero.locator("ul.sources li", has_text=VERO_CELL_QUOTE)
            .locator("a.source-link").get_attribute("href"))
    assert re.match(r"Donations given: [1-9]", given.locator("h3").inner_text())
    assert any(VERO_CELL_QUOTE in q for q in quotes)
    assert href.startswith(f"/explore/documents/{ARTICLE_004}?quote=")

    page.goto(href)
    page.wait_for_selector("body[data-state=ready]")
    assert VERO_CELL_QUOTE in page.inner_text("mark.wanted")
    assert page.errors == []


def test_clicking_a_partner_brings_in_its_neighbours(page):
    """Opened on one partner's neighbourhood, the view grows when a neighbour is clicked:
    its own neighbours (GET /graph?center=…&depth=1) join the picture."""
    page.goto("/explore?center=ffi&depth=1")
    page.wait_for_selector("body[data-state=ready]")
    before = visible_ids(page, "node[label = 'Partner']")

    click_node(page, "Partner:ha-giang")
    page.wait_for_function("explorer.cy.nodes(\"[label = 'Partner']\").length > %d" % len(before))
    page.wait_for_selector("body[data-state=ready]")
    after = visible_ids(page, "node[label = 'Partner']")

    assert "Partner:ha-giang" in before and "Partner:guangxi" not in before
    assert before < after and "Partner:guangxi" in after
    assert page.inner_text("#panel .title") == "Hà Giang Province"
    assert page.errors == []


def test_a_partial_neighbourhood_says_so_and_widens_on_request(page):
    """A view that holds only the strongest part of a neighbourhood (Hà Giang within two
    links, five nodes at most) says so over the picture; "Show more" asks for it again
    with twice the nodes, until the whole neighbourhood is in and the notice goes."""
    assert page.locator("#partial").is_hidden()  # the whole seed network fits
    page.goto("/explore?center=ha-giang&depth=2&limit=5")
    page.wait_for_selector("body[data-state=ready]")
    notice = page.locator("#partial")
    first = visible_ids(page, "node[label = 'Partner']")

    text = notice.inner_text()
    for _ in range(4):
        if notice.is_hidden():
            break
        page.click("#partial-widen")
        page.wait_for_selector("body[data-state=ready]")
    wider = visible_ids(page, "node[label = 'Partner']")

    assert "strongest part of Hà Giang Province's neighbourhood" in text
    assert "Partner:ha-giang" in first and len(first) <= 5
    assert first < wider and notice.is_hidden()
    assert page.errors == []


def test_clicking_a_donation_link_shows_the_fact_and_its_sources(page):
    """A donation edge, when clicked, shows the donation's value, period and quotes."""
    edge = "[fact = 'Donation:donation-2020-2022-yunnan-guangxi'][target = 'Partner:ha-giang']"
    page.evaluate(f"() => {{ explorer.cy.edges(\"{edge}\").first().emit('tap'); }}")
    panel = page.locator("#panel")
    panel.locator(".fact-sources").wait_for()

    text = panel.inner_text()
    assert "hơn 45,2 tỷ VNĐ" in text and "giai đoạn 2020-2022" in text
    assert "Yunnan Province" in text and "Guangxi Zhuang Autonomous Region" in text
    assert panel.locator(".fact-sources blockquote").count() == 2


def test_clicking_an_affiliation_reads_its_sources(page):
    """The view carries no properties of its edges: an affiliation, when clicked, is read
    (GET /graph/edge) and shows the quote it rests on."""
    edge = "[type = 'PART_OF'][target = 'Partner:ha-giang'][kind = 'affiliation']"
    source = page.evaluate(f"() => explorer.cy.edges(\"{edge}\")"
                           ".filter(e => e.source().id() === 'Partner:ha-giang-peoples-committee')"
                           ".map(e => {{ e.emit('tap'); return e.source().id(); }})")
    panel = page.locator("#panel")
    panel.locator(".fact-sources blockquote").first.wait_for()

    assert source == ["Partner:ha-giang-peoples-committee"]
    assert panel.locator(".fact-sources blockquote").all_inner_texts() == [
        "Ủy ban nhân dân tỉnh Hà Giang"]
    assert "part of" in panel.locator(".title").inner_text()
    assert page.errors == []


def test_filters_change_what_is_shown(page):
    """Unticking a partner kind hides those partners and their links; a donated item keeps
    only the donations that include it and their partners; clearing brings all back."""
    before = shown(page)
    page.uncheck("#filter-kinds input[value=foreign_ngo]")
    no_ngo = visible_ids(page)
    after_kind = shown(page)

    page.click("#filter-clear")
    page.fill("#filter-item", "vero cell")
    page.press("#filter-item", "Enter")
    page.locator("#filter-item-note").wait_for()
    item_nodes = visible_ids(page, "node")
    item_facts = set(page.evaluate(
        "explorer.cy.edges().not('.hidden').map(e => e.data('fact'))"))

    page.click("#filter-clear")
    assert after_kind[0] < before[0] and after_kind[1] < before[1]
    assert "Partner:ffi" not in no_ngo and "Partner:ha-giang" in no_ngo
    assert item_nodes == {"Partner:guangxi", "Partner:ha-giang"}
    assert item_facts == {"Donation:donation-2020-2022-vero-cell"}
    assert shown(page) == before
    assert page.errors == []


def test_period_and_country_filters(page):
    """A period keeps the facts that overlap it; a country keeps that country's partners."""
    page.fill("#filter-since", "2030")
    page.press("#filter-since", "Enter")
    later = shown(page)
    page.click("#filter-clear")
    page.select_option("#filter-country", "china")
    chinese = visible_ids(page, "node[label = 'Partner']")

    assert later == (0, 0)
    assert "Partner:guangxi" in chinese and "Partner:yunnan" in chinese
    assert "Partner:ha-giang" not in chinese


def test_facts_can_be_drawn_as_nodes(page):
    """"Facts as nodes" draws the graph as the API holds it: donations become nodes."""
    page.select_option("#mode", "nodes")
    page.wait_for_function("explorer.cy.nodes(\"[label = 'Donation']\").length > 3")
    assert "Donation:donation-2020-2022-vero-cell" in visible_ids(page, "node")


def test_png_and_graphml_export_the_current_view(page, tmp_path):
    """PNG gives a real image of the graph; GraphML gives exactly the visible nodes and
    edges, with their attributes."""
    page.uncheck("#filter-kinds input[value=multilateral]")
    with page.expect_download() as png:
        page.click("#export-png")
    with page.expect_download() as graphml:
        page.click("#export-graphml")
    png_path = tmp_path / "view.png"
    png.value.save_as(png_path)
    graphml_path = tmp_path / "view.graphml"
    graphml.value.save_as(graphml_path)

    data = png_path.read_bytes()
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and width > 300 and height > 200
    graph = ET.parse(graphml_path).getroot().find(f"{GRAPHML}graph")
    nodes = {n.get("id") for n in graph.iter(f"{GRAPHML}node")}
    assert nodes == visible_ids(page, "node")
    assert len(list(graph.iter(f"{GRAPHML}edge"))) == shown(page)[1]
    assert "Partner:world-bank" not in nodes
    assert page.errors == []


def test_explorer_files_come_from_a_closed_list(neo4j_settings, monkeypatch):
    """Only the listed files are served; a missing library install is a clear 503."""
    with TestClient(create_app(neo4j_settings)) as client:
        assert client.get("/explore/assets/..%2Fpackage.json").status_code == 404
        assert client.get("/explore/vendor/left-pad.js").status_code == 404
        monkeypatch.setitem(explore.VENDOR, "cytoscape.min.js", Path("/nonexistent.js"))
        response = client.get("/explore")
    assert response.status_code == 503
    assert "make install" in response.json()["detail"]


def test_chromium_is_debians(browser):
    """The browser is the system Chromium, not a downloaded build."""
    assert shutil.which("chromium") == str(served.CHROMIUM)
    assert re.match(r"\d+\.", browser.version)


def test_browser_style_gives_every_label_a_colour_and_a_caption():
    """cypher/browser/partnergraph.grass styles each label of graph/model.py with a colour
    and a property caption, so Neo4j Browser draws the explorer's picture language."""
    text = (Path(__file__).resolve().parent.parent / "cypher" / "browser"
            / "partnergraph.grass").read_text()
    blocks = {m[1]: dict(re.findall(r"([\w-]+):\s*([^;]+);", m[2]))
              for m in re.finditer(r"^([\w.]+) \{$(.*?)^\}$", text, re.M | re.S)}

    for label in Label:
        style = blocks[f"node.{label}"]
        assert re.fullmatch(r"#[0-9a-fA-F]{6}", style["color"]), label
        assert re.fullmatch(r'"\{(name|title)\}"', style["caption"]), label
    colours = [blocks[f"node.{label}"]["color"] for label in Label]
    assert len(set(colours)) == len(colours)
