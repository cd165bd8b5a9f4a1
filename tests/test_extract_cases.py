"""The article extractor on test articles written for it in the style of Vietnamese
provincial news (tests/fixtures/articles/), each beside the facts a reader finds in it
(*.expected.yaml). Checked without a database: the facts found are exactly the expected
ones, and each hard case — dates without a year, mixed number conventions, quantities in
brackets, one gift to several recipients, spelling variants of foreign places, page chrome,
a fact told twice — is read as a person reads it."""

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from loaders import article
from loaders.errors import LoadError
from cli import app
from partnergraph.domain import Dataset

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
CASES = sorted(p for p in ARTICLES.iterdir() if p.suffix in article.SUFFIXES)


def _extract(path: Path) -> article.Extraction:
    # The curated partners only, not data/gazetteer: these pages test finding partners from
    # the text alone (the corpus in data/extract-corpus measures the listed ones).
    return article.extract_file(path, article.Gazetteer.from_files(listed=None))


def _named(extraction: article.Extraction) -> dict[str, str]:
    """The Vietnamese name of each partner an extraction cites, by id."""
    return {p.id: p.name_vi for p in extraction.dataset.partners}


def _expected(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))


def _period(p: Any) -> dict | None:
    return {"start": p.start, "end": p.end} if p else None


def _amount(a: Any) -> dict | None:
    if a is None:
        return None
    return {"value": a.value, "currency": a.currency, "qualifier": a.qualifier,
            "ambiguous": a.ambiguous}


def _facts(dataset: Dataset) -> dict[str, list[dict]]:
    """The fields a reader checks, per fact type, in the .expected.yaml shape."""
    return {
        "donations": [{"donors": d.donors, "recipients": d.recipients,
                       "items": {i.item: i.quantity and i.quantity.value for i in d.items},
                       "value": _amount(d.value), "when": _period(d.when)}
                      for d in dataset.donations],
        "agreements": [{"kind": a.kind, "parties": a.parties, "count": a.count,
                        "signed": _period(a.signed), "period": _period(a.period),
                        "quotes": len(a.sources)} for a in dataset.agreements],
        "projects": [{"kind": p.kind, "funders": p.funders, "beneficiaries": p.beneficiaries,
                      "budget": _amount(p.budget), "period": _period(p.period)}
                     for p in dataset.projects],
        "engagements": [{"kind": e.kind, "participants": e.participants, "when": _period(e.when)}
                        for e in dataset.engagements],
    }


def _normalised(expected: list[dict], found: list[dict]) -> list[dict]:
    """Expected facts with the defaults a file leaves out (no items, one quote, …)."""
    defaults = {"items": {}, "value": None, "when": None, "count": None, "signed": None,
                "period": None, "quotes": 1, "funders": [], "beneficiaries": [], "budget": None}
    keys = found[0].keys() if found else set()
    return [{k: fact.get(k, defaults.get(k)) for k in keys} for fact in expected]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_the_facts_found_are_the_facts_a_reader_finds(path):
    """Per fact type, the extracted facts equal the expected ones: nothing missed, nothing
    invented, every field as the reader reads it."""
    expected, found = _expected(path), _facts(_extract(path).dataset)

    for fact_type in ("donations", "agreements", "projects", "engagements"):
        want = _normalised(expected[fact_type] or [], found[fact_type])
        assert found[fact_type] == want, fact_type


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_partners_resolve_to_known_ones_or_are_proposed_with_kind_and_country(path):
    """Known partners are cited by their id; the others are proposed once each, with the
    kind their head word gives and the country the text gives."""
    expected, dataset = _expected(path), _extract(path).dataset

    assert dataset.home == expected["home"]
    assert {p.id: {"kind": p.kind, "country": p.country} for p in dataset.partners} == \
        expected["new_partners"]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_document_metadata_is_read_and_page_chrome_is_left_out(path):
    """Headline, date, publisher and byline are found; menus, polls, share links and the
    "Tin khác" list are in no sentence, and the page's own date line is not the date."""
    expected, extraction = _expected(path), _extract(path)
    doc, want = extraction.document, expected["document"]

    assert doc.title == want["title"]
    assert (doc.publisher, doc.author) == (want["publisher"], want["author"])
    assert doc.published.start == want["published"]
    sentences = " ".join(s.text for s in extraction.page.sentences)
    for chrome in expected["chrome"]:
        assert chrome not in sentences, chrome


def test_a_date_without_a_year_takes_the_publication_year_or_the_year_before():
    """"ngày 15/3" in an article of 18/03/2024 is 2024; "ngày 20/12" is December 2023."""
    dataset = _extract(ARTICLES / "tuyen-quang-hope-bridge.txt").dataset

    whens = {e.when.raw: e.when.start for e in dataset.engagements}
    gifts = {d.when.raw: d.when.start for d in dataset.donations if d.when}
    assert whens["Ngày 15/3"] == date(2024, 3, 15)
    assert gifts["ngày 20/12"] == date(2023, 12, 20)


def test_vietnamese_and_english_number_conventions_in_one_text():
    """"1,2 tỷ" is 1.2 billion, "5.000" five thousand, and "25,000 USD" is kept ambiguous
    with its other reading (25) beside the plausible one (25 000)."""
    dataset = _extract(ARTICLES / "tuyen-quang-hope-bridge.txt").dataset

    values = {d.value.raw: d.value for d in dataset.donations if d.value}
    assert values["hơn 1,2 tỷ đồng"].value == 1_200_000_000
    assert values["25,000 USD"].value == 25_000 and values["25,000 USD"].alternatives == [25]
    assert values["25,000 USD"].note


def test_quantities_written_in_brackets_keep_their_unit():
    """"máy tạo Oxy (15 cái)" is 15 oxygen concentrators, unit "cái"."""
    dataset = _extract(ARTICLES / "tuyen-quang-hope-bridge.txt").dataset

    lines = {i.item: i.quantity for d in dataset.donations for i in d.items}
    assert (lines["oxygen-concentrator"].value, lines["oxygen-concentrator"].unit) == (15, "cái")


def test_one_gift_to_several_recipients_stays_one_donation():
    """A list of recipients sharing one gift is one donation with all of them, not shares."""
    dataset = _extract(ARTICLES / "tuyen-quang-hope-bridge.txt").dataset

    shared = [d for d in dataset.donations if len(d.recipients) > 1]
    assert len(shared) == 1 and len(shared[0].recipients) == 3


def test_a_body_named_by_every_province_is_not_taken_for_another_provinces():
    """"Sở Ngoại vụ tỉnh Tuyên Quang" is not Hà Giang's "Sở Ngoại vụ" of the curated data."""
    dataset = _extract(ARTICLES / "tuyen-quang-hope-bridge.txt").dataset

    cited = {p for e in dataset.engagements for p in e.participants}
    assert "ha-giang-dofa" not in cited


def test_every_fact_is_marked_extracted_and_quotes_the_text_verbatim():
    """Every source says `extracted`, has a confidence in (0, 1] and a quote found in the
    stored text."""
    for path in CASES:
        extraction = _extract(path)
        text = extraction.document.text
        for section, _, record in extraction.dataset.records():
            for source in getattr(record, "sources", None) or []:
                assert source.method == "extracted", (path.name, section, record.id)
                assert 0 < source.confidence <= 1
                assert source.quote in text


def test_extracting_twice_gives_the_same_dataset():
    """Ids come from the text (sha256, sentence, rank), so the output never changes."""
    path = ARTICLES / "ha-giang-gyeonggi.html"
    first = _extract(path).dataset.model_dump_json()

    assert _extract(path).dataset.model_dump_json() == first


def test_the_cli_prints_a_dataset_that_validates():
    """`partnergraph extract --no-graph FILE` prints JSON in the loaders' dataset shape."""
    result = CliRunner().invoke(app, ["extract", "--no-graph",
                                      str(ARTICLES / "tuyen-quang-hope-bridge.txt")])

    assert result.exit_code == 0, result.output
    dataset = Dataset.model_validate(json.loads(result.stdout))
    assert len(dataset.donations) == 4 and dataset.documents[0].text


