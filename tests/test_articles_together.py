"""Several articles in one load: two that name the same partner (an NGO of the gazetteer,
or one neither the gazetteer nor the graph knew) both load, each citing it, and the graph
is the one loading them one after the other makes. An article whose new partner is based
in a country the graph lacks brings the country along instead of being refused."""

from pathlib import Path

import pytest
from reviewing import dump

from loaders import pipeline
from loaders.errors import LoadError

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "seed"
DEV = ROOT / "data" / "extract-corpus" / "dev"
# Both name Plan International and Save the Children, which the gazetteer lists.
QUANG_NINH = DEV / "06-quang-ninh-half-year-ngo.txt"
TUYEN_QUANG = DEV / "115-tuyen-quang-half-year-english.txt"
# Its Overseas Chinese association is new to everything, and based in Taiwan.
DIEN_BIEN = DEV / "02-dien-bien-red-cross-hoa-kieu.txt"


def _load(db, *paths: Path):
    return db.run(pipeline.load, paths=list(paths))


def _partners_cited_by(db, partner_id: str) -> list[str]:
    async def run(*, driver, database):
        records, _, _ = await driver.execute_query(
            "MATCH (:Partner {id: $id})-[:CITED_IN]->(d:Document) RETURN d.id AS d ORDER BY d",
            id=partner_id, database_=database)
        return [r["d"] for r in records]

    return db.run(run)


def test_two_articles_naming_one_partner_load_together_as_one_after_the_other(db):
    _load(db, SEED)
    _load(db, QUANG_NINH)
    _load(db, TUYEN_QUANG)
    apart = dump(db, owners=True)
    db.wipe()
    _load(db, SEED)

    report = _load(db, QUANG_NINH, TUYEN_QUANG)

    assert len(report.plans) == 2
    assert dump(db, owners=True) == apart
    assert len(_partners_cited_by(db, "plan-international")) == 2


def test_one_dataset_declaring_an_id_twice_is_still_refused(db, tmp_path):
    folder = tmp_path / "twice"
    folder.mkdir()
    for name in ("a.yaml", "b.yaml"):
        (folder / name).write_text(
            "items:\n  - id: same-item\n    name_en: rice\n    name_vi: gạo\n",
            encoding="utf-8")

    with pytest.raises(LoadError) as refused:
        _load(db, folder)

    assert "also declared" in str(refused.value)


def test_a_new_partner_brings_its_country_when_the_graph_lacks_it(db):
    _load(db, SEED)

    _load(db, DIEN_BIEN)

    async def run(*, driver, database):
        records, _, _ = await driver.execute_query(
            "MATCH (p:Partner {method: 'extracted'})-[:BASED_IN|IN_COUNTRY]->(c:Place) "
            "RETURN p.id AS p, c.id AS c", database_=database)
        return {r["p"]: r["c"] for r in records}

    assert "taiwan" in db.run(run).values()
