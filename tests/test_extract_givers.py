"""Who gives, in Vietnamese and English sentences written for each reading: the body the
sentence says paid, not who held the ceremony, carried the gift or is named beside it.
Checked on the extraction alone, without a database."""

from loaders import article


def _givers(extraction: article.Extraction) -> set[tuple[str, ...]]:
    """Each gift's givers by name, as a reader lists them."""
    names = {p.id: p.name_vi for p in extraction.dataset.partners}
    return {tuple(names.get(d, d) for d in gift.donors)
            for gift in extraction.dataset.donations}


def test_do_names_the_giver_after_the_things_a_ceremony_handed_over(tmp_path):
    """"… phối hợp với UBND huyện tổ chức lễ trao xe đạp và quà cho học sinh … do Hội X – …
    – tài trợ": the association gave; the department and the district held the ceremony."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Hội Từ thiện Tâm Việt (Úc) trao 150 xe đạp cho học sinh nghèo huyện Tam Nông\n"
        "Cập nhật: 18/03/2024\n\n"
        "Ngày 16/3, Sở Ngoại vụ tỉnh Đồng Tháp phối hợp với UBND huyện Tam Nông tổ chức lễ "
        "trao xe đạp và quà cho học sinh có hoàn cảnh khó khăn do Hội Từ thiện Tâm Việt – tổ "
        "chức thiện nguyện của người Việt tại bang Victoria, Australia – tài trợ. Tổng trị giá "
        "đợt hỗ trợ hơn 500 triệu đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Hội Từ thiện Tâm Việt",)}


def test_a_federation_gives_by_its_whole_name(tmp_path):
    """"Tổng hội Người Việt Nam tại Nhật Bản trao …": the federation of Vietnamese abroad
    gives, by its whole name, not the "hội" inside it."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Tổng hội Người Việt Nam tại Nhật Bản trao quà Tết cho hộ nghèo huyện Kỳ Anh\n"
        "Thứ Sáu, 26/1/2024\n\n"
        "Ngày 25/1, Tổng hội Người Việt Nam tại Nhật Bản đã trao 300 suất quà Tết cho hộ nghèo "
        "huyện Kỳ Anh, tỉnh Hà Tĩnh, tổng trị giá 150 triệu đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Tổng hội Người Việt Nam tại Nhật Bản",)}


def test_a_pagoda_and_a_church_give_by_their_names(tmp_path):
    """"Chùa Phổ Minh (Pháp) trao …", "Nhà thờ Somang (Hàn Quốc) tặng …": a pagoda and a
    church abroad give by their names. Before, neither was read as a body, and the gifts
    had no giver."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao xe đạp và học bổng cho học sinh nghèo huyện Gio Linh\nThứ Tư, 06/9/2023\n\n"
        "Ngày 5/9, Chùa Phổ Minh (Pháp) đã trao tặng 40 chiếc xe đạp cho học sinh nghèo Trường "
        "THCS Gio Mai, trị giá 80 triệu đồng. Cũng dịp này, Nhà thờ Somang (Hàn Quốc) tặng 50 "
        "suất học bổng cho học sinh Trường Tiểu học Gio Việt, tổng trị giá 100 triệu "
        "đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Chùa Phổ Minh",), ("Nhà thờ Somang",)}


def test_the_hosts_hand_over_what_the_one_named_after_paid_for(tmp_path):
    """"Sở Ngoại vụ phối hợp với UBND huyện X tổ chức lễ bàn giao công trình … do Tổ chức
    Y tài trợ": the NGO gives; the department and the district held the ceremony. Before,
    the hand-over's hosts were read as its givers."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Bàn giao công trình nước sạch tại huyện Đakrông\nThứ Năm, 12/10/2023\n\n"
        "Ngày 11/10, Sở Ngoại vụ tỉnh Quảng Trị phối hợp với UBND huyện Đakrông tổ chức lễ "
        "bàn giao công trình cấp nước sinh hoạt do Tổ chức Waterlife (Na Uy) tài trợ. Công "
        "trình có tổng kinh phí 20.000 USD.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Tổ chức Waterlife",)}


def test_a_headline_giver_ends_at_its_verb(tmp_path):
    """"Quỹ Toàn cầu hỗ trợ Lạng Sơn 3 máy X-quang": the fund's name ends before "hỗ trợ",
    whatever capital follows it, so the headline's gift and the body's are one, the fund's."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Quỹ Nhi đồng Bắc Âu hỗ trợ Cao Bằng 5 máy lọc nước cho trường học\n"
        "Cập nhật: 12/05/2024\n\n"
        "Ngày 10/5, tại Trường Tiểu học Đức Long, Sở Giáo dục và Đào tạo tỉnh Cao Bằng tiếp "
        "nhận 5 máy lọc nước do Quỹ Nhi đồng Bắc Âu tài trợ, tổng trị giá 150 triệu đồng.\n",
        encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Quỹ Nhi đồng Bắc Âu",)}


def test_a_company_named_after_its_province_keeps_it(tmp_path):
    """"Công ty TNHH Daeyang Việt Nam Thái Bình (DVT)": the province closes the company's
    name ("Thái" is a family name too, so it once read as a person after the name), and the
    company alone gives."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 9/5/2024, tại xã Thụy Liên, Công ty TNHH Daeyang Việt Nam Thái Bình (DVT) "
        "trao tặng 30 chiếc xe đạp cho học sinh nghèo huyện Thái Thụy, tổng trị giá 90 triệu "
        "đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Công ty TNHH Daeyang Việt Nam Thái Bình",)}


def test_the_provinces_bodies_beside_a_company_at_its_ceremony_give_nothing(tmp_path):
    """"Sở Ngoại vụ tỉnh X phối hợp với Công ty Y và UBND huyện Z tổ chức lễ bàn giao …":
    the department and the district held the ceremony with the company; the company gave."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Ngày 22/4/2024, tại xã Bộc Bố, Sở Ngoại vụ tỉnh Bắc Kạn phối hợp với Công ty TNHH "
        "Hanwha Aero Engines Việt Nam và UBND huyện Pác Nặm tổ chức lễ bàn giao 8 căn nhà "
        "đại đoàn kết cho các hộ nghèo trên địa bàn huyện, tổng trị giá 480 triệu đồng.\n",
        encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Công ty TNHH Hanwha Aero Engines Việt Nam",)}


def test_the_association_a_clause_opens_with_is_the_one_named_before(tmp_path):
    """"Dịp này, Hội đã trao …": the association the article named, not the province."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao xe đạp cho học sinh nghèo huyện Tam Nông\nCập nhật: 18/03/2024\n\n"
        "Ngày 16/3, Sở Ngoại vụ tỉnh Đồng Tháp phối hợp với UBND huyện Tam Nông đón đoàn Hội "
        "Từ thiện Tâm Việt (Úc) đến thăm các trường.\n\n"
        "Dịp này, Hội đã trao 150 chiếc xe đạp cho học sinh các xã Phú Cường và Phú Hiệp.\n",
        encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Hội Từ thiện Tâm Việt",)}


def test_the_body_lists_the_things_a_headline_counted_in_part(tmp_path):
    """"150 xe đạp" in the headline, "150 chiếc xe đạp cùng 150 suất quà cho học sinh của
    6 trường" in the body: two things given, 150 of each; the six schools are whose pupils."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Hội Từ thiện Tâm Việt (Úc) trao 150 xe đạp cho học sinh nghèo huyện Tam Nông\n"
        "Cập nhật: 18/03/2024\n\n"
        "Ngày 16/3, Hội Từ thiện Tâm Việt đã trao 150 chiếc xe đạp cùng 150 suất quà cho học "
        "sinh của 6 trường trên địa bàn huyện Tam Nông, tỉnh Đồng Tháp.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert sorted(i.quantity.raw for i in gift.items) == ["150 chiếc", "150 suất"]


def test_who_paid_for_the_works_a_ceremony_handed_over_gives_them(tmp_path):
    """"… lễ bàn giao 20 căn nhà … Toàn bộ kinh phí xây dựng do Công ty X – … – tài trợ.":
    the company gave the houses; the total told later is their value. One gift."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao 20 căn nhà đại đoàn kết cho hộ nghèo huyện Trà Ôn\nCập nhật: 08/09/2023\n\n"
        "Ngày 7/9, UBND huyện Trà Ôn, tỉnh Vĩnh Long phối hợp với Ủy ban MTTQ Việt Nam huyện "
        "tổ chức lễ bàn giao 20 căn nhà đại đoàn kết cho 20 hộ nghèo trên địa bàn huyện. Toàn "
        "bộ kinh phí xây dựng do Công ty TNHH Giày Thành Phát – doanh nghiệp vốn Đài Loan "
        "(Trung Quốc) hoạt động tại Khu công nghiệp Hòa Phú – tài trợ.\n\n"
        "Mỗi căn nhà có diện tích 40 m², mái lợp tôn, trị giá 60 triệu đồng. Tổng kinh phí "
        "doanh nghiệp hỗ trợ là 1,2 tỷ đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    [gift] = extraction.dataset.donations

    assert _givers(extraction) == {("Công ty TNHH Giày Thành Phát",)}
    assert gift.value.raw == "1,2 tỷ đồng"


def test_a_foreign_province_in_a_givers_bracket_says_where_it_is_from(tmp_path):
    """"Hội Từ thiện Nhà thờ Hanbit (thành phố Suwon, tỉnh Gyeonggi, Hàn Quốc) đã trao tặng
    36 thuyền thúng cho ngư dân … của tỉnh Bình Thuận": the Korean church charity gives,
    alone; Gyeonggi, where it is from, receives nothing, and the commune hosting the
    ceremony gives nothing."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao 36 thuyền thúng composite cho ngư dân nghèo ven biển Bình Thuận\n"
        "15:20 | 18/04/2024\n\n"
        "Ngày 17/4, tại UBND xã Chí Công, huyện Tuy Phong, Hội Từ thiện Nhà thờ Hanbit (thành "
        "phố Suwon, tỉnh Gyeonggi, Hàn Quốc) đã trao tặng 36 thuyền thúng composite cho ngư "
        "dân có hoàn cảnh khó khăn tại 4 xã ven biển của tỉnh Bình Thuận.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    charity = next(p for p in extraction.dataset.partners if "Hanbit" in p.name_vi)

    assert _givers(extraction) == {("Hội Từ thiện Nhà thờ Hanbit",)}
    assert not any("gyeonggi" in r for g in extraction.dataset.donations for r in g.recipients)
    assert charity.country == "south-korea"


def test_the_delegation_a_clause_opens_with_is_the_one_named_before(tmp_path):
    """"Đoàn công tác của Tổ chức X … đã đến huyện …", then "Sáng 6/6, tại xã Y, Đoàn bàn
    giao 12 giếng khoan …": the body whose delegation it is gives, not the province."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao giếng nước tại Sơn Hòa\nThứ Hai, 10/6/2024\n\n"
        "Trong hai ngày 6 và 7/6, Đoàn công tác của Tổ chức Tình nguyện Quốc tế Kobe (Nhật "
        "Bản) đã đến huyện miền núi Sơn Hòa, tỉnh Phú Yên để bàn giao các công trình đã cam "
        "kết tài trợ.\n\n"
        "Sáng 6/6, tại xã Suối Bạc, Đoàn bàn giao 12 giếng khoan kèm máy bơm cho các cụm dân "
        "cư thường xuyên thiếu nước sinh hoạt. Tổng kinh phí xây dựng các giếng là 380 triệu "
        "đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Tổ chức Tình nguyện Quốc tế Kobe",)}


def test_a_place_named_where_the_ceremony_was_gives_nothing(tmp_path):
    """"Buổi sáng, tại Nhà văn hóa huyện Lộc Ninh, đoàn đã trao …": the district is where,
    not who; the fund whose delegation it is gives."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao quà Tết cho người dân huyện biên giới\nCập nhật: 26/01/2024\n\n"
        "Ngày 24/1, đoàn công tác của Quỹ Từ thiện Tzu Chi đến thăm tỉnh Bình Phước.\n\n"
        "Buổi sáng, tại Nhà văn hóa huyện Lộc Ninh, đoàn đã trao 1.200 phần quà cho người dân "
        "các xã Lộc Thạnh và Lộc Tấn, tổng trị giá hơn 600 triệu đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Quỹ từ thiện Tzu Chi",)}


def test_gifts_told_in_the_passive_are_given_by_whom_the_next_sentence_names(tmp_path):
    """"300 suất quà Tết đã được trao tận tay các hộ nghèo …. Các suất quà được tài trợ bởi
    Công ty X …. Mỗi suất quà … trị giá 500.000 đồng; tổng giá trị chương trình là 150 triệu
    đồng.": one gift of 300 packs from the company, worth the programme's total."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "300 suất quà Tết đến với hộ nghèo huyện đảo Lý Sơn\nCập nhật: 29/01/2024\n\n"
        "Ngày 27/1, 300 suất quà Tết đã được trao tận tay các hộ nghèo và gia đình ngư dân có "
        "hoàn cảnh đặc biệt khó khăn trên huyện đảo Lý Sơn, tỉnh Quảng Ngãi. Các suất quà được "
        "tài trợ bởi Công ty TNHH Công nghiệp nặng Hwaseong Vina, doanh nghiệp 100% vốn Hàn "
        "Quốc đang hoạt động tại Khu kinh tế Dung Quất.\n\n"
        "Mỗi suất quà gồm gạo, dầu ăn, nước mắm và 300.000 đồng tiền mặt, trị giá 500.000 "
        "đồng; tổng giá trị chương trình là 150 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    [gift] = extraction.dataset.donations

    assert _givers(extraction) == {("Công ty TNHH Công nghiệp nặng Hwaseong Vina",)}
    assert gift.value.raw == "150 triệu đồng"
    assert [i.quantity.raw for i in gift.items if i.quantity] == ["300 suất"]


