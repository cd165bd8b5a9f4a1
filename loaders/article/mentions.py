"""Who a clause names: known partners from the gazetteer, the province the article speaks
for when it says "tỉnh ta" / "Tỉnh đã …", and organisations not yet known, proposed from
their head word ("Tổ chức Hope Bridge (Hàn Quốc)", "Đại sứ quán Nhật Bản").

A place written right after a partner ("thành phố Moriya, tỉnh Ibaraki (Nhật Bản)") says
where that partner is: it is not a second partner."""

import re

from rapidfuzz import fuzz
from dataclasses import dataclass, replace

from loaders.article import nlp
from loaders.article.gazetteer import Gazetteer, Mention
from loaders.article.page import UPPER, VIETNAMESE_ONLY
from loaders.article.receivers import Receiver
from partnergraph import names

# Head word → kind of a proposed partner. Longest first when matched.
_HEADS: dict[str, str] = {
    "tổng lãnh sự quán": "diplomatic_mission", "lãnh sự quán": "diplomatic_mission",
    "đại sứ quán": "diplomatic_mission", "tổ chức": "foreign_ngo", "quỹ": "foreign_ngo",
    # "TLSQ Trung Quốc tại Đà Nẵng": the mission by the letters of its head word
    "tlsq": "diplomatic_mission", "đsq": "diplomatic_mission",
    "hiệp hội": "association", "hội": "association", "công ty": "company",
    # "Tổng hội Người Việt Nam tại Thái Lan": the whole federation, not its "hội"
    "tổng hội": "association",
    # "Chi hội Khmer – Việt Nam tỉnh Takeo": a branch, by its whole name, not its "hội"
    "chi hội": "association",
    # "Hội thánh Tin lành Sarang": a church, by its name after the kind
    "hội thánh tin lành": "association", "hội thánh": "association",
    # "Chùa Viên Giác (Hannover, CHLB Đức) tài trợ", "Nhà thờ Onnuri đã trao …": a
    # pagoda or a church that gives, by its name
    "chùa": "association", "nhà thờ": "association",
    # "Giáo xứ Đức Mẹ La Vang (San Jose, Hoa Kỳ) đã trao …": a parish
    "giáo xứ": "association",
    # "Hội đồng hương Nghệ An tại Liên bang Nga": people of one province living abroad
    "hội đồng hương": "association",
    "câu lạc bộ": "association", "clb": "association",
    # "Phòng Thương mại và Công nghiệp Fukuoka": a chamber of commerce, no office
    "phòng thương mại": "association", "phòng thương mại và công nghiệp": "association",
    # "Phòng Thủ công nghiệp Chemnitz": a chamber of crafts (Handwerkskammer)
    "phòng thủ công nghiệp": "association",
    # "Liên đoàn Doanh nghiệp Singapore": a federation of businesses
    "liên đoàn": "association",
    # "nhóm thiện nguyện Cầu Nối Yêu Thương": a volunteer group by its name
    "nhóm thiện nguyện": "association", "nhóm từ thiện": "association",
    "nhóm tình nguyện": "association",
    "tập đoàn": "company", "tổng công ty": "company", "ngân hàng": "multilateral",
    "văn phòng": "government_office",
    # "Cơ quan Tìm kiếm tù binh và quân nhân mất tích Hoa Kỳ (DPAA)": a state's agency, of
    # the country its name or the words after it say (Vietnamese words say none)
    "cơ quan": "government_office",
    "sở": "government_office", "ủy ban nhân dân": "government_office",
    "chính quyền": "local_government", "thành phố": "local_government",
    "tỉnh": "local_government", "huyện": "local_government", "châu": "local_government",
    "quận": "local_government", "bang": "local_government", "xã": "local_government",
    # "tại thị xã Sầm Nưa": a town, by its whole kind (its "xã" opens no commune)
    "thị xã": "local_government", "thị trấn": "local_government",
    # "trấn Ái Điểm (Aidian), huyện Ninh Minh": a town of China, as its own kind says it
    "trấn": "local_government",
    "khu tự trị": "local_government", "châu tự trị": "local_government",
    "ubnd": "government_office", "bệnh viện": "domestic_organisation",
    # "Bệnh xá Bộ CHQS tỉnh Attapeu": an army infirmary
    "bệnh xá": "domestic_organisation",
    "ủy ban mttq": "association", "ủy ban mặt trận tổ quốc": "association",
    # "Liên hiệp các tổ chức hữu nghị thành phố Đà Nẵng": a place's union of friendship
    # organisations, by the place it is of
    "liên hiệp các tổ chức hữu nghị": "domestic_organisation",
    "trung tâm": "domestic_organisation", "trường": "domestic_organisation",
    "trạm": "domestic_organisation",  # "Trạm Y tế xã Mường Lống"
    # "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Ninh Bình": the Buddhist Sangha's board
    # of a province
    "ban trị sự": "domestic_organisation",
    # "Thư viện Trường Đại học Trà Vinh": a school's library, named by its school
    "thư viện": "domestic_organisation",
    # "Hợp tác xã Cà phê Công bằng Krông Năng", "Liên hiệp Hợp tác xã Cà phê Chư Sê"
    "liên hiệp hợp tác xã": "domestic_organisation", "hợp tác xã": "domestic_organisation",
    "htx": "domestic_organisation",
    "đại học": "domestic_organisation", "học viện": "domestic_organisation",
    # "Viện Nghiên cứu Quốc gia về Di sản Văn hóa Nara": an institute, at home or abroad
    "viện": "foreign_ngo",
    "chính phủ": "national_government",
    # the border guard and military commands of a province: "Bộ Chỉ huy Bộ đội Biên phòng
    # tỉnh Quảng Nam", "Đồn Biên phòng Sín Thầu"
    "bộ chỉ huy": "government_office", "ban chỉ huy": "government_office",
    # "Ban Quản lý Khu kinh tế tỉnh Cao Bằng", "Ủy ban Quản lý cửa khẩu Long Bang": boards
    # that run a zone or a border gate
    "ban quản lý": "government_office", "ủy ban quản lý": "government_office",
    "ban quản lý cửa khẩu": "government_office", "ủy ban quản lý cửa khẩu": "government_office",
    "ban quản lý cửa khẩu quốc tế": "government_office",
    "ủy ban quản lý cửa khẩu quốc tế": "government_office",
    "đồn biên phòng": "government_office", "bộ đội biên phòng": "government_office",
    # "Công an tỉnh Quảng Bình": a province's police
    "công an": "government_office",
    # "Nghiệp đoàn Hợp tác xã Doanh nghiệp vừa và nhỏ Fuji Tokai": a Japanese union of
    # businesses that takes in trainees
    "nghiệp đoàn": "association",
    # "Ủy ban Bác ái xã hội Giáo phận Suwon": a church's charity
    "ủy ban bác ái": "association", "ủy ban bác ái xã hội": "association",
}
# Heads of bodies that belong to a place ("Sở Ngoại vụ tỉnh Tuyên Quang"): their name runs on
# through the place.
_OF_PLACE = {"government_office", "domestic_organisation", "diplomatic_mission"}
_HEAD_LETTERS = {"tlsq": "Tổng Lãnh sự quán", "đsq": "Đại sứ quán"}
_HEAD_WORDS = "|".join(sorted(map(re.escape, _HEADS), key=len, reverse=True))
# "vùng Île-de-France", "vùng Normandie": a region abroad, its name written in letters no
# Vietnamese word has or none at all; "vùng Tây Bắc", "vùng lũ" name no partner.
_HEADS["vùng"] = "local_government"
# ("vùng Plzeň", "vùng Małopolska": the letters of Central European names too)
_FOREIGN_LETTERS = "ÎîÏïËëÜüÖöÄäÇçÛûÑñňřšžčěůťďłśźżćńąęßåøæŇŘŠŽČĚŮŤĎŁŚŹŻĆŃĄĘÅØÆ"
_HEAD_WORDS += rf"|vùng(?=\s+[A-Za-z{_FOREIGN_LETTERS}'’-]+(?!\w))"
# "cộng đồng người Việt Nam tại bang Queensland": Vietnamese abroad, named by where they
# live; "cộng đồng Khmer", "phát triển cộng đồng" name no one
_HEADS["cộng đồng"] = "association"
# "Chương trình Tình nguyện viên Hòa bình Hoa Kỳ (Peace Corps)", "Chương trình Tình nguyện
# Australia (Australian Volunteers Program – AVP)": a programme that goes by a name of its own
# in brackets is a body; "chương trình hợp tác", "Chương trình Sữa học đường" are none
_HEADS["chương trình"] = "foreign_ngo"
# ("Giám đốc chương trình Tổ chức Trẻ em Rồng Xanh": a post in the body after it)
_HEAD_WORDS += (r"|(?-i:Chương trình)(?!\s+(?:Tổ chức|Quỹ|Hội)\s)"
                r"(?=\s+[A-ZĐ][^()\n.;]{3,80}\((?:[A-Z][a-z]+\s+)*[A-Z][A-Za-z]+\b)")
_HEAD_WORDS += r"|cộng đồng(?=\s+người Việt(?:\s+Nam)?\s+tại\s)"
# "Mạng lưới Hỗ trợ Trẻ em Châu Á (ACSN)": a network by its name; "mạng lưới y tế cơ sở" is none
_HEADS["mạng lưới"] = "foreign_ngo"
_HEAD_WORDS += r"|(?-i:Mạng lưới)(?=\s+[A-ZĐ])"
# "tại hội trường UBND huyện …", "thị trường Nhật Bản", "môi trường": a hall, a market, the
# environment, not a school ("Trường") opening a name.
_NOT_A_SCHOOL = "(?:(?![Tt]rường)|" + "".join(
    rf"(?<!{w} )(?<!{w.capitalize()} )"
    for w in ("hội", "thị", "môi", "công", "quảng", "chiến", "hiện")) + ")"
# "cơ sở", "trụ sở": a common word, not a department ("Sở") opening a name.
# ("Liên bang Thụy Sĩ" is the Swiss Confederation: its "bang" opens no state's name;
# "Giáo hội Công giáo Đức" is a church, its "hội" no association's name; "Đại hội Hội Hữu
# nghị …" is the association's congress)
# ("Ủy ban Bác ái xã hội Giáo phận Suwon": society's "hội" opens no association)
_HEAD_RE = re.compile(r"(?<!\w)(?<!cơ )(?<!Cơ )(?<!trụ )(?<!Trụ )(?<!phi )(?<!Liên )(?<!liên )"
                      r"(?<!xã )(?<!Xã )"
                      r"(?<!Giáo )(?<!giáo )(?<!Đại )(?<!đại )" + _NOT_A_SCHOOL
                      + "((?i:" + _HEAD_WORDS
                      + rf"))\s+(?=[{UPPER}]|từ thiện\s+[{UPPER}]"
                        rf"|(?:tỉnh|huyện|thành phố|dân tộc|phi chính phủ|"
                        rf"phi Chính phủ|người Việt|người [{UPPER}]\w+\s+gốc Việt|"
                        rf"người [{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,2}}(?:\s+tại)?)\s"
                        rf"|(?<=Tổ chức\s)[a-z]{{2,}}\b"
                        # ("Nhóm tình nguyện viên JICA tại Phú Yên")
                        rf"|(?<=tình nguyện\s)viên\s+[{UPPER}])")
_CAP_WORD = rf"[{UPPER}][\w'’&-]*(?:\.\w+)*"
_CAPITAL_BEFORE_RE = re.compile(rf"[{UPPER}]\w*\s+$")
_CAPITAL_AFTER_RE = re.compile(rf"\s+[{UPPER}]")
_CITY_WORD_AFTER_RE = re.compile(r"\s+(?:Métropole|Metropole|City|Metropolis)(?!\w)")
_FOREIGN_PLACE_RE = re.compile(r"(?:thành phố|tỉnh|quận|huyện)\s+([A-Z][a-z-]+(?:\s+[A-Z][a-z-]+)?)")
_DISTRICT_CODE_RE = re.compile(r"\s+\d{2,4}-[A-Z]\d{0,2}(?![\w-])")
# a member university named with the university it belongs to, after a dash
# ("Trường Đại học Y - Dược, Đại học Huế": after a comma too)
# "tại Bệnh viện …", "tại trụ sở Trung tâm Hành chính thành phố": where, not who
_AT_VENUE_RE = re.compile(r"(?<!\w)[Tt]ại\s+(?:(?:trụ sở|hội trường|phòng họp|khuôn viên)\s+)?$")
_JOINED_BEFORE_RE = re.compile(r"(?:\s+(?:và|với|cùng))?\s*$")
_MEMBER_UNIVERSITY_RE = re.compile(rf"(?:\s+[–-]|,)\s+Đại học\s+{_CAP_WORD}(?:\s+{_CAP_WORD})*")
# "Quang Ninh district", "Quang Ninh District People's Committee": a district that bears a
# province's name
UNIT_NAMED_AFTER_RE = re.compile(r"\s+(?:[Dd]istrict|[Cc]ommune|[Tt]own)\b")
_UNIT_BEFORE_RE = re.compile(r"(?<!\w)(?:huyện|xã|thị xã|thị trấn|phường)\s+$", re.I)
# "… tại Đà Nẵng", "… in Da Nang": the city a mission's name ends with
_IN_CITY_RE = re.compile(rf"\s+(?:tại|in)\s+(?:(?:TP\.|Tp\.|thành phố|[Tt]hủ đô)\s*)?"
                         rf"({_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}})")
# "Trường Tiểu học Hàm Ninh 1, …", "Trường THCS Cửa Cạn 2 đã nhận …": the number that tells
# two schools of one name apart, not a count of something after the name
_SCHOOL_NUMBER_RE = re.compile(r"\s+[1-9](?=\s*[,.;:()]|\s+(?:và|đã|nhận|tiếp nhận|được|thuộc|"
                               r"ở|tại|cho|do|vừa|là)(?!\w)|\s*$)", re.M)
