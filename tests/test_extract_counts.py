"""How many of each thing a gift gave, on sentences written for each reading: every count
in a list is one, whatever is written between the number and the thing; a number that says
whose receivers, or a building's size, counts no gift. Checked on the extraction alone."""

from extracting import extract_text as _extract


def _counts(extraction) -> list[list[str]]:
    return [sorted(i.quantity.value for i in g.items if i.quantity)
            for g in extraction.dataset.donations]


def test_every_count_in_an_english_list_is_one(tmp_path):
    """"3 infant incubators, 2 LED phototherapy units and 1 non-invasive breathing support
    (CPAP) machine": three things, an acronym before or inside a name notwithstanding."""
    extraction = _extract(tmp_path, "Posted: 14/05/2024\n\nOn May 13, the Rotary Club of Saigon "
                          "handed over neonatal care equipment worth USD 35,000 to Tu Du "
                          "Hospital in Ho Chi Minh City. The donation includes 3 infant "
                          "incubators, 2 LED phototherapy units and 1 non-invasive breathing "
                          "support (CPAP) machine.\n")

    assert [[str(v) for v in c] for c in _counts(extraction)] == [["1", "2", "3"]]


def test_a_headline_that_adds_up_a_givers_gifts_below_is_no_gift_of_its_own(tmp_path):
    """"X trao 2.000 phần quà Tết …" above "… đoàn đã trao 1.200 phần quà cho …" and "… trao
    800 phần quà cho …": two gifts, of 1.200 and 800; the headline's 2.000 is their sum."""
    extraction = _extract(tmp_path, "Quỹ Từ thiện Tzu Chi trao 2.000 phần quà Tết cho người dân "
                          "hai huyện biên giới\nCập nhật: 26/01/2024\n\n"
                          "Ngày 24/1, Quỹ Từ thiện Tzu Chi phối hợp với Sở Ngoại vụ tỉnh Bình "
                          "Phước tổ chức chương trình trao quà Tết cho hộ nghèo tại hai huyện "
                          "biên giới Lộc Ninh và Bù Đốp.\n\n"
                          "Buổi sáng, tại Nhà văn hóa huyện Lộc Ninh, đoàn đã trao 1.200 phần "
                          "quà cho người dân các xã Lộc Thạnh và Lộc Tấn, tổng trị giá hơn 600 "
                          "triệu đồng.\n\n"
                          "Chiều cùng ngày, đoàn tiếp tục có mặt tại huyện Bù Đốp để trao 800 "
                          "phần quà cho người dân các xã Hưng Phước và Phước Thiện, trị giá gần "
                          "400 triệu đồng.\n")

    assert sorted(_counts(extraction)) == [[800], [1200]]


def test_where_a_project_runs_counts_no_gift_and_its_aid_is_its_value(tmp_path):
    """"… dự án được triển khai tại 25 trường … với tổng kinh phí gần 3 tỷ đồng từ nguồn
    viện trợ không hoàn lại của UNICEF": the schools are where; the sum is UNICEF's gift."""
    extraction = _extract(tmp_path, "Tổng kết dự án nước sạch trường học tại Trà Vinh\n"
                          "Cập nhật: 15/12/2023\n\n"
                          "Theo báo cáo tại hội nghị, dự án được triển khai tại 25 trường tiểu "
                          "học thuộc các huyện Trà Cú và Cầu Ngang, tỉnh Trà Vinh với tổng kinh "
                          "phí gần 3 tỷ đồng từ nguồn viện trợ không hoàn lại của UNICEF.\n")

    [gift] = extraction.dataset.donations

    assert gift.value.raw == "gần 3 tỷ đồng"
    assert _counts(extraction) == [[]]


def test_an_english_count_of_sets_of_a_long_named_thing_is_one(tmp_path):
    """"received 10 sets of solar photovoltaic training equipment worth EUR 30,000": ten."""
    extraction = _extract(tmp_path, "Posted: 15/11/2023\n\nNinh Thuan Vocational College on "
                          "November 14 received 10 sets of solar photovoltaic training equipment "
                          "worth EUR 30,000 from the German Agency for International Cooperation "
                          "(GIZ).\n")

    assert _counts(extraction) == [[10]]


