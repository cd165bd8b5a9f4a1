"""Who met, on sentences written for each reading: the sides of a courtesy call or a
working session, however the envoy's country, the host's headquarters or the holder of
an office are written. Checked on the extraction alone."""

from extracting import extract_text as _extract, partner_names


def test_a_consul_general_of_a_country_written_in_full_is_its_consulate(tmp_path):
    """"Phó Chủ tịch UBND Thành phố Nguyễn Minh Châu đã tiếp … tân Tổng Lãnh sự nước Cộng
    hòa Nhân dân Trung Hoa tại TP. Hồ Chí Minh": the city met China's consulate general;
    "Trụ sở" is no department and "Nguyễn Minh Châu" no city."""
    extraction = _extract(tmp_path, "Tiếp tân Tổng Lãnh sự Trung Quốc\nCập nhật: 12/03/2024\n\n"
                          "Chiều 11/3, tại Trụ sở UBND TP. Hồ Chí Minh, Phó Chủ tịch UBND Thành "
                          "phố Nguyễn Minh Châu đã tiếp ông Lý Chí Cường, tân Tổng Lãnh sự nước "
                          "Cộng hòa Nhân dân Trung Hoa tại TP. Hồ Chí Minh, đến chào xã giao.\n")

    [meeting] = extraction.dataset.engagements

    assert set(meeting.participants) == {"ho-chi-minh", "consulate-china-ho-chi-minh-city"}


def test_an_envoys_post_in_a_body_names_no_body_of_its_own(tmp_path):
    """"… a mission of the Asian Development Bank (ADB) led by Mr. Hiroshi Tanaka, Senior
    Urban Development Specialist of the ADB Southeast Asia Department": the province met
    the ADB; the specialist's post is no third side."""
    extraction = _extract(tmp_path, "Posted: 04/07/2024\n\nOn July 3, Vice Chairman of the Phu "
                          "Yen Provincial People's Committee Nguyen Minh Tuan received and "
                          "worked with a mission of the Asian Development Bank (ADB) led by Mr. "
                          "Hiroshi Tanaka, Senior Urban Development Specialist of the ADB "
                          "Southeast Asia Department.\n")

    [meeting] = extraction.dataset.engagements

    assert set(meeting.participants) == {"phu-yen", "adb"}


def test_a_companys_legal_form_after_a_comma_is_part_of_its_name(tmp_path):
    """"received a delegation from Hsin Yeh Food Co., Ltd., a Taiwan-based …": the province
    met the company; "Ltd." is no second company."""
    extraction = _extract(tmp_path, "Posted: 10/01/2023\n\nOn January 9, Vice Chairman of Hau "
                          "Giang Provincial People's Committee Le Hoai Nam received a delegation "
                          "from Hsin Yeh Food Co., Ltd., a Taiwan-based seafood processor, who "
                          "paid a courtesy visit to the province.\n")

    [meeting] = extraction.dataset.engagements

    assert sorted(meeting.participants) == ["extracted-hsin-yeh-food-co-ltd", "hau-giang"]


def test_a_city_the_headline_names_bare_is_its_committee_not_the_province(tmp_path):
    """"Móng Cái hội đàm với thành phố Đông Hưng" in a headline, then "Chủ tịch UBND thành
    phố Móng Cái đã chủ trì hội đàm với đoàn … thành phố Đông Hưng": one meeting, of the
    city's committee and Dongxing; the province is no third side."""
    extraction = _extract(tmp_path, "Móng Cái hội đàm với thành phố Đông Hưng (Quảng Tây, "
                          "Trung Quốc)\nCập nhật: 19/03/2024 - 16:40\n\n"
                          "Ngày 18/3, ông Nguyễn Văn Thành, Chủ tịch UBND thành phố Móng Cái, "
                          "tỉnh Quảng Ninh đã chủ trì hội đàm với đoàn đại biểu Chính quyền nhân "
                          "dân thành phố Đông Hưng, Khu tự trị dân tộc Choang Quảng Tây (Trung "
                          "Quốc).\n")
    names = {p.id: p.name_vi for p in extraction.dataset.partners}

    [meeting] = extraction.dataset.engagements

    assert sorted(names[p] for p in meeting.participants) == [
        "UBND thành phố Móng Cái", "thành phố Đông Hưng"]


def test_a_consul_general_at_a_city_with_its_region_in_brackets_is_one_consulate(tmp_path):
    """"tiếp … Tổng Lãnh sự Việt Nam tại Nam Ninh" in the headline and "… tân Tổng Lãnh sự Việt
    Nam tại Nam Ninh (Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc)" in the body: one
    consulate, one meeting; the bracket says where the city lies."""
    extraction = _extract(tmp_path, "Chủ tịch UBND tỉnh Lạng Sơn tiếp Tổng Lãnh sự Việt Nam tại "
                          "Nam Ninh\n10:25 | 22/08/2023\n\n"
                          "Chiều 21/8, ông Lương Minh Quân, Chủ tịch UBND tỉnh Lạng Sơn đã tiếp "
                          "xã giao bà Phạm Thị Thu Hà, tân Tổng Lãnh sự Việt Nam tại Nam Ninh "
                          "(Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc) nhân dịp bà vừa "
                          "nhận nhiệm vụ.\n")
    names = {p.id: p.name_vi for p in extraction.dataset.partners}

    [meeting] = extraction.dataset.engagements

    assert "Tổng Lãnh sự quán Việt Nam tại Nam Ninh" in {names.get(p) for p in
                                                         meeting.participants}


def test_a_project_that_met_its_targets_is_no_meeting(tmp_path):
    """"Deputy Director of the Department of Foreign Affairs … said the project was
    completed on schedule and met its targets": the project reached its targets; the
    department met no one."""
    extraction = _extract(tmp_path, "Posted: 18/01/2024\n\nOn January 17, the Gia Lai "
                          "Department of Foreign Affairs coordinated with the Chu Pah District "
                          "People's Committee to hold a ceremony summarising a clean water "
                          "project in Chu Pah district.\n\nSpeaking at the ceremony, Deputy "
                          "Director of the Department of Foreign Affairs Nguyen Van Hai said "
                          "the project was completed on schedule and met its targets.\n")

    assert extraction.dataset.engagements == []


def test_where_a_visiting_company_is_from_is_no_side_of_the_meeting(tmp_path):
    """"received a delegation of Marusan Fisheries Company from Japan's Mie prefecture": the
    province met the company; the prefecture is where the company is from."""
    extraction = _extract(tmp_path, "Posted: 20/09/2023\n\nOn September 18, Vice Chairman of "
                          "the Ninh Thuan Provincial People's Committee Tran Quoc Nam received "
                          "a delegation of Marusan Fisheries Company from Japan's Mie "
                          "prefecture, led by its President Sato Kenji.\n")

    [meeting] = extraction.dataset.engagements
    names = {p.id: p.name_en or p.name_vi for p in extraction.dataset.partners}

    assert sorted(names.get(p, p) for p in meeting.participants) == [
        "Marusan Fisheries Company", "Ninh Thuan Province"]


def test_a_signing_framed_by_the_visit_is_no_visit_and_the_city_gone_to_is_where(tmp_path):
    """"Trong khuôn khổ chuyến thăm, Sở A và Sở B đã ký kết …": the visit told before frames
    the signing, the two departments did not visit each other; "đoàn đến thành phố Khai
    Viễn làm việc với lãnh đạo Châu X": the province's delegation met the prefecture, in the
    city it went to."""
    extraction = _extract(tmp_path, "Đoàn công tác tỉnh Hà Giang thăm tỉnh Vân Nam\nCập nhật: "
                          "22/04/2024\n\nSáng 19/4, tại thành phố Côn Minh, đoàn công tác tỉnh Hà "
                          "Giang đã hội đàm với Chính phủ Nhân dân tỉnh Vân Nam.\n\nTrong khuôn "
                          "khổ chuyến thăm, Sở Y tế tỉnh Hà Giang và Ủy ban Y tế tỉnh Vân Nam đã "
                          "ký kết biên bản ghi nhớ về hợp tác y tế.\n\nNgày 20/4, đoàn đến thành "
                          "phố Khai Viễn làm việc với lãnh đạo Châu tự trị dân tộc Choang - Miêu "
                          "Văn Sơn.\n")

    names = {p.id: p.name_vi for p in extraction.dataset.partners}
    met = sorted(sorted(names.get(p, p) for p in e.participants)
                 for e in extraction.dataset.engagements)

    assert met == [["Châu tự trị dân tộc Choang - Miêu Văn Sơn", "ha-giang"],
                   ["ha-giang", "yunnan"]]


def test_what_the_guests_were_briefed_on_met_no_one(tmp_path):
    """"received a delegation of X Co., Ltd …", then "welcomed the delegation and briefed them
    on … the Economic Zone, including Dong Hoi Airport": the province met the company once;
    the airport it spoke of is no side of a second meeting."""
    extraction = _extract(tmp_path, "Posted: 14/06/2024\n\nOn June 13, Chairman of the Quang "
                          "Binh Provincial People's Committee received a delegation from the "
                          "Republic of Korea's Daeho Industrial Co., Ltd.\n\nThe Chairman "
                          "welcomed the delegation and briefed them on the province's "
                          "investment environment, including Dong Hoi International Airport "
                          "and Hon La seaport.\n")

    assert len(extraction.dataset.engagements) == 1


def test_the_place_a_partner_faces_across_the_border_is_no_side(tmp_path):
    """"Tại buổi làm việc, ông X cho biết, tỉnh Mukdahan nằm bên bờ sông Mê Kông, đối diện
    tỉnh Savannakhet (Lào)": Quảng Trị met Mukdahan; the Lao province it faces is no side."""
    extraction = _extract(tmp_path, "Quảng Trị thăm tỉnh Mukdahan\nCập nhật: 25/11/2023\n\n"
                          "Từ ngày 22 – 24/11, đoàn công tác tỉnh Quảng Trị đã có chuyến thăm, "
                          "làm việc tại tỉnh Mukdahan, Vương quốc Thái Lan.\n\nTại buổi làm việc "
                          "với lãnh đạo tỉnh Mukdahan, ông Somchai, Thống đốc tỉnh cho biết, "
                          "Mukdahan nằm bên bờ sông Mê Kông, đối diện tỉnh Savannakhet (Lào).\n")

    [meeting] = extraction.dataset.engagements

    assert "savannakhet" not in meeting.participants and len(meeting.participants) == 2


def test_the_places_a_border_gate_is_named_after_are_no_sides(tmp_path):
    """"Tại buổi hội đàm, hai bên đánh giá cao … thông quan hàng hóa qua cửa khẩu quốc tế Lào
    Cai - Hà Khẩu": the gate is named after two towns; Hà Khẩu held no talks of its own."""
    extraction = _extract(tmp_path, "Lào Cai hội đàm với Vân Nam\nCập nhật: 16/12/2023\n\n"
                          "Ngày 15/12, tại thành phố Lào Cai, Chủ tịch UBND tỉnh Lào Cai đã hội "
                          "đàm với đoàn đại biểu Chính phủ Nhân dân tỉnh Vân Nam (Trung Quốc).\n\n"
                          "Tại buổi hội đàm, hai bên đánh giá cao việc duy trì thông quan hàng hóa "
                          "ổn định qua cửa khẩu quốc tế Lào Cai - Hà Khẩu.\n")

    [meeting] = extraction.dataset.engagements

    assert sorted(meeting.participants) == ["lao-cai", "yunnan"]


def test_a_department_of_the_province_named_with_a_dash_keeps_its_whole_name(tmp_path):
    """"Phó Giám đốc Sở Ngoại vụ tỉnh Bà Rịa - Vũng Tàu đã tiếp … tình nguyện viên của
    JICA": the department is Bà Rịa - Vũng Tàu's, not a body of a "tỉnh Bà Rịa"."""
    extraction = _extract(tmp_path, "Tiếp tình nguyện viên JICA\n\nChiều 9/5/2024, Phó Giám "
                          "đốc Sở Ngoại vụ tỉnh Bà Rịa - Vũng Tàu đã tiếp xã giao 3 tình nguyện "
                          "viên của Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) vừa đến tỉnh.\n")

    [meeting] = extraction.dataset.engagements
    names = partner_names(extraction)

    assert "jica" in meeting.participants
    assert {names.get(p) for p in meeting.participants if p != "jica"} == {
        "Sở Ngoại vụ tỉnh Bà Rịa - Vũng Tàu"}


def test_a_holders_name_after_a_province_whose_last_syllable_is_a_family_name(tmp_path):
    """"Phó Chủ tịch UBND tỉnh Bình Dương Đoàn Minh Khôi đã tiếp đoàn KOICA": "Dương" opens
    family names too, yet the committee is Bình Dương's and the vice-chairman is no part of
    it."""
    extraction = _extract(tmp_path, "Tiếp đoàn KOICA\n\nChiều 13/3/2024, Phó Chủ tịch UBND tỉnh "
                          "Bình Dương Đoàn Minh Khôi đã tiếp đoàn KOICA.\n")

    [meeting] = extraction.dataset.engagements
    names = partner_names(extraction)

    assert sorted(names[p] for p in meeting.participants) == [
        "Cơ quan Hợp tác Quốc tế Hàn Quốc", "UBND tỉnh Bình Dương"]