def test_an_english_name_a_known_acronym_follows_with_its_country_is_that_body(tmp_path):
    """"the Association for Aid and Relief, Japan (AAR Japan) presented 50 wheelchairs …":
    one giver, the AAR Japan the gazetteer knows."""
    path = tmp_path / "page.txt"
    path.write_text(
        "Posted: 07/06/2023\n\nOn June 6, the Association for Aid and Relief, Japan (AAR Japan) "
        "presented 50 wheelchairs worth ¥2 million to people with disabilities in Cho Gao "
        "district of Tien Giang province.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.donors == ["aar-japan"]


def test_the_lot_a_hospital_received_is_given_by_whom_the_next_sentence_names(tmp_path):
    """"Bệnh viện X đã tiếp nhận lô trang thiết bị y tế trị giá 120.000 USD. Lô thiết bị được
    tài trợ bởi Quỹ Từ thiện Hope Bridge (Hàn Quốc) …": the fund gave it, however much of
    its name the list of known bodies holds."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Tiếp nhận thiết bị y tế\nThứ Hai, 23/10/2023\n\n"
        "Ngày 20/10, Bệnh viện Đa khoa khu vực Cai Lậy (tỉnh Tiền Giang) đã tiếp nhận lô trang "
        "thiết bị y tế trị giá 120.000 USD. Lô thiết bị được tài trợ bởi Quỹ Từ thiện Hope "
        "Bridge (Hàn Quốc) thông qua sự kết nối của Sở Ngoại vụ tỉnh Tiền Giang.\n",
        encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.donors == ["hope-bridge"]


def test_what_a_givers_project_disbursed_is_its_gift(tmp_path):
    """"- Tổ chức CARE Quốc tế tại Việt Nam tài trợ dự án … tại huyện Đình Lập, giá trị giải
    ngân năm 2023 hơn 6,2 tỷ đồng.": CARE's gift, of what its project disbursed."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Tổng kết công tác viện trợ phi chính phủ nước ngoài năm 2023\nCập nhật: 10/01/2024\n\n"
        "Năm 2023, tỉnh Lạng Sơn tiếp nhận nhiều dự án viện trợ, trong đó:\n"
        "- Tổ chức CARE Quốc tế tại Việt Nam tài trợ dự án tăng cường khả năng chống chịu với "
        "thiên tai cho cộng đồng dân tộc thiểu số tại huyện Đình Lập, giá trị giải ngân năm "
        "2023 hơn 6,2 tỷ đồng.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.value.raw == "hơn 6,2 tỷ đồng"


def test_whose_aid_a_summary_says_the_largest_is_gives_it(tmp_path):
    """"Trong đó, khoản viện trợ lớn nhất thuộc về Tổ chức X với dự án cấp nước sạch cho 300
    hộ dân xã An Thủy, huyện Ba Tri, trị giá 2 tỷ 300 triệu đồng.": X gave it; it received
    nothing."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Quý I/2024, Bến Tre tiếp nhận hơn 5 tỷ đồng viện trợ\nCập nhật: 10/04/2024\n\n"
        "Trong quý I/2024, tỉnh Bến Tre đã tiếp nhận 5 khoản viện trợ phi chính phủ nước ngoài. "
        "Trong đó, khoản viện trợ lớn nhất thuộc về Tổ chức Thrive Networks/East Meets West "
        "(EMW) với dự án cấp nước sạch cho 300 hộ dân xã An Thủy, huyện Ba Tri, trị giá 2 tỷ "
        "300 triệu đồng.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.donors == ["east-meets-west"]


def test_the_districts_a_project_ran_in_fund_nothing(tmp_path):
    """"Tổng kết dự án … do Tổ chức X tài trợ" in the headline, then "Dự án được triển khai
    tại hai huyện A và B với tổng kinh phí tài trợ …": the organisation gave the sum; the
    districts after "triển khai tại" are where it ran."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Tổng kết dự án nước sạch do Tổ chức Sông Xanh tài trợ tại Lạng Sơn\n"
        "Thứ Hai, 11/11/2024\n\n"
        "Ngày 8/11, Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn phối hợp với Tổ chức Sông Xanh tổ chức "
        "hội nghị tổng kết dự án \"Nước sạch cho các xã vùng cao\" giai đoạn 2022 – 2024.\n\n"
        "Dự án được triển khai tại hai huyện Đình Lập và Lộc Bình với tổng kinh phí tài trợ "
        "1 tỷ 750 triệu đồng.\n", encoding="utf-8")

    gifts = article.extract_file(path).dataset.donations

    assert _givers(article.extract_file(path)) == {("Tổ chức Sông Xanh",)}
    assert [g.value.raw for g in gifts] == ["1 tỷ 750 triệu đồng"]


def test_victims_helped_are_no_things_given(tmp_path):
    """"… tiếp nhận và hỗ trợ 30 nạn nhân trở về": people helped, not a gift of 30 things."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Kết quả dự án phòng, chống mua bán người\nThứ Hai, 11/11/2024\n\n"
        "Sau ba năm thực hiện tại tỉnh Lạng Sơn, dự án đã tập huấn cho 90 cán bộ xã; phối "
        "hợp giải cứu, tiếp nhận và hỗ trợ 30 nạn nhân trở về được học nghề.\n", encoding="utf-8")

    gifts = article.extract_file(path).dataset.donations

    assert not [i for g in gifts for i in g.items]


def test_the_foreign_body_a_project_is_launched_with_funds_it(tmp_path):
    """"Hội Nông dân tỉnh X phối hợp với Tổ chức Y tổ chức lễ khởi động dự án …", then "Dự án
    có tổng vốn viện trợ không hoàn lại 90.000 USD": Y gives the budget, and the association
    beside it receives it. A foreign-affairs office beside it only arranges."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Khởi động dự án sinh kế cho nông dân Yên Bái\nCập nhật: 05/04/2024 - 15:10\n\n"
        "Ngày 4/4, tại thành phố Yên Bái, Hội Nông dân tỉnh Yên Bái phối hợp với Tổ chức Hạt "
        "Giống Xanh tổ chức lễ khởi động dự án \"Sinh kế bền vững cho nông dân vùng cao\".\n\n"
        "Dự án có tổng vốn viện trợ không hoàn lại 90.000 USD, thực hiện trong hai năm.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)
    names = {p.id: p.name_vi for p in extraction.dataset.partners}
    [gift] = extraction.dataset.donations

    assert [names[d] for d in gift.donors] == ["Tổ chức Hạt Giống Xanh"]
    assert [names[r] for r in gift.recipients] == ["Hội Nông dân tỉnh Yên Bái"]
    assert gift.value.raw == "90.000 USD"

    path.write_text(path.read_text(encoding="utf-8").replace(
        "Hội Nông dân tỉnh Yên Bái", "Sở Ngoại vụ tỉnh Yên Bái"), encoding="utf-8")
    extraction = article.extract_file(path)
    names = {p.id: p.name_vi for p in extraction.dataset.partners}
    [gift] = extraction.dataset.donations

    assert [names[r] for r in gift.recipients] == ["tỉnh Yên Bái"]


def test_two_years_are_no_chinese_province():
    """"thực hiện trong hai năm": "năm" is not the "Nam" of "Hải Nam" (Hainan); a name
    written with its diacritics matches only words of the same letters. Written without
    them, "Hai Nam" still is."""
    gazetteer = article.Gazetteer.from_files()
    text = "Dự án có vốn 90.000 USD, thực hiện trong hai năm."
    plain = "Delegation of Hai Nam province"

    assert not gazetteer.find("partners", text, 0, len(text))
    assert [m.id for m in gazetteer.find("partners", plain, 0, len(plain))] == ["hainan"]


def test_two_rooms_are_no_city_and_a_mark_left_out_of_a_name_keeps_it():
    """"Hai phòng máy được trang bị …" (two computer rooms) is not Hải Phòng: "Hai" has no
    mark where the name has one, and "phòng" is in lower case. "tỉnh Luông Pha Bang", a
    mark left out of a capitalised name, is Luang Prabang."""
    gazetteer = article.Gazetteer.from_files()
    rooms = "Hai phòng máy được trang bị 60 bộ máy tính."
    province = "đoàn thăm và làm việc tại tỉnh Luông Pha Bang, nước CHDCND Lào"

    assert not gazetteer.find("partners", rooms, 0, len(rooms))
    assert "luang-prabang" in [m.id for m in gazetteer.find("partners", province, 0,
                                                           len(province))]


def test_peace_is_no_province_and_a_transcribed_name_keeps_its_hyphens():
    """"đường biên giới hòa bình" and "Cựu chiến binh vì Hòa bình" are peace, not Hòa Bình:
    the province writes each word with a capital. "tỉnh Bô-ly-khăm-xay", a Lao name whose
    syllables are joined by hyphens, is still Bolikhamxay."""
    gaz = article.Gazetteer.from_files()
    found = lambda text: [m.id for m in gaz.find("partners", text, 0, len(text))]  # noqa: E731
    border = "hai bên tiếp tục phối hợp giữ gìn đường biên giới hòa bình, hữu nghị."
    veterans = "đoàn cựu chiến binh Mỹ thuộc tổ chức Cựu chiến binh vì Hòa bình"

    assert "hoa-binh" not in found(border) + found(veterans)
    assert "hoa-binh" in found("Sở Ngoại vụ tỉnh Hòa Bình")
    assert "bolikhamxay" in found("phần lớn đến từ tỉnh Bô-ly-khăm-xay, tỉnh có chung biên giới")


def test_the_place_a_delegation_came_from_gives_nothing(tmp_path):
    """"Đoàn Hội X đến từ tỉnh Aichi, Nhật Bản … trao quà": the association gives; Aichi is
    where it came from."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Hội Từ thiện Sen Vàng trao quà cho đồng bào Khmer Sóc Trăng\nThứ Bảy, 23/12/2023\n\n"
        "Ngày 22/12, Đoàn Hội Từ thiện Sen Vàng đến từ tỉnh Aichi, Nhật Bản đã trao 200 suất "
        "quà cho hộ nghèo xã Lai Hòa, thị xã Vĩnh Châu, tỉnh Sóc Trăng, tổng trị giá 100 "
        "triệu đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Hội Từ thiện Sen Vàng",)}


def test_a_summarys_projects_funded_where_they_ran_and_sums_from_a_body(tmp_path):
    """In a year's summary: "dự án "…" do Tổ chức X tài trợ tại 4 xã của huyện A, trị giá hơn
    95.000 USD" is X's gift of that sum; "dự án … tại huyện B với kinh phí 30.000 euro từ
    Tổ chức Y" is Y's, not the X named before."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Năm 2023, Lạng Sơn tiếp nhận viện trợ phi chính phủ nước ngoài\nThứ Hai, 15/01/2024\n\n"
        "Năm 2023, tỉnh Lạng Sơn tiếp nhận nhiều khoản viện trợ. Trong đó, đáng chú ý là dự án "
        "\"Nước sạch trường học\" do Tổ chức Sông Xanh tài trợ tại 4 xã của huyện Văn Quan, trị "
        "giá hơn 95.000 USD; dự án hỗ trợ sinh kế cho đồng bào dân tộc Dao tại huyện Đình Lập "
        "với kinh phí 30.000 euro từ Tổ chức Hạt Giống Xanh.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    names = {p.id: p.name_vi for p in extraction.dataset.partners}
    gifts = {(tuple(names[d] for d in g.donors), g.value.raw)
             for g in extraction.dataset.donations if g.value}

    assert gifts == {(("Tổ chức Sông Xanh",), "hơn 95.000 USD"),
                     (("Tổ chức Hạt Giống Xanh",), "30.000 euro")}


def test_a_headline_that_names_no_giver_is_the_gift_the_body_names_one_for(tmp_path):
    """"Trao tặng thiết bị y tế trị giá 1,28 tỷ đồng cho Trung tâm Y tế huyện Bình Liêu",
    then "Quỹ X (Nhật Bản) đã trao tặng Trung tâm Y tế huyện Bình Liêu … lô thiết bị y tế trị
    giá 1 tỷ 280 triệu đồng": one gift, the fund's; the province gave nothing."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao tặng thiết bị y tế trị giá 1,28 tỷ đồng cho Trung tâm Y tế huyện Bình Liêu\n"
        "Cập nhật: 20/06/2024 - 16:40\n\n"
        "Ngày 19/6, Quỹ Hữu nghị Hoa Anh Đào (Nhật Bản) đã trao tặng Trung tâm Y tế huyện Bình "
        "Liêu, tỉnh Quảng Ninh lô thiết bị y tế trị giá 1 tỷ 280 triệu đồng.\n",
        encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Quỹ Hữu nghị Hoa Anh Đào",)}


def test_a_district_whose_name_ends_in_duc_is_no_german_district(tmp_path):
    """"huyện Tuy Đức": "Đức" is part of the district's name, not Germany; the association
    of Vietnamese in Germany that holds the ceremony there gives."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao học bổng cho học sinh huyện Tuy Đức\nCập nhật: 07/09/2024\n\n"
        "Chiều 6/9, tại Nhà văn hóa huyện Tuy Đức, tỉnh Đắk Nông, Hội Phật tử Việt Nam tại Cộng "
        "hòa Liên bang Đức trao 100 suất học bổng cho học sinh dân tộc thiểu số, tổng trị giá "
        "200 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    countries = {p.name_vi: p.country for p in extraction.dataset.partners}

    assert countries.get("huyện Tuy Đức") in (None, "vietnam")
    assert _givers(extraction) == {("Hội Phật tử Việt Nam tại Cộng hòa Liên bang Đức",)}


def test_a_body_named_again_in_brackets_with_its_acronym_after_a_dash_is_one_giver(tmp_path):
    """"… đã được Quỹ Trẻ em Sài Gòn (Saigon Children's Charity - SCC) trao cho học sinh …":
    one giver, named in Vietnamese and again in English with its acronym."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao học bổng cho học sinh TP. Hồ Chí Minh\nCập nhật: 10/01/2024\n\n"
        "Năm 2023, 1.200 suất học bổng trị giá 3,6 tỷ đồng đã được Quỹ Trẻ em Sài Gòn (Saigon "
        "Children's Charity - SCC) trao cho học sinh có hoàn cảnh khó khăn tại huyện Bình "
        "Chánh, Thành phố Hồ Chí Minh.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Quỹ Trẻ em Sài Gòn",)}


def test_a_sum_a_body_commits_to_a_school_is_its_gift(tmp_path):
    """"Quỹ X (…) cam kết 120.000 USD để xây dựng nhà bán trú cho Trường PTDTBT THCS Nàn Ma":
    the fund's gift of that sum; a commitment to cooperate with no sum is none."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Quý I/2024, Hà Giang tiếp nhận nhiều khoản viện trợ\nCập nhật: 05/04/2024\n\n"
        "Quỹ Mặt Trời Nhỏ (Hàn Quốc) cam kết 120.000 USD để xây dựng nhà bán trú cho Trường "
        "PTDTBT THCS Nàn Ma, huyện Xín Mần, tỉnh Hà Giang. Tổ chức Sách Xanh cam kết tiếp tục "
        "đồng hành cùng tỉnh.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    assert _givers(extraction) == {("Quỹ Mặt Trời Nhỏ",)}
    assert [g.value.raw for g in extraction.dataset.donations] == ["120.000 USD"]