def test_an_english_count_with_the_things_kind_in_quotes_is_one(tmp_path):
    """'hand over 12 "great solidarity" houses to poor households …': twelve houses, worth the
    total cost the next sentence gives."""
    extraction = _extract(tmp_path, "Posted: 18/04/2024\n\nOn April 17, the Hanul Sharing "
                          "Foundation (HSF) of the Republic of Korea held a ceremony to hand over "
                          "12 \"great solidarity\" houses to poor households in Pai Lung commune, "
                          "Meo Vac district, Ha Giang province. The total cost was VND 720 "
                          "million.\n")

    [gift] = extraction.dataset.donations

    assert _counts(extraction) == [[12]]
    assert gift.value.raw == "VND 720 million"


def test_the_things_a_headline_gave_are_counted_three_sentences_below(tmp_path):
    """A headline gift with no figure, the ceremony, two sentences on who attended, then
    "Số thiết bị được trao lần này gồm 2 máy …, tổng trị giá hơn 800 triệu đồng": that gift,
    counted and priced."""
    extraction = _extract(tmp_path, "Câu lạc bộ Rotary Hà Nội trao tặng thiết bị y tế cho Trung "
                          "tâm Y tế huyện Sóc Sơn\nCập nhật: 14/03/2024\n\n"
                          "Sáng 13/3, tại Trung tâm Y tế huyện Sóc Sơn (Hà Nội), Câu lạc bộ Rotary "
                          "Hà Nội đã tổ chức lễ trao tặng trang thiết bị y tế phục vụ công tác "
                          "khám, chữa bệnh cho nhân dân trên địa bàn huyện.\n\n"
                          "Tham dự buổi lễ có ông Nguyễn Văn Thành, Phó Chủ tịch UBND huyện Sóc "
                          "Sơn; đại diện Sở Y tế Hà Nội. Về phía nhà tài trợ có ông David "
                          "Whitmore, Chủ tịch Câu lạc bộ Rotary Hà Nội.\n\n"
                          "Số thiết bị được trao lần này gồm 2 máy theo dõi bệnh nhân, 1 máy siêu "
                          "âm xách tay và 20 bộ dụng cụ sơ cứu, tổng trị giá hơn 800 triệu đồng.\n")

    [gift] = extraction.dataset.donations

    assert gift.value.raw == "hơn 800 triệu đồng"
    assert _counts(extraction) == [[1, 2, 20]]


def test_one_of_a_thing_opening_or_closing_an_english_list_is_a_count(tmp_path):
    """"comprising one colour Doppler ultrasound machine, three patient monitors …" and "…
    four patient monitors and one portable ultrasound system": "one" is a count of one."""
    extraction = _extract(tmp_path, "Posted: 10/05/2024\n\nOn May 9, KOFIH handed over medical "
                          "equipment worth USD 50,000 to Bac Ninh General Hospital. The "
                          "equipment, comprising one colour Doppler ultrasound machine, three "
                          "patient monitors and two syringe pumps, was installed in the "
                          "emergency department.\n\n"
                          "On May 10, Operation Smile handed over equipment worth USD 45,000 to "
                          "Phu Tho General Hospital. The equipment, including two anaesthesia "
                          "machines, four patient monitors and one portable ultrasound system, "
                          "will be installed in the surgery department.\n")

    assert sorted(_counts(extraction)) == [[1, 2, 3], [1, 2, 4]]


def test_one_or_an_inside_an_english_list_is_a_count(tmp_path):
    """"two patient monitors, one portable ultrasound machine and 20 beds", "including an
    ultrasound machine and 10 infusion pumps": "one" inside a list and "an" before counted
    things are counts of one; "one of" is not."""
    extraction = _extract(tmp_path, "Posted: 10/05/2024\n\nOn May 9, KOFIH handed over medical "
                          "equipment worth USD 50,000 to Bac Ninh General Hospital. The "
                          "donation includes two patient monitors, one portable ultrasound "
                          "machine and 20 hospital beds.\n\n"
                          "On May 10, Operation Smile handed over equipment worth USD 45,000 to "
                          "Phu Tho General Hospital. The equipment, including an ultrasound "
                          "machine and 10 infusion pumps, will be used in the surgery "
                          "department, one of the busiest in the province.\n")

    assert sorted(_counts(extraction)) == [[1, 2, 20], [1, 10]]


