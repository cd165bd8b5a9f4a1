"""The review loop in Debian's Chromium, end to end: an article loaded next to data/seed
brings its proposals to /review, with their quotes marked in its text; the analyst promotes
a proposed partner, accepts a proposed item, rejects another with a reason, edits a
donation with the pickers (another donor, another item, a quantity) and accepts it, merges
a proposed partner into an existing one; the API's answers change accordingly (checked over
HTTP); the merge is undone; and data/seed plus the curated folder, loaded into an empty
database, give the same graph. A screenshot of the edit is left on the way in
tests/artifacts/review/ for a person to compare with the README's (docs/review.png)."""

import json
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect
from pydantic import SecretStr
from served import chromium, serving

from api.app import create_app
from graph import readonly
from graphdb import load
from partnergraph.settings import get_settings
from reviewing import use_folder

# The API is served by uvicorn (tests/served.py), which the marking rules do not see into.
pytestmark = [pytest.mark.process, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "seed"
# "châu Văn Sơn" gives vaccines and thermometers to Cao Bằng: the Wenshan of the seed.
ARTICLE = ROOT / "data" / "extract-corpus" / "dev" / "35-cao-bang-wenshan-vaccine.txt"
SCREENSHOT = ROOT / "tests" / "artifacts" / "review" / "review.png"
KEY = "review-test-key-0123456789abcdef"
REVIEWER = "Nguyễn Thị Lan"
WENSHAN = "wenshan-foreign-affairs-office"
THERMOMETER = "handheld-thermometer"
# Review's own bookkeeping and the history of loads tell how the graph was made, not what
# it holds; `datasets` names the files a record came from, which reviewing changes.
BOOKKEEPING = ["Load", "ReviewAction", "ReviewState"]


def _rows(db, query: str) -> list[dict]:
    return db.run(readonly.run_read_only, query=query, row_limit=10**6, timeout=60).rows


def _proposals(db) -> dict[str, str]:
    """id → label of every proposal the article brought."""
    return {r["id"]: r["label"] for r in _rows(
        db, "MATCH (n {method: 'extracted'}) RETURN n.id AS id, head(labels(n)) AS label")}


def _kept(v: str) -> str:
    """Cypher: node `v` is a record (not bookkeeping) and no proposal."""
    return (f"NOT any(l IN labels({v}) WHERE l IN {BOOKKEEPING!r}) "
            f"AND coalesce({v}.method, '') <> 'extracted'")


def curated_graph(db) -> tuple[list, list]:
    """Every record that is not a proposal, and the relationships between them, sorted."""
    nodes = _rows(db, f"MATCH (n) WHERE {_kept('n')} "
                      "RETURN labels(n) AS labels, properties(n) AS props")
    rels = _rows(db, f"MATCH (n)-[r]->(b) WHERE {_kept('n')} AND {_kept('b')} "
                     "RETURN n.id AS a, type(r) AS type, b.id AS b, properties(r) AS props")
    for row in nodes + rels:
        row["props"].pop("datasets", None)
    return (sorted(json.dumps(r, sort_keys=True, default=str) for r in nodes),
            sorted(json.dumps(r, sort_keys=True, default=str) for r in rels))


def card(page: Page, id: str):
    return page.locator(f'article.proposal[data-id="{id}"]')


def pick(box, query: str, id: str) -> None:
    """Type into a picker and choose the hit with this id."""
    box.locator("input.picker").fill(query)
    box.locator(f'button.pick[data-id="{id}"]').click()


def done(page: Page, text: str) -> None:
    """The page said it, and shows the state after it (it reads everything again)."""
    expect(page.locator("#message")).to_contain_text(text)
    expect(page.locator("body")).to_have_attribute("data-state", "ready")
    expect(page.locator("#message")).not_to_have_class("message error")


@pytest.fixture
def settings(neo4j_settings, tmp_path, monkeypatch):
    """The API's settings with a key and a curated folder of the test's own, which the
    article reader (it reads the process's settings) uses too."""
    folder = tmp_path / "curated"
    use_folder(monkeypatch, folder)
    yield neo4j_settings.model_copy(update={"api_key": SecretStr(KEY), "curated_dir": folder})
    monkeypatch.undo()
    get_settings.cache_clear()


def test_an_article_goes_from_load_to_curated_facts_in_the_browser(db, settings):
    load(db, SEED)
    load(db, ARTICLE)
    proposed = _proposals(db)
    donation = next(i for i, label in proposed.items() if label == "Donation")
    donor = "extracted-chau-van-son"
    recipient = "extracted-so-ngoai-vu-tinh-cao-bang"
    vaccine, thermometer = "extracted-vac-xin-phong-covid-19", "extracted-may-do-than-nhiet"
    assert {donation, donor, recipient, vaccine, thermometer} <= set(proposed)

    with serving(create_app(settings)) as base, chromium() as browser, \
            httpx.Client(base_url=base) as http:
        page = browser.new_context(viewport={"width": 1500, "height": 950}, base_url=base,
                                   locale="en-GB").new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto("/review?lang=en")
        page.fill("#api-key", KEY)
        page.fill("#reviewer", REVIEWER)
        page.click("#signin button[type=submit]")

        # The queue holds the article; its proposals come with their quotes marked.
        document = http.get("/review/documents").json()["items"][0]["id"]
        page.click(f'button.doc[data-id="{document}"]')
        expect(card(page, donation)).to_be_visible()
        shown = set(page.locator("article.proposal").evaluate_all(
            "cards => cards.map(c => c.dataset.id)"))
        assert {donation, donor, recipient, vaccine, thermometer} <= shown
        assert page.locator(f'mark[data-proposal="{donation}"]').count() >= 1
        card(page, donation).locator("button.quote").first.click()
        expect(page.locator("mark.shown")).to_have_count(1)

        # The recipient is a new partner: promoted.
        card(page, recipient).locator("button.promote").click()
        done(page, "Promoted")

        # The donation: châu Văn Sơn is Wenshan, the thermometers the seed's item, and the
        # vaccine doses are edited as written.
        edit = card(page, donation)
        donors = edit.locator('.field[data-field="donors"]')
        donors.locator(f'.chip[data-id="{donor}"] button.remove').click()
        pick(donors, "Wenshan", WENSHAN)
        line = edit.locator(f'.item-line[data-item="{thermometer}"]')
        pick(line, "thermometer", THERMOMETER)
        edit.locator(f'.item-line[data-item="{vaccine}"] input[name=quantity]').fill(
            "50.000 liều")
        expect(edit.locator("button.accept")).to_have_text("Edit and accept")
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOT)
        edit.locator("button.accept").click()
        done(page, "Edited and accepted")

        # The thermometer item no fact names any more: rejected, with the reason.
        card(page, thermometer).locator("button.reject").click()
        card(page, thermometer).locator("textarea[name=reason]").fill(
            "the seed already has this item: handheld-thermometer")
        card(page, thermometer).locator("button.confirm-reject").click()
        done(page, "Rejected")

        given = http.get("/donations", params={"donor": WENSHAN}).json()["items"]
        accepted = next(d for d in given if d["id"] == donation)
        assert accepted["proposal"] is False
        assert [p["id"] for p in accepted["recipients"]] == [recipient]
        assert accepted["recipients"][0]["proposal"] is False
        assert {i["item"] for i in accepted["items"]} == {vaccine, THERMOMETER}
        assert http.get(f"/partners/{recipient}").json()["proposal"] is False
        assert http.get("/stats/donations").json()["proposals_excluded"] == \
            len(http.get("/donations", params={"proposals": "only"}).json()["items"])
        rejected = http.get(f"/review/proposals/{thermometer}").json()
        assert rejected["status"] == "rejected"
        history = http.get(f"/review/history/{donation}").json()
        entries = history if isinstance(history, list) else history["items"]
        assert [(a["kind"], a["who"]) for a in entries] == [("edit_accept", REVIEWER)]
        assert {i["item"]: i["quantity"] for i in accepted["items"]}[vaccine] == 50000

        # châu Văn Sơn, the proposed partner, merged into Wenshan: its name finds Wenshan.
        name = http.get(f"/partners/{donor}").json()["name"]
        merging = card(page, donor)
        pick(merging.locator(".partner-actions"), "Wenshan", WENSHAN)
        done(page, "Merged")
        assert http.get(f"/partners/{donor}").status_code == 404
        found = http.get("/partners", params={"q": "châu Văn Sơn"}).json()["items"]
        assert found[0]["id"] == WENSHAN
        assert name in http.get(f"/partners/{WENSHAN}").json()["aliases"]

        # Undone from the message the merge left: the proposed partner is back as it was.
        page.locator("#message button.undo").click()
        done(page, "Undone")
        back = http.get(f"/partners/{donor}").json()
        assert back["proposal"] is True
        assert name not in http.get(f"/partners/{WENSHAN}").json()["aliases"]
        # Its card is back, and its history tells the merge and its undo, by whom.
        card(page, donor).locator("details.history summary").click()
        actions = card(page, donor).locator(".history-list li.action")
        expect(actions).to_have_count(2)
        assert [a.get_attribute("data-kind") for a in actions.all()] == ["merge", "undo"]
        expect(actions.first).to_contain_text("undone")
        expect(actions.first).to_contain_text(REVIEWER)
        assert errors == []

    # The files keep the truth: data/seed and the curated folder rebuild the curated graph,
    # and the article loaded again proposes nothing that was decided.
    reviewed, reviewed_proposals = curated_graph(db), _proposals(db)
    assert thermometer not in reviewed_proposals and donation not in reviewed_proposals
    db.wipe()
    load(db, SEED, settings.curated_dir)
    assert curated_graph(db) == reviewed
    load(db, ARTICLE)
    assert curated_graph(db) == reviewed
    assert _proposals(db) == reviewed_proposals


