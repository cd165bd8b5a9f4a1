"""Reading the sums, counts and dates of Vietnamese news articles: partnergraph.figures."""

from datetime import date
from decimal import Decimal

import pytest

from partnergraph.figures import (
    FigureError,
    Qualifier,
    find_amounts,
    parse_amount,
    parse_period,
    parse_quantity,
)

D = Decimal
Q = Qualifier


@pytest.mark.parametrize(
    ("text", "value", "currency", "qualifier"),
    [
        ("53,8 tỉ VNĐ", D("53800000000"), "VND", Q.exact),
        ("hơn 53,8 tỉ VNĐ", D("53800000000"), "VND", Q.lower_bound),
        ("900.031 triệu đồng", D("900031000000"), "VND", Q.exact),
        ("gần 3 tỷ đồng", D("3000000000"), "VND", Q.approximate),
        ("trên 8,6 tỷ VNĐ", D("8600000000"), "VND", Q.lower_bound),
        ("hơn 45,2 tỷ VNĐ", D("45200000000"), "VND", Q.lower_bound),
        ("5,221.00 USD", D("5221.00"), "USD", Q.exact),
        ("1.234.567 đồng", D("1234567"), "VND", Q.exact),
        ("2 triệu USD", D("2000000"), "USD", Q.exact),
        ("1,5 triệu USD", D("1500000"), "USD", Q.exact),
        ("500 nghìn đồng", D("500000"), "VND", Q.exact),
        ("500 ngàn đồng", D("500000"), "VND", Q.exact),
        ("3 tỉ đồng", D("3000000000"), "VND", Q.exact),
        ("3 tỷ đồng", D("3000000000"), "VND", Q.exact),
        ("50.000 đ", D("50000"), "VND", Q.exact),
        ("7 VND", D("7"), "VND", Q.exact),
        ("1,2 tỷ VNĐ", D("1200000000"), "VND", Q.exact),
        ("10 triệu đô la Mỹ", D("10000000"), "USD", Q.exact),
        ("10 EUR", D("10"), "EUR", Q.exact),
        ("2,5 triệu euro", D("2500000"), "EUR", Q.exact),
        ("8 CNY", D("8"), "CNY", Q.exact),
        ("100 nghìn nhân dân tệ", D("100000"), "CNY", Q.exact),
        ("3 triệu JPY", D("3000000"), "JPY", Q.exact),
        ("300 triệu yên", D("300000000"), "JPY", Q.exact),
        ("5 tỷ KRW", D("5000000000"), "KRW", Q.exact),
        ("50 triệu won", D("50000000"), "KRW", Q.exact),
        ("20.000 AUD", D("20000"), "AUD", Q.exact),
        ("xấp xỉ 2 tỷ đồng", D("2000000000"), "VND", Q.approximate),
        ("khoảng 2 tỷ đồng", D("2000000000"), "VND", Q.approximate),
        ("chừng 2 tỷ đồng", D("2000000000"), "VND", Q.approximate),
        # the English pages' approximations
        ("some AUD 2 million", D("2000000"), "AUD", Q.approximate),
        ("roughly USD 3 million", D("3000000"), "USD", Q.approximate),
        ("close to VND 2 billion", D("2000000000"), "VND", Q.approximate),
        ("dưới 1 tỷ đồng", D("1000000000"), "VND", Q.upper_bound),
        ("không quá 1 tỷ đồng", D("1000000000"), "VND", Q.upper_bound),
        ("ước tính 4 tỷ đồng", D("4000000000"), "VND", Q.estimate),
        ("dự kiến 4 tỷ đồng", D("4000000000"), "VND", Q.estimate),
        ("hơn nữa 4 tỷ đồng", D("4000000000"), "VND", Q.lower_bound),
        ("5 tỷ đồng trở lên", D("5000000000"), "VND", Q.lower_bound),
        # A bound says more than "estimated" to anyone adding sums up.
        ("ước đạt hơn 5 tỷ đồng", D("5000000000"), "VND", Q.lower_bound),
        ("5 nghìn tỷ đồng", D("5000000000000"), "VND", Q.exact),
        ("1.234,5 tỷ đồng", D("1234500000000"), "VND", Q.exact),
        ("1,234,567 USD", D("1234567"), "USD", Q.exact),
        ("(1,5 tỷ đồng).", D("1500000000"), "VND", Q.exact),
        ("HƠN 53,8 TỈ VNĐ", D("53800000000"), "VND", Q.lower_bound),
        # a sum written in several scales, each below the one before
        ("2 tỷ 300 triệu đồng", D("2300000000"), "VND", Q.exact),
        ("hơn 1 tỷ 250 triệu VNĐ", D("1250000000"), "VND", Q.lower_bound),
        ("5 triệu 500 nghìn đồng", D("5500000"), "VND", Q.exact),
    ],
)
def test_parse_amount(text, value, currency, qualifier):
    amount = parse_amount(text)
    assert (amount.value, amount.currency, amount.qualifier) == (value, currency, qualifier)
    assert amount.raw == text
    assert not amount.ambiguous and amount.alternatives == () and amount.note is None


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [("765,495 USD", Q.exact), ("ước đạt 765,495 USD", Q.estimate)],
)
def test_comma_before_three_digits_is_ambiguous_and_usd_takes_the_thousands_reading(
    text, qualifier
):
    amount = parse_amount(text)
    assert amount.value == D("765495")
    assert amount.currency == "USD"
    assert amount.qualifier == qualifier
    assert amount.ambiguous is True
    assert amount.alternatives == (D("765.495"),)
    assert "765.495" in amount.note and "765495" in amount.note
    assert "USD" in amount.note and "3 decimals" in amount.note