def test_what_a_giver_gave_along_with_its_scholarships_is_part_of_the_gift(tmp_path):
    """"… 120 học sinh … đã nhận học bổng … do Công ty X trao tặng. … Cùng với học bổng, công
    ty còn trao 30 chiếc xe đạp …. Tổng trị giá … gần 400 triệu đồng.": one gift, of 120
    scholarships and 30 bicycles, worth the total."""
    extraction = _extract(tmp_path, "Trao học bổng cho học sinh huyện Lâm Bình\n"
                          "Cập nhật: 07/10/2023\n\n"
                          "Ngày 6/10/2023, tại huyện Lâm Bình, tỉnh Tuyên Quang, 120 học sinh có "
                          "hoàn cảnh khó khăn đã nhận học bổng do Công ty TNHH Straits Harvest "
                          "(Singapore) trao tặng.\n\n"
                          "Mỗi suất học bổng trị giá 2 triệu đồng. Cùng với học bổng, công ty còn "
                          "trao 30 chiếc xe đạp cho các em học sinh ở xa trường. Tổng trị giá số "
                          "học bổng và quà tặng gần 400 triệu đồng.\n")

    [gift] = extraction.dataset.donations

    assert _counts(extraction) == [[30, 120]]
    assert gift.value.raw == "gần 400 triệu đồng"


def test_what_the_sum_just_given_pays_for_is_counted_with_it(tmp_path):
    """"… trao tặng tỉnh Mondulkiri số tiền 1,5 tỷ đồng. Khoản hỗ trợ được dùng để xây dựng 4
    phòng học … và mua 200 suất quà …": one gift of 1,5 tỷ đồng, counting 4 and 200."""
    extraction = _extract(tmp_path, "Tỉnh Đắk Nông trao tặng 1,5 tỷ đồng cho tỉnh Mondulkiri\n"
                          "Cập nhật: 05/12/2023\n\n"
                          "Nhân dịp này, thay mặt lãnh đạo tỉnh Đắk Nông, ông Trương Văn Lực đã "
                          "trao tặng tỉnh Mondulkiri số tiền 1,5 tỷ đồng. Khoản hỗ trợ được dùng "
                          "để xây dựng 4 phòng học tại huyện Koh Nhek và mua 200 suất quà cho các "
                          "hộ nghèo ở những xã giáp biên giới với Việt Nam.\n")

    assert _counts(extraction) == [[4, 200]]


def test_a_sum_for_each_house_is_the_price_of_one(tmp_path):
    """"… với mức hỗ trợ 60 triệu đồng mỗi nhà, tổng kinh phí 300 triệu đồng": the gift is
    worth the total; 60 million is what one house cost."""
    extraction = _extract(tmp_path, "Bàn giao 5 ngôi nhà đại đoàn kết ở Mường Lát\n"
                          "Thứ Hai, 19/8/2024\n\n"
                          "Ngày 17/8, Hội Hữu nghị Nhật – Việt tỉnh Hyogo bàn giao 5 ngôi nhà "
                          "đại đoàn kết cho các hộ nghèo xã Trung Lý, huyện Mường Lát, tỉnh Thanh "
                          "Hóa, với mức hỗ trợ 60 triệu đồng mỗi nhà, tổng kinh phí 300 triệu "
                          "đồng.\n")

    assert [g.value.raw for g in extraction.dataset.donations] == ["300 triệu đồng"]


def test_a_rounded_sum_in_the_headline_is_the_exact_sum_below(tmp_path):
    """"Kon Tum hỗ trợ gần 1,5 tỷ đồng xây dựng trạm y tế …" above "… hỗ trợ 1 tỷ 450 triệu
    đồng …": one gift, worth the exact sum; "hơn 800 triệu" is not 780 million."""
    from loaders.article import events

    extraction = _extract(tmp_path, "Kon Tum hỗ trợ gần 1,5 tỷ đồng xây dựng trạm y tế tại tỉnh "
                          "Attapeu (Lào)\nCập nhật: 20/06/2024\n\n"
                          "Ngày 19/6, UBND tỉnh Kon Tum đã trao 1 tỷ 450 triệu đồng hỗ trợ tỉnh "
                          "Attapeu xây dựng trạm y tế bản Nong Kham.\n")

    assert [g.value.raw for g in extraction.dataset.donations] == ["1 tỷ 450 triệu đồng"]
    assert events.same_sum("hơn 800 triệu đồng", "820 triệu đồng")
    assert not events.same_sum("hơn 800 triệu đồng", "780 triệu đồng")
    assert not events.same_sum("gần 1,5 tỷ đồng", "1 tỷ 200 triệu đồng")