def test_visits_told_as_a_habit_are_no_meeting(tmp_path):
    """"Từ năm 2019, DVF đã nhiều lần đến thăm, hỗ trợ các trường học …": visits over the
    years, told as the body's record; no one visit to propose."""
    extraction = _extract(tmp_path, "Hội Hữu nghị Đan Mạch – Việt Nam tặng máy lọc nước\nCập "
                          "nhật: 05/04/2024\n\nNgày 4/4, Hội Hữu nghị Đan Mạch – Việt Nam (DVF) "
                          "trao tặng 10 máy lọc nước cho 10 trường học huyện Đồng Xuân, tỉnh Phú "
                          "Yên.\n\nTừ năm 2019, DVF đã nhiều lần đến thăm, hỗ trợ các trường học "
                          "tại vùng miền núi của tỉnh.\n")

    assert extraction.dataset.donations
    assert not [e for e in extraction.dataset.engagements if e.kind == "visit"]


def test_a_home_province_association_abroad_is_a_side(tmp_path):
    """"Phó Chủ tịch UBND tỉnh … đã tiếp đoàn đại biểu Hội đồng hương Nghệ An tại Liên bang
    Nga": the province met the association of its people in Russia, whose name opens with
    "Hội đồng hương" in lower case."""
    extraction = _extract(tmp_path, "Tiếp Hội đồng hương\nCập nhật: 02/10/2024\n\nSáng 1/10, "
                          "Phó Chủ tịch UBND tỉnh Nghệ An Phùng Thành Lâm đã tiếp đoàn đại biểu "
                          "Hội đồng hương Nghệ An tại Liên bang Nga do ông Nguyễn Văn Sơn làm "
                          "trưởng đoàn.\n")

    [meeting] = extraction.dataset.engagements
    names = partner_names(extraction)

    assert sorted(names[p] for p in meeting.participants) == [
        "Hội đồng hương Nghệ An tại Liên bang Nga", "UBND tỉnh Nghệ An"]


def test_a_call_made_to_give_during_a_visit_is_no_meeting_of_its_own(tmp_path):
    """"Đoàn đại biểu tỉnh Hưng Yên thăm và làm việc tại tỉnh Bolikhămxay (Lào)", then "đoàn
    đã đến thăm và tặng 100 suất quà cho học sinh Trường Phổ thông dân tộc nội trú tỉnh
    Bolikhămxay": one visit; the school whose pupils got gifts met no one."""
    extraction = _extract(tmp_path, "Hưng Yên thăm Bolikhămxay\nCập nhật: 20/11/2023\n\nTừ ngày "
                          "15 – 18/11, Đoàn đại biểu tỉnh Hưng Yên thăm và làm việc tại tỉnh "
                          "Bolikhămxay (Lào).\n\nTrong chương trình công tác, đoàn đã đến thăm và "
                          "tặng 100 suất quà cho học sinh Trường Phổ thông dân tộc nội trú tỉnh "
                          "Bolikhămxay.\n")

    meetings = [e for e in extraction.dataset.engagements if e.kind in ("visit",
                                                                          "working_meeting")]

    assert [sorted(m.participants) for m in meetings] == [["bolikhamxay", "hung-yen"]]


def test_a_club_named_by_its_abbreviation_is_the_club_named_in_full(tmp_path):
    """"Câu lạc bộ Lions Singapore Host … tổ chức chương trình khám mắt", then "Phó Chủ tịch
    UBND tỉnh đã tiếp đoàn CLB Lions Singapore Host": one club, "CLB" its usual
    abbreviation."""
    extraction = _extract(tmp_path, "Khám mắt miễn phí\nNgày đăng: 01/12/2023\n\nTừ ngày 28 đến "
                          "30/11, Câu lạc bộ Lions Singapore Host tổ chức chương trình khám mắt "
                          "miễn phí cho người dân huyện Lộc Ninh, tỉnh Bình Phước.\n\nDịp này, Phó "
                          "Chủ tịch UBND tỉnh Bình Phước đã tiếp đoàn CLB Lions Singapore Host.\n")

    names = partner_names(extraction)

    assert [n for n in names.values() if "Lions" in n] == ["Câu lạc bộ Lions Singapore Host"]


def test_the_delegation_received_unnamed_is_the_body_told_before(tmp_path):
    """"đoàn y, bác sĩ tình nguyện của tổ chức Medipeace (Hàn Quốc) … khám bệnh …", then
    "Trước đó, chiều 13/6, … Phó Chủ tịch UBND tỉnh Ninh Bình đã tiếp đoàn.": the province
    met Medipeace, the delegation the article is about."""
    extraction = _extract(tmp_path, "Khám bệnh miễn phí\nNgày đăng: 17/06/2023\n\nTừ ngày 14 đến "
                          "16/6/2023, đoàn y, bác sĩ tình nguyện của tổ chức Medipeace (Hàn Quốc) "
                          "phối hợp với Sở Y tế tỉnh Ninh Bình tổ chức khám bệnh miễn phí cho "
                          "người dân huyện Nho Quan.\n\nTrước đó, chiều 13/6, đồng chí Bùi Đức "
                          "Hạnh, Phó Chủ tịch UBND tỉnh Ninh Bình đã tiếp đoàn.\n")

    [meeting] = [e for e in extraction.dataset.engagements if e.kind == "working_meeting"]
    names = partner_names(extraction)

    assert sorted(names[p] for p in meeting.participants) == [
        "UBND tỉnh Ninh Bình", "tổ chức Medipeace"]


def test_thanks_for_receiving_the_delegation_is_no_meeting_with_the_last_body_named(tmp_path):
    """"Chủ tịch UBND tỉnh Bình Dương tiếp xã giao Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh
    … Tập đoàn Tokyu …", then "Ông Kato Hiroshi cảm ơn lãnh đạo tỉnh đã dành thời gian tiếp
    đoàn": thanks for the reception told; the company named last met no one."""
    extraction = _extract(tmp_path, "Tiếp Tổng Lãnh sự Nhật Bản\nCập nhật: 12/03/2024\n\nNgày "
                          "11/3, Chủ tịch UBND tỉnh Bình Dương tiếp xã giao Tổng Lãnh sự Nhật Bản "
                          "tại TP Hồ Chí Minh. Tổng Lãnh sự cho biết Tập đoàn Tokyu (Nhật Bản) "
                          "tiếp tục đầu tư tại tỉnh.\n\nÔng Kato Hiroshi cảm ơn lãnh đạo tỉnh đã "
                          "dành thời gian tiếp đoàn.\n")

    meetings = [e for e in extraction.dataset.engagements if e.kind == "working_meeting"]

    assert not [m for m in meetings if any("tokyu" in p for p in m.participants)]


def test_the_offices_the_two_sides_appoint_are_no_sides_of_the_talks(tmp_path):
    """"hai bên thống nhất giao Sở Ngoại vụ Khánh Hòa và cơ quan đối ngoại của vùng
    Sverdlovsk làm đầu mối …": the province met the region; the offices given the follow-up
    met no one."""
    extraction = _extract(tmp_path, "Khánh Hòa hội đàm với vùng Sverdlovsk\nNgày đăng: "
                          "12/6/2024\n\nSáng 11/6, ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh "
                          "Khánh Hòa đã có buổi hội đàm với đoàn đại biểu Chính quyền vùng "
                          "Sverdlovsk (Liên bang Nga).\n\nKết thúc hội đàm, hai bên thống nhất "
                          "giao Sở Ngoại vụ Khánh Hòa và cơ quan đối ngoại của vùng Sverdlovsk "
                          "làm đầu mối xây dựng dự thảo biên bản ghi nhớ hợp tác.\n")

    [meeting] = extraction.dataset.engagements

    assert {partner_names(extraction)[p] for p in meeting.participants} == {
        "tỉnh Khánh Hòa", "vùng Sverdlovsk"}


def test_the_government_of_a_capital_the_gazetteer_knows_is_that_capital(tmp_path):
    """"đoàn đã hội đàm với Chính quyền Thủ đô Viêng Chăn": the city met Vientiane, not a
    body cut short as "Chính quyền Thủ"."""
    extraction = _extract(tmp_path, "Hà Nội hội đàm với Thủ đô Viêng Chăn\nNgày 14/3/2024\n\n"
                          "Sáng 13/3, đoàn công tác thành phố Hà Nội đã hội đàm với Chính quyền "
                          "Thủ đô Viêng Chăn do ông Khamphou Vongsa, Đô trưởng Thủ đô Viêng Chăn "
                          "chủ trì.\n")

    [meeting] = extraction.dataset.engagements

    assert set(meeting.participants) == {"ha-noi", "vientiane-capital"}


def test_the_two_sides_that_sign_are_those_of_the_talks_the_committee_held(tmp_path):
    """"UBND tỉnh Quảng Trị tổ chức hội đàm với Đoàn đại biểu tỉnh Savannakhet …", then
    "hai bên đã ký Biên bản hội đàm năm 2024, thống nhất nội dung phối hợp trong năm 2025":
    the province's committee is its side, so the two that sign are the two that talked (not
    the country of a treaty named between); they signed in 2024, for 2025."""
    extraction = _extract(tmp_path, "Hội đàm thường niên về biên giới\nCập nhật: 06/12/2024\n\n"
                          "Sáng 5/12, UBND tỉnh Quảng Trị tổ chức hội đàm với Đoàn đại biểu tỉnh "
                          "Savannakhet (Lào). Hai bên đề nghị tuyên truyền cho cư dân chấp hành "
                          "Hiệp định về biên giới trên đất liền Việt Nam - Lào. Kết thúc hội đàm, "
                          "hai bên đã ký Biên bản hội đàm năm 2024, thống nhất nội dung phối hợp "
                          "trong năm 2025.\n")
    names = partner_names(extraction)

    [signed] = extraction.dataset.agreements
    assert sorted(names.get(p, p) for p in signed.parties) == ["tỉnh Quảng Trị", "tỉnh Savannakhet"]
    assert signed.signed.start.year == 2024


def test_the_visitors_who_came_to_give_are_the_other_side_of_the_reception(tmp_path):
    """"Đoàn đại biểu Hội người Việt Nam tại Séc … đã đến thăm và trao tặng …", then "Phó
    Chủ tịch UBND tỉnh đã tiếp đoàn": the reception is the meeting, with the association."""
    extraction = _extract(tmp_path, "Kiều bào tại Séc về thăm Hà Tĩnh\nCập nhật: 20/07/2024\n\n"
                          "Ngày 18/7, đoàn đại biểu Hội người Việt Nam tại Séc đã đến thăm và trao "
                          "tặng nhiều phần quà cho các địa phương của tỉnh Hà Tĩnh với tổng trị "
                          "giá 300 triệu đồng. Sáng cùng ngày, Phó Chủ tịch UBND tỉnh đã tiếp đoàn "
                          "tại trụ sở UBND tỉnh.\n")
    names = partner_names(extraction)

    [met] = [e for e in extraction.dataset.engagements if e.kind in ("visit", "working_meeting")]
    assert sorted(names.get(p, p) for p in met.participants) == [
        "Hội người Việt Nam tại Séc", "tỉnh Hà Tĩnh"]


def test_a_highland_name_after_the_committee_is_its_holder_not_a_province(tmp_path):
    """"ông Ksor Phước, Phó Chủ tịch UBND tỉnh Gia Lai", then "Phó Chủ tịch UBND tỉnh Ksor
    Phước đã tiếp Đoàn công tác tỉnh Ratanakiri": the province's committee met Ratanakiri;
    "Ksor Phước" is a person, no province."""
    extraction = _extract(tmp_path, "Tiếp đoàn tỉnh Ratanakiri\nCập nhật: 05/10/2024\n\n"
                          "Phát biểu tại buổi lễ, ông Ksor Phước, Phó Chủ tịch UBND tỉnh Gia Lai "
                          "cảm ơn tỉnh bạn. Chiều 3/10, Phó Chủ tịch UBND tỉnh Ksor Phước đã tiếp "
                          "Đoàn công tác tỉnh Ratanakiri do ông Thong Savon dẫn đầu.\n")
    names = partner_names(extraction)

    [met] = [e for e in extraction.dataset.engagements if e.kind in ("visit", "working_meeting")]
    assert sorted(names.get(p, p) for p in met.participants) == [
        "tỉnh Gia Lai", "tỉnh Ratanakiri"]


