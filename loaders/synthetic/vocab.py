"""Words the synthetic partnership data is made of: countries with their currencies and
provinces, partner name parts, donated items, and how Vietnamese reports write figures."""

from typing import NamedTuple


class Country(NamedTuple):
    id: str
    iso: str
    name_vi: str
    name_en: str
    currencies: tuple[str, ...]  # the ones its partners report gifts in, most used first
    weight: float  # how much of the province's partnership activity it accounts for
    provinces: tuple[str, ...]


COUNTRIES: tuple[Country, ...] = (
    Country("vietnam", "VN", "Việt Nam", "Vietnam", ("VND",), 0.0,
            ("Tuyên Quang", "Cao Bằng", "Lào Cai", "Yên Bái", "Bắc Kạn", "Lạng Sơn")),
    Country("china", "CN", "Trung Quốc", "China", ("CNY", "VND", "USD"), 6.0,
            ("Yunnan", "Sichuan", "Guizhou", "Hunan", "Guangdong", "Hainan", "Chongqing")),
    Country("south-korea", "KR", "Hàn Quốc", "South Korea", ("KRW", "USD", "VND"), 5.0,
            ("Gyeonggi", "Gangwon", "Jeju", "Busan", "Incheon", "Daegu", "Gwangju")),
    Country("japan", "JP", "Nhật Bản", "Japan", ("JPY", "USD", "VND"), 4.0,
            ("Ibaraki", "Osaka", "Aichi", "Fukuoka", "Hokkaido", "Nagano", "Kyoto")),
    Country("united-states", "US", "Hoa Kỳ", "United States", ("USD",), 3.0,
            ("California", "Washington", "Oregon", "Texas", "New York", "Hawaii")),
    Country("australia", "AU", "Ô-xtrây-li-a", "Australia", ("AUD", "USD"), 2.0,
            ("Victoria", "Queensland", "New South Wales", "Tasmania")),
    Country("germany", "DE", "Đức", "Germany", ("EUR",), 1.5,
            ("Bavaria", "Saxony", "Hesse", "Berlin")),
    Country("france", "FR", "Pháp", "France", ("EUR",), 1.5,
            ("Normandie", "Bretagne", "Occitanie", "Provence")),
    Country("laos", "LA", "Lào", "Laos", ("USD", "VND"), 1.0,
            ("Phongsaly", "Luang Namtha", "Oudomxay", "Houaphanh")),
    Country("netherlands", "NL", "Hà Lan", "Netherlands", ("EUR",), 0.8,
            ("Gelderland", "Utrecht", "Zeeland")),
    Country("switzerland", "CH", "Thụy Sĩ", "Switzerland", ("USD", "EUR"), 0.6,
            ("Geneva", "Bern", "Vaud")),
    Country("united-kingdom", "GB", "Vương quốc Anh", "United Kingdom", ("USD", "EUR"), 0.8,
            ("Scotland", "Wales", "Kent")),
    Country("canada", "CA", "Ca-na-đa", "Canada", ("USD",), 0.6,
            ("Ontario", "Quebec", "Manitoba")),
    Country("thailand", "TH", "Thái Lan", "Thailand", ("USD", "VND"), 0.5,
            ("Chiang Mai", "Nan", "Udon Thani")),
    Country("singapore", "SG", "Xinh-ga-po", "Singapore", ("USD",), 0.4, ("Singapore",)),
    Country("new-zealand", "NZ", "Niu Di-lân", "New Zealand", ("USD", "AUD"), 0.3,
            ("Auckland", "Canterbury")),
)

#: Province the generated data is about, and its bodies (name_vi, name_en, kind).
HOME = ("ha-giang", "tỉnh Hà Giang", "Hà Giang Province")
HOME_BODIES = (
    ("ha-giang-peoples-committee", "Ủy ban nhân dân tỉnh Hà Giang",
     "Hà Giang Provincial People's Committee", "government_office"),
    ("ha-giang-dofa", "Sở Ngoại vụ tỉnh Hà Giang", "Hà Giang Department of Foreign Affairs",
     "government_office"),
    ("ha-giang-doh", "Sở Y tế tỉnh Hà Giang", "Hà Giang Department of Health",
     "government_office"),
    ("ha-giang-doet", "Sở Giáo dục và Đào tạo tỉnh Hà Giang",
     "Hà Giang Department of Education and Training", "government_office"),
    ("ha-giang-red-cross", "Hội Chữ thập đỏ tỉnh Hà Giang", "Hà Giang Red Cross Society",
     "domestic_organisation"),
    ("ha-giang-cdc", "Trung tâm Kiểm soát bệnh tật tỉnh Hà Giang", "Hà Giang CDC",
     "government_office"),
)
DISTRICTS = ("Đồng Văn", "Mèo Vạc", "Yên Minh", "Quản Bạ", "Vị Xuyên", "Bắc Mê", "Hoàng Su Phì",
             "Xín Mần", "Bắc Quang", "Quang Bình", "Hà Giang")