# Vietnamese capitalises a proper name's first syllable only ("Ngân hàng Thế giới", "Sở
# Ngoại vụ"): these second syllables belong to the name.
_SECOND = r"(?:giới|vụ|sự|tế|khoa|phủ|quốc|hòa|hoà)(?!\w)"
_FOREIGN_FUNDER_RE = re.compile(r"(?<!\w)(?:bởi|do)\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:de|du|des|"
                                r"la|le|of|the|and|für|von|van|[A-Z][\w'’-]*))*)"
                                r"\s+\((?P<country>[^()]{2,30})\)")
_CITY_WORDS = re.compile(r"\b(?:Métropole|Metropole|City|Ville|Stadt|Region|Région|Province|"
                         r"Prefecture|County)\b")
_STATE_FORM_RE = re.compile(r"^(?:Vương quốc|Cộng hòa|Cộng hoà|Liên bang)\s+(?=\S)")
_NAME_RE = re.compile(rf"(?:dân tộc\s+{_CAP_WORD}(?:\s+{_CAP_WORD}|\s+[-–]\s+{_CAP_WORD})*,?\s+)?"
                      rf"{_CAP_WORD}(?:\s+{_CAP_WORD}|\s+{_SECOND}|\s+&(?=\s+[{UPPER}])"
                      # "Quỹ AEON 1% Club": a share written in a name
                      rf"|\s+\d{{1,3}}%(?=\s+[{UPPER}]))*"
                      rf"(?:(?:\s*\([A-Z]{{2,8}}\))?\s+tại\s+{_CAP_WORD}(?:\s+{_CAP_WORD})*)?")
# "Hội Liên hiệp người Việt Nam tại Séc", "Hội người Việt Nam tại Cộng hòa Liên bang Đức",
# "Hội Người Việt Nam tại bang Victoria": an association of Vietnamese abroad, named by who
# its members are and where they live, in whatever case the writer gives "người" and the
# place's kind word; the place is where the body is, part of its name.
# ("Hội người Thái gốc Việt tỉnh Udon Thani": Thai people of Vietnamese origin there)
# ("Hội người Việt Nam tỉnh Udon Thani": "tại" left out before the place's kind)
_ABROAD_RE = re.compile(rf"(?:Liên hiệp\s+)?[Nn]gười (?:Việt(?:\s+Nam)?\s+(?:tại\s+|(?=(?:tỉnh|"
                        rf"[Tt]hành phố|[Tt]hủ đô|[Bb]ang)\s))|"
                        rf"[{UPPER}]\w+\s+gốc Việt(?:\s+Nam)?(?:\s+tại)?\s+|"
                        # "Hội người Hàn Quốc tại Bình Dương": people of a country abroad
                        # living here, by the same form
                        rf"(?!Việt)[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,2}}\s+tại\s+)"
                        # ("tại Thủ đô Viêng Chăn": the kind capitalised as part of the name)
                        rf"(?:(?:[Bb]ang|[Tt]hành phố|[Tt]hủ đô|[Tt]ỉnh|vùng|Cộng hòa|Cộng hoà|"
                        rf"Liên bang|CHLB|Vương quốc)\s+)*{_CAP_WORD}(?:\s+{_CAP_WORD})*")
# ("đoàn Hội người Hàn Quốc": the same, named again without where they live)
_FOREIGNERS_HERE_RE = re.compile(rf"[Nn]gười\s+(?!Việt)[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,2}}")
_ORGANISE_RE = re.compile(r"tổ chức\s+(?:Hội nghị|Hội thảo|Hội chợ|Hội thi|Lễ|Diễn đàn|Tọa đàm|"
                          r"Đoàn|Chương trình|Ngày|Tuần|Giải|Cuộc)(?!\w)")
# More organisations listed after the first under one head: "Tổ chức GNI/Hàn Quốc, FFI, …".
_LIST_ITEM_RE = re.compile(rf"(?:/[^,;/]{{1,20}}?)?(?:,|\s+và)\s+({_CAP_WORD}(?:\s+{_CAP_WORD})*)")
# "Ngoại vụ tỉnh Tuyên Quang", "Y tế huyện Na Hang", "Đa khoa tỉnh …": a capitalised word,
# a few more of any case, then the place the body belongs to.
# ("Nông nghiệp và Phát triển nông thôn tỉnh Ninh Thuận", "Hội Bảo trợ người khuyết tật và
# trẻ mồ côi tỉnh Thái Bình": as many as nine more words; but
# "Sở Ngoại vụ và UBND huyện Thuận Nam" is two bodies: a body's head after "và" starts one)
# ("Trường Tiểu học Khsim do tỉnh Bình Phước hỗ trợ": the school, then who paid for it)
# ("Hội Từ thiện Phật giáo Jion-kai đến từ tỉnh Aichi": where a body comes from, not its name)
# ("Sở Giáo dục, Thanh niên và Thể thao tỉnh Prey Veng": the fields of one department, listed
# with a comma before the last two joined by "và")
_FIELDS_COMMA = (rf",\s+(?!(?:UBND|Ủy ban|Sở|Hội|Ban|Bộ|Công an|Trung tâm|Bệnh viện|Trường)\s)"
                 rf"(?=[{UPPER}][^\W\d]*(?:\s+[a-zà-ỹđ]+)?\s+và\s+[{UPPER}])")
_OF_PLACE_RE = re.compile(rf"(?:{_CAP_WORD}(?:(?:\s+|{_FIELDS_COMMA})"
                          rf"(?!(?:cho|của|với|tại|để|tặng|trao|được|bởi|"
                          rf"từ|đến|thăm)\b)"
                          rf"(?!(?<!Tự\s)do\b)"
                          rf"(?!và\s+(?:UBND|Ủy ban|Sở|Hội|Ban|Bộ|Trung tâm|Bệnh viện|Trường)"
                          # ("… nạn nhân chất độc da cam/dioxin thành phố Đà Nẵng")
                          rf"\s)[\w–-]+(?:/[\w–-]+)?){{0,9}}?\s+)?"
                          # "Sở Giáo dục và Đào tạo (GD&ĐT) thành phố Cần Thơ": its short
                          # name in brackets, then its place
                          rf"(?:\([A-ZĐ][\w&-]{{1,12}}\)\s+)?"
                          rf"(?:tỉnh|huyện|thành phố|xã|châu|quận|thị xã)"
                          # the one province whose name is two towns' joined by a dash
                          rf"\s+(?:Bà Rịa\s*[-–]\s*Vũng Tàu|{_CAP_WORD}(?:\s+{_CAP_WORD})*)")
# "Trường Phổ thông Dân tộc nội trú huyện Đắc Chưng", "Trường THCS Dân tộc bán trú xã Pa Vệ
# Sủ": a boarding school for ethnic minority pupils, the kind written in its name
_BOARDING_SCHOOL_RE = re.compile(rf"{_CAP_WORD}(?:\s+[\w-]+){{0,5}}?\s+[Dd]ân tộc\s+(?:nội|bán)"
                                 rf"\s+trú(?:\s+(?:tỉnh|huyện|thành phố|xã|thị xã|quận)"
                                 rf"\s+{_CAP_WORD}(?:\s+{_CAP_WORD})*"
                                 # "Trường Phổ thông dân tộc bán trú (PTDTBT) Tiểu học Y Tý"
                                 rf"|(?:\s*\([A-ZĐ&]{{2,10}}\))?\s+(?:Tiểu học|THCS|THPT|"
                                 rf"Trung học cơ sở|Trung học phổ thông)(?:\s+{_CAP_WORD})+)?")
# "Tổ chức phi chính phủ Hikari Kokusai", "Chính quyền Nhân dân Khu tự trị … Quảng Tây" (the
# People's Government of Guangxi): what kind of body, before whose name.
_DESCRIPTOR_RE = re.compile(rf"(?i:phi chính phủ(?: nước ngoài| quốc tế)?|quốc tế|từ thiện)"
                            rf"\s+(?=[{UPPER}])"
                            rf"|(?i:nhân dân)\s+(?=[{UPPER}]|(?:tỉnh|thành phố|huyện|khu|châu)\s)")
# "… (CDC) tỉnh 1.200 thùng": the body's acronym, then the bare "tỉnh" of the province it is of
_ACRONYM_OWN_PROVINCE_RE = re.compile(rf"\s*\([A-Z][A-Z0-9]{{1,9}}\)\s+tỉnh(?!\s+[{UPPER}])"
                                      r"(?=[\s,.;])")
# "Sở Nông nghiệp và Phát triển nông thôn (NN&PTNT) tỉnh Đắk Lắk": its province, after
_SHORT_BEFORE_PLACE_RE = re.compile(r"\s*\(([A-ZĐ][\w&-]{1,12})\)(?=\s+(?:tỉnh|huyện|thành phố|"
                                    r"xã|châu|quận|thị xã)\s)")
# "NN&PTNT tỉnh Đắk Lắk": a short name, then the place
_SHORT_AT_PLACE_RE = re.compile(r"(\S+)\s+((?:tỉnh|huyện|thành phố|xã|châu|quận|thị xã)\s.+)")
_PLACE_AFTER_RE = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:tỉnh|thành phố|TP)(?!\w)")
_SHARE_IN_NAME_RE = re.compile(rf"\s+\d{{1,3}}%(?:\s+[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)*)?"
                               r"(?=[\s,.;(]|$)")
_DOFA_OR_LETTERS_RE = re.compile(r"Ngoại vụ|\S*[A-ZĐ&]{2}")
_PLACE_WORD_RE = re.compile(r"\b(?:tỉnh|thành phố|huyện|TP|Thành phố)\b")
# "(Asia Relief Osaka)": a body's name abroad, its words capitalised
_GLOSS_AFTER_RE = re.compile(r"\s*\(([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|in|"
                             r"de|du|des|für|zur))+)\)")
# "(Chungnam National University Hospital - CNUH, Hàn Quốc)": the body's other name, then
# its acronym (and where it is from)
# ("Quỹ IVET (Ireland)" and "Quỹ Giáo dục Ireland - Việt Nam (… - IVET)": one fund, which
# its names place abroad and at home)
_NGO_KINDS = {"foreign_ngo", "domestic_organisation", "association"}
_NAMED_ACRONYM_AFTER_RE = re.compile(r"\s*\([A-Z][^()]{2,80}?\s[-–]\s([A-Z][A-Z0-9&]{1,9})"
                                     r"\s*(?:,[^()]{1,30})?\)")
# "(AAR Japan)", "(TdH NL)", "(FEFU, thành phố Vladivostok, Liên bang Nga)": the acronym (and
# where the body is); "(SingCham)", "(LuxDev)": a short name in two capitalised parts
# ("… Mê Kông – Lan Thương (Quỹ MLC)": the acronym after the body's head word)
_ACRONYM_AFTER_RE = re.compile(r"\s*\((?:(?:Quỹ|Tổ chức|Hội)\s+)?((?:[A-Z][A-Z0-9&-]{1,9}|"
                               r"[A-Z][a-z]?[A-Z][A-Za-z0-9&-]{0,7}"
                               r"|[A-Z][a-z]{1,4}[A-Z][a-z]{2,6})"
                               # ("(CHU de Bordeaux)": a French hospital's short name)
                               r"(?:\s+(?:de|du|des)\s+[A-Z][a-z]+|\s+[A-Z][a-z]+|\s+[A-Z]{2,3})?)"
                               r"(?:,\s*[^()]{1,50})?\)")
# "(ChildFund)", "(Tzu Chi, Đài Loan – Trung Quốc)": a short name in brackets after a body's
# Vietnamese name, its name abroad (and where it is from).
_SHORT_NAME_AFTER_RE = re.compile(rf"\s*\(([{UPPER}][\w'’&-]{{2,20}}"
                                  r"(?:\s+[A-Z][\w'’&-]{1,20}){0,2})"
                                  r"\s*(?:,\s*[^()]{1,30})?\)")
_PROGRAMME_OF_RE = re.compile(r"(?<!\w)[Cc]hương trình\s[^()]{0,160}?\(([A-Z][A-Z0-9&-]{1,9})\)"
                              r"\s+của\s+")
_FUNDER_ACRONYM_RE = re.compile(r"(?<!\w)do\s+([A-Z][A-Za-z]{0,3}[A-Z][A-Za-z]{0,4})"
                                r"(?=\s+(?:tài trợ|viện trợ|trao tặng|tặng)(?!\w))"
                                # "Tại chương trình, UGVF đã trao 300 suất quà …"
                                # (not a programme's: "Chương trình DAP đã tài trợ …")
                                r"|(?<![\w-])(?<!trình )(?<!án )([A-Z]{3,6})"
                                r"(?=\s+(?:(?:đã|cũng|vừa)\s+)+"
                                r"(?:trao|tặng|tài trợ|viện trợ|bàn giao)(?!\w))")
# Vietnamese abbreviations of the province's own bodies, no foreign funder's acronym
_OWN_ABBREVIATIONS = {"UBND", "MTTQ", "HĐND", "CTĐ", "BĐBP", "TP", "TW", "UB", "BCH", "LHPN"}
_CONTINENT_RE = re.compile(r"[Cc]hâu\s+(?:Âu|Á|Phi|Mỹ|Úc|Đại Dương|Nam Cực)(?!\w)")
_LOCAL_ARM_RE = re.compile(r"\s+(?:Việt Nam|Vietnam)$")
# "cho người dân bị ảnh hưởng bởi đợt mưa lũ tại các tỉnh Phú Yên, Bình Định và Quảng Ngãi",
# "cho người dân hai tỉnh Phú Yên và Bình Định": the people of several provinces, which are
# no venue
PEOPLE_OF_PROVINCES_RE = re.compile(r"(?:người dân|nhân dân|đồng bào)(?!\w)[^,;]{0,80}?"
                                    r"\s(?:(?:tại|ở|của|thuộc)\s+)?(?:các|hai|ba|bốn)\s+"
                                    r"(?:tỉnh\s+)?$")