def test_a_fact_the_domain_refuses_is_left_out_and_named(tmp_path):
    """"ký kết 0 thỏa thuận" makes no valid agreement: it is left out, named in `skipped`,
    and the sentence's other facts stay; a country the gazetteer does not know is kept as
    written in the partner's notes."""
    path = tmp_path / "bai.txt"
    path.write_text("Ngày 3/5/2024, tỉnh Hà Giang trao tặng 2.000 khẩu trang y tế cho Tổ chức "
                    "ABC (Bhutan); tỉnh cũng ký kết 0 thỏa thuận hợp tác.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    assert extraction.dataset.agreements == []
    assert len(extraction.skipped) == 1 and "agreement" in extraction.skipped[0]
    assert [d.recipients for d in extraction.dataset.donations] == [["extracted-to-chuc-abc"]]
    assert extraction.dataset.partners[0].notes == "Country as written: Bhutan."


def test_an_article_too_large_to_be_one_is_refused_before_it_is_read(tmp_path):
    """A 1 GB "article" (sparse: it costs no disk) is refused by its size, naming it."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(1024 ** 3)

    with pytest.raises(LoadError) as error:
        article.extract_file(path)

    assert "huge.txt" in str(error.value) and "limit" in str(error.value)


def test_works_told_again_are_counted_once(tmp_path):
    """The classrooms of a handed-over building, named again where the building is
    described ("gồm 8 phòng học"), are the same 8 classrooms, not 16; what comes with them
    is still added."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 11/3/2024, Tổ chức Tầm nhìn Thế giới bàn giao nhà lớp học 2 tầng, 8 phòng học "
        "cho Trường Tiểu học Trịnh Tường, với tổng kinh phí 2,8 tỷ đồng.\n\n"
        "Công trình có tổng diện tích sàn gần 600 m2, gồm 8 phòng học và 120 bộ bàn ghế "
        "học sinh.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert sorted(i.quantity.raw for i in gift.items) == ["120 bộ", "8 phòng học"]


def test_a_total_the_giver_paid_is_the_gift_after_the_price_of_each(tmp_path):
    """"Mỗi căn nhà … trị giá 60 triệu đồng; tổng kinh phí doanh nghiệp tài trợ là 1,2 tỷ
    đồng": the price of one house stands first, and far from its "Mỗi"; the total the giver
    paid is the gift's value. A total cost of which the giver paid a share stays the cost."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 5/3/2024, Công ty TNHH Hải Âu bàn giao 20 căn nhà đại đoàn kết cho xã Thạnh "
        "Hưng, huyện Giồng Riềng.\n\n"
        "Mỗi căn nhà có diện tích 45 m², kết cấu khung bê tông cốt thép, mái tôn chống nóng, "
        "trị giá 60 triệu đồng; tổng kinh phí doanh nghiệp tài trợ là 1,2 tỷ đồng.\n",
        encoding="utf-8")
    shared = tmp_path / "chia.txt"
    shared.write_text(
        "Ngày 20/7/2023, Tổ chức Tầm nhìn Thế giới phối hợp với UBND huyện Tân Lạc khánh "
        "thành và bàn giao nhà văn hóa xóm Đồng Bến, xã Phú Vinh.\n\nTổng kinh phí xây dựng "
        "công trình là 850 triệu đồng, trong đó Tổ chức Tầm "
        "nhìn Thế giới tài trợ 600 triệu đồng.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations
    [share] = article.extract_file(shared).dataset.donations

    assert gift.value.raw == "1,2 tỷ đồng"
    assert share.value.raw == "600 triệu đồng"


def test_an_english_total_told_after_the_cost_of_each_is_the_gift(tmp_path):
    """"Each house … was built at a cost of VND 80 million, bringing the total value of the
    project to VND 1.2 billion": the total, not the cost of one house."""
    path = tmp_path / "page.txt"
    path.write_text(
        "On October 18, 2023, Hope for Mekong Children Society, a Canadian NGO, handed over "
        "15 charity houses to poor households in Lich Hoi Thuong commune, Soc Trang "
        "province.\n\nEach house has a floor area of 50 square metres and was built at a cost "
        "of VND 80 million, bringing the total value of the project to VND 1.2 billion.\n",
        encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.value.raw == "VND 1.2 billion"


def test_a_hall_or_a_market_is_no_school(tmp_path):
    """"tại hội trường UBND huyện Thoại Sơn" is the district's hall, "thị trường Nhật Bản"
    the Japanese market: no school ("Trường …") is proposed from either, and the district's
    committee that owns the project receives it."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 13/12/2023, tại hội trường UBND huyện Thoại Sơn, Sở Ngoại vụ tỉnh An Giang phối "
        "hợp với Tổ chức FAC tổ chức hội nghị tổng kết dự án.\n\n"
        "Dự án do Tổ chức FAC tài trợ với tổng kinh phí 120.000 USD, UBND huyện Thoại Sơn làm "
        "chủ dự án. Sản phẩm của dự án đã vào thị trường Nhật Bản.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    names = [p.name_vi for p in extraction.dataset.partners]
    assert not any(n and n.lower().startswith("trường") for n in names), names
    [gift] = extraction.dataset.donations
    assert gift.recipients == ["extracted-ubnd-huyen-thoai-son"]


def test_the_owner_of_a_funded_project_receives_it(tmp_path):
    """"…; Ban Quản lý rừng phòng hộ Đất Mũi là chủ dự án": the project's owner receives
    the grant, not the department that organised its launch with the donor."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Sáng 22/5/2023, Sở Nông nghiệp và Phát triển nông thôn tỉnh Cà Mau phối hợp với Tổ "
        "chức Mangrove Guardians (Hà Lan) tổ chức lễ khởi động dự án phục hồi rừng ngập "
        "mặn.\n\nDự án được tài trợ bởi Tổ chức Mangrove Guardians, với tổng kinh phí hơn "
        "450.000 euro; Ban Quản lý rừng phòng hộ Đất Mũi là chủ dự án.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    [gift] = extraction.dataset.donations
    named = _named(extraction)
    assert [named[r] for r in gift.recipients] == ["Ban Quản lý rừng phòng hộ Đất Mũi"]


def test_works_installed_for_someone_are_given(tmp_path):
    """"X đã lắp đặt 5 trạm lọc nước RO cho các ấp vùng sâu …, với tổng trị giá 50 nghìn
    USD": what a body installs for a place is its gift; installing with no one it is for
    is none."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Sở Ngoại vụ tỉnh Cà Mau cho biết, tỉnh đã tiếp nhận 11 khoản viện trợ.\n\n"
        "Trong 6 tháng đầu năm 2024, Tổ chức Tình nguyện Sông Mê Kông của Singapore đã lắp "
        "đặt 5 trạm lọc nước RO cho các ấp vùng sâu của huyện U Minh với tổng trị giá 50 "
        "nghìn USD.\n\nCông ty Điện lực đã lắp đặt 20 trạm biến áp mới.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.value.raw == "50 nghìn USD"
    assert [i.quantity.raw for i in gift.items] == ["5 trạm lọc nước RO"]


def test_who_held_talks_and_then_handed_over_gives(tmp_path):
    """"BÌNH PHƯỚC HỘI ĐÀM VỚI TỈNH KRATIE, BÀN GIAO 3 PHÒNG HỌC …": the province that held
    the talks hands over, as the body says; the headline tells no gift the other way."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "BÌNH PHƯỚC HỘI ĐÀM VỚI TỈNH KRATIE, BÀN GIAO 3 PHÒNG HỌC TẠI HUYỆN SNUOL\n"
        "Thứ Sáu, 24/11/2023\n\n"
        "Trong hai ngày 22 và 23/11, đoàn đại biểu tỉnh Bình Phước đã thăm và làm việc tại "
        "tỉnh Kratie, Vương quốc Campuchia.\n\nSáng 23/11, đoàn dự lễ bàn giao công trình 3 "
        "phòng học tại Trường Tiểu học Khsem, huyện Snuol. Công trình do tỉnh Bình Phước tài "
        "trợ xây dựng với kinh phí hơn 1,6 tỷ đồng.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert (gift.donors, gift.recipients) == (["binh-phuoc"], ["kratie"])


def test_a_schools_number_is_part_of_its_name(tmp_path):
    """"Trường Tiểu học Hàm Ninh 1" is not "Trường Tiểu học Hàm Ninh": the number tells two
    schools of one name apart. A count after a name ("… Cửa Dương 16 máy") is no number of
    the school's."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 27/10/2023, Trường Tiểu học Hàm Ninh 1 và Trường THCS Cửa Cạn (TP. Phú Quốc, "
        "tỉnh Kiên Giang) đã tiếp nhận 16 máy lọc nước uống do Quỹ Hope Springs (Singapore) "
        "trao tặng, tổng trị giá hơn 240 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert [named[r] for r in gift.recipients] == ["Trường Tiểu học Hàm Ninh 1",
                                                   "Trường THCS Cửa Cạn"]


def test_a_project_launched_with_non_refundable_aid_is_the_donors_grant(tmp_path):
    """"… tổ chức Lễ khởi động Dự án "…" với tổng vốn viện trợ không hoàn lại của Chính phủ
    Hàn Quốc thông qua KOICA là 4,5 triệu USD": the launched project is KOICA's grant."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 19/6/2024, tại thành phố Đông Hà, Sở Y tế tỉnh Quảng Trị phối hợp với Cơ quan "
        "Hợp tác Quốc tế Hàn Quốc (KOICA) tổ chức lễ khởi động Dự án \"Tăng cường năng lực "
        "chăm sóc sức khỏe ban đầu\", với tổng vốn viện trợ không hoàn lại của Chính phủ Hàn "
        "Quốc thông qua KOICA là 4,5 triệu USD.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.donors == ["koica"]
    assert gift.value.raw == "4,5 triệu USD"


def test_who_paid_the_share_of_a_budget_gives_it(tmp_path):
    """"… tại 20 trường thuộc 8 xã của huyện Minh Hóa, với tổng ngân sách 5,6 tỷ đồng, trong
    đó Plan International tài trợ 5,1 tỷ đồng": Plan gives its share; the district the
    schools are of gives nothing."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 11/12/2023, Sở Ngoại vụ tỉnh Quảng Bình tổ chức hội nghị tổng kết dự án nước "
        "sạch.\n\nDự án được triển khai tại 20 trường mầm non thuộc 8 xã của huyện Minh Hóa, "
        "với tổng ngân sách 5,6 tỷ đồng, trong đó Plan International tài trợ 5,1 tỷ đồng.\n",
        encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.donors == ["plan-international"]
    assert gift.value.raw == "5,1 tỷ đồng"


def test_who_the_next_sentence_says_funded_a_hand_over_gives_it(tmp_path):
    """"UBND huyện Phù Cát tổ chức lễ bàn giao 10 căn nhà … Các căn nhà được tài trợ bởi
    Công ty X (…) và Công ty Y, với tổng kinh phí 600 triệu đồng": the hand-over named no
    giver; the companies the next sentence names gave, both of them."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 14/12/2023, UBND huyện Phù Cát (tỉnh Bình Định) tổ chức lễ bàn giao 10 căn nhà "
        "đại đoàn kết cho các hộ nghèo. Các căn nhà được tài trợ bởi Công ty TNHH Sungwoo "
        "Vina (doanh nghiệp "
        "100% vốn Hàn Quốc) và Công ty TNHH Hwaseung Vina, với tổng kinh phí 600 triệu "
        "đồng.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.donors == ["extracted-cong-ty-tnhh-sungwoo-vina",
                           "extracted-cong-ty-tnhh-hwaseung-vina"]
    assert gift.value.raw == "600 triệu đồng"


def test_the_total_of_the_things_just_given_is_the_gifts_value(tmp_path):
    """"Tổng giá trị số máy lọc nước và chi phí lắp đặt là hơn 350 triệu đồng", two sentences
    after the gift of "10 máy lọc nước uống": the total of those things is the gift's value;
    a total of something else is not."""
    path = tmp_path / "bai.txt"
    body = (
        "Ngày 4/4/2024, Hội Hữu nghị Đan Mạch – Việt Nam (DVF) trao tặng 10 máy lọc nước uống "
        "cho 10 trường mầm non trên địa bàn huyện Đồng Xuân, tỉnh Phú Yên.\n\n"
        "Buổi lễ được tổ chức tại Trường Tiểu học Xuân Lãnh.\n\n"
        "Mỗi máy có công suất 300 lít/giờ. Tổng giá trị số {what} là hơn 350 triệu đồng.\n")
    path.write_text(body.format(what="máy lọc nước và chi phí lắp đặt"), encoding="utf-8")
    other = tmp_path / "khac.txt"
    other.write_text(body.format(what="dự án đầu tư của tỉnh"), encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations
    [unpriced] = article.extract_file(other).dataset.donations

    assert gift.value.raw == "hơn 350 triệu đồng"
    assert unpriced.value is None


def test_a_delegations_counted_gift_to_people_abroad_goes_to_the_province_abroad(tmp_path):
    """"đoàn đã đến thăm và tặng 200 suất quà cho các hộ gia đình khó khăn tại xã Pak Nhai" in
    news of Gia Lai's visit to Ratanakiri: the province's gift, to the province abroad."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 21/3/2024, đoàn công tác tỉnh Gia Lai đã thăm và làm việc tại tỉnh Ratanakiri, "
        "Vương quốc Campuchia.\n\nCũng trong chuyến công tác, đoàn đã đến thăm và tặng 200 "
        "suất quà cho các hộ gia đình khó khăn tại xã Pak Nhai, huyện O'Yadav.\n",
        encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert (gift.donors, gift.recipients) == (["gia-lai"], ["ratanakiri"])
    assert [i.quantity.raw for i in gift.items] == ["200 suất"]


@pytest.mark.parametrize(("text", "city"), [
    ("Chiều 21/8/2023, tại trụ sở UBND Thành phố, Phó Chủ tịch UBND TP.HCM Nguyễn Minh Hải "
     "đã tiếp xã giao bà Susan Whitfield, Tổng Lãnh sự Hoa Kỳ tại TP.HCM.", "ho-chi-minh"),
    ("Hải Phòng hội đàm với đoàn đại biểu thành phố Thiên Tân (Trung Quốc)\n\n"
     "Chiều 4/3/2024, tại Trung tâm Hội nghị thành phố, ông Phạm Quang Huy, Chủ tịch UBND TP "
     "Hải Phòng đã tiếp và hội đàm với đoàn đại biểu Chính quyền Nhân dân thành phố Thiên Tân "
     "(Trung Quốc).", "hai-phong"),
])
def test_a_city_is_one_side_however_its_committee_is_written(tmp_path, text, city):
    """A centrally-run city met its guest once, whether the article writes its committee
    "UBND TP.HCM" (with its chairman's name after it), "UBND TP Hải Phòng" or, bare, "UBND
    Thành phố": two sides, the city one of them."""
    path = tmp_path / "bai.txt"
    path.write_text(text + "\n", encoding="utf-8")

    [meeting] = article.extract_file(path).dataset.engagements

    assert len(meeting.participants) == 2
    assert any(city in p for p in meeting.participants)  # the city, or its committee


def test_a_body_named_with_its_foreign_name_in_brackets_keeps_both(tmp_path):
    """"Tổ chức Hỗ trợ người cao tuổi quốc tế (HelpAge International)": the name runs to the
    brackets, and "được tài trợ bởi HelpAge International" later names the same body."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 23/2/2024, Sở Lao động – Thương binh và Xã hội Hà Nội phối hợp với Tổ chức Hỗ "
        "trợ người cao tuổi quốc tế (HelpAge International) tổ chức lễ khởi động dự án.\n\n"
        "Dự án được tài trợ bởi HelpAge International, thực hiện trong giai đoạn 2024–2026 với "
        "tổng kinh phí gần 3 tỷ đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert [named[d] for d in gift.donors] == ["Tổ chức Hỗ trợ người cao tuổi quốc tế"]


def test_a_foreign_name_in_brackets_with_its_small_words_closes_the_name_before(tmp_path):
    """"Tổ chức Người trong tình cảnh khó khăn (People in Need – PIN)": the name runs to the
    brackets, whose foreign name writes "in" in lower case."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 26/12/2023, Sở Ngoại vụ tỉnh Thừa Thiên Huế phối hợp với Tổ chức Người trong tình "
        "cảnh khó khăn (People in Need – PIN) của Cộng hòa Séc tổ chức hội thảo tổng kết dự án."
        "\n\nDự án với tổng kinh phí gần 3 tỷ đồng do PIN tài trợ đã xây mới 45 ngôi nhà an "
        "toàn cho các hộ nghèo huyện Phú Vang.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert [named[d] for d in gift.donors] == ["Tổ chức Người trong tình cảnh khó khăn"]


def test_a_giver_told_only_by_its_kind_and_country_is_not_the_province(tmp_path):
    """"Doanh nghiệp Hàn Quốc tặng …" in a headline names no giver the text names, but it
    names one: a Korean business, not the province the page is about. The body names it,
    and the one gift is its."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Doanh nghiệp Hàn Quốc tặng xe cứu thương trị giá 900 triệu đồng cho Bệnh viện Đa "
        "khoa huyện Tam Dương\n"
        "Thứ Ba, 12/3/2024\n\n"
        "Sáng 12/3, Bệnh viện Đa khoa huyện Tam Dương (tỉnh Vĩnh Phúc) tiếp nhận 01 xe cứu "
        "thương trị giá gần 900 triệu đồng do Công ty TNHH Điện tử Daesung Vina trao tặng.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    givers = [[named.get(d, d) for d in g.donors] for g in extraction.dataset.donations]
    assert givers == [["Công ty TNHH Điện tử Daesung Vina"]]


def test_the_exact_sum_the_body_gives_wins_over_the_rounded_one_before_it(tmp_path):
    """"… trị giá hơn 1,2 tỷ đồng …", then "Lô thiết bị có tổng trị giá 1 tỷ 215 triệu
    đồng, gồm …": the body gives the gift's exact value, which the lede rounded. A total
    that the rounded figure cannot stand for (1,5 tỷ) leaves the value as told."""
    def value(total: str) -> str:
        path = tmp_path / "bai.txt"
        path.write_text(
            "Ngày 9/5/2024, Trung tâm Y tế huyện Lập Thạch tiếp nhận lô thiết bị y tế trị giá "
            "hơn 1,2 tỷ đồng do Công ty TNHH Điện tử Daesung Vina trao tặng.\n\n"
            f"Lô thiết bị có tổng trị giá {total}, gồm 01 máy siêu âm và 03 máy monitor.\n",
            encoding="utf-8")
        [gift] = article.extract_file(path).dataset.donations
        return gift.value.raw

    assert value("1 tỷ 215 triệu đồng") == "1 tỷ 215 triệu đồng"
    assert value("1,5 tỷ đồng") == "hơn 1,2 tỷ đồng"


def test_the_giver_whose_aid_it_is_gives_it(tmp_path):
    """"nổi bật là khoản viện trợ của X trao tặng …": X owns the aid because X gave it; the
    province the summary is about does not."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Hà Nam: 6 tháng đầu năm 2024 tiếp nhận 12 tỷ đồng viện trợ\n"
        "Thứ Hai, 15/7/2024\n\n"
        "Trong số đó, nổi bật là khoản viện trợ của Quỹ Hy vọng Sydney (Australia) trao tặng "
        "3 máy lọc nước cho Trường Tiểu học Lê Hồ, trị giá 150 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert [named.get(d, d) for d in gift.donors] == ["Quỹ Hy vọng Sydney"]


def test_a_boarding_school_keeps_its_whole_name(tmp_path):
    """"Trường Phổ thông Dân tộc nội trú huyện Mường Lát": "nội trú" (boarding) is part of
    the school's kind, and its district part of its name."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 5/9/2024, Quỹ Thiện Tâm Singapore trao tặng 40 máy tính trị giá 400 triệu đồng "
        "cho Trường Phổ thông Dân tộc nội trú huyện Mường Lát.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert [named[r] for r in gift.recipients] == [
        "Trường Phổ thông Dân tộc nội trú huyện Mường Lát"]


def test_a_sum_given_to_a_province_abroad_then_to_a_school_there_is_one_gift(tmp_path):
    """The headline's "tặng tỉnh Hủa Phăn 1,5 tỷ đồng", the body's "hỗ trợ 1 tỷ 500 triệu
    đồng … cho Trường …": the same giver's same sum, to the place, then to the school in it
    that the text does not say is there. One gift, to the school."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Sơn La tặng tỉnh Hủa Phăn 1,5 tỷ đồng xây trường học\n"
        "Thứ Ba, 14/11/2023\n\n"
        "Dịp này, thay mặt lãnh đạo tỉnh Sơn La, Phó Chủ tịch UBND tỉnh đã trao biển tượng "
        "trưng hỗ trợ 1 tỷ 500 triệu đồng để xây dựng nhà lớp học cho Trường Tiểu học Xiêng "
        "Khọ.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert [named.get(r, r) for r in gift.recipients] == ["Trường Tiểu học Xiêng Khọ"]


def test_a_name_ends_where_the_body_it_belongs_to_is_named(tmp_path):
    """"Quỹ Từ thiện Hoa Sen thuộc Tập đoàn Thép Hòa Bình (Malaysia)": the fund belongs to
    the group; its name ends before "thuộc"."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 2/10/2024, Trung tâm Y tế huyện Phước Long tiếp nhận 2 máy siêu âm trị giá 800 "
        "triệu đồng do Quỹ Từ thiện Hoa Sen thuộc Tập đoàn Thép Hòa Bình (Malaysia) tài trợ.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert [named[d] for d in gift.donors] == ["Quỹ Từ thiện Hoa Sen"]


def test_a_school_that_received_from_givers_it_describes_is_no_giver(tmp_path):
    """"Trường X tiếp nhận 4 phòng học do kiều bào tại Đức tài trợ" in the headline: the
    school received, from givers the body names; the photo of the hand-over shows that
    giver's chairman, not the province giving. One gift, the body's."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trường Tiểu học Ba Cụm tiếp nhận 4 phòng học do kiều bào tại Đức tài trợ\n"
        "Thứ Sáu, 15/3/2024\n\n"
        "Sáng 14/3, tại xã Ba Cụm Bắc, huyện Khánh Sơn, Trường Tiểu học Ba Cụm tổ chức lễ "
        "tiếp nhận công trình 4 phòng học do Hội Người Việt tại Leipzig (Cộng hòa Liên bang "
        "Đức) tài trợ với tổng kinh phí 1,4 tỷ đồng.\n\n"
        "Dự buổi lễ có ông Trần Văn Hải, Phó Giám đốc Sở Ngoại vụ tỉnh Khánh Hòa.\n\n"
        "Ảnh: Ông Lê Văn Bình (thứ hai từ trái) trao biểu trưng công trình cho nhà trường.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    givers = [[named.get(d, d) for d in g.donors] for g in extraction.dataset.donations]
    assert givers == [["Hội Người Việt tại Leipzig"]]


def test_each_schools_share_of_a_gift_is_a_gift_from_its_giver(tmp_path):
    """A fund's gift to four schools, then each school's share told its own way: "X được hỗ
    trợ …", "Y nhận …", "Với Z, Quỹ trao …", "Còn W được tặng …". Each share is a gift from
    the fund to that school, never from a school."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 6/12/2023, Quỹ Hy vọng Toronto (Canada) phối hợp với Sở Ngoại vụ tỉnh Cao "
        "Bằng trao kinh phí, trang thiết bị hỗ trợ 4 trường học huyện Hà Quảng, tổng trị giá "
        "900 triệu đồng.\n\n"
        "Trường PTDTBT THCS Sóc Hà được hỗ trợ 300 triệu đồng để cải tạo bếp ăn. Trường Mầm "
        "non Sơn Lộ nhận 250 triệu đồng để xây mới 1 phòng học. Với Trường Tiểu học Nà "
        "Sác, Quỹ trao 8 bộ máy tính, trị giá 200 triệu đồng. Còn Trường Tiểu học Lũng Nặm "
        "được tặng 5 máy lọc nước, tổng trị giá 150 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    shares = {named[g.recipients[0]]: (named[g.donors[0]], g.value.raw)
              for g in extraction.dataset.donations if g.recipients[0] in named
              and named[g.recipients[0]].startswith("Trường")}
    assert shares == {
        "Trường PTDTBT THCS Sóc Hà": ("Quỹ Hy vọng Toronto", "300 triệu đồng"),
        "Trường Mầm non Sơn Lộ": ("Quỹ Hy vọng Toronto", "250 triệu đồng"),
        "Trường Tiểu học Nà Sác": ("Quỹ Hy vọng Toronto", "200 triệu đồng"),
        "Trường Tiểu học Lũng Nặm": ("Quỹ Hy vọng Toronto", "150 triệu đồng")}


@pytest.mark.parametrize("person", ["Đàm Văn Tùng", "Sùng Mí Lử", "Lưu Thị Hạnh",
                                    "Trương Văn Khánh"])
def test_a_vice_chairman_of_a_less_common_family_name_is_no_body(tmp_path, person):
    """"Phó Chủ tịch UBND tỉnh Đàm Văn Tùng": the province's committee, then its vice
    chairman, whatever his family name; the meeting has two sides."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Cao Bằng tiếp đoàn thành phố Bách Sắc\nThứ Năm, 18/4/2024\n\n"
        f"Ngày 17/4, tại trụ sở UBND tỉnh, đồng chí {person}, Phó Chủ tịch UBND tỉnh Cao Bằng "
        "đã tiếp và làm việc với đoàn công tác Chính phủ Nhân dân thành phố Bách Sắc (Trung "
        "Quốc).\n\n"
        f"Phó Chủ tịch UBND tỉnh {person} đề nghị hai bên phối hợp chặt chẽ.\n\n"
        f"Ảnh: Phó Chủ tịch UBND tỉnh {person} tiếp đoàn công tác thành phố Bách Sắc.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    assert not any(person in (p.name_vi or "") for p in extraction.dataset.partners)
    assert all(len(e.participants) == 2 for e in extraction.dataset.engagements)


def test_an_english_name_runs_on_through_its_small_words(tmp_path):
    """"do Tổ chức Bridges for Asia tài trợ": an English name written in a Vietnamese
    sentence keeps "for" and what follows; it is not "Tổ chức Bridges"."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 19/12/2024, Trung tâm Y tế huyện Lục Nam tiếp nhận 2 máy siêu âm trị giá 900 "
        "triệu đồng do Tổ chức Bridges for Asia tài trợ.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert [named[d] for d in gift.donors] == ["Tổ chức Bridges for Asia"]


def test_a_bodys_vietnamese_name_in_brackets_is_no_second_giver(tmp_path):
    """"Tổ chức ChildFund Australia (Quỹ Trẻ em Úc) tài trợ …": the bracket gives the same
    body's Vietnamese name; one giver."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trong quý I/2024, Tổ chức ChildFund Australia (Quỹ Trẻ em Úc) tài trợ 1 tỷ 800 triệu "
        "đồng cho chương trình nước sạch tại huyện Bắc Mê, tỉnh Hà Giang.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.donors == ["childfund"]


def test_where_a_consulates_city_lies_is_no_side_of_the_meeting(tmp_path):
    """"ông X, Tổng Lãnh sự Việt Nam tại Côn Minh (tỉnh Vân Nam, Trung Quốc)": the bracket
    says where the city is; the province met the consulate, not Yunnan."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Chiều 7/5/2024, tại trụ sở UBND tỉnh, đồng chí Trần Văn Lâm, Phó Chủ tịch UBND tỉnh "
        "Lào Cai đã tiếp xã giao ông Nguyễn Văn Đông, Tổng Lãnh sự Việt Nam tại Côn Minh (tỉnh "
        "Vân Nam, Trung Quốc) nhân dịp ông mới nhận nhiệm vụ.\n", encoding="utf-8")

    [meeting] = article.extract_file(path).dataset.engagements

    assert "yunnan" not in meeting.participants and len(meeting.participants) == 2


def test_a_body_named_in_vietnamese_with_its_known_name_in_brackets_is_that_body(tmp_path):
    """"Quỹ Từ thiện Phật giáo Từ Tế (Tzu Chi, Đài Loan – Trung Quốc)": the gazetteer's Tzu
    Chi, by a Vietnamese name it does not list; one giver, not two."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 12/12/2023, 1.500 suất gạo đã được Quỹ Từ thiện Phật giáo Từ Tế (Tzu Chi, Đài "
        "Loan – Trung Quốc) trao tặng cho các hộ nghèo tại huyện Tuy Phong, tỉnh Bình "
        "Thuận.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.donors == ["tzu-chi"]


def test_a_country_in_a_bodys_other_name_in_brackets_is_no_giver(tmp_path):
    """"Quỹ Giáo dục Ireland - Việt Nam (Irish Vietnam Education Trust - IVET)": "Vietnam"
    is a word of the body's English name; Vietnam gave nothing."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 12/3/2024, Quỹ Giáo dục Ireland - Việt Nam (Irish Vietnam Education Trust - "
        "IVET) trao tặng 2 phòng học trị giá 450 triệu đồng cho Trường Tiểu học Sơn Dung, "
        "huyện Sơn Tây, tỉnh Quảng Ngãi.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    [gift] = extraction.dataset.donations

    assert [_named(extraction).get(d, d) for d in gift.donors] == ["Quỹ Giáo dục Ireland - Việt Nam"]


def test_who_held_the_handover_did_not_give_what_do_names_the_giver_of(tmp_path):
    """"Đại sứ quán … phối hợp với UBND huyện … tổ chức lễ bàn giao các công trình do Quỹ
    X tài trợ": the fund gave; the hosts of the ceremony did not."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Sáng 12/3/2024, Đại sứ quán Ireland phối hợp với UBND huyện Sơn Tây, tỉnh Quảng Ngãi "
        "tổ chức lễ bàn giao các công trình, thiết bị do Quỹ Hy vọng Xanh tài trợ cho 3 "
        "trường học trên địa bàn huyện.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    [gift] = extraction.dataset.donations

    assert [_named(extraction).get(d, d) for d in gift.donors] == ["Quỹ Hy vọng Xanh"]


def test_a_share_told_by_who_received_it_is_given_by_the_giver_of_the_whole(tmp_path):
    """"Cụ thể, Trường A tiếp nhận …; Trường B nhận …" after a fund's gift to three
    schools: each share is the fund's gift, to its school."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Sáng 12/3/2024, Quỹ Hy vọng Xanh đã trao tặng 3 trường học trên địa bàn huyện Sơn Tây, "
        "tỉnh Quảng Ngãi các công trình và thiết bị trị giá 625 triệu đồng.\n\n"
        "Cụ thể, Trường Tiểu học Sơn Dung tiếp nhận 2 phòng học kiên cố trị giá 450 triệu "
        "đồng. Riêng Trường Mầm non Sơn Tân nhận bộ thiết bị dạy học trị giá 175 triệu "
        "đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    named = _named(extraction)
    shares = {named.get(d.recipients[0]): [named.get(g, g) for g in d.donors]
              for d in extraction.dataset.donations if d.value and d.value.raw != "625 triệu đồng"}

    assert shares == {"Trường Tiểu học Sơn Dung": ["Quỹ Hy vọng Xanh"],
                      "Trường Mầm non Sơn Tân": ["Quỹ Hy vọng Xanh"]}


def test_a_name_ends_before_the_verb_joined_to_its_last_syllable(tmp_path):
    """"Trường Mầm non Sơn Tân nhận …": the word segmenter reads "Tân nhận" as one word; the
    school's name still ends at "Tân" ("Sở Lao động - Thương binh và Xã hội" keeps its "và"
    and its "hội")."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 5/6/2023, Trường Mầm non Sơn Tân nhận bộ thiết bị dạy học trị giá 175 triệu "
        "đồng do Sở Lao động - Thương binh và Xã hội tỉnh Long An trao tặng.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    assert sorted(_named(extraction).values()) == [
        "Sở Lao động - Thương binh và Xã hội tỉnh Long An", "Trường Mầm non Sơn Tân"]


def test_a_total_told_after_a_gift_and_its_cash_is_the_gifts_value(tmp_path):
    """"… 300 suất quà …, cùng 100 triệu đồng tiền mặt. Tổng trị giá quà tặng là 400 triệu
    đồng.": the gift is worth the total, of which the cash is a part."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 9/4/2024, tỉnh Tây Ninh đã trao tặng tỉnh Svay Rieng 300 suất quà, cùng 100 "
        "triệu đồng tiền mặt để hỗ trợ người dân có hoàn cảnh khó khăn đón Tết. Tổng trị giá "
        "quà tặng là 400 triệu đồng.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.value.raw == "400 triệu đồng"


def test_a_company_named_with_and_without_its_legal_form_is_one_giver(tmp_path):
    """"Công ty Vedan Việt Nam" in the headline, "Công ty Cổ phần Hữu hạn Vedan Việt Nam" in
    the lede: one company, by its whole name, which holds the ceremony for its own gift."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Công ty Vedan Việt Nam trao tặng hơn 1 tỷ đồng cho y tế, giáo dục huyện Long Thành\n"
        "Cập nhật: 27/06/2024 - 10:10\n\n"
        "Ngày 26/6, Công ty Cổ phần Hữu hạn Vedan Việt Nam (doanh nghiệp vốn đầu tư Đài Loan - "
        "Trung Quốc) tổ chức lễ trao tặng trang thiết bị "
        "và quà cho 3 đơn vị trên địa bàn huyện Long Thành, tỉnh Đồng Nai với tổng trị giá hơn "
        "1 tỷ đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    [gift] = extraction.dataset.donations

    assert [_named(extraction)[d] for d in gift.donors] == [
        "Công ty Cổ phần Hữu hạn Vedan Việt Nam"]


def test_staff_a_city_is_ready_to_take_in_are_no_gift(tmp_path):
    """"Phía Daegu sẵn sàng tiếp nhận nhân viên y tế của Đà Nẵng sang thực tập": a readiness
    to take in trainees, neither a gift nor a thing received."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Chiều 11/9/2023, Phó Chủ tịch UBND thành phố Đà Nẵng đã tiếp đoàn công tác thành phố "
        "Daegu (Hàn Quốc). Phía Daegu sẵn sàng tiếp nhận nhân viên y tế của Đà Nẵng sang thực "
        "tập tại các bệnh viện đại học trên địa bàn.\n", encoding="utf-8")

    assert article.extract_file(path).dataset.donations == []


def test_a_known_body_with_a_vietnamese_descriptor_before_it_is_that_body(tmp_path):
    """"Quỹ Nhân đạo Golden West (…)": the gazetteer's Golden West, named in Vietnamese;
    no second giver called "Quỹ Nhân đạo"."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 5/3/2024, Quỹ Nhân đạo Golden West (Golden West Humanitarian Foundation, Hoa Kỳ) "
        "hỗ trợ 50 nghìn USD để đào tạo kỹ thuật viên của Trung tâm Hành động bom mìn tỉnh "
        "Quảng Trị.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.donors == ["golden-west"]


def test_a_fund_named_by_its_acronym_and_by_its_whole_name_is_one_giver(tmp_path):
    """"Quỹ IVET (Ireland)" in the headline, "Quỹ Giáo dục Ireland - Việt Nam (Irish Vietnam
    Education Trust - IVET)" in the lede: the acronym closes the English name in brackets;
    one fund, by its whole name, one gift."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Quỹ IVET (Ireland) tài trợ gần 1 tỷ đồng cho huyện Sơn Tây\nThứ Tư, 13/03/2024\n\n"
        "Sáng 12/3, Quỹ Giáo dục Ireland - Việt Nam (Irish Vietnam Education Trust - IVET) "
        "trao tặng gần 1 tỷ đồng cho huyện Sơn Tây, tỉnh Quảng Ngãi.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    [gift] = extraction.dataset.donations

    assert [_named(extraction)[d] for d in gift.donors] == ["Quỹ Giáo dục Ireland - Việt Nam"]


def test_patients_a_hospital_admits_are_no_gift(tmp_path):
    """"Hằng năm, bệnh viện tiếp nhận điều trị nội trú cho khoảng 50.000 lượt bệnh nhân từ
    các tỉnh Tây Nguyên": patients admitted, no gift beside the equipment."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Bệnh viện Đa khoa vùng Tây Nguyên tiếp nhận thiết bị y tế\nCập nhật: 09/08/2023\n\n"
        "Ngày 8/8, Bệnh viện Đa khoa vùng Tây Nguyên (tỉnh Đắk Lắk) tiếp nhận lô thiết bị y tế "
        "trị giá 120.000 USD do Bệnh viện Đại học Quốc gia Chungnam (Hàn Quốc) trao tặng.\n\n"
        "Giám đốc bệnh viện cho biết thiết bị sẽ giúp giảm chuyển tuyến. Hằng năm, bệnh viện "
        "tiếp nhận điều trị nội trú cho khoảng 50.000 lượt bệnh nhân từ các tỉnh Tây Nguyên và "
        "vùng lân cận.\n",
        encoding="utf-8")

    assert len(article.extract_file(path).dataset.donations) == 1


