"""Proposals are visible as such: with an article's extracted facts loaded next to the
curated seed, every list says of each fact and partner whether it is a proposal (as the
graph's `method` says), `proposals=include|exclude|only` picks them on every list, and the
totals leave them out unless asked, saying how many they left out."""

from pathlib import Path

import pytest

from graphdb import load, read_rows

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "seed"
ARTICLE = Path(__file__).parent / "fixtures" / "articles" / "ha-giang-gyeonggi.html"

LISTS = {"/donations": "Donation", "/agreements": "Agreement", "/projects": "Project",
         "/engagements": "Engagement", "/partners": "Partner"}


@pytest.fixture(scope="module")
def api_graph(module_db):
    load(module_db, SEED)
    load(module_db, ARTICLE)
    return module_db


def _ids(db, label: str, extracted: bool) -> set[str]:
    rows = db.run(read_rows, text="MATCH (n) WHERE $label IN labels(n) "
                  "AND coalesce(n.method = 'extracted', false) = $extracted RETURN n.id AS id",
                  label=label, extracted=extracted)
    return {r["id"] for r in rows}


def _all(client, url: str, **params) -> list[dict]:
    answer = client.get(url, params={"limit": 200, **params})
    assert answer.status_code == 200, answer.text
    assert answer.json()["next"] is None
    return answer.json()["items"]


@pytest.mark.parametrize("url", LISTS)
def test_each_list_flags_its_items_and_picks_them_by_mode(client, api_graph, url):
    """include: every record, each flagged as the graph says; only: exactly the extracted
    ones; exclude: exactly the curated ones."""
    proposed, curated = _ids(api_graph, LISTS[url], True), _ids(api_graph, LISTS[url], False)
    assert proposed and curated  # the article brought some of each list's records

    everything = _all(client, url)
    assert {i["id"]: i["proposal"] for i in everything} == \
        {**{i: True for i in proposed}, **{i: False for i in curated}}
    assert {i["id"] for i in _all(client, url, proposals="only")} == proposed
    assert {i["id"] for i in _all(client, url, proposals="exclude")} == curated
    assert client.get(url, params={"proposals": "maybe"}).status_code == 422


def test_partners_inside_facts_say_whether_they_are_proposals(client, api_graph):
    """Donors, recipients, parties and participants carry the partner's own flag."""
    proposed = _ids(api_graph, "Partner", True)
    seen = []
    for url, roles in [("/donations", ["donors", "recipients"]), ("/agreements", ["parties"]),
                       ("/projects", ["funders", "implementers", "beneficiaries"]),
                       ("/engagements", ["participants"])]:
        for fact in _all(client, url):
            for role in roles:
                seen += [(p["id"], p["proposal"]) for p in fact[role]]
    assert seen and all(flag == (pid in proposed) for pid, flag in seen)
    assert any(flag for _, flag in seen) and not all(flag for _, flag in seen)


def test_donated_items_say_whether_they_are_proposals(client, api_graph):
    proposed = _ids(api_graph, "Item", True)
    lines = [(i["item"], i["proposal"]) for d in _all(client, "/donations") for i in d["items"]]
    assert {item for item, flag in lines if flag} == proposed != set()
    assert any(not flag for _, flag in lines)


def test_partner_search_and_detail_flag_a_proposed_partner(client, api_graph):
    proposed = sorted(_ids(api_graph, "Partner", True))
    hit = client.get("/partners", params={"q": "Gyeonggi"}).json()["items"][0]
    assert hit["id"] in proposed and hit["proposal"] is True
    excluded = client.get("/partners", params={"q": "Gyeonggi", "proposals": "exclude"})
    assert hit["id"] not in {h["id"] for h in excluded.json()["items"]}
    assert client.get(f"/partners/{hit['id']}").json()["proposal"] is True


def test_a_partner_s_counts_say_how_many_of_its_facts_are_proposals(client, api_graph):
    facts = api_graph.run(read_rows, text="MATCH (:Partner {id: 'ha-giang'})--(f) "
                          "WHERE f.method = 'extracted' AND (f:Donation OR f:Agreement OR "
                          "f:Project OR f:Engagement) RETURN count(DISTINCT f) AS n")[0]["n"]
    assert facts >= 1
    assert client.get("/partners/ha-giang").json()["counts"]["proposals"] == facts
    assert client.get("/partners/guangxi").json()["counts"]["proposals"] == 0
    assert client.get("/partners/guangxi").json()["proposal"] is False


def test_linked_partners_flag_partners_and_the_nodes_of_their_paths(client, api_graph):
    proposed = _ids(api_graph, "Partner", True)
    facts = set().union(*(_ids(api_graph, label, True)
                          for label in ("Donation", "Agreement", "Project", "Engagement")))
    items = _all(client, "/partners/ha-giang/linked", max_hops=1)
    assert {i["partner"]["id"] for i in items if i["partner"]["proposal"]} == \
        proposed & {i["partner"]["id"] for i in items} != set()
    for item in items:
        for step in item["path"]["steps"]:
            assert step["node"]["proposal"] == (step["node"]["id"] in proposed | facts)
    only = _all(client, "/partners/ha-giang/linked", max_hops=1, proposals="only")
    assert only and all(i["partner"]["proposal"] for i in only)
    excluded = _all(client, "/partners/ha-giang/linked", max_hops=1, proposals="exclude")
    assert excluded and not any(i["partner"]["proposal"] for i in excluded)
    assert len(only) + len(excluded) == len(items)


