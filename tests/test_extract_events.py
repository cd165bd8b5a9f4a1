"""The failure classes of extraction on unseen articles, one test each, on short articles
written for the test: names cut short, unknown partners, one event told many times, roles
and direction, missing years, English pages, untranslated items. And the corpus scores:
the development half of data/extract-corpus must keep its event-level precision and
recall (the test half is measured by `partnergraph extract-eval`, never tuned on)."""

from decimal import Decimal
from pathlib import Path

import pytest

from loaders import article
from loaders.article import evaluate, gazetteer_data
from loaders.errors import LoadError

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "data" / "extract-corpus" / "dev"


def _extract(tmp_path: Path, text: str, name: str = "bai.txt") -> article.Extraction:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return article.extract_file(path)


def _names(extraction: article.Extraction) -> dict[str, str]:
    return {p.id: p.name_vi or p.name_en for p in extraction.dataset.partners}


def test_organisation_names_run_through_their_lower_case_syllables(tmp_path):
    """"Hội Chữ thập đỏ tỉnh Điện Biên" and an association the gazetteer does not know keep
    their whole names, not "Hội Chữ" and "Hiệp hội Hoa"."""
    extraction = _extract(tmp_path, "Ngày 5/8/2021, Hội Chữ thập đỏ tỉnh Điện Biên tiếp nhận "
                          "2.000 suất quà do Hiệp hội Doanh nhân kiều bào Séc trao tặng, tổng "
                          "trị giá 400 triệu đồng.\n")

    names = _names(extraction)
    donation = extraction.dataset.donations[0]
    assert names[donation.donors[0]] == "Hiệp hội Doanh nhân kiều bào Séc"
    assert names[donation.recipients[0]] == "Hội Chữ thập đỏ tỉnh Điện Biên"


def test_an_organisation_no_list_knows_is_still_proposed_with_its_gift(tmp_path):
    """A foundation in no gazetteer, named with lower-case words, gives: its gift is found."""
    extraction = _extract(tmp_path, "Ngày 3/4/2023, Quỹ Nhịp cầu yêu thương Thụy Điển đã trao "
                          "tặng tỉnh Cao Bằng 1,5 tỷ đồng để xây dựng trường học.\n")

    [donation] = extraction.dataset.donations
    assert _names(extraction)[donation.donors[0]] == "Quỹ Nhịp cầu yêu thương Thụy Điển"
    assert donation.recipients == ["cao-bang"]
    assert donation.value.value == 1_500_000_000


def test_a_hand_over_told_in_headline_lede_and_caption_is_one_donation(tmp_path):
    """Headline, lede and photo caption tell one gift: one donation with three quotes."""
    extraction = _extract(tmp_path, (
        "12/09/2023 08:30\n\nTổ chức Plan International trao tặng 300 xe đạp cho Lào Cai\n\n"
        "LC - Ngày 10/9, Tổ chức Plan International đã trao tặng 300 xe đạp cho tỉnh Lào Cai, "
        "trị giá 450 triệu đồng.\n\nTrong ảnh: Tổ chức Plan International trao tặng 300 xe đạp "
        "cho tỉnh Lào Cai.\n"))

    [donation] = extraction.dataset.donations
    assert len(donation.sources) == 3
    assert donation.value.value == 450_000_000 and donation.donors == ["plan-international"]


def test_a_citys_region_is_where_it_is_not_a_second_party(tmp_path):
    """"cho Chính quyền thành phố Bách Sắc, Khu tự trị … Quảng Tây": Baise receives."""
    extraction = _extract(tmp_path, "Ngày 8/2/2022, UBND tỉnh Cao Bằng đã trao tặng 50.000 khẩu "
                          "trang y tế cho Chính quyền thành phố Bách Sắc, Khu tự trị dân tộc "
                          "Choang Quảng Tây (Trung Quốc).\n")

    [donation] = extraction.dataset.donations
    assert donation.recipients == ["baise"]