def test_the_cost_of_the_works_told_after_the_ceremony_is_the_gifts_value(tmp_path):
    """"Trường X vừa tiếp nhận dãy nhà … do Chính phủ Nhật Bản tài trợ …", then who came to
    the ceremony, then "Công trình có tổng kinh phí hơn 92.000 USD": the gift's value."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trường Tiểu học Trà Cang có thêm dãy phòng học mới\nCập nhật: 25/04/2024 - 14:30\n\n"
        "Trường Tiểu học Trà Cang (huyện Nam Trà My) vừa tiếp nhận dãy nhà 2 tầng với 6 phòng "
        "học do Chính phủ Nhật Bản tài trợ.\n\n"
        "Lễ bàn giao diễn ra sáng 24/4 với sự tham dự của đại diện Đại sứ quán Nhật Bản và lãnh "
        "đạo huyện Nam Trà My.\n\n"
        "Công trình có tổng kinh phí hơn 92.000 USD, được khởi công từ tháng 8 năm ngoái.\n",
        encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.value.raw == "hơn 92.000 USD"


def test_a_schools_number_is_no_count_of_what_it_received(tmp_path):
    """"Trường Tiểu học Vĩnh Hải 2 tiếp nhận 3 phòng học …": 3 rooms; the 2 is the
    school's."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 4/9/2023, Trường Tiểu học Vĩnh Hải 2 (thị xã Vĩnh Châu, tỉnh Sóc Trăng) tiếp nhận "
        "3 phòng học do Tổ chức Hy vọng Xanh (Nhật Bản) tài trợ.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert [str(i.quantity.value) for i in gift.items if i.quantity] == ["3"]