def test_a_khmer_family_name_after_the_committee_is_its_officials_not_a_province(tmp_path):
    """"Phó Chủ tịch UBND tỉnh Thạch Minh Hùng thông tin …": "Thạch", a family name of the
    Khmer in the Mekong Delta, opens the official's name; no province "Thạch Minh Hùng"
    joins the meeting."""
    extraction = _extract(tmp_path, "Trà Vinh tiếp Tổng Lãnh sự Thái Lan\nNgày đăng: "
                          "16/11/2023\n\nChiều ngày 14/11, ông Thạch Minh Hùng, Phó Chủ tịch "
                          "UBND tỉnh Trà Vinh đã tiếp bà Chanida Srisuk, Tổng Lãnh sự Vương quốc "
                          "Thái Lan tại TP. Hồ Chí Minh. Tiếp đoàn, Phó Chủ tịch UBND tỉnh Thạch "
                          "Minh Hùng thông tin khái quát về tình hình kinh tế của tỉnh.\n")

    assert all("Thạch" not in name for name in partner_names(extraction).values())
    [meeting] = extraction.dataset.engagements
    assert "tra-vinh" in meeting.participants


def test_a_consulate_in_another_city_than_the_listed_one_is_its_own(tmp_path):
    """The gazetteer lists Thailand's consulate general in Ho Chi Minh City, also by the
    short name "Tổng Lãnh sự quán Thái Lan"; "Tổng Lãnh sự Thái Lan tại Đà Nẵng" and the
    consulate "tại Đà Nẵng" that gives are another one, proposed by that name, and no
    close spelling makes it Japan's consulate in Đà Nẵng."""
    extraction = _extract(tmp_path, "Hà Tĩnh tiếp Tổng Lãnh sự Thái Lan tại Đà Nẵng\nNgày đăng: "
                          "09/08/2023\n\nChiều ngày 7/8/2023, ông Nguyễn Văn Hiếu, Phó Chủ tịch "
                          "UBND tỉnh Hà Tĩnh đã tiếp bà Pornpimol Srisuk, Tổng Lãnh sự Thái Lan "
                          "tại Đà Nẵng đến chào xã giao. Dịp này, Tổng Lãnh sự quán Thái Lan tại "
                          "Đà Nẵng đã trao tặng 50 suất học bổng cho học sinh nghèo huyện Hương "
                          "Sơn, tổng trị giá 50 triệu đồng.\n")

    names = partner_names(extraction)
    [meeting] = extraction.dataset.engagements
    [gift] = extraction.dataset.donations
    assert {names.get(p, p) for p in meeting.participants} == {
        "tỉnh Hà Tĩnh", "Tổng Lãnh sự quán Thái Lan tại Đà Nẵng"}
    assert [names.get(d, d) for d in gift.donors] == ["Tổng Lãnh sự quán Thái Lan tại Đà Nẵng"]


def test_the_bodies_an_agreement_appoints_are_no_side_of_it(tmp_path):
    """"hai tỉnh đã ký kết Biên bản ghi nhớ …, trong đó giao Sở Ngoại vụ tỉnh Đồng Tháp và Văn
    phòng Tỉnh Udon Thani là đầu mối": the two provinces signed and met; the office named as
    a focal point is no side of either."""
    extraction = _extract(tmp_path, "Đồng Tháp và Udon Thani ký kết Biên bản ghi nhớ\nNgày đăng: "
                          "09/10/2023\n\nChiều ngày 6/10/2023, Chủ tịch UBND tỉnh Đồng Tháp đã có "
                          "buổi hội đàm với Thống đốc tỉnh Udon Thani, Vương quốc Thái Lan.\n\n"
                          "Kết thúc buổi hội đàm, hai tỉnh đã ký kết Biên bản ghi nhớ (MOU) về hợp "
                          "tác giai đoạn 2023–2028, trong đó giao Sở Ngoại vụ tỉnh Đồng Tháp và "
                          "Văn phòng Tỉnh Udon Thani là đầu mối theo dõi.\n")

    named = partner_names(extraction)
    sides = [{named.get(p, p) for p in e.participants} for e in extraction.dataset.engagements]
    parties = [{named.get(p, p) for p in a.parties} for a in extraction.dataset.agreements]
    assert all("Văn phòng Tỉnh Udon Thani" not in s for s in sides + parties)
    assert parties


def test_the_school_a_visit_saw_broken_ground_for_is_no_side_of_it(tmp_path):
    """"Đoàn công tác tỉnh Kiên Giang … đã đến thăm, làm việc tại tỉnh Kampot … và dự lễ khởi
    công xây dựng Trường Tiểu học Prek Tnaot": the two provinces met; the school the
    ceremony was for is no third side."""
    extraction = _extract(tmp_path, "Kiên Giang hỗ trợ Kampot xây dựng trường học\nNgày đăng: "
                          "18/03/2024\n\nSáng 15/3, Đoàn công tác tỉnh Kiên Giang do ông Nguyễn "
                          "Thanh Phong, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã đến thăm, làm "
                          "việc tại tỉnh Kampot, Vương quốc Campuchia và dự lễ khởi công xây dựng "
                          "Trường Tiểu học Prek Tnaot, huyện Tuk Chhou.\n")

    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["kampot", "kien-giang"]


def test_a_regions_government_named_with_and_without_vung_is_one_side(tmp_path):
    """"hội đàm với đoàn công tác Chính quyền vùng Flanders (…) do ông X, Tổng Đại diện
    Chính quyền Flanders tại khu vực Đông Nam Á dẫn đầu": the region, written with "vùng" and
    without, is one side of the talks, not two."""
    extraction = _extract(tmp_path, "Nam Định hội đàm với Flanders\nNgày đăng: 19/06/2024\n\n"
                          "Sáng 18/6, ông Vũ Hồng Quang, Phó Chủ tịch UBND tỉnh Nam Định đã hội "
                          "đàm với đoàn công tác Chính quyền vùng Flanders (Vương quốc Bỉ) do ông "
                          "Jan Peeters, Tổng Đại diện Chính quyền Flanders tại khu vực Đông Nam Á "
                          "dẫn đầu.\n")

    [meeting] = extraction.dataset.engagements

    names = partner_names(extraction)
    assert len(meeting.participants) == 2
    assert "nam-dinh" in meeting.participants
    assert any("Flanders" in names.get(p, "") for p in meeting.participants)


def test_a_school_a_gift_builds_at_the_talks_is_no_side_of_them(tmp_path):
    """"Tại buổi hội đàm, ông X đã trao biểu trưng số tiền 2 tỷ đồng của tỉnh Hưng Yên hỗ trợ
    tỉnh Bô-ly-khăm-xay xây dựng Trường THCS Hữu nghị Lào – Việt Nam": the school to be
    built met no one; the talks have two sides."""
    extraction = _extract(tmp_path, "Hưng Yên hội đàm với Bô-ly-khăm-xay\nNgày đăng: 30/10/2023"
                          "\n\nChiều 26/10, đoàn tỉnh Hưng Yên đã hội đàm với lãnh đạo tỉnh "
                          "Bolikhamxay.\n\nTại buổi hội đàm, ông Lê Văn Phúc đã trao biểu trưng "
                          "số tiền 2 tỷ đồng của tỉnh Hưng Yên hỗ trợ tỉnh Bolikhamxay xây dựng "
                          "Trường Trung học cơ sở Hữu nghị Lào – Việt Nam.\n")

    assert [set(e.participants) for e in extraction.dataset.engagements] == [
        {"hung-yen", "bolikhamxay"}]


def test_a_region_whose_name_has_central_european_letters_is_a_side(tmp_path):
    """"đã thăm và làm việc với lãnh đạo vùng Plzeň (Plzeňský kraj), Cộng hòa Séc": the
    Czech region is the other side; its "ň" is no reason to miss it."""
    extraction = _extract(tmp_path, "Hải Dương thăm vùng Plzeň\nCập nhật: 11/06/2024\n\n"
                          "Ngày 6/6, đoàn công tác tỉnh Hải Dương do ông Trần Văn Quân, Phó Chủ "
                          "tịch UBND tỉnh dẫn đầu đã thăm và làm việc với lãnh đạo vùng Plzeň "
                          "(Plzeňský kraj), Cộng hòa Séc.\n")

    [meeting] = extraction.dataset.engagements

    names = partner_names(extraction)
    assert sorted(names.get(p, p) for p in meeting.participants) == ["tỉnh Hải Dương",
                                                                      "vùng Plzeň"]


def test_the_us_consul_general_is_the_us_consulate_general_in_either_language(tmp_path):
    """"received Ms. Rebecca Holloway, Consul General of the United States in Ho Chi Minh
    City" and "Tổng Lãnh sự Hoa Kỳ tại TP.HCM": the province met the listed US Consulate
    General in Ho Chi Minh City, not a body proposed from the title; "US Consul General" in
    a headline is the same mission."""
    english = _extract(tmp_path, "Binh Phuoc leader receives US Consul General in Ho Chi Minh "
                       "City\nPosted: 18/09/2024\n\nOn September 16, Vice Chairman of Binh "
                       "Phuoc Provincial People's Committee Nguyen Van Loc received Ms. Rebecca "
                       "Holloway, Consul General of the United States in Ho Chi Minh City.\n")
    vietnamese = _extract(tmp_path, "Bình Phước tiếp Tổng Lãnh sự Hoa Kỳ\nNgày đăng: 18/09/2024"
                          "\n\nChiều 16/9, Phó Chủ tịch UBND tỉnh Bình Phước Nguyễn Văn Lộc đã "
                          "tiếp bà Rebecca Holloway, Tổng Lãnh sự Hoa Kỳ tại TP.HCM.\n")

    for extraction in (english, vietnamese):
        [meeting] = extraction.dataset.engagements
        assert set(meeting.participants) == {"binh-phuoc",
                                             "consulate-united-states-ho-chi-minh-city"}


def test_a_chamber_of_commerce_abroad_is_a_side(tmp_path):
    """"Đoàn làm việc với Phòng Thương mại và Công nghiệp Fukuoka": the chamber, named whole,
    is the delegation's other side, not an office ("Phòng") and not the prefecture."""
    extraction = _extract(tmp_path, (
        "Đoàn công tác thành phố Hải Phòng làm việc tại tỉnh Fukuoka\nNgày đăng: 30/11/2023\n\n"
        "Ngày 22/11, Đoàn công tác thành phố Hải Phòng đã làm việc với Phòng Thương mại và "
        "Công nghiệp Fukuoka, giới thiệu môi trường đầu tư của Hải Phòng.\n"))

    names = partner_names(extraction)
    assert any(names.get(p) == "Phòng Thương mại và Công nghiệp Fukuoka"
               for m in extraction.dataset.engagements for p in m.participants)


def test_who_sat_at_talks_told_before_is_no_meeting_of_its_own(tmp_path):
    """"Tham dự hội đàm, về phía tỉnh Lai Châu có lãnh đạo Sở …, UBND huyện …": the guests
    of the talks the lede told, not a second meeting between the offices they name."""
    extraction = _extract(tmp_path, (
        "Hội đàm giữa tỉnh Lai Châu và Châu Hồng Hà\nNgày đăng: 22/3/2024\n\n"
        "Chiều ngày 20/3, Phó Chủ tịch UBND tỉnh Lai Châu đã có buổi hội đàm với đoàn công "
        "tác Châu Hồng Hà, tỉnh Vân Nam (Trung Quốc). Tham dự hội đàm, về phía tỉnh Lai Châu có "
        "lãnh đạo Sở Công Thương, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và UBND huyện Phong Thổ; "
        "về phía Châu Hồng Hà có lãnh đạo Văn phòng Ngoại vụ Châu.\n"))

    assert len(extraction.dataset.engagements) == 1


def test_a_federation_of_businesses_abroad_is_a_side(tmp_path):
    """"hội đàm và ký kết Biên bản ghi nhớ … với Liên đoàn Doanh nghiệp Singapore": the
    federation, by its whole name, met the province and signed with it."""
    extraction = _extract(tmp_path, (
        "Bình Dương ký kết biên bản ghi nhớ\nNgày đăng: 09/08/2024\n\n"
        "Chiều ngày 7/8, UBND tỉnh Bình Dương đã có buổi hội đàm và ký kết Biên bản ghi nhớ "
        "hợp tác giai đoạn 2024 – 2027 với Liên đoàn Doanh nghiệp Singapore.\n"))

    names = partner_names(extraction)
    assert [sorted(names.get(p, p) for p in a.parties)
            for a in extraction.dataset.agreements] == [
        ["Liên đoàn Doanh nghiệp Singapore", "UBND tỉnh Bình Dương"]]


def test_the_european_chamber_is_a_side_and_europe_no_region(tmp_path):
    """"tiếp và làm việc với đoàn Phòng Thương mại châu Âu tại Việt Nam (EuroCham)": the
    chamber the gazetteer knows met the province; "châu Âu" is a continent, no region."""
    extraction = _extract(tmp_path, (
        "Lãnh đạo tỉnh tiếp đoàn EuroCham\nNgày đăng: 19/04/2024\n\n"
        "Sáng 17/4, Phó Chủ tịch UBND tỉnh Bà Rịa – Vũng Tàu đã tiếp và làm việc với đoàn "
        "Phòng Thương mại châu Âu tại Việt Nam (EuroCham). Ông mong muốn các doanh nghiệp châu "
        "Âu mở rộng đầu tư vào tỉnh.\n"))

    assert [sorted(m.participants) for m in extraction.dataset.engagements] == [
        ["ba-ria-vung-tau", "eurocham"]]


