"""Who receives a gift and how givers split, on short articles written for the test (not
the corpus's): the phrase after the receiving word names the receiver whatever its head and
whether the gazetteer knows it or not; two givers of one clause give two gifts; a place the
givers went to receives."""

import pytest

from extracting import extract_text as _extract
from extracting import partner_names as _names

from loaders import article


def _gifts(extraction: article.Extraction) -> list[tuple[list[str], list[str], object]]:
    names = _names(extraction)
    return [([names.get(d, d) for d in g.donors], [names.get(r, r) for r in g.recipients],
             g.value.value if g.value else None) for g in extraction.dataset.donations]


def test_a_body_no_rule_knows_after_cho_receives(tmp_path):
    """"cho Phòng Giáo dục và Đào tạo huyện Mường Khương": a district office, its head word
    known to no rule, receives under its full name; the province does not."""
    extraction = _extract(tmp_path, "Ngày 3/4/2024, Tổ chức Hope for Children trao tặng 20 "
                          "máy tính cho Phòng Giáo dục và Đào tạo huyện Mường Khương, tỉnh Lào "
                          "Cai, trị giá 200 triệu đồng.\n")

    assert _gifts(extraction) == [(["Tổ chức Hope for Children"],
                                   ["Phòng Giáo dục và Đào tạo huyện Mường Khương"],
                                   200_000_000)]


def test_a_ward_after_cho_receives(tmp_path):
    """"cho phường Hòa Hải": a ward, a unit the partner finder has no head word for,
    receives; the province is not put in its place."""
    extraction = _extract(tmp_path, "Ngày 8/10/2023, Tổ chức Hope for Children hỗ trợ 150 "
                          "triệu đồng cho phường Hòa Hải, thành phố Đà Nẵng để sửa chữa nhà "
                          "văn hóa.\n")

    assert _gifts(extraction) == [(["Tổ chức Hope for Children"], ["phường Hòa Hải"],
                                   150_000_000)]


def test_a_group_of_people_of_no_place_is_proposed_as_written(tmp_path):
    """"cho lưu học sinh Lào": students from abroad are the receiver, named as the text
    names them; "cho các em có hoàn cảnh khó khăn" names no one and leaves the province."""
    extraction = _extract(tmp_path, (
        "Ngày 5/9/2024, UBND tỉnh Nghệ An trao 40 suất học bổng cho lưu học sinh Lào đang "
        "học tại tỉnh, tổng giá trị 200 triệu đồng.\n\n"
        "Dịp này, Tổ chức Hope for Children trao 10 suất học bổng, tổng giá trị 30 triệu "
        "đồng cho các em có hoàn cảnh khó khăn.\n"))

    gifts = _gifts(extraction)
    assert (["UBND tỉnh Nghệ An"], ["lưu học sinh Lào"], 200_000_000) in gifts
    assert (["Tổ chức Hope for Children"], ["tỉnh Nghệ An"], 30_000_000) in gifts


def test_english_for_before_a_body_names_the_receiver(tmp_path):
    """"… worth VND 1.4 billion from the Korea International Cooperation Agency (KOICA) for
    Lao Cai General Hospital": the hospital
    after "for" receives, not the province."""
    extraction = _extract(tmp_path, (
        "Lao Cai receives Korean medical equipment\n\n"
        "LAO CAI, March 3, 2024 - Lao Cai province received medical equipment in a "
        "ceremony on Friday.\n\n"
        "The gift included ventilators worth VND 1.4 billion from the Korea International "
        "Cooperation Agency (KOICA) for Lao Cai General Hospital.\n"))

    gifts = _gifts(extraction)
    assert [(r, v) for _, r, v in gifts] == [(["Lao Cai General Hospital"], 1_400_000_000)]


def test_two_givers_each_with_their_verb_give_two_gifts(tmp_path):
    """"X hỗ trợ 500 triệu đồng, Y hỗ trợ 300 triệu đồng cho …" and "X trao … cho A, Y
    trao … cho B": one gift per giver, each with its own sum and receiver."""
    extraction = _extract(tmp_path, (
        "Ngày 6/11/2023, Tổ chức Tầm nhìn Thế giới hỗ trợ 500 triệu đồng, Tổ chức Cứu trợ "
        "Công giáo hỗ trợ 300 triệu đồng cho tỉnh Hà Tĩnh.\n\n"
        "Ngày 7/11/2023, Tổ chức Plan International trao 100 xe đạp trị giá 150 triệu đồng "
        "cho xã Sơn Kim, Tổ chức Heifer Quốc tế trao 50 con bò trị giá 400 triệu đồng cho "
        "xã Sơn Tây.\n"))

    gifts = _gifts(extraction)
    assert (["Tổ chức Tầm nhìn Thế giới"], ["tỉnh Hà Tĩnh"], 500_000_000) in gifts
    assert (["Tổ chức Cứu trợ Công giáo"], ["tỉnh Hà Tĩnh"], 300_000_000) in gifts
    assert (["Tổ chức Plan International"], ["xã Sơn Kim"], 150_000_000) in gifts
    assert (["Tổ chức Heifer Quốc tế"], ["xã Sơn Tây"], 400_000_000) in gifts
    assert len(gifts) == 4


def test_givers_and_gifts_told_respectively_pair_in_order(tmp_path):
    """"X và Y đã trao lần lượt A cho P và B cho Q": X gives A to P, Y gives B to Q."""
    extraction = _extract(tmp_path, "Ngày 2/10/2023, Tổ chức Tầm nhìn Thế giới và Tổ chức "
                          "Cứu trợ Công giáo đã trao lần lượt 700 triệu đồng cho huyện Kỳ Anh "
                          "và 20 nghìn đô la cho huyện Cẩm Xuyên, tỉnh Hà Tĩnh.\n")

    gifts = _gifts(extraction)
    assert sorted(gifts, key=lambda g: g[0]) == [
        (["Tổ chức Cứu trợ Công giáo"], ["huyện Cẩm Xuyên"], 20_000),
        (["Tổ chức Tầm nhìn Thế giới"], ["huyện Kỳ Anh"], 700_000_000)]


def test_the_place_the_givers_went_to_receives(tmp_path):
    """"đoàn đến huyện Chhouk thăm hỏi và trao tặng …": the delegation of the article's
    province gives; the district it went to receives, it does not give."""
    extraction = _extract(tmp_path, (
        "Đoàn công tác tỉnh An Giang thăm tỉnh Kampot\n\n"
        "Ngày 12/4/2024, đoàn công tác tỉnh An Giang đã thăm và làm việc với lãnh đạo tỉnh "
        "Kampot (Campuchia).\n\n"
        "Sau buổi làm việc, đoàn đến huyện Chhouk thăm hỏi và trao tặng 150 suất quà cho "
        "các gia đình chính sách, tổng trị giá 75 triệu đồng.\n"))

    gifts = [g for g in _gifts(extraction) if g[2] == 75_000_000]
    assert gifts == [(["tỉnh An Giang"], ["huyện Chhouk"], 75_000_000)]


def test_the_one_district_a_gift_went_to_receives(tmp_path):
    """A clause that names no receiver but the one district or commune its gift went to
    ("tài trợ dự án … tại huyện Nho Quan", "funded … in Gio Linh district", "hỗ trợ … cho
    người dân xã Khánh An"): that unit receives, not the province."""
    cases = [
        ("Ninh Bình, ngày 5/7/2024\n\nTheo Sở Ngoại vụ tỉnh Ninh Bình, Tổ chức ActionAid tài trợ dự án \"Trao quyền kinh tế cho "
         "phụ nữ tại huyện Nho Quan\" với tổng kinh phí 150.000 USD.\n", "huyện Nho Quan"),
        ("5/7/2024 09:00\n\nQuang Tri province receives aid\n\nPeaceTrees Vietnam funded mine "
         "risk education in Gio Linh district, with a total value of US$120,000.\n",
         "Gio Linh district"),
        ("Cà Mau, ngày 5/7/2024\n\nTheo Sở Ngoại vụ tỉnh Cà Mau, Tổ chức Đông Tây Hội ngộ hỗ trợ 1,2 tỷ đồng xây dựng trạm "
         "cấp nước cho người dân xã Khánh An.\n", "xã Khánh An"),
    ]
    for text, unit in cases:
        [(donors, recipients, _)] = _gifts(_extract(tmp_path, text))
        assert recipients == [unit], text


def test_several_districts_or_the_ceremonys_venue_leave_the_province(tmp_path):
    """Several districts named ("tại các huyện Sơn Tây và Trà Bồng", or each with its head
    word) are the province's, as a reader names them; a commune where the ceremony was held ("tổ chức lễ trao tặng tại
    xã Phổ Châu") received nothing."""
    several = _gifts(_extract(tmp_path, (
        "Quảng Ngãi, ngày 5/7/2025\n\nTheo Sở Ngoại vụ tỉnh Quảng Ngãi, Tổ chức Plan International tài trợ 3,2 tỷ đồng cho chương "
        "trình nước sạch tại các huyện Sơn Tây và Trà Bồng.\n")))
    # each district with its own head word: not the last one alone
    each_headed = _gifts(_extract(tmp_path, (
        "Quảng Ngãi, ngày 5/7/2025\n\nTheo Sở Ngoại vụ tỉnh Quảng Ngãi, Tổ chức Plan "
        "International tài trợ 3,2 tỷ đồng cho chương trình phát triển vùng tại huyện Sơn Tây "
        "và huyện Trà Bồng.\n")))
    venue = _gifts(_extract(tmp_path, (
        "Quảng Ngãi, ngày 5/7/2025\n\nTheo Sở Ngoại vụ tỉnh Quảng Ngãi, Tổ chức Plan International tổ chức lễ trao tặng 300 triệu "
        "đồng tại xã Phổ Châu.\n")))

    assert several == [(["Tổ chức Plan International"], ["tỉnh Quảng Ngãi"], 3_200_000_000)]
    assert each_headed == several
    assert [r for _, r, _ in venue] in ([["tỉnh Quảng Ngãi"]], [])


def test_a_price_written_per_unit_after_the_sum_is_not_the_gift(tmp_path):
    """"20 suất học bổng với mức 3 triệu đồng/suất, tổng cộng 60 triệu đồng", "2 triệu
    đồng mỗi hộ …, tổng 1,2 tỷ đồng": the gift is the total, not the price of one."""
    for text in ("Nghệ An, ngày 15/10/2024\n\nNgân hàng TMCP Bắc Á trao 20 suất học bổng với "
                 "mức 3 triệu đồng/suất, tổng cộng 60 triệu đồng cho tỉnh Nghệ An.\n",
                 "Nghệ An, ngày 15/10/2024\n\nQuỹ Từ thiện Tzu Chi trao tặng tỉnh Nghệ An 2 triệu "
                 "đồng mỗi hộ cho 30 hộ dân, tổng trị giá 60 triệu đồng.\n"):
        [(_, _, value)] = _gifts(_extract(tmp_path, text))
        assert value == 60_000_000, text


def test_the_cash_in_each_parcel_is_not_the_gift_the_total_after_is(tmp_path):
    """"200 suất quà, mỗi suất gồm gạo, mì, nước mắm và 300.000 đồng tiền mặt; tổng trị giá
    khoảng 200 triệu đồng, từ nguồn vận động của các doanh nghiệp trên địa bàn tỉnh Đắk Lắk":
    one gift of about 200 triệu, the province's own firms no giver of another."""
    gifts = _gifts(_extract(tmp_path, (
        "Đắk Lắk, ngày 3/2/2024\n\nNgày 2/2, đoàn công tác tỉnh Đắk Lắk đã thăm bà con người "
        "gốc Việt tại tỉnh Mondulkiri, Campuchia.\n\nTại trụ sở Hội Khmer – Việt Nam tỉnh "
        "Mondulkiri, Đoàn đã trao 200 suất quà, mỗi suất gồm gạo, mì, nước mắm và 300.000 đồng "
        "tiền mặt; tổng trị giá khoảng 200 triệu đồng, từ nguồn vận động của các doanh nghiệp "
        "trên địa bàn tỉnh Đắk Lắk.\n")))

    assert [value for _, _, value in gifts] == [200_000_000]


def test_a_project_a_body_funds_with_a_budget_is_its_grant(tmp_path):
    """"Tổ chức ActionAid Quốc tế tại Việt Nam (AAV) tài trợ dự án "… cho phụ nữ … tại huyện
    Nho Quan" …, với tổng kinh phí 150.000 USD": a grant of ActionAid alone (not of Việt
    Nam too) of 150.000 USD, besides the project."""
    [(donors, _, value)] = _gifts(_extract(tmp_path, (
        "Ninh Bình, ngày 5/7/2024\n\nSáu tháng đầu năm, tỉnh Ninh Bình tiếp nhận 7 khoản viện "
        "trợ.\n\n- Tổ chức ActionAid Quốc tế tại Việt Nam (AAV) tài trợ dự án \"Trao quyền kinh tế "
        "cho phụ nữ dân tộc Mường tại huyện Nho Quan\" giai đoạn 2024 - 2026, với tổng kinh phí "
        "150.000 USD.\n")))

    assert len(donors) == 1 and "ActionAid" in donors[0]
    assert value == 150_000


def test_a_quoted_project_funded_about_a_sum_and_a_known_bodys_project_are_grants(tmp_path):
    """"Dự án "… cho phụ nữ" tại huyện Mang Yang do Tổ chức CARE … tài trợ khoảng 3,2 tỉ
    đồng": CARE's grant of about 3,2 tỉ; "dự án … của Tổ chức Good Neighbors Quốc tế với kinh
    phí 12,3 tỉ đồng": the gazetteer's body after its kind word owns the project."""
    funded = _gifts(_extract(tmp_path, (
        "Gia Lai, ngày 5/7/2024\n\nDự án \"Tăng cường quyền năng kinh tế cho phụ nữ\" tại "
        "huyện Mang Yang, tỉnh Gia Lai do Tổ chức CARE Quốc tế tại Việt Nam tài trợ khoảng 3,2 "
        "tỉ đồng.\n")))
    owned = _gifts(_extract(tmp_path, (
        "Gia Lai, ngày 5/7/2024\n\nTrong đó có dự án Phát triển vùng tại huyện Krông Pa, tỉnh "
        "Gia Lai của Tổ chức Good Neighbors Quốc tế với kinh phí 12,3 tỉ đồng.\n")))

    assert funded == [(["Tổ chức CARE Quốc tế"], ["huyện Mang Yang"], 3_200_000_000)]
    assert owned == [(["gni"], ["huyện Krông Pa"], 12_300_000_000)]


def test_the_school_whose_building_is_handed_over_receives_it(tmp_path):
    """"lễ bàn giao nhà lớp học … của Trường X" names no giver; "Công trình được Y tài trợ"
    after it does: Y gives the building to the school that owns it, at the price told
    after, and the province the ceremony was held in receives nothing."""
    extraction = _extract(tmp_path, (
        "Bàn giao trường học do Chính phủ Hàn Quốc tài trợ\n\n"
        "Ngày 9/5/2024, tại xã Sơn Kim, huyện Hương Sơn, tỉnh Hà Tĩnh đã diễn ra lễ bàn giao "
        "nhà lớp học 3 tầng của Trường Trung học cơ sở Sơn Kim. Công trình được Chính phủ Hàn "
        "Quốc tài trợ thông qua Đại sứ quán Hàn Quốc tại Việt Nam.\n\n"
        "Nhà lớp học gồm 12 phòng học và 2 phòng thí nghiệm, với tổng vốn tài trợ 120.000 "
        "USD.\n"))

    assert _gifts(extraction) == [(["Chính phủ Hàn Quốc"],
                                   ["Trường Trung học cơ sở Sơn Kim"], 120_000)]


def test_the_city_a_body_is_based_in_is_no_province_abroad(tmp_path):
    """"Hội X (tổ chức có trụ sở tại Osaka) trao … cho người khuyết tật tại huyện Y": Osaka
    says where the giver sits, not the province abroad the article speaks of, so the gift
    stays at home and goes to the district the clause names."""
    extraction = _extract(tmp_path, (
        "Ngày 5/7/2024, Hội Hữu nghị Việt Nam - Nhật Bản Sakura (tổ chức phi chính phủ có trụ "
        "sở tại Osaka) đã trao tặng 40 xe lăn cho người khuyết tật tại huyện Sơn Hà, tỉnh "
        "Quảng Ngãi, trị giá 160 triệu đồng.\n"))

    assert _gifts(extraction) == [(["Hội Hữu nghị Việt Nam - Nhật Bản Sakura"],
                                   ["huyện Sơn Hà"], 160_000_000)]


def test_the_school_written_right_after_its_rooms_receives_them(tmp_path):
    """"bàn giao công trình 6 phòng học Trường Tiểu học X, trị giá …" and "… nhà lớp học
    điểm trường A, Trường Mầm non X": the school named right after the rooms, or after its
    branch, owns them and receives them, not the province; a school that is itself the
    building ("bàn giao công trình Trường Hữu nghị …") owns nothing."""
    extraction = _extract(tmp_path, (
        "Quảng Trị: kết quả vận động viện trợ 6 tháng đầu năm 2024\n\n"
        "- Ngày 3/4/2024, Tổ chức Blue Lotus (Úc) bàn giao công trình 6 phòng học Trường Tiểu "
        "học Hướng Lộc, huyện Hướng Hóa, trị giá khoảng 1,8 tỷ đồng.\n\n"
        "- Ngày 19/5/2024, Quỹ Sao Mai (Hàn Quốc) bàn giao công trình nhà lớp học điểm trường "
        "Tà Rụt 2, Trường Mầm non Tà Rụt, trị giá 950 triệu đồng.\n"))

    assert sorted(_gifts(extraction)) == [
        (["Quỹ Sao Mai"], ["Trường Mầm non Tà Rụt"], 950_000_000),
        (["Tổ chức Blue Lotus"], ["Trường Tiểu học Hướng Lộc"], 1_800_000_000)]


def test_a_known_bodys_two_word_short_name_in_brackets_is_the_same_giver(tmp_path):
    """"Tổ chức Tư vấn Bom mìn Quốc tế (MAG International) trao tặng …": a Vietnamese name
    the gazetteer does not list, followed by a short name of two words it does list, is that
    body written twice, one giver, not two."""
    extraction = _extract(tmp_path, "Ngày 12/9/2024, Tổ chức Tư vấn Bom mìn Quốc tế (MAG "
                          "International) trao tặng 30 bộ máy dò cho Ban Chỉ huy Quân sự huyện "
                          "Hướng Hóa, tỉnh Quảng Trị, trị giá 600 triệu đồng.\n")

    [(donors, _, value)] = _gifts(extraction)
    assert donors == ["Tổ chức MAG"]
    assert value == 600_000_000