def test_the_place_of_a_ceremony_is_no_party(tmp_path):
    """"tại xã …, huyện Chi Lăng, Đại sứ quán …": the district is where, not who."""
    extraction = _extract(tmp_path, "Ngày 16/11/2022, tại xã Hữu Kiên, huyện Chi Lăng, Đại sứ "
                          "quán Nhật Bản đã bàn giao 2 phòng học trị giá 85.000 USD cho Trường "
                          "Tiểu học Hữu Kiên.\n")

    [donation] = extraction.dataset.donations
    assert donation.donors == ["embassy-japan"]
    assert _names(extraction)[donation.recipients[0]] == "Trường Tiểu học Hữu Kiên"


def test_a_second_donor_is_not_the_first_ones_co_donor(tmp_path):
    """Two donors in two sentences: two donations, one donor each."""
    extraction = _extract(tmp_path, "Ngày 18/9/2023, Sở Y tế tỉnh Đồng Tháp tiếp nhận 20.000 lọ "
                          "thuốc do Tổ chức Y tế Thế giới (WHO) trao tặng. Cùng ngày, Tổ chức "
                          "PATH trao tặng Sở Y tế tỉnh Đồng Tháp 50 máy xét nghiệm.\n")

    assert [d.donors for d in extraction.dataset.donations] == [["who"], ["path"]]


def test_a_gift_going_abroad_goes_from_the_province(tmp_path):
    """"tỉnh Sơn La đã trao tặng tỉnh Hủa Phăn (Lào) …": Sơn La gives, Houaphanh receives."""
    extraction = _extract(tmp_path, "Ngày 21/12/2021, tỉnh Sơn La đã trao tặng tỉnh Hủa Phăn "
                          "(Lào) 2 tỷ đồng hỗ trợ phòng, chống dịch.\n")

    [donation] = extraction.dataset.donations
    assert (donation.donors, donation.recipients) == (["son-la"], ["houaphanh"])


def test_a_vietnamese_body_working_with_a_foreign_donor_does_not_give(tmp_path):
    """"Hội Chữ thập đỏ … phối hợp với Quỹ … trao tặng": the foundation gives."""
    extraction = _extract(tmp_path, "Sáng 11/1/2024, Hội Chữ thập đỏ tỉnh An Giang phối hợp với "
                          "Quỹ từ thiện Tzu Chi (Đài Loan) trao tặng 500 suất quà Tết, tổng trị "
                          "giá 250 triệu đồng.\n")

    [donation] = extraction.dataset.donations
    assert donation.donors == ["tzu-chi"]


def test_a_day_without_a_year_takes_the_pages_year_flagged_as_inferred(tmp_path):
    """"Ngày 12/9" under a 2023 date line is 12 September 2023, and the JSON says the year
    was supplied (`default_year`); a fact with no date of its own takes the lede's."""
    extraction = _extract(tmp_path, (
        "14/09/2023 08:30\n\nHỗ trợ Lào Cai\n\nLC - Ngày 12/9, Tổ chức Oxfam đã trao tặng tỉnh "
        "Lào Cai 200 triệu đồng. Dịp này, Tổ chức Oxfam trao tặng tỉnh Lào Cai 30 máy tính.\n"))

    first, second = extraction.dataset.donations
    assert str(first.when.start) == str(second.when.start) == "2023-09-12"
    dumped = article.dump(extraction.dataset)
    assert dumped["donations"][0]["when"]["default_year"] == 2023


def test_a_headlines_gift_takes_the_day_the_body_tells_it_on(tmp_path):
    """The headline tells the gift, the lede goes on telling it with its day ("Ngày 28/12"
    on a page of 5 January): the gift was given on that day of the year before, not on the
    day the page came out."""
    extraction = _extract(tmp_path, (
        "Tổ chức World Vision trao tặng 200 suất quà cho huyện Mường Khương\n\n"
        "Thứ Sáu, 05/01/2024 | 08:30\n\n"
        "Ngày 28/12, Tổ chức Tầm nhìn Thế giới (World Vision) đã trao tặng 200 suất quà cho "
        "học sinh nghèo huyện Mường Khương, tỉnh Lào Cai, tổng trị giá 100 triệu đồng.\n"))

    [gift] = extraction.dataset.donations
    assert str(gift.when.start) == "2023-12-28"


