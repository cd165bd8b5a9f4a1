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


# One signing, one visit and one project launch, each told by two sites.
SIGNED = ("17/11/2023 11:10\n\nHà Giang và Vân Nam ký bản ghi nhớ\n\nHG - Ngày 16/11/2023, "
          "UBND tỉnh Hà Giang và tỉnh Vân Nam (Trung Quốc) đã ký kết Biên bản ghi nhớ hợp tác "
          "thương mại.\n")
SIGNED_AGAIN = ("18/11/2023 08:00\n\nHà Giang ký bản ghi nhớ với Vân Nam\n\nHG - Chiều 16/11, "
                "UBND tỉnh Hà Giang và tỉnh Vân Nam đã ký Biên bản ghi nhớ về hợp tác thương "
                "mại biên giới giai đoạn 2024-2026.\n")
VISITED = ("22/05/2024 17:05\n\nChủ tịch UBND tỉnh Lai Châu tiếp Đại sứ Hàn Quốc\n\nLCh - "
           "Chiều 21/5, Chủ tịch UBND tỉnh Lai Châu đã tiếp Đại sứ Hàn Quốc tại Việt Nam.\n")
VISITED_AGAIN = ("23/05/2024 08:00\n\nĐại sứ Hàn Quốc thăm Lai Châu\n\nLCh - Ngày 21/5, Đại sứ "
                 "Hàn Quốc tại Việt Nam đã thăm và làm việc với UBND tỉnh Lai Châu.\n")
LAUNCHED = ("23/05/2024 08:45\n\nKhởi động dự án\n\nNA - Ngày 22/5, tỉnh Nghệ An khởi động dự án "
            "\"Nước sạch cho trường học\" giai đoạn 2024-2027 do KOICA tài trợ, tổng vốn 3,5 "
            "triệu USD.\n")
LAUNCHED_AGAIN = ("24/05/2024 10:00\n\nKOICA tài trợ dự án nước sạch\n\nNA - Ngày 22/5, tỉnh "
                  "Nghệ An khởi động dự án \"Nước sạch cho trường học\" giai đoạn 2024-2027 do "
                  "KOICA tài trợ với tổng vốn 3,5 triệu USD.\n")


def _cited(db, label: str) -> list[int]:
    """How many documents cite each extracted fact of `label` (a closed set, below)."""
    query = {"Agreement": "MATCH (f:Agreement {method: 'extracted'}) ",
             "Engagement": "MATCH (f:Engagement {method: 'extracted'}) ",
             "Project": "MATCH (f:Project {method: 'extracted'}) "}[label]

    async def run(*, driver, database):
        records, _, _ = await driver.execute_query(
            query + "RETURN COUNT { MATCH (f)-[:CITED_IN]->(doc:Document) RETURN DISTINCT doc }"
            " AS documents ORDER BY documents", database_=database,
            routing_=RoutingControl.READ)
        return [r["documents"] for r in records]

    return db.run(run)


def test_one_signing_told_by_two_articles_of_one_load_is_one_agreement(db, tmp_path):
    """Same parties, same kind, signed the same day: the second telling is a source."""
    db.run(pipeline.load, paths=[SEED])

    report = db.run(pipeline.load, paths=[_write(tmp_path, "a.txt", SIGNED),
                                          _write(tmp_path, "b.txt", SIGNED_AGAIN)])

    assert report.corroborated == 1
    assert _cited(db, "Agreement") == [2]


def test_a_visit_the_graph_holds_is_cited_by_a_later_article(db, tmp_path):
    """A reception told from each side, loaded one after the other: one engagement with
    two documents, whatever each calls it (a working meeting, a visit)."""
    db.run(pipeline.load, paths=[SEED])
    db.run(pipeline.load, paths=[_write(tmp_path, "a.txt", VISITED)])

    report = db.run(pipeline.load, paths=[_write(tmp_path, "b.txt", VISITED_AGAIN)])

    assert report.corroborated == 1
    assert _cited(db, "Engagement") == [2]


def test_a_project_launch_told_twice_is_one_project_and_another_budget_is_not(db, tmp_path):
    """Same funder, period and budget: one project. The same launch with another budget
    is a project of its own."""
    db.run(pipeline.load, paths=[SEED])
    db.run(pipeline.load, paths=[_write(tmp_path, "a.txt", LAUNCHED)])

    twice = db.run(pipeline.load, paths=[_write(tmp_path, "b.txt", LAUNCHED_AGAIN)])
    other = db.run(pipeline.load, paths=[_write(
        tmp_path, "c.txt", LAUNCHED_AGAIN.replace("3,5 triệu", "5 triệu"))])

    assert (twice.corroborated, other.corroborated) == (1, 0)
    assert _cited(db, "Project") == [1, 2]
