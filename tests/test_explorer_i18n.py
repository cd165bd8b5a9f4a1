"""The explorer and the document page in Vietnamese and English, in Debian's Chromium: the
language follows the browser's (its Accept-Language), a switch changes it and is
remembered, `?lang=` chooses it, text the page adds later is translated too, and the quotes
stay as their sources wrote them. Fonts covering Vietnamese and Chinese are installed.
Screenshots go to tests/artifacts/explorer/."""

import shutil
import subprocess
from pathlib import Path

import pytest

from test_explorer import ARTICLE_004, ARTIFACTS, base_url, browser  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent


def open_page(browser, base_url, path="/explore", locale="vi-VN"):  # noqa: F811
    context = browser.new_context(viewport={"width": 1400, "height": 850}, locale=locale,
                                  base_url=base_url)
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(path)
    page.wait_for_selector("body[data-state=ready]")
    return page


def test_a_vietnamese_browser_gets_the_explorer_in_vietnamese(browser, base_url):  # noqa: F811
    page = open_page(browser, base_url)

    assert page.evaluate("document.documentElement.lang") == "vi"
    assert page.inner_text("#filters summary") == "Bộ lọc"
    assert page.get_attribute("#search-input", "placeholder") == \
        "Tìm đối tác: tên bất kỳ, tên khác, viết tắt…"
    assert "Tổ chức phi chính phủ nước ngoài" in page.inner_text("#legend")
    assert page.inner_text("#filter-kinds").count("Chính quyền địa phương (") == 1
    assert page.inner_text("#status").startswith("Đang hiện ")
    assert page.get_attribute(".lang-switch button[value=vi]", "aria-pressed") == "true"
    assert page.errors == []
    page.screenshot(path=ARTIFACTS / "explorer-vi.png")


def test_a_partner_s_details_come_in_vietnamese_and_its_quotes_as_written(browser, base_url):  # noqa: F811,E501
    page = open_page(browser, base_url)
    page.fill("#search-input", "广西")
    page.locator("#search-results li").first.wait_for()
    page.press("#search-input", "Enter")
    page.wait_for_selector("#panel .donations")

    headings = page.locator("#panel h3").all_inner_texts()
    assert any(h.startswith("Viện trợ đã tặng: ") for h in headings), headings
    assert "Nguồn về đối tác này" in headings
    quotes = " ".join(page.locator("#panel blockquote").all_inner_texts())
    assert "100.000 liều vắc xin phòng Covid-19 Vero Cell" in quotes
    assert page.errors == []
    page.screenshot(path=ARTIFACTS / "explorer-vi-guangxi.png")


def test_the_switch_changes_the_language_and_is_remembered(browser, base_url):  # noqa: F811
    page = open_page(browser, base_url, locale="en-GB")
    assert page.inner_text("#filters summary") == "Filters"

    page.click(".lang-switch button[value=vi]")
    assert page.inner_text("#filters summary") == "Bộ lọc"
    page.reload()
    page.wait_for_selector("body[data-state=ready]")
    assert page.inner_text("#filters summary") == "Bộ lọc"

    page.click(".lang-switch button[value=en]")
    assert page.inner_text("#filters summary") == "Filters"
    assert page.get_attribute("#search-input", "placeholder") == \
        "Find a partner: any name, alias, acronym…"
    assert page.inner_text("#status").endswith("partners loaded)")
    assert page.errors == []


def test_lang_in_the_address_chooses_the_language(browser, base_url):  # noqa: F811
    page = open_page(browser, base_url, path="/explore?lang=en", locale="vi-VN")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.inner_text("#filters summary") == "Filters"


def test_the_document_page_in_vietnamese(browser, base_url):  # noqa: F811
    page = open_page(browser, base_url, path=f"/explore/documents/{ARTICLE_004}")

    headings = page.locator("h3").all_inner_texts()
    assert "Văn bản" in headings
    assert any(h.startswith("Các dữ kiện lấy từ tài liệu: ") for h in headings)
    # The facts are named in Vietnamese, the English beside.
    facts = [f.split("\n")[0] for f in page.locator(".facts-cited li").all_inner_texts()]
    assert any(f.startswith("Donation: 100.000 liều vắc xin phòng Covid-19 Vero Cell")
               and " · 100,000 doses" in f for f in facts), facts
    assert page.errors == []


def test_fonts_for_vietnamese_and_chinese_are_installed_and_named_by_the_pages():
    """make install and the Docker image install Noto: Chinese aliases never show as boxes."""
    fc_match = shutil.which("fc-match")
    assert fc_match, "fontconfig is installed with Chromium"
    for lang, family in (("zh-cn", "Noto Sans CJK"), ("vi", "Noto")):
        found = subprocess.run([fc_match, f":lang={lang}", "family"], capture_output=True,
                               text=True, check=True).stdout
        assert family in found, (lang, found)
    assert "fonts-noto-cjk" in (ROOT / "Makefile").read_text()
    assert "fonts-noto-cjk" in (ROOT / "Dockerfile").read_text()
    assert '"Noto Sans CJK SC"' in (ROOT / "web" / "src" / "explorer.css").read_text()