def test_a_page_without_a_date_line_takes_the_year_its_text_writes(tmp_path):
    extraction = _extract(tmp_path, "Ngày 5/8, Tổ chức Oxfam trao tặng tỉnh Lào Cai 200 triệu "
                          "đồng, trong kế hoạch hỗ trợ năm 2022 của tổ chức.\n")

    assert str(extraction.dataset.donations[0].when.start) == "2022-08-05"


def test_an_english_page_gives_the_same_kinds_of_facts(tmp_path):
    """An English page of a department's site: its gift and its MOU, dated from "On
    October 18", sums in "billion VND"."""
    extraction = _extract(tmp_path, (
        "20/10/2022 15:30\n\nThanh Hoa and JICA sign memorandum of understanding\n\n"
        "TH - On October 18, Thanh Hoa Provincial People's Committee and the Japan International "
        "Cooperation Agency (JICA) signed a memorandum of understanding on primary health care. "
        "On this occasion, JICA presented medical equipment worth 1.2 billion VND to Thanh Hoa "
        "General Hospital.\n"))

    [agreement] = extraction.dataset.agreements
    [donation] = extraction.dataset.donations
    assert extraction.document.language == "en"
    assert set(agreement.parties) == {"thanh-hoa", "jica"}
    assert str(agreement.signed.start) == "2022-10-18"
    assert donation.donors == ["jica"] and donation.value.value == 1_200_000_000
    assert _names(extraction)[donation.recipients[0]] == "Thanh Hoa General Hospital"


def test_an_unknown_item_keeps_the_name_it_was_written_with(tmp_path):
    extraction = _extract(tmp_path, "Ngày 3/5/2024, Tổ chức Oxfam trao tặng tỉnh Lào Cai 40 "
                          "máy lọc nước gia đình.\n")

    [item] = extraction.dataset.items
    assert item.name_vi == item.name_en == "máy lọc nước gia đình"


def test_plans_and_wishes_are_neither_agreements_nor_gifts(tmp_path):
    """"khả năng ký kết … trong thời gian tới" signs nothing; "dự kiến sẽ tài trợ" gives
    nothing yet; the books handed over the same day are a gift."""
    extraction = _extract(tmp_path, (
        "Ngày 10/10/2023, hai bên trao đổi về khả năng ký kết biên bản ghi nhớ hợp tác với Tổ "
        "chức Plan International trong thời gian tới. Tổ chức Plan International dự kiến sẽ tài "
        "trợ khoảng 5 tỷ đồng cho tỉnh Lâm Đồng trong năm 2024. Tại buổi làm việc, Tổ chức Plan "
        "International đã trao tặng 100 bộ sách cho tỉnh Lâm Đồng.\n"))

    assert extraction.dataset.agreements == []
    [donation] = extraction.dataset.donations
    assert donation.value is None and str(donation.when.start) == "2023-10-10"


def test_a_price_per_parcel_is_not_the_gifts_value(tmp_path):
    """"500 suất quà …, mỗi suất trị giá 400.000 đồng": 500 parcels, no total given."""
    extraction = _extract(tmp_path, "Ngày 27/1/2025, Tổ chức Oxfam đã trao tặng 500 suất quà "
                          "Tết cho tỉnh Hà Tĩnh, mỗi suất trị giá 400.000 đồng.\n")

    [donation] = extraction.dataset.donations
    assert donation.value is None and donation.items[0].quantity.value == 500


def test_two_agreements_signed_in_one_sentence_are_two(tmp_path):
    """"ký kết Thỏa thuận … với thành phố Kitakyushu và Biên bản ghi nhớ … với tỉnh Okayama"."""
    extraction = _extract(tmp_path, "Ngày 18/4/2023, UBND thành phố Hải Phòng đã ký kết Thỏa "
                          "thuận hợp tác hữu nghị với thành phố Kitakyushu và Biên bản ghi nhớ "
                          "hợp tác với tỉnh Okayama (Nhật Bản).\n")

    assert [a.parties[1:] for a in extraction.dataset.agreements] == [["kitakyushu"],
                                                                       ["okayama"]]


