"""Corroboration in the real Neo4j: one hand-over reported by several articles is one
donation citing each of them, whether the articles load together or one after another;
a report whose figures differ is a donation of its own."""

from pathlib import Path

from neo4j import RoutingControl

from loaders import pipeline

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "seed"
# The same gift, told from the giving side and from the receiving side.
GIVEN = ("Ngày 06/03/2024\n\nGNI trao tặng khẩu trang cho Hà Giang\n\nHG - Ngày 5/3/2024, "
         "Tổ chức GNI đã trao tặng tỉnh Hà Giang 2.000 khẩu trang y tế, trị giá 50 triệu "
         "đồng.\n")
RECEIVED = ("07/03/2024 09:00\n\nHà Giang tiếp nhận quà của GNI\n\nHG - Sáng 5/3, tỉnh Hà "
            "Giang tiếp nhận 2.000 khẩu trang y tế do Tổ chức GNI trao tặng, tổng trị giá 50 "
            "triệu đồng.\n")


def _donations(db) -> list[dict]:
    async def run(*, driver, database):
        records, _, _ = await driver.execute_query(
            "MATCH (:Partner {id: 'gni'})-[:GAVE]->(d:Donation {method: 'extracted'}) "
            "RETURN d.id AS id, "
            "COUNT { MATCH (d)-[:CITED_IN]->(doc:Document) RETURN DISTINCT doc } AS documents, "
            "d.value AS value ORDER BY id", database_=database, routing_=RoutingControl.READ)
        return [r.data() for r in records]

    return db.run(run)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_two_articles_of_one_load_reporting_one_gift_make_one_donation(db, tmp_path):
    """Loaded together, the second telling becomes a second source, not a second gift."""
    db.run(pipeline.load, paths=[SEED])

    report = db.run(pipeline.load, paths=[_write(tmp_path, "a.txt", GIVEN),
                                          _write(tmp_path, "b.txt", RECEIVED)])

    assert report.corroborated == 1
    assert [d["documents"] for d in _donations(db)] == [2]


def test_an_article_reporting_a_gift_the_graph_holds_is_cited_by_it(db, tmp_path):
    """Loaded after the first report, the second is cited by the donation already in the
    graph (its quotes become CITED_IN to its own document), and adds no donation."""
    db.run(pipeline.load, paths=[SEED])
    db.run(pipeline.load, paths=[_write(tmp_path, "a.txt", GIVEN)])
    first = _donations(db)

    report = db.run(pipeline.load, paths=[_write(tmp_path, "b.txt", RECEIVED)])

    assert report.corroborated == 1
    assert [d["id"] for d in _donations(db)] == [d["id"] for d in first]
    assert [d["documents"] for d in _donations(db)] == [2]


def test_a_report_with_other_figures_is_another_donation(db, tmp_path):
    """Same donor, recipient and day, but 80 million đồng instead of 50: not the same gift."""
    db.run(pipeline.load, paths=[SEED])
    db.run(pipeline.load, paths=[_write(tmp_path, "a.txt", GIVEN)])

    report = db.run(pipeline.load, paths=[_write(
        tmp_path, "c.txt", RECEIVED.replace("2.000", "3.000").replace("50 triệu", "80 triệu"))])

    assert report.corroborated == 0
    assert sorted(d["value"] for d in _donations(db)) == [50_000_000, 80_000_000]