def test_ambiguous_vnd_also_takes_the_thousands_reading():
    amount = parse_amount("765,495 đồng")
    assert (amount.value, amount.ambiguous, amount.alternatives) == (
        D("765495"), True, (D("765.495"),))


def test_with_a_scale_word_a_comma_before_three_digits_is_a_decimal_point():
    amount = parse_amount("765,495 triệu đồng")
    assert amount.value == D("765495000")
    assert not amount.ambiguous


def test_qualifier_is_a_str_enum():
    assert str(parse_amount("hơn 1 tỷ đồng").qualifier) == "lower_bound"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("5 XYZ", "currency 'XYZ' in '5 XYZ' is not an ISO 4217 code"),
        # ISO codes are read in capitals only, as they are written.
        ("5 gbp", "currency 'gbp' in '5 gbp' not understood"),
        ("€5 GBP", "currency 'GBP' in '€5 GBP' contradicts the symbol before the number"),
        ("5 tỷ peso Cuba", "currency 'peso Cuba'"),
        ("5 million", "no currency in '5 million'"),
        ("tỷ đồng", "no number"),
        ("1.23.4 USD", "groups after '.' must have 3 digits"),
        ("1,2,3 USD", "groups after ',' must have 3 digits"),
        ("1.2,3.4 USD", "mixes separators"),
        # "tỉnh" (province) must not be read as "tỉ" (billion).
        ("5 tỉnh", "currency 'tỉnh'"),
    ],
)
def test_parse_amount_errors(text, message):
    with pytest.raises(FigureError, match=message.replace("(", r"\(").replace(".", r"\.")):
        parse_amount(text)


def test_figure_error_is_a_value_error():
    with pytest.raises(ValueError):
        parse_amount("5 XYZ")


@pytest.mark.parametrize(
    ("text", "value", "currency", "qualifier"),
    [
        ("1000 GBP", D("1000"), "GBP", Q.exact),
        ("1.000.000 GBP", D("1000000"), "GBP", Q.exact),
        ("2.500.000 SEK", D("2500000"), "SEK", Q.exact),
        ("hơn 1,5 triệu CHF", D("1500000"), "CHF", Q.lower_bound),
        ("12,345.67 CAD", D("12345.67"), "CAD", Q.exact),
        ("khoảng 300 triệu THB", D("300000000"), "THB", Q.approximate),
        ("2.000 USD", D("2000"), "USD", Q.exact),  # a code with words of its own reads the same
    ],
)
def test_any_iso_4217_code_is_a_currency(text, value, currency, qualifier):
    amount = parse_amount(text)
    assert (amount.value, amount.currency, amount.qualifier) == (value, currency, qualifier)
    assert amount.raw == text
    assert not amount.ambiguous and amount.alternatives == () and amount.note is None


@pytest.mark.parametrize(
    ("text", "value", "other"),
    [
        ("765,495 GBP", D("765495"), D("765.495")),  # 2 minor digits, like USD
        ("765,495 ISK", D("765495"), D("765.495")),  # 0, like VND
        ("765,495 KWD", D("765.495"), D("765495")),  # 3: both readings are plausible
    ],
)
def test_iso_minor_digits_steer_the_ambiguous_comma(text, value, other):
    amount = parse_amount(text)
    assert (amount.value, amount.ambiguous, amount.alternatives) == (value, True, (other,))