def test_a_body_named_in_lower_case_up_to_its_province_receives_under_its_whole_name(tmp_path):
    """"cho Hội Bảo trợ bệnh nhân nghèo và người cao tuổi tỉnh để …": a body's name that goes
    on in lower case up to the bare "tỉnh" it belongs to is one name; the receiver is not cut
    at its first lower-case word."""
    extraction = _extract(tmp_path, "Ngày 14/5/2024, Tổ chức Hope for Children (Hoa Kỳ) trao "
                          "tặng 80 xe lăn cho Hội Bảo trợ bệnh nhân nghèo và người cao tuổi tỉnh "
                          "để cấp cho người có hoàn cảnh khó khăn tại tỉnh Quảng Bình.\n")

    [(donors, recipients, _)] = _gifts(extraction)
    assert donors == ["Tổ chức Hope for Children"]
    assert recipients == ["Hội Bảo trợ bệnh nhân nghèo và người cao tuổi tỉnh"]


def test_people_named_by_who_they_are_receive_as_the_commune_the_sentence_puts_them_in(tmp_path):
    """"Tại xã Phước Hà, huyện Thuận Nam, … bàn giao 12 căn nhà cho 12 hộ nghèo đồng bào dân
    tộc Chăm": people named by who they are and not where are the people of the one commune
    the sentence names with "tại"; that commune receives, as it would if written after them."""
    extraction = _extract(tmp_path, "Ngày 6/6/2024, tại xã Phước Hà, huyện Thuận Nam, Tổ chức "
                          "Hope for Children (Hoa Kỳ) bàn giao 12 căn nhà tình thương cho 12 hộ "
                          "nghèo đồng bào dân tộc Chăm, tổng trị giá 600 triệu đồng.\n")

    [(donors, recipients, value)] = _gifts(extraction)
    assert donors == ["Tổ chức Hope for Children"]
    assert recipients == ["xã Phước Hà"]
    assert value == 600_000_000


def test_the_foreign_affairs_department_a_giver_works_with_is_not_the_receiver(tmp_path):
    """"X phối hợp với Sở Ngoại vụ tỉnh Hà Giang tổ chức trao tặng … cho học sinh … của huyện
    Đồng Văn": the department the gazetteer knows arranges the gift; the district the clause
    names receives, not the department."""
    extraction = _extract(tmp_path, (
        "Trao quà cho học sinh vùng cao Đồng Văn\n\nCập nhật: 12/01/2025\n\n"
        "Ngày 10/1, Tổ chức Hope for Children (Hoa Kỳ) phối hợp với Sở Ngoại vụ tỉnh Hà Giang "
        "tổ chức trao tặng 200 suất quà cho học sinh có hoàn cảnh khó khăn của huyện Đồng Văn, "
        "tổng trị giá 150 triệu đồng.\n"))

    assert _gifts(extraction) == [(["Tổ chức Hope for Children"], ["huyện Đồng Văn"],
                                   150_000_000)]


def test_an_overseas_association_working_with_the_department_gives_to_the_place_named(tmp_path):
    """"Hội Người Việt Nam tại Ba Lan phối hợp với Sở Ngoại vụ tỉnh Trà Vinh tổ chức trao
    tặng … cho học sinh … trên địa bàn xã Mỹ Long", the association also named in a headline:
    the department it works with hands the gift out, it does not take it in."""
    extraction = _extract(tmp_path, (
        "HỘI NGƯỜI VIỆT NAM TẠI BA LAN TRAO TẶNG 80 XE ĐẠP CHO HỌC SINH HUYỆN CẦU NGANG\n\n"
        "Cập nhật: 22/8/2023\n\n"
        "Ngày 20/8, tại Trường THCS Mỹ Long, huyện Cầu Ngang, Hội Người Việt Nam tại Ba Lan "
        "phối hợp với Sở Ngoại vụ tỉnh Trà Vinh tổ chức trao tặng 80 chiếc xe đạp cho học sinh "
        "có hoàn cảnh khó khăn của các trường trên địa bàn xã Mỹ Long.\n\n"
        "Tổng trị giá quà tặng là 120 triệu đồng, do các hội viên kiều bào tại Ba Lan đóng "
        "góp.\n"))

    [(_, recipients, value)] = _gifts(extraction)
    assert recipients == ["xã Mỹ Long"]
    assert value == 120_000_000


def test_a_hospital_with_a_number_in_its_name_receives_in_english(tmp_path):
    """"Children's Hospital 2 in Ho Chi Minh City received …": the hospital, its number part
    of its name; the city is where it stands."""
    extraction = _extract(tmp_path, "Posted: 14/05/2024\n\nOn May 13, Children's Hospital 2 in "
                          "Ho Chi Minh City received a set of neonatal care equipment worth USD "
                          "35,000, donated by the Rotary Club of Saigon.\n")

    assert _gifts(extraction) == [(["Rotary Club of Saigon"], ["Children's Hospital 2"], 35000)]


def test_a_receiver_named_with_and_without_its_city_is_one(tmp_path):
    """"Bệnh viện Hữu nghị Việt Tiệp tiếp nhận …" in the headline, "Bệnh viện Hữu nghị Việt
    Tiệp Hải Phòng đã tiếp nhận … do X trao tặng" below: one gift, from X."""
    extraction = _extract(tmp_path, "Bệnh viện Hữu nghị Việt Tiệp tiếp nhận thiết bị y tế trị giá "
                          "2 tỷ 300 triệu đồng\nThứ Sáu, 08/12/2023\n\n"
                          "Ngày 7/12, Bệnh viện Hữu nghị Việt Tiệp Hải Phòng đã tiếp nhận lô "
                          "trang thiết bị y tế do Hiệp hội Y tế Đức - Việt (DVGM) trao tặng, tổng "
                          "trị giá 2 tỷ 300 triệu đồng.\n")

    [gift] = extraction.dataset.donations

    assert _names(extraction)[gift.donors[0]] == "Hiệp hội Y tế Đức - Việt"


def test_a_boarding_school_named_short_and_in_full_is_one_receiver(tmp_path):
    """"Trường PTDTBT Tiểu học Y Tý tiếp nhận 3 phòng học …" in the headline, "Trường Phổ
    thông dân tộc bán trú (PTDTBT) Tiểu học Y Tý … tiếp nhận công trình 3 phòng học …" below:
    one school, whose whole name runs past the acronym, and one gift."""
    extraction = _extract(tmp_path, "Trường PTDTBT Tiểu học Y Tý tiếp nhận 3 phòng học mới do "
                          "Plan International tài trợ\nCập nhật: 14/03/2024\n\n"
                          "Ngày 13/3, Trường Phổ thông dân tộc bán trú (PTDTBT) Tiểu học Y Tý, "
                          "huyện Bát Xát, tỉnh Lào Cai đã tổ chức lễ tiếp nhận công trình 3 phòng "
                          "học và 1 khu nhà vệ sinh do Tổ chức Plan International tại Việt Nam tài "
                          "trợ. Tổng kinh phí thực hiện công trình hơn 1,6 tỷ đồng.\n")

    [gift] = extraction.dataset.donations

    assert gift.donors == ["plan-international"]
    assert gift.value.raw == "hơn 1,6 tỷ đồng"


def test_a_school_after_a_lower_case_con_receives_its_share(tmp_path):
    """"Trường A tiếp nhận … trị giá 320 triệu đồng; còn Trường B nhận công trình … trị giá
    250 triệu đồng": B receives its works from the same giver; it gives nothing."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Quỹ Đông Tây Hội Ngộ bàn giao công trình nước sạch cho 2 trường học Quảng Ngãi\n"
        "Thứ Ba, 15/10/2024\n\n"
        "Ngày 14/10, Quỹ Đông Tây Hội Ngộ phối hợp với Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi "
        "bàn giao các công trình nước sạch cho 2 trường học tại huyện Sơn Tây.\n\n"
        "Cụ thể, Trường Tiểu học Sơn Liên tiếp nhận hệ thống lọc nước trị giá 320 triệu đồng; "
        "còn Trường Tiểu học và THCS Sơn Màu nhận công trình nước sạch trị giá 250 triệu "
        "đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    names = {p.id: p.name_vi for p in extraction.dataset.partners}
    gifts = {(tuple(names[d] for d in g.donors), tuple(names[r] for r in g.recipients),
              g.value.raw) for g in extraction.dataset.donations if g.value}

    assert (("Tổ chức East Meets West",), ("Trường Tiểu học và THCS Sơn Màu",),
            "250 triệu đồng") in gifts


def test_the_country_in_a_days_name_receives_nothing(tmp_path):
    """"Nhân dịp Ngày Nhà giáo Việt Nam 20/11, Trường X đã tiếp nhận … do Y trao tặng": the
    school receives; Vietnam is part of the day's name."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Học sinh nghèo Quế Phong nhận 80 xe đạp\nCập nhật: 21/11/2023 - 08:00\n\n"
        "Nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11, Trường THCS Tri Lễ, huyện Quế Phong, "
        "tỉnh Nghệ An đã tiếp nhận 80 xe đạp do Tổ chức Hạt Giống Xanh trao tặng.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)
    names = {p.id: p.name_vi for p in extraction.dataset.partners}
    [gift] = extraction.dataset.donations

    assert [names[r] for r in gift.recipients] == ["Trường THCS Tri Lễ"]


def test_a_school_before_an_agentless_hand_over_receives_what_the_next_sentence_says_was_paid(
        tmp_path):
    """"Công trình 3 phòng học tại điểm trường Nà Pục, Trường Tiểu học Cao Tân đã chính thức
    được bàn giao …", then "Công trình được tài trợ bởi Tổ chức X …, với tổng kinh phí …":
    the school receives, the organisation gives; the school gives nothing."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ba phòng học mới cho học sinh vùng cao\nCập nhật: 10/09/2024\n\n"
        "Công trình 3 phòng học tại điểm trường Nà Pục, Trường Tiểu học Cao Tân, huyện Pác "
        "Nặm, tỉnh Bắc Kạn đã chính thức được bàn giao và đưa vào sử dụng vào sáng 9/9.\n\n"
        "Công trình được tài trợ bởi Tổ chức Hạt Giống Xanh, với tổng kinh phí hơn 800 triệu "
        "đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    names = {p.id: p.name_vi for p in extraction.dataset.partners}
    [gift] = extraction.dataset.donations

    assert [names[d] for d in gift.donors] == ["Tổ chức Hạt Giống Xanh"]
    assert [names[r] for r in gift.recipients] == ["Trường Tiểu học Cao Tân"]


def test_each_district_that_receives_a_share_in_one_clause_gets_its_own(tmp_path):
    """"… huyện Lý Nhân được hỗ trợ 600 triệu đồng để xây 10 nhà; huyện Thanh Liêm nhận 540
    triệu đồng cho 9 nhà và huyện Bình Lục nhận 360 triệu đồng cho 6 nhà": three shares of
    the company's gift, one per district."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Doanh nghiệp Nhật Bản hỗ trợ xây nhà đại đoàn kết\nCập nhật: 26/09/2024 - 10:05\n\n"
        "Sáng 25/9, Công ty TNHH Kaze Việt Nam đã trao kinh phí 1,5 tỷ đồng hỗ trợ xây dựng 25 "
        "nhà đại đoàn kết cho hộ nghèo tỉnh Hà Nam.\n\n"
        "Theo phương án phân bổ, huyện Lý Nhân được hỗ trợ 600 triệu đồng để xây 10 nhà; huyện "
        "Thanh Liêm nhận 540 triệu đồng cho 9 nhà và huyện Bình Lục nhận 360 triệu đồng cho 6 "
        "nhà.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    names = {p.id: p.name_vi for p in extraction.dataset.partners}
    shares = {(names.get(r, r), g.value.raw) for g in extraction.dataset.donations
              for r in g.recipients if g.value and g.value.raw != "1,5 tỷ đồng"}

    assert shares == {("huyện Lý Nhân", "600 triệu đồng"), ("huyện Thanh Liêm", "540 triệu đồng"),
                      ("huyện Bình Lục", "360 triệu đồng")}


def test_a_school_that_opens_a_theo_do_clause_receives_its_share(tmp_path):
    """"Theo đó, Trường Tiểu học Bản Phố nhận thư viện … trị giá 180 triệu đồng": the school's
    share of the gift to four schools the sentence before told."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Bốn trường tiểu học ở Bắc Hà tiếp nhận thư viện\nThứ Ba, 05/3/2024\n\n"
        "Ngày 4/3, tại huyện Bắc Hà (Lào Cai), Tổ chức Sách Xanh đã trao tặng thư viện thân "
        "thiện cho 4 trường tiểu học trên địa bàn huyện.\n\n"
        "Theo đó, Trường Tiểu học Bản Phố nhận thư viện cùng 2.500 đầu sách thiếu nhi trị giá "
        "180 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    names = {p.id: p.name_vi for p in extraction.dataset.partners}
    shares = {(names.get(r, r), g.value.raw) for g in extraction.dataset.donations
              for r in g.recipients if g.value}

    assert shares == {("Trường Tiểu học Bản Phố", "180 triệu đồng")}


def test_people_named_by_who_they_are_receive_as_the_one_district_they_live_in(tmp_path):
    """"dự án hỗ trợ sinh kế cho đồng bào dân tộc Dao tại huyện Đình Lập với kinh phí 30.000
    euro từ Tổ chức X": the district receives, its people said in the note."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Năm 2023, Lạng Sơn tiếp nhận viện trợ phi chính phủ nước ngoài\nThứ Hai, 15/01/2024\n\n"
        "Năm 2023, tỉnh Lạng Sơn tiếp nhận nhiều khoản viện trợ, trong đó có dự án hỗ trợ sinh kế "
        "cho đồng bào dân tộc Dao tại huyện Đình Lập với kinh phí 30.000 euro từ Tổ chức Hạt "
        "Giống Xanh.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    names = {p.id: p.name_vi for p in extraction.dataset.partners}
    [gift] = extraction.dataset.donations

    assert [names.get(r, r) for r in gift.recipients] == ["huyện Đình Lập"]


def test_the_unit_a_ceremonys_receivers_live_in_is_no_venue(tmp_path):
    """"… phối hợp Ủy ban MTTQ Việt Nam thị xã Phú Mỹ tổ chức lễ bàn giao 20 căn nhà tình
    thương cho các hộ nghèo trên địa bàn thị xã": the households are the town's, so the
    town receives; "trên địa bàn thị xã" after "cho" is no place the ceremony was held."""
    extraction = _extract(tmp_path, "Bàn giao nhà tình thương\nNgày đăng: 12/12/2023\n\nSáng "
                          "11/12, Công ty TNHH Thép POSCO Yamato Vina phối hợp Ủy ban MTTQ Việt "
                          "Nam thị xã Phú Mỹ tổ chức lễ bàn giao 20 căn nhà tình thương cho các "
                          "hộ nghèo trên địa bàn thị xã. Dự buổi lễ có lãnh đạo tỉnh Bà Rịa - "
                          "Vũng Tàu.\n\nCác căn nhà có tổng trị giá gần 1,2 tỷ đồng.\n")

    assert [receivers for _, receivers, _ in _gifts(extraction)] == [["thị xã Phú Mỹ"]]


def test_a_gift_told_at_the_meeting_goes_to_the_side_met(tmp_path):
    """"Chiều cùng ngày, đoàn KAS đã đến làm việc với Trường Chính trị Trường Chinh tỉnh Nam
    Định. Tại buổi làm việc, Quỹ đã trao khoản tài trợ 20.000 EUR …": the school the
    foundation met receives, not the province."""
    extraction = _extract(tmp_path, "Quỹ KAS thăm Nam Định\nNgày đăng: 10/05/2023\n\nSáng 9/5, "
                          "Chủ tịch UBND tỉnh Nam Định đã tiếp đoàn Quỹ Konrad Adenauer (KAS) của "
                          "Đức.\n\nChiều cùng ngày, đoàn KAS đã đến làm việc với Trường Chính trị "
                          "Trường Chinh tỉnh Nam Định. Tại buổi làm việc, Quỹ đã trao khoản tài "
                          "trợ 20.000 EUR để nhà trường tổ chức các lớp bồi dưỡng kỹ năng lãnh "
                          "đạo.\n")

    assert [receivers for _, receivers, _ in _gifts(extraction)] == [
        ["Trường Chính trị Trường Chinh tỉnh Nam Định"]]


def test_the_body_a_donor_works_with_hands_out_what_goes_to_people_named_after_cho(tmp_path):
    """"CRS phối hợp với Ủy ban MTTQ Việt Nam huyện Ea Súp trao tặng … cho hộ nghèo huyện Ea
    Súp": the households of the district receive, the Front committee only hands the gifts
    out. With no one named after "cho", the district's own committee a donor works with
    takes the gift in, as before."""
    handed_out = _extract(tmp_path, "Ngày 29/1/2024, Tổ chức Cứu trợ Công giáo Hoa Kỳ (CRS) "
                          "phối hợp với Ủy ban MTTQ Việt Nam huyện Ea Súp, tỉnh Đắk Lắk trao "
                          "tặng 1.000 suất quà Tết cho hộ nghèo huyện Ea Súp, tổng trị giá 700 "
                          "triệu đồng.\n")
    taken_in = _extract(tmp_path, "Ngày 5/5/2024, Tổ chức Tầm nhìn Thế giới phối hợp với UBND "
                        "huyện Mường Khương, tỉnh Lào Cai bàn giao 20 bể chứa nước, tổng trị "
                        "giá 300 triệu đồng.\n")

    [(_, [receiver], _)] = _gifts(handed_out)
    assert "MTTQ" not in receiver and "Ea Súp" in receiver
    assert _gifts(taken_in) == [(["Tổ chức Tầm nhìn Thế giới"], ["UBND huyện Mường Khương"],
                                 300_000_000)]


def test_a_project_owner_in_one_part_of_a_list_receives_no_other_parts_gift(tmp_path):
    """"…: dự án … do EU tài trợ, Hội Chữ thập đỏ tỉnh làm chủ dự án, trị giá …; Quỹ Từ thiện
    Tzu Chi trao 500 suất quà cho hộ nghèo huyện Nho Quan …": the district's poor receive
    Tzu Chi's gifts; before, the owner of the EU's project took every gift of the list."""
    extraction = _extract(tmp_path, "Ninh Bình tiếp nhận viện trợ\nNgày đăng: 05/07/2024\n\n"
                          "Trong 6 tháng đầu năm 2024, tỉnh Ninh Bình đã tiếp nhận 9 khoản viện "
                          "trợ, trong đó có: dự án phòng, chống thiên tai tại huyện Kim Sơn do "
                          "Liên minh châu Âu (EU) tài trợ, Hội Chữ thập đỏ tỉnh làm chủ dự án, "
                          "trị giá 160.000 €; Quỹ Từ thiện Tzu Chi trao 500 suất quà cho hộ "
                          "nghèo huyện Nho Quan, trị giá khoảng 400 triệu đồng.\n")

    [gift] = [d for d in extraction.dataset.donations if d.donors == ["tzu-chi"]]

    assert _names(extraction)[gift.recipients[0]] == "huyện Nho Quan"