def test_a_bad_gazetteer_entry_is_refused_naming_file_line_and_field(tmp_path):
    """A kind no partner has, on line 3: the file, the line, the field and the reason."""
    path = tmp_path / "ngos.yaml"
    path.write_text("partners:\n  - {id: ok, kind: foreign_ngo, name_en: Fine}\n"
                    "  - {id: bad, kind: charity, name_en: Oops}\n", encoding="utf-8")

    with pytest.raises(LoadError) as error:
        gazetteer_data.read(path)

    [problem] = error.value.problems
    assert (problem.file, problem.line, problem.field) == (path, 3, "partners.1.kind")


def test_a_partner_listed_in_the_gazetteer_comes_with_its_record_and_country(tmp_path):
    """KOICA is in data/gazetteer, not in data/seed: the dataset carries its record (names,
    country) so that `load` can write it, and the country it needs."""
    extraction = _extract(tmp_path, "Ngày 20/3/2024, KOICA viện trợ 3.000.000 USD cho tỉnh Lai "
                          "Châu.\n")

    koica = next(p for p in extraction.dataset.partners if p.id == "koica")
    assert koica.name_en == "Korea International Cooperation Agency"
    assert koica.country == "south-korea"


def _totals(scores) -> tuple[int, int, int]:
    return (sum(len(s.matched) for s in scores), sum(len(s.extracted) for s in scores),
            sum(len(s.gold) for s in scores))


def test_the_development_corpus_keeps_its_scores():
    """Event-level precision and recall on data/extract-corpus/dev, meetings included where
    the gold scores them. Articles 1-286, which the rules were tuned on longest: 0.95 and
    0.95 at the last count (0.97 before the one district a gift went to became its
    receiver, a reading the writers of 227-476 share and most of 1-226 do not). All 2764,
    with the batches each scored first as it came (287-2764; 2193-2764, twenty-six
    batches from twenty-six more writers, scored 43 right of 61 proposed and 71 in the
    gold, then 45 of 67 and 64, then 32 of 52 and 63, then 39 of 70 and 75, then 35 of 70
    and 76, then 37 of 55 and 63, then 39 of 65 and 66, then 42 of 66 and 66, then 44 of 60
    and 66, then 55 of 77 and 81, then 42 of 64 and 62, then 33 of 54 and 55, then 50 of 67
    and 66, before any rule learnt from them):
    3668 / 4282 / 4401 and 39 / 65 / 66 when the sixth pair from the last came, 0.85 and
    0.83."""
    scores = evaluate.evaluate(DEV, article.Gazetteer.from_files())
    tuned = [s for s in scores if int(s.name.split("-", 1)[0]) <= 286]
    assert len(tuned) == 286 and len(scores) == 2764

    right, extracted, gold = _totals(tuned)
    assert right / extracted >= 0.93
    assert right / gold >= 0.93
    right, extracted, gold = _totals(scores)
    assert right / extracted >= 0.82
    assert right / gold >= 0.80


def test_the_scorer_refuses_a_wrong_figure_or_year():
    """The scorer itself: a right reading matches, one wrong figure or year does not."""
    gold = evaluate.gold_events(evaluate.GoldFile.model_validate({"language": "vi", "events": [
        {"type": "donation", "donors": ["KOICA"], "recipients": ["tỉnh Lai Châu"],
         "value": "3.000.000 USD", "year": 2024}]}))[0]
    mine = evaluate.Event("donation", {"donors": [["KOICA"]], "recipients": [["tỉnh Lai Châu"]]},
                          gold.value, "USD", set(), 2024)

    assert evaluate.matches(gold, mine)
    assert not evaluate.matches(gold, evaluate.Event(
        "donation", mine.roles, (1,), "USD", set(), 2024))
    assert not evaluate.matches(gold, evaluate.Event(
        "donation", mine.roles, gold.value, "USD", set(), 2023))