LOWER_UNIT_RE = re.compile(r"(?:xã|huyện|quận|phường|thị xã|thị trấn|thôn|bản)\s", re.I)
_WHAT_IT_IS_BEFORE_RE = re.compile(r"(?:[-–]|[A-ZĐ][\w'’-]*\)?,)\s*$")
_KIND_WORDS_RE = re.compile(r"(?:Tổ chức|Quỹ|Hiệp hội|Hội|Cơ quan|Tập đoàn|Công ty)\s+")


def _initials(surface: str) -> str | None:
    """"Tổ chức Samaritan's Purse" → "SP": the first letters of the name after its kind
    word, when every word of it is capitalised and there are two to four."""
    words = _KIND_WORDS_RE.sub("", surface, count=1).split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w[:1].isascii() for w in words):
        return None
    return "".join(w[0] for w in words)


# A place or a country in brackets says where a body is from, not who it is.
PLACE_KINDS = ("local_government", "national_government")
_PROVINCE_RE = re.compile(rf"(?<!\w)(?:tỉnh|thành phố)\s+({_CAP_WORD}(?:\s+{_CAP_WORD})*)")
# Group nouns that look like names after a head word but name no one.
_GENERIC = re.compile(r"^(?:phi chinh|chinh phu|quoc te|nuoc ngoai|trung uong|ngoai giao|"
                      r"tinh uy|nhan dan|pcpnn|ngo|oda|ubnd|lien hop quoc"
                      # "Phó Chủ tịch Chính quyền Khu tự trị": the region named before, by
                      # its kind alone
                      r"|khu(?: tu tri)?)\b")
_HOME_RE = re.compile(r"(?<!\w)(?:[Tt]ỉnh ta|[Tt]ỉnh(?=\s+(?:đã|đang|sẽ|tiếp tục|luôn|cần|vẫn|"
                      r"chủ động|tích cực|cũng)\b)|(?<=cho )(?:tỉnh|địa phương)(?=\W|$)"
                      # "UBND tỉnh và Tổ chức X ký …": the province's committee by its kind
                      # alone acts for the province; not its leaders', seat's or office's
                      # ("lãnh đạo UBND tỉnh", "trụ sở UBND tỉnh", "Chủ tịch UBND tỉnh")
                      r"|(?<!đạo )(?<!của )(?<!sở )(?<!tịch )(?:UBND|Ủy ban nhân dân) tỉnh"
                      r"(?!\s*(?:[A-ZĐ]|bạn\b)))")
# "ông Mori ", "bà ": a person's title and the first words of the name
_PERSON_BEFORE_RE = re.compile(rf"(?<!\w)(?:[ôÔ]ng|[bB]à|[nN]gài)\s+"
                               rf"(?:[{UPPER}][\w'’-]*\s+){{0,3}}$")
_FRIEND_RE = re.compile(r"(?<!\w)(?:tỉnh|địa phương) bạn(?!\w)")
# ", " between a body or place and the place it lies in; a commune or village the finder did
# not keep may stand between ("Trường Tiểu học Sín Chéng, xã Sín Chéng, huyện Si Ma Cai")
# ("thành phố Cheongju (Thanh Châu), tỉnh Chungcheong Bắc": the city's Vietnamese name first)
_SITE_NAMED_FOR_RE = re.compile(r"(?<!\w)(?:Khu công nghiệp|Cụm công nghiệp|Khu kinh tế|KCN)"
                                r"(?:\s+[A-ZĐ][\w-]*)*\s+$")
_QUALIFIER_GAP = re.compile(r"^\s*(?:\([^()]{1,60}\)\s*)?,\s*"
                            r"(?:(?:xã|phường|thị trấn|thôn|bản|làng)\s+[^,;()]{1,30},\s*)?$")
# Letters only Vietnamese spelling uses: a name written with them is a Vietnamese name.
_VIETNAMESE = re.compile(r"[àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ\u0300-\u0323"
                         r"\u1EA0-\u1EF9]")


# ", Pháp", ", Vương quốc Bỉ": the country a body is from, after its other name in brackets
_ITS_COUNTRY = r",\s*[A-ZĐ]\w*(?:\s+\w+){0,2}\s*"
# "tại xã Hữu Kiên, huyện Chi Lăng, …": "tại" and the places listed after it.
# The rest of a name up to the acronym that closes it, through no verb, link word or figure;
# through "của" before a body it belongs to ("Tổ chức Hỗ trợ của các Giáo hội Tin lành Thụy
# Sĩ (HEKS/EPER)"); not past "do" or "bởi" ("Trường Tiểu học X do Quỹ Y (CHF) tài trợ": the
# school, then who paid).
_UP_TO_ACRONYM = re.compile(rf"((?:\s+(?!(?:đã|đang|sẽ|trao|tặng|phối|do|bởi|cho|"
                            rf"của(?!\s+(?:các\s+)?"
                            rf"[{UPPER}])|với|và(?=\s+[{UPPER}])|tại|để|là)\b|\d)[\w-]+){{1,12}})"
                            # ("Cơ quan Tìm kiếm tù binh và quân nhân mất tích Hoa Kỳ (DPAA)":
                            # "và" before a word in lower case joins what the body is for)
                            r"\s*\("
                            rf"(?:[{UPPER}][{UPPER}&-]{{1,9}}(?:/[{UPPER}]{{2,9}})?"
                            rf"(?:\s+[{UPPER}][a-z]+)?"  # "(AAR Japan)"
                            # "Tổ chức Hỗ trợ người cao tuổi quốc tế (HelpAge International)"
                            # ("(People in Need – PIN)": its small words too)
                            rf"|[A-Z][A-Za-z]+(?:\s+(?:(?:in|of|for|and|the|to|with)\s+)?"
                            rf"[A-Z][A-Za-z]+){{1,3}}"
                            # "(Veterans For Peace - VFP)": the name abroad, then its acronym
                            rf"(?:\s*[-–]\s*[A-Z][A-Z&]{{1,9}})?)"
                            # "(APEFE, Vương quốc Bỉ)": and the country it is from
                            rf"(?:{_ITS_COUNTRY})?\)")
_VOLUNTEERS_OF_RE = re.compile(rf"[Nn]hóm\s+(?:cựu\s+)?tình nguyện viên\s+[A-Z][A-Za-z]+"
                               rf"(?:\s+[A-Z][A-Za-z]+)?"
                               rf"(?:\s+tại\s+(?:tỉnh\s+|thành phố\s+)?[{UPPER}]\w*"
                               rf"(?:\s+[{UPPER}]\w*){{0,2}})?")
_VENUE_BEFORE = re.compile(r"(?<!\w)tại\s+(?:[^,;.()]{2,40},\s*)*$", re.I)
# "UBND thành phố Phú Quốc, tỉnh Kiên Giang": the government of a place ranks as the place.
_GOVERNMENT_OF = re.compile(r"^(?:ubnd|ủy ban nhân dân|chính quyền)\s+")
# The words of a folded name that say what kind of body or place it is, not which.
_PLACE_WORDS = re.compile(r"\b(?:ubnd|uy ban nhan dan|chinh quyen|tinh|thanh pho|tp|huyen|"
                          r"quan|xa|thi xa|so|hoi|to chuc)\b")


_LEGAL_FORM_RE = re.compile(r"(?<!\w)(?:TNHH|Cổ phần|Trách nhiệm hữu hạn|Hữu hạn)(?!\w)", re.I)


_LEADING_LEGAL_FORM_RE = re.compile(r"^(?:(?:TNHH|Cổ phần|CP|Trách nhiệm hữu hạn|Hữu hạn)"
                                    r"(?:\s+(?:MTV|Một thành viên))?\s+)+")


_INITIALS_AT_PLACE_RE = re.compile(rf"(?<!\w)([A-ZĐ]{{3,8}})\s+((?:(?:tỉnh|thành phố|huyện)\s+)?"
                                   rf"{_CAP_WORD}(?:\s+{_CAP_WORD})*)")
_PLACE_KIND_END_RE = re.compile(r"\s+(?:tỉnh|thành phố|huyện)$")


def _initial_runs(words: str) -> set[str]:
    """The initials of each run of three or more words: "Bộ đội Biên phòng" gives "BĐBP"."""
    initials = [w[0].upper() for w in words.split()]
    return {"".join(initials[i:j]) for i in range(len(initials))
            for j in range(i + 3, len(initials) + 1)}


def _where_dropped(name: str) -> str:
    """"Hiệp hội Hoa kiều Đài Loan tại Việt Nam" and "Hiệp hội Hoa kiều Đài Loan" are one
    organisation, named once with where it works and once without."""
    folded = names.fold(name).split(" tai ")[0]
    # "Công ty TNHH Samsung Display Việt Nam" is "Công ty Samsung Display Việt Nam"
    # ("Công ty Cổ phần Hữu hạn Vedan Việt Nam", "… Trách nhiệm hữu hạn …" too)
    folded = " ".join(re.sub(r"\b(?:tnhh|co phan|cp|mot thanh vien|mtv|trach nhiem huu han|"
                             r"huu han)\b", " ", folded).split())
    # "Châu tự trị dân tộc Choang - Miêu Văn Sơn" is "châu Văn Sơn": an autonomous
    # prefecture's peoples come between its kind and its name
    # "Hội thánh Tin lành Sarang" is "Hội thánh Sarang": the church's creed is its kind
    folded = re.sub(r"^hoi thanh tin lanh ", "hoi thanh ", folded)
    # "CLB Lions Singapore Host" is "Câu lạc bộ Lions Singapore Host", "HTX X" "Hợp tác xã X"
    folded = re.sub(r"^clb ", "cau lac bo ", re.sub(r"^htx ", "hop tac xa ", folded))
    autonomous = re.match(r"(chau|khu) tu tri dan toc .*?(\S+ \S+)$", folded)
    return f"{autonomous[1]} {autonomous[2]}" if autonomous else folded


# Family names that open most Vietnamese full names: "Chủ tịch UBND tỉnh Thanh Hóa Đỗ Minh
# Tuấn" names the committee, then its chairman.
_FAMILY = ("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|"
           "Trịnh|Lương|Mai|Đào|Cao|Lâm|Tạ|Chu|Hứa|Thái|Triệu|Quách|Tô|Vương|Kiều|Đoàn|Nông|"
           "Lò|Giàng|Vi|Hà|Đàm|Lưu|Phùng|Tống|Bế|Hầu|Sùng|Thào|Vàng|Mạc|Lại|Khổng|Nghiêm|"
           "Giáp|Tăng|Ma|Trương|Diệp|Doãn|Khúc|Nhữ|Âu|Lã|Lầu|Mùa|Sầm|Lục|"
           # the Khmer of the Mekong Delta: "Thạch Minh Hùng", "Danh Út", "Kim Ngọc Thái"
           "Thạch|Danh|Kim|"
           # the Central Highlands' names: "Y Ngọc", "A Pớt", "Ksor Phước", "Rơ Mah Tuấn"
           "Y|A|Ksor|Siu|Nay|Kpă|Niê|Rơ Mah|Rơ Châm|Rah Lan")
# The same family names as English pages write them, without their marks ("Nguyen", "Vi").
FAMILY_EN = "|".join(sorted({names.fold(n).title() for n in _FAMILY.split("|")}))
_PERSON_AFTER_RE = re.compile(rf"(?<=\S)\s+(?=(?:{_FAMILY})(?:\s+[{UPPER}][\w]*){{1,3}}$)")
# "Phó Chủ tịch UBND tỉnh Đào Mỹ", "Giám đốc Sở Ngoại vụ tỉnh Nguyễn Văn A", "Chủ tịch UBND
# thành phố Trần Việt Trường": the province's (or city's) own body ("UBND tỉnh" names no
# place), then the holder of its office.
_HOME_BODY_HELD_RE = re.compile(rf"^((?:UBND|Ủy ban nhân dân|Sở\s+\S+(?:\s+\S+)?)"
                                rf"\s+(?:[Tt]ỉnh|[Tt]hành phố))"
                                rf"\s+(?:{_FAMILY})(?:\s+[{UPPER}][\w]*){{1,3}}$")


# "(Hope Volunteers, Singapore)" after a name: the body's other name, then where it is from
_OTHER_NAME_RE = re.compile(rf"\s*\(\s*([{UPPER}][\w'’&.-]*(?:\s+[\w'’&.-]+){{1,5}}?)"
                            r"\s*(?:,\s*[^()]{1,30})?\)")


# "Phó Chủ tịch UBND ", "Giám đốc Sở Ngoại vụ ": an office's title and its body
_TITLE_BODY_BEFORE_RE = re.compile(r"(?:Chủ tịch|Giám đốc|Bí thư|Trưởng|Thường trực)\s+"
                                   r"(?:UBND|Ủy ban nhân dân|Sở\s+\S+(?:\s+\S+)?)\s+$")


# A headline in capitals ("UBND TỈNH TIẾP VÀ LÀM VIỆC VỚI ĐOÀN …", "HỘI ĐÀM GIỮA …", "HỘI
# … TRAO TẶNG 100 XE ĐẠP") capitalises its verbs and links too: a name there ends before
# the first of them, as it ends before a word in lower case elsewhere.
_CAPS_LINK_RE = re.compile(r"\s(?:TIẾP|VÀ|VỚI|LÀM VIỆC|TRAO|TẶNG|BÀN GIAO|KÝ|ĐÀM|THĂM|ĐÓN|"
                           r"NHẬN|TÀI TRỢ|VIỆN TRỢ|ỦNG HỘ|KHÁNH THÀNH|KHỞI CÔNG|CHO|GIỮA|DO|"
                           r"ĐÃ|SẼ|GẶP|HỌP)(?!\w)")
# "UBND TỈNH" cut before "TIẾP": a kind of place without its name, as "UBND tỉnh" is
_CAPS_KIND_ONLY_RE = re.compile(r"\s*(?:TỈNH|HUYỆN|THÀNH PHỐ|XÃ)?\s*")