def test_running_text_reads_donors_codes_after_a_number_and_no_other_capitals():
    """"3,2 triệu CHF" is Swiss francs; "100 CUP of rice" and "THE 20 ALL" hold ISO codes
    (Cuban pesos, leks) that are no currency here."""
    text = ("ALL 5 GBP were given, THE 5 gbp, 100 CUP of rice, 12 SEK and 3,2 triệu CHF; "
            "THE 20 ALL. Cùng 2 tỷ đồng và 10.000 USD.")
    found = find_amounts(text)
    assert [text[m.start:m.end] for m in found] == [
        "5 GBP", "12 SEK", "3,2 triệu CHF", "2 tỷ đồng", "10.000 USD"]
    assert [m.amount.currency for m in found][:3] == ["GBP", "SEK", "CHF"]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("hơn 45.000 bộ", D("45000"), "bộ", Q.lower_bound),
        ("(90 cái)", D("90"), "cái", Q.exact),
        ("07 cái", D("7"), "cái", Q.exact),
        ("10.000 bộ", D("10000"), "bộ", Q.exact),
        ("20.000 khẩu trang y tế", D("20000"), "khẩu trang y tế", Q.exact),
        ("100.000 liều", D("100000"), "liều", Q.exact),
        ("800", D("800"), None, Q.exact),
        ("2 máy thở", D("2"), "máy thở", Q.exact),
        ("1,5 triệu liều", D("1500000"), "liều", Q.exact),
        ("2,5 tấn", D("2.5"), "tấn", Q.exact),
        ("khoảng 300 suất quà", D("300"), "suất quà", Q.approximate),
    ],
)
def test_parse_quantity(text, value, unit, qualifier):
    q = parse_quantity(text)
    assert (q.value, q.unit, q.qualifier, q.raw) == (value, unit, qualifier, text)


def test_quantity_comma_before_three_digits_is_ambiguous():
    q = parse_quantity("1,500 bộ")
    assert (q.value, q.ambiguous, q.alternatives) == (D("1500"), True, (D("1.500"),))


@pytest.mark.parametrize(
    ("text", "message"),
    [("máy thở", "no number at the start of 'máy thở'"), ("$5", "sum of money")],
)
def test_parse_quantity_errors(text, message):
    with pytest.raises(FigureError, match=message):
        parse_quantity(text)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("04/01/2023", date(2023, 1, 4), date(2023, 1, 4), "day"),
        ("04/01/2023 07:22", date(2023, 1, 4), date(2023, 1, 4), "day"),
        ("12/3/2021", date(2021, 3, 12), date(2021, 3, 12), "day"),
        ("giai đoạn 2020-2025", date(2020, 1, 1), date(2025, 12, 31), "year"),
        ("2020–2022", date(2020, 1, 1), date(2022, 12, 31), "year"),
        ("trong giai đoạn 2021 - 2030", date(2021, 1, 1), date(2030, 12, 31), "year"),
        ("từ 2020 đến 2025", date(2020, 1, 1), date(2025, 12, 31), "year"),
        ("năm 2019", date(2019, 1, 1), date(2019, 12, 31), "year"),
        ("2019", date(2019, 1, 1), date(2019, 12, 31), "year"),
        ("tháng 3/2021", date(2021, 3, 1), date(2021, 3, 31), "month"),
        ("tháng 3 năm 2021", date(2021, 3, 1), date(2021, 3, 31), "month"),
        ("tháng 2/2024", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("tháng 3 - tháng 5/2021", date(2021, 3, 1), date(2021, 5, 31), "month"),
        ("ngày 3 tháng 5 năm 2024", date(2024, 5, 3), date(2024, 5, 3), "day"),
        ("Thứ sáu Ngày 3 Tháng 5 Năm 2024", date(2024, 5, 3), date(2024, 5, 3), "day"),
        ("2023-01-04", date(2023, 1, 4), date(2023, 1, 4), "day"),
        ("2023-01-04 - 2023-02-01", date(2023, 1, 4), date(2023, 2, 1), "day"),
        ("đến năm 2030", None, date(2030, 12, 31), "year"),
        ("từ đầu năm 2020 đến nay", date(2020, 1, 1), None, "year"),
        ("từ năm 2020", date(2020, 1, 1), None, "year"),
        ("từ tháng 3/2021 đến nay", date(2021, 3, 1), None, "month"),
    ],
)
def test_parse_period(text, start, end, precision):
    p = parse_period(text)
    assert (p.start, p.end, p.precision, p.raw) == (start, end, precision, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ngày 15/3", date(2021, 3, 15)), ("15/3", date(2021, 3, 15)),
     ("ngày 15 tháng 3", date(2021, 3, 15))],
)
def test_a_date_without_a_year_takes_the_default_year(text, expected):
    p = parse_period(text, default_year=2021)
    assert (p.start, p.end, p.precision) == (expected, expected, "day")