def test_in_vietnamese_a_proposal_decided_meanwhile_is_said_with_its_state(db, settings):
    """The page in Vietnamese: a wrong key is refused and asked for again; then two
    reviewers, one proposal: another reviewer accepts the donation first (over HTTP), the
    page's accept is refused (409) and the page says who decided and how it stands now."""
    load(db, SEED)
    load(db, ARTICLE)
    donation = next(i for i, label in _proposals(db).items() if label == "Donation")

    with serving(create_app(settings)) as base, chromium() as browser, \
            httpx.Client(base_url=base) as http:
        page = browser.new_context(viewport={"width": 1500, "height": 950}, base_url=base,
                                   locale="vi-VN").new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto("/review")
        expect(page.locator("#signin h2")).to_have_text("Đăng nhập để duyệt")
        page.fill("#api-key", "not-the-key")
        page.fill("#reviewer", "Trần Văn Minh")
        page.click("#signin button[type=submit]")
        document = http.get("/review/documents").json()["items"][0]["id"]
        page.click(f'button.doc[data-id="{document}"]')
        mine = card(page, donation)
        expect(mine.locator('.field[data-field="donors"] label')).to_have_text("Bên tặng")
        expect(mine.locator("button.accept")).to_have_text("Chấp nhận")

        # A wrong key is refused (401), said, and asked for again; nothing was decided.
        mine.locator("button.accept").click()
        expect(page.locator("#message")).to_have_class("message error")
        expect(page.locator("#signin")).to_be_visible()
        assert http.get(f"/review/proposals/{donation}").json()["status"] == "proposed"
        page.fill("#api-key", KEY)
        page.click("#signin button[type=submit]")

        version = http.get(f"/review/proposals/{donation}").json()["version"]
        first = http.post(f"/review/proposals/{donation}/accept", json={"version": version},
                          headers={"X-API-Key": KEY, "X-Reviewer": "other-reviewer"})
        assert first.status_code == 200, first.text
        mine.locator("button.accept").click()

        message = page.locator("#message")
        expect(message).to_have_class("message error")
        expect(message).to_contain_text("other-reviewer")
        expect(message).to_contain_text("Hiện tại: đã chấp nhận")
        # The page reads the queue again: the decided donation is no longer offered.
        expect(card(page, donation)).to_have_count(0)
        page.click(".lang-switch button[value=en]")
        expect(page.locator("#signin h2")).to_have_text("Sign in to review")
        assert errors == []