def test_goods_of_support_name_the_gift_and_give_nothing(tmp_path):
    """"đoàn công tác tỉnh Lai Châu đã trao tặng tỉnh Luông Nặm Thà số hàng hỗ trợ …": the
    province's delegation gives; "hàng hỗ trợ" (goods of support) is what it gives, so the
    province abroad named before it is the receiver, not a giver."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Lai Châu hỗ trợ tỉnh bạn Lào\nCập nhật: 10/05/2024\n\n"
        "Ngày 8/5, đoàn công tác tỉnh Lai Châu đã trao tặng tỉnh Luông Nặm Thà (Lào) số hàng "
        "hỗ trợ tổng trị giá 900 triệu đồng, gồm 30 tấn gạo.\n", encoding="utf-8")
    extraction = article.extract_file(path)

    [donation] = extraction.dataset.donations
    names = {p.id: p.name_vi for p in extraction.dataset.partners}
    assert ([names[d] for d in donation.donors], [names[r] for r in donation.recipients]) == (
        ["tỉnh Lai Châu"], ["tỉnh Luông Nặm Thà"])


def test_an_acronym_first_given_after_the_body_was_named_in_the_headline(tmp_path):
    """The headline names "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam", the lede the same
    body "(KOCHAM)", the body "KOCHAM trao tặng 300 triệu đồng …": the association gives;
    the acronym is not Việt Nam's, the country its name ends with."""
    path = tmp_path / "bai.txt"
    path.write_text("Tiếp Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam\n\nChiều 13/3/2024, Phó "
                    "Chủ tịch UBND tỉnh Bình Dương đã tiếp đoàn Hiệp hội Doanh nghiệp Hàn Quốc "
                    "tại Việt Nam (KOCHAM).\n\nNhân dịp này, KOCHAM trao tặng 300 triệu đồng "
                    "vào Quỹ Vì người nghèo tỉnh Bình Dương.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam",)}


def test_the_department_a_body_worked_with_is_no_part_of_its_name(tmp_path):
    """"Hiệp hội Thương mại Đài Loan tại Đồng Nai phối hợp Sở Giáo dục và Đào tạo tỉnh tổ chức
    lễ trao 300 suất học bổng …": the association gives; "phối hợp" ends its name, the
    department is another body."""
    path = tmp_path / "bai.txt"
    path.write_text("Trao học bổng cho học sinh Đồng Nai\nCập nhật: 28/09/2023\n\nSáng 27/9, tại "
                    "TP. Biên Hòa, Hiệp hội Thương mại Đài Loan tại Đồng Nai phối hợp Sở Giáo "
                    "dục và Đào tạo tỉnh tổ chức lễ trao 300 suất học bổng cho học sinh có hoàn "
                    "cảnh khó khăn, tổng trị giá 600 triệu đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Hiệp hội Thương mại Đài Loan tại Đồng Nai",)}


def test_a_projects_budget_paid_by_a_body_is_its_gift(tmp_path):
    """"Dự án có tổng ngân sách hơn 5,6 tỷ đồng do GNI tài trợ": a budget, like a cost
    ("tổng kinh phí … do X tài trợ"), is what GNI gives, and keeps its lower bound."""
    path = tmp_path / "bai.txt"
    path.write_text("Khởi động dự án sinh kế\nNgày đăng: 26/03/2024\n\nDự án có tổng ngân sách "
                    "hơn 5,6 tỷ đồng do GNI tài trợ, được triển khai tại huyện Định Quán, tỉnh "
                    "Đồng Nai.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert (gift.donors, gift.value.value, gift.value.qualifier) == (
        ["gni"], 5_600_000_000, "lower_bound")


def test_the_schools_students_come_from_give_nothing(tmp_path):
    """"Các sinh viên được nhận học bổng đến từ Trường Đại học Kinh tế, Trường Đại học Nông
    Lâm …": where the students come from; no school gives, only the fund did."""
    path = tmp_path / "bai.txt"
    path.write_text("Quỹ AEON 1% Club trao học bổng cho sinh viên Đại học Huế\nNgày đăng: "
                    "07/12/2023\n\nSáng 6/12, Quỹ AEON 1% Club (Nhật Bản) tổ chức lễ trao học "
                    "bổng cho 40 sinh viên tỉnh Thừa Thiên Huế, tổng trị giá khoảng 50.000 USD."
                    "\n\nCác sinh viên được nhận học bổng đến từ Trường Đại học Kinh tế và "
                    "Trường Đại học Nông Lâm.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Quỹ AEON 1% Club",)}


def test_project_renew_named_as_a_project_is_the_giver(tmp_path):
    """"Dự án RENEW phối hợp với Hội Chữ thập đỏ huyện Cam Lộ tổ chức trao 20 con bò giống
    …": RENEW, a mine-action body named "project" in its own name, gives; the Red Cross it
    works with does not."""
    path = tmp_path / "bai.txt"
    path.write_text("Dự án RENEW trao bò giống\n\nSáng 21/3/2024, Dự án RENEW phối hợp với Hội "
                    "Chữ thập đỏ huyện Cam Lộ tổ chức trao 20 con bò giống cho 20 gia đình nạn "
                    "nhân bom mìn, tổng trị giá 300 triệu đồng.\n", encoding="utf-8")

    [gift] = article.extract_file(path).dataset.donations

    assert gift.donors == ["project-renew"]


def test_two_clubs_joined_by_va_are_two_bodies(tmp_path):
    """"Câu lạc bộ Rotary Sài Gòn và Câu lạc bộ Rotary Bellevue (Hoa Kỳ) đã trao tặng …":
    two clubs, the second's head word after "và" opening a name of its own."""
    path = tmp_path / "bai.txt"
    path.write_text("Trao hệ thống lọc nước\nNgày đăng: 10/10/2023\n\nNgày 9/10, Câu lạc bộ "
                    "Rotary Sài Gòn và Câu lạc bộ Rotary Bellevue (Hoa Kỳ) đã trao tặng hệ thống "
                    "lọc nước trị giá 450 triệu đồng cho Trường Tiểu học Mỹ Thạnh Tây.\n",
                    encoding="utf-8")

    [givers] = _givers(article.extract_file(path))

    assert "Câu lạc bộ Rotary Bellevue" in givers
    assert not [g for g in givers if " và " in g]


def test_a_districts_committee_whose_name_ends_in_duc_is_no_german_body(tmp_path):
    """"KFHI phối hợp với UBND huyện Tuy Đức tổ chức trao tặng …": the district's committee
    is Vietnamese, as the district is, so it hands out the gift and does not give it with
    KFHI."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "KFHI trao xe đạp tại huyện Tuy Đức\nCập nhật: 16/10/2023\n\n"
        "Ngày 13/10, Tổ chức Cứu trợ nạn đói Quốc tế Hàn Quốc (KFHI) phối hợp với UBND huyện "
        "Tuy Đức tổ chức trao tặng 100 chiếc xe đạp cho học sinh có hoàn cảnh khó khăn tại các "
        "xã Quảng Trực và Đắk Búk So, tỉnh Đắk Nông, tổng trị giá 280 triệu đồng.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)
    countries = {p.name_vi: p.country for p in extraction.dataset.partners}

    assert countries.get("UBND huyện Tuy Đức") in (None, "vietnam")
    assert _givers(extraction) == {("Tổ chức Korea Food for the Hungry International",)}


def test_the_club_a_clause_opens_with_is_the_one_named_before(tmp_path):
    """"Tại buổi lễ, Câu lạc bộ đã trao …": the club the article named, by its whole name,
    with the total the sentence gives."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Học bổng cho học sinh nghèo huyện Vân Canh\nCập nhật: 20/10/2023\n\n"
        "Sáng 19/10, Sở Ngoại vụ tỉnh Bình Định phối hợp với Câu lạc bộ Lions Melbourne "
        "(Australia) tổ chức lễ trao học bổng tại huyện Vân Canh.\n\n"
        "Tại buổi lễ, Câu lạc bộ đã trao 80 suất học bổng, mỗi suất 3 triệu đồng, tổng trị giá "
        "240 triệu đồng cho học sinh của 5 trường THCS.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    assert _givers(extraction) == {("Câu lạc bộ Lions Melbourne",)}
    assert [g.value.value for g in extraction.dataset.donations] == [240_000_000]


def test_a_sum_of_support_handed_over_is_the_thing_given_not_a_second_verb(tmp_path):
    """"tỉnh Quảng Nam trao tặng tỉnh Sekong khoản hỗ trợ 3 tỷ đồng": Quảng Nam gives and
    Sekong receives; "khoản hỗ trợ" names what is given, Sekong gives nothing."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Hỗ trợ tỉnh bạn Lào\nNgày đăng: 14/12/2023\n\n"
        "Dịp này, tỉnh Quảng Nam trao tặng tỉnh Sekong khoản hỗ trợ 3 tỷ đồng để xây dựng "
        "trường học.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    names = {p.id: p.name_vi for p in extraction.dataset.partners}
    assert [([names[d] for d in g.donors], [names[r] for r in g.recipients])
            for g in extraction.dataset.donations] == [(["tỉnh Quảng Nam"], ["tỉnh Sê Kông"])]


def test_the_vietnamese_of_a_place_abroad_give_as_their_community(tmp_path):
    """"cộng đồng người Việt Nam tại bang Queensland (Australia) … quyên góp được hơn 15.000
    AUD, chuyển về …": the community gives, named by where it lives; "phát triển cộng
    đồng" in the same article names no one."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Kiều bào ủng hộ người dân vùng bão\nCập nhật: 24/11/2017\n\n"
        "Cộng đồng người Việt Nam tại bang Queensland (Australia) đã quyên góp được hơn 15.000 "
        "AUD, chuyển về Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Định để hỗ trợ các gia đình "
        "bị thiệt hại do bão.\n\nSố tiền sẽ dùng cho các dự án phát triển cộng đồng Khmer tại "
        "địa phương.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Cộng đồng người Việt Nam tại bang Queensland",)}


def test_two_funders_of_a_handed_over_work_give_not_its_hosts(tmp_path):
    """"Sở Ngoại vụ … phối hợp với UBND huyện … tổ chức lễ bàn giao công trình … do Đại sứ
    quán Vương quốc Hà Lan tại Việt Nam và Công ty TNHH Nhà máy bia Heineken Việt Nam tài
    trợ": the embassy and the company gave; the department and the district held the
    ceremony."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Bàn giao công trình cấp nước sạch\nNgày đăng: 07/06/2024\n\n"
        "Sáng 5/6, Sở Ngoại vụ tỉnh Kiên Giang phối hợp với UBND huyện Kiên Hải tổ chức lễ bàn "
        "giao công trình hệ thống lọc nước do Đại sứ quán Vương quốc Hà Lan tại Việt Nam và "
        "Công ty TNHH Nhà máy bia Heineken Việt Nam tài trợ. Công trình có tổng trị giá 2 tỷ "
        "đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Đại sứ quán Hà Lan tại Việt Nam", "Công ty TNHH Nhà máy bia Heineken Việt Nam")}


def test_an_association_of_people_of_vietnamese_origin_abroad_gives(tmp_path):
    """"Hội người Lào gốc Việt tại thủ đô Viêng Chăn", "Hội người Thái gốc Việt tỉnh Nakhon
    Phanom": associations of Lao and Thai people of Vietnamese origin, named by who their
    members are and where they live, give; the province that held the ceremony does not."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Kiều bào trao quà cho học sinh nghèo\nCập nhật: 20/08/2024\n\n"
        "Sáng 19/8, tại huyện Hương Sơn, tỉnh Hà Tĩnh, Hội người Lào gốc Việt tại thủ đô Viêng "
        "Chăn đã trao 200 suất quà cho học sinh nghèo xã Sơn Kim 1, trị giá 100 triệu đồng. "
        "Cũng dịp này, "
        "Hội người Thái gốc Việt tỉnh Nakhon Phanom trao 50 triệu đồng cho Trường Tiểu học "
        "Sơn Kim 1.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Hội người Lào gốc Việt tại thủ đô Viêng Chăn",),
        ("Hội người Thái gốc Việt tỉnh Nakhon Phanom",)}


def test_the_body_the_next_sentence_says_paid_gives_what_was_handed_over(tmp_path):
    """"Đại sứ và đoàn đã dự lễ bàn giao trang thiết bị cho Bệnh viện X, trị giá …", then
    "Số thiết bị do Chính phủ Hungary tài trợ …": Hungary's government gave, not the province
    whose hospital received."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Đại sứ Hungary thăm Hà Tĩnh\nCập nhật: 12/09/2024\n\n"
        "Chiều 11/9, Đại sứ và đoàn công tác đã dự lễ bàn giao trang thiết bị y tế cho "
        "Bệnh viện Đa khoa huyện Hương Khê, gồm 3 máy siêu âm, tổng trị giá 2 tỷ đồng. Số thiết "
        "bị do Chính phủ Hungary tài trợ thông qua chương trình viện trợ phát triển.\n",
        encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Chính phủ Hungary",)}


def test_the_costs_of_a_programme_paid_by_a_body_are_its_gift(tmp_path):
    """"Toàn bộ chi phí khám, phẫu thuật, thuốc men, ăn ở và đi lại cho bệnh nhân và người
    nhà, khoảng 40.000 USD, do Tổ chức Interplast tài trợ": what the costs went on stands
    between "chi phí" and who paid them; the fund gave that much."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Phẫu thuật miễn phí cho trẻ em\nCập nhật: 20/10/2024\n\n"
        "Từ ngày 14 đến 18/10, các bác sĩ tình nguyện đã phẫu thuật miễn phí cho 80 trẻ em tại "
        "tỉnh Quảng Trị. Toàn bộ chi phí khám, phẫu thuật, thuốc men, ăn ở và đi lại cho bệnh "
        "nhân và người nhà, khoảng 40.000 USD, do Tổ chức Interplast tài trợ.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)
    [gift] = extraction.dataset.donations
    assert (gift.value.value, gift.value.currency) == (40_000, "USD")
    assert _givers(extraction) == {("Tổ chức Interplast",)}