def test_an_association_named_by_its_acronym_and_by_its_whole_name_is_one_giver(tmp_path):
    """"tổ chức AEFA (Nhật Bản)" in the headline, "Hội Hữu nghị Giáo dục châu Á (AEFA)" in
    the lede: one body, one gift."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trường Tiểu học Vĩnh Hải tiếp nhận 3 phòng học do tổ chức AEFA (Nhật Bản) tài trợ\n"
        "Cập nhật: 05/09/2023 - 08:30\n\n"
        "Sáng 4/9, Trường Tiểu học Vĩnh Hải (tỉnh Sóc Trăng) tổ chức lễ tiếp nhận dãy 3 phòng "
        "học do Hội Hữu nghị Giáo dục châu Á (AEFA) - Nhật Bản tài trợ.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    [gift] = extraction.dataset.donations

    assert len(gift.donors) == 1


def test_a_volunteer_group_named_then_spoken_of_as_the_group_gives(tmp_path):
    """"nhóm thiện nguyện Cầu Nối Yêu Thương … tổ chức chương trình", then "Tại chương trình,
    nhóm đã trao 150 xe đạp …": the group gave; "Kiều bào tại Australia" in the headline
    names no giver of its own."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Kiều bào tại Australia tặng 150 xe đạp cho học sinh tỉnh Đắk Lắk\n\n"
        "Ngày 20/9/2023, tại huyện Lắk, nhóm thiện nguyện Cầu Nối Yêu Thương của cộng đồng "
        "người Việt tại Melbourne phối hợp với Sở Ngoại vụ tỉnh Đắk Lắk tổ chức chương trình "
        "\"Đạp xe đến trường\".\n\n"
        "Tại chương trình, nhóm đã trao 150 xe đạp cho học sinh nghèo. Tổng trị giá quà tặng "
        "hơn 800 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    [gift] = extraction.dataset.donations

    assert [_named(extraction)[d] for d in gift.donors] == [
        "nhóm thiện nguyện Cầu Nối Yêu Thương"]