def test_an_association_of_foreigners_named_again_without_where_they_live(tmp_path):
    """"Hội người Hàn Quốc tại Bình Dương …", then "… tiếp và làm việc với đoàn Hội người Hàn
    Quốc": the same association met the district."""
    extraction = _extract(tmp_path, (
        "Hội người Hàn Quốc tại Bình Dương bàn giao nhà tình thương\nNgày đăng: 16/01/2024\n\n"
        "Ngày 12/1, tại tỉnh Bình Dương, Hội người Hàn Quốc tại Bình Dương bàn giao 3 căn nhà "
        "tình thương, tổng trị giá 450 triệu đồng. Chiều cùng ngày, Chủ tịch UBND huyện Dầu "
        "Tiếng đã tiếp và làm việc với đoàn Hội người Hàn Quốc.\n"))

    names = partner_names(extraction)
    assert [sorted(names.get(p, p) for p in m.participants)
            for m in extraction.dataset.engagements] == [
        ["Hội người Hàn Quốc tại Bình Dương", "UBND huyện Dầu Tiếng"]]


def test_two_bodies_joined_by_va_sign_as_two_after_the_talks(tmp_path):
    """"Sau buổi hội đàm, … Trung tâm Bảo tồn Di tích Cố đô Huế và Quỹ Quốc tế thành phố
    Kyoto … đã ký kết Biên bản ghi nhớ": "và" before a head word ("Quỹ") joins two bodies,
    not one name; what followed the talks told before is no second meeting."""
    extraction = _extract(tmp_path, (
        "Huế và Kyoto giao lưu văn hóa\nNgày đăng: 20/10/2023\n\n"
        "Ngày 18/10, Phó Chủ tịch UBND tỉnh Thừa Thiên Huế đã hội đàm với đoàn công tác thành "
        "phố Kyoto (Nhật Bản). Sau buổi hội đàm, dưới sự chứng kiến của lãnh đạo hai bên, Trung "
        "tâm Bảo tồn Di tích Cố đô Huế và Quỹ Quốc tế thành phố Kyoto đã ký kết Biên bản ghi "
        "nhớ hợp tác.\n"))

    names = partner_names(extraction)
    assert [sorted(names.get(p, p) for p in a.parties)
            for a in extraction.dataset.agreements] == [
        ["Quỹ Quốc tế thành phố Kyoto", "Trung tâm Bảo tồn Di tích Cố đô Huế"]]
    assert len(extraction.dataset.engagements) == 1


def test_a_courtesy_call_on_the_delegation_named_before(tmp_path):
    """"đoàn công tác thành phố Gimhae … đã trao …", then "… Phó Giám đốc Sở Ngoại vụ đã tiếp
    xã giao đoàn.": the city whose delegation it was met the province."""
    extraction = _extract(tmp_path, (
        "Gimhae trao học bổng\nNgày đăng: 27/11/2024\n\n"
        "Ngày 26/11, đoàn công tác thành phố Gimhae (Hàn Quốc) đã trao 200 suất học bổng cho "
        "sinh viên tỉnh Quảng Nam. Chiều cùng ngày, Phó Giám đốc Sở Ngoại vụ đã tiếp xã giao "
        "đoàn.\n"))

    names = partner_names(extraction)
    assert [sorted(names.get(p, p) for p in m.participants)
            for m in extraction.dataset.engagements] == [["thành phố Gimhae", "tỉnh Quảng Nam"]]


def test_a_government_of_an_autonomous_prefecture_by_its_whole_name(tmp_path):
    """"hội đàm với Chính quyền Nhân dân Châu tự trị dân tộc Choang - Miêu Văn Sơn": the
    prefecture's kind is written in lower case inside its government's name."""
    extraction = _extract(tmp_path, (
        "Hà Giang và Văn Sơn hội đàm\nNgày đăng: 19/4/2024\n\n"
        "Ngày 17/4, Đoàn đại biểu tỉnh Hà Giang đã hội đàm với Chính quyền Nhân dân Châu tự trị "
        "dân tộc Choang - Miêu Văn Sơn.\n"))

    names = partner_names(extraction)
    assert any(names.get(p) == "Chính quyền Nhân dân Châu tự trị dân tộc Choang - Miêu Văn Sơn"
               for m in extraction.dataset.engagements for p in m.participants)


def test_the_delegation_met_a_member_university_the_same_day(tmp_path):
    """"… đã tiếp Đoàn công tác tỉnh Shizuoka …", then "Trước đó, sáng cùng ngày, Đoàn đã làm
    việc với Trường Đại học Nông Lâm – Đại học Thái Nguyên …": a second meeting, of the
    Shizuoka delegation with the member university, named whole."""
    extraction = _extract(tmp_path, "Tiếp Đoàn công tác tỉnh Shizuoka\nCập nhật: 17/10/2023\n\n"
                          "Chiều 16/10, Chủ tịch UBND tỉnh Thái Nguyên đã tiếp Đoàn công tác tỉnh "
                          "Shizuoka (Nhật Bản) đến chào xã giao.\n\nTrước đó, sáng cùng ngày, "
                          "Đoàn đã làm việc với Trường Đại học Nông Lâm – Đại học Thái Nguyên về "
                          "hợp tác nghiên cứu giống chè.\n")

    names = partner_names(extraction)
    meetings = {frozenset(names.get(p, p) for p in e.participants)
                for e in extraction.dataset.engagements}

    assert meetings == {frozenset({"tỉnh Thái Nguyên", "tỉnh Shizuoka"}), frozenset({
        "Trường Đại học Nông Lâm – Đại học Thái Nguyên", "tỉnh Shizuoka"})}


def test_a_record_signed_between_two_bodies_is_their_agreement(tmp_path):
    """"Theo biên bản được ký giữa Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn và
    Văn phòng Cửa khẩu thành phố Bằng Tường (Quảng Tây, Trung Quốc), từ ngày 15/11/2023 …":
    a bare "biên bản" the two sides signed, and what it fixes, is an agreement of theirs."""
    extraction = _extract(tmp_path, "Kéo dài thời gian thông quan\nCập nhật: 06/11/2023\n\n"
                          "Theo biên bản được ký giữa Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – "
                          "Lạng Sơn và Văn phòng Cửa khẩu thành phố Bằng Tường (Quảng Tây, Trung "
                          "Quốc), từ ngày 15/11/2023, thời gian thông quan hàng hóa tại cặp cửa "
                          "khẩu Tân Thanh – Pò Chài được kéo dài đến 21h00 hằng ngày.\n")

    named = partner_names(extraction)
    [signed] = extraction.dataset.agreements

    assert {named.get(p, p) for p in signed.parties} == {
        "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn",
        "Văn phòng Cửa khẩu thành phố Bằng Tường"}


def test_what_a_side_said_at_the_talks_adds_no_side(tmp_path):
    """Talks between a border-gate board and "Văn phòng Cửa khẩu thành phố Bằng Tường", then
    "Tại buổi hội đàm, ông Trương Vĩ cho biết: “Phía Bằng Tường …”": the talks told before;
    the city its office speaks for is no second meeting."""
    extraction = _extract(tmp_path, "Hội đàm về thông quan\nCập nhật: 06/11/2023\n\nChiều 3/11, "
                          "tại Nhà liên kiểm cửa khẩu Tân Thanh, tỉnh Lạng Sơn đã hội đàm với "
                          "đoàn công tác Văn phòng Cửa khẩu thành phố Bằng Tường do ông Trương Vĩ "
                          "làm trưởng đoàn.\n\nTại buổi hội đàm, ông Trương Vĩ cho biết: “Phía "
                          "Bằng Tường đã bổ sung nhân lực kiểm dịch và mở thêm 2 làn xe tại khu "
                          "vực Pò Chài. Chúng tôi sẵn sàng phối hợp”.\n")

    named = partner_names(extraction)
    sides = [{named.get(p, p) for p in e.participants} for e in extraction.dataset.engagements]

    assert sides == [{"tỉnh Lạng Sơn", "Văn phòng Cửa khẩu thành phố Bằng Tường"}]


def test_a_city_named_as_the_last_word_of_its_province_is_no_side(tmp_path):
    """"tại thành phố Xay, tỉnh U Đôm Xay (Lào), đoàn … tỉnh Điện Biên … đã hội đàm với đoàn
    đại biểu tỉnh U Đôm Xay …": "Xay" in "U Đôm Xay" is the province's name, not the city."""
    extraction = _extract(tmp_path, "Điện Biên và U Đôm Xay hội đàm\nCập nhật: 28/02/2024\n\n"
                          "Ngày 27/2, tại thành phố Xay, tỉnh U Đôm Xay (Lào), đoàn đại biểu cấp "
                          "cao tỉnh Điện Biên đã hội đàm với đoàn đại biểu tỉnh U Đôm Xay do ông "
                          "Bun Thoòng Đi Vi Xay làm trưởng đoàn.\n")

    named = partner_names(extraction)
    sides = [{named.get(p, p) for p in e.participants} for e in extraction.dataset.engagements]

    assert all("thành phố Xay" not in s for s in sides) and len(sides) == 1


def test_a_city_glossed_in_brackets_then_its_province_is_one_side(tmp_path):
    """"… đã tiếp và hội đàm với đoàn công tác thành phố Cheongju (Thanh Châu), tỉnh Chungcheong
    Bắc, Hàn Quốc …": the province after the city's Vietnamese name says where the city is;
    it is no third side."""
    extraction = _extract(tmp_path, "Thừa Thiên Huế tiếp đoàn Cheongju\nCập nhật: 14/05/2024\n\n"
                          "Chiều 13/5, Phó Chủ tịch UBND tỉnh Thừa Thiên Huế đã tiếp và hội đàm "
                          "với đoàn công tác thành phố Cheongju (Thanh Châu), tỉnh Chungcheong "
                          "Bắc, Hàn Quốc.\n")

    named = partner_names(extraction)
    sides = [{named.get(p, p) for p in e.participants} for e in extraction.dataset.engagements]

    assert sides == [{"tỉnh Thừa Thiên Huế", "thành phố Cheongju"}]


def test_talks_of_the_two_delegations_are_the_province_s_with_the_side_abroad(tmp_path):
    """"UBND tỉnh Quảng Bình phối hợp với chính quyền tỉnh Khăm Muộn (Lào) tổ chức chương trình
    Giao lưu hữu nghị biên giới", then "hai đoàn đã có buổi hội đàm": the province met the
    Lao province."""
    extraction = _extract(tmp_path, "Giao lưu hữu nghị biên giới\nNgày đăng: 08/04/2024\n\nNgày "
                          "5/4, UBND tỉnh Quảng Bình phối hợp với chính quyền tỉnh Khăm Muộn (Lào) "
                          "tổ chức chương trình Giao lưu hữu nghị biên giới năm 2024.\n\nTrong "
                          "khuôn khổ chương trình, hai đoàn đã có buổi hội đàm tại Nhà làm việc "
                          "liên hợp Cửa khẩu Cha Lo.\n")

    meetings = [set(e.participants) for e in extraction.dataset.engagements
                if e.kind in ("working_meeting", "visit")]

    assert {"quang-binh", "khammouane"} in meetings


def test_who_also_received_the_delegation_is_no_meeting_of_its_own(tmp_path):
    """"… đã tiếp Đoàn đại biểu tỉnh Kratie …", then "Cùng tiếp Đoàn có lãnh đạo Sở Ngoại
    vụ, Sở Y tế và UBND huyện Lộc Ninh.": one meeting; the hosts' side is no second one."""
    extraction = _extract(tmp_path, "Tiếp Đoàn đại biểu tỉnh Kratie\nNgày đăng: 22/08/2023\n\n"
                          "Chiều 21/8/2023, tại Trụ sở UBND tỉnh, ông Lý Quốc Dũng, Phó Chủ tịch "
                          "UBND tỉnh Bình Phước đã tiếp Đoàn đại biểu tỉnh Kratie, Vương quốc "
                          "Campuchia do bà Heng Pisey, Phó Tỉnh trưởng tỉnh Kratie làm Trưởng "
                          "đoàn sang chào xã giao và làm việc.\n\nCùng tiếp Đoàn có lãnh đạo Sở "
                          "Ngoại vụ, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Sở Công Thương, Sở Y tế "
                          "và UBND huyện Lộc Ninh.\n")

    assert [sorted(e.participants) for e in extraction.dataset.engagements] == [
        ["binh-phuoc", "kratie"]]