def test_a_known_body_named_again_by_the_acronym_after_its_other_name_gives(tmp_path):
    """"Tổ chức Đông Tây Hội ngộ (East Meets West Foundation - EMWF, Hoa Kỳ)", then "EMWF đã
    trao …": the acronym after a known body's other name is that body's from there on."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Khởi động dự án nước sạch\nCập nhật: 16/05/2024\n\n"
        "Sáng 15/5, Sở Ngoại vụ tỉnh Quảng Nam phối hợp với Tổ chức Đông Tây Hội ngộ (East "
        "Meets West Foundation - EMWF, Hoa Kỳ) tổ chức lễ khởi động dự án nước sạch. Cũng tại "
        "buổi lễ, EMWF đã trao 40 suất học bổng, tổng trị giá 80 triệu đồng, cho học sinh nghèo "
        "huyện Nam Giang.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    assert {(g.donors[0], g.value.value) for g in extraction.dataset.donations} == {
        ("east-meets-west", 80_000_000)}


def test_a_body_named_again_without_its_head_word_is_not_the_country_in_its_name(tmp_path):
    """"Tổ chức Kids of Vietnam (Úc) phối hợp với UBND huyện Hướng Hóa tổ chức lễ bàn giao …
    cho Trường Tiểu học Hướng Lập", then "… do Kids of Vietnam (KOV) tài trợ toàn bộ": the
    body by its own name (not Vietnam, nor "KOV" Vietnam's acronym) paid for what it handed
    over with the district; its call on a commune's pupils to give bicycles met no one, and
    the bicycles are a gift of their own, to the pupils' commune."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Bàn giao công trình vệ sinh cho trường học\nCập nhật: 12/04/2024\n\n"
        "Sáng 10/4, tại xã Hướng Lập, huyện Hướng Hóa, Tổ chức Kids of Vietnam (Úc) phối hợp "
        "với UBND huyện Hướng Hóa tổ chức lễ bàn giao công trình nhà vệ sinh cho Trường Tiểu học "
        "Hướng Lập. Công trình có tổng trị giá 200 triệu đồng do Kids of Vietnam (KOV) tài trợ "
        "toàn bộ. Cùng ngày, đoàn công tác của KOV đã đến thăm và trao 20 chiếc xe đạp cho học "
        "sinh nghèo xã Hướng Việt.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    names = {p.id: p.name_vi for p in extraction.dataset.partners}
    assert [([names[d] for d in g.donors], [names[r] for r in g.recipients],
             g.value.value if g.value else None) for g in extraction.dataset.donations] == [
        (["Tổ chức Kids of Vietnam"], ["Trường Tiểu học Hướng Lập"], 200_000_000),
        (["Tổ chức Kids of Vietnam"], ["xã Hướng Việt"], None)]
    assert not [e for e in extraction.dataset.engagements if e.kind in ("visit",
                                                                         "working_meeting")]


def test_a_company_named_again_without_its_legal_form_gives(tmp_path):
    """"Công ty TNHH Lotte Việt Nam tổ chức chương trình …", then "… do Lotte Việt Nam tài
    trợ toàn bộ": the company by its name without "TNHH", not Vietnam."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Quà Tết cho công nhân\nCập nhật: 25/01/2024\n\n"
        "Sáng 24/1, Công ty TNHH Lotte Việt Nam phối hợp với Liên đoàn Lao động tỉnh Đồng Nai tổ "
        "chức chương trình trao quà Tết cho công nhân. Tổng trị giá chương trình là 300 triệu "
        "đồng, do Lotte Việt Nam tài trợ toàn bộ.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Công ty TNHH Lotte Việt Nam",)}


def test_the_medicines_a_visiting_team_brought_and_its_gifts_are_its_own(tmp_path):
    """A medical team of the Korean Red Cross "phối hợp với Hội Chữ thập đỏ tỉnh Bà Rịa - Vũng
    Tàu" (a Vietnamese body: the dash is inside the province's name): "Tổng trị giá thuốc …
    do KRCS mang sang cấp phát cho người dân hơn 200 triệu đồng" and "đoàn còn trao tặng
    300 suất quà …" are both the Korean Red Cross's."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Khám bệnh miễn phí cho người dân Xuyên Mộc\nCập nhật: 20/08/2023\n\n"
        "Từ ngày 14 đến 18/8, đoàn y, bác sĩ tình nguyện của Hội Chữ thập đỏ Hàn Quốc (KRCS) phối "
        "hợp với Hội Chữ thập đỏ tỉnh Bà Rịa - Vũng Tàu tổ chức khám bệnh, cấp thuốc miễn phí cho "
        "người dân huyện Xuyên Mộc. Tổng trị giá thuốc và vật tư y tế do KRCS mang sang cấp phát "
        "cho người dân hơn 200 triệu đồng. Ngoài ra, đoàn còn trao tặng 300 suất quà cho các hộ "
        "nghèo của huyện, tổng trị giá 150 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    assert sorted((g.donors[0], g.value.value) for g in extraction.dataset.donations
                  if g.value) == [("korean-red-cross", 150_000_000),
                                  ("korean-red-cross", 200_000_000)]


def test_a_body_named_again_by_the_initials_of_its_words_then_its_place_gives(tmp_path):
    """"Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh" told first, then "BĐBP tỉnh Hà Tĩnh đã trao
    tặng …": the initials of "Bộ đội Biên phòng" and the same province name that command."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Biên phòng Hà Tĩnh hội đàm với Savannakhet\nCập nhật: 30/06/2024\n\n"
        "Ngày 28/6/2024, tại Cửa khẩu Quốc tế Cầu Treo, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh "
        "đã tổ chức hội đàm với Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào). Nhân dịp này, BĐBP "
        "tỉnh Hà Tĩnh đã trao tặng 40 suất quà, tổng trị giá 60 triệu đồng, cho cán bộ, chiến sĩ "
        "các đơn vị thuộc Bộ Chỉ huy Quân sự tỉnh Savannakhet.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh",)}


def test_the_initials_then_the_place_without_its_kind_name_the_same_body(tmp_path):
    """"Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An" told first, then "BĐBP Nghệ An đã trao
    tặng …": the command, not the province, though "tỉnh" is left out."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Biên phòng Nghệ An hội đàm với Xiêng Khoảng\nCập nhật: 27/06/2024\n\n"
        "Ngày 25/6, tại Cửa khẩu Quốc tế Nậm Cắn, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An đã "
        "tổ chức hội đàm với Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng (Lào). Dịp này, BĐBP Nghệ An "
        "đã trao tặng Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng 10 máy tính xách tay và 100 triệu "
        "đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An",)}


def test_a_one_word_foreign_name_named_again_bare_still_gives(tmp_path):
    """"tổ chức Help – Hilfe zur Selbsthilfe" in the lede, then "Trước đó, năm 2022, Help đã
    hỗ trợ 500 suất quà …": "Help", a word no Vietnamese sentence uses, is that body again;
    and the project the headline says is "tại huyện Lệ Thủy do tổ chức Help tài trợ" goes
    to that district."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Khởi động dự án nhà an toàn tại huyện Lệ Thủy do tổ chức Help tài trợ\nNgày đăng: "
        "09/05/2024\n\nSáng 7/5, Sở Ngoại vụ tỉnh Quảng Bình phối hợp với tổ chức Help – Hilfe "
        "zur Selbsthilfe (CHLB Đức) tổ chức Lễ khởi động dự án.\n\nDự án được Bộ Ngoại giao "
        "Liên bang Đức tài trợ thông qua tổ chức Help, với tổng vốn viện trợ hơn 9,2 tỷ đồng.\n\n"
        "Trước đó, năm 2022, Help đã hỗ trợ 500 suất quà cho các hộ dân bị ảnh hưởng nặng bởi "
        "mưa lũ tại huyện Quảng Ninh với tổng trị giá khoảng 750 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    named = {p.id: p.name_vi for p in extraction.dataset.partners}
    assert sorted((named[g.recipients[0]], g.value.raw) for g in extraction.dataset.donations) \
        == [("huyện Lệ Thủy", "hơn 9,2 tỷ đồng"), ("huyện Quảng Ninh", "khoảng 750 triệu đồng")]


def test_money_sent_through_the_front_to_help_is_a_gift_of_who_sent_it(tmp_path):
    """"Hội người Việt Nam tỉnh Nakhon Phanom (Thái Lan) đã chuyển 150 triệu đồng qua Ủy ban
    MTTQ Việt Nam tỉnh Quảng Bình để ủng hộ đồng bào vùng lũ": the association gives, through
    the front, to the province."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Quảng Bình tiếp nhận hỗ trợ khắc phục lũ\nCập nhật: 23/10/2020\n\nCùng ngày, Hội người "
        "Việt Nam tỉnh Nakhon Phanom (Thái Lan) đã chuyển 150 triệu đồng qua Ủy ban MTTQ Việt Nam "
        "tỉnh Quảng Bình để ủng hộ đồng bào vùng lũ.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Hội người Việt Nam tỉnh Nakhon Phanom",)}


def test_an_acronym_named_again_bare_is_the_body(tmp_path):
    """"Tổ chức JIFF (Nhật Bản)" then "Trước đó, … JIFF cũng đã tài trợ …": JIFF gave the
    earlier gift too (an acronym the article spells out in brackets after a longer name is
    left to that name)."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Bàn giao phòng học do Tổ chức JIFF tài trợ\nNgày đăng: 26/11/2023\n\nSáng 24/11, Tổ "
        "chức JIFF (Nhật Bản) phối hợp với Sở Ngoại vụ tỉnh Quảng Nam tổ chức lễ bàn giao công "
        "trình 4 phòng học cho Trường Tiểu học Trà Leng.\n\nTrước đó, tháng 5/2022, JIFF cũng đã "
        "tài trợ xây dựng 1 nhà bán trú cho học sinh Trường PTDTBT THCS Trà Mai với kinh phí 600 "
        "triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    named = {p.id: p.name_vi for p in extraction.dataset.partners}
    assert [[named[d] for d in g.donors] for g in extraction.dataset.donations
            if g.value and g.value.value == 600_000_000] == [["Tổ chức JIFF"]]


def test_a_bare_hoi_is_the_association_the_headline_names(tmp_path):
    """A congress of the province's friendship association, with a guest association named
    after it: "Hội đã vận động trao tặng …" is the headline's association, the one the
    article speaks of, not the guest's named last; and "Đại hội" (a congress) opens no
    association's name."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Đại hội Hội Hữu nghị Việt Nam – Campuchia tỉnh Tây Ninh lần thứ V\n"
        "Ngày đăng: 10/11/2024\n\n"
        "Sáng 9/11, Hội Hữu nghị Việt Nam – Campuchia tỉnh tổ chức Đại hội đại biểu lần thứ "
        "V. Dự Đại hội có đại diện Hội Hữu nghị Campuchia – Việt Nam tỉnh Tbong Khmum.\n\n"
        "Năm 2021, Hội đã vận động trao tặng tỉnh Svay Rieng 2 máy thở, tổng trị giá hơn 1,3 "
        "tỷ đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Hội Hữu nghị Việt Nam – Campuchia tỉnh Tây Ninh",)}


def test_a_channel_named_again_in_brackets_is_still_the_channel(tmp_path):
    """"thông qua Cơ quan Hợp tác kỹ thuật Bỉ (BTC, nay là Enabel), Chính phủ Bỉ đã viện trợ
    …": the agency the aid went through, known by its new name in brackets, does not give
    beside the government."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Nam Định tiếp Đại sứ Bỉ\nNgày đăng: 13/8/2024\n\n"
        "Năm 2016, thông qua Cơ quan Hợp tác kỹ thuật Bỉ (BTC, nay là Enabel), Chính phủ Bỉ "
        "đã viện trợ 2,3 triệu euro xây dựng hệ thống cấp nước sạch cho huyện Hải Hậu.\n",
        encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Chính phủ Bỉ",)}


def test_a_parish_gives_and_a_venue_opening_the_sentence_does_not(tmp_path):
    """"Giáo xứ Đức Mẹ La Vang (San Jose, Hoa Kỳ) đã trao …": a parish gives by its name.
    "Tại trụ sở Hội Khmer – Việt Nam tỉnh Mondulkiri, đoàn tỉnh Đắk Lắk đã trao …": the
    association whose seat the sentence opens on is where, not who."""
    parish = tmp_path / "giao-xu.txt"
    parish.write_text("Gia Lai, ngày 5/7/2024\n\nBên cạnh đó, Giáo xứ Đức Mẹ La Vang (San Jose, "
                      "Hoa Kỳ) đã trao 5 căn nhà tình thương trị giá 350 triệu đồng cho các hộ "
                      "nghèo tại xã Hà Tây, huyện Chư Păh, tỉnh Gia Lai.\n", encoding="utf-8")
    venue = tmp_path / "tru-so.txt"
    venue.write_text("Đắk Lắk, ngày 3/2/2024\n\nTại trụ sở Hội Khmer – Việt Nam tỉnh Mondulkiri, "
                     "đoàn tỉnh Đắk Lắk đã trao 200 suất quà trị giá 200 triệu đồng.\n",
                     encoding="utf-8")

    assert _givers(article.extract_file(parish)) == {("Giáo xứ Đức Mẹ La Vang",)}
    assert _givers(article.extract_file(venue)) == {("tỉnh Đắk Lắk",)}


def test_the_department_a_report_is_from_gives_nothing_to_people_of_the_province(tmp_path):
    """"Theo Sở Ngoại vụ tỉnh Lâm Đồng, Tổ chức X đã trao … cho các hộ đồng bào K'Ho": the
    households keep the gift in Vietnam, so the department beside the foreign body is no
    giver, as when a school receives."""
    path = tmp_path / "bai.txt"
    path.write_text("Lâm Đồng, ngày 2/10/2023\n\nTheo Sở Ngoại vụ tỉnh Lâm Đồng, Tổ chức Hope "
                    "for Children đã trao 3 căn nhà tình thương trị giá 240 triệu đồng cho các "
                    "hộ đồng bào K'Ho có hoàn cảnh đặc biệt khó khăn.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Tổ chức Hope for Children",)}


def test_a_company_named_again_without_its_trade_word_gives(tmp_path):
    """"Công ty TNHH Thép POSCO Yamato Vina …", then "POSCO Yamato Vina trao 100 suất học
    bổng …": the company named again without its legal form and its trade ("Thép")."""
    path = tmp_path / "bai.txt"
    path.write_text("Bà Rịa - Vũng Tàu, ngày 12/12/2023\n\nSáng 11/12, Công ty TNHH Thép POSCO "
                    "Yamato Vina tổ chức lễ bàn giao 20 căn nhà tình thương trị giá 1,2 tỷ đồng "
                    "cho các hộ nghèo thị xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu.\n\nCùng dịp, POSCO "
                    "Yamato Vina trao 100 suất học bổng cho học sinh nghèo vượt khó, tổng trị "
                    "giá 200 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    assert len(extraction.dataset.donations) == 2
    assert _givers(extraction) == {("Công ty TNHH Thép POSCO Yamato Vina",)}


def test_the_association_written_bare_before_the_verb_is_the_one_named(tmp_path):
    """"… lễ bàn giao nhà tình thương do Hội Người Việt tại bang Victoria (Úc) tài trợ …",
    then "Đợt này, Hội tài trợ xây dựng 20 căn nhà với tổng trị giá 1 tỷ đồng": the
    association named before gives."""
    path = tmp_path / "bai.txt"
    path.write_text("Đồng Tháp, ngày 5/12/2023\n\nSáng 4/12, Sở Ngoại vụ tỉnh Đồng Tháp tổ chức lễ "
                    "bàn giao nhà tình thương do Hội Người Việt tại bang Victoria (Úc) tài trợ "
                    "cho các hộ nghèo của tỉnh.\n\nĐợt này, Hội tài trợ xây dựng 20 căn nhà với "
                    "tổng trị giá 1 tỷ đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    assert [g.value.value for g in extraction.dataset.donations if g.value] == [1_000_000_000]
    assert _givers(extraction) == {("Hội Người Việt tại bang Victoria",)}


def test_a_short_name_in_brackets_after_a_known_body_names_it_again(tmp_path):
    """"Tổ chức Plan International (Plan) …. Ngoài ra, Plan đã hỗ trợ …": the word in
    brackets is the body's own short name, and the later gift is the body's."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Plan International hỗ trợ tỉnh Yên Bái\nNgày đăng: 18/01/2024\n\n"
        "Năm 2023, Tổ chức Plan International (Plan) tiếp tục là đối tác lớn của tỉnh Yên Bái. "
        "Ngoài ra, tháng 7/2023, Plan đã hỗ trợ khẩn cấp khoảng 500 triệu đồng cho các hộ gia "
        "đình bị ảnh hưởng bởi lũ quét tại xã Phong Dụ Thượng, huyện Văn Yên.\n",
        encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Tổ chức Plan International",)}


def test_a_bare_hiep_hoi_before_the_verb_is_the_association_named_before(tmp_path):
    """"Dịp này, Hiệp hội trao tặng Trường … 20 bộ máy tính": the association the article
    named, not the province that hosted the ceremony."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao áo ấm cho học sinh huyện Sốp Cộp\nNgày đăng: 10/12/2023\n\n"
        "Sáng 8/12, Sở Ngoại vụ tỉnh Sơn La phối hợp với Hiệp hội Cứu trợ thảm họa Cầu Hy "
        "vọng Hàn Quốc (Korea Hope Bridge) tổ chức lễ trao tặng áo ấm cho học sinh huyện Sốp "
        "Cộp. Dịp này, Hiệp hội trao tặng Trường PTDTBT Tiểu học Mường Lạn 20 bộ máy tính để "
        "bàn, trị giá 300 triệu đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Tổ chức Hope Bridge",)}