def test_a_confederation_is_no_state_of_it(tmp_path):
    """"ông X, Đại sứ Liên bang Thụy Sĩ tại Việt Nam": the Swiss ambassador, so the Swiss
    embassy; no state called "bang Thụy Sĩ"."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Chiều 24/9/2024, tại trụ sở UBND tỉnh, ông Trịnh Việt Hùng, Chủ tịch UBND tỉnh Thái "
        "Nguyên đã tiếp xã giao ông Thomas Gass, Đại sứ Liên bang Thụy Sĩ tại Việt Nam.\n",
        encoding="utf-8")

    [meeting] = article.extract_file(path).dataset.engagements

    assert "embassy-switzerland" in meeting.participants and len(meeting.participants) == 2


def test_an_associations_other_name_in_brackets_says_not_where_it_is_from(tmp_path):
    """"Hội Trợ giúp trẻ em Việt Nam tại Đức (Kinderhilfe Vietnam e.V.)": an association in
    Germany, which gives what it holds the ceremony for; the "Vietnam" of its German name
    does not make it a Vietnamese body handing over another's gift."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 7/9/2024, tại xã Thạch Bình, huyện Nho Quan, tỉnh Ninh Bình, Hội Trợ giúp trẻ em "
        "Việt Nam tại Đức (Kinderhilfe Vietnam e.V.) đã tổ chức lễ bàn giao công trình 3 phòng "
        "học trị giá 30.000 EUR cho Trường Mầm non Thạch Bình.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    [gift] = extraction.dataset.donations
    [giver] = [p for p in extraction.dataset.partners if p.id in gift.donors]

    assert giver.name_vi == "Hội Trợ giúp trẻ em Việt Nam tại Đức" and giver.country == "germany"


def test_a_headline_labelled_with_the_province_names_no_giver(tmp_path):
    """"Ninh Bình: Bàn giao 3 phòng học …": the label says where the news is from; the
    province gave nothing, the body below did."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ninh Bình: Bàn giao 3 phòng học trị giá 30.000 EUR cho Trường Mầm non Thạch Bình\n"
        "Thứ Hai, 09/9/2024\n\n"
        "Ngày 7/9, tại xã Thạch Bình, huyện Nho Quan, Hội Hy vọng Xanh (Đức) đã bàn giao công "
        "trình 3 phòng học cho Trường Mầm non Thạch Bình.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    assert all("ninh-binh" not in d.donors for d in extraction.dataset.donations)


def test_a_known_body_named_again_by_its_mixed_case_acronym_gives(tmp_path):
    """"Tổ chức Terre des Hommes Hà Lan (TdH NL)", then "Dự án do TdH NL tài trợ …": the
    acronym, small letters and all, names the body again."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 16/12/2024, Sở Ngoại vụ Nghệ An phối hợp với Tổ chức Terre des Hommes Hà Lan (TdH "
        "NL) tổ chức hội nghị tổng kết dự án tại huyện Quỳ Châu. Dự án do TdH NL tài trợ với "
        "tổng kinh phí 2 tỷ 300 triệu đồng.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.donors == ["terre-des-hommes-netherlands"]