def test_a_written_year_wins_over_the_default_year():
    assert parse_period("04/01/2023", default_year=2021).start == date(2023, 1, 4)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ngày 15/3", "'ngày 15/3' has no year; pass default_year"),
        ("15/3", "'15/3' has no year; pass default_year"),
        ("31/02/2023", "'31/02/2023' is not a real date"),
        ("tháng 13/2021", "'tháng 13/2021' is not a real date"),
        ("30/02/2023 - 05/03/2023", "is not a real date"),
        ("giai đoạn 2025-2020", r"ends \(2020-12-31\) before it starts \(2025-01-01\)"),
        ("hôm qua", "period 'hôm qua' not understood"),
    ],
)
def test_parse_period_errors(text, message):
    with pytest.raises(FigureError, match=message):
        parse_period(text)


ARTICLE = (
    "tỉnh tiếp tục quản lý 18 chương trình, dự án có vốn ODA với số vốn 900.031 triệu đồng "
    "và vốn vay ưu đãi trên địa bàn tỉnh. ... của 36 tổ chức PCPNN với kinh phí giải ngân ước "
    "đạt 765,495 USD. ... với tổng số tiền kêu gọi gần 3 tỷ đồng. Máy tạo Oxy (90 cái), "
    "quần áo bảo hộ (hơn 45.000 bộ) với tổng giá trị hơn 53,8 tỉ VNĐ, trên 8,6 tỷ VNĐ; "
    "giai đoạn 2020-2022, năm 2019, 5 tỉnh, 100.000 liều."
)


def test_find_amounts_in_running_text_with_offsets():
    found = find_amounts(ARTICLE)
    assert [ARTICLE[m.start:m.end] for m in found] == [
        "900.031 triệu đồng", "ước đạt 765,495 USD", "gần 3 tỷ đồng", "hơn 53,8 tỉ VNĐ",
        "trên 8,6 tỷ VNĐ",
    ]
    assert [m.amount.value for m in found] == [
        D("900031000000"), D("765495"), D("3000000000"), D("53800000000"), D("8600000000")]
    assert found[1].amount.ambiguous and found[1].amount.qualifier == Q.estimate


def test_find_amounts_finds_nothing_without_currency():
    assert find_amounts("40 chương trình, 36 tổ chức, giai đoạn 2020-2025, 5 tỉnh") == []


def test_the_english_pages_may_write_the_currency_code_first():
    """"VND 600 million", "about USD 30,000": the same sums as "600 million VND", found in
    running text with their offsets; a lower-case "usd" before a number is not a code."""
    assert (parse_amount("VND 600 million").value, parse_amount("VND 600 million").currency) \
        == (D("600000000"), "VND")
    about = parse_amount("about USD 30,000")
    assert (about.value, about.currency, about.qualifier) == (D("30000"), "USD", Q.approximate)
    text = "bags worth VND 600 million and usd 5 from them"
    found = find_amounts(text)
    assert [text[m.start:m.end] for m in found] == ["VND 600 million"]


@pytest.mark.parametrize("parse", [parse_amount, parse_quantity, parse_period])
def test_a_reading_kept_for_its_text_is_the_reading_and_a_refusal_is_never_kept(parse):
    """The parsers keep their readings by text (a large dataset repeats them): asked
    again, a text gets an equal reading, and a text refused once is refused again with
    the same message (a refusal is not kept, so every record that has it is reported)."""
    good = {parse_amount: "khoảng 2,4 triệu JPY", parse_quantity: "39 chiếc",
            parse_period: "tháng 3/2021"}[parse]
    first = parse(good)

    assert parse(good) == first and parse(" " + good) == parse.__wrapped__(" " + good)
    messages = []
    for _ in range(2):
        with pytest.raises(FigureError) as caught:
            parse("không rõ bao nhiêu")
        messages.append(str(caught.value))
    assert messages[0] == messages[1] and "không rõ bao nhiêu" in messages[0]