#: Partners the headline queries look for: a large provincial donor and an NGO network.
GUANGXI = ("guangxi", "Khu tự trị dân tộc Choang Quảng Tây", "Guangxi Zhuang Autonomous Region",
           ("Quảng Tây", "Guangxi", "广西", "Quang Tay"))
GOOD_NEIGHBORS = ("good-neighbors-international", "Tổ chức Good Neighbors Quốc tế",
                  "Good Neighbors International", "GNI")
GN_OFFICES = ("vietnam", "south-korea", "japan", "united-states", "thailand", "laos",
              "germany", "australia")

NGO_WORDS = ("Hope", "Bridge", "Children", "Green", "Mountain", "Light", "Care", "Life",
             "Harmony", "River", "Future", "Village", "Health", "Water", "Seed", "Dawn",
             "Unity", "Sunrise", "Helping Hands", "Open Door", "Rainbow", "Compass", "Lotus")
NGO_FORMS = ("Foundation", "Fund", "Aid", "Initiative", "Network", "Trust", "Alliance",
             "Relief", "Mission", "Partners")
COMPANY_WORDS = ("Pacific", "Asia", "Golden", "Star", "Delta", "Summit", "Phoenix", "Jade",
                 "Silver", "Orient", "Apex", "Crystal", "Evergreen", "Harbor", "Zenith")
COMPANY_FORMS = ("Co., Ltd.", "Group", "Corporation", "Holdings", "Industries", "JSC")
ASSOCIATION_TOPICS = ("Friendship", "Doctors", "Teachers", "Engineers", "Veterans",
                      "Women", "Youth", "Farmers", "Business")
OFFICE_TOPICS = ("Foreign Affairs Office", "Health Commission", "Education Bureau",
                 "Commerce Department", "Agriculture Bureau", "Red Cross Branch")

#: Donated items (id, name_vi, name_en, units as written).
ITEMS = (
    ("face-mask", "khẩu trang y tế", "medical face mask", ("chiếc", "hộp")),
    ("oxygen-concentrator", "máy tạo Oxy", "oxygen concentrator", ("máy", "chiếc")),
    ("ventilator", "máy thở", "ventilator", ("máy", "chiếc")),
    ("test-kit", "bộ kit xét nghiệm", "test kit", ("bộ",)),
    ("protective-clothing", "quần áo bảo hộ", "protective clothing", ("bộ",)),
    ("vero-cell-vaccine", "vắc xin Vero Cell", "Vero Cell vaccine", ("liều",)),
    ("rice", "gạo", "rice", ("tấn", "kg")),
    ("instant-noodles", "mì tôm", "instant noodles", ("thùng",)),
    ("blanket", "chăn ấm", "blanket", ("chiếc",)),
    ("warm-clothes", "áo ấm", "warm clothes", ("chiếc", "bộ")),
    ("school-bag", "cặp sách", "school bag", ("chiếc",)),
    ("notebook", "vở viết", "notebook", ("quyển",)),
    ("bicycle", "xe đạp", "bicycle", ("chiếc",)),
    ("water-filter", "máy lọc nước", "water filter", ("máy", "chiếc")),
    ("solar-lamp", "đèn năng lượng mặt trời", "solar lamp", ("bộ", "chiếc")),
    ("wheelchair", "xe lăn", "wheelchair", ("chiếc",)),
    ("medicine", "thuốc chữa bệnh", "medicine", ("hộp", "liều")),
    ("computer", "máy tính", "computer", ("bộ", "chiếc")),
    ("cattle", "bò giống", "breeding cattle", ("con",)),
    ("seedlings", "cây giống", "seedlings", ("cây",)),
    ("hand-wash", "nước rửa tay", "hand wash", ("chai", "lít")),
    ("medical-supplies", "vật tư y tế", "medical supplies", ("bộ",)),
)

AGREEMENT_KINDS = ("cooperation_agreement", "memorandum_of_understanding",
                   "strategic_cooperation_framework", "sister_province_agreement",
                   "project_agreement", "minutes_of_meeting")
PROJECT_SECTORS = (("y tế", "health"), ("giáo dục", "education"), ("nước sạch", "clean water"),
                   ("sinh kế", "livelihoods"), ("giao thông nông thôn", "rural roads"),
                   ("bảo vệ rừng", "forest protection"), ("dinh dưỡng trẻ em", "child nutrition"),
                   ("phòng chống thiên tai", "disaster preparedness"))
PROJECT_STATUSES = ("planned", "ongoing", "completed", "completed", "completed")
ENGAGEMENT_KINDS = ("meeting", "visit", "call_for_support", "handover", "conference")
POLICY_KINDS = ("plan", "strategy", "resolution", "directive")

#: How the reports qualify a figure (prefix as written, share of figures).
QUALIFIERS = (("hơn ", 0.10), ("khoảng ", 0.06), ("gần ", 0.03), ("trên ", 0.03))
