"""The keys kept for speed (cypher/README.md, "Keys kept for speed") are derived from the
facts and must say exactly what the facts say: LINKED joins precisely the partners that
share a fact or an affiliation, a reload changes none of it, and a later load of a shared
fact keeps the affiliation's flag. `active_until` orders and filters donations the same
way whichever index the question starts from, and the queries really seek those indexes."""

from datetime import date
from pathlib import Path

import pytest
import yaml
from neo4j import READ_ACCESS

from graph import cypher, readonly
from graph.schema import reindex
from graphdb import fingerprint
from loaders import pipeline

ROOT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).parent / "fixtures" / "mini"
SHARING = "GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN"


def rows(db, query: str) -> list[dict]:
    return db.run(readonly.run_read_only, query=query, row_limit=10**6, timeout=60).rows


def links(db) -> dict[tuple[str, str], bool]:
    return {(r["a"], r["b"]): bool(r["affiliated"]) for r in rows(
        db, "MATCH (a:Partner)-[l:LINKED]->(b:Partner) "
            "RETURN a.id AS a, b.id AS b, l.affiliated AS affiliated")}


def pairs_from_facts(db) -> dict[tuple[str, str], bool]:
    """Computed from the facts and affiliations themselves, independently of LINKED."""
    shared = rows(db, f"MATCH (a:Partner)-[:{SHARING}]-(f)-[:{SHARING}]-(b:Partner) "
                      "WHERE NOT f:Partner AND a.id < b.id RETURN DISTINCT a.id AS a, b.id AS b")
    affiliated = rows(db, "MATCH (a:Partner)-[:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO]-"
                          "(b:Partner) WHERE a.id < b.id RETURN DISTINCT a.id AS a, b.id AS b")
    found = {(r["a"], r["b"]): False for r in shared}
    found.update({(r["a"], r["b"]): True for r in affiliated})
    return found


@pytest.fixture
def seed(db):
    db.run(pipeline.load, paths=[ROOT / "data" / "seed"])
    return db


def test_linked_joins_exactly_the_partners_that_share_a_fact_or_an_affiliation(seed):
    found = links(seed)

    assert found == pairs_from_facts(seed)
    assert len(found) > 20 and any(found.values()) and not all(found.values())
    assert all(a < b for a, b in found)  # one relationship per pair, smaller id first


def test_reloading_changes_no_link(seed):
    before = links(seed)
    seed.run(pipeline.load, paths=[ROOT / "data" / "seed"])

    assert links(seed) == before
    assert rows(seed, "MATCH ()-[l:LINKED]->() RETURN count(l) AS n")[0]["n"] == len(before)


def test_a_shared_fact_loaded_later_keeps_the_affiliation_flag(db, tmp_path):
    data = yaml.safe_load((MINI / "mini.yaml").read_text(encoding="utf-8"))
    hope = next(p for p in data["partners"] if p["id"] == "hope-bridge")
    hope["affiliations"] = [{"target": "kasama", "kind": "member_of"}]
    (tmp_path / "article.txt").write_text((MINI / "article.txt").read_text(encoding="utf-8"),
                                          encoding="utf-8")
    affiliated = tmp_path / "affiliated.yaml"
    affiliated.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    db.run(pipeline.load, paths=[affiliated])
    assert links(db)[("hope-bridge", "kasama")] is True
    db.run(pipeline.load, paths=[MINI / "mini.yaml"])  # the joint donation, no affiliation

    assert links(db)[("hope-bridge", "kasama")] is True
    assert links(db) == pairs_from_facts(db)


# --- Donations: one order and one filter, whichever index the question starts from --------

PERIODS = {  # id → `when` as a source might write it (None: no date known)
    "d-ongoing": "từ năm 2019",          # since 2019, no end: ongoing, newest of all
    "d-2021": "12/3/2021",
    "d-span": "giai đoạn 2018-2020",    # ends 2020-12-31
    "d-undated": None,                  # matches no date filter, sorts last
}