@pytest.fixture(autouse=True)
def _artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)


@pytest.mark.parametrize(("locale", "partner", "line"), [
    ("en-GB", "Tuyen Quang", "Includes Hà Giang Province, merged into it on 2025-07-01: its "
                             "donations are listed here."),
    ("vi-VN", "Tuyen Quang", "Gồm cả tỉnh Hà Giang, đã sáp nhập vào từ ngày 01/07/2025: "
                             "các khoản viện trợ của đơn vị đó được liệt kê ở đây."),
    ("en-GB", "Ha Giang", "Merged into Tuyên Quang Province on 2025-07-01."),
    ("vi-VN", "Ha Giang", "Đã sáp nhập vào tỉnh Tuyên Quang từ ngày 01/07/2025."),
])
def test_a_merged_unit_shows_both_names_and_its_history(browser, base_url, locale, partner,  # noqa: F811,E501
                                                       line):
    """Hà Giang, merged into Tuyên Quang on 2025-07-01: each one's panel says so, Tuyên
    Quang's lists Hà Giang's donations, and both show their names in the page's language
    with the other beside."""
    page = open_page(browser, base_url, locale=locale)
    page.fill("#search-input", partner)
    page.locator("#search-results li").first.wait_for()
    page.press("#search-input", "Enter")
    page.wait_for_selector("#panel .donations")

    assert page.locator("#panel .history p").all_inner_texts() == [line]
    names = page.inner_text("#panel .both-names")
    vi, en = {"Tuyen Quang": ("tỉnh Tuyên Quang", "Tuyên Quang Province"),
              "Ha Giang": ("tỉnh Hà Giang", "Hà Giang Province")}[partner]
    assert names == (f"{vi} · {en}" if locale == "vi-VN" else f"{en} · {vi}")
    if partner == "Tuyen Quang":
        given = page.locator("#panel .donations[data-side=given] h3").inner_text()
        assert given.endswith(": 4")  # Hà Giang's four donations
    assert page.errors == []
    page.screenshot(path=ARTIFACTS / f"explorer-history-{locale}-{partner[:2]}.png")


GUANGXI_VI, GUANGXI_EN = "Khu tự trị dân tộc Choang Quảng Tây", "Guangxi Zhuang Autonomous Region"


def node_names(page) -> dict[str, str]:
    return page.evaluate("Object.fromEntries(explorer.cy.nodes().map((n) => "
                         "[n.id(), n.data('name')]))")


def test_names_in_the_explorer_follow_the_language_with_the_other_beside(browser, base_url):  # noqa: F811,E501
    """In Vietnamese the graph's labels, the search results and the panel name partners in
    Vietnamese, the English beside; switching to English names them in English, without
    reloading the page."""
    page = open_page(browser, base_url)
    assert node_names(page)["Partner:guangxi"] == GUANGXI_VI
    assert node_names(page)["Partner:ha-giang"] == "tỉnh Hà Giang"

    page.fill("#search-input", "quang tay")
    first = page.locator("#search-results li").first
    first.wait_for()
    assert first.inner_text().startswith(f"{GUANGXI_VI} · {GUANGXI_EN}")
    page.press("#search-input", "Enter")
    page.wait_for_selector("#panel .donations")
    assert page.inner_text("#panel h2.title") == GUANGXI_VI
    assert page.inner_text("#panel .both-names") == f"{GUANGXI_VI} · {GUANGXI_EN}"
    received = page.inner_text("#panel .donations[data-side=given]")
    assert "tỉnh Hà Giang" in received  # the recipient, named in Vietnamese
    selected = page.evaluate("explorer.cy.$id('Partner:guangxi').data('both')")
    assert selected == f"{GUANGXI_VI}\n{GUANGXI_EN}"
    page.screenshot(path=ARTIFACTS / "explorer-vi-names.png")

    page.click(".lang-switch button[value=en]")
    page.wait_for_function("document.querySelector('#panel h2.title')?.textContent === "
                           f"{GUANGXI_EN!r}")
    page.wait_for_selector("body[data-state=ready]")
    assert node_names(page)["Partner:guangxi"] == GUANGXI_EN
    assert node_names(page)["Partner:ha-giang"] == "Hà Giang Province"
    assert page.inner_text("#panel .both-names") == f"{GUANGXI_EN} · {GUANGXI_VI}"
    assert page.errors == []
    page.screenshot(path=ARTIFACTS / "explorer-en-names.png")


def test_an_unknown_item_in_the_filter_names_the_nearest_words(browser, base_url):  # noqa: F811
    """The API refuses an item word no item has with a 422 naming the nearest words: the
    filter says so, in Vietnamese, and keeps no donation."""
    page = open_page(browser, base_url)
    page.fill("#filter-item", "khau tranng")
    page.press("#filter-item", "Enter")
    note = page.locator("#filter-item-note")
    note.wait_for()

    assert note.inner_text() == "Không có hàng này. Gần giống: khẩu trang"
    # Chromium logs the refused request itself; the page raised nothing.
    assert [e for e in page.errors if "status of 422" not in e] == []
