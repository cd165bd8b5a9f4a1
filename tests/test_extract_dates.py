"""When a gift was made, on sentences written for each reading: a year written in an aside
about someone else dates nothing. Checked on the extraction alone."""

import pytest

from extracting import extract_text as _extract


def test_a_year_in_an_aside_on_the_receiver_does_not_date_the_gift(tmp_path):
    """"… trao tặng tỉnh Attapeu 2 tỷ đồng để xây dựng 4 phòng học tại Trường X, huyện
    Sanamxay - địa phương chịu thiệt hại nặng nề trong sự cố vỡ đập thủy điện năm 2018": the
    gift is the page's, 2023; 2018 is the flood's year."""
    extraction = _extract(tmp_path, "Trao tặng tỉnh Attapeu 2 tỷ đồng\nThứ Hai, 16/10/2023\n\n"
                          "Nhân dịp này, đoàn công tác tỉnh Bình Định đã trao tặng tỉnh Attapeu 2 "
                          "tỷ đồng để xây dựng 4 phòng học tại Trường Trung học cơ sở Sanamxay, "
                          "huyện Sanamxay - địa phương chịu thiệt hại nặng nề trong sự cố vỡ đập "
                          "thủy điện năm 2018.\n")

    [gift] = extraction.dataset.donations

    assert gift.when.start.year == 2023


def test_the_dash_after_a_dateline_opens_no_aside(tmp_path):
    """"CAO LANH, June 20 (VNA) – The Dong Thap Provincial People's Committee … presented …
    in 2024": the dash closes the dateline; the year after it is the gift's."""
    extraction = _extract(tmp_path, "CAO LANH, June 20 (VNA) – The Dong Thap Provincial "
                          "People's Committee on Wednesday presented 100 tonnes of rice worth "
                          "around VND1.6 billion to the people of Cuba, as the two countries "
                          "celebrate the 64th anniversary of their diplomatic relations in "
                          "2024.\n")

    [gift] = extraction.dataset.donations

    assert gift.when.start.year == 2024


def test_a_school_year_dates_an_autumn_day_in_its_first_year(tmp_path):
    """A page with no date line: "On September 8, … at the start of the 2023–2024 school
    year" is September 2023, not 2024, the latest year the text writes."""
    autumn = _extract(tmp_path, "Bicycles for pupils in Long Thanh\n\nOn September 8, the Lotus "
                      "Charity Fund presented 80 bicycles worth VND 160 million to pupils in "
                      "Long Thanh district, Dong Nai province, at the start of the 2023–2024 "
                      "school year.\n")

    [gift] = autumn.dataset.donations

    assert gift.when.start.isoformat() == "2023-09-08"


@pytest.mark.parametrize("aside", ["in the first five months of 2023, with 62 projects.",
                                   "since 2023."])
def test_a_year_the_text_writes_before_a_comma_or_full_stop_dates_a_page_without_one(
        tmp_path, aside):
    """A page with no date line: "On June 6, …" takes its year from a year written anywhere
    in the text, also one that ends a clause or a sentence ("… of 2023, …", "… 2023.");
    before, only a year followed by a space was read, and the gift had no date."""
    extraction = _extract(tmp_path, "Bicycles for students in Tan Phu\n\nOn June 6, the "
                          "Consulate General of Thailand presented 100 bicycles worth VND180m "
                          "to poor students in Tan Phu district, Dong Nai province. Thailand "
                          f"has invested in the province {aside} Trade has grown.\n")

    [gift] = extraction.dataset.donations

    assert gift.when.start.isoformat() == "2023-06-06"