@pytest.fixture
def dated(db, tmp_path):
    data = yaml.safe_load((MINI / "mini.yaml").read_text(encoding="utf-8"))
    quote = data["donations"][0]["sources"][0]
    data["donations"] = [
        {"id": id_, "donors": ["kasama"], "recipients": ["ha-giang"], "sources": [dict(quote)],
         **({"when": when} if when else {})} for id_, when in PERIODS.items()]
    (tmp_path / "article.txt").write_text((MINI / "article.txt").read_text(encoding="utf-8"),
                                          encoding="utf-8")
    path = tmp_path / "dated.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    db.run(pipeline.load, paths=[path])
    return db


@pytest.fixture
def api_graph(dated):
    return dated


@pytest.mark.parametrize("start", ["donor=kasama", "recipient=ha-giang", ""],
                         ids=["from the donor", "from the recipient", "from every donation"])
@pytest.mark.parametrize(("filters", "expected"), [
    ("", ["d-ongoing", "d-2021", "d-span", "d-undated"]),
    ("since=2020-06-01", ["d-ongoing", "d-2021", "d-span"]),
    ("until=2019-06-01", ["d-ongoing", "d-span"]),
    ("since=2021-01-01&until=2021-12-31", ["d-ongoing", "d-2021"]),
], ids=["no bound", "since", "until", "both"])
def test_donations_are_newest_first_and_match_periods_by_overlap(client, start, filters,
                                                                 expected):
    body = client.get(f"/donations?{start}&{filters}").json()

    assert [d["id"] for d in body["items"]] == expected
    assert body["total"] == len(expected)


def test_pages_of_a_partners_donations_follow_one_order(client):
    first = client.get("/donations?donor=kasama&limit=3").json()
    second = client.get(f"/donations?donor=kasama&limit=3&cursor={first['next']}").json()

    assert [d["id"] for d in first["items"] + second["items"]] == list(PERIODS)
    assert first["total"] == second["total"] == 4


@pytest.mark.parametrize("since", [date(2020, 1, 1), None], ids=["since", "any time"])
@pytest.mark.parametrize(("query", "index"), [
    ("queries/donations_given", "GAVE(partner_id, active_until)"),
    ("queries/donations_received", "TO(partner_id, active_until)"),
    ("queries/donations", "Donation(active_until)"),
])
def test_a_page_of_donations_is_an_ordered_index_seek_never_a_sort(dated, query, index, since):
    """The page comes in the index's order, cut by a Limit: a sort would read every matching
    donation (seconds for a donor of 100,000), a partial one every donation tied on the
    last date of the page."""
    async def plan(*, driver, database):
        # As the API sends them: the partner the question starts from is always given.
        params = {"donor": "kasama", "recipient": "ha-giang" if "received" in query else None,
                  "item": None, "since": since, "until": None, "skip": 0,
                  "limit": 50}
        async with driver.session(database=database, default_access_mode=READ_ACCESS) as s:
            result = await s.run("EXPLAIN " + cypher.load(query), params)
            return (await result.consume()).plan

    operators: list[tuple[str, str]] = []

    def walk(node):
        operators.append((node["operatorType"].split("@")[0], node["args"].get("Details", "")))
        for child in node.get("children", []):
            walk(child)

    walk(dated.run(plan))
    names = [name for name, _ in operators]

    # On a graph this small the planner may scan the index rather than seek it (a seek on
    # the 2M-donation graph: BENCHMARKS.md); either way the index gives the order.
    assert any(("IndexSeek" in name or "IndexScan" in name) and index in details
               for name, details in operators), operators
    assert not [n for n in names if "Sort" in n or "Top" in n], names
    assert "Limit" in names, names


def test_reindex_derives_the_keys_of_a_graph_loaded_before_they_existed(seed):
    """A graph without the keys (as an older version loaded it) gets exactly the keys a
    load writes, and running it again changes nothing."""
    loaded = fingerprint(seed)

    async def strip(*, driver, database):
        for query in ("MATCH ()-[l:LINKED]->() DELETE l",
                      "MATCH (d:Donation) REMOVE d.active_until",
                      "MATCH ()-[r:GAVE|TO]->() REMOVE r.partner_id, r.active_until"):
            await driver.execute_query(query, database_=database)

    seed.run(strip)
    assert fingerprint(seed) != loaded
    seed.run(reindex)
    assert fingerprint(seed) == loaded
    seed.run(reindex)
    assert fingerprint(seed) == loaded
