"""Currency conversion with the shipped annual rates (partnergraph.rates)."""

import csv
from decimal import Decimal

import pytest

from partnergraph.rates import DEFAULT_PATH, Converted, RateError, Rates, load_rates

D = Decimal


@pytest.fixture(scope="module")
def shipped() -> Rates:
    return load_rates()


@pytest.fixture
def small(tmp_path) -> Rates:
    path = tmp_path / "rates.csv"
    path.write_text(
        "year,currency,per_usd,source\n"
        "2019,VND,23000,test\n"
        "2021,VND,24000,test\n"
        "2020,EUR,0.8,test\n"
        "2021,EUR,0.9,test\n",
        encoding="utf-8",
    )
    return load_rates(path)


def test_shipped_table_names_its_source():
    rows = list(csv.DictReader(DEFAULT_PATH.open(encoding="utf-8")))
    assert rows and all("PA.NUS.FCRF" in r["source"] for r in rows)
    readme = (DEFAULT_PATH.parent / "README.md").read_text(encoding="utf-8")
    assert "PA.NUS.FCRF" in readme
    assert "Official exchange rate (LCU per US$, period average)" in readme


@pytest.mark.parametrize(
    ("currency", "years"),
    [("VND", range(2015, 2025)), ("CNY", range(2015, 2026)), ("JPY", range(2015, 2026)),
     ("KRW", range(2015, 2026)), ("AUD", range(2015, 2026)), ("EUR", range(2015, 2026))],
)
def test_shipped_years(shipped, currency, years):
    assert shipped.years(currency) == list(years)


@pytest.mark.parametrize(
    ("currency", "year", "per_usd"),
    [
        # World Bank WDI PA.NUS.FCRF, as published.
        ("VND", 2015, "21697.5675"),
        ("VND", 2020, "23208.3683333333"),
        ("VND", 2024, "24164.8858333333"),
        ("CNY", 2021, "6.44897518024316"),
        ("JPY", 2022, "131.498140443764"),
        ("KRW", 2023, "1305.6625"),
        ("AUD", 2019, "1.43850654421382"),
        ("EUR", 2022, "0.949623753156941"),
    ],
)
def test_shipped_rates(shipped, currency, year, per_usd):
    converted = shipped.to_usd(D(per_usd), currency, year)
    assert converted == Converted(value=D(1), rate_year=year, rate=1 / D(per_usd))


@pytest.mark.parametrize(
    ("currency", "low", "high"),
    [("VND", 21000, 25500), ("CNY", 6, 7.5), ("JPY", 100, 160), ("KRW", 1050, 1450),
     ("AUD", 1.2, 1.6), ("EUR", 0.8, 1.0)],
)
def test_shipped_rates_are_in_a_sane_range(shipped, currency, low, high):
    for year in shipped.years(currency):
        rate = shipped.to_usd(D(1), currency, year).rate
        assert D(str(low)) < 1 / rate < D(str(high)), (currency, year)


def test_vnd_to_usd_in_a_covered_year(small):
    assert small.to_usd(D("46000"), "VND", 2019) == Converted(D("2"), 2019, 1 / D(23000))


def test_usd_to_vnd(small):
    assert small.to_vnd(D("2"), "USD", 2021) == Converted(D("48000"), 2021, D(24000))


def test_cross_rate_goes_through_the_dollar(small):
    converted = small.to_vnd(D("9"), "EUR", 2021)
    assert converted.value == D("240000")
    assert converted.rate_year == 2021


def test_currency_codes_are_case_insensitive(small):
    assert small.to_usd(D("23000"), "vnd", 2019).value == D(1)


@pytest.mark.parametrize(
    ("year", "used"),
    [(2030, 2021), (2010, 2019), (2019, 2019), (2020, 2019), (None, 2021)],
)
def test_a_year_outside_the_table_uses_the_nearest_and_says_which(small, year, used):
    # 2020 is equally far from 2019 and 2021: the earlier wins. No year: the latest.
    assert small.to_usd(D(1), "VND", year).rate_year == used


def test_a_cross_rate_uses_a_year_both_currencies_have(small):
    # VND has 2019 and 2021, EUR 2020 and 2021: only 2021 has both.
    assert small.to_vnd(D(1), "EUR", 2019).rate_year == 2021


def test_shipped_vnd_has_no_2025_so_2024_is_used(shipped):
    converted = shipped.to_usd(D("24164.8858333333"), "VND", 2025)
    assert (converted.value, converted.rate_year) == (D(1), 2024)


@pytest.mark.parametrize(("currency", "method"), [("USD", "to_usd"), ("VND", "to_vnd")])
def test_same_currency_needs_no_rate(small, currency, method):
    assert getattr(small, method)(D("12.5"), currency, 2020) == Converted(D("12.5"), None, D(1))


@pytest.mark.parametrize("currency", ["GBP", "XYZ", ""])
def test_unknown_currency_is_a_clear_error(small, currency):
    with pytest.raises(RateError, match=f"no exchange rate for currency '{currency}'"):
        small.to_usd(D(1), currency, 2020)


def test_unknown_currency_error_lists_known_ones(shipped):
    with pytest.raises(ValueError, match="known: AUD, CNY, EUR, JPY, KRW, USD, VND"):
        shipped.to_vnd(D(1), "GBP", 2020)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("year,currency,rate\n2020,VND,1\n", "columns must be year,currency,per_usd,source"),
        ("year,currency,per_usd,source\n2020,VND,abc,x\n", ":2: cannot read"),
        ("year,currency,per_usd,source\n20x0,VND,1,x\n", ":2: cannot read"),
        ("year,currency,per_usd,source\n2020,VND,0,x\n", ":2: bad currency or rate"),
        ("year,currency,per_usd,source\n2020,DONG,1,x\n", ":2: bad currency or rate"),
        ("year,currency,per_usd,source\n2020,VND,1,x\n2020,vnd,2,x\n",
         ":3: VND 2020 appears twice"),
    ],
)
def test_bad_rates_files_are_refused(tmp_path, content, message):
    path = tmp_path / "rates.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RateError, match=message):
        load_rates(path)


@pytest.mark.parametrize("currency", ["USD", "VND", "EUR", "cny"])
def test_a_currency_with_rates_is_not_missing_one(shipped, currency):
    assert shipped.missing_rate(currency) is None


def test_a_missing_rate_is_named_with_the_table_it_is_missing_from(shipped, small, tmp_path):
    assert shipped.missing_rate("GBP") == "no exchange rate for GBP in data/rates/"
    assert small.missing_rate("SEK") == f"no exchange rate for SEK in {tmp_path / 'rates.csv'}"


def test_a_currency_sharing_no_year_with_vnd_cannot_be_given_in_vnd(tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text("year,currency,per_usd,source\n2019,VND,23000,t\n2021,EUR,0.9,t\n",
                    encoding="utf-8")
    assert load_rates(path).missing_rate("EUR") == "no year has rates for all of EUR, VND"