def test_a_known_body_by_the_first_letters_of_its_name(tmp_path):
    """"Tổ chức Samaritan's Purse …. Trước đó, tổ chức SP đã tài trợ …": "SP", never
    spelt out, is the body whose name it abbreviates."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Samaritan's Purse hỗ trợ huyện Xuyên Mộc\nCập nhật: 27/09/2023\n\n"
        "Ngày 25/9, Sở Ngoại vụ tỉnh Bà Rịa – Vũng Tàu phối hợp với Tổ chức Samaritan's Purse "
        "tổ chức hội thảo về nước sạch. Trước đó, tháng 11/2022, tổ chức SP đã tài trợ xây "
        "dựng 2 công trình nước sạch tại xã Hòa Hội, huyện Xuyên Mộc với kinh phí 520 triệu "
        "đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Tổ chức Samaritan's Purse",)}


def test_an_association_of_foreigners_living_here_gives_by_its_name(tmp_path):
    """"Hội người Hàn Quốc tại Bình Dương": Koreans living in the province, an association
    of its own name, as "Hội người Việt Nam tại Lào" is one of Vietnamese abroad."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao quà Tết cho hộ nghèo\nNgày đăng: 16/01/2024\n\n"
        "Ngày 12/1, tại xã Minh Hòa, huyện Dầu Tiếng, tỉnh Bình Dương, Hội người Hàn Quốc tại "
        "Bình Dương trao 200 phần quà Tết cho hộ nghèo xã Minh Hòa, tổng trị giá 100 triệu "
        "đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Hội người Hàn Quốc tại Bình Dương",)}


def test_a_company_named_again_without_the_country_of_its_local_arm(tmp_path):
    """"Công ty TNHH Hyosung Việt Nam …", then "Hyosung đã trao …": the company, not
    nobody and not Vietnam."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao học bổng tại huyện Nhơn Trạch\nNgày đăng: 05/09/2023\n\n"
        "Sáng ngày 1/9/2023, Công ty TNHH Hyosung Việt Nam phối hợp với Sở Ngoại vụ tỉnh Đồng "
        "Nai tổ chức lễ trao học bổng. Trước đó, năm 2022, Hyosung đã trao 250 suất học bổng "
        "trị giá gần 1,2 tỷ đồng cho học sinh huyện Nhơn Trạch.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Công ty TNHH Hyosung Việt Nam",)}


def test_a_company_named_again_by_its_brand(tmp_path):
    """"Công ty TNHH Điện tử Samsung HCMC CE Complex …", then "Dịp này, Samsung cũng trao
    …": the company by the first foreign word of its name."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao phòng máy tính\nCập nhật: 11/10/2023 09:30\n\n"
        "Chiều ngày 9/10/2023, Công ty TNHH Điện tử Samsung HCMC CE Complex phối hợp với Sở "
        "Ngoại vụ TP. Hồ Chí Minh tổ chức lễ khai trương phòng máy tính. Dịp này, Samsung cũng "
        "trao 30 suất học bổng cho học sinh Trường THCS Long Phước, tổng trị giá 90 triệu "
        "đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Công ty TNHH Điện tử Samsung HCMC CE Complex",)}


def test_a_city_of_the_province_held_the_ceremony_and_gave_nothing(tmp_path):
    """"Công ty X phối hợp với Sở Ngoại vụ TP. Hồ Chí Minh và UBND TP. Thủ Đức tổ chức lễ
    trao tặng …": Thủ Đức is a city of the province, no German body, and gives nothing."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao phòng máy tính cho Trường THCS Long Phước\nCập nhật: 11/10/2023 09:30\n\n"
        "Chiều ngày 9/10/2023, Công ty TNHH Điện tử Samsung HCMC CE Complex phối hợp với Sở "
        "Ngoại vụ TP. Hồ Chí Minh và UBND TP. Thủ Đức tổ chức lễ trao tặng phòng máy tính cho "
        "Trường THCS Long Phước, tổng trị giá gần 500 triệu đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Công ty TNHH Điện tử Samsung HCMC CE Complex",)}


def test_an_office_named_again_without_where_it_is(tmp_path):
    """"Văn phòng Kinh tế và Văn hóa Đài Bắc tại TP Hồ Chí Minh" in the lede, then "Văn
    phòng Kinh tế và Văn hóa Đài Bắc đã trao tặng …": the office the gazetteer knows, not a
    new body of the province."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Chủ tịch UBND tỉnh Cà Mau tiếp đoàn TECO\nThứ Sáu, 17/11/2023\n\n"
        "Chiều 16/11, Chủ tịch UBND tỉnh Cà Mau đã tiếp đoàn công tác Văn phòng Kinh tế và Văn "
        "hóa Đài Bắc tại TP Hồ Chí Minh. Trước đó, sáng cùng ngày, Văn phòng Kinh tế và Văn hóa "
        "Đài Bắc đã trao tặng 50 chiếc xe đạp cho học sinh nghèo huyện Trần Văn Thời, tổng trị "
        "giá 150 triệu đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Văn phòng Kinh tế và Văn hóa Đài Bắc tại Thành phố Hồ Chí Minh",)}


def test_an_institute_is_a_body_of_its_own_name(tmp_path):
    """"… do Viện Nara tài trợ toàn bộ": an institute ("Viện …") gives by its name."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trùng tu nhà cổ ở Hội An\nNgày đăng: 09/09/2023\n\n"
        "Sáng 8/9, tại thành phố Hội An, tỉnh Quảng Nam, công trình trùng tu nhà cổ số 77 Trần "
        "Phú được khởi công với tổng kinh phí 45.000 USD, do Viện Nara tài trợ toàn bộ.\n",
        encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Viện Nara",)}


def test_a_body_named_again_by_its_head_and_the_foreign_word_its_name_ends_with(tmp_path):
    """"Viện Nghiên cứu Di sản Văn hóa Quốc gia Nara", then "… do Viện Nara tài trợ": the
    institute named before, by its head and its last word, not a second body."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trùng tu nhà cổ ở Hội An với sự tài trợ của Viện Nghiên cứu Di sản Văn hóa Quốc gia "
        "Nara\nNgày đăng: 09/09/2023\n\n"
        "Sáng 8/9, tại thành phố Hội An, tỉnh Quảng Nam, lễ khởi công trùng tu nhà cổ số 77 "
        "Trần Phú đã được tổ chức.\n\n"
        "Công trình có tổng kinh phí 45.000 USD, do Viện Nara tài trợ toàn bộ.\n",
        encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Viện Nghiên cứu Di sản Văn hóa Quốc gia Nara",)}


def test_whose_gift_the_province_handed_over_gives_it(tmp_path):
    """"Sở Ngoại vụ … phối hợp với UBND huyện tổ chức trao quà hỗ trợ của Hội Người Việt Nam
    tại Pháp cho người dân …": the association whose gift it is gives it; the department
    that handed it over gives nothing, here or in the side gift "đoàn còn trao …"."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Tặng quà người dân Cần Đước\nNgày đăng: 02/04/2024\n\n"
        "Sáng 30/3, tại UBND huyện Cần Đước, Sở Ngoại vụ tỉnh Long An phối hợp với UBND huyện "
        "tổ chức trao quà hỗ trợ của Hội Người Việt Nam tại Pháp (UGVF) cho người dân bị ảnh "
        "hưởng bởi hạn hán.\n\nTổng trị giá quà tặng là 450 triệu đồng, gồm 500 suất quà và 150 "
        "bồn chứa nước.\n\nDịp này, đoàn còn trao 30 suất học bổng với tổng trị giá 60 triệu "
        "đồng cho học sinh Trường THCS Long Hựu Đông.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Hội Người Việt Nam tại Pháp",)}


def test_a_club_named_with_its_district_code_and_shorter_in_the_headline(tmp_path):
    """"Hiệp hội Câu lạc bộ Lions Quận 300-A1": the district's code is part of the name; the
    headline's "Câu lạc bộ Lions" giving the same three houses is the same giver, one gift."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Bàn giao 3 căn nhà tình thương do Câu lạc bộ Lions tài trợ tại huyện Cái Bè\n"
        "Ngày đăng: 10/10/2023\n\nNgày 7/10, tại xã Hậu Thành, huyện Cái Bè, Sở Ngoại vụ tỉnh "
        "Tiền Giang phối hợp với UBND huyện Cái Bè tổ chức lễ bàn giao 3 căn nhà tình thương do "
        "Hiệp hội Câu lạc bộ Lions Quận 300-A1 (Đài Loan, Trung Quốc) tài trợ cho 3 hộ nghèo "
        "trên địa bàn xã. Tổng kinh phí tài trợ khoảng 240 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    assert len(extraction.dataset.donations) == 1
    assert _givers(extraction) == {("Hiệp hội Câu lạc bộ Lions Quận 300-A1",)}


def test_the_mekong_river_commission_named_without_its_international_word(tmp_path):
    """"Ủy hội sông Mê Công trao tặng …": the commission the gazetteer knows, named short."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Lãnh đạo TP Cần Thơ tiếp đoàn MRC\nNgày đăng: 05/08/2024\n\n"
        "Chiều 2/8, tại thành phố Cần Thơ, Ủy hội sông Mê Công trao tặng Trung tâm Quan trắc Tài "
        "nguyên và Môi trường TP Cần Thơ 02 bộ thiết bị quan trắc, trị giá 20.000 USD.\n",
        encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Ủy hội sông Mê Công Quốc tế",)}


def test_a_city_abroad_named_again_by_its_name_alone_gives(tmp_path):
    """"đoàn công tác thành phố Kanazawa (tỉnh Ishikawa, Nhật Bản)", then "đoàn Kanazawa trao
    tặng Trung tâm Festival Huế bộ sưu tập 30 tác phẩm …": the city gives, not the province;
    "bộ" counts the things, it ends the receiver's name."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Tiếp đoàn thành phố Kanazawa\nNgày đăng: 12/06/2023\n\nChiều 10/6, đoàn công tác thành "
        "phố Kanazawa (tỉnh Ishikawa, Nhật Bản) đã đến chào xã giao lãnh đạo UBND tỉnh Thừa "
        "Thiên Huế.\n\nDịp này, đoàn Kanazawa trao tặng Trung tâm Festival Huế bộ sưu tập 30 tác "
        "phẩm sơn mài, trị giá khoảng 15.000 USD.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    names = {p.id: p.name_vi for p in extraction.dataset.partners}

    assert [([names[d] for d in g.donors], [names[r] for r in g.recipients])
            for g in extraction.dataset.donations] == [
        (["thành phố Kanazawa"], ["Trung tâm Festival Huế"])]


def test_a_city_abroad_named_by_its_own_kind_gives(tmp_path):
    """"Phó Thị trưởng thành phố Toulouse", then "Toulouse Métropole đã tài trợ khoảng 200
    triệu đồng …": the city, by its own word for its kind, gives; not the province."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Hà Nội và Toulouse ký Biên bản ghi nhớ\nNgày đăng: 08/11/2023\n\nChiều 6/11, Phó Chủ tịch "
        "UBND thành phố Hà Nội đã hội đàm với bà Claire Dubois, Phó Thị trưởng thành phố "
        "Toulouse.\n\nTrước đó, năm 2019, Toulouse Métropole đã tài trợ khoảng 200 triệu đồng xây "
        "dựng công trình nước sạch cho Trường Tiểu học Minh Quang, huyện Ba Vì.\n",
        encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("thành phố Toulouse",)}


def test_the_department_whose_director_led_the_delegation_gives_nothing_of_its_own(tmp_path):
    """"đoàn công tác tỉnh Quảng Bình do ông Đặng Quốc Bảo, Giám đốc Sở Ngoại vụ dẫn đầu đã
    trao số tiền 1.000.000.000 đồng của tỉnh Quảng Bình …": "dẫn đầu" ends the department's
    name; the province gives, to the Lao province."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Quảng Bình hỗ trợ tỉnh Khăm Muộn\nNgày đăng: 21/09/2023\n\nSáng 19/9, tại thành phố "
        "Thakhek, đoàn công tác tỉnh Quảng Bình do ông Đặng Quốc Bảo, Giám đốc Sở Ngoại vụ dẫn "
        "đầu đã trao số tiền 1.000.000.000 đồng của tỉnh Quảng Bình hỗ trợ chính quyền và nhân "
        "dân tỉnh Khăm Muộn (Lào) khắc phục hậu quả mưa lũ.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    assert [(g.donors, g.recipients) for g in extraction.dataset.donations] == [
        (["quang-binh"], ["khammouane"])]


def test_a_delegation_named_for_no_one_is_the_headlines_body(tmp_path):
    """"Hội thánh Onnuri (Hàn Quốc) trao quà Tết …" in the headline, "Đoàn do Mục sư …
    dẫn đầu", then "đoàn đã trao tặng 200 suất quà …": the delegation is the body's."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Hội thánh Onnuri (Hàn Quốc) trao quà Tết cho người dân xã Thượng Hóa\nNgày đăng: "
        "15/01/2024\n\nSáng 12/1, tại xã Thượng Hóa, huyện Minh Hóa, Hội thánh Onnuri phối hợp "
        "với Sở Ngoại vụ tỉnh Quảng Bình tổ chức chương trình trao quà Tết.\n\nĐoàn do Mục sư "
        "Park Jin-woo dẫn đầu.\n\nTại chương trình, đoàn đã trao tặng 200 suất quà Tết cho "
        "người dân xã Thượng Hóa, tổng trị giá khoảng 350 triệu đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Hội thánh Onnuri",)}


def test_whose_things_a_summarys_list_names_after_them_gives_them(tmp_path):
    """"…; khoản viện trợ phi dự án gồm 500 suất quà … của Tổ chức Good Neighbors
    International (GNI, Hàn Quốc) cho …": the body named after the things gives them, not
    the giver of the list's line before."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Quảng Trị sơ kết công tác viện trợ\nNgày đăng: 10/07/2024\n\nCác dự án tiêu biểu "
        "được phê duyệt trong kỳ gồm: Dự án \"Chăm sóc sức khỏe bà mẹ tại huyện Đakrông\" của "
        "Tổ chức Tầm nhìn Thế giới (World Vision) trị giá gần 3 tỷ đồng; khoản viện trợ phi dự "
        "án gồm 500 suất quà và 20 bộ máy tính của Tổ chức Good Neighbors International (GNI, "
        "Hàn Quốc) cho các trường học trên địa bàn huyện Hải Lăng, tỉnh Quảng Trị, trị giá "
        "khoảng 200 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    assert sorted((g.donors, g.value.raw) for g in extraction.dataset.donations) == [
        (["gni"], "khoảng 200 triệu đồng"), (["world-vision"], "gần 3 tỷ đồng")]