def test_a_year_set_off_by_commas_before_the_signing_is_when_it_was_signed(tmp_path):
    """"ông X cho biết, năm 2019, hai tỉnh đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2019
    – 2024": signed in 2019, not on the day of the news."""
    extraction = _extract(tmp_path, "Tiếp Đoàn đại biểu tỉnh Kratie\nNgày đăng: 22/08/2023\n\n"
                          "Chiều 21/8/2023, Phó Chủ tịch UBND tỉnh Bình Phước đã tiếp Đoàn đại "
                          "biểu tỉnh Kratie.\n\nPhát biểu tại buổi tiếp, ông Lý Quốc Dũng cho "
                          "biết, năm 2019, hai tỉnh đã ký kết Biên bản ghi nhớ hợp tác giai đoạn "
                          "2019 – 2024.\n")

    assert [a.signed.raw for a in extraction.dataset.agreements] == ["năm 2019"]


def test_a_years_count_of_delegations_received_is_no_meeting(tmp_path):
    """"Lãnh đạo tỉnh đã tiếp 27 đoàn khách quốc tế đến thăm, làm việc" in a year's review:
    no meeting; the one meeting named after it keeps its own month."""
    extraction = _extract(tmp_path, "Long An tổng kết công tác đối ngoại năm 2023\nNgày đăng: "
                          "10/01/2024\n\nNăm 2023, lãnh đạo tỉnh Long An đã tiếp 27 đoàn khách "
                          "quốc tế đến thăm, làm việc. Đáng chú ý, tháng 5/2023, Chủ tịch UBND "
                          "tỉnh đã tiếp và làm việc với Đại sứ Hàn Quốc tại Việt Nam.\n")

    assert [(sorted(e.participants), e.when.raw) for e in extraction.dataset.engagements] == [
        (["embassy-south-korea", "long-an"], "tháng 5/2023")]


def test_who_led_the_delegation_is_no_part_of_a_name(tmp_path):
    """"Đoàn công tác tỉnh Bình Dương do ông X, Giám đốc Sở Ngoại vụ làm Trưởng đoàn": the
    department's name ends before "làm Trưởng đoàn"."""
    extraction = _extract(tmp_path, "Bình Dương thăm tỉnh Kampong Cham\nNgày đăng: 28/10/2022\n\n"
                          "Ngày 26/10, Đoàn công tác tỉnh Bình Dương do ông Võ Thanh Sơn, Giám "
                          "đốc Sở Ngoại vụ làm Trưởng đoàn đã đến thăm và làm việc với Chính "
                          "quyền tỉnh Kampong Cham.\n")

    assert not [n for n in partner_names(extraction).values() if "Trưởng đoàn" in n]


def test_the_asia_pacific_region_is_no_province(tmp_path):
    """"… do ông X, Giám đốc khu vực châu Á – Thái Bình Dương dẫn đầu": the Pacific, no side
    from the province of Thái Bình."""
    extraction = _extract(tmp_path, "Ninh Thuận làm việc với Công ty Netafim\nCập nhật: "
                          "22/08/2023\n\nChiều ngày 21/8/2023, Phó Chủ tịch UBND tỉnh Ninh Thuận "
                          "đã tiếp và làm việc với đoàn công tác Công ty Netafim (Israel) do ông "
                          "Eitan Shaked, Giám đốc khu vực châu Á – Thái Bình Dương dẫn đầu.\n")

    assert [e.participants for e in extraction.dataset.engagements if "thai-binh"
            in e.participants] == []


def test_an_action_plan_signed_after_talks_is_an_agreement(tmp_path):
    """"Sau hội đàm, hai bên đã ký Kế hoạch hành động triển khai hợp tác giữa UBND tỉnh Khánh
    Hòa và Chính quyền vùng Primorsky giai đoạn 2024 – 2026": a signed plan of cooperation."""
    extraction = _extract(tmp_path, "Khánh Hòa hội đàm với vùng Primorsky\nCập nhật: "
                          "14/05/2024\n\nChiều 13/5, Phó Chủ tịch UBND tỉnh Khánh Hòa đã hội đàm "
                          "với Đoàn đại biểu Chính quyền vùng Primorsky, Liên bang Nga.\n\nSau hội "
                          "đàm, hai bên đã ký Kế hoạch hành động triển khai hợp tác giữa UBND tỉnh "
                          "Khánh Hòa và Chính quyền vùng Primorsky giai đoạn 2024 – 2026.\n")

    assert [a.kind for a in extraction.dataset.agreements] == ["cooperation_document"]


def test_the_party_post_of_a_committees_chairman_is_no_side(tmp_path):
    """"đồng chí …, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang đã tiếp xã giao bà …, Đại
    sứ Vương quốc Thụy Điển": the province's committee met Sweden's embassy; the chairman's
    post in the party is no third side."""
    extraction = _extract(tmp_path, "Chủ tịch UBND tỉnh Hà Giang tiếp Đại sứ Thụy Điển\n"
                          "Cập nhật: 22/03/2024\n\nChiều 21/3, tại trụ sở UBND tỉnh, đồng chí "
                          "Hoàng Minh Quân, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang đã "
                          "tiếp xã giao bà Karin Sjöberg, Đại sứ Vương quốc Thụy Điển tại Việt "
                          "Nam, nhân dịp Đại sứ đến thăm tỉnh.\n")

    [meeting] = extraction.dataset.engagements

    assert sorted(meeting.participants) == ["embassy-sweden", "ha-giang-peoples-committee"]


def test_a_guest_named_as_a_person_meets_for_the_body_given_with_her_name(tmp_path):
    """"Tham dự buổi lễ có bà Julie Tremblay, Tham tán Chính trị, Đại sứ quán Canada", then
    "bà Julie Tremblay và đoàn công tác đã làm việc với ông …, Phó Chủ tịch UBND tỉnh Điện
    Biên": the province met Canada's embassy."""
    extraction = _extract(tmp_path, "Hội thảo tại Mường Chà\nNgày đăng: 19/11/2023\n\n"
                          "Sáng 17/11, tại huyện Mường Chà đã diễn ra hội thảo về sinh kế cho "
                          "phụ nữ.\n\nTham dự hội thảo có bà Julie Tremblay, Tham tán "
                          "Chính trị, Đại sứ quán Canada; đại diện Sở Ngoại vụ.\n\nTrước đó, chiều "
                          "16/11, bà Julie Tremblay và đoàn công tác đã làm việc với ông Vàng A "
                          "Thào, Phó Chủ tịch UBND tỉnh Điện Biên.\n")

    [meeting] = extraction.dataset.engagements

    names = partner_names(extraction)
    assert {names[p] for p in meeting.participants} == {"UBND tỉnh Điện Biên",
                                                        "Đại sứ quán Canada tại Việt Nam"}


def test_the_lede_names_the_signers_a_headline_guessed(tmp_path):
    """"Ký kết thỏa thuận tài trợ dự án … từ Quỹ FLC của Phần Lan" in the headline, then "Đại
    sứ quán Phần Lan tại Việt Nam và Hội Bảo trợ … tỉnh Thừa Thiên Huế đã ký kết …": the
    signers are the two the lede names, not the fund and the province."""
    extraction = _extract(tmp_path, "Ký kết thỏa thuận tài trợ dự án hỗ trợ sinh kế cho người "
                          "khuyết tật từ Quỹ FLC của Phần Lan\nNgày đăng: 08/09/2023\n\nNgày 6/9, "
                          "tại Hà Nội, Đại sứ quán Phần Lan tại Việt Nam và Hội Bảo trợ người "
                          "khuyết tật và trẻ mồ côi tỉnh Thừa Thiên Huế đã ký kết thỏa thuận tài "
                          "trợ Dự án \"Nâng cao năng lực sinh kế cho người khuyết tật\" thuộc Quỹ "
                          "Hợp tác địa phương (FLC) của Đại sứ quán.\n\nHoàng Anh – Sở Ngoại vụ "
                          "Thừa Thiên Huế\n")
    names = partner_names(extraction)

    [agreement] = extraction.dataset.agreements

    assert sorted(names[p] for p in agreement.parties) == [
        "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Thừa Thiên Huế",
        "Đại sứ quán Phần Lan tại Việt Nam"]


def test_a_province_and_its_own_committee_meet_no_one(tmp_path):
    """"UBND tỉnh Điện Biên tổ chức Lễ trao học bổng …" in news of Điện Biên, its committee
    unknown to the gazetteer: the province and its committee are one side, no meeting."""
    extraction = _extract(tmp_path, "Điện Biên trao học bổng\nNgày đăng: 12/12/2023\n\nChiều "
                          "11/12, tại Trường Cao đẳng Y tế Điện Biên, UBND tỉnh Điện Biên tổ chức "
                          "Lễ trao học bổng năm 2023 cho học sinh đang học tập tại các cơ sở giáo "
                          "dục trên địa bàn tỉnh.\n\nQuang Hưng – Sở Ngoại vụ Điện Biên\n")

    assert extraction.dataset.engagements == []


def test_an_acronym_told_after_a_name_the_headline_gave_first_is_that_bodys(tmp_path):
    """"… Trường Đại học Western Sydney (Australia)" in the headline, "… (Western Sydney
    University – WSU)" in the lede, then "năm 2019, WSU và Trường Đại học Kiên Giang đã ký
    kết biên bản ghi nhớ": the university signed, by its acronym."""
    extraction = _extract(tmp_path, "Lãnh đạo tỉnh Kiên Giang tiếp Đoàn Trường Đại học Western "
                          "Sydney (Australia)\nNgày đăng: 08/03/2024\n\nSáng 7/3, ông Đặng Minh "
                          "Trí, Phó Chủ tịch UBND tỉnh Kiên Giang đã tiếp Đoàn Trường Đại học "
                          "Western Sydney (Western Sydney University – WSU), Australia.\n\nTrước "
                          "đó, năm 2019, WSU và Trường Đại học Kiên Giang đã ký kết biên bản ghi "
                          "nhớ hợp tác.\n")
    names = partner_names(extraction)

    [agreement] = extraction.dataset.agreements

    assert sorted(names[p] for p in agreement.parties) == [
        "Trường Đại học Kiên Giang", "Trường Đại học Western Sydney"]


def test_a_host_named_as_a_person_receives_for_the_body_given_with_his_name(tmp_path):
    """"Tham dự buổi lễ có ông Nguyễn Thanh Tâm, Giám đốc Sở Y tế tỉnh Tây Ninh; …", then "ông
    Nguyễn Thanh Tâm đã tiếp và làm việc với Đoàn công tác Sở Y tế tỉnh Tbong Khmum": the
    department met its counterpart, not the province."""
    extraction = _extract(tmp_path, "Hợp tác y tế với tỉnh Tbong Khmum\nNgày đăng: 25/09/2023\n\n"
                          "Tham dự hội nghị có ông Nguyễn Thanh Tâm, Giám đốc Sở Y tế tỉnh Tây "
                          "Ninh; đại diện Sở Ngoại vụ.\n\nChiều 21/9, ông Nguyễn Thanh Tâm đã tiếp "
                          "và làm việc với Đoàn công tác Sở Y tế tỉnh Tbong Khmum, Vương quốc "
                          "Campuchia.\n\nThu Hà – Sở Ngoại vụ Tây Ninh\n")
    names = partner_names(extraction)

    [meeting] = extraction.dataset.engagements

    assert sorted(names[p] for p in meeting.participants) == [
        "Sở Y tế tỉnh Tbong Khmum", "Sở Y tế tỉnh Tây Ninh"]


def test_a_guest_named_as_a_person_who_came_to_call_meets_for_his_body(tmp_path):
    """"Phát biểu …, ông Takahashi Kenji, Bí thư thứ nhất Đại sứ quán Nhật Bản cho biết …",
    then "ông Takahashi Kenji đã đến chào xã giao ông …, Phó Chủ tịch UBND tỉnh Bình Thuận":
    the province met Japan's embassy."""
    extraction = _extract(tmp_path, "Hội thảo y tế tại Tuy Phong\nThứ Tư, 21/02/2024\n\nPhát biểu "
                          "tại hội thảo, ông Takahashi Kenji, Bí thư thứ nhất Đại sứ quán Nhật Bản "
                          "cho biết chương trình đã hỗ trợ nhiều địa phương.\n\nTrước hội thảo, "
                          "ông Takahashi Kenji đã đến chào xã giao ông Nguyễn Minh Đức, Phó Chủ "
                          "tịch UBND tỉnh Bình Thuận.\n")
    names = partner_names(extraction)

    [meeting] = extraction.dataset.engagements

    assert sorted(names[p] for p in meeting.participants) == [
        "UBND tỉnh Bình Thuận", "Đại sứ quán Nhật Bản tại Việt Nam"]