# A Vietnamese syllable starts with one of these consonants (or a vowel) and ends in a vowel
# or one of _FINALS; a word that cannot be one is foreign ("action medeor", "terre des
# hommes": names some bodies write in lower case).
_ONSET = r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?"
_SYLLABLE_RE = re.compile(rf"{_ONSET}[aăâeêioôơuưy]+(?:ch|ng|nh|[cmnpt])?", re.I)
_LOWER_WORD_RE = re.compile(r"\s*([a-z]{2,})\b")


# ("vùng Centre-Val de Loire", "Pays de la Loire": a French name's small words too)
_ENGLISH_JOIN_RE = re.compile(r"\s+(?:for|of|and|without|in|from|to|de la|de|des|du)\s+"
                              r"(?:the\s+)?"
                              r"[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*)*(?![\w])")


def _foreign_words_end(text: str, at: int, stop: int) -> int | None:
    """Where a run of foreign lower-case words after a head ("Tổ chức action medeor") ends,
    or None when the first word could be Vietnamese ("Tổ chức lễ …")."""
    end = None
    while (m := _LOWER_WORD_RE.match(text, at, stop)) and not _SYLLABLE_RE.fullmatch(m[1]):
        end = at = m.end()
    return end


def _caps_name_end(text: str, head_end: int, stop: int) -> int:
    """Where a name written in capitals ends: before its first verb or link word."""
    span = text[head_end:stop]
    if not span.strip() or span != span.upper():
        return stop
    cut = _CAPS_LINK_RE.search(text, head_end, stop)
    if not cut:
        return stop
    return head_end if _CAPS_KIND_ONLY_RE.fullmatch(text, head_end, cut.start()) else cut.start()


def _own_name(name: str) -> str:
    """A proposed name without its head word: "Hope Volunteers" of "Tổ chức Hope Volunteers"."""
    head = _HEAD_RE.match(name)
    return name[head.end(1):].strip() if head else name


def _without_person(surface: str) -> str:
    """A body's name without the holder of its office written after it, when what stays
    still has a capitalised place of two syllables or more ("UBND tỉnh Thanh Hóa")."""
    # "UBND tỉnh Bình Dương Đoàn Minh Khôi": "Dương" is a family name too, so each place a
    # holder's name could start is tried, the first that leaves a whole place kept
    for m in _PERSON_AFTER_RE.finditer(surface):
        head = surface[:m.start()]
        if re.search(r"(?<!\w)TP\.?\s*HCM$", head):
            return head  # "UBND TP.HCM Nguyễn Minh Hải": the city, by its usual short name
        place = re.search(rf"[{UPPER}][\w]*\s+[{UPPER}][\w]*$", head)
        # "Trường THCS Lý Tự Trọng": a school named after a person, its kind in capitals
        if place and not re.search(r"(?<!\w)[A-ZĐ]{2,}$", head):
            return head
    return surface


@dataclass(frozen=True)
class PartnerMention:
    start: int
    end: int
    id: str
    surface: str
    confidence: float = 0.9
    home: bool = False  # "tỉnh ta" and the like: the article's own province


@dataclass
class Proposal:
    """A partner the gazetteer does not know, as the article writes it."""

    id: str
    name: str
    kind: str
    country: str | None
    country_written: str | None
    start: int
    end: int
    acronym: str | None = None


def slug(text: str) -> str:
    return "-".join(names.fold(text).split())[:80].strip("-")


# Where a body sits: "có trụ sở tại Osaka", "trụ sở chính ở", "based in", "headquartered in".
_BASED_IN_RE = re.compile(r"(?:(?<!\w)trụ sở(?:\s+chính)?\s+(?:tại|ở)|\b(?:based|headquartered)"
                          r"\s+in)\s+(?:(?:the\s+)?(?:tỉnh|thành phố|city of)\s+)?$", re.I)
# "Hội Từ thiện Nhà thờ Hanbit (thành phố Suwon, tỉnh Gyeonggi, Hàn Quốc)": where the body
# named before the bracket is from
# ("Chùa Seiun-ji (tỉnh Shizuoka, Nhật Bản)": a name with a hyphen)
_FROM_IN_BRACKET_RE = re.compile(r"[A-ZĐ][\w'’-]*\s*\([^()]{0,40}$")


_SEAT_BEFORE_RE = re.compile(r"(?:Tổng Lãnh sự|Lãnh sự|Đại sứ)(?: quán)?\s+[A-ZĐ][^\n,.;()]{0,30}?"
                             r"\s+tại\s+(?:(?:TP\.?|Thành phố|thành phố)\s*)?$")


# "Ngày Nhà giáo Việt Nam 20/11", "Ngày Thầy thuốc Việt Nam": a country in a day's name
_DAY_NAME_RE = re.compile(r"(?<!\w)Ngày\s+[A-ZĐ]\w*(?:\s+\w+){0,3}\s+$")
# "Khu lưu niệm Chủ tịch Hồ Chí Minh", "President Ho Chi Minh's birthday": the man the
# city is named after, not the city (a title right before the name, nothing between).
_PERSON_TITLE_RE = re.compile(r"(?<!\w)(?:Chủ tịch|Bác|President|Uncle|tư tưởng|đạo đức|"
                              r"phong cách)\s+$")
# ("Phó Chủ tịch UBND Thành phố …" is an office of the city: its name starts with one)
_OFFICE_HEAD_RE = re.compile(r"(?:UBND|HĐND|[ỦU]ỷ ban|Ủy ban|Thành phố|TP\b|[Tt]ỉnh|People|"
                             r"Province|City)")


_UNIT_WORDS = {"huyện", "xã", "thị xã", "phường", "thị trấn"}
# ("UBND TP. Thủ Đức": a city's committee, its name no country's)
_COMMITTEE_OF_UNIT_RE = re.compile(r"(?:UBND|Ủy ban nhân dân)\s+(?:huyện|xã|thị xã|phường|"
                                   r"thị trấn|thành phố|TP\.?)\s", re.I)


def consulate_elsewhere(gaz: Gazetteer, text: str, known: str, end: int) -> bool:
    """"Tổng Lãnh sự quán Thái Lan tại Đà Nẵng" when the gazetteer knows only the one in
    Ho Chi Minh City, by the short name that ends at `end`: a consulate in another city,
    to be proposed by its own name, not the listed one."""
    entry = gaz.partners[known]
    at = _IN_CITY_RE.match(text, end)
    if entry.kind != "diplomatic_mission" or not at \
            or not any("Consulate" in n or "Lãnh sự" in n for n in entry.names):
        return False
    # (a Vietnamese city is a partner the gazetteer lists, a city abroad a place)
    city = next((table[c.id] for table, found in (
        (gaz.places, gaz.find("places", text, at.start(1), at.end(1))),
        (gaz.partners, gaz.find("partners", text, at.start(1), at.end(1))))
        for c in found if c.start == at.start(1)), None)
    return city is not None and city.kind == "local_government" \
        and not any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", name)
                    for n in city.names for name in entry.names)