def test_a_programme_named_by_its_acronym_gives_as_its_owner(tmp_path):
    """"Chương trình viện trợ … (GGP) của Chính phủ Nhật Bản", then "Chương trình GGP đã tài
    trợ 92.300 USD …": the Government of Japan gives, not the province."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Bàn giao Trường Tiểu học Lộc Thạnh\nCập nhật: 23/02/2024\n\nSáng 21/2, UBND huyện Lộc "
        "Ninh, tỉnh Bình Phước tổ chức lễ bàn giao 6 phòng học Trường Tiểu học Lộc Thạnh thuộc "
        "Chương trình viện trợ không hoàn lại cho các dự án an ninh con người cấp cơ sở (GGP) "
        "của Chính phủ Nhật Bản.\n\nTrước đó, năm 2021, Chương trình GGP đã tài trợ 92.300 USD "
        "xây dựng Trạm Y tế xã Thiện Hưng, huyện Bù Đốp.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    names = {p.id: p.name_vi for p in extraction.dataset.partners}
    assert [([names[d] for d in g.donors], g.value.raw) for g in extraction.dataset.donations
            if g.value] == [(["Chính phủ Nhật Bản"], "92.300 USD")]


def test_whose_project_a_summarys_line_names_gives_it(tmp_path):
    """"…; dự án xây dựng nhà vệ sinh … của Tổ chức Plan International, trị giá …; chương
    trình phẫu thuật miễn phí cho 45 trẻ em … của Tổ chức Operation Smile, kinh phí …":
    each line's own body gives, not the giver of the line before."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Bình Phước sơ kết viện trợ\nNgày đăng: 15/07/2024\n\nMột số dự án tiêu biểu của tỉnh "
        "Bình Phước gồm: Chương trình Phát triển vùng huyện Bù Gia Mập do Tổ chức Tầm nhìn Thế "
        "giới (World Vision) tài trợ với kinh phí 6,2 tỷ đồng; dự án xây dựng nhà vệ sinh cho "
        "các trường học tại huyện Bù Đăng của Tổ chức Plan International, trị giá "
        "1.350.000.000 đồng; chương trình phẫu thuật miễn phí cho 45 trẻ em bị dị tật khe hở "
        "môi của Tổ chức Operation Smile, kinh phí khoảng 900 triệu đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    assert [(g.donors, g.value.raw) for g in extraction.dataset.donations] == [
        (["world-vision"], "6,2 tỷ đồng"), (["plan-international"], "1.350.000.000 đồng"),
        (["operation-smile"], "khoảng 900 triệu đồng")]


def test_a_body_whose_seat_the_delegation_gave_at_gives_nothing(tmp_path):
    """"Đoàn công tác tỉnh Bình Phước … đã đến thăm …", then "Sáng 3/2, tại trụ sở Hội
    Khmer – Việt Nam tỉnh Kratie, Đoàn đã thăm hỏi và trao 200 suất quà …": where the gift
    was handed over is no giver; the province's delegation gives."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Bình Phước tặng quà bà con người gốc Việt tại Kratie\nNgày đăng: 05/02/2024\n\nNgày "
        "2/2, Đoàn công tác tỉnh Bình Phước đã đến thăm bà con người gốc Việt tại tỉnh Kratie, "
        "Vương quốc Campuchia.\n\nSáng 3/2, tại trụ sở Hội Khmer – Việt Nam tỉnh Kratie, Đoàn đã "
        "thăm hỏi và trao 200 suất quà cho bà con người gốc Việt có hoàn cảnh khó khăn, tổng "
        "trị giá 150 triệu đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("tỉnh Bình Phước",)}


def test_a_headline_gift_with_no_giver_is_the_bodys_gift_of_that_count(tmp_path):
    """"Trao 500 suất quà hỗ trợ ngư dân huyện Tuy An …" above "Tổ chức CARE Quốc tế tại
    Việt Nam … trao 500 suất quà cho các hộ ngư dân …": one gift, CARE's; the province was
    only guessed as the headline's giver."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao 500 suất quà hỗ trợ ngư dân huyện Tuy An bị ảnh hưởng bởi mưa lũ\nNgày đăng: "
        "28/11/2023\n\nNgày 25/11, Tổ chức CARE Quốc tế tại Việt Nam phối hợp với Sở Ngoại vụ "
        "tỉnh Phú Yên và UBND huyện Tuy An trao 500 suất quà cho các hộ ngư dân bị thiệt hại do "
        "mưa lũ, tổng giá trị khoảng 750 triệu đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Tổ chức CARE Quốc tế",)}


def test_one_givers_total_through_several_projects_is_its_gift(tmp_path):
    """"Năm 2023, Plan International đã viện trợ cho tỉnh Kon Tum hơn 53,8 tỉ đồng thông qua
    6 chương trình, dự án …": one giver's total, a gift, however many projects carried it."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Kon Tum tiếp Plan International\nNgày đăng: 10/03/2024\n\nTại buổi làm việc, bà Kate "
        "Morrison cho biết Kon Tum là một trong những địa bàn ưu tiên của Plan International. "
        "Năm 2023, Plan International đã viện trợ cho tỉnh Kon Tum hơn 53,8 tỉ đồng thông qua 6 "
        "chương trình, dự án trong các lĩnh vực giáo dục, nước sạch.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    assert [(g.donors, g.recipients, g.value.raw) for g in extraction.dataset.donations] == [
        (["plan-international"], ["kon-tum"], "hơn 53,8 tỉ đồng")]


def test_works_of_a_project_handed_over_are_the_funders_gift(tmp_path):
    """"… tổ chức lễ bàn giao 4 công trình cấp nước … thuộc Dự án "…" do Cơ quan Phát triển và
    Hợp tác Thụy Sĩ tài trợ.", priced in the next paragraph: the works are the agency's gift
    at that price, not a project with nothing given."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Bàn giao 4 công trình cấp nước tại huyện Đà Bắc\nThứ Sáu, 18/08/2023\n\n"
        "Ngày 16/8, tại xã Tiền Phong, huyện Đà Bắc, Tổ chức Helvetas Việt Nam phối hợp với UBND "
        "huyện Đà Bắc tổ chức lễ bàn giao 4 công trình cấp nước sinh hoạt tập trung thuộc Dự án "
        "\"Nước sạch và vệ sinh cho cộng đồng vùng cao\" do Cơ quan Phát triển và Hợp tác Thụy "
        "Sĩ tài trợ.\n\nBốn công trình được xây dựng tại các xã Tiền Phong, Vầy Nưa và Cao Sơn "
        "với tổng kinh phí 1.250.000.000 đồng.\n\nXuân Trường – Sở Ngoại vụ Hòa Bình\n",
        encoding="utf-8")

    extraction = article.extract_file(path)
    [gift] = extraction.dataset.donations

    assert _givers(extraction) == {("Cơ quan Phát triển và Hợp tác Thụy Sĩ",)}
    assert gift.value.raw == "1.250.000.000 đồng"


