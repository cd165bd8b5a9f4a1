"""Reviewing extracted facts over HTTP, against the real Neo4j and a curated folder of the
test's own: data/seed plus one article (Hope Bridge's gifts to Tuyên Quang) is loaded, its
proposals listed by document with their quotes placed in the text, and every action taken
as an analyst would: accept, edit then accept, reject with a reason, merge a proposed
partner into a known one, promote one, undo. Each answer is checked against the graph and
the files; a bad record changes neither."""

from pathlib import Path

import pytest
import yaml
from pydantic import SecretStr

from reviewing import ARTICLE, HEADERS, KEY, SEED, dump, load, query, use_folder

DOC = "article-943c9358bcebf761"
GIFT = "donation-943c9358-s002-1"  # kits, concentrators and masks to three hospitals
GRANT = "donation-943c9358-s003-1"  # 25,000 USD for commune health stations
MOU = "agreement-943c9358-s005-1"
PROPOSED_UBND = "extracted-ubnd-tinh-tuyen-quang"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / "curated"
    use_folder(monkeypatch, path)
    return path


@pytest.fixture
def graph(db, folder):
    load(db, SEED)
    load(db, ARTICLE)
    return db


@pytest.fixture
def api(make_client, neo4j_settings, folder, graph):
    settings = neo4j_settings.model_copy(update={"api_key": SecretStr(KEY), "curated_dir": folder})
    with make_client(settings) as client:
        yield client


def files(folder: Path) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {p.name: p.read_text() for p in sorted(folder.glob("*.yaml"))}


def curated_records(folder: Path) -> dict[str, dict]:
    found = {}
    for name, text in files(folder).items():
        if name == "review.yaml":
            continue
        for section, records in (yaml.safe_load(text) or {}).items():
            if isinstance(records, list):
                found |= {r["id"]: r for r in records}
    return found


def test_the_queue_lists_the_article_and_each_proposal_places_its_quotes(api):
    queue = api.get("/review/documents").json()
    assert [d["id"] for d in queue["items"]] == [DOC] and queue["total"] == 1
    assert queue["items"][0]["proposals"] >= 6

    review = api.get(f"/review/documents/{DOC}").json()
    text = review["document"]["text"]
    by_id = {p["id"]: p for p in review["proposals"]}
    gift = by_id[GIFT]
    assert gift["type"] == "donation" and gift["status"] == "proposed" and gift["version"] == 0
    assert gift["record"]["donors"] == ["hope-bridge"]
    assert gift["names"]["hope-bridge"].startswith("Hope Bridge")
    assert all(text[q["start"]:q["end"]] == q["text"] for q in gift["quotes"])
    assert {p["type"] for p in review["proposals"]} >= {"donation", "agreement", "partner", "item"}
    assert api.get(f"/review/proposals/{GIFT}").json() == gift
    assert api.get("/review/proposals/no-such-thing").status_code == 404


def test_accept_makes_the_fact_curated_in_the_graph_and_in_the_folder(api, graph, folder):
    answer = api.post(f"/review/proposals/{GIFT}/accept", json={"version": 0}, headers=HEADERS)

    assert answer.status_code == 200, answer.text
    action, proposal = answer.json()["action"], answer.json()["proposal"]
    assert action["kind"] == "accept" and action["who"] == "Lan" and action["proposal"] == GIFT
    assert proposal["status"] == "accepted" and proposal["version"] == 1
    # The hospitals and the test kits it names were proposals too: promoted with it.
    assert set(action["changes"]["promoted"]["to"]) >= {
        "extracted-benh-vien-da-khoa-tinh-tuyen-quang", "extracted-kit-test-nhanh-covid-19"}
    node = query(graph, "MATCH (d:Donation {id: $id})<-[:GAVE]-(p) RETURN d.method AS m, "
                        "d.proposal_record AS rec, d.datasets AS owners, p.id AS donor", id=GIFT)
    assert node == [{"m": "curated", "rec": None, "owners": ["curated"], "donor": "hope-bridge"}]
    records = curated_records(folder)
    assert records[GIFT]["sources"][0]["method"] == "curated"
    assert DOC in records and "hope-bridge" in records
    log = yaml.safe_load((folder / "review.yaml").read_text())["actions"]
    assert [(a["id"], a["kind"], a["who"]) for a in log] == [(action["id"], "accept", "Lan")]
    assert api.get(f"/review/history/{GIFT}").json()["items"][0]["id"] == action["id"]