def test_the_scorer_names_what_differs_in_each_wrong_fact():
    """`extract-eval --causes`: a wrong fact is set against the gold event it differs from
    least; a fact with no gold event of its type left, and a gold event nothing came near,
    are counted as such."""
    gold = evaluate.gold_events(evaluate.GoldFile.model_validate({"language": "vi", "events": [
        {"type": "donation", "donors": ["KOICA"], "recipients": ["tỉnh Lai Châu"],
         "value": "3.000.000 USD", "year": 2024},
        {"type": "donation", "donors": ["JICA"], "recipients": ["tỉnh Sơn La"], "year": 2023},
        {"type": "agreement", "parties": ["tỉnh Lai Châu", "KOICA"], "year": 2024}]}))
    near = evaluate.Event("donation", {"donors": [["KOICA"]], "recipients": [["tỉnh Hà Giang"]]},
                          gold[0].value, "USD", set(), 2023)
    stray = evaluate.Event("engagement", {"parties": [["KOICA"], ["tỉnh Lai Châu"]]}, year=2024)
    right = evaluate.Event("agreement", {"parties": [["KOICA"], ["tỉnh Lai Châu"]]}, year=2024)

    scores = [evaluate.score_article("a", gold, [near, stray, right])]

    assert evaluate.differences(gold[0], near) == ["recipients", "year"]
    assert evaluate.causes(scores) == {
        "donation": {"recipients + year": 1, evaluate.NOT_FOUND: 1},
        "engagement": {evaluate.NOT_IN_GOLD: 1}}
    assert "| donations | recipients + year | 1 |" in evaluate.causes_report(scores)


def test_a_meeting_told_in_headline_and_lede_is_one_engagement_with_the_mission(tmp_path):
    """The headline and the lede tell one reception; the ambassador stands for his embassy,
    "tại Việt Nam" is where it works, and the headline takes the lede's date."""
    extraction = _extract(tmp_path, (
        "22/05/2024 17:05\n\nChủ tịch UBND tỉnh Lai Châu tiếp Đại sứ Hàn Quốc\n\nLCh - Chiều "
        "21/5, Chủ tịch UBND tỉnh Lai Châu đã tiếp ông Choi Young Sam, Đại sứ Hàn Quốc tại Việt "
        "Nam, đến thăm và làm việc tại tỉnh.\n"))

    [meeting] = extraction.dataset.engagements
    assert "embassy-south-korea" in meeting.participants
    assert "vietnam" not in meeting.participants and len(meeting.participants) == 2
    assert (len(meeting.sources), meeting.when.start.isoformat()) == (2, "2024-05-21")


def test_an_english_working_visit_is_an_engagement_of_both_sides(tmp_path):
    """"A delegation of Gyeonggi Province … visited and worked with Vinh Phuc Provincial
    People's Committee": a visit of the two, not only a gift."""
    extraction = _extract(tmp_path, (
        "25/10/2024 09:10\n\nGyeonggi delegation visits Vinh Phuc\n\nVP - On October 24, a "
        "delegation of Gyeonggi Province led by Vice Governor Kim Sung-joong visited and worked "
        "with Vinh Phuc Provincial People's Committee.\n"))

    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["gyeonggi", "vinh-phuc"]


def test_a_building_handed_over_and_priced_in_the_next_sentence_is_one_gift(tmp_path):
    """"… bàn giao công trình Trạm y tế xã Dân Hóa. Công trình có tổng vốn đầu tư 2,3 tỷ
    đồng": the building is the gift and the next sentence its price."""
    extraction = _extract(tmp_path, (
        "12/12/2023 09:40\n\nBàn giao trạm y tế\n\nQB - Ngày 11/12, Tổ chức Samaritan's Purse "
        "bàn giao công trình Trạm y tế xã Dân Hóa cho tỉnh Quảng Bình.\n\nCông trình có tổng "
        "vốn đầu tư 2,3 tỷ đồng, gồm 8 phòng chức năng.\n"))

    [donation] = extraction.dataset.donations
    assert donation.donors == ["samaritans-purse"] and donation.recipients == ["quang-binh"]
    assert (donation.value.value, len(donation.sources)) == (2_300_000_000, 2)