def test_the_town_talks_are_held_in_is_no_side_of_them(tmp_path):
    """"Chiều 13/11, tại thị xã Sầm Nưa, đoàn đã hội đàm với lãnh đạo tỉnh Hủa Phăn": the
    town is where; "xã Sầm Nưa" is no commune and no third side."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Đoàn đại biểu tỉnh Thanh Hóa thăm tỉnh Hủa Phăn\nThứ Ba, 14/11/2023\n\n"
        "Chiều 13/11, tại thị xã Sầm Nưa, đoàn đại biểu tỉnh Thanh Hóa đã hội đàm với lãnh đạo "
        "tỉnh Hủa Phăn.\n", encoding="utf-8")

    [meeting] = article.extract_file(path).dataset.engagements

    assert len(meeting.participants) == 2


def test_whom_the_second_verb_names_receives_the_sum(tmp_path):
    """"đoàn … đã trao 1 tỷ đồng của UBND tỉnh Hà Tĩnh hỗ trợ tỉnh Khăm Muộn khắc phục …":
    Khăm Muộn received; the province's committee gave."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 24/9/2024, tại thành phố Thà Khẹt, đoàn công tác tỉnh Hà Tĩnh do ông Nguyễn Hồng "
        "Lĩnh, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã trao 1 tỷ đồng của UBND tỉnh Hà Tĩnh "
        "hỗ trợ tỉnh Khăm Muộn khắc phục hậu quả đợt mưa lũ.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.recipients == ["khammouane"]


def test_the_place_an_aside_says_a_giver_works_in_gave_nothing(tmp_path):
    """"… do Công ty TNHH X – doanh nghiệp 100% vốn Hàn Quốc hoạt động tại Khu công nghiệp Y,
    thành phố Việt Trì – tài trợ": the company gave; the city is where it works."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Bàn giao 5 nhà đại đoàn kết cho hộ nghèo huyện Tân Sơn, tỉnh Phú Thọ\n"
        "Thứ Hai, 05/02/2024\n\n"
        "Đó là 5 căn nhà đại đoàn kết được xây dựng bằng nguồn kinh phí 300 triệu đồng do Công ty "
        "TNHH Pang Rim Neotex – doanh nghiệp 100% vốn Hàn Quốc hoạt động tại Khu công nghiệp Thụy "
        "Vân, thành phố Việt Trì – tài trợ.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    assert {tuple(d.donors) for d in extraction.dataset.donations} == {
        ("extracted-cong-ty-tnhh-pang-rim-neotex",)}


def test_the_value_of_a_bodys_aid_is_its_gift(tmp_path):
    """"tổng giá trị viện trợ ChildFund dành cho chương trình đạt hơn 42 tỷ đồng": ChildFund's
    aid; ChildFund gave, it received nothing."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Tổng kết chương trình tại huyện Chợ Mới, tỉnh Bắc Kạn\nCập nhật: 22/12/2023\n\n"
        "Sau 8 năm triển khai, tổng giá trị viện trợ ChildFund dành cho chương trình đạt hơn 42 "
        "tỷ đồng.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.donors == ["childfund"] and "childfund" not in gift.recipients


def test_a_year_a_later_sentence_mentions_in_passing_does_not_date_the_gift(tmp_path):
    """A gift told with no date, then "Các dự án còn lại phần lớn được phê duyệt từ năm
    2024": the page's date (2025) dates the gift, not the year said in passing after it."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Nghệ An tiếp nhận viện trợ phi chính phủ\nCập nhật: 08/04/2025 - 10:00\n\n"
        "Tổ chức Hy vọng Xanh (Hà Lan) tài trợ 30.000 EUR xây 2 phòng học mầm non cho xã Môn "
        "Sơn, huyện Con Cuông, tỉnh Nghệ An.\n\n"
        "Các dự án còn lại phần lớn là dự án chuyển tiếp được phê duyệt từ năm 2024.\n",
        encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.when.start.year == 2025


def test_what_a_donor_paid_out_in_a_district_is_its_gift(tmp_path):
    """"X tiếp tục triển khai chương trình … tại huyện Y, giải ngân hơn 2,5 tỷ đồng" and
    "… giải ngân trong 9 tháng là 900 triệu đồng": each body's gift to its district; the
    province's "tổng giá trị giải ngân" of the period is no one's gift."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Sơ kết công tác viện trợ 9 tháng\nCập nhật: 10/10/2024\n\n"
        "Trong 9 tháng, tỉnh Bến Tre tiếp nhận 9 dự án viện trợ với tổng giá trị giải ngân hơn "
        "8 tỷ đồng.\n\n"
        "Trong đó, Tổ chức Hy vọng Xanh (Hà Lan) tiếp tục triển khai chương trình nước sạch tại "
        "huyện Ba Tri, giải ngân hơn 2,5 tỷ đồng cho các hoạt động lọc nước. Quỹ Ánh Dương (Úc) "
        "tiếp tục triển khai dự án dinh dưỡng tại huyện Thạnh Phú, giải ngân trong 9 tháng là "
        "900 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    assert sorted(([named[d] for d in g.donors], [named[r] for r in g.recipients], g.value.raw)
                  for g in extraction.dataset.donations) == [
        (["Quỹ Ánh Dương"], ["huyện Thạnh Phú"], "900 triệu đồng"),
        (["Tổ chức Hy vọng Xanh"], ["huyện Ba Tri"], "hơn 2,5 tỷ đồng")]


def test_on_a_page_that_never_names_its_province_the_district_named_receives(tmp_path):
    """Local news naming only "huyện Mù Cang Chải", never its province: the houses "được
    tài trợ bởi X … vừa được bàn giao cho các hộ nghèo tại 2 xã …, huyện Y" are X's gift
    to that district, not dropped for want of a province to give to."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Bàn giao nhà cho hộ nghèo\nCập nhật: 12/09/2024 - 08:00\n\n"
        "12 căn nhà được tài trợ bởi Tổ chức Hy vọng Xanh (Hà Lan) với tổng kinh phí 600 "
        "triệu đồng vừa được bàn giao cho các hộ nghèo tại 2 xã Lao Chải, Khao Mang, huyện "
        "Mù Cang Chải vào ngày 10/9.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert [named[d] for d in gift.donors] == ["Tổ chức Hy vọng Xanh"]
    assert [named[r] for r in gift.recipients] == ["huyện Mù Cang Chải"]


def test_the_president_ho_chi_minh_is_no_city(tmp_path):
    """"đoàn đã đến dâng hương tại Khu lưu niệm Chủ tịch Hồ Chí Minh … và trao tặng 150
    suất quà …": the delegation of the province gives; the man the city is named after is
    not Ho Chi Minh City, in the gift nor as the page's province."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Đoàn công tác tỉnh Quảng Trị thăm tỉnh Savannakhet\nCập nhật: 05/05/2024\n\n"
        "Từ ngày 2 đến 4/5, đoàn công tác tỉnh Quảng Trị đã thăm và làm việc tại tỉnh "
        "Savannakhet (Lào). Trong chuyến công tác, đoàn đã đến dâng hương tại Khu lưu niệm "
        "Chủ tịch Hồ Chí Minh và trao tặng 150 suất quà cho bà con kiều bào có hoàn cảnh khó "
        "khăn tại Savannakhet, tổng trị giá 75 triệu đồng. Tư tưởng Hồ Chí Minh, Chủ tịch Hồ "
        "Chí Minh và Bác Hồ được nhắc lại nhiều lần.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert [named[d] for d in gift.donors] == ["tỉnh Quảng Trị"]
    assert "ho-chi-minh" not in {p.id for p in extraction.dataset.partners}


def test_a_reports_year_after_its_source_dates_the_gifts_it_lists(tmp_path):
    """"Ngày 12/1, Sở Ngoại vụ … tổ chức hội nghị tổng kết …", then "Theo báo cáo, năm
    2023, tỉnh đã tiếp nhận …" and the gifts: they are of 2023, the year reported, not of
    the January day the report was given."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Hà Tĩnh tiếp nhận gần 4 triệu USD viện trợ\nThứ Bảy, 13/01/2024\n\n"
        "Ngày 12/1, Sở Ngoại vụ tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác đối ngoại năm "
        "2023.\n\n"
        "Theo báo cáo, năm 2023, tỉnh đã tiếp nhận 30 dự án viện trợ với tổng giá trị gần 4 "
        "triệu USD. Tổ chức Hy vọng Xanh (Hà Lan) tài trợ 1,2 tỷ đồng xây dựng 2 trường mầm non "
        "tại huyện Hương Sơn.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.value.raw == "1,2 tỷ đồng" and gift.when.start.year == 2023


def test_the_grant_of_a_project_funded_by_loan_and_grant_is_its_gift(tmp_path):
    """"… trong đó vốn vay ưu đãi của X khoảng 20 triệu USD, khoản viện trợ không hoàn lại
    của X 900.000 USD, phần còn lại là vốn đối ứng …": the grant is X's gift; the loan and
    the province's own share are not."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Tổng kết dự án sinh kế ven biển\nCập nhật: 18/12/2023\n\n"
        "Ngày 17/12, UBND tỉnh Trà Vinh tổ chức hội nghị tổng kết dự án sinh kế ven biển.\n\n"
        "Dự án có tổng vốn hơn 25 triệu USD, trong đó vốn vay ưu đãi của Quỹ Phát triển Nông "
        "thôn Bắc Âu khoảng 20 triệu USD, khoản viện trợ không hoàn lại của Quỹ Phát triển "
        "Nông thôn Bắc Âu 900.000 USD, phần còn lại là vốn đối ứng của tỉnh.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    assert [([named[d] for d in g.donors], g.value.raw)
            for g in extraction.dataset.donations] == [
        (["Quỹ Phát triển Nông thôn Bắc Âu"], "900.000 USD")]