def test_edit_then_accept_writes_the_edited_record(api, graph, folder):
    record = api.get(f"/review/proposals/{GRANT}").json()["record"]
    record["value"] = {"raw": "25.000 USD"}
    record["recipients_note"] = "nâng cấp trạm y tế xã"

    answer = api.post(f"/review/proposals/{GRANT}/accept", json={"version": 0, "record": record},
                      headers=HEADERS)

    assert answer.status_code == 200, answer.text
    action = answer.json()["action"]
    assert action["kind"] == "edit_accept"
    assert action["changes"]["recipients_note"]["to"] == "nâng cấp trạm y tế xã"
    assert action["changes"]["value"]["to"]["raw"] == "25.000 USD"
    assert query(graph, "MATCH (d:Donation {id: $id}) RETURN d.value_raw AS raw, d.value AS v, "
                        "d.method AS m", id=GRANT) == [{"raw": "25.000 USD", "v": 25000.0, "m": "curated"}]
    assert curated_records(folder)[GRANT]["value"]["raw"] == "25.000 USD"


@pytest.mark.parametrize("change, field", [
    ({"donors": ["no-such-partner"]}, "record.donors.0"),
    ({"value": {"raw": "a great deal"}}, "record.value"),
    ({"when": {"raw": "2024-13-45"}}, "record.when"),
    ({"id": "donation-renamed"}, "record.id"),
])
def test_a_bad_edited_record_is_a_422_naming_the_field_and_nothing_changes(
        api, graph, folder, change, field):
    record = api.get(f"/review/proposals/{GRANT}").json()["record"] | change
    before = dump(graph, owners=True), files(folder)

    answer = api.post(f"/review/proposals/{GRANT}/accept", json={"version": 0, "record": record},
                      headers=HEADERS)

    assert answer.status_code == 422, answer.text
    assert [e["field"] for e in answer.json()["errors"]][0].startswith(field)
    assert (dump(graph, owners=True), files(folder)) == before
    assert api.get(f"/review/proposals/{GRANT}").json()["version"] == 0


def test_reject_removes_the_proposal_and_remembers_why(api, graph, folder):
    assert api.post(f"/review/proposals/{GRANT}/reject", json={"version": 0, "reason": " "},
                    headers=HEADERS).status_code == 422

    answer = api.post(f"/review/proposals/{GRANT}/reject",
                      json={"version": 0, "reason": "the same money as the 2023 grant"},
                      headers=HEADERS)

    assert answer.status_code == 200, answer.text
    assert answer.json()["action"]["reason"] == "the same money as the 2023 grant"
    assert answer.json()["proposal"]["status"] == "rejected"
    assert query(graph, "MATCH (d:Donation {id: $id}) RETURN d", id=GRANT) == []
    rejection, = yaml.safe_load((folder / "review.yaml").read_text())["rejections"]
    assert (rejection["proposal"], rejection["who"], rejection["document"]) == (GRANT, "Lan", DOC)
    listed = api.get("/review/proposals", params={"status": "rejected"}).json()
    assert [p["id"] for p in listed["items"]] == [GRANT]


def test_reading_the_article_again_proposes_neither_a_rejected_nor_an_accepted_record(
        api, graph, folder):
    record = api.get(f"/review/proposals/{GIFT}").json()["record"]
    record["value"] = {"raw": "1,3 tỷ đồng"}
    assert api.post(f"/review/proposals/{GIFT}/accept", json={"version": 0, "record": record},
                    headers=HEADERS).status_code == 200
    assert api.post(f"/review/proposals/{GRANT}/reject", json={"version": 0, "reason": "no"},
                    headers=HEADERS).status_code == 200
    open_before = {p["id"] for p in api.get("/review/proposals").json()["items"]}

    load(graph, ARTICLE)

    assert query(graph, "MATCH (d:Donation {id: $id}) RETURN d", id=GRANT) == []
    assert query(graph, "MATCH (d:Donation {id: $id}) RETURN d.value_raw AS raw, d.method AS m",
                 id=GIFT) == [{"raw": "1,3 tỷ đồng", "m": "curated"}]
    assert {p["id"] for p in api.get("/review/proposals").json()["items"]} == open_before