def test_a_total_with_one_counted_part_is_one_gift_with_those_things(tmp_path):
    """"Tổng trị giá hỗ trợ là 1 tỷ 500 triệu đồng, trong đó có 1 tỷ đồng tiền mặt và 500
    suất quà …": one gift, of the total, with its 500 packages; not a second gift of the
    packages alone."""
    extraction = _extract(tmp_path, "Tỉnh Lai Châu hỗ trợ tỉnh Luang Namtha khắc phục lũ\n"
                          "Cập nhật: 12/09/2024\n\n"
                          "Ngày 11/9, đoàn công tác tỉnh Lai Châu đã trao hỗ trợ tỉnh Luang "
                          "Namtha, nước CHDCND Lào khắc phục thiệt hại do mưa lũ.\n\n"
                          "Tổng trị giá hỗ trợ là 1 tỷ 500 triệu đồng, trong đó có 1 tỷ đồng "
                          "tiền mặt và 500 suất quà gồm gạo, dầu ăn, chăn màn, dành cho các hộ "
                          "gia đình bị thiệt hại.\n")

    [gift] = extraction.dataset.donations

    assert (gift.value.value, _counts(extraction)) == (1_500_000_000, [[500]])


def test_hundreds_and_tens_in_words_count_in_full(tmp_path):
    """"Two hundred wheelchairs were presented to … on June 3 by the X Association": the
    association gives 200, not 2; "one hundred and fifty bicycles" is 150."""
    wheelchairs = _extract(tmp_path, "Posted: 04/06/2024\n\nTwo hundred wheelchairs were "
                           "presented to people with disabilities in Hiep Hoa district of Bac "
                           "Giang province on June 3 by the Sakura Bridge Association, a "
                           "non-profit organisation from Kyoto, Japan.\n")
    bicycles = _extract(tmp_path, "Posted: 04/06/2024\n\nOn June 3, the Lotus Charity Fund "
                        "presented one hundred and fifty bicycles worth VND 300 million to "
                        "pupils in Kim Bang district, Ha Nam province.\n")

    assert _counts(wheelchairs) == [[200]]
    assert [p.name_en or p.name_vi for p in wheelchairs.dataset.partners
            if p.id == wheelchairs.dataset.donations[0].donors[0]] == [
        "Sakura Bridge Association"]
    assert _counts(bicycles) == [[150]]


def test_a_clause_of_what_each_gift_holds_then_the_total_prices_the_gift_before(tmp_path):
    """"… trao tặng tỉnh Tbong Khmum 500 suất quà …; mỗi suất quà gồm gạo, nhu yếu phẩm và
    300.000 đồng tiền mặt, tổng trị giá 250 triệu đồng": one gift of 500, at the total."""
    extraction = _extract(tmp_path, "Tây Ninh tặng quà tỉnh Tbong Khmum\nNgày đăng: 12/04/2024\n\n"
                          "Dịp này, Đoàn đại biểu tỉnh Tây Ninh đã trao tặng tỉnh Tbong Khmum "
                          "500 suất quà để hỗ trợ các hộ gia đình có hoàn cảnh khó khăn tại huyện "
                          "Memot; mỗi suất quà gồm gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, "
                          "tổng trị giá 250 triệu đồng.\n")

    assert [(g.value.raw if g.value else None, [str(v) for v in c]) for g, c in zip(
        extraction.dataset.donations, _counts(extraction))] == [("250 triệu đồng", ["500"])]


def test_an_english_count_of_things_named_for_a_festival_is_one(tmp_path):
    """"PLF presented 500 Mid-Autumn gift packages, including mooncakes …, and 50 bicycles":
    500 packages and 50 bicycles, the festival's hyphened name notwithstanding."""
    extraction = _extract(tmp_path, "Posted: 16/09/2024\n\nAt the programme, the Pacific Links "
                          "Foundation presented 500 Mid-Autumn gift packages, including "
                          "mooncakes, lanterns and school supplies, and 50 bicycles to children "
                          "in Hong Ngu district, with a total value of about VND 250 million."
                          "\n\nDong Thap DOFA\n")

    assert _counts(extraction) == [[50, 500]]


