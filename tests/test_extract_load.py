"""Loading articles into the real Neo4j: `load` of a .txt or .html article writes its
extracted facts marked as such, loading it again changes nothing, and the extracted facts
sit beside the curated seed data without touching it — told apart in the API (sources say
`method` and `confidence`) and in Neo4j Browser (`method: 'extracted'` on the fact and on
its CITED_IN)."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from neo4j import RoutingControl

from api.app import create_app
from graph.gazetteer import gazetteer_rows
from loaders import article, pipeline
from loaders.errors import LoadError

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "seed"
ARTICLE_000 = SEED / "articles" / "000_a60aab8c022accff.txt"
HTML = Path(__file__).parent / "fixtures" / "articles" / "ha-giang-gyeonggi.html"
TEXT = Path(__file__).parent / "fixtures" / "articles" / "tuyen-quang-hope-bridge.txt"


def _query(db, cypher: str, **params) -> list[dict]:
    async def run(*, driver, database):
        records, _, _ = await driver.execute_query(cypher, params, database_=database,
                                                   routing_=RoutingControl.READ)
        return [r.data() for r in records]

    return db.run(run)


def _load(db, *paths: Path):
    return db.run(pipeline.load, paths=list(paths))


def test_an_article_loads_its_facts_marked_extracted_beside_the_curated_ones(db):
    """The seed's own article 000, loaded after the seed: its facts arrive as new nodes
    marked extracted, citing the curated document, which keeps its curated properties."""
    _load(db, SEED)
    curated_before = _query(db, "MATCH (n) WHERE n.method = 'curated' RETURN count(n) AS n")
    document_before = _query(db, "MATCH (d:Document {id: 'article-000-a60aab8c022accff'}) "
                                 "RETURN properties(d) AS p")

    _load(db, ARTICLE_000)

    extracted = _query(db, "MATCH (f {method: 'extracted'})-[c:CITED_IN]->(d:Document) "
                           "RETURN head(labels(f)) AS label, c.method AS method, "
                           "c.confidence AS confidence, d.id AS document")
    labels = {row["label"] for row in extracted}
    assert labels == {"Donation", "Agreement", "Project", "Engagement"}
    assert all(r["method"] == "extracted" and 0 < r["confidence"] <= 1 for r in extracted)
    assert {r["document"] for r in extracted} == {"article-000-a60aab8c022accff"}
    assert _query(db, "MATCH (n) WHERE n.method = 'curated' RETURN count(n) AS n") == curated_before
    assert _query(db, "MATCH (d:Document {id: 'article-000-a60aab8c022accff'}) "
                      "RETURN properties(d) AS p") == document_before


def test_loading_the_same_article_twice_changes_nothing(db):
    """Ids derive from the text, so the second load merges onto the first."""
    _load(db, SEED)
    _load(db, HTML)
    before = db.stats()

    _load(db, HTML)

    assert db.stats() == before


def test_a_new_article_brings_its_document_and_proposed_partners(db):
    """An article the graph does not know becomes a Document with its text; partners the
    graph does not know are created, marked extracted, with their country (Gyeonggi from
    data/gazetteer, with its listed id)."""
    _load(db, SEED)

    _load(db, HTML)

    docs = _query(db, "MATCH (d:Document) WHERE d.title STARTS WITH 'Hà Giang và Gyeonggi' "
                      "RETURN d.published_start AS published, d.text AS text")
    assert len(docs) == 1 and str(docs[0]["published"]) == "2023-09-22"
    assert "Tin khác" not in docs[0]["text"]
    partner = _query(db, "MATCH (p:Partner {id: 'gyeonggi'})-[:IN_COUNTRY]->(c) "
                         "RETURN p.method AS method, c.id AS country")
    assert partner == [{"method": "extracted", "country": "south-korea"}]


def test_the_api_tells_extracted_sources_from_curated_ones(db, neo4j_settings):
    """GET /donations gives each source its method, and a confidence only when extracted."""
    _load(db, SEED)
    _load(db, ARTICLE_000)

    with TestClient(create_app(neo4j_settings)) as client:
        body = client.get("/donations", params={"donor": "ha-giang", "limit": 50}).json()

    sources = [s for d in body["items"] for s in d["sources"]]
    extracted = [s for s in sources if s["method"] == "extracted"]
    curated = [s for s in sources if s["method"] == "curated"]
    assert extracted and curated
    assert all(0 < s["confidence"] <= 1 for s in extracted)
    assert all("confidence" not in s for s in curated)


def test_an_article_citing_partners_the_graph_lacks_is_refused_whole(db):
    """Loaded into an empty graph, the seed article's known partners are missing: the load
    names them and writes nothing."""
    with pytest.raises(LoadError) as error:
        _load(db, ARTICLE_000)

    assert "unknown partner 'yunnan'" in str(error.value)
    assert db.stats().nodes == {}


def test_names_the_graph_knows_are_resolved_on_the_next_extraction(db):
    """After an article is loaded, its proposed partners are in the graph: extracting it
    again with the graph's names proposes none, and cites the same ids."""
    _load(db, SEED)
    _load(db, TEXT)
    gazetteer = article.Gazetteer.from_files(SEED)
    gazetteer.add_graph_rows(db.run(gazetteer_rows))

    extraction = article.extract_file(TEXT, gazetteer)

    assert extraction.dataset.partners == []
    assert extraction.dataset.home == "tuyen-quang"
    donors = {p for d in extraction.dataset.donations for p in d.donors}
    assert donors == {"hope-bridge", "tuyen-quang"}  # Hope Bridge as data/gazetteer lists it


def test_an_article_that_is_not_utf8_is_refused_naming_the_file(db, tmp_path):
    """Bytes that are not UTF-8 text: one problem naming the file, nothing written."""
    bad = tmp_path / "bai-viet.txt"
    bad.write_bytes(b"\xff\xfe Ha Giang")

    with pytest.raises(LoadError) as error:
        _load(db, bad)

    assert "bai-viet.txt" in str(error.value) and "utf-8" in str(error.value)
    assert db.stats().nodes == {}