def test_the_school_that_opens_the_building_it_was_given_receives_it(tmp_path):
    """"Trường Tiểu học Vũ Hòa, huyện Kiến Xương đã tổ chức lễ khánh thành công trình nhà lớp
    học do Quỹ CapitaLand Hope tài trợ": the school receives the building; before, it was
    read as a co-giver beside the fund, and the province received."""
    extraction = _extract(tmp_path, "Khánh thành nhà lớp học\nNgày đăng: 06/09/2024\n\nSáng 5/9, "
                          "Trường Tiểu học Vũ Hòa, huyện Kiến Xương, tỉnh Thái Bình đã tổ chức lễ "
                          "khánh thành công trình nhà lớp học do Quỹ CapitaLand Hope tài trợ. "
                          "Công trình gồm 8 phòng học, với tổng kinh phí tài trợ 3,1 tỷ đồng.\n")

    [gift] = extraction.dataset.donations
    names = _names(extraction)

    assert [names[d] for d in gift.donors] == ["Quỹ CapitaLand Hope"]
    assert [names[r] for r in gift.recipients] == ["Trường Tiểu học Vũ Hòa"]


def test_the_receivers_listed_after_gom_are_each_a_receiver(tmp_path):
    """"… bàn giao công trình … cho 3 trường học gồm: Trường Tiểu học Nghĩa Lâm, Trường THCS
    Nghĩa Hùng và Trường Mầm non Nghĩa Hải": all three schools receive; before, the first,
    written right after "gồm:" (and where the ceremony was held), was left out."""
    extraction = _extract(tmp_path, "Bàn giao công trình nước sạch\nNgày đăng: 28/03/2024\n\n"
                          "Ngày 27/3, tại Trường Tiểu học Nghĩa Lâm, Tổ chức Đông Tây Hội ngộ phối "
                          "hợp với UBND huyện Nghĩa Hưng tổ chức lễ bàn giao công trình cấp nước "
                          "sạch cho 3 trường học gồm: Trường Tiểu học Nghĩa Lâm, Trường THCS "
                          "Nghĩa Hùng và Trường Mầm non Nghĩa Hải. Tổng kinh phí là 520 triệu "
                          "đồng.\n")

    [gift] = extraction.dataset.donations
    names = _names(extraction)

    assert [names[r] for r in gift.recipients] == [
        "Trường Tiểu học Nghĩa Lâm", "Trường THCS Nghĩa Hùng", "Trường Mầm non Nghĩa Hải"]


def test_the_country_a_body_works_in_receives_nothing(tmp_path):
    """"Sở Ngoại vụ phối hợp với Tổ chức Oxfam tại Việt Nam và UBND thị xã X tổ chức lễ …":
    "tại Việt Nam" says where Oxfam works; Viet Nam is no party to the gift."""
    extraction = _extract(tmp_path, (
        "Ngày 23/02/2024, tại thị xã Vĩnh Châu, Sở Ngoại vụ tỉnh Sóc Trăng phối hợp với Tổ "
        "chức Oxfam tại Việt Nam và UBND thị xã Vĩnh Châu tổ chức lễ khởi động dự án sinh kế "
        "cho phụ nữ Khmer.\n\nDự án có tổng kinh phí khoảng 50.000 USD do Oxfam tài trợ không "
        "hoàn lại.\n"))

    [gift] = extraction.dataset.donations
    assert gift.donors == ["oxfam"]
    assert "vietnam" not in gift.recipients


def test_a_town_where_the_households_live_receives_by_its_whole_kind(tmp_path):
    """"cho hộ nghèo, gia đình chính sách tại thị xã Ninh Hòa": the town receives, as "thị xã
    Ninh Hòa", not a commune cut out of its kind."""
    extraction = _extract(tmp_path, "Ngày 5/2/2024, Hội đồng hương Khánh Hòa tại Úc đã trao "
                          "200 suất quà, trị giá 100 triệu đồng cho hộ nghèo, gia đình chính "
                          "sách tại thị xã Ninh Hòa.\n")

    assert _gifts(extraction) == [(["Hội đồng hương Khánh Hòa tại Úc"], ["thị xã Ninh Hòa"],
                                   100_000_000)]


def test_whom_the_giver_gave_to_receives_not_who_held_the_receiving(tmp_path):
    """"Sở Ngoại vụ phối hợp với Sở Y tế tổ chức tiếp nhận lô thiết bị y tế do thành phố
    Incheon trao tặng thành phố Hải Phòng": the city receives; the departments that held the
    receiving receive nothing."""
    extraction = _extract(tmp_path, "Chiều 17/8/2021, Sở Ngoại vụ phối hợp với Sở Y tế tổ chức "
                          "tiếp nhận lô thiết bị y tế trị giá 200.000 USD do thành phố Incheon "
                          "(Hàn Quốc) trao tặng thành phố Hải Phòng.\n")

    assert _gifts(extraction) == [(["thành phố Incheon"], ["thành phố Hải Phòng"], 200_000)]


def test_the_one_urban_district_named_after_the_verb_receives_on_a_page_of_no_province(
        tmp_path):
    """"quận Yongsan đã trao tặng 150 suất quà cho các hộ nghèo, hộ cận nghèo trên địa bàn
    quận Ba Đình" on a page that never names its province: the urban district receives,
    as a rural one ("huyện") would."""
    extraction = _extract(tmp_path, "Nhân dịp này, quận Yongsan (Seoul) đã trao tặng 150 suất "
                          "quà cho các hộ nghèo, hộ cận nghèo trên địa bàn quận Ba Đình, tổng "
                          "trị giá hơn 150 triệu đồng.\n")

    assert [r for _, r, _ in _gifts(extraction)] == [["quận Ba Đình"]]


def test_a_school_abroad_named_for_its_district_receives_a_gift_going_out(tmp_path):
    """News of the province abroad: "Trường Tiểu học Prey Kduoch do tỉnh Tây Ninh hỗ trợ" is
    the school, then who paid for it (no body "… do tỉnh Tây Ninh" gives); "Trường Trung học
    cơ sở Chantrea", named for the district the article placed in Cambodia, is there and
    receives the bicycles; the call made to give them is the gift's, not a second meeting."""
    extraction = _extract(tmp_path, "Ngày 5/9/2024, đoàn công tác tỉnh Tây Ninh đã đến huyện "
                          "Chantrea, tỉnh Svay Rieng, Vương quốc Campuchia dự lễ bàn giao "
                          "Trường Tiểu học Prey Kduoch do tỉnh Tây Ninh hỗ trợ xây dựng, trị giá "
                          "2 tỷ đồng.\n\nChiều cùng ngày, đoàn đến thăm Trường Trung học cơ sở "
                          "Chantrea và trao tặng 50 chiếc xe đạp cho học sinh nghèo của trường, "
                          "trị giá 90 triệu đồng.\n\nTrước đó, đoàn đã hội kiến lãnh đạo tỉnh "
                          "Svay Rieng.\n")
    names = _names(extraction)

    assert _gifts(extraction) == [(["tỉnh Tây Ninh"], ["huyện Chantrea"], 2_000_000_000),
                                  (["tỉnh Tây Ninh"], ["Trường Trung học cơ sở Chantrea"],
                                   90_000_000)]
    assert [sorted(names.get(p, p) for p in e.participants)
            for e in extraction.dataset.engagements
            if e.kind in ("visit", "working_meeting")] == [["tỉnh Svay Rieng", "tỉnh Tây Ninh"]]


def test_the_hospital_named_as_the_venue_receives_what_is_given_to_the_hospital(tmp_path):
    """"Tại Bệnh viện Đa khoa tỉnh Bình Phước, X trao tặng … cho bệnh viện": "bệnh viện" by its
    kind alone is the one the clause named before, not the province."""
    extraction = _extract(tmp_path, "Sáng 3/4/2024, tại Bệnh viện Đa khoa tỉnh Bình Phước, Hội "
                          "Chữ thập đỏ Hàn Quốc đã tổ chức lễ trao tặng 3 máy thở cho bệnh viện, "
                          "trị giá 40.000 USD.\n")

    assert _gifts(extraction) == [(["Hội Chữ thập đỏ Hàn Quốc"],
                                   ["Bệnh viện Đa khoa tỉnh Bình Phước"], 40_000)]


def test_the_province_s_works_handed_over_abroad_go_to_the_school_named(tmp_path):
    """"Tại huyện Xam Tai, tỉnh Hủa Phăn (Lào), đoàn công tác tỉnh Thanh Hóa đã dự lễ bàn
    giao công trình Trường Tiểu học bản Na Mèo do tỉnh Thanh Hóa tài trợ": the province paid,
    the school it built abroad receives (the places before say where)."""
    extraction = _extract(tmp_path, "Ngày 9/3/2024, tại huyện Xam Tai, tỉnh Hủa Phăn (Lào), đoàn "
                          "công tác tỉnh Thanh Hóa đã dự lễ khánh thành và bàn giao công trình "
                          "Trường Tiểu học bản Na Mèo do tỉnh Thanh Hóa tài trợ.\n\nCông trình có "
                          "tổng kinh phí 12 tỷ đồng từ ngân sách tỉnh Thanh Hóa.\n")

    assert _gifts(extraction) == [(["tỉnh Thanh Hóa"], ["Trường Tiểu học bản Na Mèo"],
                                   12_000_000_000)]


def test_the_district_before_a_known_foreign_body_stays_vietnamese(tmp_path):
    """"tại xã Đăk Na, huyện Tu Mơ Rông, Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) phối hợp
    với UBND huyện Tu Mơ Rông …": the body after the comma is the next actor, not the
    district's country, so the district's committee is no Korean giver beside KOICA."""
    extraction = _extract(tmp_path, "Sáng 20/9/2023, tại xã Đăk Na, huyện Tu Mơ Rông, Cơ quan "
                          "Hợp tác Quốc tế Hàn Quốc (KOICA) phối hợp với UBND huyện Tu Mơ Rông tổ "
                          "chức lễ bàn giao công trình nhà lớp học Trường Tiểu học Đăk Na.\n\n"
                          "Công trình có tổng kinh phí 3,5 tỷ đồng do KOICA tài trợ.\n")

    assert [donors for donors, _, _ in _gifts(extraction)] == [
        ["Cơ quan Hợp tác Quốc tế Hàn Quốc"]]


def test_a_gift_named_as_a_noun_goes_to_whom_it_is_for(tmp_path):
    """"khoản viện trợ 200.000 USD của Tổ chức Plan International dành cho Hội Liên hiệp Phụ
    nữ tỉnh Lai Châu để triển khai dự án …": Plan gives it to the women's union, though the
    clause also speaks of a project."""
    extraction = _extract(tmp_path, "Ngày 5/7/2024, tỉnh Lai Châu đã tiếp nhận khoản viện trợ "
                          "200.000 USD của Tổ chức Plan International dành cho Hội Liên hiệp Phụ "
                          "nữ tỉnh Lai Châu để triển khai dự án \"Trao quyền cho trẻ em gái\" tại "
                          "huyện Sìn Hồ.\n")

    assert _gifts(extraction) == [(["Tổ chức Plan International"],
                                   ["Hội Liên hiệp Phụ nữ tỉnh Lai Châu"], 200_000)]


def test_the_price_after_a_semicolon_is_the_price_of_the_gift_just_told(tmp_path):
    """"… đã trao 30 suất học bổng của UBND tỉnh Nghệ An cho các lưu học sinh Lào tỉnh
    Xiêng Khoảng; mỗi suất trị giá 4 triệu đồng, tổng trị giá 120 triệu đồng": one gift, at
    that total."""
    extraction = _extract(tmp_path, "Ngày 6/9/2023, tại buổi lễ, Phó Chủ tịch UBND tỉnh đã trao "
                          "30 suất học bổng của UBND tỉnh Nghệ An cho các lưu học sinh Lào tỉnh "
                          "Xiêng Khoảng có thành tích học tập xuất sắc; mỗi suất trị giá 4 triệu "
                          "đồng, tổng trị giá 120 triệu đồng.\n")

    assert [value for _, _, value in _gifts(extraction)] == [120_000_000]


def test_the_works_named_right_after_cong_trinh_receive_what_was_built(tmp_path):
    """"Đại sứ quán Nhật Bản đã bàn giao công trình Trạm Y tế xã Khánh Hòa, huyện Châu
    Phú, trị giá 92.350 USD": the health station handed over takes it over; the province
    the page is about does not receive it."""
    extraction = _extract(tmp_path, "An Giang sơ kết viện trợ\nNgày đăng: 12/07/2024\n\n"
                          "Ngày 10/7, Sở Ngoại vụ tỉnh An Giang tổ chức hội nghị sơ kết. Ngoài "
                          "ra, Đại sứ quán Nhật Bản đã bàn giao công trình Trạm Y tế xã Khánh "
                          "Hòa, huyện Châu Phú, trị giá 92.350 USD, thuộc Chương trình GGP.\n")

    assert _gifts(extraction) == [(["Đại sứ quán Nhật Bản tại Việt Nam"],
                                   ["Trạm Y tế xã Khánh Hòa"], 92350)]


def test_pupils_of_the_school_written_bare_are_the_school_named_before(tmp_path):
    """"Dịp này, Đại sứ quán Australia trao tặng 120 chiếc chăn ấm cho học sinh bán trú của
    nhà trường": "nhà trường" is the school the article named sentences before, which
    receives; not the province."""
    extraction = _extract(tmp_path, "Bàn giao nhà bán trú\nNgày đăng: 22/11/2023\n\nNgày 20/11, "
                          "Sở Ngoại vụ Nghệ An tổ chức lễ khai giảng tại Trường PTDTBT THCS Mường "
                          "Lống.\n\nPhát biểu tại buổi lễ, ông Lương Văn Khánh cảm ơn các nhà "
                          "tài trợ.\n\nDịp này, Đại sứ quán Australia trao tặng 120 chiếc chăn ấm "
                          "cho học sinh bán trú của nhà trường.\n")

    assert [(g[0], g[1]) for g in _gifts(extraction)] == [
        (["Đại sứ quán Úc tại Việt Nam"], ["Trường PTDTBT THCS Mường Lống"])]


def test_associations_of_vietnamese_abroad_a_delegation_visits_receive(tmp_path):
    """"đoàn đã trao tặng Hội người Việt Nam tỉnh Udon Thani 200 triệu đồng", then "đoàn đến
    thăm Hội người Việt Nam tỉnh Sakon Nakhon, trao tặng 100 suất quà Tết": each association
    ("tại" left out before the province) receives; the province is no receiver, and the call
    made to give is no meeting."""
    extraction = _extract(tmp_path, "Nghệ An thăm cộng đồng người Việt tại Thái Lan\nCập nhật: "
                          "30/01/2024\n\nNhân dịp này, đoàn công tác tỉnh Nghệ An đã trao tặng Hội "
                          "người Việt Nam tỉnh Udon Thani 200 triệu đồng cùng 500 cuốn sách tiếng "
                          "Việt.\n\nNgày 27/1, đoàn đến thăm Hội người Việt Nam tỉnh Sakon Nakhon, "
                          "trao tặng 100 suất quà Tết cho các gia đình kiều bào có hoàn cảnh khó "
                          "khăn.\n")

    assert [(g[0], g[1]) for g in _gifts(extraction)] == [
        (["tỉnh Nghệ An"], ["Hội người Việt Nam tỉnh Udon Thani"]),
        (["tỉnh Nghệ An"], ["Hội người Việt Nam tỉnh Sakon Nakhon"])]
    assert extraction.dataset.engagements == []


def test_pupils_said_how_they_live_before_of_the_school_are_still_its(tmp_path):
    """"… 100 suất quà cho học sinh có hoàn cảnh khó khăn của nhà trường": four words on
    the pupils still leave "nhà trường" the school named before."""
    extraction = _extract(tmp_path, "SCG bàn giao phòng học\nNgày đăng: 14/10/2023\n\nSáng 12/10, "
                          "Tập đoàn Xi măng Siam phối hợp với Sở Ngoại vụ Thanh Hóa tổ chức lễ "
                          "bàn giao 3 phòng học cho Trường Tiểu "
                          "học và THCS Trung Lý.\n\nPhát biểu tại buổi lễ, ông Somchai Rattanakorn "
                          "cho biết Tập đoàn mong muốn đồng hành cùng các địa phương vùng cao."
                          "\n\nDịp này, Tập đoàn Xi măng Siam đã trao 100 "
                          "suất quà cho học sinh có hoàn cảnh khó khăn của nhà trường, tổng trị "
                          "giá 50 triệu đồng.\n")

    assert [g[1] for g in _gifts(extraction) if g[2] == 50_000_000] == [
        ["Trường Tiểu học và THCS Trung Lý"]]


def test_pupils_of_a_school_abroad_the_province_gives_to_receive(tmp_path):
    """In news of a school the province built in Hủa Phăn, "đoàn công tác tỉnh Thanh Hóa cũng
    trao tặng 100 suất quà cho học sinh có hoàn cảnh khó khăn của nhà trường": the school
    there receives, though no words say in which country it is."""
    extraction = _extract(tmp_path, "Thanh Hóa bàn giao trường học cho tỉnh Hủa Phăn (Lào)\n"
                          "Thứ Năm, 14/12/2023\n\nNgày 13/12, tại bản Nậm Xôi, tỉnh Hủa Phăn "
                          "(Lào), Đoàn công tác tỉnh Thanh Hóa đã tổ chức lễ bàn giao công trình "
                          "Trường Trung học cơ sở Nậm Xôi cho chính quyền và nhân dân tỉnh Hủa "
                          "Phăn.\n\n"
                          "Thay mặt tỉnh Hủa Phăn, Phó Tỉnh trưởng cảm ơn tỉnh Thanh Hóa.\n\n"
                          "Nhân dịp này, đoàn công tác tỉnh Thanh Hóa cũng trao tặng 100 suất quà "
                          "cho học sinh có hoàn cảnh khó khăn của nhà trường.\n")

    assert (["tỉnh Thanh Hóa"], ["Trường Trung học cơ sở Nậm Xôi"]) in [
        (g[0], g[1]) for g in _gifts(extraction)]


def test_students_described_then_of_a_university_are_that_universitys(tmp_path):
    """"Đoàn tỉnh Udon Thani đã trao tặng 20 suất học bổng cho sinh viên có hoàn cảnh khó
    khăn của Trường Đại học Đồng Tháp": the university receives; its "của" says whose the
    students are, not where the gift went."""
    extraction = _extract(tmp_path, "Đồng Tháp tiếp đoàn Udon Thani\nNgày đăng: 09/10/2023\n\n"
                          "Dịp này, Đoàn tỉnh Udon Thani đã trao tặng 20 suất học bổng cho sinh "
                          "viên có hoàn cảnh khó khăn của Trường Đại học Đồng Tháp.\n")

    assert [g[1] for g in _gifts(extraction)] == [["Trường Đại học Đồng Tháp"]]