def test_the_graph_view_flags_nodes_and_leaves_proposals_out_on_request(client, api_graph):
    proposed = set().union(*(_ids(api_graph, label, True) for label in LISTS.values()))
    view = client.get("/graph").json()
    flagged = {n["props"]["id"] for n in view["nodes"] if n["proposal"]}
    assert flagged == proposed & {n["props"]["id"] for n in view["nodes"]} != set()
    without = client.get("/graph", params={"proposals": "exclude"}).json()
    assert not any(n["proposal"] for n in without["nodes"])
    assert not any(e["proposal"] for e in without["edges"])
    kept = {n["id"] for n in without["nodes"]}
    assert all(e["source"] in kept and e["target"] in kept for e in without["edges"])
    only = client.get("/graph", params={"proposals": "only"}).json()
    # The proposals, with the curated partners they would attach to, and nothing else.
    assert {n["props"]["id"] for n in only["nodes"] if n["proposal"]} == flagged
    proposed_keys = {n["id"] for n in only["nodes"] if n["proposal"]}
    assert all(e["proposal"] or {e["source"], e["target"]} & proposed_keys
               for e in only["edges"])
    attached = {end for e in only["edges"] for end in (e["source"], e["target"])}
    assert {n["id"] for n in only["nodes"]} == proposed_keys | attached


def test_a_document_says_which_of_its_facts_are_proposals(client, api_graph):
    rows = api_graph.run(read_rows, text="MATCH (d:Document) WHERE d.title STARTS WITH "
                         "'Hà Giang và Gyeonggi' RETURN d.id AS id")
    facts = client.get(f"/documents/{rows[0]['id']}").json()["facts"]
    assert facts and all(f["proposal"] is True for f in facts)
    seed_doc = client.get("/documents/article-004-47f6c6ea85a0549f").json()["facts"]
    assert seed_doc and not any(f["proposal"] for f in seed_doc)


def _group_ids(answer: dict) -> set[str]:
    return {i for g in answer["groups"] for i in g["donation_ids"]}


def test_donation_totals_leave_proposals_out_unless_asked_and_say_so(client, api_graph):
    proposed = _ids(api_graph, "Donation", True)
    default = client.get("/stats/donations", params={"group_by": "year"}).json()
    assert default == client.get("/stats/donations",
                                 params={"group_by": "year", "proposals": "exclude"}).json()
    assert default["proposals"] == "exclude"
    assert default["proposals_excluded"] == len(proposed)
    assert not _group_ids(default) & proposed
    assert all(g["proposals"] == 0 for g in default["groups"])

    included = client.get("/stats/donations",
                          params={"group_by": "year", "proposals": "include"}).json()
    assert included["proposals_excluded"] == 0
    assert _group_ids(included) == _group_ids(default) | proposed
    assert sum(g["proposals"] for g in included["groups"]) == len(proposed)
    for g in included["groups"]:
        assert g["proposals"] == len(set(g["donation_ids"]) & proposed)

    only = client.get("/stats/donations", params={"group_by": "year", "proposals": "only"}).json()
    assert _group_ids(only) == proposed


def test_the_aid_report_leaves_proposals_out_unless_asked_and_says_so(client, api_graph):
    proposed = _ids(api_graph, "Donation", True)
    default = client.get("/reports/aid").json()
    listed = {d["id"] for d in default["donations"]}
    assert not listed & proposed
    assert default["proposals"] == "exclude" and default["proposals_excluded"] >= 1
    assert default["total"]["proposals"] == 0
    assert any(f"{default['proposals_excluded']} donation(s) extracted" in n
               for n in default["notes"])

    included = client.get("/reports/aid", params={"proposals": "include"}).json()
    flagged = {d["id"] for d in included["donations"] if d["proposal"]}
    assert flagged and flagged <= proposed
    assert len(flagged) == default["proposals_excluded"] == included["total"]["proposals"]
    assert included["total"]["donations"] == default["total"]["donations"] + len(flagged)
    assert {d["id"] for d in included["donations"] if not d["proposal"]} == listed


def test_openapi_documents_the_parameter_and_its_defaults(client):
    paths = client.get("/openapi.json").json()["paths"]
    expected = {"/donations": "include", "/agreements": "include", "/projects": "include",
                "/engagements": "include", "/partners": "include",
                "/partners/{id}/linked": "include", "/graph": "include",
                "/stats/donations": "exclude", "/reports/aid": "exclude"}
    for path, default in expected.items():
        param = next(p for p in paths[path]["get"]["parameters"] if p["name"] == "proposals")
        assert param["schema"]["default"] == default, path
        assert "proposal" in param["description"], path