def test_a_short_name_in_brackets_of_several_of_its_words_names_the_body_again(tmp_path):
    """"Tổ chức Habitat for Humanity Việt Nam (Habitat Việt Nam) …", then "đoàn Habitat Việt
    Nam … đã đến chào xã giao lãnh đạo UBND tỉnh Bạc Liêu": the province met Habitat."""
    extraction = _extract(tmp_path, "Bàn giao nhà tình thương tại Vĩnh Lợi\n\nNgày 28/10/2023, Tổ "
                          "chức Habitat for Humanity Việt Nam (Habitat Việt Nam) tổ chức hội thảo "
                          "về nhà ở tại huyện Vĩnh Lợi.\n\nTrước hội thảo, đoàn Habitat Việt Nam "
                          "do bà Trần Ngọc Lan làm trưởng đoàn đã đến chào xã giao lãnh đạo UBND "
                          "tỉnh Bạc Liêu.\n")

    assert [sorted(e.participants) for e in extraction.dataset.engagements] == [
        ["extracted-ubnd-tinh-bac-lieu", "habitat-for-humanity"]]


def test_a_host_named_as_the_provinces_vice_chairman_receives_for_the_province(tmp_path):
    """"ông Phạm Minh Khang, Phó Chủ tịch UBND tỉnh, …", then "ông Phạm Minh Khang đã tiếp và
    làm việc với đoàn công tác của Heifer International": the province met Heifer; the bare
    "UBND tỉnh" of his title is the province, not another's committee."""
    extraction = _extract(tmp_path, "Long An ký kết dự án với Heifer\nNgày đăng: 12/05/2023\n\n"
                          "Dự lễ ký kết có ông Phạm Minh Khang, Phó Chủ tịch UBND tỉnh.\n\nTrước "
                          "lễ ký kết, ông Phạm Minh Khang đã tiếp và làm việc với đoàn công tác "
                          "của Heifer International.\n\nThu Hà – Sở Ngoại vụ Long An\n")

    assert [sorted(e.participants) for e in extraction.dataset.engagements] == [
        ["heifer-international", "long-an"]]


def test_a_translated_name_before_a_known_name_and_its_acronym_is_that_body(tmp_path):
    """"… đoàn công tác của Tổ chức Những người hàng xóm tốt Quốc tế (Good Neighbors
    International – GNI, Hàn Quốc)": GNI, named in Vietnamese; one side, not two."""
    extraction = _extract(tmp_path, "Tuyên Quang tiếp đoàn GNI\nNgày đăng: 17/05/2024\n\nChiều "
                          "16/5, đồng chí Hà Trung Kiên, Phó Chủ tịch UBND tỉnh Tuyên Quang đã "
                          "tiếp và làm việc với đoàn công tác của Tổ chức Những người hàng xóm tốt "
                          "Quốc tế (Good Neighbors International – GNI, Hàn Quốc).\n")

    [meeting] = extraction.dataset.engagements

    assert "gni" in meeting.participants and len(meeting.participants) == 2