def test_over_after_handed_is_the_verb_not_a_lower_bound():
    """"handed over US$20,000": the sum is exact; "donated over US$20,000" is at least it."""
    [handed] = find_amounts("The delegation handed over US$20,000 to the province.")
    assert (handed.amount.raw, handed.amount.qualifier) == ("US$20,000", "exact")
    [donated] = find_amounts("The fund donated over US$20,000 to the province.")
    assert (donated.amount.raw, donated.amount.qualifier) == ("over US$20,000", "lower_bound")


def test_the_yen_and_the_pound_are_written_by_their_symbols():
    """"¥3 million" (a Japanese grant) and "£5,000" are sums in yen and in pounds, found in
    running text as "€20,000" and "$50,000" are."""
    yen, pound = parse_amount("¥3 million"), parse_amount("£5,000")
    assert (yen.value, yen.currency) == (D("3000000"), "JPY")
    assert (pound.value, pound.currency) == (D("5000"), "GBP")
    text = "a grant of ¥3 million and about £5,000 from the club"
    assert [text[m.start:m.end] for m in find_amounts(text)] == ["¥3 million", "about £5,000"]


def test_a_sum_in_several_scales_is_found_whole_in_running_text():
    """"2 tỷ 300 triệu đồng" is one sum, not "300 triệu đồng" with a stray "2 tỷ" before
    it; a sum after it in the same sentence is its own."""
    text = "tổng kinh phí 2 tỷ 300 triệu đồng, trong đó tỉnh đối ứng 300 triệu đồng."
    found = find_amounts(text)
    assert [(text[m.start:m.end], m.amount.value) for m in found] == [
        ("2 tỷ 300 triệu đồng", D("2300000000")), ("300 triệu đồng", D("300000000"))]


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("50.000 đô la Canada", D("50000"), "CAD"),
    ("C$20,000", D("20000"), "CAD"),
    ("120.000 đô la New Zealand", D("120000"), "NZD"),
    ("NZ$45,000", D("45000"), "NZD"),
    ("30.000 đô la Singapore", D("30000"), "SGD"),
    ("2 triệu baht", D("2000000"), "THB"),
    ("100.000 bạt", D("100000"), "THB"),
    ("10.000 bảng Anh", D("10000"), "GBP"),
    ("15,000 Swiss francs", D("15000"), "CHF"),
    ("300 million kip", D("300000000"), "LAK"),
    ("200 triệu riel", D("200000000"), "KHR"),
    ("40 million riels", D("40000000"), "KHR"),
    ("KHR 50 million", D("50000000"), "KHR"),
    ("6 triệu rúp", D("6000000"), "RUB"),
    ("2 million roubles", D("2000000"), "RUB"),
    ("RUB 1.5 million", D("1500000"), "RUB"),
    ("50.000 rúp Belarus", D("50000"), "BYN"),
    ("3 triệu tenge", D("3000000"), "KZT"),
    ("5 million rupees", D("5000000"), "INR"),
    ("200,000 shekels", D("200000"), "ILS"),
    ("AED 100,000", D("100000"), "AED"),
    ("500.000 riyal Qatar", D("500000"), "QAR"),
    ("50.000 ringgit Malaysia", D("50000"), "MYR"),
    ("RM120,000", D("120000"), "MYR"),
    ("SEK 450,000", D("450000"), "SEK"),
    ("2 triệu krone Na Uy", D("2000000"), "NOK"),
    ("DKK 3.5 million", D("3500000"), "DKK"),
    ("300,000 Danish kroner", D("300000"), "DKK"),
    ("1,2 tỷ rupiah", D("1200000000"), "IDR"),
    ("NT$500,000", D("500000"), "TWD"),
    ("1,1 triệu Đài tệ", D("1100000"), "TWD"),
])
def test_a_dollar_named_by_its_country_is_that_countrys(text, value, currency):
    """"đô la" alone is the US dollar; "đô la Canada" is not, and neither is "C$"."""
    amount = parse_amount(text)
    assert (amount.value, amount.currency) == (value, currency)
    [found] = find_amounts(f"Tổ chức trao tặng {text} cho tỉnh.")
    assert found.amount.currency == currency


def test_a_shift_is_no_currency():
    """"3 kíp trực" is three duty shifts: Vietnamese names the kip with "Lào"."""
    assert find_amounts("Bệnh viện bố trí 3 kíp trực cấp cứu.") == []