def test_an_acronym_never_spelt_out_that_gives_is_the_giver(tmp_path):
    """"Tại chương trình, UGVF đã trao 300 suất quà Trung thu … cho trẻ em các xã …, trị giá
    150 triệu đồng": the acronym gives as written; the province's department, which held
    the programme, does not."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao quà Trung thu cho trẻ em huyện Hương Khê\nNgày đăng: 27/09/2023\n\nSáng 26/9, Sở "
        "Ngoại vụ tỉnh Hà Tĩnh phối hợp với UBND huyện Hương Khê tổ chức chương trình \"Trung "
        "thu yêu thương\".\n\nTại chương trình, UGVF đã trao 300 suất quà Trung thu cho trẻ em các "
        "xã Hương Lâm, Phú Gia và Hương Liên, trị giá 150 triệu đồng.\n\nThảo Nguyên – Sở Ngoại "
        "vụ\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("UGVF",)}


def test_a_consulate_general_by_its_letters_and_named_bare_gives(tmp_path):
    """"TLSQ Trung Quốc tại Đà Nẵng đã trao tặng …" is the consulate general by the letters
    of its head word; "Trước đó, năm 2022, Tổng Lãnh sự quán đã trao tặng …" is the one the
    article named."""
    path = tmp_path / "bai.txt"
    path.write_text((
        "Quảng Ngãi tiếp Tổng Lãnh sự Trung Quốc\nNgày đăng: 24/10/2023\n\nChiều 23/10, Chủ "
        "tịch UBND tỉnh Quảng Ngãi đã tiếp Tổng Lãnh sự quán Trung Quốc tại Đà Nẵng.\n\nDịp "
        "này, TLSQ Trung Quốc tại Đà Nẵng đã trao tặng 100 suất học bổng cho học sinh nghèo "
        "huyện Bình Sơn, tổng trị giá 200 triệu đồng.\n\nTrước đó, năm 2022, Tổng Lãnh sự quán "
        "đã trao tặng tỉnh Quảng Ngãi 50 máy tính bảng, trị giá 150 triệu đồng.\n\nMinh Thư – "
        "Sở Ngoại vụ\n"), encoding="utf-8")
    extraction = article.extract_file(path)

    givers = _givers(extraction)
    assert len(givers) == 1 and next(iter(givers))[0].startswith("Tổng Lãnh sự quán Trung Quốc")
    assert sorted(g.value.value for g in extraction.dataset.donations) == [150_000_000,
                                                                            200_000_000]


def test_a_pagoda_named_bare_gives_as_the_one_named_before(tmp_path):
    """"Dịp Tết Giáp Thìn 2024, chùa đã trao 400 suất quà …": the pagoda the article named,
    in the year of that Tết."""
    path = tmp_path / "bai.txt"
    path.write_text((
        "Chùa Viên Giác tặng quà Tết\nNgày đăng: 14/01/2025\n\nNgày 12/1, Sở Ngoại vụ tỉnh Lạng "
        "Sơn tổ chức trao 500 suất quà Tết do Chùa Viên Giác (thành phố Hannover, CHLB Đức) "
        "trao tặng cho các hộ nghèo huyện Đình Lập, tổng trị giá 350 triệu đồng.\n\nDịp Tết "
        "Giáp Thìn 2024, chùa đã trao 400 suất quà cho hộ nghèo huyện Bình Gia, trị giá 240 "
        "triệu đồng.\n\nSở Ngoại vụ Lạng Sơn\n"), encoding="utf-8")
    extraction = article.extract_file(path)

    assert _givers(extraction) == {("Chùa Viên Giác",)}
    earlier = [g for g in extraction.dataset.donations if g.value.value == 240_000_000]
    assert [g.when.start.year for g in earlier] == [2024]


def test_a_un_agency_that_hands_over_what_a_state_funds_gives_with_it(tmp_path):
    """"WHO tổ chức lễ bàn giao trang thiết bị … dự án … do Chính phủ Nhật Bản tài trợ": the
    agency that runs the project gives with the state that pays, though WHO gives a sum of
    its own further on."""
    path = tmp_path / "bai.txt"
    path.write_text((
        "WHO bàn giao trang thiết bị tiêm chủng cho Gia Lai\nNgày đăng: 06/10/2023\n\nSáng 5/10, "
        "tại thành phố Pleiku, Tổ chức Y tế Thế giới (WHO) tổ chức lễ bàn giao trang thiết bị "
        "cho Sở Y tế tỉnh Gia Lai. Đây là hoạt động trong khuôn khổ dự án \"Tăng cường năng lực "
        "tiêm chủng\" do Chính phủ Nhật Bản tài trợ.\n\nCác trang thiết bị gồm 12 tủ lạnh bảo "
        "quản vắc xin, tổng trị giá 1.500.000.000 đồng.\n\nTrước đó, năm 2020, WHO đã hỗ trợ "
        "khẩn cấp 30.000 USD cho công tác phòng chống dịch.\n\nSở Ngoại vụ Gia Lai\n"),
        encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Chính phủ Nhật Bản", "Tổ chức Y tế Thế giới"), ("Tổ chức Y tế Thế giới",)}


def test_caritas_vietnam_gives_by_its_letters_and_its_name(tmp_path):
    """"UBBAXH – Caritas Việt Nam đã trao tặng 100 suất quà …": the Catholic charity at home
    gives, under one name however it is written."""
    path = tmp_path / "bai.txt"
    path.write_text((
        "Caritas trao quà cho hộ nghèo\nNgày đăng: 27/09/2023\n\nNgày 26/9, tại xã Nậm Khòa, "
        "Ủy ban Bác ái Xã hội – Caritas Việt Nam phối hợp với Sở Ngoại vụ tỉnh Hà Giang tổ chức "
        "lễ bàn giao nhà ở cho hộ nghèo.\n\nDịp này, UBBAXH – Caritas Việt Nam đã trao tặng 100 "
        "suất quà cho các hộ nghèo xã Nậm Khòa, tổng trị giá 50 triệu đồng.\n\nSở Ngoại vụ Hà "
        "Giang\n"), encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Ủy ban Bác ái Xã hội – Caritas Việt Nam",)}


def test_a_headline_gift_read_the_wrong_way_joins_the_bodys(tmp_path):
    """"Hội đàm giữa tỉnh Quảng Nam và tỉnh Sê Kông (Lào), trao hỗ trợ 1,5 tỷ đồng" above
    "tỉnh Quảng Nam trao tặng tỉnh Sê Kông 1,5 tỷ đồng": one gift, the way the body tells
    it, not a second one from Sê Kông."""
    path = tmp_path / "bai.txt"
    path.write_text((
        "Hội đàm giữa tỉnh Quảng Nam và tỉnh Sê Kông (Lào), trao hỗ trợ 1,5 tỷ đồng\nNgày đăng: "
        "28/02/2024\n\nChiều 26/2, Đoàn đại biểu tỉnh Quảng Nam đã có buổi hội đàm với Đoàn đại "
        "biểu tỉnh Sê Kông.\n\nDịp này, tỉnh Quảng Nam trao tặng tỉnh Sê Kông 1,5 tỷ đồng hỗ "
        "trợ xây dựng Trạm y tế huyện Kaleum.\n\nSở Ngoại vụ Quảng Nam\n"), encoding="utf-8")

    gifts = article.extract_file(path).dataset.donations
    assert [(g.donors, g.recipients) for g in gifts] == [(["quang-nam"], ["sekong"])]


def test_a_fund_named_in_the_headline_by_some_of_its_words_gives_once(tmp_path):
    """"… do Quỹ POSCO 1% tài trợ" in the headline, "… do Quỹ Chia sẻ 1% POSCO (POSCO 1%
    Nanum Foundation, Hàn Quốc) tài trợ" in the body: one fund, named with the share its
    name holds, and one gift."""
    path = tmp_path / "bai.txt"
    path.write_text((
        "Bàn giao 2 cây cầu dân sinh do Quỹ POSCO 1% tài trợ tại huyện Ba Tơ\nNgày đăng: "
        "05/12/2023\n\nSáng 1/12, Sở Ngoại vụ tỉnh Quảng Ngãi phối hợp với UBND huyện Ba Tơ tổ "
        "chức lễ bàn giao 2 cây cầu dân sinh do Quỹ Chia sẻ 1% POSCO (POSCO 1% Nanum "
        "Foundation, Hàn Quốc) tài trợ, tổng kinh phí 1.800.000.000 đồng.\n\nSở Ngoại vụ Quảng "
        "Ngãi\n"), encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Quỹ Chia sẻ 1% POSCO",)}


def test_a_body_every_province_has_is_none_on_a_page_that_names_no_province(tmp_path):
    """"UBND tỉnh và Tổ chức PeaceTrees Vietnam đã ký …" on a page that never names its
    province: the committee is no particular province's (not Hà Giang's, whose committee
    the seed data knows by that name too), so no signing with it is read."""
    path = tmp_path / "bai.txt"
    path.write_text((
        "Sơ kết công tác viện trợ phi chính phủ nước ngoài\nNgày đăng: 12/07/2024\n\nNgày 12/3, "
        "UBND tỉnh và Tổ chức PeaceTrees Vietnam đã ký Biên bản ghi nhớ hợp tác giai đoạn "
        "2024–2028.\n\nHoàng Anh – Sở Ngoại vụ\n"), encoding="utf-8")

    parties = [a.parties for a in article.extract_file(path).dataset.agreements]
    assert not any("ha-giang-peoples-committee" in p for p in parties)


def test_a_fund_glossed_in_english_is_no_company_of_its_first_word(tmp_path):
    """"Quỹ Học bổng Lotte (Lotte Scholarship Foundation) đã trao 100 suất học bổng cho sinh
    viên …" after "Tập đoàn Lotte": the fund gives alone."""
    path = tmp_path / "bai.txt"
    path.write_text((
        "Nghệ An tiếp Tập đoàn Lotte\nNgày đăng: 22/08/2023\n\nSáng 21/8, Phó Chủ tịch UBND "
        "tỉnh Nghệ An đã tiếp đoàn công tác Tập đoàn Lotte (Hàn Quốc).\n\nChiều cùng ngày, tại "
        "Trường Đại học Vinh, Quỹ Học bổng Lotte (Lotte Scholarship Foundation) đã trao 100 "
        "suất học bổng cho sinh viên có thành tích học tập tốt, tổng trị giá 300 triệu đồng."
        "\n\nSở Ngoại vụ Nghệ An\n"), encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Quỹ Học bổng Lotte",)}


def test_the_delegation_gives_with_the_association_that_helped_it(tmp_path):
    """"đoàn phối hợp với Hội Khmer – Việt Nam tại Campuchia chi hội tỉnh Kampong Chhnang
    trao 300 suất quà Tết …": the province's delegation gave; the association helped."""
    path = tmp_path / "bai.txt"
    path.write_text((
        "Đồng Nai thăm tỉnh Kampong Chhnang\nNgày đăng: 29/01/2024\n\nTừ ngày 25 đến 27/1, đoàn "
        "công tác tỉnh Đồng Nai đã đến thăm và làm việc tại tỉnh Kampong Chhnang, Vương quốc "
        "Campuchia.\n\nDịp này, đoàn trao tặng chính quyền tỉnh Kampong Chhnang 20.000 USD.\n\n"
        "Chiều cùng ngày, đoàn phối hợp với Hội Khmer – Việt Nam tại Campuchia chi hội tỉnh "
        "Kampong Chhnang trao 300 suất quà Tết cho bà con người gốc Việt, tổng trị giá 450 "
        "triệu đồng.\n\nSở Ngoại vụ Đồng Nai\n"), encoding="utf-8")

    assert [g.donors for g in article.extract_file(path).dataset.donations] == [
        ["dong-nai"], ["dong-nai"]]


def test_the_givers_share_told_next_is_the_gifts_value(tmp_path):
    """"…, với tổng kinh phí 1.380.000.000 đồng. Trong đó, PeaceTrees Vietnam tài trợ
    1.200.000.000 đồng, phần còn lại do ngân sách huyện đối ứng": one gift, of the share the
    giver paid."""
    path = tmp_path / "bai.txt"
    path.write_text((
        "Khánh thành điểm trường mẫu giáo tại Hướng Hóa\nNgày đăng: 18/03/2024\n\nSáng 15/3, "
        "Tổ chức PeaceTrees Vietnam (Hoa Kỳ) phối hợp với UBND huyện Hướng Hóa tổ chức lễ khánh "
        "thành và bàn giao điểm trường thôn Cheng.\n\nĐiểm trường gồm 2 phòng học, với tổng "
        "kinh phí 1.380.000.000 đồng. Trong đó, PeaceTrees Vietnam tài trợ 1.200.000.000 đồng, "
        "phần còn lại do ngân sách huyện Hướng Hóa đối ứng.\n\nSở Ngoại vụ Quảng Trị\n"),
        encoding="utf-8")

    assert [g.value.value for g in article.extract_file(path).dataset.donations] == [
        1_200_000_000]


def test_the_gifts_a_union_handed_out_were_donated_by_who_the_next_sentence_says(tmp_path):
    """"Liên hiệp các tổ chức hữu nghị tỉnh Quảng Bình phối hợp với UBND huyện Lệ Thủy tổ
    chức trao 300 suất quà …. Số quà trên do Hội người Việt Nam tại Cộng hòa Liên bang Đức
    quyên góp": the association abroad gave; the province's union handed the gifts out."""
    path = tmp_path / "bai.txt"
    path.write_text((
        "Trao quà cho người dân vùng lũ\nNgày đăng: 08/11/2024\n\nNgày 7/11/2024, Liên hiệp các "
        "tổ chức hữu nghị tỉnh Quảng Bình phối hợp với UBND huyện Lệ Thủy tổ chức trao 300 suất "
        "quà cho các hộ gia đình bị thiệt hại nặng. Số quà trên do Hội người Việt Nam tại Cộng "
        "hòa Liên bang Đức quyên góp.\n\nSở Ngoại vụ Quảng Bình\n"), encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Hội người Việt Nam tại Cộng hòa Liên bang Đức",)}


def test_a_body_named_again_in_brackets_with_its_country_is_one_giver(tmp_path):
    """"Tổ chức Trẻ em Vùng cao (Enfants des Hauts Plateaux, Pháp) trao …" and "Hiệp hội
    Thúc đẩy Giáo dục và Đào tạo ở nước ngoài (APEFE, Vương quốc Bỉ) tài trợ …": the other
    name or the acronym in brackets, then the country the body is from, name the body
    before; each body gives alone, under its whole Vietnamese name."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Thừa Thiên Huế: viện trợ 6 tháng đầu năm 2024\nCập nhật: 10/07/2024\n\nMột số khoản "
        "viện trợ tiêu biểu như: Tổ chức Trẻ em Vùng cao (Enfants des Hauts Plateaux, Pháp) trao "
        "350 suất học bổng cho học sinh trên địa bàn tỉnh, tổng trị giá hơn 1,3 tỷ đồng; Hiệp "
        "hội Thúc đẩy Giáo dục và Đào tạo ở nước ngoài (APEFE, Vương quốc Bỉ) tài trợ dự án đào "
        "tạo nghề du lịch với kinh phí khoảng 3,1 tỷ đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Tổ chức Trẻ em Vùng cao",), ("Hiệp hội Thúc đẩy Giáo dục và Đào tạo ở nước ngoài",)}


def test_a_bodys_own_delegation_gives_for_it(tmp_path):
    """"Dịp này, đoàn công tác của Cơ quan Nước Loire-Bretagne đã trao tặng 100 bình lọc
    nước cho học sinh …": "của" after the delegation says whose it is; the body gives, not
    the province."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Vĩnh Long tiếp nhận trạm cấp nước\nCập nhật: 12/12/2023\n\nDịp này, đoàn công tác của "
        "Cơ quan Nước Loire-Bretagne đã trao tặng 100 bình lọc nước cho học sinh Trường Tiểu "
        "học Hựu Thành.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Cơ quan Nước Loire-Bretagne",)}


def test_a_foreign_agency_opening_a_sentence_after_its_year_gives(tmp_path):
    """"Năm 2023, Cơ quan Nước Loire-Bretagne (Pháp) tài trợ …": the comma after the year
    opens the sentence; the agency after it is no description of a body before."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Vĩnh Long tiếp nhận trạm cấp nước\nCập nhật: 12/12/2023\n\nNăm 2023, Cơ quan Nước "
        "Loire-Bretagne (Pháp) tài trợ 2,3 tỷ đồng xây dựng trạm cấp nước sạch cho xã Hựu "
        "Thành.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Cơ quan Nước Loire-Bretagne",)}


def test_turkish_saudi_and_qatari_donors_are_known_by_their_names(tmp_path):
    """"Cơ quan Hợp tác và Điều phối Thổ Nhĩ Kỳ (TIKA)", "Trung tâm Cứu trợ và Nhân đạo Nhà
    vua Salman", "Tổ chức Từ thiện Qatar (Qatar Charity)": agencies and charities of Turkey,
    Saudi Arabia and Qatar the gazetteer knows, whichever name the page gives them."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "An Giang: viện trợ 6 tháng đầu năm 2024\nCập nhật: 10/07/2024\n\nCơ quan Hợp tác và "
        "Điều phối Thổ Nhĩ Kỳ (TIKA) tài trợ 850 triệu đồng cho Trường Tiểu học A Châu Phong; "
        "Trung tâm Cứu trợ và Nhân đạo Nhà vua Salman trao 2.000 phần quà Ramadan trị giá 1,1 "
        "tỷ đồng cho hộ nghèo người Chăm; Tổ chức Từ thiện Qatar (Qatar Charity) tài trợ 600 "
        "triệu đồng khoan 20 giếng nước cho xã Quốc Thái.\n", encoding="utf-8")

    assert {g.donors[0] for g in article.extract_file(path).dataset.donations} == {
        "tika", "ksrelief", "qatar-charity"}


def test_a_school_paid_for_by_a_fund_with_an_acronym_stops_before_do(tmp_path):
    """"… bàn giao công trình Trường Mầm non Hòa Lợi do Quỹ Hy Vọng Xanh (GHF, Singapore) tài
    trợ …": the school's name ends before "do", not at the fund's acronym in brackets; the
    fund gives, the school receives."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Bàn giao trường mầm non tại huyện Bến Cát\nCập nhật: 10/05/2024\n\nNgày 8/5, UBND "
        "huyện Bến Cát tổ chức lễ bàn giao công trình Trường Mầm non Hòa Lợi do Quỹ Hy Vọng "
        "Xanh (GHF, Singapore) tài trợ với kinh phí 2 tỷ đồng.\n", encoding="utf-8")

    extraction = article.extract_file(path)
    names = {p.id: p.name_vi for p in extraction.dataset.partners}

    assert [([names[d] for d in g.donors], [names[r] for r in g.recipients])
            for g in extraction.dataset.donations] == [
        (["Quỹ Hy Vọng Xanh"], ["Trường Mầm non Hòa Lợi"])]


def test_a_charity_fund_is_named_whole(tmp_path):
    """"Quỹ từ thiện Sunrise Kids (Úc)": what kind of fund, in lower case, then its name; the
    fund is the giver by its whole name."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao học bổng cho học sinh nghèo\nCập nhật: 02/09/2024\n\nNgày 30/8, Quỹ từ thiện "
        "Sunrise Kids (Úc) trao 100 suất học bổng trị giá 200 triệu đồng cho học sinh nghèo "
        "huyện Châu Thành.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Quỹ từ thiện Sunrise Kids",)}


def test_the_fund_named_before_gives_as_quy_in_lower_case(tmp_path):
    """"Năm nay, quỹ trao 150 suất học bổng …": the fund the article named before, by its
    head word alone, in lower case after the comma."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao học bổng tại Long An\nCập nhật: 20/10/2024\n\nNgày 18/10, Quỹ Hoa Sen Xanh (Thái "
        "Lan) phối hợp với Sở Ngoại vụ tổ chức lễ trao học bổng năm học 2024–2025.\n\nNăm nay, "
        "quỹ trao 150 suất học bổng, tổng trị giá 300 triệu đồng, cho học sinh có hoàn cảnh "
        "khó khăn.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Quỹ Hoa Sen Xanh",)}


def test_a_grant_handed_over_for_a_named_project_is_a_gift(tmp_path):
    """"Đoàn đã trao khoản tài trợ 40.000 EUR … cho Hội Nông dân tỉnh Bạc Liêu để thực hiện
    dự án "…"": the project named in quotes is what the sum is for; the sum is a gift."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Đại sứ quán Ireland làm việc tại Bạc Liêu\nCập nhật: 15/11/2023\n\nChiều 14/11, Phó Chủ "
        "tịch UBND tỉnh Bạc Liêu đã tiếp Đoàn công tác Đại sứ quán Ireland tại Việt Nam.\n\n"
        "Cùng ngày, Đoàn đã trao khoản tài trợ 40.000 EUR cho Hội Nông dân tỉnh Bạc Liêu để "
        "thực hiện dự án \"Sinh kế cho nông dân nuôi tôm\" tại huyện Hòa Bình trong 12 tháng.\n",
        encoding="utf-8")

    extraction = article.extract_file(path)
    names = {p.id: p.name_vi for p in extraction.dataset.partners}

    assert [([names[r] for r in g.recipients], g.value.raw)
            for g in extraction.dataset.donations] == [
        (["Hội Nông dân tỉnh Bạc Liêu"], "40.000 EUR")]


def test_terre_des_hommes_is_known_by_tdh(tmp_path):
    """"Terre des hommes Foundation (Tdh)", then "Tdh will provide …": the foundation the
    gazetteer knows, by the short name it goes by."""
    path = tmp_path / "page.txt"
    path.write_text(
        "Posted on 5 March 2024\n\nTdh launches child protection project in Bac Lieu\n\nOn 4 "
        "March, Terre des hommes Foundation (Tdh) launched a child protection project in Bac "
        "Lieu province. Tdh will provide EUR 150,000 to Bac Lieu province for the project.\n",
        encoding="utf-8")

    assert {g.donors[0] for g in article.extract_file(path).dataset.donations} == {
        "terre-des-hommes"}


