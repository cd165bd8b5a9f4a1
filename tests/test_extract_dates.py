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


def test_the_gifts_a_report_lists_in_the_next_paragraph_are_of_the_reports_year(tmp_path):
    """"Chiều 16/1, … hội nghị tổng kết … Theo báo cáo tại hội nghị, trong năm 2023, tỉnh đã
    tiếp nhận …" then a paragraph "Một số dự án có giá trị lớn như: …": the projects listed
    are of 2023, the report's year, not of the January day the report was given on."""
    extraction = _extract(tmp_path, "Năm 2023, Bình Định tiếp nhận 27 tỷ đồng viện trợ\n"
                          "Ngày đăng: 17/01/2024\n\nChiều 16/1, Sở Ngoại vụ tỉnh Bình Định tổ "
                          "chức hội nghị tổng kết công tác năm 2023.\n\nTheo báo cáo tại hội "
                          "nghị, trong năm 2023, tỉnh đã tiếp nhận 31 khoản viện trợ với tổng "
                          "giá trị trên 27 tỷ đồng.\n\nMột số dự án có giá trị lớn như: Tổ chức "
                          "Y tế Thế giới (WHO) hỗ trợ trang thiết bị xét nghiệm trị giá 1,8 tỷ "
                          "đồng cho Trung tâm Kiểm soát bệnh tật tỉnh.\n")

    [gift] = [d for d in extraction.dataset.donations if d.donors == ["who"]]

    assert (gift.when.start.isoformat(), gift.when.end.isoformat()) == ("2023-01-01",
                                                                        "2023-12-31")


def test_where_a_span_ends_does_not_date_a_page_without_a_date_line(tmp_path):
    """A page with no date line: "On March 13, …" and "Running from 2024 to 2026, …" is
    March 2024; the year a project ends in is not the year the page was written."""
    extraction = _extract(tmp_path, "A vocational training project in Nam Dinh\n\nOn March 13, "
                          "the Hanns Seidel Foundation presented equipment worth EUR 20,000 to "
                          "the Nam Dinh Vocational College. Running from 2024 to 2026, the "
                          "project will train 600 young people.\n")

    [gift] = extraction.dataset.donations

    assert gift.when.start.isoformat() == "2024-03-13"


def test_the_point_a_sentence_counts_from_does_not_date_what_follows(tmp_path):
    """"… kết quả hợp tác đạt được kể từ chuyến thăm … vào tháng 11/2022", then "Dịp này, X
    trao tặng …": the gift is of the talks told first (26/4), not of the visit the
    results are counted from."""
    extraction = _extract(tmp_path, "Quảng Ninh và tỉnh Gangwon hội đàm\nNgày đăng: 28/04/2023"
                          "\n\nChiều 26/4, Chủ tịch UBND tỉnh Quảng Ninh hội đàm với đoàn đại "
                          "biểu tỉnh Gangwon (Hàn Quốc).\n\nHai bên vui mừng trước kết quả hợp "
                          "tác đạt được kể từ chuyến thăm của đoàn tỉnh Quảng Ninh tại tỉnh "
                          "Gangwon vào tháng 11/2022.\n\nDịp này, tỉnh Gangwon trao tặng "
                          "30.000 USD cho tỉnh Quảng Ninh để hỗ trợ học bổng.\n")

    [gift] = extraction.dataset.donations

    assert gift.when.start.isoformat() == "2023-04-26"


def test_a_gift_told_again_over_the_years_of_its_project_is_one_gift(tmp_path):
    """The headline's "UNICEF hỗ trợ hơn 2,4 tỷ đồng …" and the body's "Dự án có tổng kinh phí
    hơn 2,4 tỷ đồng do UNICEF tài trợ, triển khai trong giai đoạn 2024 - 2025": one gift.
    The span holds the year of the day told first; before, its last year alone was compared,
    and the gift was counted twice."""
    extraction = _extract(tmp_path, "UNICEF hỗ trợ hơn 2,4 tỷ đồng cải thiện nước sạch tại "
                          "huyện Sa Thầy\nNgày đăng: 12/04/2024\n\nSáng 11/4, tại huyện Sa "
                          "Thầy, Sở Y tế phối hợp với UNICEF tổ chức lễ khởi động dự án nước "
                          "sạch. Dự án có tổng kinh phí hơn 2,4 tỷ đồng do UNICEF tài trợ, "
                          "được triển khai trong giai đoạn 2024 - 2025.\n")

    [gift] = extraction.dataset.donations

    assert gift.value.value == 2_400_000_000 and len(gift.sources) == 2