def test_a_programme_of_a_government_gives_and_the_school_it_builds_receives(tmp_path):
    """In a review's list, "…; Chương trình GGP của Chính phủ Nhật Bản tài trợ 89.500 USD xây
    dựng Trường Tiểu học Tân Hộ Cơ 2, huyện Tân Hồng": the government whose programme it is
    gives (not the giver of the item before), and the school built receives."""
    extraction = _extract(tmp_path, "Đồng Tháp tổng kết công tác viện trợ năm 2023\nNgày đăng: "
                          "10/01/2024\n\nMột số dự án tiêu biểu gồm: Tổ chức Cứu trợ trẻ em (Save "
                          "the Children) tài trợ 5,2 tỷ đồng thực hiện dự án dinh dưỡng tại huyện "
                          "Tam Nông; Chương trình GGP của Chính phủ Nhật Bản tài trợ 89.500 USD "
                          "xây dựng Trường Tiểu học Tân Hộ Cơ 2, huyện Tân Hồng.\n")

    assert (["Chính phủ Nhật Bản"], ["Trường Tiểu học Tân Hộ Cơ 2"], 89500) in _gifts(extraction)


def test_a_long_group_before_its_district_names_the_district(tmp_path):
    """"cho nạn nhân chất độc da cam/dioxin và người khuyết tật huyện Hải Lăng": two
    groups of people, told at length before their district, are the district's; the long
    phrase is no reason to fall back on the province."""
    extraction = _extract(tmp_path, "Quảng Trị tiếp nhận xe lăn\nNgày đăng: 10/5/2024\n\n"
                          "Ngày 9/5, Tổ chức Hope for Children trao tặng 40 chiếc xe lăn cho "
                          "nạn nhân chất độc da cam/dioxin và người khuyết tật huyện Hải Lăng, "
                          "tổng trị giá khoảng 200 triệu đồng.\n")

    assert _gifts(extraction) == [(["Tổ chức Hope for Children"], ["huyện Hải Lăng"],
                                   200_000_000)]


def test_people_of_vietnamese_origin_are_named_with_each_place_they_live_in(tmp_path):
    """"cho bà con người gốc Việt có hoàn cảnh khó khăn tại hai tỉnh Svay Rieng và Prey
    Veng": a gift out of the province to the people of two provinces abroad goes to the
    people of each, named with their province, not to one group the same words would name
    in every province."""
    extraction = _extract(tmp_path, "Long An tặng quà Tết\nNgày đăng: 20/1/2024\n\n"
                          "Ngày 18/1, tỉnh Long An đã trao tặng 450 suất quà Tết cho bà con "
                          "người gốc Việt có hoàn cảnh khó khăn tại hai tỉnh Svay Rieng và Prey "
                          "Veng, tổng trị giá khoảng 200 triệu đồng.\n")

    assert _gifts(extraction) == [(["tỉnh Long An"],
                                   ["bà con người gốc Việt tại tỉnh Svay Rieng",
                                    "bà con người gốc Việt tại tỉnh Prey Veng"], 200_000_000)]


def test_a_provinces_association_with_a_long_lower_case_name_receives_whole(tmp_path):
    """"Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Thái Bình … tiếp nhận 200 xe lăn do
    Câu lạc bộ Lions Antwerpen trao tặng": the association is named to its province, nine
    words on; and a body "đến từ tỉnh Aichi" is named without where it comes from."""
    extraction = _extract(tmp_path, "Tiếp nhận xe lăn\nNgày đăng: 9/9/2023\n\n"
                          "Sáng 7/9/2023, Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Thái "
                          "Bình tổ chức lễ tiếp nhận 200 xe lăn do Câu lạc bộ Lions Antwerpen "
                          "trao tặng, trị giá 450 triệu đồng.\n\n"
                          "Ngày 8/9, Hội Từ thiện Phật giáo Jion-kai đến từ tỉnh Aichi, Nhật "
                          "Bản đã trao tặng 50 suất quà cho huyện Hưng Hà, trị giá 50 triệu "
                          "đồng.\n")

    assert _gifts(extraction) == [
        (["Câu lạc bộ Lions Antwerpen"],
         ["Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Thái Bình"], 450_000_000),
        (["Hội Từ thiện Phật giáo Jion-kai"], ["huyện Hưng Hà"], 50_000_000)]


def test_a_departments_fields_listed_with_a_comma_are_one_name(tmp_path):
    """"trao tặng Sở Giáo dục, Thanh niên và Thể thao tỉnh Prey Veng 20 bộ máy tính": the
    fields of one department are listed with a comma before the last two; the department
    receives under its whole name, not "Sở Giáo dục"."""
    extraction = _extract(tmp_path, "Đồng Tháp hỗ trợ Prey Veng\nNgày đăng: 10/4/2024\n\n"
                          "Ngày 9/4, tỉnh Đồng Tháp đã trao tặng Sở Giáo dục, Thanh niên và Thể "
                          "thao tỉnh Prey Veng 20 bộ máy tính, trị giá 300 triệu đồng.\n")

    assert _gifts(extraction) == [(["tỉnh Đồng Tháp"],
                                   ["Sở Giáo dục, Thanh niên và Thể thao tỉnh Prey Veng"],
                                   300_000_000)]


def test_the_district_a_gift_went_to_unnamed_is_the_one_the_article_named(tmp_path):
    """"trao 150 suất học bổng cho học sinh nghèo trên địa bàn huyện": the paragraph names
    no district, but the article named one alone ("huyện Châu Thành"), so that district
    receives; not the province."""
    extraction = _extract(tmp_path, "World Vision tổng kết chương trình\nCập nhật: 22/10/2024\n\n"
                          "Sáng 18/10, tại hội trường UBND huyện Châu Thành, tỉnh Tây Ninh, Tổ "
                          "chức Tầm nhìn Thế giới tổ chức lễ tổng kết chương trình.\n\n"
                          "Dịp này, Tổ chức Tầm nhìn Thế giới trao 150 suất học bổng cho học sinh "
                          "nghèo trên địa bàn huyện, tổng trị giá 150 triệu đồng.\n")

    [(_, receivers, value)] = _gifts(extraction)
    assert (receivers, value) == (["huyện Châu Thành"], 150_000_000)


def test_places_listed_right_after_the_verb_all_receive(tmp_path):
    """"đã trao tặng tỉnh Svay Rieng và tỉnh Tbong Khmum 50.000 khẩu trang": with no
    "cho", the receivers are the whole list right after the verb, not its first place."""
    extraction = _extract(tmp_path, "Tây Ninh hỗ trợ tỉnh bạn\nNgày đăng: 10/11/2024\n\n"
                          "Năm 2021, Quỹ Hope đã trao tặng tỉnh Svay Rieng và tỉnh Tbong Khmum "
                          "50.000 khẩu trang y tế, tổng trị giá hơn 1,3 tỷ đồng.\n")

    assert _gifts(extraction) == [(["Quỹ Hope"], ["tỉnh Svay Rieng", "tỉnh Tbong Khmum"],
                                   1_300_000_000)]


def test_a_titled_project_funded_in_a_district_with_its_cost_is_a_gift(tmp_path):
    """"Dự án "Phụ nữ làm chủ sinh kế" do Tổ chức Oxfam tài trợ tại huyện Thanh Miện với kinh
    phí gần 3 tỷ đồng": a project with a quoted title, funded in a district at a cost, is
    the funder's gift to the district, as it is when no comma follows the district."""
    extraction = _extract(tmp_path, "Hải Dương tiếp nhận viện trợ\nNgày đăng: 08/07/2024\n\n"
                          "Dự án \"Phụ nữ làm chủ sinh kế\" do Tổ chức Oxfam tài trợ tại huyện "
                          "Thanh Miện với kinh phí gần 3 tỷ đồng.\n")

    assert _gifts(extraction) == [(["Tổ chức Oxfam"], ["huyện Thanh Miện"], 3_000_000_000)]


def test_the_vietnamese_community_living_and_working_abroad_is_named_with_its_province(tmp_path):
    """"cho bà con cộng đồng người Việt Nam đang sinh sống, làm ăn tại tỉnh Bolikhamxay": the
    community is named with the province it lives in, past what it does there."""
    extraction = _extract(tmp_path, "Hưng Yên thăm Bolikhamxay\nNgày đăng: 30/10/2023\n\n"
                          "Ngày 27/10, đoàn công tác tỉnh Hưng Yên đã đến thăm, tặng 50 suất quà, "
                          "tổng trị giá 50 triệu đồng cho bà con cộng đồng người Việt Nam đang "
                          "sinh sống, làm ăn tại tỉnh Bolikhamxay.\n")

    [(_, receivers, value)] = _gifts(extraction)
    assert (receivers, value) == (
        ["bà con cộng đồng người Việt Nam tại tỉnh Bolikhamxay"], 50_000_000)


def test_a_projects_total_aid_capital_is_its_gift(tmp_path):
    """"Dự án do Oxfam tài trợ với tổng vốn viện trợ 185.000 USD, thực hiện … tại 6 xã của
    huyện Nghĩa Hưng": "vốn viện trợ" is the aid itself, not a capital beside it, so the
    sum is Oxfam's gift to the district."""
    extraction = _extract(tmp_path, "Oxfam khởi động dự án\nNgày đăng: 5/4/2024\n\n"
                          "Dự án do Oxfam tài trợ với tổng vốn viện trợ 185.000 USD, thực hiện "
                          "từ tháng 4/2024 đến tháng 12/2026 tại 6 xã của huyện Nghĩa Hưng.\n")

    assert _gifts(extraction) == [(["Tổ chức Oxfam"], ["huyện Nghĩa Hưng"], 185_000)]


def test_a_gifts_cost_told_after_both_sides_guests_is_its_value(tmp_path):
    """A hand-over, then who attended for each side ("Tham dự buổi lễ, về phía Campuchia có
    …. Về phía Việt Nam có …"), then what each house cost and the total: the total is
    the hand-over's value; the lists of guests stand between and tell nothing of it."""
    extraction = _extract(tmp_path, "Tây Ninh trao nhà tình thương\nNgày đăng: 16/12/2023\n\n"
                          "Sáng 15/12, đoàn công tác tỉnh Tây Ninh đã tổ chức lễ bàn giao 30 căn "
                          "nhà tình thương cho bà con người gốc Việt đang sinh sống tại tỉnh "
                          "Tbong Khmum.\n\nTham dự buổi lễ, về phía Campuchia có ông Keo Sovann, "
                          "Phó Tỉnh trưởng tỉnh Tbong Khmum. Về phía Việt Nam có lãnh đạo Sở "
                          "Ngoại vụ tỉnh Tây Ninh.\n\nCác căn nhà được xây dựng theo mẫu thống "
                          "nhất, trị giá 60 triệu đồng/căn. Tổng kinh phí xây dựng 30 căn nhà là "
                          "1,8 tỷ đồng, được trích từ ngân sách tỉnh Tây Ninh.\n")

    assert _gifts(extraction) == [(["tỉnh Tây Ninh"],
                                   ["bà con người gốc Việt tại tỉnh Tbong Khmum"],
                                   1_800_000_000)]


def test_a_headlines_province_and_the_bodys_district_with_one_sum_are_one_gift(tmp_path):
    """"Đồng Tháp trao 200 triệu riel hỗ trợ bà con người gốc Việt ở Prey Veng" in the
    headline and "… đoàn đã trao 200 triệu riel … cho các hộ … thuộc huyện Peam Ro" in the
    body: one giver's one sum, told of a province and of a district: one gift, not two."""
    extraction = _extract(tmp_path, "Đồng Tháp trao 200 triệu riel hỗ trợ bà con người gốc Việt "
                          "ở Prey Veng\nCập nhật: 28/10/2024\n\n"
                          "Ngày 25/10, đoàn công tác tỉnh Đồng Tháp đã trao 200 triệu riel tiền "
                          "mặt cho các hộ người gốc Việt sinh sống ven sông thuộc huyện Peam "
                          "Ro.\n")

    [(givers, _, value)] = _gifts(extraction)
    assert (givers, value) == (["tỉnh Đồng Tháp"], 200_000_000)


def test_a_clause_of_prices_alone_prices_the_gift_just_told(tmp_path):
    """"… đã trao tặng 300 suất quà cho các hộ nghèo; mỗi suất quà trị giá 500.000 đồng (tương
    đương khoảng 85.000 riel), gồm gạo …, tổng trị giá 150 triệu đồng": the clause after the
    semicolon names no one and prices the gift just told with its total."""
    extraction = _extract(tmp_path, "Bình Phước tặng quà Tết tỉnh Kratie\nNgày đăng: 30/1/2024"
                          "\n\nNgày 29/1, đoàn công tác tỉnh Bình Phước đã đến thăm tỉnh Kratie."
                          "\n\nĐoàn đã trao tặng 300 suất quà cho các hộ nghèo; mỗi suất quà trị "
                          "giá 500.000 đồng (tương đương khoảng 85.000 riel), gồm gạo, bánh mứt "
                          "và tiền mặt, tổng trị giá 150 triệu đồng.\n")

    assert _gifts(extraction) == [(["tỉnh Bình Phước"], ["tỉnh Kratie"], 150_000_000)]


def test_a_provinces_body_that_takes_in_a_gift_for_its_people_receives_alone(tmp_path):
    """"Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Thái Bình … tổ chức lễ tiếp nhận 200 xe
    lăn do Câu lạc bộ Lions Antwerpen trao tặng người khuyết tật … trên địa bàn tỉnh": the
    association receives for the province's people; the province is not a second receiver."""
    extraction = _extract(tmp_path, "Tiếp nhận 200 xe lăn\nCập nhật: 09/09/2023\n\n"
                          "Sáng 7/9/2023, Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Thái "
                          "Bình phối hợp với Sở Ngoại vụ tổ chức lễ tiếp nhận 200 xe lăn do Câu "
                          "lạc bộ Lions Antwerpen trao tặng người khuyết tật có hoàn cảnh khó "
                          "khăn trên địa bàn tỉnh, trị giá 450 triệu đồng.\n")

    assert _gifts(extraction) == [
        (["Câu lạc bộ Lions Antwerpen"],
         ["Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Thái Bình"], 450_000_000)]


def test_vietnamese_origin_people_are_placed_where_their_clause_opens(tmp_path):
    """"Tại thành phố Kratie, đoàn đã trao tặng 300 suất quà cho bà con người gốc Việt": the
    place the clause opens with is where the people live, and names them."""
    extraction = _extract(tmp_path, "Bình Phước tặng quà Tết\nNgày đăng: 30/1/2024\n\n"
                          "Ngày 29/1, đoàn công tác tỉnh Bình Phước đã đến thăm tỉnh Kratie.\n\n"
                          "Tại thành phố Kratie, đoàn đã trao tặng 300 suất quà cho bà con người "
                          "gốc Việt, tổng trị giá 150 triệu đồng.\n")

    assert _gifts(extraction) == [(["tỉnh Bình Phước"],
                                   ["bà con người gốc Việt tại thành phố Kratie"], 150_000_000)]


def test_children_of_a_school_are_the_schools_and_households_of_a_people_receive(tmp_path):
    """"cho các cháu của Trường Mẫu giáo Hoa Sen": the school receives, not the district
    the giver worked with; "cho các hộ đồng bào K'Ho có hoàn cảnh …": the households."""
    school = _gifts(_extract(tmp_path, (
        "Gia Lai, ngày 14/3/2024\n\nSáng 13/3, tại xã Ia Khai, huyện Ia Grai, tỉnh Gia Lai, Tổ "
        "chức Hope for Children phối hợp với UBND huyện Ia Grai tổ chức lễ bàn giao điểm "
        "trường.\n\nDịp này, Tổ chức Hope for Children trao tặng 120 bộ đồ dùng học tập cho "
        "các cháu của Trường Mẫu giáo Hoa Sen.\n")))
    households = _gifts(_extract(tmp_path, (
        "Lâm Đồng, ngày 2/10/2023\n\nNgày 30/9, tại tỉnh Lâm Đồng, Tổ chức Hope for "
        "Children đã trao 3 căn nhà tình thương trị giá 240 triệu đồng cho các hộ đồng bào "
        "K'Ho có hoàn cảnh đặc biệt khó khăn.\n")))

    assert (["Tổ chức Hope for Children"], ["Trường Mẫu giáo Hoa Sen"], None) in school
    assert households == [(["Tổ chức Hope for Children"], ["hộ đồng bào K'Ho"], 240_000_000)]


def test_each_district_after_va_is_one_even_when_its_owner_follows(tmp_path):
    """"dự án … tại các huyện Krông Pa và Ia Pa của Tổ chức X với kinh phí …": "Ia Pa" is the
    second district, so the two are the province's, not "huyện Krông Pa" alone."""
    gifts = _gifts(_extract(tmp_path, (
        "Gia Lai, ngày 5/7/2024\n\nTheo Sở Ngoại vụ tỉnh Gia Lai, một số dự án có giá trị lớn "
        "như: dự án Phát triển vùng tại các huyện Krông Pa và Ia Pa của Tổ chức Hope for "
        "Children với kinh phí 12,3 tỉ đồng.\n")))

    assert gifts == [(["Tổ chức Hope for Children"], ["tỉnh Gia Lai"], 12_300_000_000)]


def test_the_village_written_bare_is_the_one_named_before(tmp_path):
    """"cho các hộ gia đình trong buôn": the village the article named ("buôn Ea Kung")."""
    gifts = _gifts(_extract(tmp_path, (
        "Đắk Lắk, ngày 30/8/2023\n\nSáng 29/8, Tổ chức Hope for Children bàn giao công trình "
        "cấp nước trị giá 690 triệu đồng cho người dân buôn Ea Kung, xã Cư Pui, huyện Krông "
        "Bông, tỉnh Đắk Lắk.\n\n"
        "Dịp này, Tổ chức Hope for Children trao tặng 145 bình lọc nước cho các hộ gia đình "
        "trong buôn.\n")))

    assert (["Tổ chức Hope for Children"], ["buôn Ea Kung"], None) in gifts


def test_money_sent_to_help_through_a_front_is_a_gift(tmp_path):
    """"đã chuyển 10.000 USD hỗ trợ khẩn cấp thông qua Ủy ban MTTQ Việt Nam tỉnh Đắk Nông":
    money sent, the help written right after the sum, is the body's gift."""
    gifts = _gifts(_extract(tmp_path, (
        "Đắk Nông, ngày 20/8/2023\n\nTrước đó, ngày 14/8, Tổ chức Hope for Children đã chuyển "
        "10.000 USD hỗ trợ khẩn cấp thông qua Ủy ban MTTQ Việt Nam tỉnh Đắk Nông để khắc phục "
        "hậu quả mưa lũ.\n")))

    assert [(d, v) for d, _, v in gifts] == [(["Tổ chức Hope for Children"], 10_000)]