def test_a_tarpaulin_is_no_currency():
    """"bạt" after a number is the baht, but "bạt che mưa" is a tarpaulin."""
    assert find_amounts("Hội Chữ thập đỏ trao 500 bạt che mưa và 200 bạt nilon.") == []


@pytest.mark.parametrize(("text", "value", "currency", "qualifier", "other"), [
    ("500 triệu đồng (tương đương 20.000 USD)", D("500000000"), "VND", Q.exact, "20000 USD"),
    ("hơn 5,6 tỷ đồng (tương đương khoảng 230.000 USD)", D("5600000000"), "VND",
     Q.lower_bound, "230000 USD"),
    ("VND500 million (US$20,000)", D("500000000"), "VND", Q.exact, "20000 USD"),
    ("EUR 30,000 (equivalent to VND 800 million)", D("30000"), "EUR", Q.exact,
     "800000000 VND"),
])
def test_a_sum_given_again_in_brackets_is_the_first_and_the_note_keeps_the_other(
        text, value, currency, qualifier, other):
    amount = parse_amount(text)
    assert (amount.value, amount.currency, amount.qualifier) == (value, currency, qualifier)
    assert other in amount.note


def test_a_bracket_that_is_no_sum_is_still_refused():
    with pytest.raises(FigureError, match="not understood"):
        parse_amount("2 tỷ đồng (trao tận tay)")
    with pytest.raises(FigureError, match="3 bộ"):
        parse_amount("2 tỷ đồng (tương đương 3 bộ)")


def test_kip_after_a_scale_word_is_the_lao_kip():
    """"50 triệu kíp": after a scale word "kíp" can only be money, the Lao kip; a bare "kíp"
    after a number stays a shift."""
    [found] = find_amounts("Tỉnh trao tặng 50 triệu kíp và bố trí 3 kíp trực.")

    assert (found.amount.value, found.amount.currency) == (Decimal(50_000_000), "LAK")


@pytest.mark.parametrize(("written", "value", "qualifier"), [
    ("năm trăm triệu đồng", D("500000000"), Q.exact),
    ("hai tỷ ba trăm triệu đồng", D("2300000000"), Q.exact),
    ("hơn hai mươi lăm triệu đồng", D("25000000"), Q.lower_bound),
    ("ba trăm linh năm triệu đồng", D("305000000"), Q.exact),
    ("mười lăm nghìn đô la Mỹ", D("15000"), Q.exact),
    ("một nghìn tỷ đồng", D("1000000000000"), Q.exact),
])
def test_a_sum_written_in_words_is_read(written, value, qualifier):
    """"năm trăm triệu đồng": a sum the page writes out in words is the number they say,
    in running text too; "đầu tư hai tỷ đồng" is two billion, "tư" being the verb's."""
    amount = parse_amount(written)
    assert (amount.value, amount.qualifier, amount.raw) == (value, qualifier, written)
    [found] = find_amounts(f"Dự án đầu tư {written} cho tỉnh.")
    assert found.amount.value == value


def test_a_digit_word_alone_is_no_sum():
    """"ba đồng" and "năm nay" are no sums written out: a page writes a small sum in
    digits, and "năm" is also the year."""
    assert find_amounts("Năm nay ba đồng chí đến thăm; năm 2024 tỉnh nhận quà.") == []
    with pytest.raises(FigureError):
        parse_amount("ba đồng")


def test_a_sum_in_ty_with_no_currency_is_in_dong_and_says_so():
    """"gần 3 tỷ" on a Vietnamese page is nearly three billion đồng: the qualifier stays, and
    the note says the currency was not written."""
    amount = parse_amount("gần 3 tỷ")
    assert (amount.value, amount.currency, amount.qualifier) == (
        Decimal(3_000_000_000), "VND", Qualifier.approximate)
    assert "no currency is written" in amount.note
    assert parse_amount("3 tỷ đồng").note is None


def test_a_bare_sum_in_running_text_is_found_only_where_money_is_spoken_of():
    """"kinh phí tài trợ … gần 3 tỷ, cùng …" is a sum; "dân số hơn 1,2 triệu," is people."""
    text = "Dự án với kinh phí tài trợ của CJ gần 3 tỷ, cùng vốn đối ứng của địa phương."
    [found] = find_amounts(text)
    assert (text[found.start:found.end], found.amount.value) == ("gần 3 tỷ", 3_000_000_000)
    assert find_amounts("Tỉnh có dân số hơn 1,2 triệu, trong đó nhiều dân tộc.") == []