def test_a_visit_from_one_day_to_another_is_dated_by_its_last_day(tmp_path):
    """"Từ ngày 13 đến 16/11/2023, đoàn công tác … đã thăm và làm việc tại tỉnh X" on a page
    with no date line: the visit and the gift handed over during it are of 2023; "đến" here
    closes a span, not a deadline."""
    extraction = _extract(tmp_path, "Hải Dương trao tặng thiết bị y tế cho tỉnh Kampot\n\n"
                          "Từ ngày 13 đến 16/11/2023, đoàn công tác tỉnh Hải Dương đã thăm và "
                          "làm việc tại tỉnh Kampot, Vương quốc Campuchia.\n\nNhân dịp này, đoàn "
                          "đã trao tặng tỉnh Kampot trang thiết bị y tế trị giá 300 triệu đồng.\n")

    [gift] = extraction.dataset.donations
    [visit] = extraction.dataset.engagements

    assert (gift.when.start.year, visit.when.start.year) == (2023, 2023)


def test_a_period_planned_ahead_does_not_date_a_page_with_no_date_line(tmp_path):
    """A page with no date line takes the latest year it writes, but not one of a plan:
    "hướng tới xây dựng chương trình hợp tác giai đoạn 2025 - 2027" is ahead; the gift of
    the 2024 cooperation plan is of 2024."""
    extraction = _extract(tmp_path, "Sáng 12/11, Chính quyền tỉnh Chungcheongbuk (Hàn Quốc) "
                          "trao tặng 20 máy lọc nước cho tỉnh Đắk Lắk, trị giá 30.000 USD, "
                          "trong khuôn khổ kế hoạch hợp tác năm 2024 giữa hai tỉnh.\n\nHai bên "
                          "thống nhất sẽ tiếp tục trao đổi, tiến tới xây dựng chương trình hợp "
                          "tác giai đoạn 2025 - 2027.\n")

    [gift] = extraction.dataset.donations

    assert gift.when.start.year == 2024


def test_the_date_of_a_decision_approving_a_project_dates_no_gift(tmp_path):
    """"Dự án được UBND tỉnh phê duyệt tại Quyết định số 2876/QĐ-UBND ngày 20/12/2023, với
    tổng kinh phí gần 3 tỷ đồng do X tài trợ" in news of 2024: when the paper was signed,
    not when the gift was made."""
    extraction = _extract(tmp_path, (
        "Khởi động dự án thư viện\nĐăng ngày: 15/01/2024\n\n"
        "Sáng ngày 12/1, UBND huyện Phú Vang, tỉnh Thừa Thiên Huế phối hợp với Tổ chức Room to "
        "Read tổ chức lễ khởi động Dự án \"Thư viện thân thiện\". Dự án được UBND tỉnh phê duyệt "
        "tại Quyết định số 2876/QĐ-UBND ngày 20/12/2023, với tổng kinh phí gần 3 tỷ đồng do Room "
        "to Read tài trợ.\n"))

    [gift] = extraction.dataset.donations

    assert gift.when.start.year == 2024


def test_a_day_written_before_its_month_dates_the_gift_over_a_year_said_in_passing(tmp_path):
    """"On 26 March, a delegation … paid a working visit …", then "… reviewed cooperation
    results in 2023 …", then "On this occasion, … presented VND 1.2 billion …": the visit's
    day dates the gift, not the year the talks looked back on."""
    extraction = _extract(tmp_path, "Posted: 28/03/2024\n\nOn 26 March, a delegation of Dak "
                          "Nong province paid a working visit to Mondulkiri province, Cambodia."
                          "\n\nAt the talks, the two sides reviewed cooperation results in 2023."
                          "\n\nOn this occasion, Dak Nong province presented VND 1.2 billion to "
                          "Mondulkiri province.\n\nDak Nong DOFA\n")

    [gift] = extraction.dataset.donations

    assert gift.when.start.year == 2024