def test_a_project_told_with_its_value_after_the_district_is_its_grant(tmp_path):
    """"dự án "…" do Tổ chức Cứu trợ Trẻ em tài trợ tại huyện Bình Liêu, giá trị gần 3 tỷ
    đồng": "giá trị" prices the grant as "trị giá" does."""
    gifts = _gifts(_extract(tmp_path, (
        "Quảng Ninh, ngày 5/7/2024\n\nTheo Sở Ngoại vụ tỉnh Quảng Ninh, dự án \"Cải thiện dinh "
        "dưỡng cho trẻ em dưới 5 tuổi\" do Tổ chức Hope for Children tài trợ tại huyện Bình "
        "Liêu, giá trị gần 3 tỷ đồng.\n")))

    assert gifts == [(["Tổ chức Hope for Children"], ["huyện Bình Liêu"], 3_000_000_000)]


def test_the_school_written_bare_right_after_the_verb_is_the_one_named(tmp_path):
    """"tại Trường THCS Quang Trung, …, X đã trao tặng nhà trường 25 bộ máy tính": the
    school the sentence named receives."""
    gifts = _gifts(_extract(tmp_path, (
        "Hải Phòng, ngày 18/1/2024\n\nNgày 17/1, tại Trường THCS Quang Trung, huyện An Lão, "
        "thành phố Hải Phòng, Tổ chức Hope for Children đã trao tặng nhà trường 25 bộ máy "
        "tính, trị giá 360 triệu đồng.\n")))

    assert gifts == [(["Tổ chức Hope for Children"], ["Trường THCS Quang Trung"], 360_000_000)]


def test_pupils_of_a_school_site_written_in_lower_case_receive_as_written(tmp_path):
    """"cho học sinh điểm trường Sín Chải và điểm trường Lao Chải": the school site is part
    of how the group is written, not a body of its own; the group receives, under its first
    name, not the province."""
    gifts = _gifts(_extract(tmp_path, (
        "Lào Cai, ngày 14/9/2023\n\nNgày 12/9, tại huyện Mường Khương, tỉnh Lào Cai, Tổ chức "
        "Hope for Children trao tặng 200 suất quà cho học sinh điểm trường Sín Chải và điểm "
        "trường Lao Chải.\n")))

    assert gifts == [(["Tổ chức Hope for Children"],
                      ["học sinh điểm trường Sín Chải"], None)]


def test_one_givers_sum_for_its_projects_is_its_gift(tmp_path):
    """"CARE đã tài trợ hơn 12,4 tỉ đồng cho 3 dự án … tại các huyện A, B và C": a count of
    projects, but one giver's sum for them, a gift to the province."""
    gifts = _gifts(_extract(tmp_path, (
        "Sơn La, ngày 14/5/2024\n\nChiều ngày 13/5, Phó Chủ tịch UBND tỉnh Sơn La đã tiếp đoàn "
        "Tổ chức CARE quốc tế tại Việt Nam. Riêng năm 2023, CARE đã tài trợ hơn 12,4 tỉ đồng "
        "cho 3 dự án về sinh kế cho phụ nữ dân tộc thiểu số tại các huyện Thuận Châu, Mường "
        "La và Bắc Yên.\n")))

    assert gifts == [(["Tổ chức CARE Quốc tế"], ["tỉnh Sơn La"], 12_400_000_000)]


def test_money_sent_into_a_bodys_account_is_that_bodys(tmp_path):
    """"đã chuyển 20.000 USD vào tài khoản của Ủy ban MTTQ Việt Nam tỉnh Yên Bái để hỗ trợ
    …": a gift, and the body whose account it went into receives it."""
    gifts = _gifts(_extract(tmp_path, (
        "Yên Bái, ngày 20/9/2024\n\nNgày 15/9, Tổ chức Hope for Children đã chuyển 20.000 USD "
        "vào tài khoản của Ủy ban MTTQ Việt Nam tỉnh Yên Bái để hỗ trợ sửa chữa các điểm "
        "trường bị hư hỏng tại huyện Mù Cang Chải.\n")))

    assert gifts == [(["Tổ chức Hope for Children"], ["Ủy ban MTTQ Việt Nam tỉnh Yên Bái"],
                      20_000)]


def test_projects_of_a_body_where_they_run_told_before_their_price(tmp_path):
    """"Dự án "…" của Tổ chức X tại huyện A và huyện B với tổng kinh phí …; Dự án "…" do
    Tổ chức Y thực hiện tại huyện C với kinh phí …": each project is its body's grant."""
    gifts = _gifts(_extract(tmp_path, (
        "Lai Châu, ngày 20/7/2024\n\nTheo Sở Ngoại vụ tỉnh Lai Châu, nổi bật là Dự án \"Trẻ em "
        "được bảo vệ\" của Tổ chức Plan International tại huyện Phong Thổ và huyện Sìn Hồ với "
        "tổng kinh phí 6,3 tỷ đồng. Dự án \"Nông nghiệp thông minh\" do Tổ chức Hope for "
        "Children thực hiện tại huyện Tam Đường với kinh phí 1.500.000.000 đồng.\n")))

    assert [(g[0], g[2]) for g in gifts] == [(["Tổ chức Plan International"], 6_300_000_000),
                                            (["Tổ chức Hope for Children"], 1_500_000_000)]


def test_the_houses_handed_over_then_counted_built_and_priced_are_one_gift(tmp_path):
    """"Bàn giao 3 căn nhà … do X tài trợ" in the headline, then "3 căn nhà được xây dựng
    kiên cố …, tổng trị giá 240 triệu đồng do Hiệp hội tài trợ": the price of the houses
    the headline told, not a second gift."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Bàn giao 3 căn nhà tình nghĩa do Tổ chức Hope for Children tài trợ tại huyện Đà Bắc\n"
        "Ngày đăng: 25/10/2023\n\n"
        "Chiều ngày 23/10, tại xã Tiền Phong, huyện Đà Bắc, tỉnh Hòa Bình, UBND huyện Đà Bắc tổ "
        "chức lễ bàn giao nhà tình nghĩa cho các hộ nghèo. Dự buổi lễ có lãnh đạo Sở Ngoại vụ. "
        "3 căn nhà được xây dựng kiên cố theo mẫu nhà 3 cứng, mỗi căn trị giá 80 triệu đồng, "
        "tổng trị giá 240 triệu đồng do Tổ chức tài trợ toàn bộ.\n", encoding="utf-8")

    gifts = _gifts(article.extract_file(path))
    assert [(g[0], g[2]) for g in gifts] == [(["Tổ chức Hope for Children"], 240_000_000)]


def test_rooms_built_at_a_school_are_that_schools(tmp_path):
    """"X đã tài trợ xây dựng 4 phòng học tại Trường Tiểu học Minh Tân với kinh phí …": the
    school the rooms were built at receives, not the province."""
    gifts = _gifts(_extract(tmp_path, (
        "Bình Dương, ngày 16/1/2024\n\nNăm 2023, tại tỉnh Bình Dương, Tổ chức Hope for Children "
        "đã tài trợ xây dựng 4 phòng học tại Trường Tiểu học Minh Tân với kinh phí 1,5 tỷ "
        "đồng.\n")))

    assert gifts == [(["Tổ chức Hope for Children"], ["Trường Tiểu học Minh Tân"],
                      1_500_000_000)]


def test_how_many_received_at_the_ceremony_counts_and_prices_its_gift(tmp_path):
    """"… tổ chức lễ trao học bổng …. Đợt này có 150 sinh viên … được nhận học bổng, mỗi
    suất 5 triệu đồng, tổng trị giá 750 triệu đồng.": the scholarships the ceremony gave,
    one for each student, at the total."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao học bổng cho sinh viên tỉnh Đồng Nai\nNgày đăng: 21/12/2023\n\n"
        "Sáng 19/12, tại Trường Đại học Đồng Nai, Tổ chức Hope for Children phối hợp với Sở "
        "Ngoại vụ tỉnh Đồng Nai tổ chức lễ trao học bổng cho sinh viên có hoàn cảnh khó khăn. "
        "Dự buổi lễ có lãnh đạo Sở Ngoại vụ. Đợt này có 150 sinh viên của 5 trường đại học được "
        "nhận học bổng, mỗi suất 5 triệu đồng, tổng trị giá 750 triệu đồng.\n",
        encoding="utf-8")

    gifts = article.extract_file(path).dataset.donations
    assert [(g.value.value, [i.quantity.value for i in g.items]) for g in gifts] == [
        (750_000_000, [150])]


def test_people_of_one_district_are_that_districts(tmp_path):
    """"… cho người dân vùng lũ huyện Xaybouly": the people of the one district named
    receive through that district, here abroad, as a reader names them."""
    gifts = _gifts(_extract(tmp_path, (
        "Phú Yên, ngày 20/9/2023\n\nNgày 18/9, đoàn công tác tỉnh Phú Yên thăm tỉnh "
        "Savannakhet (Lào). Cùng dịp, Hội Chữ thập đỏ tỉnh Phú Yên đã trao tặng 200 bộ quần áo "
        "cho người dân vùng lũ huyện Xaybouly.\n")))

    assert [g[1] for g in gifts] == [["huyện Xaybouly"]]


def test_the_provinces_own_office_giving_to_its_commune_is_no_partnership(tmp_path):
    """"Sở Y tế tỉnh Cao Bằng trao … cho người dân xã Đàm Thủy": the province's office and
    its commune, no foreign side; no gift is proposed."""
    gifts = _gifts(_extract(tmp_path, (
        "Cao Bằng, ngày 5/6/2023\n\nNgày 3/6, Sở Y tế tỉnh Cao Bằng trao 200 suất quà cho người "
        "dân xã Đàm Thủy, trị giá 100 triệu đồng.\n")))

    assert gifts == []


def test_pupils_of_the_school_written_bare_are_the_schools_named_before(tmp_path):
    """"… cho Trường THCS Long Phước. … Dịp này, X cũng trao 30 suất học bổng cho học sinh
    vượt khó học giỏi của trường, …": "trường" alone is the school named before."""
    gifts = _gifts(_extract(tmp_path, (
        "Thành phố Hồ Chí Minh, ngày 11/10/2023\n\nChiều ngày 9/10/2023, Tổ chức Hope for "
        "Children tổ chức lễ khai trương phòng máy tính tại Trường THCS Long Phước, Thành phố "
        "Hồ Chí Minh. Dịp này, Tổ chức Hope for Children cũng trao 30 suất học bổng cho học "
        "sinh vượt khó học giỏi của trường, tổng trị giá 90 triệu đồng.\n")))

    assert gifts == [(["Tổ chức Hope for Children"], ["Trường THCS Long Phước"], 90_000_000)]


def test_free_surgery_done_by_a_body_named_after_its_patients_is_that_bodys(tmp_path):
    """"…; chương trình phẫu thuật miễn phí cho 85 trẻ em … tại Bệnh viện Bà Rịa do Tổ chức
    X thực hiện, kinh phí khoảng 900 triệu đồng": X, named with "do" after the children and
    the hospital, gave it, not the donor of the item before in the list."""
    gifts = _gifts(_extract(tmp_path, (
        "Bà Rịa – Vũng Tàu, ngày 20/7/2024\n\nTheo Sở Ngoại vụ tỉnh Bà Rịa – Vũng Tàu, các khoản "
        "viện trợ tiêu biểu gồm: dự án cấp nước sạch tại huyện Châu Đức do Tổ chức Plan "
        "International tài trợ, trị giá 3,2 tỷ đồng; chương trình phẫu thuật miễn phí cho 85 "
        "trẻ em dị tật hàm mặt tại Bệnh viện Bà Rịa do Tổ chức Hope for Children thực hiện, "
        "kinh phí khoảng 900 triệu đồng.\n")))

    assert [(g[0], g[2]) for g in gifts] == [(["Tổ chức Plan International"], 3_200_000_000),
                                            (["Tổ chức Hope for Children"], 900_000_000)]


def test_children_in_especially_hard_circumstances_are_named_in_full(tmp_path):
    """"cho các bệnh nhi có hoàn cảnh đặc biệt khó khăn đang điều trị tại Trung tâm Nhi
    khoa": "đặc biệt khó khăn" is part of who they are, not "đặc biệt là" (especially)
    opening a list; the note keeps them whole."""
    extraction = _extract(tmp_path, (
        "Thừa Thiên Huế, ngày 14/3/2024\n\nNgày 13/3, tại tỉnh Thừa Thiên Huế, Tổ chức Hope for "
        "Children trao 100 suất quà, tổng trị giá 50 triệu đồng, cho các bệnh nhi có hoàn cảnh "
        "đặc biệt khó khăn đang điều trị tại Trung tâm Nhi khoa.\n"))

    assert [g.recipients_note for g in extraction.dataset.donations] == [
        "các bệnh nhi có hoàn cảnh đặc biệt khó khăn đang điều trị tại Trung tâm Nhi khoa"]


def test_a_province_gives_what_it_handed_over_abroad_not_to_itself(tmp_path):
    """"tại cụm bản Lak Xao, huyện Khamkeut, tỉnh Bolikhamxay (Lào), UBND tỉnh Hà Tĩnh tổ
    chức Lễ bàn giao công trình … do tỉnh Hà Tĩnh tài trợ xây dựng": the province's own
    committee is the province, and the place abroad the works were handed over in receives
    them, not the province itself."""
    gifts = _gifts(_extract(tmp_path, (
        "Hà Tĩnh, ngày 26/3/2024\n\nChiều ngày 22/3, tại cụm bản Lak Xao, huyện Khamkeut, tỉnh "
        "Bolikhamxay (Lào), UBND tỉnh Hà Tĩnh tổ chức Lễ bàn giao công trình Trạm y tế hữu nghị "
        "do tỉnh Hà Tĩnh tài trợ xây dựng. Công trình có tổng mức đầu tư gần 4,5 tỷ đồng.\n")))

    assert gifts == [(["tỉnh Hà Tĩnh"], ["tỉnh Bolikhămxay"], 4_500_000_000)]


def test_students_described_past_a_comma_of_the_university_named_before(tmp_path):
    """"tại Trường Đại học Quảng Nam, … đã trao 200 suất học bổng cho sinh viên có hoàn cảnh
    khó khăn, vượt khó học tốt của Trường": the university named before, however long the
    words on who the students are."""
    gifts = _gifts(_extract(tmp_path, (
        "Quảng Nam, ngày 27/11/2024\n\nNgày 26/11, tại Trường Đại học Quảng Nam, tỉnh Quảng Nam, "
        "Tổ chức Hope for Children đã trao 200 suất học bổng cho sinh viên có hoàn cảnh khó "
        "khăn, vượt khó học tốt của Trường, tổng trị giá 400.000.000 đồng.\n")))

    assert gifts == [(["Tổ chức Hope for Children"], ["Trường Đại học Quảng Nam"], 400_000_000)]


def test_vietnamese_abroad_named_by_a_capital_written_with_its_kind(tmp_path):
    """"Hội người Việt Nam tại Thủ đô Viêng Chăn": "Thủ đô" capitalised is part of where the
    association is, so its name does not stop at "Thủ"."""
    gifts = _gifts(_extract(tmp_path, (
        "Nghệ An, ngày 30/1/2024\n\nNgày 27/1, thay mặt lãnh đạo tỉnh Nghệ An, bà Trần Thị Mỹ "
        "Hạnh đã trao tặng Hội người Việt Nam tại Thủ đô Viêng Chăn số tiền 100.000.000 đồng.\n")))

    assert gifts == [(["tỉnh Nghệ An"], ["Hội người Việt Nam tại Thủ đô Viêng Chăn"],
                      100_000_000)]


def test_where_a_receiving_ceremony_was_held_receives_nothing(tmp_path):
    """"Sáng 16/4, tại UBND xã An Điền, …, Sở Ngoại vụ … phối hợp với UBND huyện Thạnh Phú
    tổ chức lễ tiếp nhận … do Hội X trao tặng": the commune's hall is where, not who."""
    gifts = _gifts(_extract(tmp_path, (
        "Bến Tre, ngày 18/4/2024\n\nSáng 16/4, tại UBND xã An Điền, huyện Thạnh Phú, Sở Ngoại vụ "
        "tỉnh Bến Tre phối hợp với UBND huyện Thạnh Phú tổ chức lễ tiếp nhận 400 bồn chứa nước "
        "do Hội Người Việt Nam tại Nhật Bản trao tặng người dân bị ảnh hưởng bởi hạn mặn. Tổng "
        "trị giá số bồn chứa nước gần 1,2 tỷ đồng.\n")))

    assert gifts == [(["Hội Người Việt Nam tại Nhật Bản"], ["UBND huyện Thạnh Phú"],
                      1_200_000_000)]


def test_students_taken_in_for_training_are_no_gift(tmp_path):
    """"cảm ơn tỉnh Phú Thọ đã tiếp nhận đào tạo nhiều lưu học sinh của Xiêng Khoảng": the
    province trains the students; the Lao province gives it nothing."""
    gifts = _gifts(_extract(tmp_path, (
        "Phú Thọ, ngày 25/8/2023\n\nĐồng chí Khăm-phăn Sổm-xay cảm ơn tỉnh Phú Thọ đã tiếp nhận "
        "đào tạo nhiều lưu học sinh của Xiêng Khoảng tại Trường Đại học Hùng Vương.\n")))

    assert gifts == []


def test_pupils_of_the_school_site_are_the_school_s_named_before(tmp_path):
    """"… bàn giao công trình điểm trường mầm non thôn Nà Ca cho Trường Mầm non xã Lý Bôn",
    then "Save the Children trao tặng 120 bộ đồ dùng học tập cho các cháu học sinh của điểm
    trường": the school whose site it is receives, not the district."""
    gifts = _gifts(_extract(tmp_path, (
        "Cao Bằng, ngày 22/9/2023\n\nSáng ngày 20/9/2023, tại xã Lý Bôn, huyện Bảo Lâm, tỉnh Cao "
        "Bằng, Tổ chức Cứu trợ Trẻ em (Save the Children) phối hợp với UBND huyện Bảo Lâm tổ "
        "chức lễ bàn giao công trình điểm trường mầm non thôn Nà Ca cho Trường Mầm non xã Lý "
        "Bôn, tổng kinh phí 1.100.000.000 đồng.\n\nDịp này, Save the Children trao tặng 120 bộ "
        "đồ dùng học tập cho các cháu học sinh của điểm trường.\n")))

    assert (["Tổ chức Cứu trợ Trẻ em"], ["Trường Mầm non xã Lý Bôn"], None) in gifts


