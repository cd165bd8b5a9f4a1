"""Precision and recall of `extract` on the two seed articles, per fact type, against the
curated seed dataset (data/seed/*.yaml), without a database. The table is printed (run
with -s to see it) and the README's "Extracting facts from articles" section reports it;
the floors below are what the extractor achieves, so a regression fails here.

The rules were written while reading these two articles, so these are figures on the
articles the extractor was developed on; tests/test_extract_cases.py checks articles it
was not tuned on."""

from pathlib import Path

import pytest

from extract_scoring import FACT_TYPES, Score, score, table
from loaders import article, pipeline
from partnergraph.domain import Dataset

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "seed"
ARTICLES = {"article-000-a60aab8c022accff": SEED / "articles" / "000_a60aab8c022accff.txt",
            "article-004-47f6c6ea85a0549f": SEED / "articles" / "004_47f6c6ea85a0549f.txt"}
# (precision, recall) floors over both articles.
FLOORS = {"partners": (1.0, 0.85), "donations": (1.0, 1.0), "agreements": (1.0, 1.0),
          "projects": (1.0, 1.0), "engagements": (1.0, 1.0)}


@pytest.fixture(scope="module")
def curated() -> Dataset:
    return pipeline.merge([pipeline.read(p) for p in sorted(SEED.glob("*.yaml"))])


@pytest.fixture(scope="module")
def scores(curated: Dataset) -> dict[str, dict[str, Score]]:
    found: dict[str, dict[str, Score]] = {}
    for doc_id, path in ARTICLES.items():
        extraction = article.extract_file(path, article.Gazetteer.from_files(SEED))
        assert extraction.document.id == doc_id
        found[doc_id] = {t: score(t, extraction.dataset, curated, doc_id, extraction.page.text)
                         for t in FACT_TYPES}
    return found


def test_precision_and_recall_meet_the_floors(scores):
    """Per fact type over both seed articles, precision and recall are at least the floors."""
    total = {t: sum((s[t] for s in scores.values()), Score(0, 0, 0)) for t in FACT_TYPES}
    for doc_id, by_type in scores.items():
        print(f"\n{doc_id}\n{table(by_type)}")
    print(f"\nboth articles\n{table(total)}")

    for fact_type, (precision, recall) in FLOORS.items():
        assert total[fact_type].precision >= precision, fact_type
        assert total[fact_type].recall >= recall, fact_type


def test_every_fact_type_is_found_in_the_articles_that_report_it(scores):
    """No fact type is silently empty: each one the curators found is extracted at least once."""
    for doc_id, by_type in scores.items():
        for fact_type, s in by_type.items():
            assert s.curated == 0 or s.matched > 0, (doc_id, fact_type)


def test_document_metadata_matches_the_curated_documents(curated):
    """Headline, date, publisher and byline are read as the curators read them, and the
    page chrome (today's date line, the poll) is not taken for them."""
    known = {d.id: d for d in curated.documents}
    for doc_id, path in ARTICLES.items():
        doc = article.extract_file(path).document
        want = known[doc_id]
        assert (doc.title, doc.publisher, doc.author) == (want.title, want.publisher, want.author)
        assert (doc.published and doc.published.start) == (want.published and want.published.start)