class MentionFinder:
    def __init__(self, gazetteer: Gazetteer, text: str):
        self.gaz = gazetteer
        self.text = text
        self.proposals: dict[str, Proposal] = {}
        # "Tổ chức Đông Tây Hội ngộ (EMW)": an acronym the article gives a known partner
        self.acronyms: dict[str, str] = {}
        # "Tổ chức Thiện nguyện Hy Vọng (Hope Volunteers, Singapore)": a body's other name
        self.other_names: dict[str, str] = {}
        self.other_written: dict[str, str] = {}  # the same, as written → the body's id
        # ("Quỹ Pacific Links (Pacific Links Foundation - PLF, Hoa Kỳ)": after its other name)
        self._known_here = list(gazetteer.find("partners", text, 0, len(text)))
        for m in self._known_here:
            # (not a country a name ends with: "Children of Vietnam (CoV)")
            if gazetteer.partners[m.id].kind in PLACE_KINDS:
                continue
            if (acronym := _ACRONYM_AFTER_RE.match(text, m.end) or _NAMED_ACRONYM_AFTER_RE.match(
                    text, m.end)) and acronym[1] not in (
                    m.surface, *(h.surface for h in gazetteer.find("partners", acronym[1], 0,
                                                                  len(acronym[1])))):
                self.acronyms.setdefault(acronym[1], m.id)
            elif (short := _SHORT_NAME_AFTER_RE.match(text, m.end)) and \
                    set(short[1].split()) <= set(m.surface.split()) and short[1] != m.surface:
                # "Tổ chức Plan International (Plan)": a word of its own name, short; "Tổ
                # chức Habitat for Humanity Việt Nam (Habitat Việt Nam)": some of its words
                self.acronyms.setdefault(short[1], m.id)
            if (initials := _initials(m.surface)) and initials not in self.acronyms \
                    and re.search(rf"(?<![\w(]){initials}(?![\w)])", text) \
                    and not gazetteer.find("partners", initials, 0, len(initials)):
                # "Tổ chức Samaritan's Purse …. Trước đó, tổ chức SP đã tài trợ …": the
                # body by the first letters of its name, never spelt out
                self.acronyms[initials] = m.id
        # "Chương trình viện trợ … (GGP) của Chính phủ Nhật Bản", then "Chương trình GGP đã
        # tài trợ …": the programme gives as its owner, named where it was spelt out
        self._programmes = {p[1]: p.end() for p in _PROGRAMME_OF_RE.finditer(text)
                            if not gazetteer.find("partners", p[1], 0, len(p[1]))}
        self._owners: dict[str, str | None] = {}
        self._acronyms_looked_for: set[str] = set()  # proposals whose later acronym was sought
        # "cho chính quyền tỉnh bạn": the province abroad the article speaks of, not the
        # city a body is based in ("tổ chức phi chính phủ có trụ sở tại Osaka")
        counts: dict[str, int] = {}
        for m in self._known_here:
            entry = gazetteer.partners[m.id]
            if entry.kind == "local_government" and entry.country not in (None, "vietnam") \
                    and not _BASED_IN_RE.search(text, max(0, m.start - 30), m.start) \
                    and not _FROM_IN_BRACKET_RE.search(text, max(0, m.start - 50), m.start):
                counts[m.id] = counts.get(m.id, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        self.friend = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]) \
            else None

    def home_of(self, start: int, end: int, title: str | None = None) -> str | None:
        """The Vietnamese province the article speaks for: the one it names most, in its
        body and headline, whether the gazetteer knows it or not."""
        counts: dict[str, int] = {}
        for text, s, e in [(self.text, start, end), (title or "", 0, len(title or ""))]:
            mentions = self.gaz.find("partners", text, s, e)
            # "Tổng Lãnh sự quán Nhật Bản tại Thành phố Hồ Chí Minh", "Tổng Lãnh sự Nhật Bản
            # tại TP. Hồ Chí Minh": where a mission sits is not the province the article is for
            missions = [(m.start, m.end) for m in mentions
                        if self.gaz.partners[m.id].kind == "diplomatic_mission"]
            for m in self._with_nested(mentions):
                entry = self.gaz.partners[m.id]
                if any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end)
                       for a, b in missions) \
                        or _SEAT_BEFORE_RE.search(text, max(0, m.start - 60), m.start) \
                        or self._after_a_title(text, m.start) \
                        or UNIT_NAMED_AFTER_RE.match(text, m.end) \
                        or _UNIT_BEFORE_RE.search(text, max(0, m.start - 10), m.start):
                    # ("huyện Quảng Ninh", "Quang Ninh district" are a district of Quảng Bình)
                    continue
                if entry.kind == "local_government" and entry.country == "vietnam":
                    counts[m.id] = counts.get(m.id, 0) + 1
        written: dict[str, list] = {}  # provinces the gazetteer does not know
        for text, s, e in [(self.text, start, end), (title or "", 0, len(title or ""))]:
            for m in _PROVINCE_RE.finditer(text, s, e):
                abroad = text is self.text and self._country_after(m.end(), e, m[0])[0] not in (
                    None, "vietnam")
                if abroad or self.gaz.find("partners", text, m.start(), m.end()) \
                        or not _VIETNAMESE.search(m[1]) or self._holder_only(m[1]):
                    continue  # "UBND tỉnh Nguyễn Thị Hạnh": a person
                seen = written.setdefault(names.fold(m[0]), [0, None])
                seen[0] += 1
                if text is self.text and seen[1] is None:
                    seen[1] = m
        known = max(counts, key=lambda k: (counts[k], k)) if counts else None
        best = max((v for v in written.values() if v[1]), key=lambda v: v[0], default=None)
        if best and best[0] > counts.get(known, 0):
            m = best[1]
            head = "tỉnh" if m[0].lower().startswith("tỉnh") else "thành phố"
            return self._propose(head, m[0], m.start(), m.end(), end).id
        return known

    def _holder_only(self, name: str) -> bool:
        """"Đào Mỹ" in "Phó Chủ tịch UBND tỉnh Đào Mỹ": a person's name, when it looks like
        one and the article writes "tỉnh Đào Mỹ" only after an office's title; "Hà Giang" is
        written as a place elsewhere ("tại tỉnh Hà Giang")."""
        if not re.fullmatch(rf"(?:{_FAMILY})(?:\s+[{UPPER}][\w]*){{1,3}}", name):
            return False
        written = list(re.finditer(r"(?<!\w)(?:[Tt]ỉnh|[Tt]hành phố)\s+" + re.escape(name)
                                   + r"(?!\w)", self.text))
        return bool(written) and all(_TITLE_BODY_BEFORE_RE.search(
            self.text, max(0, w.start() - 50), w.start()) for w in written)

    def _with_nested(self, mentions: list) -> list:
        """Mentions and the names inside them: "Sở Ngoại vụ tỉnh Tuyên Quang" also names
        Tuyên Quang."""
        found = []
        for m in mentions:
            found.append(m)
            first_word = re.match(r"\S+\s*", m.surface)
            inner_start = m.start + (first_word.end() if first_word else len(m.surface))
            if inner_start < m.end and self.text[m.start:m.end] == m.surface:
                found += self._with_nested(self.gaz.find("partners", self.text, inner_start, m.end))
        return found

    def partners(self, start: int, end: int, home: str | None) -> list[PartnerMention]:
        found = [PartnerMention(m.start, m.end, m.id, m.surface)
                 for m in self.gaz.find("partners", self.text, start, end)
                 if not self._body_of_another_province(m.id, home)
                 and not (home is None and self._province_unnamed(m))
                 and not self._people_of(m)
                 # "châu Á – Thái Bình Dương": the Pacific, not the province of Thái Bình
                 and not (m.surface.endswith("Thái Bình") and self.text.startswith(" Dương", m.end))
                 # "Khu công nghiệp Becamex Bình Phước": a site named for the province
                 and not _SITE_NAMED_FOR_RE.search(self.text, max(0, m.start - 60), m.start)
                 and not consulate_elsewhere(self.gaz, self.text, m.id, m.end)]
        venues: list[tuple[int, int]] = []
        for m in _HEAD_RE.finditer(self.text, start, end):
            # a name ends with its line: a headline's last words run into no date line
            line_end = self.text.find("\n", m.start(), end)
            line_end = end if line_end < 0 else line_end
            if any(p.start <= m.start() < p.end for p in found) \
                    or any(a <= m.start() < b for a, b in venues):
                continue
            if _ORGANISE_RE.match(self.text, m.start(), line_end):
                continue  # "Sở sẽ tổ chức Hội nghị …": to organise, no organisation
            if m[1].lower() == "cơ quan" \
                    and _WHAT_IT_IS_BEFORE_RE.search(self.text, start, m.start()):
                # "Tổ chức Misereor - Cơ quan Phát triển của …": what it is (not after "Năm
                # 2023, ", which opens the sentence)
                continue
            if _CONTINENT_RE.match(self.text, m.start(), line_end):
                continue  # "doanh nghiệp châu Âu": a continent, no region's government
            if self._glossed(m.start(), found):
                # "Tổ chức Enfants du Mékong (Hội Trẻ em Mê Kông, Cộng hòa Pháp)": the body's
                # name in Vietnamese, not a second body
                continue
            if any(c.start < m.start() < c.end for c in self.gaz.find(
                    "places", self.text, max(start, m.start() - 20), min(end, m.end() + 20))):
                continue  # "Cộng hòa Liên bang Đức": a country's own name, no state in it
            after = m.end(1) + 1
            descriptor = _DESCRIPTOR_RE.match(self.text, after, line_end)
            if descriptor:
                after = descriptor.end()  # "Tổ chức phi chính phủ Hikari Kokusai"
            if (descriptor or m[1].lower() == "chính quyền") \
                    and _HEADS[m[1].lower()] == "local_government" and any(
                        p.start == after and self._is_government(p.id) for p in found):
                # "Chính quyền Nhân dân Khu tự trị …", "Chính quyền Thủ đô Viêng Chăn": the
                # region the finder knows
                continue
            name_m = _NAME_RE.match(self.text, after, line_end)
            stop, kind = (name_m.end() if name_m else m.end(1)), _HEADS[m[1].lower()]
            if name_m is None and m[1][:1].isupper() and kind == "foreign_ngo":
                stop = _foreign_words_end(self.text, after, line_end) or stop
            # ("Chính quyền Nhân dân Châu tự trị dân tộc Choang - Miêu Văn Sơn": a government
            # named for a region whose kind is written in lower case)
            if name_m and (kind not in ("local_government", "national_government")
                           or m[1].lower() == "chính quyền"):
                stop = max(stop, nlp.name_end(self.text, after, line_end))
                # "Tổ chức Giúp đỡ người khuyết tật Việt Nam (VNAH)": an acronym in brackets
                # closes the name it follows
                if bracket := _UP_TO_ACRONYM.match(self.text, stop, line_end):
                    stop = bracket.end(1)
            if (kind in _OF_PLACE or m[1] == "Hội") and (
                    body := _OF_PLACE_RE.match(self.text, m.end(1) + 1, line_end)):
                stop = body.end()
            if kind == "association" and (
                    abroad := _ABROAD_RE.match(self.text, m.end(1) + 1, line_end)
                    or _FOREIGNERS_HERE_RE.match(self.text, m.end(1) + 1, line_end)):
                stop = max(stop, abroad.end())
            stop = _caps_name_end(self.text, m.end(1), stop)
            # "Nhóm tình nguyện viên JICA tại Phú Yên": a group of a body's volunteers, named
            # for the body (and where it works), is a giver of its own
            volunteers = _VOLUNTEERS_OF_RE.match(self.text, m.start(), line_end)
            if volunteers:
                stop = volunteers.end()
            if name_m and self.text[after:stop].isascii() and (
                    joined := _ENGLISH_JOIN_RE.match(self.text, stop, line_end)):
                stop = joined.end()  # "Tổ chức Hands for Asia": an English name runs on
            if m[1].lower() == "trường" and (
                    boarding := _BOARDING_SCHOOL_RE.match(self.text, m.end(1) + 1, line_end)):
                stop = max(stop, boarding.end())
            if m[1].lower() == "trường" and (
                    number := _SCHOOL_NUMBER_RE.match(self.text, stop, line_end)):
                stop = number.end()  # "Trường Tiểu học Hàm Ninh 1": the school's own number
            if m[1].lower() == "trường" and (
                    member := _MEMBER_UNIVERSITY_RE.match(self.text, stop, line_end)):
                stop = member.end()  # "Trường Đại học Nông Lâm – Đại học Thái Nguyên"
            if share := _SHARE_IN_NAME_RE.match(self.text, stop, line_end):
                stop = share.end()  # "Quỹ Chia sẻ 1% POSCO", "Quỹ POSCO 1% tài trợ"
            if code := _DISTRICT_CODE_RE.match(self.text, stop, line_end):
                stop = code.end()  # "Câu lạc bộ Lions Quận 300-A1": a club district's code
            inner = [p for p in found if m.start() < p.start < stop]
            if not volunteers and any(not self._is_government(p.id) for p in inner):
                stop = min(p.start for p in inner if not self._is_government(p.id))
                # ("Sở Kế hoạch và Đầu tư Hải Phòng và KfW": the word joining the two)
                stop -= len(_JOINED_BEFORE_RE.search(self.text, m.start(), stop)[0])
            whole = self.text[m.start():stop].strip(" ,")
            surface = _without_person(whole)
            if surface != whole and self._a_place_whole(whole[len(surface):].strip()):
                # "Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên": the province
                # closes the company's name; "Thái" is a family name too
                surface = whole
            held = _HOME_BODY_HELD_RE.match(surface)
            if held and self._holder_only(surface[held.end(1):].strip()) and not any(
                    m.start() + held.end(1) < p.end and p.start < m.start() + len(surface)
                    for p in found):
                # the holder's name is no place the gazetteer knows ("tỉnh Hà Giang" is one)
                if home:
                    found.append(PartnerMention(m.start(), m.start() + held.end(1), home,
                                                held[1], 0.8, home=True))
                continue
            stop = m.start() + len(surface)
            rest = self.text[after:stop].strip(" ,")
            if home and _HEADS[m[1].lower()] == "government_office" \
                    and names.fold(rest) in ("thanh pho", "tinh"):
                # "tại trụ sở UBND Thành phố": the committee of the city the article is of
                found.append(PartnerMention(m.start(), stop, home, surface, 0.8, home=True))
                continue
            # "Trung ương" alone is generic; "Bệnh viện Trung ương Huế" names a hospital.
            group = _GENERIC.match(names.fold(rest))
            generic = group and not any(w[:1].isupper()
                                        for w in rest.split()[len(group[0].split()):])
            if not rest or generic or len(names.fold(rest)) < 3 and not (
                    kind == "national_government" and self._only_a_country(rest)):
                continue  # "Chính phủ Úc" is a government, the country's name short
            if kind in ("foreign_ngo", "association", "company") and self._only_a_country(rest):
                continue  # "Tổ chức Hàn Quốc": a Korean organisation, not one's name
            if kind == "national_government" and not self._only_a_country(rest):
                continue  # "Thủ tướng Chính phủ Phạm Minh Chính": a person, no government
            if _AT_VENUE_RE.search(self.text, max(start, m.start() - 24), m.start()) \
                    and kind != "local_government":
                # "tại Bệnh viện …": where, not who (places: see _is_venue); nor is the place
                # in its name ("tại Trung tâm Y tế huyện Kim Sơn")
                found = [p for p in found if not m.start() <= p.start < m.start() + len(surface)]
                venues.append((m.start(), m.start() + len(surface)))
                continue
            found = [p for p in found if not m.start() <= p.start < m.start() + len(surface)]
            if kind == "local_government" and (known := self._place_by_its_name(
                    m[1], inner, after, m.start() + len(surface))):
                # "Khu tự trị Quảng Tây": the head word, then the name of a region the
                # gazetteer knows in full ("Khu tự trị dân tộc Choang Quảng Tây")
                found.append(PartnerMention(m.start(), m.start() + len(surface), known.id,
                                            surface, known.confidence))
                continue
            end_at = m.start() + len(surface)
            if _ACRONYM_OWN_PROVINCE_RE.match(self.text, end_at, line_end):
                surface += " tỉnh"  # "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh": of the province
            elif m[1] == "Sở" and not any(self._is_government(p.id) for p in inner) \
                    and not _PLACE_WORD_RE.search(surface) and not _DOFA_OR_LETTERS_RE.match(
                        surface, len(m[1]) + 1) \
                    and not _PLACE_AFTER_RE.match(self.text, end_at, line_end):
                # "Sở Y tế" bare: a department is a province's own ("Sở Ngoại vụ" is known
                # as the province's office; "Sở NN&PTNT" is read by its letters)
                surface += " tỉnh"
            head = m[1].lower()
            if head in _HEAD_LETTERS:
                surface = _HEAD_LETTERS[head] + surface[len(head):]
                head = _HEAD_LETTERS[head].lower()
            # (the body's name without the short one it gave in brackets before its place)
            short = _SHORT_BEFORE_PLACE_RE.search(surface)
            surface = _SHORT_BEFORE_PLACE_RE.sub("", surface)
            found.append(self._propose(head, surface, m.start(), end_at, line_end, home=home,
                                       short=short[1] if short else None))
            if kind == "foreign_ngo":
                found += self._listed_after(head, end_at, line_end, found)
        found += self._foreign_funders(start, end, found)
        found = self._named_again(start, end, found)
        # "VNAH còn trao …": a proposed organisation named again by its acronym alone
        self._acronyms_written_later()
        named_by = [(p.acronym, p.id) for p in self.proposals.values() if p.acronym]
        owned = [(a, pid) for a in self._programmes if (pid := self._owner_of(a, home))]
        for acronym, pid in [*named_by, *self.acronyms.items(), *owned]:
            for m in re.finditer(rf"(?<![\w(]){re.escape(acronym)}(?![\w)])", self.text[start:end]):
                at = start + m.start()
                if not any(f.start <= at < f.end for f in found):
                    found.append(PartnerMention(at, at + len(acronym), pid, m[0], 0.6))
        for m in _FUNDER_ACRONYM_RE.finditer(self.text, start, end):
            # "dự án … do CzDA tài trợ": a funder named by an acronym the article never spells
            # out; what kind of body it is, the text does not say
            acronym, at = (m[1], 1) if m[1] else (m[2], 2)
            # (one the article spells out elsewhere, "Quỹ Pacific Links (PALS)", is that body)
            if acronym in _OWN_ABBREVIATIONS or acronym in self.acronyms \
                    or re.search(rf"\({re.escape(acronym)}\b|\b{re.escape(acronym)}\)", self.text) \
                    or any(f.start <= m.start(at) < f.end for f in found):
                continue
            id_ = "extracted-" + slug(acronym)
            self.proposals.setdefault(id_, Proposal(id_, acronym, "other", None, None,
                                                    m.start(at), m.end(at), acronym=acronym))
            found.append(PartnerMention(m.start(at), m.end(at), id_, acronym, 0.5))
        if self.friend:
            for m in _FRIEND_RE.finditer(self.text, start, end):
                if not any(p.start <= m.start() < p.end for p in found):
                    found.append(PartnerMention(m.start(), m.end(), self.friend, m[0], 0.7))
        for written, pid in self.other_written.items():
            # "Tổ chức Hỗ trợ người cao tuổi quốc tế (HelpAge International)", then "Dự án
            # được tài trợ bởi HelpAge International": the body, by its other name
            for m in re.finditer(rf"(?<![\w(]){re.escape(written)}(?![\w)])",
                                 self.text[start:end]):
                a, b = start + m.start(), start + m.end()
                if pid in self.proposals and not any(p.start < b and a < p.end for p in found):
                    found.append(PartnerMention(a, b, pid, written, 0.6))
        if home:
            for m in _HOME_RE.finditer(self.text, start, end):
                if not any(p.start <= m.start() < p.end for p in found):
                    found.append(PartnerMention(m.start(), m.end(), home, m[0], 0.8, home=True))
        found.sort(key=lambda p: p.start)
        kept, venue = [], None
        for p in found:
            # "tại huyện Hương Khê và huyện Vũ Quang": a place joined to a place is one too.
            joined = venue is not None and re.fullmatch(r"\s*(?:và|and)\s*",
                                                        self.text[venue.end:p.start])
            if self._is_venue(p, start) or (joined and self._is_place(p)):
                venue = p
                continue
            venue = None
            if self._country_in_brackets(p) or self._in_a_persons_name(p) \
                    or self._address_in_brackets(p) \
                    or self._other_name_in_brackets(p, kept) \
                    or self._word_of_other_name(p, kept) or self._country_it_is_in(p, kept):
                continue
            kept.append(p)
        return self._drop_qualifiers(self._described_known(kept))

    def _owner_of(self, programme: str, home: str | None) -> str | None:
        if programme not in self._owners:
            self._owners[programme] = None  # (its owner's own mention names no programme)
            at = self._programmes[programme]
            owner = next((p for p in self.partners(at, min(len(self.text), at + 120), home)
                          if p.start == at and not p.home), None)
            self._owners[programme] = owner.id if owner else None
        return self._owners[programme]

    def _described_known(self, kept: list[PartnerMention]) -> list[PartnerMention]:
        """"Quỹ Nhân đạo Golden West": a Vietnamese head and descriptor written before a
        body the gazetteer knows, with nothing between, are that body's Vietnamese name, not
        a body of their own."""
        out = []
        for p, nxt in zip(kept, [*kept[1:], None]):
            known = nxt and self.gaz.partners.get(nxt.id)
            if p.id in self.proposals and known and known.kind not in PLACE_KINDS \
                    and self.text[p.end:nxt.start] == " ":
                continue
            out.append(p)
        return out

    def _other_name_in_brackets(self, p: PartnerMention, before: list) -> bool:
        """"Tổ chức ChildFund Australia (Quỹ Trẻ em Úc)": a body named alone in brackets right
        after another is that body's other name, not a second body."""
        known = self.proposals.get(p.id) or self.gaz.partners.get(p.id)
        if known is None or known.kind in PLACE_KINDS or not before:
            return False
        last = before[-1]
        # (the known name may stop short of the written one: "ChildFund" in "Tổ chức
        # ChildFund Australia")
        # ("Quỹ Trẻ em Sài Gòn (Saigon Children's Charity - SCC)": its acronym after a dash)
        # ("Quỹ Học bổng Lotte (Lotte Scholarship Foundation)": the first word of the body's
        # English name is no other body known by that word; "Tổ chức Trẻ em Mê Kông (Enfants
        # du Mékong, Pháp)": the country it is from after a comma)
        return bool(re.fullmatch(r"(?:\s+[A-Z]\w*){0,3}\s*\(\s*", self.text[last.end:p.start])
                    and (re.match(r"\s*(?:[-–]\s*[A-Z][A-Za-z]{1,9}\s*|" + _ITS_COUNTRY
                                  + r")?\)", self.text[p.end:p.end + 40])
                         or p.start - last.end <= 3 and re.match(
                             r"(?:\s+[A-Z][\w'’&-]*){1,5}\s*\)", self.text[p.end:p.end + 80])))

    def _word_of_other_name(self, p: PartnerMention, before: list) -> bool:
        """"Quỹ Giáo dục Ireland - Việt Nam (Irish Vietnam Education Trust - IVET)": a
        country inside the brackets right after a body, among other words, is a word of that
        body's other name."""
        entry = self.gaz.partners.get(p.id)
        if not (entry and entry.kind in ("national_government", "local_government") and before):
            return False
        inside = re.fullmatch(r"\s*\(([^()]*)", self.text[before[-1].end:p.start])
        after = re.match(r"[^()]*\)", self.text[p.end:p.end + 80])
        if entry.kind == "local_government":
            # ("Tổ chức Cứu trợ Châu Á Osaka (Asia Relief Osaka)": a city that ends the name
            # abroad, capitalised words before it)
            return bool(inside and after and after[0] == ")"
                        and re.fullmatch(r"(?:[A-Z][\w'’-]*\s+)+", inside[1]))
        return bool(inside and after and (inside[1] + after[0]).strip(" )"))

    def _in_a_persons_name(self, p: PartnerMention) -> bool:
        """"ông Mori Takeo, Tổng Lãnh sự …": a place's name that ends a person's name after
        "ông" or "bà" is that person's, not the place (Takeo, a province of Cambodia); so is
        one right after a title ("Chủ tịch Hồ Chí Minh", "President Ho Chi Minh")."""
        entry = self.gaz.partners.get(p.id)
        return bool(entry and entry.kind in PLACE_KINDS
                    and (_PERSON_BEFORE_RE.search(self.text, max(0, p.start - 40), p.start)
                         or self._after_a_title(self.text, p.start)))

    @staticmethod
    def _after_a_title(text: str, at: int) -> bool:
        return bool(_PERSON_TITLE_RE.search(text, max(0, at - 12), at)
                    and not _OFFICE_HEAD_RE.match(text, at))

    def _people_of(self, m) -> bool:
        """"nhà hảo tâm là người Việt Nam ở nước ngoài", "lưu học sinh người Lào": a
        country's people, not its government. "Ngày Nhà giáo Việt Nam": a day's name."""
        entry = self.gaz.partners.get(m.id)
        return bool(entry and entry.kind == "national_government" and (
            re.search(r"(?<!\w)người\s+$", self.text[max(0, m.start - 8):m.start])
            or _DAY_NAME_RE.search(self.text, max(0, m.start - 40), m.start)))

    def _country_in_brackets(self, p: PartnerMention) -> bool:
        """A country alone in brackets says where the thing before it is: "cặp cửa khẩu Tân
        Thanh (Việt Nam) - Pò Chài (Trung Quốc)" names two gates, no party."""
        entry = self.gaz.partners.get(p.id)
        return bool(entry and entry.kind == "national_government"
                    and re.match(r"\(\s*$", self.text[max(0, p.start - 2):p.start].lstrip())
                    and re.match(r"\s*\)", self.text[p.end:p.end + 2]))

    def _address_in_brackets(self, p: PartnerMention) -> bool:
        """"Tổng Lãnh sự Việt Nam tại Nam Ninh (Khu tự trị dân tộc Choang Quảng Tây, Trung
        Quốc)": a place abroad in brackets after "tại" and a city says where that city is,
        no party."""
        entry = self.gaz.partners.get(p.id)
        return bool(entry and entry.kind == "local_government" and not p.home
                    and entry.country not in (None, "vietnam")
                    and re.search(r"(?<!\w)tại\s+[^,;()]{2,40}\(\s*$",
                                  self.text[max(0, p.start - 50):p.start])
                    and re.match(r"\s*(?:,[^,;()]{2,30})?\)", self.text[p.end:p.end + 35]))

    def _is_place(self, p: PartnerMention) -> bool:
        known = self.proposals.get(p.id) or self.gaz.partners.get(p.id)
        return bool(known and known.kind == "local_government" and not p.home)

    def _country_it_is_in(self, p: PartnerMention, kept: list[PartnerMention]) -> bool:
        """"Tổ chức Oxfam tại Việt Nam": the country right after a body and "tại" is where
        the body works, not a party of its own."""
        known = self.gaz.partners.get(p.id)
        return bool(kept and known and known.kind == "national_government"
                    and not self._is_government(kept[-1].id)
                    and re.fullmatch(r"\s+(?:tại|ở)\s+", self.text[kept[-1].end:p.start]))

    def _is_venue(self, p: PartnerMention, clause_start: int) -> bool:
        """"tại xã Hữu Kiên, huyện Chi Lăng, Đại sứ quán …": a place after "tại" is where
        something happened, not who took part."""
        known = self.proposals.get(p.id) or self.gaz.partners.get(p.id)
        if p.home or not known or known.kind != "local_government":
            return False
        before = self.text[max(clause_start, p.start - 80):p.start]
        if PEOPLE_OF_PROVINCES_RE.search(self.text, max(clause_start, p.start - 120), p.start) \
                and not LOWER_UNIT_RE.match(p.surface):
            return False
        # "tại 4 xã Gia Hòa 1, …", "tại các xã …": how many places, then which
        if re.search(r"(?<!\w)(?:tại|ở)\s+(?:(?:các|những|\d+)\s+)?$", before, re.I):
            return True
        # Further down the list only when the list goes on or ends there: in "tại thành
        # phố Suwon, tỉnh Hà Giang và tỉnh Gyeonggi đã ký kết" Hà Giang is a party.
        # ("" at the end of the text: the list ended there.)
        # the rest of a hyphenated name and a bracketed country belong to the place:
        # "tỉnh Gyeongsangbuk-do (Hàn Quốc), …"
        rest = re.match(r"[\w-]*\s*(?:\([^()]{1,30}\))?", self.text[p.end:p.end + 40])
        after = p.end + (rest.end() if rest else 0)
        return bool(_VENUE_BEFORE.search(before)) and self.text[after:after + 1] in ",.;\n"

    def _listed_after(self, head: str, at: int, end: int,
                      found: list[PartnerMention]) -> list[PartnerMention]:
        listed = []
        while item := _LIST_ITEM_RE.match(self.text, at, end):
            start, stop = item.start(1), item.end(1)
            if _HEAD_RE.match(self.text, start, end) or _GENERIC.match(names.fold(item[1])):
                break
            if not any(p.start <= start < p.end for p in found):
                listed.append(self._propose(head, item[1], start, stop, end, named_by_head=False))
            at = stop
        return listed

    def _body_of_another_province(self, partner_id: str, home: str | None) -> bool:
        """"Sở Ngoại vụ" is Hà Giang's department in Hà Giang's news only: a body known by
        a name every province uses belongs to the article's own province or is new."""
        parent = self.gaz.partners[partner_id].part_of
        entry = self.gaz.partners.get(parent) if parent else None
        return bool(home and entry and entry.kind == "local_government"
                    and entry.country == "vietnam" and parent != home)

    def _province_unnamed(self, m: Mention) -> bool:
        """"UBND tỉnh", "Sở Ngoại vụ" on a page that names no province of its own: a body
        known by a name every province uses is no particular province's."""
        parent = self.gaz.partners[m.id].part_of
        entry = self.gaz.partners.get(parent) if parent else None
        return bool(entry and entry.kind == "local_government" and entry.country == "vietnam"
                    and not any(names.fold(n).removeprefix("tinh ") in names.fold(m.surface)
                                for n in entry.names))

    def _place_by_its_name(self, head: str, inner: list[PartnerMention], start: int,
                           end: int) -> PartnerMention | None:
        """The known local government whose name is all that follows a place's head word,
        when the gazetteer names it with that head word too: "Thành phố Lào Cai" is no name of
        the province of Lào Cai."""
        def headed(pid: str) -> bool:
            entry = self.gaz.partners.get(pid)
            return bool(entry and entry.kind == "local_government" and any(
                names.fold(n).startswith(names.fold(head) + " ") for n in entry.names))
        return next((p for p in inner if p.start == start and p.end == end and headed(p.id)),
                    None)

    def _glossed(self, at: int, found: list[PartnerMention]) -> bool:
        """Whether a head word at `at` opens a bracket right after a body's name."""
        opened = re.search(r"\(\s*$", self.text[max(0, at - 3):at])
        if not opened:
            return False
        bracket = self.text.rfind("(", 0, at)
        for p in found:
            if re.fullmatch(r"\s?", self.text[p.end:bracket]) and p.end <= bracket:
                entry = self.proposals.get(p.id) or self.gaz.partners.get(p.id)
                if entry and entry.kind in _NGO_KINDS:
                    return True
        return False

    def _a_place_whole(self, written: str) -> bool:
        """Whether `written` is, all of it, a province or city the gazetteer knows."""
        return any(h.start == 0 and h.end == len(written) and self._is_government(h.id)
                   for h in self.gaz.find("partners", written, 0, len(written)))

    def _is_government(self, partner_id: str) -> bool:
        """A government named inside a longer name ("Đại sứ quán Việt Nam tại Hàn Quốc",
        "Bệnh viện Đa khoa tỉnh Tuyên Quang") is part of that name."""
        entry = self.gaz.partners.get(partner_id)
        return bool(entry and entry.kind in ("local_government", "national_government"))

    def _propose(self, head: str, surface: str, start: int, end: int, limit: int,
                 named_by_head: bool = True, home: str | None = None,
                 short: str | None = None) -> PartnerMention:
        level = next((w for w in ("tỉnh", "thành phố") if surface.endswith(" " + w)), None)
        if home in self.gaz.partners and level and (province := next(
                (n for n in self.gaz.partners[home].names if n.startswith(level + " ")), None)) \
                and not self._other_province_before(start, home):
            # "Bệnh viện Đa khoa tỉnh" in news of Hà Tĩnh: the province's own hospital, by
            # its whole name (not "về phía tỉnh Hủa Phăn có … Sở Giáo dục và Thể thao tỉnh");
            # "Hội LHPN thành phố" in news of Cần Thơ, the city's
            surface = surface[:-len(level)] + province
        own_name = named_by_head and _HEADS[head] in ("foreign_ngo", "association", "company")
        close = self.gaz.closest("partners", surface) or (
            own_name and self.gaz.closest("partners", surface[len(head):]))
        if close and (not self._same_place_named(surface, close[0])
                      or self._body_of_another_province(close[0], home)):
            close = None  # "UBND tỉnh Bắc Giang" is no misspelt "UBND tỉnh Hà Giang"
        if close:
            return PartnerMention(start, end, close[0], surface, round(0.9 * close[1] / 100, 2))
        if (placed := next((k for k in self._known_here if k.surface.startswith(surface + " tại ")
                            and k.start < start), None)) and len(surface.split()) >= 3:
            # "Văn phòng Kinh tế và Văn hóa Đài Bắc tại TP Hồ Chí Minh", then "Văn phòng
            # Kinh tế và Văn hóa Đài Bắc": the office named before, without where it is
            return PartnerMention(start, end, placed.id, surface, 0.8)
        if home and names.fold(surface) == "so ngoai vu" and home in self.gaz.partners:
            # "Sở Ngoại vụ" alone, in news of a province whose department the gazetteer does
            # not list: that province's department, which speaks for it
            return PartnerMention(start, end, home, surface, 0.8, home=True)
        if own_name and (known := self._known_by_acronym(end, limit)):
            # "Tổ chức Cứu trợ người nghèo đói quốc tế Hàn Quốc (KFHI)": the gazetteer's
            # KFHI, by a Vietnamese name it does not list
            return PartnerMention(start, end, known, surface, 0.8)
        own = surface[len(head):].strip() if named_by_head else surface
        other = _OTHER_NAME_RE.match(self.text, end, limit)
        other = other[1] if other and not self.gaz.find("places", other[1], 0,
                                                         len(other[1])) else None
        at_place = _SHORT_AT_PLACE_RE.fullmatch(own) if own else None
        twin = next((p for p in self.proposals.values() if own and own == p.acronym
                     # "Sở NN&PTNT tỉnh Đắk Lắk" after "Sở Nông nghiệp và Phát triển nông
                     # thôn (NN&PTNT) tỉnh Đắk Lắk": the same department, by its short name
                     or at_place and p.name.endswith(" " + at_place[2]) and (
                         at_place[1] == p.acronym
                         # "Hội LHPN tỉnh" after "Hội Liên hiệp Phụ nữ tỉnh Điện Biên": by
                         # the initials of the words between its head and its place
                         or at_place[1].isupper() and at_place[1] in _initial_runs(
                             p.name[len(head):-len(at_place[2])]))
                     or _where_dropped(p.name) == _where_dropped(surface)
                     # "Tổ chức Hope Volunteers" and "Tổ chức Thiện nguyện Hy Vọng (Hope
                     # Volunteers, Singapore)": one body, its other name in brackets
                     or own and self.other_names.get(names.fold(own)) == p.id
                     or other and names.fold(other) == names.fold(_own_name(p.name))), None)
        if other and not twin:
            self.other_names.setdefault(names.fold(other), "extracted-" + slug(surface))
            self.other_written.setdefault(other, "extracted-" + slug(surface))
        if twin:  # "Tổ chức HKI" after "Tổ chức phi chính phủ Hikari Kokusai (HKI)"
            # (or "Hội Phật tử Từ Bi Busan", taken for Vietnamese by its spelling alone, then
            # "… (Busan Jabi Buddhist Association, Hàn Quốc)")
            guessed = twin.country == "vietnam" and twin.country_written is None \
                and head not in _UNIT_WORDS
            if (twin.country is None or guessed) and _HEADS[head] != "domestic_organisation":
                # the headline names "Tổ chức Hope Bridge", the lede "… (Hàn Quốc)" (only what
                # follows the name overrides its spelling: "huyện Tuy Đức" is no German place)
                country, written = self._country_after(end, limit, surface,
                                                       own_words=not guessed)
                if country and country != "vietnam":
                    self.proposals[twin.id] = replace(twin, country=country,
                                                      country_written=written)
            twin = self.proposals[twin.id]
            if twin.acronym is None and (acronym := _ACRONYM_AFTER_RE.match(self.text, end,
                                                                             limit)):
                # the headline names "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam", the lede
                # the same "(KOCHAM)": the body goes by that acronym from there on
                twin = self.proposals[twin.id] = replace(twin, acronym=acronym[1])
            elif twin.acronym is None and short:
                twin = self.proposals[twin.id] = replace(twin, acronym=short)
            if len(surface) > len(twin.name) and _where_dropped(twin.name) == _where_dropped(
                    surface) and _LEGAL_FORM_RE.search(surface):
                # "Công ty Vedan Việt Nam" in the headline, "Công ty Cổ phần Hữu hạn Vedan
                # Việt Nam" in the body: one company, by its whole name
                self.proposals[twin.id] = replace(twin, name=surface)
            elif twin.name.isupper() and not surface.isupper():
                # "TRƯỜNG TIỂU HỌC LONG HÒA" in a headline in capitals, "Trường Tiểu học Long
                # Hòa" in the body: the body's writing is the name
                self.proposals[twin.id] = replace(twin, name=surface)
            return PartnerMention(start, end, twin.id, surface, 0.6)
        kind = _HEADS[head]
        # "Trường Đại học Hồng Đức" is no German school, nor "huyện Tuy Đức" a German
        # district: a school, hospital or centre, and a district or commune, take a country
        # only from what follows the name
        # ("UBND huyện Tuy Đức": the district's committee, the same)
        unit_named = head in _UNIT_WORDS or bool(_COMMITTEE_OF_UNIT_RE.match(surface))
        country, written = self._country_after(
            end, limit, surface, own_words=kind != "domestic_organisation" and not unit_named)
        if kind == "foreign_ngo" and country == "vietnam":
            kind = "domestic_organisation"
        if unit_named and country is None:
            country = self._written_abroad(surface)
        if kind == "multilateral" and country == "vietnam":
            kind = "company"
        if country is None and "vietnam" in self.gaz.places and (
                kind == "diplomatic_mission" and " tại " not in surface
                or kind != "foreign_ngo" and head != "cơ quan" and _VIETNAMESE.search(
                    surface[len(head):] if named_by_head else surface)
                and not self._of_a_province_abroad(surface)):
            country = kind == "domestic_organisation" and self._named_for_a_place_abroad(
                surface) or "vietnam"
        id_ = "extracted-" + slug(surface)
        acronym = _ACRONYM_AFTER_RE.match(self.text, end, limit) \
            or _NAMED_ACRONYM_AFTER_RE.match(self.text, end, limit)
        short = acronym and next((p for p in self.proposals.values()
                                  if _own_name(p.name) == acronym[1] and (p.kind == kind or {
                                      p.kind, kind} <= _NGO_KINDS)), None)
        if short:
            # "Tổ chức KIDS (Hàn Quốc)" in the headline, "Tổ chức Phát triển Cộng đồng Quốc tế
            # Hàn Quốc (KIDS)" in the body: one body, by its whole name
            self.proposals[short.id] = replace(short, name=surface, acronym=acronym[1],
                                               country=short.country or country)
            return PartnerMention(start, end, short.id, surface, 0.6)
        known = self.proposals.setdefault(id_, Proposal(id_, surface, kind, country, written,
                                                        start, end,
                                                        acronym[1] if acronym else short))
        if known.acronym is None and acronym:
            self.proposals[id_] = replace(known, acronym=acronym[1])
        return PartnerMention(start, end, id_, surface, 0.6)

    def _known_by_acronym(self, end: int, limit: int) -> str | None:
        """The partner the gazetteer knows by exactly the acronym in brackets at `end`, or
        by exactly the short name there ("Tổ chức Quỹ Nhi đồng (ChildFund)"): the
        Vietnamese name is a translation of the name the body is known by."""
        # ("… (Good Neighbors International – GNI, Hàn Quốc)": the acronym after the name)
        acronym = _ACRONYM_AFTER_RE.match(self.text, end, limit) \
            or _NAMED_ACRONYM_AFTER_RE.match(self.text, end, limit)
        bracket = acronym or _SHORT_NAME_AFTER_RE.match(self.text, end, limit)
        if not bracket:
            return None
        hits = {h.id for h in self.gaz.find("partners", bracket[1], 0, len(bracket[1]))
                if h.surface == bracket[1]}
        hits = {h for h in hits if acronym or self.gaz.partners[h].kind not in PLACE_KINDS}
        return next(iter(hits)) if len(hits) == 1 else None

    def _written_abroad(self, surface: str) -> str | None:
        """"… cho chính quyền và nhân dân huyện Xê Pôn" where the page wrote "huyện Xê Pôn,
        tỉnh Savannakhet (Lào)" before: the country of the known place a unit was written
        with."""
        bare = re.sub(r"^(?:UBND|Ủy ban nhân dân|Chính quyền)\s+", "", surface, flags=re.I)
        for m in re.finditer(re.escape(bare) + r",\s+", self.text):
            for k in self.gaz.find("partners", self.text, m.end(),
                                   min(len(self.text), m.end() + 60)):
                entry = self.gaz.partners[k.id]
                if k.start == m.end() and entry.kind == "local_government" \
                        and entry.country not in (None, "vietnam"):
                    return entry.country
        return None

    def propose_receiver(self, receiver: Receiver, limit: int) -> str:
        """The partner a gift's receiving phrase names ("Trung tâm Y tế huyện Krông Bông",
        "lưu học sinh Lào"): the one the gazetteer knows by that whole name, else a
        proposal with the name as written."""
        known = [m for m in self.gaz.find("partners", self.text, receiver.start, receiver.end)
                 if m.start == receiver.start and m.end == receiver.end]
        if known:
            return known[0].id
        head = _HEAD_RE.match(self.text, receiver.start, receiver.end)
        if head and head.end(1) < receiver.end and receiver.kind != "other" \
                and self.text[head.start():head.end(1)].lower() in _HEADS:
            return self._propose(head[1].lower(), receiver.surface, receiver.start,
                                 receiver.end, limit).id
        id_ = "extracted-" + slug(receiver.surface)
        country = "vietnam" if receiver.kind != "other" and "vietnam" in self.gaz.places \
            and _VIETNAMESE.search(receiver.surface) else None
        self.proposals.setdefault(id_, Proposal(id_, receiver.surface, receiver.kind, country,
                                                None, receiver.start, receiver.end))
        return id_

    def _foreign_funders(self, start: int, end: int,
                         found: list[PartnerMention]) -> list[PartnerMention]:
        """"Dự án được tài trợ bởi Métropole de Lyon (Pháp) …": a name in a foreign language,
        with no head word, that pays, its country in brackets after it."""
        out = []
        for m in _FOREIGN_FUNDER_RE.finditer(self.text, start, end):
            if any(p.start <= m.start("name") < p.end for p in found) \
                    or VIETNAMESE_ONLY.search(m["name"]):
                continue
            country = next((c.id for c in self.gaz.find("places", self.text, m.start("country"),
                                                        m.end("country"))
                            if (c.start, c.end) == m.span("country")
                            and self.gaz.places[c.id].kind == "country"), None)
            if country is None or country == "vietnam":
                continue
            kind = "local_government" if _CITY_WORDS.search(m["name"]) else "foreign_ngo"
            id_ = "extracted-" + slug(m["name"])
            self.proposals.setdefault(id_, Proposal(id_, m["name"], kind, country, m["country"],
                                                    m.start("name"), m.end("name")))
            out.append(PartnerMention(m.start("name"), m.end("name"), id_, m["name"], 0.6))
        return out

    def _only_a_country(self, rest: str) -> bool:
        # "Chính phủ Vương quốc Bỉ", "Chính phủ Cộng hòa Pháp": the state's form, then its name
        rest = _STATE_FORM_RE.sub("", rest)
        found = self.gaz.find("places", rest, 0, len(rest))
        return len(found) == 1 and found[0].start == 0 and found[0].end == len(rest) \
            and self.gaz.places[found[0].id].kind == "country"

    def _countries_in(self, name: str) -> set[str]:
        return {c.id for c in self.gaz.find("places", name, 0, len(name))
                if self.gaz.places[c.id].kind == "country"}

    def _same_place_named(self, surface: str, known_id: str) -> bool:
        """A close spelling forgives a typo in a name, not another place in it: the words
        left once the kind of body is taken away must still be close, and a country it
        names ("Tổng Lãnh sự quán Thái Lan tại Đà Nẵng") must be the known body's too."""
        entry = self.gaz.partners[known_id]
        mine_in = self._countries_in(surface)
        if mine_in and not any(self._countries_in(n) >= mine_in for n in entry.names):
            return False
        mine = _PLACE_WORDS.sub(" ", names.fold(surface)).split()
        for known in entry.names:
            theirs = _PLACE_WORDS.sub(" ", names.fold(known)).split()
            if fuzz.ratio(" ".join(mine[-len(theirs):] if theirs else mine), " ".join(theirs)) \
                    >= 90 or fuzz.ratio(" ".join(mine), " ".join(theirs)) >= 90:
                return True
        return False

    def _other_province_before(self, start: int, home: str) -> bool:
        """Whether the words just before `start` name a province other than `home`."""
        before = max(0, self.text.rfind(".", 0, start) + 1, start - 150)
        return any(k.id != home and self.gaz.partners[k.id].kind == "local_government"
                   for k in self.gaz.find("partners", self.text, before, start))

    def _of_a_province_abroad(self, surface: str) -> bool:
        """"Hội Hữu nghị Nhật - Việt tỉnh Chiba": a body of a province that is none of
        Vietnam's is not Vietnamese for its Vietnamese spelling."""
        where = _PROVINCE_RE.search(surface)
        if not where:
            return False
        # (to the name's end: "tỉnh Bà Rịa - Vũng Tàu" is one province, its dash no end)
        found = self.gaz.find("partners", surface, where.start(), len(surface))
        return not any(self.gaz.partners[k.id].country == "vietnam" for k in found)

    def _acronyms_written_later(self) -> None:
        """"Trường Đại học Western Sydney (Australia)" in the headline, "… Trường Đại học
        Western Sydney (Western Sydney University – WSU)" in the lede: the acronym after the
        name, told once, is the body's though the headline proposed it first."""
        for p in list(self.proposals.values()):
            if p.acronym is not None or len(p.name) < 6 or p.id in self._acronyms_looked_for:
                continue
            self._acronyms_looked_for.add(p.id)
            for m in re.finditer(re.escape(p.name), self.text):
                acronym = _ACRONYM_AFTER_RE.match(self.text, m.end()) \
                    or _NAMED_ACRONYM_AFTER_RE.match(self.text, m.end())
                if acronym and acronym[1] not in _OWN_ABBREVIATIONS:
                    self.proposals[p.id] = replace(p, acronym=acronym[1])
                    break
                # "Tổ chức Cứu trợ Châu Á Osaka (Asia Relief Osaka)", then "ARO đã trao …":
                # the initials of the name glossed in brackets, written later alone
                gloss = _GLOSS_AFTER_RE.match(self.text, m.end())
                initials = gloss and "".join(w[0] for w in gloss[1].split() if w[0].isupper())
                if initials and 3 <= len(initials) <= 8 and initials not in _OWN_ABBREVIATIONS \
                        and re.search(rf"(?<!\w){initials}(?!\w)", self.text[gloss.end():]):
                    self.proposals[p.id] = replace(p, acronym=initials)
                    break

    def _named_again(self, start: int, end: int,
                     found: list[PartnerMention]) -> list[PartnerMention]:
        """"Tổ chức Children of Vietnam (Hoa Kỳ)", then "… do Children of Vietnam (CoV) tài
        trợ": a body proposed before, named again without its head word, is that body, not
        the country its name ends with; an acronym after it is its own from there on."""
        for p in list(self.proposals.values()):
            # ("Công ty TNHH Aeon Việt Nam", then "Aeon Việt Nam": without its legal form)
            own = _LEADING_LEGAL_FORM_RE.sub("", _own_name(p.name))
            # ("thành phố Kanazawa", then "đoàn Kanazawa": a city abroad by its name alone)
            abroad = p.kind == "local_government" and _FOREIGN_PLACE_RE.fullmatch(p.name)
            own = abroad[1] if abroad else own
            # (one word will do when it is no Vietnamese word, nor an acronym the article
            # spells out in brackets after a longer name: "tổ chức Help", then "Help đã hỗ
            # trợ …"; not "(Veterans For Peace - VFP)")
            if own == p.name or p.kind not in _NGO_KINDS | {"company"} and not abroad \
                    or len(own.split()) < 2 and not (own.isascii() and len(own) >= 3 and not (
                        own.isupper() and re.search(rf"[(\s]{re.escape(own)}\)", self.text))) \
                    or not own[:1].isupper():
                continue
            # ("Công ty TNHH Thép POSCO Yamato Vina", then "POSCO Yamato Vina": without the
            # Vietnamese word for its trade either)
            words = own.split()
            shorter = [" ".join(words[i:]) for i in range(1, len(words) - 1)
                       if words[i].isascii() and words[i][:1].isupper()][:1]
            # ("Công ty TNHH Hyosung Việt Nam", then "Hyosung": the company without the
            # country its local arm is named for)
            bare = _LOCAL_ARM_RE.sub("", own)
            shorter += [bare] if bare != own and bare.isascii() and len(bare) >= 4 \
                and bare[:1].isupper() and not bare.isupper() else []
            # ("Công ty TNHH Điện tử Samsung HCMC CE Complex", then "Samsung": a company by
            # its brand, the first foreign word of its name)
            brand = next((w for w in words if w.isascii() and w[:1].isupper()), None)
            shorter += [brand] if p.kind == "company" and brand and len(brand) >= 5 \
                and not brand.isupper() and brand not in shorter and brand != own else []
            # ("Viện Nghiên cứu Quốc gia về Di sản Văn hóa Nara", then "Viện Nara": its head
            # and the foreign word its Vietnamese name ends with)
            if len(words) >= 3 and words[-1].isascii() and words[-1][:1].isupper() \
                    and not words[-1].isupper() and len(words[-1]) >= 3 \
                    and not all(w.isascii() for w in words):
                shorter.append(p.name[:len(p.name) - len(own)] + words[-1])
            for m in (m for name in [own, *shorter] for m in re.finditer(
                    rf"(?<!\w){re.escape(name)}(?!\w)", self.text[start:end])):
                a, b = start + m.start(), start + m.end()
                if any(f.start <= a and b <= f.end and f.end - f.start > b - a for f in found):
                    continue  # inside the whole name
                if abroad and (city := _CITY_WORD_AFTER_RE.match(self.text, b)):
                    b = city.end()  # "Toulouse Métropole": the city by its own kind
                elif abroad and (len(own) < 5
                                 or _CAPITAL_BEFORE_RE.search(self.text, max(0, a - 40), a)
                                 or _CAPITAL_AFTER_RE.match(self.text, b)):
                    continue  # (the city's name as a word of another: "U Đôm Xay", "Vi Xay")
                found = [f for f in found if not (a <= f.start and f.end <= b)]
                found.append(PartnerMention(a, b, p.id, self.text[a:b], 0.6))
                acronym = _ACRONYM_AFTER_RE.match(self.text, b, end)
                if acronym and self.proposals[p.id].acronym is None:
                    self.proposals[p.id] = replace(self.proposals[p.id], acronym=acronym[1])
        # "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Bình", then "BĐBP tỉnh Quảng Bình" or
        # "BĐBP Quảng Bình": the initials of some of its words, then its place
        for m in _INITIALS_AT_PLACE_RE.finditer(self.text, start, end):
            body = next((p for p in self.proposals.values() if p.name.endswith(" " + m[2])
                         and m[1] in _initial_runs(_PLACE_KIND_END_RE.sub(
                             "", p.name[:-len(m[2])].rstrip()))), None)
            if body and not any(f.id == body.id and f.start == m.start() for f in found):
                found = [f for f in found if not (m.start() <= f.start and f.end <= m.end())]
                found.append(PartnerMention(m.start(), m.end(), body.id, m[0], 0.6))
        return sorted(found, key=lambda f: f.start)

    def _named_for_a_place_abroad(self, surface: str) -> str | None:
        """"Trường Trung học cơ sở Snuol" after "huyện Snuol, tỉnh Kratie": a school or
        clinic named for a district or commune the article has placed abroad is there; its
        country."""
        return next((p.country for p in self.proposals.values()
                     if p.kind == "local_government" and p.country not in (None, "vietnam")
                     and (own := _own_name(p.name)) != p.name
                     and re.search(rf"\s{re.escape(own)}$", surface)), None)

    def _country_after(self, end: int, limit: int, surface: str,
                       own_words: bool = True) -> tuple[str | None, str | None]:
        """The country a name is followed by ("… (Hàn Quốc)", "…/Úc") or contains ("… tại
        Côn Minh"), when the gazetteer knows the place."""
        tail = re.match(r"\s*(?:/|\(|,\s*)\s*([^()/,;]{2,40})", self.text[end:limit])
        # "(thành phố Suwon, tỉnh Gyeonggi, Hàn Quốc)": each place the bracket lists
        listed = re.match(r"\s*\(([^()]{2,80})\)", self.text[end:limit])
        tails = [tail[1]] if tail else []
        tails += [w.strip() for w in listed[1].split(",")[1:]] if listed else []
        # "Bệnh viện Đại học Quốc gia Chungnam (CNUH), Hàn Quốc": its acronym, then where
        if after := re.match(rf"\s*\([^()]{{1,40}}\)\s*,\s*"
                             rf"([{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,3}})", self.text[end:limit]):
            tails.append(after[1])
        where = surface.split(" tại ", 1)[1] if " tại " in surface else None
        for written in [w for w in (*tails, where, own_words and surface) if w]:
            start = self.text.find(written, end if written in tails else end - len(surface))
            longer = self.gaz.find("partners", self.text, start, start + len(written))
            places = self.gaz.find("places", self.text, start, start + len(written))
            if written in tails and written[:1].isupper() \
                    and not self._only_places(written, start, places, longer):
                # "(Kinderhilfe Vietnam e.V.)": another name, not where it is from ("(doanh
                # nghiệp vốn đầu tư Trung Quốc …)" still says whose capital it is)
                continue
            for place in places:
                # "tỉnh Lào Cai" holds "Lào", the country, inside a Vietnamese province's name
                within = next((p for p in longer if p.start <= place.start and place.end <= p.end
                               and p.end - p.start > place.end - place.start), None)
                entry = self.gaz.partners.get(within.id) if within else None
                country = entry.country if entry else self.gaz.country_of_place(place.id)
                if country:
                    return country, (within or place).surface
        bracketed = re.match(r"\s*[/(]\s*([^()/,;]{2,30}?)\s*[)]", self.text[end:limit])
        if bracketed and bracketed[1][:1].isupper() and len(bracketed[1].split()) <= 3:
            return None, bracketed[1]  # a country the gazetteer does not know: kept in a note
        return None, None

    def _only_places(self, written: str, start: int, places: list, longer: list) -> bool:
        """Nothing but places (and the words that join them) in `written`: "Hàn Quốc", "Đài
        Loan - Trung Quốc", "tỉnh Vân Nam"."""
        left = written
        # (a body the gazetteer knows is no place: ", Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA)"
        # after "huyện Kon Plông" is the next actor, not the district's country)
        governments = [m for m in longer if (entry := self.gaz.partners.get(m.id))
                       and entry.kind in ("local_government", "national_government")]
        for m in sorted([*places, *governments], key=lambda m: m.start - m.end):
            a, b = m.start - start, m.end - start
            if 0 <= a and b <= len(written) and left[a:b].strip():
                left = left[:a] + " " * (b - a) + left[b:]
        return not re.search(r"\w", re.sub(r"(?i)(?<!\w)(?:và|and|thuộc)(?!\w)", "", left))

    def _drop_qualifiers(self, found: list[PartnerMention]) -> list[PartnerMention]:
        kept: list[PartnerMention] = []
        last_end = -1  # where the previous mention, kept or dropped as a qualifier, ends
        last_id = None
        for m in found:
            prev = kept[-1] if kept else None
            known = self.proposals.get(m.id) or self.gaz.partners.get(m.id)
            is_place_like = bool(known and known.kind == "local_government")
            if prev and m.id == prev.id and m.start < last_end:
                continue  # (inside the brackets of the body's own names, passed over)
            gap = self.text[last_end:m.start] if prev and last_end >= prev.end else ""
            if prev and m.id == prev.id and re.fullmatch(r"\s*\(", gap):
                continue  # "quận Suseong (Suseong-gu), …": the same place's other name
            if prev and m.id == prev.id and re.fullmatch(r"\s*\([^()]*", gap) \
                    and (close := re.match(r"[^()]*\)", self.text[m.end:])):
                # "Phòng Thủ công nghiệp Chemnitz (Handwerkskammer Chemnitz – HWK Chemnitz),
                # bang Sachsen": the body's own names in brackets; what follows them is read
                # as after the body
                last_end = m.end + close.end()
                continue
            if prev and m.id == last_id and re.fullmatch(r"\s*\(", gap) \
                    and (close := re.match(r"\s*\)", self.text[m.end:])):
                # "…, thành phố Bách Sắc (Baise), Khu tự trị …": the other name of the
                # place just dropped as where the body lies, dropped with it
                last_end = m.end + close.end()
                continue
            last_id = m.id
            if prev and is_place_like and _QUALIFIER_GAP.match(gap) \
                    and not prev.home and (self._is_qualifier(prev, m)
                                           or self._address_of(prev, m)):
                self._lies_in(prev, known)
                last_end = m.end
                continue
            # "Châu Văn Sơn (Vân Nam, Trung Quốc)", "tỉnh Hà Giang (Việt Nam)": a place or
            # country in brackets right after a place says where it is
            own = self.proposals.get(prev.id) or self.gaz.partners.get(prev.id) if prev else None
            if prev and own and own.kind == "local_government" and known and known.kind in (
                    "local_government", "national_government") \
                    and re.fullmatch(r"\s*\(\s*", self.text[prev.end:m.start]):
                last_end = m.end
                continue
            kept.append(m)
            last_end = m.end
        return kept

    def _lies_in(self, prev: PartnerMention, place) -> None:
        """"huyện Phôn Hồng, tỉnh Viêng Chăn": a place proposed from its Vietnamese spelling
        lies in the country of the known place written after it."""
        proposal = self.proposals.get(prev.id)
        if proposal and proposal.kind == "local_government" and place.country \
                and place.country != "vietnam" and proposal.country in (None, "vietnam"):
            self.proposals[prev.id] = replace(proposal, country=place.country)

    def _address_of(self, prev: PartnerMention, m: PartnerMention) -> bool:
        """"Trường THCS Tân Sơn, huyện Lục Ngạn, tỉnh Bắc Giang": a place written after a
        body that is no place itself is the body's address, not a second party."""
        body = self.proposals.get(prev.id) or self.gaz.partners.get(prev.id)
        place = self.proposals.get(m.id) or self.gaz.partners.get(m.id)
        # (an office's too when a higher place follows the place: "Ủy ban Quản lý cửa khẩu Ái
        # Điểm, huyện Ninh Minh, Khu tự trị …"; not "Sở Ngoại vụ, huyện Mường Lát", a list)
        office = body and body.kind == "government_office" and bool(re.match(
            r"\s*,\s*(?:tỉnh|thành phố|[Kk]hu tự trị|[Cc]hâu)\s", self.text[m.end:m.end + 16])
            or re.match(r"(?:[Kk]hu tự trị|[Cc]hâu)\s", m.surface))
        if not (body and place and (body.kind not in ("local_government", "government_office")
                                    or office)
                and re.match(r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|"
                             r"khu tự trị|châu|bang)\s", m.surface, re.I)):
            return False
        if office or place.country in (None, "vietnam") and body.country in (None, "vietnam"):
            return True
        # "Bệnh viện Đại học Keimyung Dongsan, thành phố Daegu, Hàn Quốc": a body's address
        # abroad, its city then its country
        # (or "…, thành phố Seoul (Hàn Quốc)")
        after = re.match(r"\s*[,(]\s*", self.text[m.end:m.end + 4])
        return bool(after and body.kind not in ("national_government", "diplomatic_mission")
                    and any(c.start == m.end + after.end()
                            and self.gaz.places[c.id].kind == "country"
                            for c in self.gaz.find("places", self.text, m.end,
                                                   min(len(self.text), m.end + 40))))

    def _is_qualifier(self, prev: PartnerMention, m: PartnerMention) -> bool:
        # "thành phố Moriya, tỉnh Ibaraki": a lower level followed by a higher one.
        order = ["xã", "trấn", "thành phố", "huyện", "quận", "châu", "tỉnh", "bang", "khu tự trị"]
        lower = [_GOVERNMENT_OF.sub("", x.surface.lower()) for x in (prev, m)]
        first = next((i for i, w in enumerate(order) if lower[0].startswith(w)), None)
        second = next((i for i, w in enumerate(order) if lower[1].startswith(w)), None)
        if re.match(r"(?:huyện|quận|thị xã)\s", lower[0]) and lower[1].startswith("thành phố"):
            return True  # "quận Suseong, thành phố Daegu": a city's own district
        return first is not None and second is not None and second > first