def test_a_chairman_named_after_his_committee_is_not_part_of_its_name(tmp_path):
    """"Chủ tịch UBND tỉnh Thanh Hóa Đỗ Minh Tuấn đã tiếp …": the committee of Thanh Hóa,
    not a body called "UBND tỉnh Thanh Hóa Đỗ Minh Tuấn"."""
    extraction = _extract(tmp_path, (
        "15/06/2024 20:10\n\nThanh Hóa tiếp đoàn Hủa Phăn\n\nTH - Ngày 14/6, Chủ tịch UBND "
        "tỉnh Thanh Hóa Đỗ Minh Tuấn đã tiếp và làm việc với đoàn đại biểu tỉnh Hủa Phăn "
        "(Lào).\n"))

    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["houaphanh", "thanh-hoa"]
    assert not any("Tuấn" in n for n in _names(extraction).values())


def test_a_date_line_with_a_label_or_a_weekday_dates_the_page(tmp_path):
    """"Updated: 20/09/2024 15:30" and "Thứ Năm, 14/03/2024 - 10:20" are date lines: a
    day without a year in the text takes 2024 from them."""
    for line in ("Updated: 20/09/2024 15:30", "Thứ Năm, 14/03/2024 - 10:20"):
        extraction = _extract(tmp_path, (
            f"{line}\n\nKOICA trao tặng máy tính\n\nLCh - Ngày 2/3, KOICA trao tặng tỉnh Lai "
            "Châu 50 máy tính trị giá 500 triệu đồng.\n"))

        [donation] = extraction.dataset.donations
        assert donation.when.start.year == 2024, line


@pytest.mark.parametrize("line", [
    "Sở Ngoại vụ tỉnh Lai Châu - 14/03/2022", "Tác giả: Minh Anh | 14/03/2022",
    "(Cập nhật: 14/03/2022 09:00)", "Thứ hai - 14/03/2022 10:15",
    "Posted: 2022-03-14 | Department of Foreign Affairs of Lai Chau province"])
def test_a_short_line_that_is_mostly_its_date_dates_the_page(tmp_path, line):
    """A short line above the story whose date is most of what it says (a source, a byline,
    a bracket, a bar) is the page's date line: the day the lede gives without a year is in
    2022, not in the latest year the text happens to write ("giai đoạn 2024-2026")."""
    extraction = _extract(tmp_path, (
        f"KOICA trao tặng máy tính cho Lai Châu\n\n{line}\n\nLCh - Ngày 2/3, KOICA trao "
        "tặng tỉnh Lai Châu 50 máy tính trị giá 500 triệu đồng, phục vụ kế hoạch chuyển đổi "
        "số giai đoạn 2024-2026 của tỉnh.\n"))

    [donation] = extraction.dataset.donations
    assert str(donation.when.start) == "2022-03-02"