def test_the_year_of_a_programme_still_to_come_dates_no_meeting(tmp_path):
    """"Cùng ngày, đoàn SCI đã làm việc với … về kế hoạch tổ chức chương trình giao lưu
    thanh niên dự kiến diễn ra vào năm 2025": they met that day, in 2024; 2025 is when the
    programme they spoke of may happen."""
    extraction = _extract(tmp_path, (
        "Đà Nẵng tiếp đoàn Sister Cities International\nNgày đăng: 10/09/2024\n\nChiều ngày "
        "9/9/2024, Phó Chủ tịch UBND thành phố Đà Nẵng đã tiếp đoàn Tổ chức Các thành phố kết "
        "nghĩa Quốc tế (Sister Cities International – SCI).\n\nCùng ngày, đoàn SCI đã làm việc "
        "với Sở Văn hóa và Thể thao thành phố Đà Nẵng về kế hoạch tổ chức chương trình giao lưu "
        "thanh niên dự kiến diễn ra vào năm 2025.\n\nSở Ngoại vụ Đà Nẵng\n"))

    assert [e.when.start.year for e in extraction.dataset.engagements] == [2024, 2024]


def test_the_year_written_with_the_verb_of_giving_dates_the_gift(tmp_path):
    """"… hợp tác giữa tỉnh với MASHAV trong giai đoạn 2022–2024, đặc biệt là mô hình … do
    MASHAV tài trợ năm 2023 với kinh phí 1,2 tỷ đồng": the year after "tài trợ" dates the
    gift, not the start of the period written before it."""
    extraction = _extract(tmp_path, (
        "Ninh Thuận và MASHAV gia hạn hợp tác\nCập nhật: 14/01/2025\n\nÔng Nguyễn Đức Long đánh "
        "giá cao hiệu quả hợp tác giữa tỉnh với MASHAV trong giai đoạn 2022–2024, đặc biệt là "
        "mô hình trình diễn tưới nhỏ giọt tại xã Phước Hậu do MASHAV tài trợ năm 2023 với kinh "
        "phí 1,2 tỷ đồng.\n\nSở Ngoại vụ Ninh Thuận\n"))

    assert [g.when.start.year for g in extraction.dataset.donations] == [2023]


def test_works_built_from_a_month_are_given_in_the_year_of_their_hand_over(tmp_path):
    """A delegation "dự Lễ khánh thành và bàn giao công trình … cho tỉnh Khammouane" on 29/8
    of a page of 2024, then "Công trình …, được xây dựng từ tháng 10/2023 với tổng kinh phí
    3,5 tỷ đồng từ nguồn ngân sách tỉnh Hà Tĩnh viện trợ cho tỉnh Khammouane": building
    began in 2023; the gift, priced by the cost written before its verb, is of 2024."""
    extraction = _extract(tmp_path, (
        "Khánh thành trường học tặng tỉnh bạn\nCập nhật: 30/08/2024\n\nNgày 29/8, Đoàn công tác "
        "tỉnh Hà Tĩnh do ông Lê Văn An, Phó Chủ tịch UBND tỉnh, làm trưởng đoàn đã dự Lễ khánh "
        "thành và bàn giao công trình Trường Tiểu học Na Phao, huyện Boualapha cho tỉnh "
        "Khammouane, nước CHDCND Lào.\n\nCông trình gồm 6 phòng học và nhà vệ sinh, được xây "
        "dựng từ tháng 10/2023 với tổng kinh phí 3,5 tỷ đồng từ nguồn ngân sách tỉnh Hà Tĩnh "
        "viện trợ cho tỉnh Khammouane.\n"))

    [gift] = extraction.dataset.donations

    assert gift.when.start.year == 2024 and gift.value.value == 3_500_000_000


def test_in_that_year_is_the_year_the_sentence_before_named(tmp_path):
    """"Tại buổi hội đàm, hai bên đánh giá kết quả hợp tác năm 2023. Trong năm, tỉnh Điện Biên
    đã cấp 30 suất học bổng …" on a page of March 2024: the scholarships are of 2023."""
    extraction = _extract(tmp_path, (
        "Điện Biên hội đàm với tỉnh Phông Sa Lỳ\nThứ Sáu, 15/3/2024\n\nNgày 14/3, UBND tỉnh "
        "Điện Biên tổ chức hội đàm với đoàn đại biểu tỉnh Phông Sa Lỳ (Lào).\n\nTại buổi hội "
        "đàm, hai bên đánh giá kết quả hợp tác năm 2023. Trong năm, tỉnh Điện Biên đã cấp 30 "
        "suất học bổng cho lưu học sinh tỉnh Phông Sa Lỳ theo học tại Trường Cao đẳng Sư phạm "
        "Điện Biên.\n"))

    [gift] = extraction.dataset.donations

    assert gift.when.start.year == 2023