def test_a_funded_project_priced_after_a_comma_of_a_report_sentence(tmp_path):
    """"Hội nghị tổng kết Dự án … do Quỹ Dân số Liên hợp quốc tài trợ", then "Theo báo cáo
    của Sở Y tế, sau 3 năm triển khai …, dự án với tổng kinh phí hơn 126.000 USD đã …": the
    project's grant, at the budget the report gives."""
    gifts = _gifts(_extract(tmp_path, (
        "Thái Nguyên, ngày 25/11/2023\n\nĐó là khẳng định của Phó Chủ tịch UBND tỉnh Thái Nguyên "
        "tại Hội nghị tổng kết Dự án “Nâng cao chất lượng dịch vụ chăm sóc sức khỏe sinh sản” "
        "do Quỹ Dân số Liên hợp quốc tài trợ, diễn ra sáng 24/11.\n\nTheo báo cáo của Sở Y tế, "
        "sau 3 năm triển khai tại các huyện Võ Nhai và Đại Từ, dự án với tổng kinh phí hơn "
        "126.000 USD đã tập huấn cho hơn 400 lượt cán bộ y tế tuyến xã.\n")))

    assert gifts == [(["Quỹ Dân số Liên hợp quốc"], ["tỉnh Thái Nguyên"], 126_000)]


def test_an_exchange_of_delegations_is_no_gift(tmp_path):
    """"… qua khu vực mốc 1119 – 1120, đồng thời tăng cường trao đổi đoàn ở các cấp": "trao
    đổi" exchanges; nothing is given, and a border marker's number counts nothing."""
    gifts = _gifts(_extract(tmp_path, (
        "Lạng Sơn, ngày 20/3/2024\n\nÔng Lý Kiến Bình khẳng định Quảng Tây sẵn sàng cùng tỉnh "
        "Lạng Sơn nghiên cứu xây dựng tuyến đường chuyên dụng qua khu vực mốc 1119 – 1120, đồng "
        "thời tăng cường trao đổi đoàn ở các cấp.\n")))

    assert gifts == []


def test_works_not_counted_built_at_a_hospital_go_to_the_hospital(tmp_path):
    """"Hue Help đã tài trợ xây dựng Nhà lưu trú dành cho người nhà bệnh nhân tại Bệnh viện
    Trung ương Huế với kinh phí khoảng 1,8 tỷ đồng": the hospital the house was built at."""
    gifts = _gifts(_extract(tmp_path, (
        "Thừa Thiên Huế, ngày 14/3/2024\n\nNăm 2022, Hội Hue Help đã tài trợ xây dựng Nhà lưu trú "
        "dành cho người nhà bệnh nhân tại Bệnh viện Trung ương Huế với kinh phí khoảng 1,8 tỷ "
        "đồng.\n")))

    assert gifts == [(["Hội Hue Help"], ["Bệnh viện Trung ương Huế"], 1_800_000_000)]


def test_a_closed_project_priced_by_a_report_two_sentences_on(tmp_path):
    """"Sở Y tế … phối hợp với Ủy ban Y tế Hà Lan – Việt Nam (MCNV) tổ chức hội nghị tổng
    kết Dự án …", then "Theo báo cáo, sau 3 năm triển khai, với tổng kinh phí hơn 5,3 tỉ
    đồng, dự án đã …": the project's grant, at the budget the report gives."""
    gifts = _gifts(_extract(tmp_path, (
        "Quảng Nam, ngày 8/12/2023\n\nChiều 6/12, tại huyện Nam Giang, Sở Y tế tỉnh Quảng Nam "
        "phối hợp với Ủy ban Y tế Hà Lan – Việt Nam (MCNV) tổ chức hội nghị tổng kết Dự án "
        "\"Nâng cao chất lượng chăm sóc sức khỏe ban đầu\" giai đoạn 2021 – 2023.\n\nDự hội nghị "
        "có bà Nguyễn Thị Thu Hà, Phó Giám đốc Sở Y tế.\n\nTheo báo cáo, sau 3 năm triển khai, "
        "với tổng kinh phí hơn 5,3 tỉ đồng, dự án đã tập huấn cho 320 lượt nhân viên y tế thôn "
        "bản.\n")))

    assert [(d, v) for d, _, v in gifts] == [(["Ủy ban Y tế Hà Lan - Việt Nam"], 5_300_000_000)]


def test_each_line_of_a_summary_s_dashed_list_is_a_gift(tmp_path):
    """"- Tổ chức Plan International: Dự án "Trường học an toàn, thân thiện" tại huyện Krông
    Bông – 3,2 tỷ đồng;": the body before the colon gives the sum after the last dash to the
    district the line names; a year's target to receive aid is no gift."""
    gifts = _gifts(_extract(tmp_path, (
        "Đắk Lắk, ngày 15/7/2024\n\nMột số dự án có giá trị lớn tại tỉnh Đắk Lắk được phê duyệt "
        "trong kỳ:\n"
        "- Tổ chức Plan International: Dự án \"Trường học an toàn, thân thiện\" tại huyện Krông "
        "Bông – 3,2 tỷ đồng;\n- Tổ chức Đông Tây Hội ngộ (EMW): Dự án cấp nước sạch cho 5 trường "
        "học tại huyện Lắk – 1.850.000.000 đồng.\n\n6 tháng cuối năm 2024, Sở Ngoại vụ phấn đấu "
        "cả năm tiếp nhận trên 35 tỷ đồng viện trợ phi chính phủ nước ngoài.\n")))

    assert [(r, v) for _, r, v in gifts] == [(["huyện Krông Bông"], 3_200_000_000),
                                              (["huyện Lắk"], 1_850_000_000)]


def test_a_district_written_before_with_its_lao_province_is_abroad(tmp_path):
    """"tại bản Đen Sa Vẳn, huyện Xê Pôn, tỉnh Savannakhet (Lào), UBND tỉnh Quảng Trị tổ chức
    Lễ bàn giao công trình … cho chính quyền và nhân dân huyện Xê Pôn", then its cost: the
    Lao district receives; it is no district of the province's own."""
    gifts = _gifts(_extract(tmp_path, (
        "Quảng Trị, ngày 18/9/2024\n\nSáng 16/9, tại bản Đen Sa Vẳn, huyện Xê Pôn, tỉnh "
        "Savannakhet (Lào), UBND tỉnh Quảng Trị tổ chức Lễ bàn giao công trình Trường Tiểu học "
        "hữu nghị Việt Nam – Lào cho chính quyền và nhân dân huyện Xê Pôn.\n\nCông trình được "
        "khởi công từ tháng 11/2023 với tổng kinh phí hơn 5,2 tỷ đồng từ nguồn ngân sách tỉnh "
        "Quảng Trị.\n")))

    assert gifts == [(["UBND tỉnh Quảng Trị"], ["huyện Xê Pôn"], 5_200_000_000)]


def test_the_place_a_when_clause_speaks_of_receives_it_does_not_give(tmp_path):
    """"Năm 2023, khi tỉnh Salavan bị thiệt hại nặng do lũ lụt, tỉnh Quảng Trị đã kịp thời hỗ
    trợ tỉnh Salavan 500 triệu đồng": the subject of "khi …" is no giver."""
    gifts = _gifts(_extract(tmp_path, (
        "Quảng Trị, ngày 4/9/2024\n\nNăm 2023, khi tỉnh Salavan bị thiệt hại nặng do lũ lụt, "
        "tỉnh Quảng Trị đã kịp thời hỗ trợ tỉnh Salavan 500 triệu đồng để khắc phục hậu quả.\n")))

    assert gifts == [(["tỉnh Quảng Trị"], ["tỉnh Salavan"], 500_000_000)]


def test_the_district_beside_the_department_a_donor_works_with_receives(tmp_path):
    """"Đại sứ quán Nhật Bản tại Việt Nam phối hợp với Sở Ngoại vụ tỉnh Quảng Trị và UBND huyện
    Hướng Hóa tổ chức Lễ bàn giao công trình …", then its cost: the department arranges, the
    district it names beside it receives."""
    gifts = _gifts(_extract(tmp_path, (
        "Quảng Trị, ngày 27/10/2023\n\nNgày 25/10, tại xã Hướng Lộc, huyện Hướng Hóa, Đại sứ quán "
        "Nhật Bản tại Việt Nam phối hợp với Sở Ngoại vụ tỉnh Quảng Trị và UBND huyện Hướng Hóa "
        "tổ chức Lễ bàn giao công trình trường mầm non.\n\nCông trình có tổng vốn tài trợ 93.450 "
        "USD, được khởi công từ tháng 3/2023.\n")))

    assert [r for _, r, _ in gifts] == [["UBND huyện Hướng Hóa"]]


def test_the_school_a_handed_over_project_s_title_builds_receives_it(tmp_path):
    """"… tổ chức Lễ bàn giao công trình "Xây dựng Trường Mầm non Hướng Lộc, điểm bản Cợp"",
    then its cost: the school the project built receives."""
    gifts = _gifts(_extract(tmp_path, (
        "Quảng Trị, ngày 27/10/2023\n\nNgày 25/10, tại tỉnh Quảng Trị, Đại sứ quán Nhật Bản tại "
        "Việt Nam tổ chức Lễ bàn giao công trình \"Xây dựng Trường Mầm non Hướng Lộc, điểm bản "
        "Cợp\".\n\nCông trình có tổng vốn tài trợ 93.450 USD, được khởi công từ tháng 3/2023.\n")))

    assert [r for _, r, _ in gifts] == [["Trường Mầm non Hướng Lộc"]]


def test_pupils_described_past_a_comma_live_in_the_district_named_after(tmp_path):
    """"… cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn, học tập tốt trên địa bàn huyện
    Krông Nô": the district the pupils live in receives, not the province."""
    gifts = _gifts(_extract(tmp_path, (
        "Đắk Nông, ngày 6/6/2024\n\nSáng 4/6, tại tỉnh Đắk Nông, Quỹ VinaCapital trao 20 suất học "
        "bổng, tổng trị giá 100 triệu đồng, cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn, "
        "học tập tốt trên địa bàn huyện Krông Nô.\n")))

    assert [r for _, r, _ in gifts] == [["huyện Krông Nô"]]


def test_people_helped_with_a_district_the_donor_works_with_go_to_the_district(tmp_path):
    """"Tổ chức Plan International tại Việt Nam phối hợp với Sở Ngoại vụ tỉnh Kon Tum và UBND
    huyện Kon Plông trao hàng cứu trợ … cho người dân bị ảnh hưởng bởi mưa lũ": the district
    named beside the department takes in what its people received."""
    gifts = _gifts(_extract(tmp_path, (
        "Kon Tum, ngày 30/9/2024\n\nSáng 27/9, tại xã Đắk Long, huyện Kon Plông, Tổ chức Plan "
        "International tại Việt Nam phối hợp với Sở Ngoại vụ tỉnh Kon Tum và UBND huyện Kon "
        "Plông trao hàng cứu trợ khẩn cấp trị giá khoảng 850 triệu đồng cho người dân bị ảnh "
        "hưởng bởi mưa lũ.\n")))

    assert [r for _, r, _ in gifts] == [["UBND huyện Kon Plông"]]


def test_households_of_two_wards_go_to_the_one_town_the_article_names(tmp_path):
    """"lễ bàn giao 3 căn nhà tình thương cho các hộ gia đình … tại phường Mỹ Phước và
    phường Thới Hòa" in news of "thị xã Bến Cát": the wards' town receives, not the province;
    a ceremony before "cho" does not make the wards where it was held."""
    gifts = _gifts(_extract(tmp_path, (
        "Kumho Tire trao nhà tình thương tại thị xã Bến Cát\nNgày đăng: 18/09/2023\n\nChiều "
        "15/9, Công ty TNHH Kumho Tire Việt Nam phối hợp với Ủy ban MTTQ Việt Nam thị xã Bến "
        "Cát, tỉnh Bình Dương tổ chức lễ bàn giao 3 căn nhà tình thương trị giá gần 300 triệu "
        "đồng cho các hộ gia đình có hoàn cảnh khó khăn tại phường Mỹ Phước và phường Thới "
        "Hòa.\n")))

    assert [r for _, r, _ in gifts] == [["thị xã Bến Cát"]]


def test_a_care_programme_a_provinces_body_holds_abroad_is_its_gift(tmp_path):
    """"Hội Chữ thập đỏ tỉnh Tây Ninh phối hợp với Hội Chữ thập đỏ Campuchia chi nhánh tỉnh
    Svay Rieng tổ chức chương trình khám bệnh, cấp thuốc miễn phí cho … người dân … tại
    thành phố Bavet, tỉnh Svay Rieng": the province's body gives; its hosts abroad do not."""
    gifts = _gifts(_extract(tmp_path, (
        "Khám bệnh cho người dân Svay Rieng\nNgày đăng: 08/11/2023\n\nNgày 4/11, Hội Chữ thập "
        "đỏ tỉnh Tây Ninh phối hợp với Hội Chữ thập đỏ Campuchia chi nhánh tỉnh Svay Rieng tổ "
        "chức chương trình khám bệnh, cấp thuốc miễn phí cho 1.000 người dân có hoàn cảnh khó "
        "khăn tại thành phố Bavet, tỉnh Svay Rieng.\n\nTổng kinh phí chương trình khoảng 200 "
        "triệu đồng.\n")))

    assert [(d, v) for d, _, v in gifts] == [(["Hội Chữ thập đỏ tỉnh Tây Ninh"], 200_000_000)]


def test_a_funder_named_by_an_acronym_alone_gives_to_the_one_district_named(tmp_path):
    """"… tại xã Phước Thể, huyện Tuy Phong, … lễ khởi động dự án "… cộng đồng ven biển
    huyện Tuy Phong" do CzDA tài trợ. Dự án có tổng kinh phí hơn 8,4 tỷ đồng …": CzDA, an
    acronym never spelt out, gives to the district, named twice as one."""
    gifts = _gifts(_extract(tmp_path, (
        "Khởi động dự án cấp nước sạch\nCập nhật: 19/04/2024\n\nSáng ngày 17/4, tại xã Phước "
        "Thể, huyện Tuy Phong, UBND huyện Tuy Phong phối hợp với Sở Ngoại vụ tỉnh Bình Thuận tổ "
        "chức lễ khởi động dự án \"Cải thiện tiếp cận nước sạch cho cộng đồng ven biển huyện "
        "Tuy Phong\" do CzDA tài trợ.\n\nDự án có tổng kinh phí hơn 8,4 tỷ đồng, được thực hiện "
        "trong 3 năm.\n")))

    assert [(d, r) for d, r, _ in gifts] == [(["CzDA"], ["huyện Tuy Phong"])]


def test_lecturers_of_a_university_are_its_own(tmp_path):
    """"Đại học Wageningen đã trao 3 suất học bổng … cho giảng viên trẻ của Trường Đại học Cần
    Thơ": the university receives, not the city it is in."""
    gifts = _gifts(_extract(tmp_path, (
        "Gia hạn hợp tác với Đại học Wageningen\nNgày đăng: 02/08/2023\n\nDịp này, Đại học "
        "Wageningen đã trao 3 suất học bổng toàn phần chương trình thạc sĩ cho giảng viên trẻ "
        "của Trường Đại học Cần Thơ.\n\nKim Ngân – Sở Ngoại vụ thành phố Cần Thơ\n")))

    assert [(d, r) for d, r, _ in gifts] == [(["Đại học Wageningen"], ["Trường Đại học Cần Thơ"])]


def test_a_boarding_school_bare_is_the_one_named_in_full(tmp_path):
    """"tại Trường Phổ thông Dân tộc nội trú tỉnh Bắc Kạn, …", then "đã trao tặng nhà trường 10
    bộ máy tính": the school by its whole name, the kind "nội trú" and the province with it."""
    gifts = _gifts(_extract(tmp_path, (
        "Trao máy tính cho học sinh Bắc Kạn\nNgày đăng: 26/09/2024\n\nSáng 25/9, tại Trường Phổ "
        "thông Dân tộc nội trú tỉnh Bắc Kạn, Sở Ngoại vụ phối hợp với Đại sứ quán Ireland tại Việt "
        "Nam tổ chức lễ trao học bổng cho học sinh.\n\nDịp này, Đại sứ quán Ireland đã trao tặng "
        "nhà trường 10 bộ máy tính, trị giá khoảng 180 triệu đồng.\n\nLan Anh – Sở Ngoại vụ\n")))

    assert ["Trường Phổ thông Dân tộc nội trú tỉnh Bắc Kạn"] in [r for _, r, _ in gifts]


def test_students_named_by_their_country_receive_the_provinces_gift(tmp_path):
    """"Phó Chủ tịch UBND tỉnh … đã trao 60 suất học bổng, trị giá 450 triệu đồng, cho lưu học
    sinh Lào …": the province gives to the Lao students it trains, people from abroad by
    their name, though no place abroad is said."""
    gifts = _gifts(_extract(tmp_path, (
        "Tỉnh Điện Biên trao học bổng cho lưu học sinh Lào\nNgày đăng: 12/12/2023\n\nTại lễ trao "
        "học bổng, Phó Chủ tịch UBND tỉnh Giàng A Dình đã trao 60 suất học bổng, trị giá 450 "
        "triệu đồng, cho lưu học sinh Lào có thành tích học tập tốt.\n\nQuang Hưng – Sở Ngoại vụ "
        "Điện Biên\n")))

    assert [(r, v) for _, r, v in gifts] == [(["lưu học sinh Lào"], 450_000_000)]


def test_a_branch_association_abroad_visited_receives_and_gives_nothing(tmp_path):
    """"Đến thăm Chi hội Khmer – Việt Nam tỉnh Takeo, Đoàn đã trao 200 suất quà, …, tổng trị
    giá 100 triệu đồng cho các hộ bà con …": the province's delegation gives to the branch
    it visited, named whole ("Chi hội", not "hội"), which is abroad by its province."""
    gifts = _gifts(_extract(tmp_path, (
        "Tỉnh An Giang tặng quà bà con người gốc Việt tại tỉnh Takeo\nNgày đăng: 02/02/2024\n\n"
        "Ngày 1/2, Đoàn công tác tỉnh An Giang đã đến thăm bà con người Campuchia gốc Việt đang "
        "sinh sống tại tỉnh Takeo, Vương quốc Campuchia.\n\nĐến thăm Chi hội Khmer – Việt Nam "
        "tỉnh Takeo, Đoàn đã trao 200 suất quà, mỗi suất trị giá 500.000 đồng, tổng trị giá 100 "
        "triệu đồng cho các hộ bà con có hoàn cảnh khó khăn.\n\nVăn Tài – Sở Ngoại vụ An Giang\n")))

    assert gifts == [(["tỉnh An Giang"], ["Chi hội Khmer – Việt Nam tỉnh Takeo"], 100_000_000)]


