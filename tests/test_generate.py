"""The synthetic data generator: same seed gives the same files, its output passes every
check of the loader (validation, references, verbatim quotes), it loads into the real
Neo4j, and its donors follow a power law with the headline partners near the top."""

import filecmp
from collections import Counter
from pathlib import Path

import pytest

from loaders import pipeline
from loaders.synthetic import SIZES, Size, generate
from partnergraph.domain import Dataset

TINY = Size(partners=300, agreements=200, projects=200, donations=3_000, engagements=50,
            policies=3)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tiny")
    generate(out=out, size=TINY, seed=7)
    return out


@pytest.fixture(scope="module")
def dataset(tiny: Path) -> Dataset:
    return pipeline.merge(pipeline.read_all([tiny]))


def test_same_seed_writes_identical_files_and_another_seed_differs(tiny, tmp_path):
    again, other = tmp_path / "again", tmp_path / "other"
    generate(out=again, size=TINY, seed=7)
    generate(out=other, size=TINY, seed=8)

    names = sorted(p.name for p in tiny.iterdir() if p.is_file())
    match, mismatch, errors = filecmp.cmpfiles(tiny, again, names, shallow=False)
    assert mismatch == [] and errors == [] and len(match) == len(names)
    assert (tiny / "030-donations-0000.json").read_bytes() != (
        other / "030-donations-0000.json").read_bytes()


def test_record_counts_are_the_requested_size(dataset):
    assert len(dataset.partners) == TINY.partners
    assert len(dataset.agreements) == TINY.agreements
    assert len(dataset.projects) == TINY.projects
    assert len(dataset.donations) == TINY.donations
    assert len(dataset.engagements) == TINY.engagements
    assert dataset.home == "ha-giang"


def test_large_size_meets_the_scale_the_product_promises():
    large = SIZES["large"]

    assert large.partners >= 50_000 and large.donations >= 2_000_000
    assert large.agreements >= 200_000 and large.projects >= 200_000


def test_donors_are_skewed_a_few_give_much_many_give_little(dataset):
    gifts = Counter(d for donation in dataset.donations for d in donation.donors)
    ranked = [n for _, n in gifts.most_common()]
    top_share = sum(ranked[:10]) / sum(ranked)

    assert top_share > 0.2  # ten donors of about 300 give a fifth or more of the gifts
    assert sum(1 for n in ranked if n <= 3) > len(ranked) / 3  # a long tail of rare donors
    assert "guangxi" in [p for p, _ in gifts.most_common(5)]


def test_figures_keep_currencies_bounds_and_periods_of_every_precision(dataset):
    values = [d.value for d in dataset.donations if d.value]
    periods = [d.when for d in dataset.donations if d.when]

    assert {"VND", "USD", "CNY", "KRW", "JPY", "EUR"} <= {v.currency for v in values}
    assert {"exact", "lower_bound", "approximate"} <= {v.qualifier for v in values}
    assert {"day", "month", "year"} <= {p.precision for p in periods}
    assert len(periods) < len(dataset.donations)  # some dates are unknown


def test_headline_partners_and_the_ngo_network_exist(dataset):
    partners = {p.id: p for p in dataset.partners}
    offices = [p for p in dataset.partners
               if any(a.target == "good-neighbors-international" for a in p.affiliations)]

    assert "Quảng Tây" in partners["guangxi"].aliases
    assert partners["good-neighbors-international"].kind == "foreign_ngo"
    assert len(offices) >= 5
    assert any(dataset.direction(d) == "inbound" for d in dataset.donations)
    assert any(dataset.direction(d) == "outbound" for d in dataset.donations)


def test_generated_files_load_into_the_graph_with_every_quote_checked(db, tmp_path):
    out = tmp_path / "seed"
    generate(out=out, size=SIZES["seed"], seed=1)
    expected = pipeline.merge(pipeline.read_all([out]))

    report = db.run(pipeline.load, paths=[out])

    stats = db.stats()
    facts = [r for _, _, r in expected.records() if getattr(r, "sources", None)]
    assert report.records == sum(1 for _ in expected.records())
    assert stats.nodes["Partner"] == SIZES["seed"].partners
    assert stats.nodes["Donation"] == SIZES["seed"].donations
    assert stats.nodes["Document"] == len(expected.documents)
    assert stats.relationships["CITED_IN"] == len(facts)  # one quote per generated fact