def test_scholarships_for_a_number_of_pupils_are_that_many(tmp_path):
    """"Học bổng cho 80 học sinh … do X tài trợ: 20.000 USD": one scholarship a pupil, 80,
    counted as written."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Sơ kết viện trợ 6 tháng\nCập nhật: 05/07/2024\n\n"
        "Các khoản viện trợ nổi bật trong 6 tháng đầu năm 2024 của tỉnh Lai Châu:\n\n"
        "- Học bổng cho 80 học sinh dân tộc thiểu số huyện Mường Tè do Hiệp hội Ánh Sao (Pháp) "
        "tài trợ: 20.000 USD.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert [(i.quantity.value, i.quantity.raw) for i in gift.items] == [(80, "80 học sinh")]


def test_a_name_with_a_small_word_runs_to_its_foreign_name_and_acronym(tmp_path):
    """"tổ chức Cựu chiến binh vì Hòa bình (Veterans For Peace - VFP)": the lower-case "vì"
    does not end the name, which runs to the brackets; "đoàn VFP" later is the same body,
    and the photo's caption ("Chi hội 160 trao xe lăn …") shows the one gift again: the
    chapter's number is no count of things."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Cựu chiến binh Mỹ trao xe lăn cho người khuyết tật Quảng Trị\n"
        "Ngày đăng: 20/10/2024\n\n"
        "Ngày 18/10, lãnh đạo Sở Ngoại vụ tỉnh Quảng Trị đã tiếp đoàn cựu chiến binh Mỹ thuộc "
        "tổ chức Cựu chiến binh vì Hòa bình (Veterans For Peace - VFP).\n\n"
        "Chiều cùng ngày, đoàn VFP đã trao tặng 25 chiếc xe lăn cho người khuyết tật huyện Gio "
        "Linh, trị giá 100 triệu đồng.\n\n"
        "Ảnh: Thành viên VFP Chi hội 160 trao xe lăn cho người khuyết tật ở huyện Gio Linh.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert [named[d] for d in gift.donors] == ["tổ chức Cựu chiến binh vì Hòa bình"]
    assert [named[r] for r in gift.recipients] == ["huyện Gio Linh"]
    assert gift.value is not None and gift.value.value == 100_000_000


def test_a_country_after_a_bodys_acronym_is_where_the_body_is(tmp_path):
    """"Đoàn y bác sĩ Bệnh viện Đại học Quốc gia Chungnam (CNUH), Hàn Quốc …", then "… do
    CNUH và Quỹ Y tế Toàn cầu Daejeon tài trợ": the hospital is Korean, not a Vietnamese
    body that only helped, and gives with the fund."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Đoàn y bác sĩ Hàn Quốc phẫu thuật miễn phí cho trẻ em\nCập nhật: 22/08/2023\n\nTừ ngày "
        "14 đến 21/8/2023, Đoàn y bác sĩ Bệnh viện Đại học Quốc gia Chungnam (CNUH), Hàn Quốc "
        "đã phẫu thuật miễn phí cho trẻ em bị dị tật trên địa bàn tỉnh Hà Tĩnh.\n\nToàn bộ chi "
        "phí phẫu thuật, khoảng 1,2 tỷ đồng, do CNUH và Quỹ Y tế Toàn cầu Daejeon tài trợ.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    hospital = next(p for p in extraction.dataset.partners if p.acronym == "CNUH")
    assert hospital.country == "south-korea"
    [gift] = extraction.dataset.donations
    assert hospital.id in gift.donors


def test_a_departments_short_name_before_its_place_keeps_one_body(tmp_path):
    """"Sở Tài nguyên và Môi trường (TN&MT) thành phố Hải Phòng đã tiếp …": the short name
    in brackets comes before the place the department is of; one body, named without its
    brackets, meets the visitors (not a department of no place beside the city)."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Hải Phòng và Kitakyushu trao đổi về xử lý nước thải\nCập nhật: 05/09/2024\n\n"
        "Ngày 4/9/2024, Sở Tài nguyên và Môi trường (TN&MT) thành phố Hải Phòng đã tiếp và làm "
        "việc với Đoàn công tác thành phố Kitakyushu (Nhật Bản).\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    assert [sorted(named[p] for p in e.participants) for e in extraction.dataset.engagements] \
        == [["Sở Tài nguyên và Môi trường thành phố Hải Phòng", "thành phố Kitakyushu"]]


def test_years_of_giving_told_as_a_tally_are_no_gift(tmp_path):
    """"… trao 50 suất học bổng cho sinh viên của trường năm học 2024–2025, tổng trị giá 500
    triệu đồng" at the school: the school's students receive (the school year is no part of
    who); "Từ năm 2016 đến nay, Quỹ đã trao hơn 700 suất học bổng …": a tally of years, no
    second gift."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Cập nhật: 20/10/2024\n\nTrao học bổng cho sinh viên\n\n"
        "Ngày 18/10/2024, tại Trường Đại học Quy Nhơn, Quỹ Học bổng Seoam (Hàn Quốc) tổ chức "
        "trao 50 suất học bổng cho sinh viên có hoàn cảnh khó khăn của trường năm học "
        "2024–2025, tổng trị giá 500 triệu đồng.\n\n"
        "Từ năm 2016 đến nay, Quỹ đã trao hơn 700 suất học bổng cho sinh viên tại Bình Định.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert [named[d] for d in gift.donors] == ["Quỹ Học bổng Seoam"]
    assert [named[r] for r in gift.recipients] == ["Trường Đại học Quy Nhơn"]


def test_a_headline_below_the_date_line_gives_the_year_reviewed(tmp_path):
    """"Cập nhật: 10/01/2025", then the headline "… tổng kết công tác đối ngoại năm 2024":
    the gifts the review lists without a year are of 2024; "đã đón tiếp 31 đoàn khách …,
    trong đó có Đoàn công tác tỉnh Gyeonggi …" counts the visits and names one, met."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Cập nhật: 10/01/2025\n\nBình Thuận tổng kết công tác đối ngoại năm 2024\n\n"
        "Ngày 09/01/2025, Sở Ngoại vụ tỉnh Bình Thuận tổ chức hội nghị tổng kết công tác đối "
        "ngoại.\n\n"
        "Trong năm, tỉnh Bình Thuận đã đón tiếp 31 đoàn khách nước ngoài đến thăm và làm việc, "
        "trong đó có Đoàn công tác tỉnh Gyeonggi (Hàn Quốc) do Phó Tỉnh trưởng dẫn đầu.\n\n"
        "Về viện trợ, Tổ chức Cứu trợ Trẻ em Hàn Quốc tặng 60 xe đạp cho học sinh huyện Tuy "
        "Phong, trị giá 180 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert gift.when.start.year == 2024
    assert [sorted(named[p] for p in e.participants) for e in extraction.dataset.engagements] \
        == [["tỉnh Bình Thuận", "tỉnh Gyeonggi"]]


def test_a_city_after_its_district_and_its_other_name_is_where_the_district_is(tmp_path):
    """"… hội đàm với quận Haeundae (Haeundae-gu), thành phố Busan, Hàn Quốc": the district
    meets the province; its other name in brackets, then the city it is of, are no party."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Cập nhật: 02/05/2024\n\nPhú Yên hội đàm với quận Haeundae\n\n"
        "Ngày 30/4/2024, UBND tỉnh Phú Yên đã hội đàm với quận Haeundae (Haeundae-gu), thành phố "
        "Busan, Hàn Quốc về hợp tác du lịch.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    assert [sorted(named[p] for p in e.participants) for e in extraction.dataset.engagements] \
        == [["quận Haeundae", "tỉnh Phú Yên"]]


def test_a_headline_counting_two_stations_is_the_gift_the_body_prices(tmp_path):
    """Headline "… trao tặng trang thiết bị y tế cho 2 trạm y tế tại huyện Cầu Ngang", then
    "… Lễ bàn giao trang thiết bị y tế cho Trạm Y tế xã A và Trạm Y tế xã B" and "Các thiết
    bị được bàn giao gồm …, với tổng trị giá hơn 600 triệu đồng": one gift, to the two
    stations, priced by the sentence about what was handed over."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Cập nhật: 12/6/2024\n\nKOICA trao tặng trang thiết bị y tế cho 2 trạm y tế tại huyện "
        "Cầu Ngang\n\nNgày 10/6/2024, Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) phối hợp với Sở "
        "Y tế tỉnh Trà Vinh tổ chức Lễ bàn giao trang thiết bị y tế cho Trạm Y tế xã Mỹ Long "
        "Nam và Trạm Y tế xã Vinh Kim, huyện Cầu Ngang.\n\nCác thiết bị được bàn giao gồm máy "
        "siêu âm, máy điện tim và giường bệnh, với tổng trị giá hơn 600 triệu đồng.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert sorted(named[r] for r in gift.recipients) == ["Trạm Y tế xã Mỹ Long Nam",
                                                          "Trạm Y tế xã Vinh Kim"]
    assert gift.value is not None and gift.value.value == 600_000_000


def test_the_friendship_union_arranges_and_the_district_and_the_school_receive(tmp_path):
    """Headline "Bàn giao 20 nhà tình thương do Quỹ X tài trợ"; "Liên hiệp các tổ chức hữu
    nghị tỉnh … phối hợp với Quỹ X tổ chức Lễ bàn giao 20 nhà … cho 20 hộ gia đình khó khăn
    của huyện Triệu Phong", the cost two sentences on: the district's households receive,
    not the union that arranged it; "… 40 suất quà cho học sinh có hoàn cảnh đặc biệt khó
    khăn của Trường Tiểu học Triệu Trạch": the school's pupils."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Cập nhật: 06/11/2023\n\nQuảng Trị: Bàn giao 20 nhà tình thương do Quỹ Nhân ái Saehan "
        "(Hàn Quốc) tài trợ\n\nNgày 05/11/2023, tại xã Triệu Trạch, huyện Triệu Phong, Liên "
        "hiệp các tổ chức hữu nghị tỉnh Quảng Trị phối hợp với Quỹ Nhân ái Saehan (Hàn Quốc) tổ "
        "chức Lễ bàn giao 20 nhà tình thương cho 20 hộ gia đình khó khăn của huyện Triệu "
        "Phong.\n\nCác căn nhà có gác lửng tránh lũ. Tổng kinh phí Quỹ hỗ trợ là 1 tỷ 500 triệu "
        "đồng.\n\nCũng tại buổi lễ, Quỹ Saehan đã trao tặng 40 suất quà cho học sinh có hoàn "
        "cảnh đặc biệt khó khăn của Trường Tiểu học Triệu Trạch, tổng trị giá 20 triệu đồng.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    assert sorted((g.value.value, [named[r] for r in g.recipients])
                  for g in extraction.dataset.donations) == [
        (20_000_000, ["Trường Tiểu học Triệu Trạch"]),
        (1_500_000_000, ["huyện Triệu Phong"])]


def test_a_grant_to_a_projects_second_phase_is_a_gift(tmp_path):
    """"Tổ chức X tài trợ giai đoạn 2 Dự án phát triển vùng tại huyện Mỏ Cày Nam với kinh
    phí 300.000 USD": a phase of a project funded, a gift to the district, not a count of
    two projects."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Cập nhật: 05/07/2024\n\nBến Tre sơ kết viện trợ 6 tháng\n\n"
        "Tổ chức World Vision (Hoa Kỳ) tài trợ giai đoạn 2 Dự án phát triển vùng tại huyện Mỏ "
        "Cày Nam với kinh phí 300.000 USD.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert [named[r] for r in gift.recipients] == ["huyện Mỏ Cày Nam"]
    assert gift.value is not None and gift.value.value == 300_000