def test_the_two_sides_that_signed_are_the_two_bodies_that_just_held_talks(tmp_path):
    """"Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Bình đã tổ chức hội đàm với Bộ Chỉ huy Quân sự
    tỉnh Khăm Muồn (Lào) …", then "Kết thúc hội đàm, hai bên đã ký biên bản hội đàm": the two
    commands signed, not the province for one of them."""
    extraction = _extract(tmp_path, "Hội đàm về quản lý đường biên\nNgày đăng: 29/06/2024\n\n"
                          "Ngày 28/6/2024, tại Cửa khẩu Quốc tế Cha Lo, Bộ Chỉ huy Bộ đội Biên "
                          "phòng tỉnh Quảng Bình đã tổ chức hội đàm với Bộ Chỉ huy Quân sự tỉnh "
                          "Khăm Muồn (Lào) về công tác quản lý biên giới.\n\nKết thúc hội đàm, "
                          "hai bên đã ký biên bản hội đàm.\n\nThu Hà – Sở Ngoại vụ Quảng Bình\n")
    names = partner_names(extraction)

    [agreement] = extraction.dataset.agreements

    assert sorted(names[p] for p in agreement.parties) == [
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Bình", "Bộ Chỉ huy Quân sự tỉnh Khăm Muồn"]


def test_what_a_body_used_to_do_with_people_is_no_meeting(tmp_path):
    """"Ông …, Chủ tịch Hội Hữu nghị Nhật – Việt tỉnh Gifu chia sẻ, nhiều hội viên của Hội
    từng làm việc với các thực tập sinh quê Thái Bình": what members used to do, no meeting."""
    extraction = _extract(tmp_path, "Trao học bổng cho học sinh Thái Thụy\nNgày đăng: 21/09/2024\n"
                          "\nÔng Yamamoto Hiroshi, Chủ tịch Hội Hữu nghị Nhật – Việt tỉnh Gifu "
                          "chia sẻ, nhiều hội viên của Hội từng làm việc với các thực tập sinh "
                          "quê Thái Bình.\n\nThu Hà – Sở Ngoại vụ Thái Bình\n")

    assert extraction.dataset.engagements == []


def test_a_meeting_word_inside_a_bodys_name_tells_no_meeting(tmp_path):
    """"Sở Giáo dục và Đào tạo tỉnh Vĩnh Long phối hợp với Hội Gặp gỡ Việt Nam (Rencontres du
    Vietnam) tổ chức lễ trao học bổng …": "Gặp gỡ" is the association's name, no meeting."""
    extraction = _extract(tmp_path, "Trao học bổng Vallet\nNgày đăng: 12/08/2023\n\nSáng 11/8, Sở "
                          "Giáo dục và Đào tạo tỉnh Vĩnh Long phối hợp với Hội Gặp gỡ Việt Nam "
                          "(Rencontres du Vietnam) tổ chức lễ trao học bổng Vallet năm 2023.\n")

    assert [e.kind for e in extraction.dataset.engagements
            if e.kind in ("working_meeting", "visit")] == []



def test_the_joint_working_group_of_two_border_provinces_meets_and_signs(tmp_path):
    """"Hội nghị lần thứ 12 Nhóm công tác liên hợp giữa tỉnh Lào Cai và châu tự trị dân tộc
    Cáp Nhì, dân tộc Di Hồng Hà", then "hai bên đã ký Biên bản Hội nghị": the two provinces
    met and signed; the prefecture is Honghe however its peoples are written."""
    extraction = _extract(tmp_path, (
        "Hội nghị Nhóm công tác liên hợp Lào Cai – Hồng Hà\nNgày đăng: 15/06/2023\n\nSáng "
        "14/6, tại thành phố Lào Cai đã diễn ra Hội nghị lần thứ 12 Nhóm công tác liên hợp giữa "
        "tỉnh Lào Cai (Việt Nam) và châu tự trị dân tộc Cáp Nhì, dân tộc Di Hồng Hà, tỉnh Vân "
        "Nam (Trung Quốc).\n\nKết thúc hội nghị, hai bên đã ký Biên bản Hội nghị lần thứ 12 Nhóm "
        "công tác liên hợp.\n\nBảo Ngọc – Sở Ngoại vụ Lào Cai\n"))

    assert [set(e.participants) for e in extraction.dataset.engagements] == [
        {"lao-cai", "honghe"}]
    assert [set(a.parties) for a in extraction.dataset.agreements] == [{"lao-cai", "honghe"}]


def test_the_delegation_that_held_talks_with_a_city_of_the_province_is_the_guest(tmp_path):
    """"Earlier the same day, the delegation held talks with leaders of Mong Cai City
    People's Committee": the city met the delegation from Dongxing told before, not its
    own province."""
    extraction = _extract(tmp_path, (
        "Quang Ninh receives Dongxing delegation\nPosted: 08/11/2023\n\nOn the afternoon of "
        "November 7, Mr. Nguyen Van Hung, Vice Chairman of Quang Ninh Provincial People's "
        "Committee, received a delegation of the People's Government of Dongxing City, Guangxi "
        "Zhuang Autonomous Region (China), led by Mr. Lu Jianping, Mayor of Dongxing.\n\n"
        "Earlier the same day, the delegation held talks with leaders of Mong Cai City People's "
        "Committee on tourism cooperation.\n\nDOFA Quang Ninh\n"))
    city = "extracted-mong-cai-city-people-s-committee"

    assert partner_names(extraction)[city] == "Mong Cai City People's Committee"
    assert sorted(sorted(e.participants) for e in extraction.dataset.engagements) == [
        ["dongxing", city], ["dongxing", "quang-ninh"]]


def test_a_middle_initial_in_a_guests_name_ends_no_sentence(tmp_path):
    """"… đã tiếp bà Jennifer A. Collins, Giám đốc chương trình Operation Smile khu vực châu
    Á": one sentence, so the province met Operation Smile."""
    extraction = _extract(tmp_path, (
        "Operation Smile tại Nghệ An\nNgày đăng: 24/09/2024\n\nSáng 23/9, Tổ chức Phẫu thuật Nụ "
        "cười (Operation Smile) khai mạc Chương trình khám sàng lọc tại Nghệ An.\n\nChiều cùng "
        "ngày, ông Trịnh Văn Khiêm, Phó Chủ tịch UBND tỉnh đã tiếp bà Jennifer A. Collins, Giám "
        "đốc chương trình Operation Smile khu vực châu Á cùng đoàn.\n\nSở Ngoại vụ Nghệ An\n"))
    names = partner_names(extraction)

    assert [sorted(names[p] for p in e.participants) for e in extraction.dataset.engagements] \
        == [["Tổ chức Operation Smile", "tỉnh Nghệ An"]]


def test_a_states_agency_named_for_what_it_does_meets(tmp_path):
    """"… đã tiếp và làm việc với đoàn công tác của Cơ quan Bảo tồn và Phục hồi di sản Hoa Kỳ
    (HPRA)": an agency ("Cơ quan") no list knows is a body, its name running through "và" to
    its acronym."""
    extraction = _extract(tmp_path, (
        "Hà Tĩnh làm việc với đoàn HPRA\nNgày đăng: 03/04/2024\n\nNgày 2/4, tại trụ sở UBND "
        "tỉnh, ông Đặng Quang Vinh, Phó Chủ tịch UBND tỉnh Hà Tĩnh đã tiếp và làm việc với đoàn "
        "công tác của Cơ quan Bảo tồn và Phục hồi di sản Hoa Kỳ (HPRA).\n\nSở Ngoại vụ Hà "
        "Tĩnh\n"))
    names = partner_names(extraction)

    assert [sorted(names[p] for p in e.participants) for e in extraction.dataset.engagements] \
        == [["Cơ quan Bảo tồn và Phục hồi di sản Hoa Kỳ", "tỉnh Hà Tĩnh"]]


def test_a_citys_union_of_friendship_organisations_meets(tmp_path):
    """"Cùng ngày, đoàn SCI đã làm việc với Liên hiệp các tổ chức hữu nghị thành phố Đà
    Nẵng": the city's union, named by its kind and its city, met the guests."""
    extraction = _extract(tmp_path, (
        "Đà Nẵng tiếp đoàn Sister Cities International\nNgày đăng: 10/09/2024\n\nChiều ngày "
        "9/9/2024, Phó Chủ tịch UBND thành phố Đà Nẵng đã tiếp đoàn Tổ chức Các thành phố kết "
        "nghĩa Quốc tế (Sister Cities International – SCI).\n\nCùng ngày, đoàn SCI đã làm việc "
        "với Liên hiệp các tổ chức hữu nghị thành phố Đà Nẵng về chương trình giao lưu thanh "
        "niên.\n\nSở Ngoại vụ Đà Nẵng\n"))
    names = partner_names(extraction)

    assert ["Liên hiệp các tổ chức hữu nghị thành phố Đà Nẵng",
            "Tổ chức Các thành phố kết nghĩa Quốc tế"] in [
        sorted(names[p] for p in e.participants) for e in extraction.dataset.engagements]


def test_the_state_an_agency_is_named_for_is_no_side_beside_it(tmp_path):
    """"… tiếp đoàn công tác Cơ quan Thương mại và Đầu tư Queensland (TIQ), bang Queensland,
    Australia do bà Sarah Mitchell, Ủy viên Thương mại và Đầu tư bang Queensland tại Việt Nam
    dẫn đầu": the province met the agency; the state it is named for is no third side, and
    Vietnamese words in its name make it no Vietnamese body."""
    extraction = _extract(tmp_path, (
        "Đoàn công tác bang Queensland làm việc tại Ninh Thuận\nNgày đăng: 19/10/2023\n\nSáng "
        "18/10/2023, ông Trịnh Minh Hoàng, Phó Chủ tịch UBND tỉnh Ninh Thuận đã tiếp và làm "
        "việc với đoàn công tác Cơ quan Thương mại và Đầu tư Queensland (TIQ), bang Queensland, "
        "Australia do bà Sarah Mitchell, Ủy viên Thương mại và Đầu tư bang Queensland tại Việt "
        "Nam dẫn đầu.\n\nSở Ngoại vụ Ninh Thuận\n"))
    names = partner_names(extraction)

    assert [sorted(names[p] for p in e.participants) for e in extraction.dataset.engagements] \
        == [["Cơ quan Thương mại và Đầu tư Queensland", "UBND tỉnh Ninh Thuận"]]


def test_an_earlier_agreement_between_the_same_sides_is_another(tmp_path):
    """"MOU lần này tiếp nối Biên bản ghi nhớ ký ngày 15/3/2019 giữa UBND tỉnh và Nestlé Việt
    Nam …": the memorandum signed in 2019 between the same two sides is an agreement of its
    own, not the one signed this week told again."""
    extraction = _extract(tmp_path, (
        "Đồng Nai ký MOU với Nestlé\nNgày đăng: 12/06/2024\n\nSáng 11/6, UBND tỉnh Đồng Nai và "
        "Công ty TNHH Nestlé Việt Nam đã ký kết Biên bản ghi nhớ hợp tác.\n\nMOU lần này tiếp "
        "nối Biên bản ghi nhớ ký ngày 15/3/2019 giữa UBND tỉnh và Nestlé Việt Nam về phát triển "
        "nông nghiệp bền vững.\n\nSở Ngoại vụ Đồng Nai\n"))

    assert sorted(a.signed.start.year for a in extraction.dataset.agreements) == [2019, 2024]


def test_an_associations_delegation_met_by_its_head_word_is_that_association(tmp_path):
    """"… Phó Chủ tịch UBND tỉnh Hòa Bình đã tiếp ông Mori Hideaki và đoàn công tác của Hiệp
    hội.": the delegation of the association the article named before met the province."""
    extraction = _extract(tmp_path, (
        "Trao học bổng cho học sinh huyện Đà Bắc\nNgày đăng: 15/11/2023\n\nSáng 14/11, Hiệp hội "
        "Giao lưu Văn hóa Nhật Bản – Việt Nam tỉnh Okayama trao 50 suất học bổng cho học sinh "
        "huyện Đà Bắc.\n\nChiều cùng ngày, đồng chí Quách Văn Tiến, Phó Chủ tịch UBND tỉnh Hòa "
        "Bình đã tiếp ông Mori Hideaki và đoàn công tác của Hiệp hội.\n\nSở Ngoại vụ Hòa Bình\n"))
    names = partner_names(extraction)

    assert [sorted(names[p] for p in e.participants) for e in extraction.dataset.engagements
            if len(e.participants) > 1] == [
        ["Hiệp hội Giao lưu Văn hóa Nhật Bản – Việt Nam tỉnh Okayama", "UBND tỉnh Hòa Bình"]]


def test_an_ambassador_extraordinary_and_plenipotentiary_in_capitals_is_the_embassy(tmp_path):
    """"… đã tiếp xã giao ông X, Đại sứ Đặc mệnh toàn quyền Vương quốc Đan Mạch tại Việt Nam":
    the title's words written with capitals still name the country's embassy."""
    extraction = _extract(tmp_path, (
        "Hoạt động đối ngoại tháng 10\nNgày đăng: 09/10/2024\n\nChiều 8/10, ông Phạm "
        "Văn An, Chủ tịch UBND tỉnh Bạc Liêu, đã tiếp xã giao bà Anna Nielsen, Đại sứ Đặc mệnh "
        "toàn quyền Vương quốc Đan Mạch tại Việt Nam.\n\nSở Ngoại vụ Bạc Liêu\n"))

    names = partner_names(extraction)

    assert [sorted(names[p] for p in e.participants) for e in extraction.dataset.engagements] \
        == [["UBND tỉnh Bạc Liêu", "Đại sứ quán Đan Mạch tại Việt Nam"]]


def test_a_body_known_by_a_short_name_in_two_capitalised_parts_signs_by_it(tmp_path):
    """"Phòng Thương mại Indonesia tại Việt Nam (IndoCham)", then "Sở Ngoại vụ … và IndoCham đã ký
    kết Biên bản ghi nhớ": the short name in brackets is the chamber's, which signs."""
    extraction = _extract(tmp_path, (
        "Đồng Nai làm việc với IndoCham\nNgày đăng: 12/06/2024\n\nSáng 11/6, Phó Chủ tịch UBND "
        "tỉnh Đồng Nai đã tiếp đoàn Phòng Thương mại Indonesia tại Việt Nam (IndoCham).\n\nSau "
        "buổi làm việc, Sở Ngoại vụ tỉnh Đồng Nai và IndoCham đã ký kết Biên bản ghi nhớ.\n\nSở "
        "Ngoại vụ Đồng Nai\n"))
    names = partner_names(extraction)

    assert [sorted(names[p] for p in a.parties) for a in extraction.dataset.agreements] == [
        ["Phòng Thương mại Indonesia tại Việt Nam", "Sở Ngoại vụ tỉnh Đồng Nai"]]


def test_a_department_named_with_va_before_a_known_partner_signs_by_its_whole_name(tmp_path):
    """"Sở Kế hoạch và Đầu tư Hải Phòng và KfW đã ký Biên bản ghi nhớ": the department's
    name holds a "và" of its own; the one before the bank joins the two signers."""
    extraction = _extract(tmp_path, (
        "Hải Phòng làm việc với KfW\nNgày đăng: 12/06/2024\n\nSau buổi làm việc, dưới sự chứng "
        "kiến của lãnh đạo thành phố, Sở Kế hoạch và Đầu tư Hải Phòng và KfW đã ký Biên bản ghi "
        "nhớ về việc chuẩn bị dự án.\n\nSở Ngoại vụ Hải Phòng\n"))
    names = partner_names(extraction)

    assert [sorted(names[p] for p in a.parties) for a in extraction.dataset.agreements] == [
        ["Ngân hàng Tái thiết Đức", "Sở Kế hoạch và Đầu tư Hải Phòng"]]


def test_a_member_university_after_a_comma_is_one_signer(tmp_path):
    """"Trường Đại học Y - Dược, Đại học Huế và Bệnh viện X đã ký kết …": the school of Huế
    University, written with a comma, is one party."""
    extraction = _extract(tmp_path, (
        "Ký kết thỏa thuận hợp tác đào tạo\nNgày đăng: 22/01/2025\n\nNgày 21/1, Trường Đại "
        "học Y - Dược, Đại học Huế và Bệnh viện Đại học Leipzig (CHLB Đức) đã ký kết Thỏa thuận "
        "hợp tác giai đoạn 2025–2029.\n\nSở Ngoại vụ Thừa Thiên Huế\n"))
    names = partner_names(extraction)

    assert [sorted(names[p] for p in a.parties) for a in extraction.dataset.agreements] == [
        ["Bệnh viện Đại học Leipzig", "Trường Đại học Y - Dược, Đại học Huế"]]


def test_the_seat_a_meeting_was_held_at_is_no_side(tmp_path):
    """"… tại trụ sở Trung tâm Hành chính thành phố, Chủ tịch UBND thành phố Đà Nẵng đã hội
    đàm với Đoàn công tác thành phố Leipzig …": the building is where, not who met."""
    extraction = _extract(tmp_path, (
        "Đà Nẵng hội đàm với Leipzig\nNgày đăng: 09/11/2023\n\nChiều 8/11, tại trụ sở Trung tâm "
        "Hành chính thành phố, Chủ tịch UBND thành phố Đà Nẵng đã hội đàm với Đoàn công tác "
        "thành phố Leipzig, Cộng hòa Liên bang Đức.\n\nSở Ngoại vụ Đà Nẵng\n"))
    names = partner_names(extraction)

    assert not [p for e in extraction.dataset.engagements for p in e.participants
                if "Trung tâm" in names[p]]


def test_taking_up_a_post_is_no_gift(tmp_path):
    """"… chúc mừng bà X nhận nhiệm vụ mới và đánh giá cao các hoạt động của Quỹ tại Hà Nội":
    a post taken up, nothing received from the fund."""
    extraction = _extract(tmp_path, (
        "Sở Ngoại vụ Hà Nội tiếp Trưởng Đại diện Quỹ Heinrich Böll\nNgày đăng: 27/02/2024\n\n"
        "Ngày 26/2, Giám đốc Sở Ngoại vụ thành phố Hà Nội đã tiếp bà Anna Weber, Trưởng Đại diện "
        "Quỹ Heinrich Böll.\n\nTại buổi tiếp, Giám đốc Sở Ngoại vụ chúc mừng bà Anna Weber nhận "
        "nhiệm vụ mới và đánh giá cao các hoạt động của Quỹ Heinrich Böll tại Hà Nội.\n\nSở "
        "Ngoại vụ Hà Nội\n"))

    assert extraction.dataset.donations == []


def test_talks_with_the_delegation_named_before_meet_its_province(tmp_path):
    """"Đoàn đại biểu tỉnh Chungcheongbuk-do do ông … dẫn đầu sang dự.", then "Chủ tịch UBND
    tỉnh … đã hội đàm với đoàn.": the province whose delegation the page named met the
    province; "hai bên đã ký …" then signs for both sides."""
    extraction = _extract(tmp_path, (
        "Kỷ niệm 10 năm quan hệ hữu nghị\nNgày đăng: 18/06/2024\n\nNgày 17/6/2024, UBND tỉnh "
        "Hưng Yên tổ chức Lễ kỷ niệm 10 năm thiết lập quan hệ hữu nghị. Đoàn đại biểu tỉnh "
        "Chungcheongbuk-do do ông Kim Min-su, Phó Tỉnh trưởng dẫn đầu sang dự.\n\nTrước lễ kỷ "
        "niệm, Chủ tịch UBND tỉnh Hưng Yên đã hội đàm với đoàn.\n\nTại buổi hội đàm, hai bên "
        "đã ký Kế hoạch hợp tác giai đoạn 2024 – 2026.\n\nSở Ngoại vụ Hưng Yên\n"))
    names = partner_names(extraction)

    assert [sorted(names[p] for p in e.participants) for e in extraction.dataset.engagements] \
        == [["tỉnh Chungcheongbuk", "tỉnh Hưng Yên"]]
    assert [sorted(names[p] for p in a.parties) for a in extraction.dataset.agreements] == [
        ["tỉnh Chungcheongbuk", "tỉnh Hưng Yên"]]


def test_the_border_guards_regular_meeting_with_a_neighbour_is_a_meeting(tmp_path):
    """"Bộ Chỉ huy BĐBP tỉnh Kon Tum đã tổ chức hội nghị giao ban định kỳ … với Bộ Chỉ huy
    Quân sự tỉnh Attapeu": the two commands met; "trao tặng Bệnh xá Bộ CHQS tỉnh Attapeu 30
    giường bệnh": the infirmary named right after the verb receives."""
    extraction = _extract(tmp_path, (
        "Giao ban công tác biên giới giữa Kon Tum và Attapeu\nNgày đăng: 26/06/2024\n\n"
        "Ngày 25/6/2024, tại Đồn Biên phòng Cửa khẩu quốc tế Bờ Y, Bộ Chỉ huy Bộ đội Biên phòng "
        "tỉnh Kon Tum đã tổ chức hội nghị giao ban định kỳ 6 tháng đầu năm 2024 với Bộ Chỉ huy "
        "Quân sự tỉnh Attapeu (Lào).\n\nNhân dịp này, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum "
        "đã trao tặng Bệnh xá Bộ CHQS tỉnh Attapeu 30 giường bệnh và nhiều trang thiết bị y tế, "
        "tổng trị giá hơn 800 triệu đồng.\n"))
    names = partner_names(extraction)

    [meeting] = extraction.dataset.engagements
    assert sorted(names[p] for p in meeting.participants) == [
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum", "Bộ Chỉ huy Quân sự tỉnh Attapeu"]
    [gift] = extraction.dataset.donations
    assert [names[r] for r in gift.recipients] == ["Bệnh xá Bộ CHQS tỉnh Attapeu"]


def test_who_came_to_the_meeting_with_foreign_ngos_met_the_province(tmp_path):
    """"UBND tỉnh Vĩnh Long tổ chức Hội nghị gặp mặt các tổ chức phi chính phủ nước ngoài …",
    then "Tham dự hội nghị có đại diện A, B, C cùng lãnh đạo các sở": the bodies from abroad
    the next sentence names are the meeting's other sides."""
    extraction = _extract(tmp_path, (
        "Vĩnh Long gặp mặt các tổ chức phi chính phủ nước ngoài\nCập nhật: 27/11/2024\n\n"
        "Ngày 26/11/2024, UBND tỉnh Vĩnh Long tổ chức Hội nghị gặp mặt các tổ chức phi chính "
        "phủ nước ngoài năm 2024. Tham dự hội nghị có đại diện Tổng Lãnh sự quán Australia tại "
        "TP. Hồ Chí Minh, Câu lạc bộ Rotary Melbourne (Australia), Tổ chức Kiwi Aid (New "
        "Zealand) cùng lãnh đạo các sở, ngành trong tỉnh.\n"))
    names = partner_names(extraction)

    [meeting] = extraction.dataset.engagements
    assert sorted(names[p] for p in meeting.participants) == sorted([
        "tỉnh Vĩnh Long", "Tổng Lãnh sự quán Australia tại Thành phố Hồ Chí Minh",
        "Câu lạc bộ Rotary Melbourne", "Tổ chức Kiwi Aid"])


def test_a_delegation_that_met_and_gave_abroad_gives_as_its_province(tmp_path):
    """"Đoàn đại biểu tỉnh Điện Biên … đã hội đàm với đoàn đại biểu tỉnh Phông-sa-lỳ và trao
    tặng trang thiết bị y tế cho Bệnh viện tỉnh Phông-sa-lỳ", then "Cũng trong chuyến công
    tác, Đoàn đã trao tặng Bệnh viện tỉnh Phông-sa-lỳ 01 máy X-quang …, tổng trị giá 2 tỷ
    300 triệu đồng": the two provinces met (the hospital that received met no one), and
    "Đoàn" is the visitors' delegation, its province the giver (not the hosts')."""
    extraction = _extract(tmp_path, (
        "Tỉnh Điện Biên trao tặng trang thiết bị y tế cho Bệnh viện tỉnh Phông-sa-lỳ (Lào)\n"
        "Cập nhật: 27/11/2023\n\nTrong khuôn khổ chuyến thăm và làm việc tại tỉnh Phông-sa-lỳ, "
        "nước CHDCND Lào, Đoàn đại biểu tỉnh Điện Biên do ông Vì Văn Thắng, Phó Chủ tịch UBND "
        "tỉnh làm trưởng đoàn đã hội đàm với đoàn đại biểu tỉnh Phông-sa-lỳ và trao tặng trang "
        "thiết bị y tế cho Bệnh viện tỉnh Phông-sa-lỳ.\n\nCũng trong chuyến công tác, Đoàn đã trao tặng "
        "Bệnh viện tỉnh Phông-sa-lỳ 01 máy X-quang kỹ thuật số và 500 bộ dụng cụ phẫu thuật, "
        "tổng trị giá 2 tỷ 300 triệu đồng từ nguồn ngân sách tỉnh Điện Biên.\n"))

    [meeting] = extraction.dataset.engagements
    assert sorted(meeting.participants) == ["dien-bien", "phongsaly"]
    [gift] = extraction.dataset.donations
    assert gift.donors == ["dien-bien"] and gift.value.value == 2_300_000_000


def test_a_tour_meets_each_host_by_the_place_it_was_in(tmp_path):
    """"Tại Nhật Bản, đoàn đã làm việc với Trường Đại học Kyushu …", then "Tại Hàn Quốc, đoàn
    đã làm việc với Trường Đại học Pusan …": two meetings, each with its own host, not one
    with both; what was signed in the sentence of the second is signed by its two sides."""
    extraction = _extract(tmp_path, (
        "Trường Đại học Cần Thơ hợp tác với Nhật Bản và Hàn Quốc\nCập nhật: 20/09/2024\n\n"
        "Từ ngày 10 – 16/9/2024, đoàn công tác Trường Đại học Cần Thơ do Hiệu trưởng làm trưởng "
        "đoàn đã thăm và làm việc tại Nhật Bản và Hàn Quốc.\n\n"
        "Tại Nhật Bản, đoàn đã làm việc với Trường Đại học Kyushu (Kyushu University) về trao "
        "đổi giảng viên ngành thủy sản.\n\n"
        "Tại Hàn Quốc, đoàn đã làm việc với Trường Đại học Quốc gia Pusan (Pusan National "
        "University) và ký kết thỏa thuận hợp tác về đào tạo sau đại học.\n"))
    names = partner_names(extraction)

    meetings = sorted(sorted(names[p] for p in m.participants)
                      for m in extraction.dataset.engagements)
    assert meetings == [["Trường Đại học Cần Thơ", "Trường Đại học Kyushu"],
                        ["Trường Đại học Cần Thơ", "Trường Đại học Quốc gia Pusan"]]
    [signed] = extraction.dataset.agreements
    assert sorted(names[p] for p in signed.parties) == ["Trường Đại học Cần Thơ",
                                                        "Trường Đại học Quốc gia Pusan"]


def test_where_a_company_is_based_is_no_side_of_its_visit(tmp_path):
    """"received a delegation of Sato Kogyo Co., Ltd., a machinery maker based in Aichi
    Prefecture": the province met the company; the prefecture it is based in met no one."""
    extraction = _extract(tmp_path, (
        "Posted on 12 June 2024\n\nOn 11 June, Vice Chairman of the Ben Tre Provincial "
        "People's Committee Nguyen Van Hai received a delegation of Sato Kogyo Co., Ltd., a "
        "machinery maker based in Aichi Prefecture, led by its President Sato Kenji.\n"))
    names = partner_names(extraction)

    [meeting] = extraction.dataset.engagements

    assert sorted(names[p] for p in meeting.participants) == ["Sato Kogyo Co., Ltd.",
                                                              "tỉnh Bến Tre"]


def test_a_provinces_foreign_affairs_office_named_two_ways_is_one_side(tmp_path):
    """"… receives delegation of Yunnan Provincial Foreign Affairs Office" in the headline,
    "a working delegation of the Foreign Affairs Office of Yunnan Province" in the lede: one
    meeting with one side abroad, not two."""
    extraction = _extract(tmp_path, (
        "Ha Giang leader receives delegation of Yunnan Provincial Foreign Affairs Office\n\n"
        "Posted on 9 May 2024\n\nOn 8 May 2024, Vice Chairman of the Ha Giang Provincial "
        "People's Committee Hoang Gia Long received a working delegation of the Foreign Affairs "
        "Office of Yunnan Province, China, led by its Deputy Director General.\n"))

    assert len(extraction.dataset.engagements) == 1


def test_the_embassy_of_the_peoples_republic_is_chinas_embassy(tmp_path):
    """"Đại sứ quán nước Cộng hòa Nhân dân Trung Hoa tại Việt Nam" and "the Embassy of the
    People's Republic of China in Viet Nam" are the embassy the gazetteer lists."""
    vi = _extract(tmp_path, "Ngày 5/12/2023, Đại sứ quán nước Cộng hòa Nhân dân Trung Hoa tại "
                  "Việt Nam trao tặng 100 bộ bàn ghế cho Trường Tiểu học Mường Khương, tỉnh Lào "
                  "Cai, trị giá 300 triệu đồng.\n")
    en = _extract(tmp_path, "Posted on 12 December 2023\n\nOn 11 December 2023, the Vice "
                  "Chairman of the Lai Chau Provincial People's Committee received a delegation "
                  "of the Embassy of the People's Republic of China in Viet Nam.\n")

    assert [g.donors for g in vi.dataset.donations] == [["embassy-china"]]
    assert ["embassy-china" in m.participants for m in en.dataset.engagements] == [True]


def test_a_border_gate_board_and_its_address_abroad(tmp_path):
    """"Ban Quản lý Khu kinh tế tỉnh Lạng Sơn đã tổ chức hội đàm với Ủy ban Quản lý cửa khẩu
    Ái Điểm, huyện Ninh Minh, Khu tự trị …": two boards by their whole names; the district
    and the region after the second say where it is."""
    extraction = _extract(tmp_path, "Hội đàm về quản lý cặp cửa khẩu\nCập nhật: 21/03/2024\n\n"
                          "Ngày 20/3/2024, Ban Quản lý Khu kinh tế tỉnh Lạng Sơn đã tổ chức hội "
                          "đàm với Ủy ban Quản lý cửa khẩu Ái Điểm, huyện Ninh Minh, Khu tự trị "
                          "dân tộc Choang Quảng Tây (Trung Quốc).\n")

    named = partner_names(extraction)
    [meeting] = extraction.dataset.engagements
    sides = {named.get(p, p) for p in meeting.participants}

    assert {"Ban Quản lý Khu kinh tế tỉnh Lạng Sơn", "Ủy ban Quản lý cửa khẩu Ái Điểm"} <= sides
    assert not any("Ninh Minh" in side or "Quảng Tây" in side for side in sides)


def test_an_industrial_park_named_for_the_province_is_no_side(tmp_path):
    """"đoàn đã làm việc với Sở Công Thương tỉnh Bắc Ninh và khảo sát thực tế tại Khu công
    nghiệp VSIP Bắc Ninh": the department met the guests; the park, named for the province,
    adds no side."""
    extraction = _extract(tmp_path, "Bắc Ninh tiếp đoàn tỉnh Gyeonggi\nCập nhật: 26/06/2024\n\n"
                          "Ngày 25/6/2024, UBND tỉnh Bắc Ninh tiếp đoàn công tác tỉnh Gyeonggi "
                          "(Hàn Quốc).\n\nTrước đó, sáng cùng ngày, đoàn đã làm việc với Sở Công "
                          "Thương tỉnh Bắc Ninh và khảo sát thực tế tại Khu công nghiệp VSIP Bắc "
                          "Ninh.\n")

    named = partner_names(extraction)
    sides = sorted(sorted(named.get(p, p) for p in e.participants)
                   for e in extraction.dataset.engagements)

    assert sides == [["Sở Công Thương tỉnh Bắc Ninh", "tỉnh Gyeonggi"],
                     ["tỉnh Bắc Ninh", "tỉnh Gyeonggi"]]


def test_a_department_by_its_initials_is_the_department_written_in_full(tmp_path):
    """"Sở NN&PTNT Kiên Giang làm việc với …" in the headline, "Sở Nông nghiệp và Phát triển
    nông thôn (NN&PTNT) tỉnh Kiên Giang đã tiếp …" below: one department met the guests."""
    extraction = _extract(tmp_path, "Sở NN&PTNT Kiên Giang làm việc với chuyên gia FAO\n"
                          "Cập nhật: 17/07/2024\n\nNgày 16/7, Sở Nông nghiệp và Phát triển nông "
                          "thôn (NN&PTNT) tỉnh Kiên Giang đã tiếp và làm việc với đoàn chuyên gia "
                          "của Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO).\n")

    [meeting] = extraction.dataset.engagements

    assert len(meeting.participants) == 2 and "fao" in meeting.participants


def test_agreements_signed_by_businesses_no_one_names_are_not_the_provinces(tmp_path):
    """"Ngoài ra, các doanh nghiệp dịch vụ và đối tác Nhật Bản đã ký thêm 5 thỏa thuận cung
    ứng lao động": signers no one names; the province signed none of them."""
    extraction = _extract(tmp_path, "Hội nghị kết nối lao động với Nhật Bản\nCập nhật: "
                          "17/10/2024\n\nNgày 16/10/2024, tại hội nghị, Sở Lao động – Thương binh "
                          "và Xã hội tỉnh Hà Nam đã ký biên bản ghi nhớ với Nghiệp đoàn Quốc tế "
                          "Chiba về tuyển chọn lao động. Ngoài ra, các doanh nghiệp dịch vụ và "
                          "đối tác Nhật Bản đã ký thêm 5 thỏa thuận cung ứng lao động.\n")

    named = partner_names(extraction)

    assert [sorted(named.get(p, p) for p in a.parties)
            for a in extraction.dataset.agreements] == [
        ["Nghiệp đoàn Quốc tế Chiba", "Sở Lao động – Thương binh và Xã hội tỉnh Hà Nam"]]


def test_a_years_work_plan_signed_with_a_un_agency_is_an_agreement(tmp_path):
    """"UBND tỉnh Trà Vinh và Quỹ Nhi đồng Liên hợp quốc (UNICEF) đã ký kết Kế hoạch công tác
    năm 2024": the province and UNICEF signed their work plan."""
    extraction = _extract(tmp_path, "Trà Vinh và UNICEF ký kết Kế hoạch công tác năm 2024\n"
                          "Cập nhật: 28/02/2024\n\nSáng 27/2, UBND tỉnh Trà Vinh và Quỹ Nhi đồng "
                          "Liên hợp quốc (UNICEF) tại Việt Nam đã ký kết Kế hoạch công tác năm "
                          "2024.\n")

    [signed] = extraction.dataset.agreements

    assert set(signed.parties) == {"tra-vinh", "unicef"}


def test_a_chamber_and_its_own_names_in_brackets_then_where_it_is(tmp_path):
    """"Sở Lao động – Thương binh và Xã hội tỉnh Nghệ An và Phòng Thủ công nghiệp Chemnitz
    (Handwerkskammer Chemnitz – HWK Chemnitz), bang Sachsen, CHLB Đức đã ký kết …": the
    chamber of crafts signs; its names in brackets and its state are no further signers."""
    extraction = _extract(tmp_path, "Nghệ An hợp tác đào tạo nghề với Chemnitz\nCập nhật: "
                          "20/01/2024\n\nNgày 19/01/2024, Sở Lao động – Thương binh và Xã hội tỉnh "
                          "Nghệ An và Phòng Thủ công nghiệp Chemnitz (Handwerkskammer Chemnitz – "
                          "HWK Chemnitz), bang Sachsen, CHLB Đức đã ký kết Thỏa thuận hợp tác về "
                          "đào tạo nghề.\n")

    named = partner_names(extraction)
    [signed] = extraction.dataset.agreements

    assert sorted(named.get(p, p) for p in signed.parties) == [
        "Phòng Thủ công nghiệp Chemnitz", "Sở Lao động – Thương binh và Xã hội tỉnh Nghệ An"]