def test_a_second_verb_with_its_count_starts_a_second_thing(tmp_path):
    """"đã trao 450 suất học bổng và khánh thành 5 thư viện trường học … với tổng kinh phí
    hơn 1,3 tỷ đồng": 450 scholarships and 5 libraries, not one thing named by the rest."""
    extraction = _extract(tmp_path, "Gia hạn thỏa thuận hợp tác\nCập nhật: 14/11/2023\n\nNăm "
                          "2023, Tổ chức Sunflower Mission đã trao 450 suất học bổng và khánh "
                          "thành 5 thư viện trường học trên địa bàn tỉnh với tổng kinh phí hơn "
                          "1,3 tỷ đồng.\n\nPhương Linh – Sở Ngoại vụ Thừa Thiên Huế\n")

    assert _counts(extraction) == [[5, 450]]


def test_a_storms_number_counts_nothing_and_drinking_water_is_a_thing(tmp_path):
    """"… khắc phục hậu quả cơn bão số 3 (bão Yagi)": the storm's number is no count;
    "1.000 thùng nước uống đóng chai" is water given ("5 nước" would be countries)."""
    extraction = _extract(tmp_path, (
        "Bách Sắc trao tặng hàng cứu trợ cho Cao Bằng\nCập nhật: 20/09/2024\n\nChiều 18/9, Sở "
        "Ngoại vụ tỉnh Cao Bằng đã tiếp nhận lô hàng cứu trợ do thành phố Bách Sắc (Trung Quốc) "
        "trao tặng nhằm hỗ trợ người dân khắc phục hậu quả cơn bão số 3 (bão Yagi).\n\nLô hàng "
        "gồm 2.000 thùng mì tôm, 500 chăn bông và 1.000 thùng nước uống đóng chai, tổng trị giá "
        "hơn 1,7 tỉ đồng.\n\nSở Ngoại vụ Cao Bằng\n"))

    assert _counts(extraction) == [[500, 1000, 2000]]


def test_a_water_works_capacity_counts_nothing(tmp_path):
    """"Công trình có công suất 20 m³/giờ …, cung cấp nước sạch cho 450 hộ dân": how much
    water an hour the works give, and the households it serves, are no things given."""
    extraction = _extract(tmp_path, (
        "Bàn giao trạm cấp nước sạch\nCập nhật: 12/12/2023\n\nNăm 2023, Cơ quan Nước "
        "Loire-Bretagne (Pháp) tài trợ 2,3 tỷ đồng xây dựng trạm cấp nước sạch có công suất 20 "
        "m³/giờ cho xã Hựu Thành, huyện Trà Ôn, tỉnh Vĩnh Long.\n\nSở Ngoại vụ Vĩnh Long\n"))

    assert _counts(extraction) == [[]]



def test_counts_shared_out_after_trong_do_are_the_whole(tmp_path):
    """"… trao 120 suất học bổng …, trong đó huyện Sơn Tây 70 suất, huyện Minh Long 50 suất":
    120 scholarships, shared out between two districts, not 240."""
    extraction = _extract(tmp_path, (
        "Trao học bổng cho học sinh Quảng Ngãi\nCập nhật: 25/09/2024\n\nNgày 23/9, Hội Phật giáo "
        "Jōkō (Nhật Bản) trao 120 suất học bổng trị giá 240 triệu đồng cho học sinh nghèo vượt "
        "khó tại huyện Sơn Tây và huyện Minh Long, trong đó huyện Sơn Tây 70 suất, huyện Minh "
        "Long 50 suất.\n"))

    assert _counts(extraction) == [[120]]


def test_a_total_after_tong_cong_prices_the_gift_just_told(tmp_path):
    """"… trao 120 suất học bổng …. Mỗi suất học bổng trị giá 2 triệu đồng, tổng cộng 240
    triệu đồng.": the sum after "tổng cộng" is the gift's price."""
    extraction = _extract(tmp_path, (
        "Trao học bổng cho học sinh Quảng Ngãi\nCập nhật: 25/09/2024\n\nNgày 23/9, Hội Phật giáo "
        "Jōkō (Nhật Bản) trao 120 suất học bổng cho học sinh nghèo vượt khó tại huyện Sơn Tây. "
        "Mỗi suất học bổng trị giá 2 triệu đồng, tổng cộng 240 triệu đồng.\n"))

    [gift] = extraction.dataset.donations
    assert gift.value.value == 240_000_000