def test_merge_moves_the_facts_and_names_and_undo_restores_the_graph_exactly(api, graph, folder):
    before = dump(graph, owners=True)

    answer = api.post(f"/review/partners/{PROPOSED_UBND}/merge", json={"into": "tuyen-quang"},
                      headers=HEADERS)

    assert answer.status_code == 200, answer.text
    assert query(graph, "MATCH (p:Partner {id: $id}) RETURN p", id=PROPOSED_UBND) == []
    parties = query(graph, "MATCH (p:Partner)-[:PARTY_TO]->(:Agreement {id: $id}) "
                           "RETURN p.id AS id ORDER BY id", id=MOU)
    assert [p["id"] for p in parties] == ["hope-bridge", "tuyen-quang"]
    assert api.get(f"/review/proposals/{MOU}").json()["record"]["parties"] == [
        "tuyen-quang", "hope-bridge"]
    hits = api.get("/partners", params={"q": "UBND tỉnh Tuyên Quang"}).json()["items"]
    assert hits[0]["id"] == "tuyen-quang"
    merges = yaml.safe_load((folder / "review.yaml").read_text())["merges"]
    assert [(m["from"], m["into"]) for m in merges] == [(PROPOSED_UBND, "tuyen-quang")]

    undo = api.post(f"/review/actions/{answer.json()['action']['id']}/undo", headers=HEADERS)

    assert undo.status_code == 200, undo.text
    assert undo.json()["action"]["undoes"] == answer.json()["action"]["id"]
    assert dump(graph, owners=True) == before
    assert "merges" not in yaml.safe_load((folder / "review.yaml").read_text())
    assert api.get(f"/review/proposals/{PROPOSED_UBND}").json()["status"] == "proposed"


def test_merge_refuses_itself_and_unknown_partners(api):
    assert api.post(f"/review/partners/{PROPOSED_UBND}/merge", json={"into": PROPOSED_UBND},
                    headers=HEADERS).status_code == 422
    assert api.post(f"/review/partners/{PROPOSED_UBND}/merge", json={"into": "atlantis"},
                    headers=HEADERS).status_code == 404
    assert api.post("/review/partners/atlantis/merge", json={"into": "tuyen-quang"},
                    headers=HEADERS).status_code == 404


def test_promote_makes_a_proposed_partner_curated(api, graph, folder):
    answer = api.post(f"/review/partners/{PROPOSED_UBND}/promote", headers=HEADERS)

    assert answer.status_code == 200, answer.text
    assert answer.json()["action"]["kind"] == "promote"
    assert query(graph, "MATCH (p:Partner {id: $id}) RETURN p.method AS m, p.datasets AS o",
                 id=PROPOSED_UBND) == [{"m": "curated", "o": ["curated"]}]
    assert curated_records(folder)[PROPOSED_UBND]["name_vi"] == "UBND tỉnh Tuyên Quang"


def test_undo_of_an_accept_restores_the_graph_and_the_files(api, graph, folder):
    before = dump(graph, owners=True)
    accepted = api.post(f"/review/proposals/{GIFT}/accept", json={"version": 0},
                        headers=HEADERS).json()["action"]

    undo = api.post(f"/review/actions/{accepted['id']}/undo", headers=HEADERS)

    assert undo.status_code == 200, undo.text
    assert dump(graph, owners=True) == before
    assert curated_records(folder) == {}
    assert api.get(f"/review/proposals/{GIFT}").json()["status"] == "proposed"
    again = api.post(f"/review/actions/{accepted['id']}/undo", headers=HEADERS)
    assert again.status_code == 409 and "already undone" in again.json()["detail"]
    log = api.get("/review/actions").json()
    assert [a["kind"] for a in log["items"]] == ["undo", "accept"]
    assert log["items"][1]["undone_by"] == undo.json()["action"]["id"]


def test_undo_is_refused_while_a_later_action_depends_on_it(api):
    promoted = api.post("/review/partners/hope-bridge/promote", headers=HEADERS).json()["action"]
    api.post(f"/review/proposals/{GIFT}/accept", json={"version": 0}, headers=HEADERS)

    answer = api.post(f"/review/actions/{promoted['id']}/undo", headers=HEADERS)

    assert answer.status_code == 409
    assert GIFT in answer.json()["detail"]