def test_medicine_a_delegation_gave_to_people_abroad_is_the_provinces_gift(tmp_path):
    """"Trong 5 ngày, đoàn đã khám và cấp thuốc cho hơn 600 lượt người dân tại 4 bản của huyện
    Nà Mò, tổng trị giá hơn 200 triệu đồng": medicine given is given, by the province whose
    delegation the article is about, to the district abroad."""
    gifts = _gifts(_extract(tmp_path, (
        "Khám bệnh cho nhân dân huyện Nà Mò, tỉnh U Đôm Xay (Lào)\nNgày đăng: 18/01/2024\n\nTừ "
        "ngày 8 - 12/1, Đoàn công tác tỉnh Điện Biên đã tổ chức khám bệnh và cấp thuốc miễn phí "
        "cho nhân dân huyện Nà Mò, tỉnh U Đôm Xay, nước CHDCND Lào.\n\nTrong 5 ngày, đoàn đã "
        "khám và cấp thuốc cho hơn 600 lượt người dân tại 4 bản của huyện Nà Mò, tổng trị giá "
        "hơn 200 triệu đồng.\n\nThanh Huyền – Sở Ngoại vụ Điện Biên\n")))

    assert gifts == [(["tỉnh Điện Biên"], ["huyện Nà Mò"], 200_000_000)]


