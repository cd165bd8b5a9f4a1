"""Sums in a currency data/rates/ has no rate for: stored as written with the reason and no
USD/VND figures (graph.props.amount_props), shown so (graph.props.amount_view), kept out
of the normalised totals (graph.totals), and left out of IATI sums across currencies
(loaders.iati.money) — never converted at a guessed rate."""

from datetime import date
from decimal import Decimal

import pytest

from graph.props import amount_props, amount_view
from graph.totals import GroupBy, aggregate
from loaders.iati import money
from partnergraph.domain import Amount
from partnergraph.domain.views import flags_of
from partnergraph.rates import Rates, load_rates

D = Decimal
GBP_REASON = "no exchange rate for GBP in data/rates/"


@pytest.fixture(scope="module")
def rates() -> Rates:
    return load_rates()


def _iati(value: str, currency: str, value_date: date | None = None) -> Amount:
    return Amount.model_construct(raw=f"{value} {currency}", value=D(value), currency=currency,
                                  qualifier="exact", ambiguous=False, alternatives=[],
                                  value_date=value_date, note=None)


def test_a_sum_without_a_rate_keeps_what_was_written_and_says_why(rates):
    props = amount_props("value", Amount.model_validate("hơn 1.000.000 GBP"), 2021, rates)

    assert props["value_raw"] == "hơn 1.000.000 GBP"
    assert (props["value"], props["value_currency"], props["value_qualifier"]) == (
        1_000_000, "GBP", "lower_bound")
    assert props["value_unconverted"] == GBP_REASON
    # None, so that a reload removes figures an earlier rate file may have given
    assert props["value_usd"] is props["value_vnd"] is props["value_rate_year"] is None


def test_a_sum_with_a_rate_is_converted_and_clears_the_reason(rates):
    props = amount_props("budget", Amount.model_validate("2 triệu USD"), 2021, rates)

    assert props["budget_usd"] == 2_000_000 and props["budget_vnd"] > 0
    assert props["budget_rate_year"] == 2021
    assert "budget_unconverted" in props and props["budget_unconverted"] is None


def test_the_view_shows_the_value_with_null_usd_and_vnd_and_the_reason(rates):
    view = amount_view(amount_props("value", Amount.model_validate("1.000.000 GBP"), 2021,
                                    rates), "value")

    assert (view.value, view.currency, view.usd, view.vnd) == (1_000_000, "GBP", None, None)
    assert view.unconverted == GBP_REASON
    assert flags_of(view).unconverted is True
    assert flags_of(amount_view(amount_props("value", Amount.model_validate("5 USD"), 2021,
                                             rates), "value")).unconverted is False


def _row(id: str, value: float, currency: str, usd: float | None, vnd: float | None,
         unconverted: str | None = None) -> dict:
    return {"id": id, "name": id, "raw": f"{value} {currency}", "value": value,
            "currency": currency, "usd": usd, "vnd": vnd, "unconverted": unconverted,
            "qualifier": "exact", "ambiguous": False, "start": date(2021, 1, 1),
            "end": date(2021, 12, 31), "when_raw": "2021", "donors_note": None,
            "donors": [{"id": "uk", "name": "UK"}], "recipients": [], "countries": [],
            "items": [], "itemised": False}


def test_totals_add_an_unconverted_value_to_its_currency_only_and_say_so():
    rows = [_row("a", 100.0, "USD", 100.0, 2_300_000.0),
            _row("b", 1_000_000.0, "GBP", None, None, GBP_REASON)]

    totals = aggregate(rows, GroupBy.year, None)

    [group] = totals.groups
    assert (group.total_usd, group.total_vnd) == (100.0, 2_300_000.0)
    assert group.by_currency == {"USD": 100.0, "GBP": 1_000_000.0}
    assert (group.valued, group.unconverted, group.lower_bound) == (2, 1, True)
    [left_out] = totals.not_counted
    assert left_out.id == "b" and left_out.raw == "1000000.0 GBP"
    assert left_out.reason.startswith(GBP_REASON) and "total_usd" in left_out.reason


def test_a_group_of_unconverted_values_only_has_no_normalised_total():
    totals = aggregate([_row("b", 5.0, "GBP", None, None, GBP_REASON)], GroupBy.donor, None)

    [group] = totals.groups
    assert (group.total_usd, group.total_vnd, group.by_currency) == (None, None, {"GBP": 5.0})


def test_budgets_in_one_currency_without_a_rate_add_up_exactly(rates):
    total = money.total([_iati("100", "GBP"), _iati("250.50", "GBP")], "budgets", "GBP", rates)

    assert (total.value, total.currency, total.qualifier) == (D("350.50"), "GBP", "exact")


def test_a_sum_across_currencies_leaves_out_what_has_no_rate_and_is_a_lower_bound(rates):
    parts = [_iati("100", "GBP"), _iati("200", "USD", date(2020, 1, 1)), _iati("50", "GBP")]

    total = money.total(parts, "budgets", "GBP", rates)

    # in USD, which has rates, rather than the activity's GBP, which has none
    assert (total.value, total.currency, total.qualifier) == (D("200.00"), "USD", "lower_bound")
    assert f"150 GBP ({GBP_REASON})" in total.note


def test_a_sum_of_currencies_none_of_which_has_a_rate_keeps_the_activity_currency(rates):
    total = money.total([_iati("100", "GBP"), _iati("7", "SEK")], "budgets", "GBP", rates)

    assert (total.value, total.currency, total.qualifier) == (D("100.00"), "GBP", "lower_bound")
    assert "7 SEK (no exchange rate for SEK in data/rates/)" in total.note