def test_a_stale_version_is_a_409_saying_who_decided(api):
    assert api.post(f"/review/proposals/{GIFT}/accept", json={"version": 0},
                    headers=HEADERS).status_code == 200

    late = api.post(f"/review/proposals/{GIFT}/reject", json={"version": 0, "reason": "dup"},
                    headers={**HEADERS, "X-Reviewer": "Minh"})

    assert late.status_code == 409
    assert "Lan" in late.json()["detail"]
    assert late.json()["current"]["status"] == "accepted"


def test_items_are_found_by_any_name(api):
    hits = api.get("/items", params={"q": "khau trang"}).json()["items"]
    assert hits[0]["id"] == "face-mask" and hits[0]["score"] > 0


def test_undo_of_an_edited_accept_takes_back_the_edges_the_edit_made(api, graph, folder):
    before = dump(graph, owners=True)
    record = api.get(f"/review/proposals/{GRANT}").json()["record"]
    record["recipients"] = ["tuyen-quang", "ha-giang"]
    accepted = api.post(f"/review/proposals/{GRANT}/accept",
                        json={"version": 0, "record": record}, headers=HEADERS).json()["action"]
    assert query(graph, "MATCH (:Donation {id: $id})-[:TO]->(p) RETURN p.id AS id ORDER BY id",
                 id=GRANT) == [{"id": "ha-giang"}, {"id": "tuyen-quang"}]

    undo = api.post(f"/review/actions/{accepted['id']}/undo", headers=HEADERS)

    assert undo.status_code == 200, undo.text
    assert dump(graph, owners=True) == before
    assert not list(folder.glob("facts-*.yaml"))


def test_undo_keeps_what_was_made_since_by_anything_else(api, graph, tmp_path):
    """A promoted partner named by a fact loaded after the promotion: undoing the
    promotion makes it a proposal again and leaves the newer fact's edge alone."""
    promoted = api.post("/review/partners/hope-bridge/promote", headers=HEADERS).json()["action"]
    later = tmp_path / "later.yaml"
    later.write_text(yaml.safe_dump({
        "documents": [{"id": "note-1", "title": "A note", "text": "Hope Bridge gave 10 kits."}],
        "donations": [{"id": "donation-note-1", "donors": ["hope-bridge"],
                       "recipients": ["tuyen-quang"],
                       "sources": [{"document": "note-1", "quote": "Hope Bridge gave 10 kits"}]}],
    }, allow_unicode=True))
    load(graph, later)

    undo = api.post(f"/review/actions/{promoted['id']}/undo", headers=HEADERS)

    assert undo.status_code == 200, undo.text
    assert query(graph, "MATCH (p:Partner {id: 'hope-bridge'})-[:GAVE]->(d:Donation "
                        "{id: 'donation-note-1'}) RETURN p.method AS m") == [{"m": "extracted"}]
    assert api.get("/review/proposals/hope-bridge").json()["status"] == "proposed"


def test_kept_figures_stay_true_through_review_actions_and_their_undoing(api, graph):
    """Every kept figure (LINKED strength and the facts a view of it shows, each partner's
    donations by year) equals a recount from the facts after each action: an edited accept
    that adds a recipient, a reject, a merge, and the undoing of each."""
    from test_kept_figures import kept, kept_donations, recount, recount_donations

    def true_after(answer) -> dict:
        assert answer.status_code == 200, answer.text
        assert kept(graph) == recount(graph)
        assert kept_donations(graph) == recount_donations(graph)
        return answer.json()["action"]

    assert kept(graph) == recount(graph)
    record = api.get(f"/review/proposals/{GRANT}").json()["record"]
    done = [true_after(api.post(f"/review/proposals/{GRANT}/accept", headers=HEADERS, json={
        "version": 0, "record": record | {"recipients": ["tuyen-quang", "ha-giang"]}}))]
    done.append(true_after(api.post(f"/review/proposals/{GIFT}/reject", headers=HEADERS,
                                    json={"version": 0, "reason": "told twice"})))
    done.append(true_after(api.post(f"/review/partners/{PROPOSED_UBND}/merge",
                                    json={"into": "tuyen-quang"}, headers=HEADERS)))
    for action in reversed(done):
        true_after(api.post(f"/review/actions/{action['id']}/undo", headers=HEADERS))