def test_a_department_named_bare_is_the_provinces_own_under_its_whole_name(tmp_path):
    """"IFAD trao tặng Sở Nông nghiệp và Phát triển nông thôn 20 bộ máy tính": the department's
    fields joined by "và" stay one name, and a department named bare is the province's own,
    named with the province as the page's other tellings are."""
    gifts = _gifts(_extract(tmp_path, (
        "Tổng kết Dự án IFAD tại Trà Vinh\nCập nhật: 12/10/2023\n\nNgày 10/10, tại thành phố "
        "Trà Vinh, UBND tỉnh Trà Vinh tổ chức hội nghị tổng kết Dự án.\n\nDịp này, IFAD trao "
        "tặng Sở Nông nghiệp và Phát triển nông thôn 20 bộ máy tính, trị giá 450 triệu đồng, "
        "phục vụ công tác theo dõi.\n\nMinh Thư – Sở Ngoại vụ Trà Vinh\n")))

    assert gifts == [(["Quỹ Quốc tế về Phát triển Nông nghiệp"],
                      ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Trà Vinh"], 450_000_000)]


def test_a_body_then_its_acronym_then_a_bare_province_is_the_provinces_own(tmp_path):
    """"cho Trung tâm Kiểm soát bệnh tật (CDC) tỉnh 1.200 thùng …": the bare "tỉnh" after the
    acronym says whose centre it is, the province the page is of."""
    gifts = _gifts(_extract(tmp_path, (
        "UNICEF hỗ trợ dinh dưỡng cho trẻ em Kon Tum\nCập nhật: 12/04/2024\n\nNgày 10/4, tại "
        "thành phố Kon Tum, UBND tỉnh Kon Tum phối hợp với UNICEF tổ chức hội nghị.\n\nTheo "
        "đó, UNICEF đã trao cho Trung tâm Kiểm soát bệnh tật (CDC) tỉnh 1.200 thùng sản phẩm "
        "dinh dưỡng, tổng trị giá khoảng 1,8 tỷ đồng.\n\nSở Ngoại vụ Kon Tum\n")))

    assert gifts == [(["Quỹ Nhi đồng Liên hợp quốc"],
                      ["Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum"], 1_800_000_000)]


def test_pupils_of_the_school_are_the_school_site_named_in_lower_case(tmp_path):
    """"… cho các cháu học sinh của trường": the school the article named before, though as
    "điểm trường Mầm non Thạch Đạn" (a school's site, written in lower case)."""
    gifts = _gifts(_extract(tmp_path, (
        "Bàn giao điểm trường Mầm non Thạch Đạn\nNgày đăng: 05/09/2023\n\nSáng 4/9, UBND huyện "
        "Cao Lộc phối hợp với Nhà thờ Onnuri (Hàn Quốc) tổ chức lễ khánh thành, bàn giao điểm "
        "trường Mầm non Thạch Đạn.\n\nDịp này, đoàn Nhà thờ Onnuri đã trao tặng 150 bộ quần áo "
        "ấm cho các cháu học sinh của trường.\n\nSở Ngoại vụ Lạng Sơn\n")))

    assert ["điểm trường Mầm non Thạch Đạn"] in [r for _, r, _ in gifts]


def test_the_children_of_a_school_site_named_by_its_village_receive(tmp_path):
    """"… bàn giao điểm trường thôn Cheng thuộc Trường Mẫu giáo Hướng Phùng", then "… trao
    tặng 60 suất quà … cho các cháu của điểm trường": the children of that school."""
    gifts = _gifts(_extract(tmp_path, (
        "Khánh thành điểm trường mẫu giáo tại Hướng Hóa\nNgày đăng: 18/03/2024\n\nSáng 15/3, "
        "Tổ chức PeaceTrees Vietnam (Hoa Kỳ) phối hợp với UBND huyện Hướng Hóa tổ chức lễ khánh "
        "thành và bàn giao điểm trường thôn Cheng thuộc Trường Mẫu giáo Hướng Phùng.\n\nDịp "
        "này, đoàn PeaceTrees Vietnam đã trao tặng 60 suất quà cho các cháu của điểm trường."
        "\n\nSở Ngoại vụ Quảng Trị\n")))

    assert (["Tổ chức PeaceTrees Vietnam"], ["Trường Mẫu giáo Hướng Phùng"], None) in gifts


def test_victims_cared_for_at_the_centre_are_the_centres(tmp_path):
    """"tại Trung tâm Bảo trợ nạn nhân chất độc da cam/dioxin thành phố Đà Nẵng, đoàn … đã
    trao 100 suất quà … cho các nạn nhân chất độc da cam đang được nuôi dưỡng tại Trung
    tâm": the centre receives, under its whole name, the slash in it notwithstanding."""
    gifts = _gifts(_extract(tmp_path, (
        "VFP trao quà cho nạn nhân chất độc da cam\nNgày đăng: 19/03/2023\n\nSáng 18/3, tại "
        "Trung tâm Bảo trợ nạn nhân chất độc da cam/dioxin thành phố Đà Nẵng, đoàn Tổ chức Cựu "
        "chiến binh Hoa Kỳ vì Hòa bình (VFP) đã trao 100 suất quà cho các nạn nhân chất độc da "
        "cam đang được nuôi dưỡng tại Trung tâm, tổng trị giá 120 triệu đồng.\n\nSở Ngoại vụ Đà "
        "Nẵng\n")))

    assert [r for _, r, _ in gifts] == [
        ["Trung tâm Bảo trợ nạn nhân chất độc da cam/dioxin thành phố Đà Nẵng"]]


def test_works_handed_over_at_a_school_are_the_schools(tmp_path):
    """"Cùng ngày, tổ chức đã bàn giao 2 khu nhà vệ sinh tại Trường Tiểu học số 1 Mỹ Thành,
    trị giá 280 triệu đồng": the school, its number in its name (no count of one), received
    what was handed over there."""
    extraction = _extract(tmp_path, (
        "Thrive Networks bàn giao công trình nước sạch\nNgày đăng: 29/06/2024\n\nNgày 28/6, Tổ "
        "chức Thrive Networks phối hợp với UBND huyện Phù Mỹ tổ chức lễ bàn giao công trình cấp "
        "nước sạch tập trung thôn Trung Thành, xã Mỹ Chánh.\n\nCùng ngày, tổ chức đã bàn giao 2 "
        "khu nhà vệ sinh tại Trường Tiểu học số 1 Mỹ Thành, trị giá 280 triệu đồng.\n\nSở Ngoại "
        "vụ Bình Định\n"))
    names = _names(extraction)

    [gift] = [g for g in extraction.dataset.donations if g.value]
    assert [names[r] for r in gift.recipients] == ["Trường Tiểu học số 1 Mỹ Thành"]
    assert [i.quantity.value for i in gift.items if i.quantity] == [2]


def test_on_a_page_naming_no_province_the_district_built_in_receives(tmp_path):
    """"Tổ chức PeaceTrees Vietnam tài trợ 2,3 tỷ đồng xây dựng 2 trường mẫu giáo tại huyện
    Đakrông" on a page that never names its province: the district the schools were built
    in received them; no province can stand for it."""
    gifts = _gifts(_extract(tmp_path, (
        "Sơ kết công tác viện trợ\nNgày đăng: 12/07/2024\n\nMột số dự án tiêu biểu đã được triển "
        "khai như: Tổ chức PeaceTrees Vietnam tài trợ 2,3 tỷ đồng xây dựng 2 trường mẫu giáo tại "
        "huyện Đakrông.\n\nHoàng Anh – Sở Ngoại vụ\n")))

    assert gifts == [(["Tổ chức PeaceTrees Vietnam"], ["huyện Đakrông"], 2_300_000_000)]


def test_on_a_page_naming_no_province_the_district_of_the_people_receives(tmp_path):
    """"… hỗ trợ 500 triệu đồng xây dựng 5 căn nhà tình nghĩa cho nạn nhân chất độc da cam ở
    huyện Cam Lộ" on a page that never names its province: the district the people live in,
    named by these words alone, received the gift; the giver's name runs through "vì Hòa
    bình", what it stands for."""
    gifts = _gifts(_extract(tmp_path, (
        "Sơ kết công tác viện trợ\nNgày đăng: 12/07/2024\n\nTổ chức Cựu chiến binh Hoa Kỳ vì Hòa "
        "bình hỗ trợ 500 triệu đồng xây dựng 5 căn nhà tình nghĩa cho nạn nhân chất độc da "
        "cam/dioxin ở huyện Cam Lộ.\n\nHoàng Anh – Sở Ngoại vụ\n")))

    assert gifts == [(["Tổ chức Cựu chiến binh Hoa Kỳ vì Hòa bình"], ["huyện Cam Lộ"],
                      500_000_000)]


def test_a_summarys_project_in_two_districts_goes_to_both(tmp_path):
    """In a summary of the half-year's aid from three givers, "dự án … tại hai huyện Bá
    Thước và Quan Hóa do UNFPA tài trợ 120.000 USD" went to both districts; a lone gift's
    districts say only where its people live, and the province receives it."""
    summary = _gifts(_extract(tmp_path, (
        "Thanh Hóa: viện trợ 6 tháng đầu năm 2024\nNgày đăng: 10/07/2024\n\nMột số dự án tiêu "
        "biểu gồm: dự án nâng cao sức khỏe sinh sản tại hai huyện Bá Thước và Quan Hóa do Quỹ "
        "Dân số Liên Hợp Quốc (UNFPA) tài trợ 120.000 USD; dự án xây dựng nhà ở tại huyện Ngọc "
        "Lặc do Tổ chức Caritas Đức tài trợ 4,6 tỷ đồng; dự án nước sạch tại huyện Mường Lát "
        "do Tổ chức Plan International tài trợ 2 tỷ đồng.\n\nSở Ngoại vụ Thanh Hóa\n")))
    lone = _gifts(_extract(tmp_path, (
        "Thanh Hóa: khởi động dự án\nNgày đăng: 10/07/2024\n\nNgày 9/7, dự án nâng cao sức "
        "khỏe sinh sản tại hai huyện Bá Thước và Quan Hóa do Quỹ Dân số Liên Hợp Quốc (UNFPA) "
        "tài trợ 120.000 USD đã được khởi động.\n\nSở Ngoại vụ Thanh Hóa\n")))

    assert sorted(summary[0][1]) == ["huyện Bá Thước", "huyện Quan Hóa"]
    assert [r for _, r, _ in lone] == [["tỉnh Thanh Hóa"]]


def test_works_abroad_paid_from_the_provinces_budget_are_its_gift(tmp_path):
    """"Công trình … với tổng kinh phí 1.500.000.000 đồng từ ngân sách tỉnh Thừa Thiên Huế",
    after the delegation attended the hand-over in Salavan: the province's gift to the
    province abroad, though no verb of giving stands in the sentence."""
    gifts = _gifts(_extract(tmp_path, (
        "Đoàn công tác tỉnh Thừa Thiên Huế bàn giao trường học tại tỉnh Salavan (Lào)\nNgày "
        "đăng: 28/11/2023\n\nNgày 24/11, tại huyện Ta Ôi, tỉnh Salavan, đoàn dự lễ bàn giao "
        "Trường Tiểu học Hữu nghị Việt Nam – Lào huyện Ta Ôi. Công trình gồm 6 phòng học, nhà "
        "vệ sinh và hệ thống nước sạch, với tổng kinh phí 1.500.000.000 đồng từ ngân sách tỉnh "
        "Thừa Thiên Huế.\n\nSở Ngoại vụ\n")))

    assert gifts == [(["tỉnh Thừa Thiên Huế"], ["tỉnh Salavan"], 1_500_000_000)]


def test_the_people_of_several_provinces_make_each_province_a_receiver(tmp_path):
    """"… 500.000 AUD … cho người dân bị ảnh hưởng bởi đợt mưa lũ tại các tỉnh Phú Yên, Bình
    Định và Quảng Ngãi" and "… cho người dân hai tỉnh Phú Yên và Bình Định": each province
    whose people the gift is for receives, the page's own among them (no venue); the
    embassy that announced the government's gift gives nothing."""
    gifts = _gifts(_extract(tmp_path, (
        "Úc và New Zealand hỗ trợ người dân Phú Yên khắc phục hậu quả mưa lũ\nCập nhật: "
        "24/11/2023\n\nNgày 23/11, Đại sứ quán Úc tại Việt Nam thông báo Chính phủ Australia "
        "dành khoản hỗ trợ nhân đạo khẩn cấp 500.000 AUD cho người dân bị ảnh hưởng bởi đợt mưa "
        "lũ lớn giữa tháng 11 tại các tỉnh Phú Yên, Bình Định và Quảng Ngãi.\n\nCùng thời gian "
        "này, Đại sứ quán New Zealand tại Việt Nam hỗ trợ 100.000 NZD để cung cấp 2.000 suất "
        "hàng cứu trợ cho người dân hai tỉnh Phú Yên và Bình Định.\n\nSở Ngoại vụ Phú Yên\n")))

    assert [(d, sorted(r)) for d, r, _ in gifts] == [
        (["Chính phủ Australia"], ["tỉnh Bình Định", "tỉnh Phú Yên", "tỉnh Quảng Ngãi"]),
        (["Đại sứ quán New Zealand tại Việt Nam"], ["tỉnh Bình Định", "tỉnh Phú Yên"])]


def test_works_named_as_a_school_and_priced_after_go_to_the_school(tmp_path):
    """"… lễ bàn giao công trình Trường Tiểu học Bình Mỹ do Tổ chức Hands of Hope tài trợ.",
    then "Công trình gồm …, tổng kinh phí 1,8 tỷ đồng.": the school the works are takes them
    in, at the price the next sentence gives."""
    gifts = _gifts(_extract(tmp_path, (
        "Bàn giao trường học tại huyện Bắc Tân Uyên\nCập nhật: 06/04/2024\n\nSáng 5/4, UBND "
        "huyện Bắc Tân Uyên tổ chức lễ bàn giao và đưa vào sử dụng công trình Trường Tiểu học "
        "Bình Mỹ do Tổ chức Hands of Hope tài trợ.\n\nCông trình gồm 6 phòng học và nhà vệ "
        "sinh, tổng kinh phí 1,8 tỷ đồng.\n\nSở Ngoại vụ Bình Dương\n")))

    assert gifts == [(["Tổ chức Hands of Hope"], ["Trường Tiểu học Bình Mỹ"], 1_800_000_000)]


def test_works_handed_over_at_the_school_the_sentence_opens_with_go_to_it(tmp_path):
    """"Sáng 12/3, tại Trường Tiểu học Long Hòa, huyện …, X đã tổ chức lễ bàn giao công trình
    hệ thống lọc nước …", priced after: the school the works were handed over at takes them,
    named as the body writes it, not as the headline in capitals does."""
    gifts = _gifts(_extract(tmp_path, (
        "TỔNG LÃNH SỰ QUÁN AUSTRALIA TRAO TẶNG HỆ THỐNG LỌC NƯỚC CHO TRƯỜNG TIỂU HỌC LONG HÒA\n"
        "Cập nhật: 14/03/2024\n\nSáng ngày 12/3/2024, tại Trường Tiểu học Long Hòa, huyện Châu "
        "Thành, tỉnh Trà Vinh, Tổng Lãnh sự quán Australia tại Thành phố Hồ Chí Minh đã tổ chức "
        "lễ bàn giao công trình hệ thống lọc nước uống.\n\nCông trình có tổng kinh phí hơn 800 "
        "triệu đồng, gồm 02 hệ thống lọc nước.\n\nSở Ngoại vụ Trà Vinh\n")))

    assert gifts == [(["Tổng Lãnh sự quán Australia tại Thành phố Hồ Chí Minh"],
                      ["Trường Tiểu học Long Hòa"], 800_000_000)]


def test_a_communes_school_built_with_a_gift_receives_it(tmp_path):
    """"… tài trợ 85.000 USD xây dựng trường mầm non xã A Dơi, huyện Hướng Hóa": the
    commune's school, written in lower case, receives; "Ngoài ra, các tổ chức phi chính phủ
    nước ngoài còn trao tặng …" names no giver, and the province gave nothing."""
    gifts = _gifts(_extract(tmp_path, (
        "Quảng Trị tiếp nhận viện trợ 6 tháng đầu năm\nCập nhật: 05/07/2024\n\nChính phủ Nhật "
        "Bản thông qua Chương trình GGP tài trợ 85.000 USD xây dựng trường mầm non xã A Dơi, "
        "huyện Hướng Hóa.\n\nNgoài ra, các tổ chức phi chính phủ nước ngoài còn trao tặng nhiều "
        "trang thiết bị y tế cho Trung tâm Y tế huyện Đakrông với tổng trị giá khoảng 20.000 "
        "USD.\n\nSở Ngoại vụ Quảng Trị\n")))

    assert gifts == [(["Chính phủ Nhật Bản"], ["trường mầm non xã A Dơi"], 85_000),
                     ([], ["Trung tâm Y tế huyện Đakrông"], 20_000)]


def test_where_a_ceremony_opens_is_no_receiver_of_gifts_for_the_whole_province(tmp_path):
    """"Sáng 23/9, tại thành phố Mỹ Tho, X và Y … tổ chức lễ trao 120 suất học bổng cho học
    sinh, sinh viên nghèo hiếu học trên địa bàn tỉnh": the city is where the ceremony was;
    the province's pupils receive. "… Y đồng tài trợ" after names Y alone, and the gift is
    the one just told."""
    gifts = _gifts(_extract(tmp_path, (
        "Trao 120 suất học bổng cho học sinh, sinh viên Tiền Giang\nCập nhật: 25/09/2023\n\n"
        "Sáng 23/9/2023, tại thành phố Mỹ Tho, Quỹ Giáo dục Australia – Việt Nam (AVEF) và Câu "
        "lạc bộ Lions Perth (Australia) phối hợp với Sở Lao động, Thương binh và Xã hội tỉnh "
        "Tiền Giang tổ chức lễ trao 120 suất học bổng cho học sinh, sinh viên nghèo hiếu học "
        "trên địa bàn tỉnh.\n\nHọc bổng do AVEF và Câu lạc bộ Lions Perth đồng tài trợ, tổng "
        "trị giá 2 tỷ 300 triệu đồng.\n\nSở Ngoại vụ Tiền Giang\n")))

    assert gifts == [(["Quỹ Giáo dục Australia – Việt Nam", "Câu lạc bộ Lions Perth"],
                      ["tỉnh Tiền Giang"], 2_300_000_000)]


def test_a_school_of_two_levels_is_named_whole(tmp_path):
    """"cho Trường Tiểu học và THCS Hướng Phùng": a primary and lower-secondary school, one
    name through its "và"."""
    gifts = _gifts(_extract(tmp_path, (
        "Quảng Trị: Bàn giao hệ thống nước sạch\nCập nhật: 10/05/2024\n\nNgày 8/5, Quỹ "
        "Give2Asia tài trợ 800 triệu đồng xây dựng hệ thống nước sạch cho Trường Tiểu học và "
        "THCS Hướng Phùng, huyện Hướng Hóa.\n\nSở Ngoại vụ Quảng Trị\n")))

    assert gifts == [(["Quỹ Give2Asia"], ["Trường Tiểu học và THCS Hướng Phùng"], 800_000_000)]


def test_a_body_of_the_city_named_by_its_level_alone_is_the_home_citys(tmp_path):
    """"… tài trợ cho Hội LHPN thành phố 50.000 đô la Canada" in news of Cần Thơ: the city's
    women's union, by its whole name, as "Bệnh viện Đa khoa tỉnh" is the province's."""
    gifts = _gifts(_extract(tmp_path, (
        "Cần Thơ: Ký kết thỏa thuận tài trợ\nCập nhật: 27/02/2024\n\nNgày 26/02/2024, tại thành "
        "phố Cần Thơ, Đại sứ quán Canada tại Việt Nam tài trợ cho Hội LHPN thành phố 50.000 đô "
        "la Canada để triển khai dự án tại huyện Thới Lai.\n\nSở Ngoại vụ thành phố Cần Thơ\n")))

    assert gifts == [(["Đại sứ quán Canada tại Việt Nam"], ["Hội LHPN thành phố Cần Thơ"], 50_000)]


def test_a_provinces_police_receives_what_it_took_in(tmp_path):
    """"Công an tỉnh Quảng Bình phối hợp với Sở Ngoại vụ tổ chức Lễ tiếp nhận 03 xe chữa cháy
    … do Chính quyền thành phố Jeonju … trao tặng": the police, a body of its own, receive."""
    gifts = _gifts(_extract(tmp_path, (
        "Jeonju trao tặng xe chữa cháy\nCập nhật: 26/11/2024\n\nNgày 25/11/2024, tại Đồng Hới, "
        "Công an tỉnh Quảng Bình phối hợp với Sở Ngoại vụ tổ chức Lễ tiếp nhận 03 xe chữa cháy "
        "do Chính quyền thành phố Jeonju, tỉnh Jeollabuk-do (Hàn Quốc) trao tặng. Tổng trị giá "
        "lô hàng khoảng 180 triệu won.\n\nSở Ngoại vụ Quảng Bình\n")))

    assert [r for _, r, _ in gifts] == [["Công an tỉnh Quảng Bình"]]


def test_the_department_that_opens_a_funded_project_owns_it(tmp_path):
    """"Sở Nông nghiệp và Phát triển nông thôn tỉnh Cà Mau tổ chức Hội thảo khởi động dự án
    "…" do Quỹ Hợp tác đặc biệt Mê Kông – Lan Thương (Quỹ MLC) tài trợ", priced after by
    "… của Quỹ MLC là 420.000 USD": the department receives the fund's grant; "Quỹ MLC" is
    the fund named before."""
    gifts = _gifts(_extract(tmp_path, (
        "Cà Mau khởi động dự án thích ứng xâm nhập mặn\nCập nhật: 22/08/2023\n\nNgày 21/8, Sở "
        "Nông nghiệp và Phát triển nông thôn tỉnh Cà Mau tổ chức Hội thảo khởi động dự án "
        "\"Tăng cường năng lực thích ứng với xâm nhập mặn\" do Quỹ Hợp tác đặc biệt Mê Kông – "
        "Lan Thương (Quỹ MLC) tài trợ.\n\nDự án có tổng vốn 480.000 USD, trong đó vốn viện trợ "
        "không hoàn lại của Quỹ MLC là 420.000 USD.\n\nSở Ngoại vụ Cà Mau\n")))

    assert gifts == [(["Quỹ Hợp tác đặc biệt Mê Kông – Lan Thương"],
                      ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Cà Mau"], 420_000)]


@pytest.mark.parametrize(("text", "receiver"), [
    ("Bàn giao công trình nước sạch\nCập nhật: 12/05/2024\n\nNgày 10/5, Tổ chức Plan "
     "International tổ chức lễ bàn giao công trình cấp nước sạch tại thị xã Sa Pa, tỉnh Lào "
     "Cai.\n\nCông trình có tổng kinh phí 500 triệu đồng, sau khi hoàn thành đã được bàn giao "
     "cho UBND xã Tả Van quản lý, vận hành.\n", "xã Tả Van"),
    ("Posted on 16 October 2024\n\nOn 15 October, the Embassy of Japan in Viet Nam held a "
     "ceremony in Tan Bien district, Tay Ninh province, to hand over a clean water system "
     "funded under the Grant Assistance for Grassroots Human Security Projects.\n\nThe "
     "system, worth about US$80,000, was handed over to the Tan Lap Commune People's "
     "Committee for management and maintenance.\n", "Tan Lap Commune People's Committee"),
    ("Posted on 9 May 2024\n\nOn 8 May, the Quang Binh Department of Foreign Affairs "
     "coordinated with Mekong Rice Trading Company, a Thai firm, to hand over US$20,000 in "
     "support for families whose homes were damaged by the storm in Le Thuy.\n\nThe money "
     "was received by the Le Thuy District People's Committee and will be used to repair "
     "roofs.\n", "Le Thuy District People's Committee"),
])
def test_what_a_gift_was_handed_over_to_receives_it(tmp_path, text, receiver):
    """A hand-over that names no receiver, then "được bàn giao cho UBND xã Tả Van quản lý",
    "was handed over to the Tan Lap Commune People's Committee for management" or "was
    received by the Le Thuy District People's Committee": that body receives, not the
    province the ceremony was held in."""
    [(_, receivers, _)] = _gifts(_extract(tmp_path, text))

    assert receivers == [receiver]


def test_a_body_with_its_address_abroad_gives_to_each_body_listed(tmp_path):
    """"… tiếp nhận 02 xe cứu thương do Bệnh viện Đại học Keimyung Dongsan, thành phố Daegu,
    Hàn Quốc trao tặng cho Trung tâm Y tế huyện Lạc Dương và Trung tâm Y tế huyện Đam Rông":
    the hospital gives (Daegu is where it is) to both health centres."""
    gifts = _gifts(_extract(tmp_path, (
        "Tiếp nhận xe cứu thương\nCập nhật: 03/02/2024\n\nNgày 2/2, Sở Y tế tỉnh Lâm Đồng tổ "
        "chức lễ tiếp nhận 02 xe cứu thương do Bệnh viện Đại học Keimyung Dongsan, thành phố "
        "Daegu, Hàn Quốc trao tặng cho Trung tâm Y tế huyện Lạc Dương và Trung tâm Y tế huyện "
        "Đam Rông, tổng trị giá 1,5 tỷ đồng.\n")))

    assert gifts == [(["Bệnh viện Đại học Keimyung Dongsan"],
                      ["Trung tâm Y tế huyện Lạc Dương", "Trung tâm Y tế huyện Đam Rông"],
                      1_500_000_000)]


@pytest.mark.parametrize("text, receiver", [
    ("Tổng kết năm 2023\nCập nhật: 05/01/2024\n\nNăm 2023, tỉnh Kon Tum cũng cấp 25 suất "
     "học bổng với tổng trị giá 300 triệu đồng cho sinh viên Lào đang theo học tại Trường "
     "Cao đẳng Kon Tum.\n", "sinh viên Lào"),
    ("Trao học bổng cho lưu học sinh Campuchia\nCập nhật: 20/12/2023\n\nChiều 19/12, UBND "
     "tỉnh Tây Ninh tổ chức lễ trao học bổng cho lưu học sinh Campuchia.\n\nNăm nay, tỉnh Tây "
     "Ninh trao 60 suất học bổng với tổng trị giá 480 triệu đồng cho các lưu học sinh có kết "
     "quả học tập tốt, đang theo học tại Trường Cao đẳng Tây Ninh và Trường Cao đẳng Sư phạm "
     "Tây Ninh.\n", "lưu học sinh Campuchia"),
    ("Posted on 5 January 2024\n\nIn 2023, Quang Tri province granted 45 scholarships, worth "
     "VND 450 million, to Lao students studying at Quang Tri Teacher Training College.\n",
     "Lao students"),
])
def test_scholarships_go_to_the_students_from_abroad_not_their_school(tmp_path, text,
                                                                      receiver):
    """The province's scholarships "cho sinh viên Lào đang theo học tại Trường X", "to Lao
    students studying at X College", or "cho các lưu học sinh …, đang theo học tại Trường X"
    on a page that names them "lưu học sinh Campuchia": the students receive, not the school
    they study at (a gift to the province's own school would be no foreign affair)."""
    [(_, receivers, _)] = _gifts(_extract(tmp_path, text))

    assert receivers == [receiver]


def test_the_government_and_people_of_a_province_are_the_province(tmp_path):
    """"… đã trao số tiền 30.000 USD của tỉnh Quảng Nam hỗ trợ Chính quyền và nhân dân tỉnh
    Ishikawa, Nhật Bản khắc phục …": the prefecture receives, named after the second verb
    with its government and people."""
    gifts = _gifts(_extract(tmp_path, (
        "Quảng Nam hỗ trợ tỉnh Ishikawa khắc phục hậu quả động đất\nCập nhật: 15/01/2024\n\n"
        "Chiều 14/1, ông Trần Văn Tân, Phó Chủ tịch UBND tỉnh Quảng Nam đã trao số tiền 30.000 "
        "USD của tỉnh Quảng Nam hỗ trợ Chính quyền và nhân dân tỉnh Ishikawa, Nhật Bản khắc "
        "phục hậu quả động đất.\n")))

    assert [(receivers, value) for _, receivers, value in gifts] == [(["tỉnh Ishikawa"],
                                                                      30_000)]


def test_a_gift_to_the_people_of_the_province_abroad_goes_to_that_province(tmp_path):
    """In news of a gift to a prefecture, "Hội Thực tập sinh Phú Yên tại Nhật Bản cũng đã
    quyên góp 500 nghìn yên gửi tới người dân vùng bão tỉnh Fukuoka": the association's gift
    goes to the prefecture, not to the province the page is from."""
    gifts = _gifts(_extract(tmp_path, (
        "Tỉnh Phú Yên hỗ trợ tỉnh Fukuoka (Nhật Bản) khắc phục hậu quả bão\n"
        "Cập nhật: 20/08/2024\n\nChiều 19/8, UBND tỉnh Phú Yên đã trao 20.000 USD hỗ trợ tỉnh "
        "Fukuoka khắc phục hậu quả cơn bão số 10.\n\nCùng dịp, Hội Thực tập sinh Phú Yên tại "
        "Nhật Bản cũng đã quyên góp 500 nghìn yên gửi tới người dân vùng bão tỉnh Fukuoka.\n")))

    assert sorted(receivers[0] for _, receivers, _ in gifts) == ["tỉnh Fukuoka"] * 2


def test_a_place_in_a_bodys_address_goes_with_its_own_name_in_brackets(tmp_path):
    """"… cho Chính phủ Nhân dân huyện Mã Quan (Maguan), thành phố Bách Sắc (Baise), Khu tự
    trị dân tộc Choang Quảng Tây, Trung Quốc": the district's government receives; the city
    and the region, each with its other name, say where it lies."""
    gifts = _gifts(_extract(tmp_path, (
        "Hà Giang hỗ trợ huyện Mã Quan khắc phục mưa lũ\nCập nhật: 08/07/2024\n\nSáng "
        "6/7/2024, tại Cửa khẩu Thanh Thủy, Đoàn công tác tỉnh Hà Giang đã trao tặng 20 nghìn "
        "đô la Mỹ cho Chính phủ Nhân dân huyện Mã Quan (Maguan), thành phố Bách Sắc (Baise), "
        "Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc để hỗ trợ nhân dân khắc phục hậu quả "
        "mưa lũ.\n")))

    assert [receivers for _, receivers, _ in gifts] == [["huyện Mã Quan"]]


def test_a_town_of_china_by_its_own_kind_receives(tmp_path):
    """"UBND huyện Tràng Định đã trao tặng 50 triệu đồng hỗ trợ trấn Thủy Khẩu (Shuikou),
    huyện Long Châu": a Chinese town ("trấn"), the district after it where it lies."""
    gifts = _gifts(_extract(tmp_path, (
        "Lạng Sơn hỗ trợ Long Châu\nCập nhật: 26/06/2024\n\nSáng 25/6/2024, Đoàn công tác "
        "tỉnh Lạng Sơn đã trao 500 triệu đồng hỗ trợ nhân dân huyện Long Châu (Longzhou), Khu "
        "tự trị dân tộc Choang Quảng Tây khắc phục thiệt hại do mưa lũ.\n\nCũng trong dịp này, "
        "UBND huyện Tràng Định đã trao tặng 50 triệu đồng hỗ trợ trấn Thủy Khẩu (Shuikou), "
        "huyện Long Châu khắc phục hậu quả thiên tai.\n")))

    assert (["UBND huyện Tràng Định"], ["trấn Thủy Khẩu"], 50000000) in gifts


def test_the_owner_of_the_aid_named_after_it_receives(tmp_path):
    """"Hội LHPN tỉnh là chủ khoản viện trợ": the women's union owns the aid, so receives it,
    written as a sentence of its own."""
    gifts = _gifts(_extract(tmp_path, (
        "Khởi động dự án hỗ trợ phụ nữ tại Lai Châu\nCập nhật: 12/03/2024\n\nNgày 11/3, Sở "
        "Ngoại vụ tỉnh Lai Châu phối hợp với Tổ chức CARE Quốc tế tại Việt Nam tổ chức lễ khởi "
        "động dự án sinh kế cho phụ nữ dân tộc thiểu số. Dự lễ có đại diện Hội Liên hiệp Phụ nữ "
        "(LHPN) tỉnh Lai Châu.\n\nDự án do Tổ chức "
        "CARE Quốc tế tại Việt Nam tài trợ, với tổng kinh phí viện trợ 300.000 USD, thực hiện "
        "tại các huyện Sìn Hồ và Phong Thổ. Hội LHPN tỉnh là chủ khoản viện trợ.\n")))

    assert [receivers for _, receivers, _ in gifts] == [["Hội Liên hiệp Phụ nữ tỉnh Lai Châu"]]


def test_a_station_handed_over_and_put_to_use_receives_what_its_funder_paid(tmp_path):
    """"… tổ chức lễ bàn giao, đưa vào sử dụng công trình Trạm Y tế xã Tân Minh do Hội thánh
    Tin Lành Somang, thành phố Seoul (Hàn Quốc) tài trợ. … Tổng giá trị tài trợ là 1 tỷ 800
    triệu đồng": the church gives (Seoul is where it is) to the station, at that sum."""
    gifts = _gifts(_extract(tmp_path, (
        "Bàn giao công trình Trạm Y tế xã Tân Minh do Hội thánh Somang (Hàn Quốc) tài trợ\n"
        "Cập nhật: 10/12/2024\n\nNgày 9/12, UBND huyện Đà Bắc phối hợp với Liên hiệp các tổ "
        "chức hữu nghị tỉnh Hòa Bình tổ chức lễ bàn giao, đưa vào sử dụng công trình Trạm Y tế "
        "xã Tân Minh do Hội thánh Tin Lành Somang, thành phố Seoul (Hàn Quốc) tài trợ.\n\nCông "
        "trình gồm nhà hai tầng với 10 phòng chức năng. Tổng giá trị tài trợ là 1 tỷ 800 triệu "
        "đồng.\n")))

    assert gifts == [(["Hội thánh Somang"], ["Trạm Y tế xã Tân Minh"], 1800000000)]


def test_the_centre_a_projects_title_says_it_works_in_receives(tmp_path):
    """A project "Nâng cao năng lực chăm sóc sức khỏe bà mẹ và trẻ em tại Trung tâm Y tế
    huyện Ninh Giang": the centre receives, not the department that opened it."""
    gifts = _gifts(_extract(tmp_path, (
        "Khởi động dự án chăm sóc sức khỏe bà mẹ tại huyện Ninh Giang\nCập nhật: 12/03/2024\n\n"
        "Ngày 11/3/2024, Sở Y tế tỉnh Hải Dương phối hợp với Tổ chức Cầu nối Y tế Hàn Quốc "
        "(KMB) tổ chức lễ khởi động dự án \"Nâng cao năng lực chăm sóc sức khỏe bà mẹ và trẻ em "
        "tại Trung tâm Y tế huyện Ninh Giang, giai đoạn 2024–2026\".\n\nDự án có tổng kinh phí "
        "viện trợ hơn 700 triệu đồng do KMB tài trợ.\n")))

    assert [receivers for _, receivers, _ in gifts] == [["Trung tâm Y tế huyện Ninh Giang"]]



def test_a_system_handed_to_a_hospital_is_no_part_of_its_name(tmp_path):
    """"Bệnh viện Đại học Bordeaux trao tặng Bệnh viện Trung ương Huế hệ thống nội soi tiêu
    hóa trị giá 2,1 tỷ đồng": the hospital receives; the system is what it got."""
    gifts = _gifts(_extract(tmp_path, (
        "Bordeaux trao tặng thiết bị cho Huế\nCập nhật: 10/07/2024\n\nNgày 9/7, Bệnh viện Đại "
        "học Bordeaux (Pháp) trao tặng Bệnh viện Trung ương Huế hệ thống nội soi tiêu hóa trị "
        "giá 2,1 tỷ đồng.\n")))

    assert [receivers for _, receivers, _ in gifts] == [["Bệnh viện Trung ương Huế"]]