def test_a_project_its_funder_lent_for_is_no_gift(tmp_path):
    """Headline "Tổng kết Dự án … do IFAD tài trợ", then "Dự án có tổng vốn 40 triệu USD,
    trong đó vốn vay của IFAD là 30 triệu USD, còn lại là vốn đối ứng …": the fund lent;
    nothing was given."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Tổng kết Dự án hỗ trợ kinh doanh nông hộ tỉnh Hà Giang do IFAD tài trợ\n\n"
        "Cập nhật: 20/12/2023\n\nNgày 19/12/2023, UBND tỉnh Hà Giang tổ chức Hội nghị tổng kết "
        "Dự án hỗ trợ kinh doanh nông hộ giai đoạn 2017–2023.\n\n"
        "Dự án có tổng vốn 40 triệu USD, trong đó vốn vay của Quỹ Quốc tế về Phát triển Nông "
        "nghiệp (IFAD) là 30 triệu USD, còn lại là vốn đối ứng của tỉnh.\n", encoding="utf-8")

    assert article.extract_file(path).dataset.donations == []


def test_a_project_closed_gives_in_the_year_it_closed(tmp_path):
    """Headline "Tổng kết dự án … do X tài trợ" on a page of August 2024; "Dự án do X tài trợ
    với tổng kinh phí 180.000 USD, …, được triển khai từ tháng 10/2021": the gift is of the
    year the project closed, not of the month it began."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Tổng kết dự án nâng cao năng lực giáo viên mầm non do Plan International tài trợ\n\n"
        "Cập nhật: 22/08/2024\n\nNgày 21/8/2024, Sở Giáo dục và Đào tạo tỉnh Gia Lai phối hợp "
        "với Tổ chức Plan International tổ chức hội nghị tổng kết dự án.\n\n"
        "Dự án do Plan International tài trợ với tổng kinh phí 180.000 USD, Sở GD&ĐT tỉnh Gia "
        "Lai là chủ dự án, được triển khai từ tháng 10/2021 tại 20 trường mầm non.\n",
        encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.value.raw == "180.000 USD" and gift.when.start.year == 2024


def test_volunteers_to_be_sent_and_a_package_priced_after(tmp_path):
    """"Gói thiết bị gồm 30 máy tính …, tổng trị giá hơn 900 triệu đồng" prices the hand-over
    before it; "… cho biết trong năm 2025, KOICA sẽ tiếp tục cử thêm 3 tình nguyện viên đến
    hỗ trợ …" is people to be sent, no gift; "Chương trình Tình nguyện viên Hòa bình Hoa Kỳ
    (Peace Corps)" is a body, and "Peace Corps Việt Nam" later the same one."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "KOICA bàn giao phòng máy tính cho Trường THPT Lao Bảo\n\nCập nhật: 14/03/2025\n\n"
        "Sáng 13/3, Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) tổ chức lễ bàn giao phòng máy tính "
        "cho Trường THPT Lao Bảo.\n\nGói thiết bị gồm 30 máy tính, máy chiếu và bàn ghế, tổng "
        "trị giá hơn 900 triệu đồng.\n\nÔng Kim Jae-hoon cho biết trong năm 2025, KOICA sẽ tiếp "
        "tục cử thêm 3 tình nguyện viên đến hỗ trợ ngành giáo dục của tỉnh Quảng Trị.\n\n"
        "Trước đó, bà Jennifer Collins, Giám đốc Chương trình Tình nguyện viên Hòa bình Hoa Kỳ "
        "(Peace Corps) tại Việt Nam đã làm việc với Sở Ngoại vụ tỉnh Quảng Trị. Nhân dịp này, "
        "Peace Corps Việt Nam đã trao tặng 300 cuốn sách cho Trường THPT Lao Bảo.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    assert sorted(([named[d] for d in g.donors], g.value.raw if g.value else None)
                  for g in extraction.dataset.donations) == [
        (["Chương trình Tình nguyện viên Hòa bình Hoa Kỳ"], None),
        (["Cơ quan Hợp tác Quốc tế Hàn Quốc"], "hơn 900 triệu đồng")]


def test_a_bodys_initials_before_its_place_name_the_body_again(tmp_path):
    """"Hội Liên hiệp Phụ nữ tỉnh Lai Châu" named first, then "Hội LHPN tỉnh Lai Châu và Tổ
    chức X đã ký …": the same association, by the initials of its name, signs."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Lai Châu ký kết dự án sinh kế cho phụ nữ\nCập nhật: 10/04/2024\n\n"
        "Ngày 9/4, Hội Liên hiệp Phụ nữ tỉnh Lai Châu tiếp đoàn công tác của Tổ chức Hỗ trợ Phụ "
        "nữ Nông thôn Ấn Độ (RWSI).\n\nCùng ngày, Hội LHPN tỉnh Lai Châu và Tổ chức RWSI đã ký "
        "kết thỏa thuận dự án nâng cao sinh kế cho phụ nữ dân tộc thiểu số.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    assert [sorted(named[p] for p in a.parties) for a in extraction.dataset.agreements] == [
        ["Hội Liên hiệp Phụ nữ tỉnh Lai Châu", "Tổ chức Hỗ trợ Phụ nữ Nông thôn Ấn Độ"]]


def test_a_project_for_a_college_and_a_library_given_books(tmp_path):
    """"… lễ khởi động dự án "Nâng cao năng lực đào tạo nghề … cho Trường Cao đẳng Kỹ thuật
    Quảng Nam"", its grant next: the college its title is for receives; "Theo đó, 20 suất
    học bổng, …, tổng trị giá 4.000 USD, …" prices the scholarships told before; "… trao tặng
    Thư viện Trường Đại học Phan Châu Trinh 80 đầu sách": the library."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Khởi động dự án đào tạo nghề do KOICA tài trợ tại Quảng Nam\n\nCập nhật: 18/02/2025\n\n"
        "Ngày 17/2/2025, UBND tỉnh Quảng Nam phối hợp với Cơ quan Hợp tác Quốc tế Hàn Quốc "
        "(KOICA) tổ chức lễ khởi động dự án \"Nâng cao năng lực đào tạo nghề cơ khí cho Trường "
        "Cao đẳng Kỹ thuật Quảng Nam\".\n\nDự án được thực hiện trong giai đoạn 2025 – 2027 với "
        "tổng vốn viện trợ không hoàn lại của KOICA là 3 triệu USD.\n\n"
        "Cùng ngày, Tổng Lãnh sự quán Ấn Độ tại Thành phố Hồ Chí Minh trao 20 suất học bổng "
        "cho sinh viên Trường Đại học Phan Châu Trinh. Theo đó, 20 suất học bổng, mỗi suất "
        "trị giá 200 USD, tổng trị giá 4.000 USD, được trao cho các sinh viên có thành tích "
        "học tập tốt. Tổng Lãnh sự quán còn trao tặng Thư viện Trường Đại học Phan Châu Trinh "
        "80 đầu sách.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    assert sorted(([named[r] for r in g.recipients], g.value.raw if g.value else None)
                  for g in extraction.dataset.donations) == [
        (["Thư viện Trường Đại học Phan Châu Trinh"], None),
        (["Trường Cao đẳng Kỹ thuật Quảng Nam"], "3 triệu USD"),
        (["Trường Đại học Phan Châu Trinh"], "4.000 USD")]


def test_a_provinces_buddhist_board_receives_the_books(tmp_path):
    """"… đã trao tặng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Hà Nam 80 bộ kinh sách":
    the province's Buddhist board, named whole, receives; not the province nor Viet Nam."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Hà Nam tiếp đoàn Phật giáo Mông Cổ\nCập nhật: 12/05/2025\n\n"
        "Ngày 10/5, đoàn Trung tâm Phật giáo Gandan (Mông Cổ) đã đến thăm chùa Tam Chúc và trao "
        "tặng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Hà Nam 80 bộ kinh sách.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert [named[r] for r in gift.recipients] == [
        "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Hà Nam"]


def test_volunteers_of_an_agency_give_to_the_pupils_of_a_school(tmp_path):
    """Headline "Tình nguyện viên KOICA trao 40 suất quà Tết cho học sinh nghèo huyện Mai
    Châu"; "nhóm tình nguyện viên của Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) … phối hợp với
    Công ty X trao 40 suất quà Tết cho học sinh có hoàn cảnh khó khăn tại Trường Tiểu học Vạn
    Mai, xã Vạn Mai, huyện Mai Châu": one gift, of the agency (its volunteers) and the
    company, to the school whose pupils received it."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Tình nguyện viên KOICA trao 40 suất quà Tết cho học sinh nghèo huyện Mai Châu\n\n"
        "Cập nhật: 26/01/2024\n\nNgày 25/1/2024, nhóm tình nguyện viên của Cơ quan Hợp tác "
        "Quốc tế Hàn Quốc (KOICA) đang công tác tại tỉnh Hòa Bình phối hợp với Công ty TNHH "
        "Hanmi Việt Nam trao 40 suất quà Tết cho học sinh có hoàn cảnh khó khăn tại Trường Tiểu "
        "học Vạn Mai, xã Vạn Mai, huyện Mai Châu.\n\nMỗi suất quà gồm 1 ba lô và 300.000 đồng "
        "tiền mặt; tổng trị giá khoảng 30 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = _named(extraction)
    [gift] = extraction.dataset.donations
    assert sorted(named[d] for d in gift.donors) == ["Công ty TNHH Hanmi Việt Nam",
                                                     "Cơ quan Hợp tác Quốc tế Hàn Quốc"]
    assert [named[r] for r in gift.recipients] == ["Trường Tiểu học Vạn Mai"]