def test_a_gift_given_back_is_no_share_of_the_gift_it_answers(tmp_path):
    """The province "trao tặng tỉnh Houaphanh 200 xe đạp …", then "tỉnh Houaphanh đã trao
    tặng 80 suất quà cho các gia đình chính sách tại huyện Quế Phong": two gifts, one each
    way; and "Bên cạnh đó, công tác vận động viện trợ … tổng giá trị giải ngân …" prices
    neither."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Nghệ An: Tổng kết hợp tác với các tỉnh của Lào năm 2023\nCập nhật: 10/01/2024\n\n"
        "Trong năm, tỉnh Nghệ An đã hỗ trợ tỉnh Xiengkhouang 1,5 tỷ đồng xây dựng nhà văn hóa; "
        "trao tặng tỉnh Houaphanh 200 xe đạp cho học sinh nghèo vượt khó.\n\nỞ chiều ngược "
        "lại, tháng 9/2023, tỉnh Houaphanh đã trao tặng 80 suất quà cho các gia đình chính "
        "sách tại huyện Quế Phong.\n\nBên cạnh đó, công tác vận động viện trợ phi chính phủ "
        "nước ngoài tiếp tục đạt kết quả tích cực, với tổng giá trị giải ngân cả năm hơn 5,4 "
        "triệu USD.\n", encoding="utf-8")

    gifts = article.extract_file(path).dataset.donations

    assert [(g.donors, g.recipients, g.value) for g in gifts if g.donors][1:] == [
        (["nghe-an"], ["houaphanh"], None), (["houaphanh"], ["extracted-huyen-que-phong"], None)]


def test_a_temple_from_a_place_abroad_makes_no_news_of_the_province_there(tmp_path):
    """"Chùa Seiun-ji (tỉnh Shizuoka, Nhật Bản) trao tặng 2.000 áo ấm …" in a report of Lâm
    Đồng: Shizuoka is where the temple is, not a province Lâm Đồng gives to, so the year's
    disbursement stays no gift of Lâm Đồng's; "Caritas Áo" is the Austrian Caritas."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Lâm Đồng: Báo cáo viện trợ năm 2023\nCập nhật: 15/01/2024\n\nTheo báo cáo, năm 2023 "
        "trên địa bàn tỉnh có 17 tổ chức PCPNN hoạt động, giải ngân khoảng 7,4 tỷ đồng. Một số "
        "khoản viện trợ nổi bật gồm: Caritas Áo tài trợ dự án cấp nước sạch cho 3 buôn thuộc "
        "xã Đạ Sar, huyện Lạc Dương, trị giá 1,8 tỷ đồng; Chùa Seiun-ji (tỉnh Shizuoka, Nhật "
        "Bản) trao tặng 2.000 áo ấm cho học sinh huyện Đam Rông, trị giá khoảng 300 triệu "
        "đồng.\n", encoding="utf-8")

    gifts = article.extract_file(path).dataset.donations

    assert [g.donors for g in gifts] == [["caritas-austria"], ["extracted-chua-seiun-ji"]]


def test_a_mission_named_by_its_head_word_gives_as_the_one_named_before(tmp_path):
    """"Tổng Lãnh sự quán Nhật Bản tại TP. Hồ Chí Minh … trao tặng 80 suất quà …", then
    "Cùng dịp, Tổng Lãnh sự quán trao tặng chùa …": the consulate gives again; the province
    the temple is in gives nothing."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Tổng Lãnh sự quán Nhật Bản tặng quà hộ nghèo\nCập nhật: 09/04/2025\n\n"
        "Ngày 8/4, tại chùa Kh'leang, tỉnh Sóc Trăng, Tổng Lãnh sự quán Nhật Bản tại TP. Hồ Chí "
        "Minh trao tặng 80 suất quà cho hộ nghèo đồng bào Khmer, tổng trị giá 40 triệu đồng."
        "\n\nCùng dịp, Tổng Lãnh sự quán trao tặng chùa Kh'leang 10 bộ kinh bằng tiếng Pali.\n",
        encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Tổng Lãnh sự quán Nhật Bản tại Thành phố Hồ Chí Minh",)}


def test_a_group_of_a_bodys_volunteers_gives_under_its_own_name(tmp_path):
    """"Nhóm tình nguyện viên JICA tại Phú Yên phối hợp với Công ty TNHH Kaneda Việt Nam tổ
    chức trao tặng 200 xe đạp …": the volunteers' group gives, with the company; JICA, whose
    name the group bears, gives nothing."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Trao tặng 200 xe đạp cho học sinh huyện Sơn Hòa\nCập nhật: 05/09/2024\n\nSáng 4/9, "
        "Nhóm tình nguyện viên JICA tại Phú Yên phối hợp với Công ty TNHH Kaneda Việt Nam tổ "
        "chức trao tặng 200 xe đạp cho học sinh có hoàn cảnh khó khăn trên địa bàn huyện Sơn "
        "Hòa, tổng trị giá gần 300 triệu đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {
        ("Nhóm tình nguyện viên JICA tại Phú Yên", "Công ty TNHH Kaneda Việt Nam")}


def test_a_project_that_granted_a_sum_is_its_funders(tmp_path):
    """"Theo báo cáo, trong năm 2023, dự án đã cấp 200 suất học bổng … với tổng giá trị 1 tỷ
    đồng" on a page about a foundation's scholarship project: the foundation gives, not the
    province; "dự án đã hỗ trợ trồng 300 ha rừng", with no sum, gives nothing."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Quảng Ngãi tổng kết dự án học bổng của Quỹ Học bổng Sao Mai\n"
        "Cập nhật: 20/12/2023\n\n"
        "Ngày 19/12, Sở Ngoại vụ tỉnh Quảng Ngãi phối hợp với Quỹ Học bổng Sao Mai (Canada) tổ "
        "chức hội nghị tổng kết dự án học bổng năm 2023.\n\n"
        "Theo báo cáo, trong năm 2023, dự án đã cấp 200 suất học bổng cho học sinh nghèo tại "
        "huyện Sơn Hà, với tổng giá trị 1 tỷ đồng. Dự án đã hỗ trợ trồng 300 ha rừng tại 12 "
        "thôn.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Quỹ Học bổng Sao Mai",)}


def test_teams_a_body_says_it_will_mobilise_are_no_gift(tmp_path):
    """"Ông X, Giám đốc quốc gia tổ chức NPA tại Việt Nam cho biết đơn vị sẽ huy động 3 đội
    khảo sát và 2 đội rà phá tham gia dự án": teams to be sent, not a gift; the project's
    grant is the one gift."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Khởi động dự án rà phá bom mìn tại Quảng Trị\nCập nhật: 12/01/2024\n\n"
        "Ngày 11/1/2024, Ban Chỉ đạo 504 tỉnh Quảng Trị phối hợp với Tổ chức Viện trợ Nhân dân "
        "Na Uy (NPA) tổ chức Lễ khởi động Dự án rà phá bom mìn tại huyện Hướng Hóa.\n\nDự án do "
        "Bộ Ngoại giao Hoa Kỳ tài trợ, NPA là đơn vị thực hiện, với tổng kinh phí 300.000 USD."
        "\n\nÔng Jonah Wilson, Giám đốc quốc gia NPA tại Việt Nam cho biết đơn vị sẽ huy động 3 "
        "đội khảo sát và 2 đội rà phá tham gia dự án.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Bộ Ngoại giao Hoa Kỳ",)}


def test_what_a_project_handed_out_is_its_funders_not_whose_ward_it_upgraded(tmp_path):
    """"Sau 4 năm thực hiện, dự án đã hỗ trợ …, trao tặng 300 xe lăn …, nâng cấp Khoa Nhi
    của Bệnh viện Đa khoa tỉnh …": the 300 wheelchairs are the funder's gift; the hospital
    whose ward the project upgraded gives nothing."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Tổng kết dự án hỗ trợ người khuyết tật tại Quảng Trị\nCập nhật: 28/9/2023\n\nNgày "
        "27/9/2023, Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị tổ chức hội nghị tổng "
        "kết dự án hỗ trợ người khuyết tật.\n\nDự án do Tổ chức Hỗ trợ Phục hồi Chức năng Quốc "
        "tế (IRS) tài trợ với tổng kinh phí hơn 1 triệu đô la Mỹ. Sau 4 năm thực hiện, dự án "
        "đã hỗ trợ phục hồi chức năng cho hơn 1.500 người khuyết tật, trao tặng 300 xe lăn và "
        "dụng cụ trợ giúp, nâng cấp Khoa Nhi của Bệnh viện Đa khoa tỉnh và đào tạo 80 cán bộ y "
        "tế.\n", encoding="utf-8")

    extraction = article.extract_file(path)

    assert _givers(extraction) == {("Tổ chức Hỗ trợ Phục hồi Chức năng Quốc tế",)}
    [gift] = extraction.dataset.donations
    assert [i.quantity.value for i in gift.items if i.quantity] == [300]


def test_whose_funds_a_giver_spends_gives_with_it(tmp_path):
    """"UNFPA viện trợ không hoàn lại 200.000 USD từ nguồn tài trợ của Chính phủ Hàn Quốc":
    UNFPA and the government whose funds it spends give; an embassy handing over what its
    own government paid for is one giver."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Khởi động dự án chăm sóc sức khỏe sinh sản tại Kon Tum\nNgày đăng: 05/04/2024\n\n"
        "Ngày 4/4/2024, Sở Y tế tỉnh Kon Tum phối hợp với Quỹ Dân số Liên hợp quốc (UNFPA) tổ "
        "chức lễ khởi động dự án.\n\nDự án có tổng vốn khoảng 240.000 USD, trong đó UNFPA viện "
        "trợ không hoàn lại 200.000 USD từ nguồn tài trợ của Chính phủ Hàn Quốc; phần còn lại "
        "là vốn đối ứng từ ngân sách tỉnh.\n", encoding="utf-8")
    funded = tmp_path / "dsq.txt"
    funded.write_text(
        "Đại sứ quán Nhật Bản trao xe cứu thương cho Sơn La\nCập nhật: 05/04/2024\n\nNgày "
        "4/4/2024, Đại sứ quán Nhật Bản tại Việt Nam trao tặng 2 xe cứu thương cho Bệnh viện Đa "
        "khoa tỉnh Sơn La từ nguồn vốn của Chính phủ Nhật Bản.\n", encoding="utf-8")

    [givers] = _givers(article.extract_file(path))
    [embassy] = article.extract_file(funded).dataset.donations

    assert len(givers) == 2 and "Chính phủ Hàn Quốc" in givers
    assert len(embassy.donors) == 1


def test_a_body_the_headline_names_alone_is_of_the_country_its_brackets_name(tmp_path):
    """"Hội Thiện nguyện Sarang Incheon tặng quà Tết …" in the headline, "… phối hợp với Hội
    Thiện nguyện Sarang Incheon (Incheon Sarang Volunteer Association, Hàn Quốc) trao 120
    suất quà" below: a Korean body, whose Vietnamese spelling said nothing; it gives, not the
    province's union it works with."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Hội Thiện nguyện Sarang Incheon tặng quà Tết cho hộ nghèo huyện Giao Thủy\nCập nhật: "
        "30/01/2024\n\nNgày 29/01/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định (LHHN) "
        "phối hợp với Hội Thiện nguyện Sarang Incheon (Incheon Sarang Volunteer Association, Hàn "
        "Quốc) trao 120 suất quà Tết cho các hộ nghèo xã Giao Lạc, huyện Giao Thủy.\n",
        encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Hội Thiện nguyện Sarang Incheon",)}


def test_some_organisations_of_two_countries_are_no_giver_named(tmp_path):
    """"Ngoài ra, một số tổ chức của Hàn Quốc và Nhật Bản đã trao học bổng, quà tặng … khoảng
    1,5 tỷ đồng": givers no one names; the province gives nothing to its partner city."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Thái Bình: 6 tháng tiếp nhận 10 tỷ đồng viện trợ\nCập nhật: 08/07/2024\n\nTheo báo cáo "
        "của Sở Ngoại vụ, 6 tháng đầu năm 2024, tỉnh Thái Bình đã tiếp nhận 12 khoản viện trợ "
        "phi chính phủ nước ngoài. Trong đó, Hội Chữ thập đỏ thành phố Busan tài trợ xây dựng 10 "
        "căn nhà nhân đạo cho hộ nghèo huyện Tiền Hải, trị giá 500 triệu đồng. Ngoài ra, một số "
        "tổ chức của Hàn Quốc và Nhật Bản đã trao học bổng, quà tặng cho học sinh với tổng trị "
        "giá khoảng 1,5 tỷ đồng.\n", encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Hội Chữ thập đỏ thành phố Busan",)}


def test_who_paid_for_the_things_just_given_gives_with_the_giver(tmp_path):
    """"UNICEF đã trao tặng 300 bộ dụng cụ vệ sinh …. Các thiết bị được mua sắm từ nguồn tài
    trợ của Chính phủ Nhật Bản": one gift, from UNICEF and the government that paid."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "UNICEF trao dụng cụ vệ sinh cho trường học Điện Biên\nCập nhật: 05/04/2024\n\nNgày "
        "4/4/2024, Quỹ Nhi đồng Liên hợp quốc (UNICEF) đã trao tặng 300 bộ dụng cụ vệ sinh trị "
        "giá 20.000 USD cho Sở Giáo dục và Đào tạo tỉnh Điện Biên. Các thiết bị được mua sắm từ "
        "nguồn tài trợ của Chính phủ Nhật Bản.\n", encoding="utf-8")

    [givers] = _givers(article.extract_file(path))

    assert len(givers) == 2 and "Chính phủ Nhật Bản" in givers


def test_a_continent_after_a_dash_belongs_to_the_name(tmp_path):
    """"Tổ chức Hỗ trợ Trẻ em Đức – châu Á (Deutsche Kinderhilfe Asien e.V. – DKA)", then
    "Tổng vốn viện trợ không hoàn lại của DKA là 180.000 EUR": one body, by its whole name
    and its acronym, gives."""
    path = tmp_path / "bai.txt"
    path.write_text(
        "Khởi động dự án dinh dưỡng tại Tương Dương\nCập nhật: 12/03/2025\n\nNgày 11/3, UBND "
        "huyện Tương Dương phối hợp với Tổ chức Hỗ trợ Trẻ em Đức – châu Á (Deutsche Kinderhilfe "
        "Asien e.V. – DKA) tổ chức lễ khởi động dự án dinh dưỡng.\n\nTổng vốn viện trợ không "
        "hoàn lại của DKA là 180.000 EUR; vốn đối ứng của huyện hơn 200 triệu đồng.\n",
        encoding="utf-8")

    assert _givers(article.extract_file(path)) == {("Tổ chức Hỗ trợ Trẻ em Đức – châu Á",)}