def test_a_posts_number_before_cho_counts_nothing(tmp_path):
    """"… bàn giao công trình trụ sở Đồn Biên phòng 609 cho Bộ Chỉ huy Quân sự tỉnh Xê Kông":
    609 is the post's number, not 609 of something given."""
    extraction = _extract(tmp_path, (
        "Bàn giao trụ sở đồn biên phòng\nCập nhật: 20/11/2023\n\nNgày 19/11/2023, UBND tỉnh "
        "Quảng Nam tổ chức lễ bàn giao công trình trụ sở Đồn Biên phòng 609 cho Bộ Chỉ huy "
        "Quân sự tỉnh Xê Kông, trị giá 3 tỷ đồng.\n"))

    assert _counts(extraction) == [[]]


def test_what_a_project_does_counts_for_its_gift(tmp_path):
    """"Dự án do X tài trợ với tổng kinh phí 40.000 USD …. Nội dung chính gồm …, lắp đặt 120 bể
    chứa nước cho các hộ gia đình …": the tanks are the project's, one gift, not the
    province's gift to anyone."""
    extraction = _extract(tmp_path, (
        "Khởi động dự án nước sạch tại huyện Đakrông\nCập nhật: 10/04/2024\n\nNgày 9/4, UBND "
        "huyện Đakrông phối hợp với Tổ chức Nước sạch Sông Mê (Thái Lan) tổ chức lễ khởi động dự "
        "án nước sạch.\n\nDự án do Tổ chức Nước sạch Sông Mê tài trợ với tổng kinh phí 40.000 "
        "USD, triển khai tại xã Tà Long, giáp tỉnh Savannakhet (Lào). Nội dung chính gồm cải "
        "tạo hệ thống cấp nước tự chảy, lắp đặt 120 bể chứa nước cho các hộ gia đình.\n"))

    assert _counts(extraction) == [[120]]


def test_a_pupils_grade_is_no_count(tmp_path):
    """"em Nguyễn Thu Hà, học sinh lớp 11 Trường THPT Nam Sách bày tỏ xúc động": a grade
    and what the pupil said, not 11 of anything given by the school."""
    extraction = _extract(tmp_path, (
        "Trao 40 suất học bổng của Quỹ Học bổng Mirae cho học sinh Hải Dương\nCập nhật: "
        "20/09/2023\n\nNgày 19/9/2023, Sở Ngoại vụ phối hợp với Sở Giáo dục và Đào tạo tỉnh Hải "
        "Dương tổ chức lễ trao học bổng của Quỹ Học bổng Mirae (Mirae Scholarship Foundation) "
        "cho học sinh có hoàn cảnh khó khăn.\n\nNăm nay, Quỹ trao 40 suất học bổng, mỗi suất 5 "
        "triệu đồng, tổng trị giá 200 triệu đồng.\n\nThay mặt các em nhận học bổng, em Nguyễn "
        "Thu Hà, học sinh lớp 11 Trường THPT Nam Sách bày tỏ xúc động, hứa sẽ cố gắng học tập "
        "để không phụ lòng các nhà tài trợ.\n"))

    assert _counts(extraction) == [[40]]


def test_the_gift_a_headline_tells_unpriced_is_the_one_told_on_this_occasion(tmp_path):
    """A headline "Sở Y tế Cao Bằng tiếp nhận vật tư y tế từ huyện Long Châu", then "Dịp này,
    phía Long Châu đã trao tặng … 02 máy siêu âm và 10.000 khẩu trang …": one gift."""
    extraction = _extract(tmp_path, (
        "Sở Y tế Cao Bằng tiếp nhận vật tư y tế từ huyện Long Châu (Trung Quốc)\nCập nhật: "
        "27/10/2023\n\nNgày 26/10/2023, tại thành phố Cao Bằng, Sở Y tế tỉnh Cao Bằng đã có buổi "
        "làm việc với Đoàn công tác Ủy ban Y tế huyện Long Châu, tỉnh Quảng Tây, Trung Quốc.\n\n"
        "Tại buổi làm việc, hai bên đã trao đổi tình hình dịch bệnh tại khu vực biên giới.\n\n"
        "Dịp này, phía Long Châu đã trao tặng Sở Y tế tỉnh Cao Bằng 02 máy siêu âm và 10.000 "
        "khẩu trang y tế, tổng trị giá hơn 500 triệu đồng.\n"))

    assert _counts(extraction) == [[2, 10000]]