def test_the_scorer_counts_meetings_only_where_the_gold_scores_them(tmp_path):
    """A gold file that does not list engagements under `scored` leaves the extracted
    meetings out; one that does scores them, and refuses an engagement event otherwise."""
    text = ("22/05/2024 17:05\n\nChủ tịch UBND tỉnh Lai Châu tiếp Đại sứ Hàn Quốc\n\nLCh - "
            "Chiều 21/5, Chủ tịch UBND tỉnh Lai Châu đã tiếp Đại sứ Hàn Quốc tại Việt Nam.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "a.gold.yaml"
    gold.write_text("language: vi\nevents: []\n", encoding="utf-8")
    [unscored] = evaluate.evaluate(tmp_path, article.Gazetteer.from_files())
    gold.write_text("language: vi\nscored: [donation, agreement, engagement]\nevents:\n"
                    "  - {type: engagement, parties: [tỉnh Lai Châu, Đại sứ quán Hàn Quốc],"
                    " year: 2024}\n", encoding="utf-8")
    [scored] = evaluate.evaluate(tmp_path, article.Gazetteer.from_files())

    assert (len(unscored.extracted), len(scored.matched)) == (0, 1)
    gold.write_text("language: vi\nevents:\n  - {type: engagement, parties: [a, b]}\n",
                    encoding="utf-8")
    with pytest.raises(LoadError):
        evaluate.read_gold(gold)


def test_the_scorer_reads_a_body_named_bare_as_the_provinces_own():
    """A gold name ending in a bare "tỉnh" ("Trung tâm Công tác xã hội tỉnh") is the
    province's own body, written out in full by the extractor; another body is not."""
    assert evaluate.same_partner(["Trung tâm Công tác xã hội tỉnh"],
                                 ["Trung tâm Công tác xã hội tỉnh Hưng Yên"])
    assert not evaluate.same_partner(["Trung tâm Công tác xã hội"],
                                     ["Trung tâm Công tác xã hội tỉnh Hưng Yên"])
    assert not evaluate.same_partner(["Bệnh viện Đa khoa tỉnh"],
                                     ["Trung tâm Công tác xã hội tỉnh Hưng Yên"])


def test_a_view_count_after_the_date_is_no_publisher(tmp_path):
    """"Đăng ngày: 14/03/2022 | Lượt xem: 250": the page's date, and no publisher named
    "Lượt xem"; "… | Department of Foreign Affairs of Lai Chau province" names one."""
    for line, publisher in (("Đăng ngày: 14/03/2022 | Lượt xem: 250", None), (
            "Posted: 2022-03-14 | Department of Foreign Affairs of Lai Chau province",
            "Department of Foreign Affairs of Lai Chau province")):
        extraction = _extract(tmp_path, (
            f"KOICA trao tặng máy tính cho Lai Châu\n\n{line}\n\nLCh - Ngày 2/3, KOICA trao "
            "tặng tỉnh Lai Châu 50 máy tính trị giá 500 triệu đồng.\n"))
        [doc] = extraction.dataset.documents
        assert (str(doc.published.start), doc.publisher) == ("2022-03-14", publisher), line


def test_the_scorer_knows_a_place_named_in_generic_words():
    """"huyện Quỳ Châu" is made of words the scorer drops from names (a fund's "quỹ", a
    prefecture's "châu"): it is still the district its committee is, and no other."""
    assert evaluate.same_partner(["huyện Quỳ Châu"], ["UBND huyện Quỳ Châu"])
    assert not evaluate.same_partner(["huyện Quỳ Châu"], ["huyện Quỳ Hợp"])


def test_the_scorer_counts_the_parts_of_a_total_not_the_total(tmp_path):
    """"… tổng trị giá 300 triệu đồng. Cụ thể, Đoàn trao 200 suất quà …; trao 40 suất học
    bổng …": the extraction keeps the total and its two parts (`part_of`); the scorer, as
    the gold files do, counts the two gifts and not the total."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Hội Từ thiện Sen Vàng trao quà cho đồng bào Khmer Sóc Trăng\nThứ Bảy, 23/12/2023\n\n"
        "Ngày 22/12, Đoàn Hội Từ thiện Sen Vàng đã trao quà cho đồng bào Khmer có hoàn cảnh "
        "khó khăn tỉnh Sóc Trăng, tổng trị giá 300 triệu đồng.\n\n"
        "Cụ thể, Đoàn trao 200 suất quà cho hộ nghèo xã Lai Hòa, tổng trị giá 100 triệu đồng; "
        "trao 40 suất học bổng cho học sinh Trường Tiểu học Vĩnh Hải, tổng trị giá 200 triệu "
        "đồng.\n", encoding="utf-8")
    gazetteer = article.Gazetteer.from_files()
    extraction = article.extract_file(path, gazetteer)

    values = sorted(e.value for e in evaluate.extracted_events(extraction, gazetteer))

    assert len(extraction.dataset.donations) == 3
    assert values == [(Decimal(100_000_000),), (Decimal(200_000_000),)]
