"""Gifts in a clause: who gave (before the verb, after "của" or "do"), who received (after
"cho"; the province itself when a foreign donor gives and no one else is named), what
(items with quantities) and how much.

A clause that lists gifts after a first one ("…; 800 khẩu trang y tế cho …") inherits the
first one's donors; a detail singled out by "đặc biệt là" is a part of the gift before it."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from loaders.article.mentions import LOWER_UNIT_RE, PEOPLE_OF_PROVINCES_RE, PartnerMention
from loaders.article.page import Span
from loaders.article.receivers import Receiver, receiver_at, units_where
from loaders.article.things import AmountHit, ItemHit
from partnergraph import figures

# ("trao tặng tỉnh X số hàng hỗ trợ …": goods, money or gifts "of support" name what is
# given, and give nothing themselves)
GIVE_RE = re.compile(r"(?<!\w)(?<!sự )(?<!Sự )(?<!hàng )(?<!tiền )(?<!quà )"
                     r"(?:trao tặng|tặng|trao|viện trợ|hỗ trợ|ủng hộ|"
                     r"tài trợ|quyên góp|bàn giao|trang bị(?=\s+cho)"
                     # "đã lắp đặt 5 trạm lọc nước RO cho các ấp …": works put in for someone
                     r"|lắp đặt(?=\s+\d[^.;]{0,60}?\scho\s)"
                     # "đã chuyển 150 triệu đồng qua Ủy ban MTTQ tỉnh để ủng hộ đồng bào vùng
                     # lũ", "đã chuyển 10.000 USD hỗ trợ khẩn cấp thông qua …": money sent
                     # to help (money "của tỉnh Thanh Hóa" sent is the province's: below)
                     r"|chuyển(?=\s+(?:số tiền\s+)?(?:hơn|gần|khoảng|trên)?\s*\d[\d.,]*"
                     # ("… vào tài khoản của Ủy ban MTTQ tỉnh để hỗ trợ …": whose account)
                     r"(?:(?<=tài khoản )của|(?!của)[^.;]){0,80}?\s(?:để\s+)?"
                     r"(?:ủng hộ|hỗ trợ|giúp đỡ)(?!\w))"
                     # "Quỹ X cam kết 120.000 USD để xây dựng …": a sum pledged to a project
                     r"|cam kết(?=\s+(?:tài trợ\s+|hỗ trợ\s+)?(?:hơn|gần|khoảng|trên)?\s*\d)"
                     # "X tiếp tục triển khai chương trình … tại huyện Y, giải ngân hơn 4,2 tỷ
                     # đồng": what a donor paid out is its gift ("tổng giá trị giải ngân" of a
                     # province's year is not)
                     r"|(?<!giá trị )(?<!tổng )giải ngân(?=\s+(?:trong\s[^.;,\d]{0,25}?\d+"
                     r"[^.;,\d]{0,15}?\s(?:là|được)\s+)?"
                     # "đã giải ngân cho Hà Giang tổng kinh phí hơn 12,6 tỷ đồng": to whom
                     r"(?:cho\s[^.;,\d]{1,40}?\s(?:tổng (?:kinh phí|số vốn|số tiền)\s+)?)?"
                     r"(?:hơn|gần|khoảng|trên)?\s*\d)"
                     # "thực hiện 80 ca phẫu thuật miễn phí cho trẻ em …", "khám bệnh, cấp
                     # thuốc miễn phí cho 500 người": care given free is given
                     r"|(?:thực hiện|khám(?:,?\s+chữa bệnh|\s+bệnh)?|phẫu thuật)"
                     r"(?=[^.;]{0,60}?\smiễn phí(?!\w))"
                     # "đoàn đã khám và cấp thuốc cho hơn 600 lượt người dân …": medicine given
                     r"|cấp(?=\s+thuốc(?:\s+miễn phí)?\s+cho\s"
                     # "Tỉnh cũng cấp 40 suất học bổng … cho sinh viên Campuchia": granted
                     r"|\s+(?:\d[\d.,]*\s+)?(?:suất\s+)?học bổng(?!\w)))"
                     r"(?!\w)(?!\s+(?:cho\s+)?(?:công tác|việc|hoạt động)\b)"
                     # "tăng cường trao đổi đoàn": an exchange, no gift
                     r"(?!\s+đổi(?!\w))"
                     # a licence, a decision or an award handed over is no gift
                     r"(?!\s+(?:giấy|quyết định|bằng khen|huân chương|huy chương|kỷ niệm "
                     r"chương|chứng nhận)(?!\w))", re.I)
_SUM_OF_AID_RE = re.compile(r"(?<!\w)(?:khoản|gói)\s+$")
RAISE_RE = re.compile(r"(?<!\w)(?:kêu gọi|vận động|huy động|tiếp nhận|nhận được)(?!\w)", re.I)
_DETAIL_RE = re.compile(r",\s*(?:đặc biệt là|trong đó có|nổi bật là)\s+", re.I)
_BY_RE = re.compile(r"(?<!\w)(?:của|do)\s+$", re.I)
_CO_FUNDED_RE = re.compile(r"(?<!\w)(?:với sự (?:đồng )?(?:tài trợ|hỗ trợ tài chính)|"
                           r"(?:từ|bằng) nguồn (?:vốn )?(?:tài trợ|viện trợ)(?: không hoàn lại)?|"
                           r"(?:từ|bằng) nguồn vốn)\s+của\s+$")
_FURTHER_WORK_RE = re.compile(r",\s+(?:nâng cấp|xây dựng|sửa chữa|cải tạo|đào tạo|tập huấn|"
                              r"lắp đặt|trang bị|hỗ trợ)\s")
# What "do X …" names X for: doing the work or paying for it
_DONE_BY = r"(?:thực hiện|triển khai|tài trợ|viện trợ|trao tặng|hỗ trợ)(?!\w)"
_DONE_BY_AFTER_RE = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+" + _DONE_BY)
# Between givers named after "do" and their verb: their other names in brackets, "và".
_AGENT_GAP_RE = re.compile(r"\s*(?:\([^()]*\))?\s*(?:,|và|cùng)?\s*")
# What dashes set apart after a name says who the body is ("– doanh nghiệp 100% vốn … –").
_APPOSITION_RE = re.compile(r"\s*[–—-]\s[^–—;]{3,160}?\s[–—-]\s*")


def _agents(text: str, part, partners: list, verb: int) -> list[str]:
    """The givers "do X (và Y) tài trợ" names right before the verb at `verb`."""
    before = [p for p in partners if part.start <= p.start < verb]
    for i, p in enumerate(before):
        if re.search(r"(?<!\w)do\s+$", text[max(part.start, p.start - 4):p.start]):
            if not p.home and _APPOSITION_RE.fullmatch(text, p.end, verb):
                # "do Công ty X – doanh nghiệp … hoạt động tại thành phố Y – tài trợ": what
                # the dashes set apart says who X is
                return [p.id]
            ends = [q.end for q in before[i:]]
            starts = [q.start for q in before[i + 1:]] + [verb]
            if all(_AGENT_GAP_RE.fullmatch(text[a:b]) for a, b in zip(ends, starts)):
                return [q.id for q in before[i:] if not q.home]
    return []


_UNIT_RE = re.compile(r"(?:huyện|quận|thị xã|thành phố)\s", re.I)
# ("chuyển 20.000 USD vào tài khoản của Ủy ban MTTQ tỉnh": whose account the money went to)
_TO_RE = re.compile(r"(?<!\w)(?:cho|tặng|tới|đến|vào tài khoản(?:\s+của)?)\s+", re.I)
_PURPOSE_RE = re.compile(r"(?<!\w)(?:góp phần|nhằm|để|phục vụ|giúp|(?:vốn|phần|kinh phí) đối ứng)"
                         r"\s", re.I)
_TO_STOP_RE = re.compile(r"(?<!\w)(?:phục vụ|để|nhằm|với giá trị|với tổng|trị giá|góp phần|"
                         # (not "hoàn cảnh đặc biệt khó khăn", part of who they are)
                         r"đặc biệt(?!\s+khó khăn))(?!\w)|,\s*tổng\b"
                         # "… cho 85 trẻ em … tại Bệnh viện Bà Rịa do Tổ chức X thực hiện":
                         # who did it, after whom it was for
                         r"|\sdo\s(?=[^,;.]{2,80}?\s" + _DONE_BY + ")", re.I)
# "cho tỉnh", "cho địa phương": to the province itself, not "cho tỉnh Vân Nam".
_TO_HOME_RE = re.compile(r"(?:tỉnh|địa phương)(?!\s+\w+\s+[A-ZĐ])")
_VALUE_WORDS = ("giá trị", "trị giá", "hỗ trợ", "ủng hộ", "tài trợ", "viện trợ", "tặng", "số tiền",
                # the English pages: "…, of which KOICA funded USD 300,000"
                "contributed ", "funded ", "donated ", "granted ", "sponsored ",
                # "…, bringing the total value to about VND 1.8 billion": the sum of the parts
                # told before it is the gift's, not the first part priced
                "total value ")
_RAISED_WORDS = ("kêu gọi", "giải ngân", "số vốn", "tổng vốn", "kinh phí", "mức đầu tư")
# A gift announced as a plan, a wish or a request ("dự kiến sẽ tài trợ", "đề nghị … hỗ
# trợ"). A commitment ("cam kết tài trợ", "sẽ viện trợ" under a signed agreement) counts.
_PLANNED_RE = re.compile(r"(?<!\w)(?:dự kiến|kế hoạch|đề nghị|đề xuất|mong muốn|xem xét|sẵn sàng|"
                         r"có thể|kêu gọi|khả năng|nghiên cứu|khảo sát|nhu cầu)(?!\w)", re.I)
# A wish or a plan that a whole clause hangs on, however far before the gift.
# ("tỉnh phấn đấu vận động viện trợ đạt 25 tỷ đồng": a target)
_WISH_RE = re.compile(r"(?<!\w)(?:mong muốn|dự kiến|kế hoạch|đề nghị|đề xuất|kêu gọi|kiến nghị|"
                      r"khảo sát|phấn đấu)(?!\w)", re.I)
# Someone saying a gift will come: reported speech, then "sẽ" right before the verb.
# ("… cho biết trong năm 2024, KOICA sẽ tiếp tục cử thêm 4 tình nguyện viên đến hỗ trợ …":
# people to be sent, to help)
_TOLD_PROMISE_RE = re.compile(r"(?<!\w)(?:cho biết|khẳng định|thông tin|bày tỏ|hứa)(?!\w)"
                              r"[^.;]{0,120}?(?<!\w)sẽ(?:\s+tiếp tục)?"
                              r"(?:\s+(?:cử|gửi)(?:\s+thêm)?\s+[^.;]{1,40}?\s+(?:đến|sang|tới))?"
                              r"\s+$", re.I)
ANAPHORA_RE = re.compile(r"(?<!\w)(?:tổ chức|quỹ|cơ quan|đơn vị|phía bạn|đoàn|công ty|doanh nghiệp)"
                         r"\s+(?:này|trên|bạn)"
                          r"(?!\w)|(?<!\w)phía bạn(?!\w)"
                          # "phía Hàn Quốc còn trang bị …": the foreign side just spoken of
                          r"|(?<!\w)[Pp]hía\s+(?!Việt Nam)[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)?"
                          # "Dịp này, tổ chức cũng trao tặng …", "Năm 2022, công ty cũng đã ủng
                          # hộ …", "Dịp này, Hội đã trao …": the body, unnamed
                          r"|(?<![\w ])\s*(?:[Tt]ổ chức|[Qq]uỹ|[Cc]ông ty|[Dd]oanh nghiệp|[Nn]hóm|"
                          r"(?:[Hh]iệp )?[Hh]ội|[Cc]âu lạc bộ|CLB|"
                          # ("Năm 2022, Tổng Lãnh sự quán đã trao tặng …": the mission)
                          r"(?:Tổng )?Lãnh sự quán|Đại sứ quán|"
                          # ("Dịp Tết Giáp Thìn 2024, chùa đã trao …": the pagoda abroad)
                          r"[Cc]hùa|[Nn]hà thờ|[Hh]ội thánh)"
                          r"(?=\s+(?:cũng|còn|đã|vừa|tiếp tục)\s)"
                          # "Đợt này, Hội tài trợ xây dựng 20 căn nhà …" ("tổ chức tài trợ"
                          # may be the verb "organise")
                          r"|(?<![\w ])\s*(?:[Qq]uỹ|[Cc]ông ty|[Nn]hóm|(?:[Hh]iệp )?[Hh]ội|"
                          r"[Cc]âu lạc bộ|CLB)"
                          r"(?=\s+(?:tài trợ|trao tặng|trao|tặng|hỗ trợ|ủng hộ)\s)"
                          # "đoàn của Hiệp hội do ông … dẫn đầu đã … trao …": the body's own
                          # delegation, the body named before
                          r"|(?<!\w)[Đđ]oàn(?:\s+công tác)?\s+của\s+(?:[Hh]iệp hội|[Hh]ội|[Tt]ổ chức|"
                          r"[Qq]uỹ|[Cc]ông ty|[Dd]oanh nghiệp)(?!\w)(?!\s+[A-ZĐ])")
# "Theo báo cáo …, trong năm 2023, dự án đã cấp 420 suất học bổng …": the project of the
# body the article is about gives
PROJECT_DID_RE = re.compile(r"(?:^|,\s*)[Dd]ự án(?:\s+này)?\s+(?:đã|cũng|còn)\s+"
                            r"(?=(?:trao tặng|trao|tặng|cấp|hỗ trợ|tài trợ)\s)")
# "Theo đó, công ty hỗ trợ …": the same, right before the verb
_BARE_GIVER_RE = re.compile(r"(?:^|[,;:]\s*)(?:[Tt]ổ chức|[Qq]uỹ|[Cc]ông ty|[Dd]oanh nghiệp|"
                            r"(?:[Hh]iệp )?[Hh]ội|"
                            # ("Cùng dịp, Tổng Lãnh sự quán trao tặng chùa Som Rông …")
                            r"(?:Tổng )?Lãnh sự quán|Đại sứ quán|"
                            r"[Nn]hóm|[Cc]âu lạc bộ|CLB)\s+$")
# (a line of a list; or an aid told alone: "Khoản viện trợ lớn nhất là của Tổ chức X …")
_PROJECT_OPENS_RE = re.compile(r"\s*(?:[Dd]ự án|[Cc]hương trình|([Kk]hoản (?:viện trợ|tài trợ))|"
                               r"[Gg]ói)\s")
_FREE_CARE_RE = re.compile(r"(?:thực hiện|khám|phẫu thuật)(?!\w)", re.I)
_FREE_FOR_RE = re.compile(r"\smiễn phí\s+cho\s+(?:hơn\s+|gần\s+|khoảng\s+)?"
                          r"(\d{1,3}(?:\.\d{3})*|\d+)\s+"
                          r"(?:trẻ em|em|bệnh nhân|người|học sinh|cháu|người dân)(?!\w)")
# "Buổi sáng, tại Trường X, đoàn đã trao 50 chiếc xe đạp …": the giver's party, after a
# gift of that giver was told
DELEGATION_RE = re.compile(r"(?<!\w)[Đđ]oàn(?:\s+công tác)?(?=\s+(?:đã|cũng|còn|vừa|tiếp tục|"
                           r"trao|bàn giao|tặng|trao tặng|phối hợp với)\s)")
# "đoàn phối hợp với Hội Khmer – Việt Nam … trao 300 suất quà": the body named after
# "phối hợp với" helped the delegation hand over its gift
_DELEGATION_WITH_RE = re.compile(r"(?<!\w)[Đđ]oàn(?:\s+công tác)?\s+(?:đã\s+)?phối hợp với\s+$")
_OWN_GIVER_RE = re.compile(r"(?:Công ty|Tập đoàn|Doanh nghiệp|Ngân hàng|Quỹ)\s")
_AID_NOUN_RE = re.compile(r"(?<!\w)(?:giá trị|nguồn|gói)\s+$")
_WORKS_AT_RE = re.compile(r"(?<!\w)(?:hoạt động|có trụ sở|đóng|đặt trụ sở|sản xuất)\s+tại\s+$")
# "… tổng kinh phí gần 3 tỷ đồng từ nguồn viện trợ không hoàn lại của UNICEF": the sum is aid
_FROM_AID_AFTER_RE = re.compile(r"\s+(?:từ|bằng)\s+nguồn\s+(?:vốn\s+)?(?:viện trợ|tài trợ)")
_AID_BELONGS_RE = re.compile(r"(?<!\w)(?:khoản|gói)\s+(?:viện trợ|tài trợ)(?!\w)[^.;]{0,40}?"
                             r"thuộc về\s", re.I)
_VENUE_RE = re.compile(r"(?:^|[,:]\s*|(?:triển khai|thực hiện|diễn ra)\s+)[Tt]ại\s+[^,;()]*$")
# the same where the sentence opens: "Tại trụ sở Chi hội Khmer – Việt Nam tỉnh Mondulkiri, …"
_OPENS_AT_VENUE_RE = re.compile(r"\s*[Tt]ại\s+[^,;()]*$")
_HANDED_OVER_RE = re.compile(r"bàn giao|trao tặng|trao|tặng", re.I)
_SUM_FROM_RE = re.compile(r"\s+(?:do|từ|của)\s+")
_BUILT_TITLE_RE = re.compile(r"[\"“](?:Construction of|Building of|Construction|Xây dựng|Xây mới)"
                             r"\s+(?:the\s+)?")
_FACILITY_EN_RE = re.compile(r"\b(?:School|Kindergarten|Hospital|Clinic|Station|Centre|Center|"
                             r"College)\b")
_WHEN_CLAUSE_RE = re.compile(r"(?<!\w)(?:khi|lúc)\s+[^,;]*$", re.I)
_CAME_FROM_RE = re.compile(r"(?<!\w)đến từ\s+$")
_LABEL_RE = re.compile(r"\s*[A-ZĐ][^:,.;]{1,30}:\s+(?=[A-ZĐ])")
_CEREMONY_RE = re.compile(r"(?<!\w)tổ chức\s+(?:[Ll]ễ|buổi lễ|chương trình)\s+$")
_GROUP_RE = re.compile(r"với\s+(.+?)\s*(?:…|\.\.)?\s*(?:kêu gọi|vận động|huy động)", re.I)
_TOPIC_RE = re.compile(r"\s*(?:[Vv]ới|[Đđ]ối với|[Rr]iêng)\s+[^,;]{3,80},\s")
# "được hỗ trợ", "được tặng", "đã được trao": a gift received, its giver not named here
_AGENTLESS_RE = re.compile(r"(?<!\w)(?:đã\s+|cũng\s+)?được\s+$")
_CAPTION_PERSON_RE = re.compile(r"(?:Trong ảnh|Ảnh)\s*:\s*(?:[Ôô]ng|[Bb]à)\s+[A-ZĐ]")
# "Doanh nghiệp Đài Loan tặng …", "Một tổ chức phi chính phủ Hàn Quốc trao …": a giver told
# by its kind and country only, which a later telling names; not the province
_UNNAMED_GIVER_RE = re.compile(
    # ("Ngoài ra, các tổ chức phi chính phủ nước ngoài còn trao tặng …")
    r"^\s*(?:(?:Ngoài ra|Bên cạnh đó|Đồng thời|Cùng với đó),\s+)?"
    # ("Ngoài ra, một số tổ chức của Hàn Quốc và Nhật Bản đã trao …")
    r"(?:[Mm]ột số\s+|[Mm]ột vài\s+|[Mm]ột\s+|[Cc]ác\s+|[Nn]hiều\s+)?"
    r"(?:[Dd]oanh nghiệp|[Cc]ông ty|[Tt]ập đoàn"
    r"|[Tt]ổ chức(?:\s+phi chính phủ)?|[Nn]hà hảo tâm|[Nn]hà tài trợ|[Kk]iều bào|[Vv]iệt kiều"
    r"|[Dd]oanh nhân|[Qq]uỹ|[Hh]ội|[Cc]âu lạc bộ|[Tt]ình nguyện viên)"
    # ("Kiều bào tại Australia tặng …")
    r"\s+(?:(?:tại|ở|của|đến từ)\s+)?(?:[A-ZĐ]\w*(?:\s+(?:và\s+)?[A-ZĐ]\w*)*|nước ngoài|FDI)"
    r"(?:\s+(?:còn|cũng|đã))*\s*$")


@dataclass
class Gift:
    part: Span
    donors: list[str] = field(default_factory=list)
    donors_note: str | None = None
    recipients: list[str] = field(default_factory=list)
    recipients_note: str | None = None
    items: list[ItemHit] = field(default_factory=list)
    value: str | None = None
    confidence: float = 0.8
    detail_of: int | None = None  # index of the gift this one details
    # a recipient read from where the people a gift is for live: right only for a gift abroad
    abroad_only: bool = False
    # the province, because the clause names no one who received
    implied_recipient: bool = False


def parts_of(text: str, clause: Span) -> list[Span]:
    found = list(_DETAIL_RE.finditer(clause.text))
    cuts = [clause.start] + [clause.start + m.start() + 1 for m in found]
    ends = [clause.start + m.start() for m in found] + [clause.end]
    spans = []
    for s, e in zip(cuts, ends, strict=True):
        s += len(text[s:e]) - len(text[s:e].lstrip())
        spans.append(Span(s, e, text[s:e]))
    return spans


# "tiếp nhận 20 tấn gạo do X trao tặng và 3 tỷ đồng do Y hỗ trợ": two gifts, one per "do".
_SIBLING_RE = re.compile(r"\s+và\s+(?=[^,;]{1,60}?\s+do\s+[^,;]{2,80}?\s+(?:trao tặng|tặng|"
                         r"tài trợ|viện trợ|hỗ trợ|ủng hộ)(?!\w))", re.I)


def siblings_of(text: str, part: Span) -> list[Span]:
    """A part that tells two received gifts, each with its own giver, as two parts."""
    cuts = [m for m in _SIBLING_RE.finditer(text, part.start, part.end)
            # the first gift names its own giver too ("do X tặng", "khoản viện trợ của X")
            if re.search(r"(?<!\w)(?:do|của)\s", text[part.start:m.start()])]
    if not cuts and _SHARE_RECEIVED_RE.match(text, part.start, part.end):
        # "huyện Thanh Liêm nhận 540 triệu đồng cho 9 nhà và huyện Bình Lục nhận 360 triệu
        # đồng cho 6 nhà": each unit its own share
        cuts = list(_NEXT_RECEIVER_RE.finditer(text, part.start, part.end))
    if not cuts:
        return [part]
    starts = [part.start, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), part.end]
    return [Span(a, b, text[a:b]) for a, b in zip(starts, ends, strict=True)]


# ", Tổ chức Y hỗ trợ 300 triệu đồng": a second giver and its own giving verb in one clause.
# The next giver may come with words that say what it is: ", còn tổ chức từ thiện Tin Lành
# Samaritan's Purse (Hoa Kỳ) trao …".
_NEXT_GIVER_GAP = re.compile(r"\s*(?:,|;|và)\s*(?:(?:còn|cũng)\s+)?"
                             r"(?:(?:tổ chức|quỹ|hội|cơ quan)(?!\w)[^,;.()]{0,30}?\s+)?$")
_GIVES_NEXT = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:(?:đã|cũng|còn|vừa|thì)\s+)*"
                         r"(?:trao tặng|tặng|trao|viện trợ|hỗ trợ|ủng hộ|tài trợ|bàn giao)(?!\w)",
                         re.I)


def by_giver(text: str, part: Span, partners: list[PartnerMention]) -> list[Span]:
    """"X hỗ trợ 500 triệu đồng, Y hỗ trợ 300 triệu đồng cho tỉnh …", "X trao 100 xe đạp
    cho Trường A, Y trao 50 con bò cho xã B": one gift per giver, cut where the next giver
    and its verb begin, when the clause before has a giving verb of its own."""
    cuts = []
    for p in partners:
        if p.start <= part.start or p.home or not _GIVES_NEXT.match(text, p.end, part.end):
            continue
        gap = _NEXT_GIVER_GAP.search(text, part.start, p.start)
        before = cuts[-1] if cuts else part.start
        if gap and GIVE_RE.search(text, before, gap.start()) \
                and not any(q.start < p.start < q.end for q in partners if q is not p):
            cuts.append(p.start)
    if not cuts:
        return [part]
    starts, ends = [part.start, *cuts], [*cuts, part.end]
    out = []
    for a, b in zip(starts, ends, strict=True):
        b = a + len(text[a:b].rstrip(" ,;").removesuffix(" và").rstrip(" ,;"))
        out.append(Span(a, b, text[a:b]))
    return out


def _without_equivalents(amounts: list[AmountHit]) -> list[AmountHit]:
    """"hơn 89.000 USD (khoảng 2,1 tỷ đồng)": the sum as given, not the same sum in another
    currency in brackets after it, which the words before the first do not describe."""
    return [a for i, a in enumerate(amounts)
            if not (i and _EQUIVALENT_BEFORE_RE.search(a.before)
                    and a.start - amounts[i - 1].end <= 25)]


_OF_WHICH_RE = re.compile(r"\bof which\s+$")
_IS_AID_AFTER_RE = re.compile(r"\s+(?:is|was|are|were)\s+(?:non-refundable|aid|grants?|funding|"
                              r"official)")
_EQUIVALENT_BEFORE_RE = re.compile(rf"\(\s*(?:{figures.EQUIVALENT_WORDS}\s*(?:với\s+)?)?$",
                                   re.I)


def value_of(amounts: list[AmountHit]) -> AmountHit | None:
    amounts = _without_equivalents(amounts)
    if aid := next((a for a in amounts if _OF_WHICH_RE.search(a.before)
                    and _IS_AID_AFTER_RE.match(a.after)), None):
        return aid  # "a total budget of USD 850,000, of which USD 780,000 is non-refundable aid"
    if any(_LOAN_BEFORE_RE.search(a.before) for a in amounts) and (grant := next(
            (a for a in amounts if _GRANT_BEFORE_RE.search(a.before)), None)):
        return grant  # "comprising an IFAD loan of US$38 million, an IFAD grant of US$1.2 million"
    if amounts and amounts[0].each:
        # "Mỗi căn nhà … được Hiệp hội hỗ trợ 60 triệu đồng, tổng kinh phí 600 triệu đồng":
        # however far the sum stands from "Mỗi", it prices one; the total after it is given
        total = next((a for a in amounts[1:] if _TOTAL_OF_EACH_RE.search(a.before[-30:])),
                     None)
        if total:
            return total
    valued = [a for a in amounts if any(w in a.before[-25:] for w in _VALUE_WORDS) and not any(
        w in a.before[-25:] for w in _RAISED_WORDS) and not per_unit(a)]
    # "…, trị giá 500.000 đồng, tổng trị giá 250 triệu đồng": the price of each, however
    # far its "Mỗi suất" stands, then the total; the total is the gift's
    # (a total's own words may stand further back than a value word: "bringing the total
    # value of the project to …")
    totals = [a for a in amounts if _TOTAL_BEFORE_RE.search(a.before[-50:]) and not any(
        w in a.before[-25:] for w in _RAISED_WORDS) and not per_unit(a)]
    return next(iter(totals), None) or (valued[0] if valued else None)


# (the words before a sum, in lower case, say whether it was lent or given)
_LOAN_BEFORE_RE = re.compile(r"(?:\bloan|vốn vay|khoản vay|vay ưu đãi)(?:\s+[^\s,;]+){0,8}\s*$")
_GRANT_BEFORE_RE = re.compile(r"(?:\bgrant|không hoàn lại)(?:\s+[^\s,;]+){0,8}\s*$")
# A sum called for, invested or a capital ("vốn đối ứng") is no gift's; "với tổng vốn viện
# trợ 185.000 USD" is the aid itself.
_NOT_GIVEN_SUM_RE = re.compile(r"kêu gọi|đầu tư|vốn(?!\s+(?:viện trợ|tài trợ))")
# "World Vision đã tài trợ cho huyện Chiêm Hóa tổng số vốn hơn 61,2 tỷ đồng": the sum given
# to the receiver, though "vốn" and "kinh phí" more often say what something costs
_GIVEN_TO_SUM_RE = re.compile(r"(?<!\w)(?:tài trợ|viện trợ|hỗ trợ|giải ngân)\s+cho\s+"
                              r"[^.;,\d]{1,40}?\s+tổng (?:số vốn|kinh phí|số tiền)"
                              r"(?:\s+(?:là|hơn|gần|khoảng|trên))?\s*$", re.I)
_TOTAL_OF_EACH_RE = re.compile(r"(?<!\w)(?:tổng (?:kinh phí|số tiền|trị giá|giá trị|cộng)"
                               # "…, trị giá 80 triệu đồng; tổng kinh phí hỗ trợ là 400 triệu"
                               r"(?:\s+(?:hỗ trợ|tài trợ|viện trợ|ủng hộ|xây dựng))?"
                               r"|total (?:cost|value|of)?)(?:\s+(?:là|hơn|gần|khoảng|"
                               r"trên|about|nearly|over|more than|almost))?\s*$", re.I)
_TOTAL_BEFORE_RE = re.compile(
    # ("tổng giá trị chương trình là …", "tổng trị giá đợt hỗ trợ hơn …": of the gifts)
    r"(?<!\w)(?:tổng (?:trị giá|giá trị|cộng)(?:\s+(?:chương trình|đợt|trao tặng|hỗ trợ|"
    r"trao quà|quà tặng|quà|số quà|các (?:phần|suất) quà)){0,2}"
    # "trị giá 60 triệu đồng; tổng kinh phí doanh nghiệp tài trợ là 1,2 tỷ đồng"
    # (what the giver paid: "Tổng kinh phí xây dựng công trình là 850 triệu đồng, trong đó
    # X tài trợ 600 triệu đồng" is the cost of the whole)
    r"|tổng kinh phí(?:\s+\w+){0,3}?\s+(?:tài trợ|hỗ trợ|ủng hộ|viện trợ)\s+là"
    # "at a cost of VND 80 million, bringing the total value of the project to VND 1.2 billion"
    # ("bringing the club's total funding to VND 240 million")
    r"|total (?:value|cost|funding)(?: of (?:the|this|these) \w+)? (?:to|of|was|is|"
    r"amounts? to))"
    r"(?:\s+(?:là|hơn|gần|khoảng|trên|about|nearly|over|more than|almost))?\s*$", re.I)


def per_unit(a: AmountHit) -> bool:
    """"mỗi suất trị giá 400.000 đồng", "each worth …", "3 triệu đồng/suất", "2 triệu đồng
    mỗi hộ", "US$50 per household": the price of one, not the gift's."""
    if _IN_TOTAL_AFTER_RE.match(a.after):
        return False  # "… each and worth nearly VND900m in total": the whole
    # "Mỗi suất học bổng trị giá 2 triệu đồng": up to five words between
    return bool(re.search(r"(?<!\w)(?:mỗi|each|per)\s+(?:\w+\s+){0,4}(?:\w+\s*)?$",
                          a.before[-30:], re.I)) or bool(_PER_AFTER_RE.match(a.after)) \
        or a.in_each


# "250.000 đồng/chiếc", "30.000 đồng/cuốn": a unit word after the slash
_PER_AFTER_RE = re.compile(r"\s*/\s*[^\W\d]"
                           r"|\s+mỗi\s+\w"  # "60 triệu đồng mỗi nhà"
                           r"|\s+một\s+(?:suất|hộ|người|em|căn|chiếc|phần|nhà)\b"
                           r"|\s+(?:each|per\s+\w+|apiece)\b"
                           # "ranging from VND2 million to VND5 million each": a range's
                           # low end is no total either
                           r"|\s+(?:to|đến|tới)\s+(?:vnd|usd|us\$|\$|€|eur|¥)?\s*\d", re.I)
_IN_TOTAL_AFTER_RE = re.compile(r"\s+in total\b|\s+in all\b")


_THE_WORKS_RE = re.compile(r"(?<!\w)(?:bàn giao|khánh thành)\s+công trình\s+$", re.I)


def gifts_in(text: str, part: Span, partners: list[PartnerMention], items: list[ItemHit],
             amounts: list[AmountHit], home: str | None, previous: "Gift | None",
             detail: bool, referent: list[str] | None = None,
             local: Callable[[str], bool] | None = None,
             propose: Callable[[Receiver], str] | None = None,
             abroad: str | None = None, unpriced: bool = False,
             abroad_in: Callable[[int, int], bool] | None = None) -> Gift | None:
    """The gift `part` reports, or None. `previous` is the gift of the clause before in the
    same sentence (a list continues it), or the gift this detail belongs to. `local` tells
    a Vietnamese party: one that hands over what a foreign funder paid for does not give.
    `propose` names the receiver a phrase after "cho" names when no known partner stands
    there (`receivers.receiver_at`). `abroad` is the province abroad the article is
    about, which receives what the province gives to no one named; `abroad_in` tells
    whether a stretch of text names it, venues too. `unpriced` reads a gift told with no
    count or sum ("trao tặng quà Tết cho …"), whose figure a later sentence gives."""
    gives = [m for m in GIVE_RE.finditer(text, part.start, part.end)]
    # "trao tặng Chính quyền tỉnh Kampot … 500 triệu đồng": a sum after the verb is the gift.
    # ", tổng kinh phí 1,9 tỷ đồng" after a hand-over is what it cost; a sum called for is
    # not a gift's. What a giver's project disbursed is ("X tài trợ dự án …, giá trị giải
    # ngân năm 2023 hơn 6,2 tỷ đồng").
    value = value_of(amounts) or next(
        (a for a in amounts if _GIVEN_TO_SUM_RE.search(text, max(0, a.start - 90), a.start)),
        None) or next(
        (a for a in amounts if any(g.end() <= a.start for g in gives) and not per_unit(a)
         and not _NOT_GIVEN_SUM_RE.search(a.before[-25:])),
        None) or next((a for a in amounts if _FROM_AID_AFTER_RE.match(a.after)), None)
    if not (value or items or unpriced and gives):
        return None
    # a gift with nothing counted: the things given stand right after the verb
    first_thing = min([h.start for h in items] + ([value.start] if value else [])
                      + ([] if value or items else [gives[0].end()]))
    # "trao tặng tỉnh X khoản hỗ trợ 2,5 tỷ đồng": after a verb, "khoản hỗ trợ" is what is
    # given, not a verb of its own
    verbs = [m for m in gives if not (_SUM_OF_AID_RE.search(text, part.start, m.start())
                                      and any(g.end() <= m.start() for g in gives))]
    give = max((m for m in verbs if m.start() < first_thing), key=lambda m: m.start(),
               default=None)
    give = give or (gives[0] if gives else None)
    if give and _FREE_CARE_RE.match(give[0]) and not any(h.quantity for h in items) and (
            served := _FREE_FOR_RE.search(text, give.end(), part.end)):
        # "phẫu thuật miễn phí cho 85 trẻ em …": one operation, one check-up, for each
        items = [*items, ItemHit(served.start(), served.end(), give[0], None,
                                 served[1].replace(".", ""))]
    raise_ = RAISE_RE.search(text, part.start, first_thing)
    if not (give or raise_ or previous):
        return None
    if not give and raise_ and re.match(r"(?:tiếp nhận|nhận được)", raise_[0], re.I):
        # "Hội Chữ thập đỏ tỉnh Điện Biên tiếp nhận 2.000 chiếc chăn": who received,
        # from a giver this clause does not name (a later telling may)
        receivers = unique([p.id for p in partners if p.start < raise_.start()])
        if not receivers:
            return None
        return Gift(part, donors_note="not named in the text", recipients=receivers,
                    items=items, value=value.raw if value else None, confidence=0.6)
    if give and _PLANNED_RE.search(text[max(part.start, give.start() - 30):give.start()]):
        return None  # "dự kiến sẽ tài trợ …": a plan, not a gift
    if give and not value and _KNOW_HOW_RE.match(text, give.end(), part.end):
        # "3 tình nguyện viên JICA tiếp tục hỗ trợ kỹ thuật tại Bệnh viện …": help given in
        # know-how, no gift
        return None
    if value and re.search(r"(?<!\w)dự kiến(?!\w)", value.before[-25:] + value.raw):
        return None  # "với kinh phí dự kiến khoảng 1 tỷ đồng": what it is planned to cost
    if value and re.search(r"(?<!\w)(?:phấn đấu|chỉ tiêu|mục tiêu)(?!\w)[^.;,]{0,40}$",
                           value.before[-60:]):
        return None  # "phấn đấu cả năm tiếp nhận trên 35 tỷ đồng viện trợ": a target
    if give and (wish := _WISH_RE.search(text, max(0, give.start() - 100), give.start())) \
            and not re.search(r"(?<!\w)(?:đã|vừa)(?!\w)|[.;\n]", text[wish.end():give.start()]):
        return None  # "mong muốn cùng tỉnh bạn triển khai …, trong đó có việc hỗ trợ …"
    if give and _TOLD_PROMISE_RE.search(text, part.start, give.start()):
        return None  # "đại diện tổ chức cho biết sẽ tài trợ …": a promise told, not a gift
    if not give and raise_ and _TOLD_PROMISE_RE.search(text, part.start, raise_.start()):
        return None  # ("… cho biết đơn vị sẽ huy động 4 đội khảo sát …": not yet, nor given)
    if give and not value and _TERMS_RE.match(text, part.start) and re.search(
            r"(?<!\w)sẽ(?:\s+tiếp tục)?\s+$",
            text[max(part.start, give.start() - 16):give.start()]):
        # "Theo thỏa thuận, CHU de Bordeaux sẽ hỗ trợ 2 máy siêu âm …": its terms (a grant
        # the paper announces with its sum is a gift: "Theo biên bản, KOICA sẽ viện trợ
        # không hoàn lại 3.000.000 USD …")
        return None
    pivot = give.start() if give else first_thing
    # "Ninh Bình: Bàn giao 3 phòng học …": the label says where the news is from; the giver
    # is told below
    label = _LABEL_RE.match(text, part.start, part.end)
    label = label if label and label.end() <= pivot else None
    if label:
        partners = [p for p in partners if p.start >= label.end()]
    # "đoàn đến huyện Kiri Vong thăm hỏi và trao tặng …": where the givers went receives
    visited = [p.id for p in partners if p.start < pivot and _DESTINATION_RE.search(
        text, max(part.start, p.start - 16), p.start)]
    donors = [p.id for p in partners if p.start < pivot and not p.home and p.id != home
              and not possessive(text, part, p) and not _via(text, part, p)
              and p.id not in visited
              # "bàn giao công trình Trường THCS bản Huổi Lả do tỉnh … tặng": the works
              and not _THE_WORKS_RE.search(text, max(part.start, p.start - 30), p.start)
              # "Công ty X – doanh nghiệp … hoạt động tại thành phố Việt Trì tài trợ": where
              # the giver works
              and not _WORKS_AT_RE.search(text, max(part.start, p.start - 24), p.start)
              # "Chiều 6/9, tại Nhà văn hóa huyện Tuy Đức, Hội X …": where, not who
              and not _VENUE_RE.search(text, part.start, p.start)
              # "khi tỉnh Salavan bị thiệt hại nặng do lũ lụt, tỉnh Quảng Trị đã …": when
              and not _WHEN_CLAUSE_RE.search(text, max(part.start, p.start - 60), p.start)
              and not _OPENS_AT_VENUE_RE.match(text, part.start, p.start)
              # "Đoàn Hội X đến từ tỉnh Aichi, Nhật Bản … trao quà": where the giver is from
              and not (p is not partners[0]
                       and _CAME_FROM_RE.search(text, max(part.start, p.start - 10), p.start))]
    # ("Sáng 3/2, tại trụ sở Hội X, Đoàn đã thăm hỏi và trao …": where, not who)
    if give and partners and partners[0].start < pivot and partners[0].id not in visited \
            and not _VENUE_RE.search(text, part.start, partners[0].start) \
            and not _OPENS_AT_VENUE_RE.match(text, part.start, partners[0].start) \
            and _COORDINATED_RE.search(text, part.start, give.start()):
        # "đoàn tỉnh An Giang đã đến thăm lãnh đạo tỉnh Takeo và trao tặng …": the subject of
        # the first verb gives; whom it visited does not
        subject = partners[0]
        donors = [] if subject.home or subject.id == home else [subject.id]
    # "trao 100 suất quà cho các hộ nghèo của huyện Chantrea": "của" on the receiving side
    # says whose households, not who gave
    to = _TO_RE.search(text, first_thing, part.end)
    # "…, góp phần nâng cao chất lượng đào tạo cán bộ của tỉnh bạn": whose the purpose is,
    # not who gave; nor whose the counterpart funds are ("phần còn lại là vốn đối ứng của
    # tỉnh")
    purpose = _PURPOSE_RE.search(text, first_thing, part.end)
    after_things = [p for p in partners
                    if p.start > first_thing and not (to and p.start > to.start())
                    and not (purpose and p.start > purpose.start())]
    # ("… 20 bộ máy tính của Tổ chức Good Neighbors International": the kind word before a
    # name the gazetteer knows stands outside its mention)
    # (not whose is the object of a further work the sentence goes on to: "trao tặng 420 xe
    # lăn …, nâng cấp Khoa Phục hồi chức năng của Bệnh viện Đa khoa tỉnh")
    by = [p.id for p in after_things if _BY_RE.search(_KIND_BEFORE_RE.sub(
        "", text[max(part.start, p.start - 30):p.start]))
        and not _FURTHER_WORK_RE.search(text, first_thing, p.start)]
    # "… phẫu thuật miễn phí cho 85 trẻ em … tại Bệnh viện Bà Rịa do Tổ chức X thực hiện":
    # who "do" names with a verb of doing or giving, after the receivers too
    by += [p.id for p in partners if p.id not in by
           and re.search(r"(?<!\w)do\s+$", text[max(part.start, p.start - 4):p.start])
           and _DONE_BY_AFTER_RE.match(text, p.end, part.end)
           and not (purpose and p.start > purpose.start())]
    handed = HANDOVER_RE.search(text, part.start, part.end)
    # "bàn giao công trình 6 phòng học của Trường X": the school whose rooms were handed
    # over receives them; its "của" names no giver
    owned = _owner(text, handed, partners) if handed else []
    by = [b for b in by if b not in owned]
    # "Sở Ngoại vụ đã chuyển số tiền 1 tỷ đồng của tỉnh Thanh Hóa hỗ trợ …": whose money it
    # is gives it; who carried it over does not
    owners = [p.id for p in partners if first_thing < p.start < pivot and not p.home
              and possessive(text, part, p)]
    if not (owners or donors) and value and (opens := _PROJECT_OPENS_RE.match(text, part.start)) \
            and (previous or opens[1]):
        # "…; dự án xây dựng nhà vệ sinh … của Tổ chức Plan International, trị giá …",
        # "…; chương trình phẫu thuật miễn phí cho 45 trẻ em … của Tổ chức Operation Smile,
        # kinh phí …": a summary's line; whose the project is gives it (not a place, whose
        # people it is for)
        owners = [p.id for p in partners if p.start < value.start and not p.home
                  and p.id != home and possessive(text, part, p)
                  and not _PLACE_HEAD.match(p.surface)][-1:]
    if give and by and re.search(r"(?<!\w)(?:khoản|nguồn|gói)\s+$",
                                 text[max(part.start, give.start() - 8):give.start()]):
        donors = []  # "phê duyệt khoản viện trợ 2 tỷ đồng của Tổ chức X": X's aid, approved
    if give and not (owners or donors) and re.search(
            r"(?<!\w)(?:vốn|khoản|nguồn vốn)\s+$",
            text[max(part.start, give.start() - 10):give.start()]):
        # "vốn viện trợ không hoàn lại của Chính phủ Hàn Quốc thông qua KOICA là 6,5 triệu
        # USD": whose aid the sum is gives it
        between = [p for p in partners if give.end() < p.start < first_thing and not p.home]
        # ("khoản viện trợ không hoàn lại của IFAD 1,2 triệu USD": a counted gift's too)
        owners = [p.id for p in between if possessive(text, part, p) or _AID_OF_RE.search(
            text, max(part.start, p.start - 40), p.start)] or [
            p.id for p in between if _via(text, part, p)]  # "… của Chính phủ Úc thông qua DFAT"
    if give and _AID_NOUN_RE.search(text, max(part.start, give.start() - 12), give.start()) \
            and (owner := next((p for p in partners if 0 <= p.start - give.end() <= 1
                                and not p.home and p.id != home), None)):
        # "tổng giá trị viện trợ ChildFund dành cho chương trình …": ChildFund's aid
        owners = [owner.id]
    if give and not owners and _AID_BELONGS_RE.search(text, part.start, give.end() + 40):
        # "khoản viện trợ lớn nhất thuộc về Tổ chức X với dự án …": whose aid it is gives it
        owners = [p.id for p in partners if not p.home and re.search(
            r"(?<!\w)thuộc về\s+$", _KIND_BEFORE_RE.sub(
                "", text[max(part.start, p.start - 30):p.start]))][:1]
    donors = unique(owners or donors or by)
    if local and by and donors and not owners and all(local(d) for d in donors) \
            and any(not local(b) for b in by):
        # "Sở Ngoại vụ … tổ chức trao quà hỗ trợ của Hội X cho người dân": whose gift it is
        # gives it; the Vietnamese bodies that handed it over do not
        donors = unique([b for b in by if not local(b)])
    # "Dự án được tài trợ bởi Tổ chức CARE Quốc tế với …", "… bởi X (…) và Y (…) với tổng
    # số tiền …": who is named after "bởi" gave
    by_verb = next((m for m in gives
                    if re.match(r"\s+bởi\s+", text[m.end():m.end() + 8])), None)
    named_by = []
    if by_verb and any(re.fullmatch(r"\s+bởi\s+(?:(?:[Tt]ổ chức|[Qq]uỹ|[Cc]ông ty)\s+)?",
                                    text[by_verb.end():p.start]) for p in partners):
        # up to the sum ("… với tổng số tiền hỗ trợ gần 3 tỷ đồng")
        bound = value.start if value and value.start > by_verb.end() else part.end
        named_by = [p.id for p in partners if by_verb.end() < p.start < bound
                    and not re.search(r"(?<!\w)(?:tại|ở|cho)\s+$",
                                      text[by_verb.end():p.start])]
    donors = named_by or donors
    if give and (agents := next((a for g in gives if g.start() >= give.start() and (
            a := _agents(text, part, partners, g.start()))), [])):
        # "… phối hợp với UBND huyện tổ chức lễ bàn giao các công trình do Quỹ X tài trợ",
        # "… tổ chức lễ trao xe đạp … do Hội X – … – tài trợ": whom "do" names before a
        # verb gave; who held the ceremony did not
        donors = agents
    if give and (share := _SHARE_OF_RE.search(text, max(part.start, give.start() - 80),
                                              give.start())):
        # "… tại 20 trường … của huyện Minh Hóa, với tổng ngân sách 5,6 tỷ đồng, trong đó
        # Plan International tài trợ 5,1 tỷ đồng": who paid the share gives it
        donors = [p.id for p in partners if share.end() <= p.start < give.start()] or donors
    if local and donors and all(local(d) for d in donors):
        # "UBND huyện X bàn giao công trình … xây dựng từ nguồn vốn của Tổ chức Y": Y gives
        donors = [f for f in funders_in(text, part, partners) if not local(f)] or donors
    # "UBND huyện X phối hợp với … tổ chức lễ bàn giao 3 công trình": who held the ceremony
    # at home did not give; the giver is told elsewhere. Abroad ("tại huyện Kampong Trach,
    # tỉnh Kampot, … tổ chức lễ bàn giao") the province's bodies give for it.
    ceremony = bool(give and local and not by and _CEREMONY_RE.search(
        text, max(part.start, give.start() - 24), give.start()))
    hosted = (ceremony and bool(donors) and all(local(p.id) for p in partners)
              # a company or a fund holds the ceremony for its own gift
              and not any(_OWN_GIVER_RE.match(p.surface) for p in partners if p.id in donors))
    if hosted:
        donors = []
    elif ceremony and (givers := [d for d in donors if not local(d) or any(
            p.id == d and _OWN_GIVER_RE.match(p.surface) for p in partners)]) \
            and len(givers) < len(donors):
        # "Sở Ngoại vụ phối hợp với Công ty X và UBND huyện Y tổ chức lễ bàn giao …": the
        # province's own bodies held the ceremony beside the giver; they gave nothing. Abroad
        # the hosts are the foreign ones ("Hội Chữ thập đỏ tỉnh Tây Ninh phối hợp với Hội
        # Chữ thập đỏ Campuchia chi nhánh tỉnh Svay Rieng tổ chức chương trình khám bệnh,
        # cấp thuốc miễn phí cho người dân … tại thành phố Bavet, tỉnh Svay Rieng")
        there = abroad_in is not None and abroad_in(give.end(), part.end)
        donors = [d for d in donors if local(d)] if there else givers
    if not donors and value and (came := next((p for p in partners if p.start >= value.end and (
            _SUM_FROM_RE.fullmatch(text[value.end:p.start]))), None)) \
            and not came.home and came.id != home and not (local and local(came.id)):
        # "… với kinh phí 30.000 euro từ Tổ chức Bánh mì cho Thế giới": whose the sum is
        donors = [came.id]
    if give and len(donors) > 1 and (said := _ANNOUNCED_RE.search(text, part.start,
                                                                  give.start())):
        # "Đại sứ quán Úc thông báo Chính phủ Australia … dành khoản hỗ trợ 500.000 AUD":
        # who announces the gift is not who gives it
        donors = [d for d in donors if any(p.id == d and p.start >= said.end()
                                           for p in partners)] or donors
    recipients, recipients_note = _recipients(text, part, partners, give, home, propose)
    recipients = [r for r in recipients if r not in named_by and r not in owners]
    topic = _TOPIC_RE.match(text, part.start, pivot)
    if topic and (about := [p.id for p in partners if p.start < topic.end()]):
        # "Với Trường Tiểu học Nam Quang, Quỹ trao 10 bộ máy tính …": the school the
        # sentence is about receives; the giver is the subject after the comma
        donors = [d for d in donors if d not in about]
        recipients = recipients or about[-1:]
    if give and not referent and not named_by and donors and _AGENTLESS_RE.search(
            text, max(part.start, give.start() - 12), give.start()) \
            and _HANDED_OVER_RE.match(give[0]):
        # "Công trình 3 phòng học … tại điểm trường X, Trường Y đã chính thức được bàn giao":
        # the school before an agentless passive receives; who gave, a later sentence says
        recipients, donors = recipients or donors[-1:], []
    if give and referent and not named_by and _AGENTLESS_RE.search(
            text, max(part.start, give.start() - 12), give.start()) \
            and (takers := [d for d in donors if d not in referent]):
        # "Trường PTDTBT THCS Đức Hạnh được hỗ trợ 350 triệu đồng …" after a gift to four
        # schools: a share of the gift just told, received by the subject
        recipients, donors = recipients or takers[-1:], list(referent)
    if referent and donors and (first := next((p for p in partners if p.id in donors), None)) \
            and _DELEGATION_WITH_RE.search(text, part.start, first.start):
        donors = list(referent)
    gift = Gift(part, items=items, value=value.raw if value else None,
                recipients_note=recipients_note)
    # a receiver read from the phrase after "cho" of a gift the province makes: right only
    # when it lies abroad (a province's gift to its own district is no foreign affairs)
    from_phrase = bool(propose and recipients) and not _recipients(text, part, partners, give,
                                                                   home)[0]
    named = bool(donors or recipients or value or any(h.quantity for h in items))
    if not named:
        return None
    if donors:
        # "UNICEF viện trợ 350.000 USD từ nguồn tài trợ của Chính phủ Australia": whose funds
        # the giver spends gives with it
        gift.donors = donors + [p.id for p in partners if p.id not in donors and not p.home
                                and p.id != home and not (local and local(p.id))
                                and p.id not in recipients
                                and _CO_FUNDED_RE.search(text, part.start, p.start)]
    elif previous and not raise_:
        gift.donors, gift.confidence = previous.donors, 0.75
        gift.donors_note = previous.donors_note
    elif referent and (ANAPHORA_RE.search(text, part.start, pivot)
                       # (with its sum: "dự án đã hỗ trợ trồng mới 1.150 ha rừng" is work;
                       # read up to the verb and the few letters of it the pattern checks)
                       or value and PROJECT_DID_RE.search(text[part.start:pivot + 12])
                       # (or counted things handed over: "dự án đã hỗ trợ phục hồi chức năng
                       # cho …, trao tặng 420 xe lăn")
                       or give and re.match(r"(?:trao tặng|tặng|trao|cấp)\s", give[0] + " ")
                       and any(h.quantity for h in items)
                       and PROJECT_DID_RE.search(text[part.start:pivot + 12])
                       or _BARE_GIVER_RE.search(text[part.start:pivot])
                       # (the verb after "Đoàn" is the pivot: read past it)
                       or (d := DELEGATION_RE.search(text, part.start, part.end))
                       and d.start() < pivot):
        # "Ngoài ra, tổ chức này trao tặng …": the donor the article was speaking of.
        gift.donors, gift.confidence = list(referent), 0.7
    elif hosted or owned:
        # the giver of a building handed over to its owner is told elsewhere ("Công trình
        # được xây dựng từ nguồn vốn của X")
        gift.donors_note, gift.confidence = "not named in the text", 0.6
    elif raise_:
        group = _GROUP_RE.search(text, part.start, part.end)
        gift.donors_note = (group[1].strip(" ,…") if group else "not named in the text")
        gift.confidence = 0.7
    elif referent and _CAPTION_PERSON_RE.match(text, part.start, pivot):
        # "Ảnh: Ông Nguyễn Văn A (thứ ba từ trái) trao biểu trưng công trình cho …": the
        # giver's representative, in the photo of the gift just told
        gift.donors, gift.confidence = list(referent), 0.6
    elif unnamed := _UNNAMED_GIVER_RE.search(text[part.start:pivot]):
        if set(recipients) <= {home}:
            return None  # "… hỗ trợ xây 12 nhà tại Hưng Yên": the telling that names it
        gift.donors_note, gift.confidence = unnamed[0].strip(), 0.6
    elif give and items and not abroad and all(h.start < give.start() for h in items) \
            and re.search(r"(?<!\w)được\s+$", text[max(part.start, give.start() - 8):give.start()]):
        # "300 suất quà Tết đã được trao tận tay các hộ nghèo …": given, by someone the
        # sentence does not name (the next may: "Các suất quà được tài trợ bởi X"); in news
        # of a province abroad, by the province
        gift.donors_note, gift.confidence = "not named in the text", 0.6
    elif home and not label:
        # "tỉnh ta đã trao tặng …" names the province; a sentence with no subject implies it.
        named_home = any(p.start < pivot and (p.home or p.id == home) for p in partners)
        gift.donors, gift.confidence = [home], 0.8 if named_home else 0.65
    if not recipients and previous and detail:
        recipients = previous.recipients
    if not recipients and handed:
        # "X bàn giao công trình 4 phòng học Trường Mầm non Y, trị giá …": the school whose
        # building it is receives it; so do works named after "công trình", unless the
        # province built them abroad (the province there receives them)
        recipients = [r for r in _owner(text, handed, partners, works=home not in gift.donors)
                      if r not in gift.donors]
    if not recipients and give and (built := _BUILDS_RE.search(text, give.end(), part.end)):
        # "… tài trợ 89.500 USD xây dựng Trường Tiểu học Tân Hộ Cơ 2": the school built
        recipients = [p.id for p in partners
                      if p.start == built.end() and _BODY_HEAD.match(p.surface)][:1]
        if not recipients and propose and (
                school := _SCHOOL_OF_UNIT_RE.match(text, built.end(), part.end)):
            # "… tài trợ 85.000 USD xây dựng trường mầm non xã A Dơi": the commune's school,
            # named by its commune
            recipients = [propose(Receiver(school.start(), school.end(), school[0],
                                           "domestic_organisation"))]
        if not recipients and (at := _BUILT_AT_RE.match(text, built.end(), part.end)) and (
                school := receiver_at(text, at.end(), part.end)) \
                and (_BODY_HEAD.match(school.surface)
                     or not home and propose and _UNIT_RE.match(school.surface)):
            # "… tài trợ xây dựng 4 phòng học tại Trường Tiểu học Minh Tân": the school the
            # rooms were built at (on a page that names no province of its own, "… xây dựng 2
            # trường mẫu giáo tại huyện Đakrông": the district)
            recipients = [propose(school)]
    if not recipients and give and re.match(r"bàn giao", give[0], re.I) and (
            at := _BUILT_AT_RE.match(text, give.end(), part.end)) and (
            school := receiver_at(text, at.end(), part.end)) and _SCHOOL_OR_CLINIC_RE.match(
            school.surface):
        # "Cùng ngày, tổ chức đã bàn giao 2 khu nhà vệ sinh tại Trường Tiểu học số 1 Mỹ
        # Thành, trị giá 280 triệu đồng": the school the works were handed over at
        recipients = [propose(school)] if propose else []
    if not recipients and abroad and give and abroad_in and gift.donors \
            and home not in gift.donors \
            and (people := _TO_PEOPLE_RE.search(text, give.end(), part.end)) \
            and abroad_in(people.end(), part.end):
        # "Hội Thực tập sinh Bình Định tại Nhật Bản cũng đã quyên góp gần 1,2 triệu yên gửi
        # tới người dân vùng lũ tỉnh Kochi": a gift to the people of the province abroad the
        # article is about
        recipients, gift.confidence = [abroad], 0.6
    if not recipients and home and (gift.donors and home not in gift.donors or gift.donors_note):
        recipients, gift.implied_recipient = [home], True
    if not recipients and not home and gift.donors and give:
        # a page that never names its province ("… vừa được bàn giao cho các hộ nghèo tại 3
        # xã …, huyện Xín Mần"): the one district or town named after the verb receives
        units = {p.id for p in partners if p.start > give.end() and _UNIT_RE.match(p.surface)}
        if not units and propose:
            # ("… xây dựng 5 căn nhà tình nghĩa cho nạn nhân chất độc da cam ở huyện Cam Lộ":
            # a district the page knows by these words alone)
            units = {propose(u) for u in units_where(text, give.end(), part.end)}
        recipients = list(units) if len(units) == 1 else []
    if from_phrase and gift.donors == [home]:
        gift.abroad_only = True
    if not recipients and visited and gift.donors and set(gift.donors) != set(visited):
        recipients = visited[-1:]
        gift.abroad_only = gift.donors == [home]
    if not recipients and home and gift.donors == [home] and give:
        # "đoàn đã trao 100 suất quà cho các hộ nghèo của huyện Chantrea": a gift going out
        # goes to where the people it is for live
        recipients = [p.id for p in partners if p.start > give.end() and p.id != home][:1]
        gift.abroad_only = bool(recipients)
    if not recipients and abroad and gift.donors == [home] and give and (
            value or any(h.quantity for h in items) and (
                _TO_RE.search(text, give.end(), part.end) or any(map(per_unit, amounts)))):
        # "Công trình do tỉnh Nghệ An hỗ trợ trên 4 tỷ đồng" in news of a visit to Xiêng
        # Khoảng, "đoàn đã đến thăm và tặng 200 suất quà cho các hộ gia đình khó khăn tại xã
        # Pak Nhai", "Đoàn đã trao 200 suất quà, mỗi suất gồm …": the province's gift goes to
        # the province abroad the article is about
        recipients, gift.confidence = [abroad], 0.6
    gift.recipients = [r for r in recipients if r not in gift.donors]
    if not (gift.donors or gift.donors_note):
        return None
    if not gift.recipients and not (home is None and gift.donors and value):
        return None  # with no province to fall back on, the donor's counterpart may be it
    if not (value or any(h.quantity for h in items) or unpriced) and not any(
            r != home for r in gift.recipients) and not by:
        return None  # "viện trợ vật tư y tế hỗ trợ công tác …": no one and nothing named
    return gift


# Whose money paid for it, however the sentence's subject is: "từ nguồn vốn (viện trợ) của
# X", "được X tài trợ", "funded by X".
_SOURCE_OF_RE = re.compile(r"(?<!\w)nguồn\s+(?:vốn|kinh phí|viện trợ|tài trợ|tài chính|hỗ trợ)"
                           r"[^,;.]{0,80}?\s+(?:của|do)\s+(?:các\s+)?$"
                           r"|(?<!\w)(?:được|do|funded by|financed by|sponsored by)\s+"
                           r"(?:the\s+)?$"
                           # "Các căn nhà được tài trợ bởi Công ty TNHH Sungwoo Vina …"
                           r"|(?<!\w)(?:đồng\s+)?(?:tài trợ|viện trợ)\s+bởi\s+$", re.I)
# (an aside in brackets or between dashes may stand before the verb: "do Hội X (Association
# X, Cộng hòa Pháp) tài trợ", "do Công ty X – doanh nghiệp … – tài trợ")
_KIND_BEFORE_RE = re.compile(r"(?:[Qq]uỹ|[Tt]ổ chức|[Hh]ội|[Cc]ông ty)(?:\s+(?:[Tt]ừ thiện|"
                             r"[Nn]hân đạo|[Hh]ữu nghị))?\s+$")
# (or where the body is: "do Hội thánh X, thành phố Seoul (Hàn Quốc) tài trợ")
_PAID_AFTER_RE = re.compile(r"^(?:\s*\([^()]*\)|\s*[–—-]\s[^–—;]{3,160}?\s[–—-]"
                            r"|\s*,\s*(?:thành phố|tỉnh|bang|quận)\s[^,;.()]{2,30}"
                            r"(?:\s*\([^()]*\))?)?[^,;.]{0,40}?\s"
                            r"(?:tài trợ|viện trợ|hỗ trợ|đầu tư|cấp|quyên góp|ủng hộ|trao tặng|"
                            r"tặng)(?!\w)", re.I)


def funders_in(text: str, part: Span, partners: list[PartnerMention]) -> list[str]:
    """The partners a clause says paid ("công trình được xây dựng từ nguồn vốn của X",
    "được X tài trợ"), whoever it says handed the gift over."""
    found = []
    for p in partners:
        before = text[max(part.start, p.start - 120):p.start]
        # "… tài trợ bởi Quỹ Từ thiện Hope Bridge": a known body found by its name alone
        before = _KIND_BEFORE_RE.sub("", before)
        m = _SOURCE_OF_RE.search(before)
        if not m or p.home:
            continue
        passive = re.match(r"(?:được|do)\b", m[0], re.I)
        # "do X và Y tài trợ": the verb comes after the last of those listed
        last = p.end
        for q in partners:
            if q.start >= last and _AND_NEXT_RE.fullmatch(text, last, q.start):
                last = q.end
        if passive and not _PAID_AFTER_RE.match(text[last:part.end]):
            continue  # "được UBND tỉnh giao …", "do X chủ trì": not who paid
        found.append(p.id)
    # "… được tài trợ bởi Công ty X (doanh nghiệp …) và Ủy ban MTTQ huyện Y": each named
    # in the list pays
    for a, b in zip(partners, partners[1:]):
        if a.id in found and _AND_NEXT_RE.fullmatch(text, a.end, b.start) and not b.home:
            found.append(b.id)
    return unique(found)


_AND_NEXT_RE = re.compile(r"(?:\s*\([^()]{1,60}\))?\s*(?:,|và|and)\s*(?:the\s+)?")


_DESTINATION_RE = re.compile(r"(?<!\w)(?:đến|tới|sang|về)\s+(?:thăm\s+)?$", re.I)
_COORDINATED_RE = re.compile(r"(?<!\w)(?:thăm|làm việc|gặp|tiếp|chúc Tết|chúc mừng|hội đàm|"
                             r"hội kiến)(?!\w)"
                             # "BÌNH PHƯỚC HỘI ĐÀM VỚI TỈNH KRATIE, BÀN GIAO 3 PHÒNG HỌC"
                             r"[^;]{0,120}?(?:\svà|,)\s+(?:đã\s+|cũng\s+)?$", re.I)


_SHARE_OF_RE = re.compile(r"(?<!\w)trong đó\s+(?=[^,;]*$)", re.I)


def _via(text: str, part: Span, p: PartnerMention) -> bool:
    """"thông qua Đại sứ quán …": the channel a gift went through, not its giver; also
    when it is named in brackets after the channel's other name ("thông qua Cơ quan Hợp tác
    kỹ thuật Bỉ (BTC, nay là Enabel)")."""
    return bool(re.search(r"(?:thông qua|through)\s+(?:the\s+)?$",
                          text[max(part.start, p.start - 16):p.start], re.I)
                or re.search(r"(?:thông qua|through)\s+[^,;()]{2,60}\([^()]*$",
                             text[max(part.start, p.start - 90):p.start], re.I))


def possessive(text: str, part: Span, p: PartnerMention) -> bool:
    """"các cơ quan đại diện của Việt Nam": Vietnam owns the actors, it does not act. Aid
    "of" someone ("khoản viện trợ của X trao tặng …") is theirs because they gave it."""
    before = text[max(part.start, p.start - 40):p.start]
    return bool(re.search(r"của\s+(?:các\s+)?$", before)) and not _AID_OF_RE.search(before)


# a gift counted as one ("khoản", "món", "phần"); "vốn viện trợ của X là …" is a sum; a
# programme of the giver ("Chương trình GGP của Chính phủ Nhật Bản tài trợ 89.500 USD …")
_AID_OF_RE = re.compile(r"(?:khoản|món|phần)\s+(?:viện trợ|tài trợ|hỗ trợ|ủng hộ|quà)"
                        r"(?:\s+không hoàn lại)?\s+của\s+$"
                        r"|(?<!\w)Chương trình\s+[A-Z][A-Za-z]{1,9}\s+của\s+$"
                        # "đoàn công tác của Cơ quan Nước Loire-Bretagne đã trao tặng …": the
                        # body's own delegation gives for it
                        r"|(?<!\w)[Đđ]oàn(?:\s+công tác)?\s+của\s+$"
                        # "nhóm tình nguyện viên của Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)
                        # … trao 50 suất quà": its volunteers give for it
                        r"|(?<!\w)(?:[Nn]hóm|[Đđ]oàn|các)\s+(?:cựu\s+)?tình nguyện viên\s+của\s+$")


_LIST_JOIN_RE = re.compile(r"\s*(?:,|và|,\s*và)\s+")


def _recipients(text: str, part: Span, partners: list[PartnerMention], give,
                home: str | None, propose: Callable[[Receiver], str] | None = None
                ) -> tuple[list[str], str | None]:
    """Who a gift went to, and the words that say so when they name no partner ("cho các
    hộ nghèo tại huyện Lâm Bình"). With `propose`, the noun phrase right after the
    receiving word names the receiver whatever its head, known or not ("cho Trung tâm Y
    tế huyện Krông Bông", "cho lưu học sinh Lào"): the province is the receiver only when
    no one is named."""
    start = give.end() if give else part.start
    if give and (right_after := [p for p in partners if 0 <= p.start - give.end() <= 1
                                 or _GOVERNMENT_GAP.fullmatch(text[give.end():p.start])]):
        # "trao tặng tỉnh Hà Giang 50 máy tính …"; "trao tặng tỉnh Svay Rieng và tỉnh Tbong
        # Khmum 50.000 khẩu trang": the list right after the verb
        taken = [right_after[0]]
        for p in partners:
            if p.start >= taken[-1].end and _LIST_JOIN_RE.fullmatch(text, taken[-1].end,
                                                                    p.start):
                taken.append(p)
        return unique([p.id for p in taken]), None
    # "đã trao 1 tỷ đồng của UBND tỉnh Hà Tĩnh hỗ trợ tỉnh Khăm Muộn …": whom the second verb
    # names right after it
    for again in GIVE_RE.finditer(text, give.end() if give else part.start, part.end):
        taker = next((p for p in partners if 0 <= p.start - again.end() <= 1
                      or _GOVERNMENT_GAP.fullmatch(text, again.end(), p.start)), None)
        if give and taker and not taker.home and taker.id != home:
            return [taker.id], None
    if give and propose and (bare := _BARE_AFTER_VERB_RE.match(text, give.end(), part.end)) \
            and (named := _named_before(text, part, bare[1], give.start(), propose)):
        return named, None  # "tại Trường THCS X, … đã trao tặng nhà trường 25 bộ máy tính"
    # "tài trợ dự án "… cho phụ nữ dân tộc Mường …"": a "cho" inside a quoted title is the
    # title's, not the gift's receiver
    to = next((m for m in _TO_RE.finditer(text, start, part.end)
               if not inside_quotes(text, part.start, m.start())), None)
    if not to:
        return [], None
    stop = _TO_STOP_RE.search(text, to.end(), part.end)
    end = stop.start() if stop else part.end
    if propose and (bare := _FOREIGN_STUDENTS_RE.match(text, to.end(), end)):
        # "cho các lưu học sinh có thành tích …, đang theo học tại Trường Đại học Vinh, …":
        # students from abroad, of no country named here; not the schools they study at
        return [propose(Receiver(bare.start(1), bare.end(1), bare[1], "other"))], None
    if propose and (bare := _BARE_HEAD_RE.match(text, to.end(), end)
                    or _PEOPLE_OF_BARE_RE.match(text, to.end(), end)):
        # "tại Bệnh viện Đa khoa tỉnh Tây Ninh, X đã trao tặng … cho bệnh viện": the one
        # named before in the clause, by its kind alone; "… cho học sinh bán trú của nhà
        # trường": their school, named before in the clause or else in the article
        if named := _named_before(text, part, bare[1], to.start(), propose):
            return named, None
    # Recipients are the list right after "cho"; a place further on ("học sinh nghèo huyện
    # Đồng Văn") says where the gift went, not to whom.
    # "cho học sinh các xã thuộc huyện Hồng Ngự và huyện Tam Nông": after "thuộc", "của",
    # "tại", the list is of the places the people live in
    if provinces := _provinces_listed(text, to.end(), end, partners):
        return provinces, None
    where = _WHERE_IN_RE.search(text, to.end(), end)
    found = [p.id for p in partners if to.start() <= p.start < end
             and (not (where and p.start > where.start())
                  # ("cho sinh viên có hoàn cảnh khó khăn của Trường Đại học X": whose the
                  # students are, not where)
                  or _PEOPLE_OF_BODY.search(text[to.start():p.start])
                  and _BODY_HEAD.match(p.surface))
             # "tặng chính quyền và nhân dân hai tỉnh Kratie và Mondulkiri": counted places
             # ("cho 3 trường học gồm: Trường A, Trường B và Trường C": each of the three)
             and (re.search(r"(?:cho|tặng|tới|đến|,|và|gồm:?|:)\s+(?:các\s+)?" + _GOVERNMENT
                            + r"(?:(?:các|hai|ba|bốn|năm)\s+)?$",
                            text[to.start():p.start])
                  # "cho học sinh Trường Tiểu học Sín Chéng": the school its pupils are of
                  or _PEOPLE_OF_BODY.search(text[to.start():p.start])
                  and _BODY_HEAD.match(p.surface))]
    if not found and home and _TO_HOME_RE.match(text, to.end(), end):
        found = [home]
    if propose and found and (receiver := receiver_at(text, to.end(), end)) \
            and (short := _cut_short(text, receiver, partners, found)):
        found = [propose(receiver) if f == short else f for f in found]
    first = min((p.start for p in partners if p.id in found and p.start >= to.end()),
                default=None)
    if propose and not (found and first is not None and first < _phrase_end(text, to.end(), end)) \
            and (receiver := receiver_at(text, to.end(), end)) \
            and (named := _receiver_id(receiver, partners, home, propose)):
        # the phrase comes first; a place written after it with a comma is its address
        # ("cho phường Hòa Hải, thành phố Đà Nẵng")
        found = [named, *(p.id for p in partners if p.id in found and p.start >= receiver.end
                          and not _PLACE_HEAD.match(p.surface))]
    note = None if found else text[to.end():end].strip(" ,.") or None
    return unique(found), note


def _provinces_listed(text: str, start: int, end: int,
                      partners: list[PartnerMention]) -> list[str]:
    """The provinces, two or more, whose people a gift is for, each a receiver."""
    first = next((p for p in partners if start <= p.start < end
                  and PEOPLE_OF_PROVINCES_RE.search(text, start, p.start)
                  and not LOWER_UNIT_RE.match(p.surface)), None)
    if first is None:
        return []
    taken = [first]
    for p in partners:
        if p.start >= taken[-1].end and p.start < end \
                and _LIST_JOIN_RE.fullmatch(text, taken[-1].end, p.start):
            taken.append(p)
    return unique([p.id for p in taken]) if len(taken) > 1 else []


# "gửi tới người dân vùng lũ tỉnh Kochi": to the people of a place
_TO_PEOPLE_RE = re.compile(r"(?<!\w)(?:cho|tới|đến)\s+(?:các\s+)?(?:người dân|nhân dân|bà con|"
                           r"đồng bào|hộ dân|hộ gia đình|gia đình)(?!\w)")
# (not "lưu học sinh tỉnh Attapeu", named by where they come from)
_FOREIGN_STUDENTS_RE = re.compile(r"(?:các\s+|những\s+)?(lưu học sinh)(?!\s+(?:(?:người|tỉnh|"
                                  r"huyện|thành phố|nước|của|đến từ|từ)\s+)?[A-ZĐ])")
_BARE_HEAD_RE = re.compile(r"(?:các\s+)?(bệnh viện|nhà trường|trường|trung tâm|trạm y tế)"
                           r"\s*(?=[,.;(]|$)", re.I)
# ("… cho các cháu học sinh của điểm trường": a school's site, whose pupils are the school's)
_BARE_HEADS = {"nhà trường": "trường", "điểm trường": "trường"}
_BARE_AFTER_VERB_RE = re.compile(r"\s+(nhà trường|bệnh viện)\s+(?=\d)", re.I)


def _named_before(text: str, part: Span, bare: str, upto: int,
                  propose: Callable[[Receiver], str]) -> list[str]:
    """The body of that head named last before `upto`, in the clause or else in the article."""
    head = _BARE_HEADS.get(bare.lower(), bare.lower())
    # (a school's site named in lower case, "điểm trường Mầm non Thạch Đạn", "điểm trường thôn
    # Cheng", when the article names no school by its capital)
    for written in [head.capitalize(), *(["[Đđ]iểm trường"] if head == "trường" else [])]:
        for since in (part.start, 0):
            named = [m.start() for m in re.finditer(
                rf"(?<!\w){written}\s+(?=[A-ZĐ]|(?:thôn|bản|làng)\s+[A-ZĐ])",
                text[since:upto])]
            if named and (before := receiver_at(text, since + named[-1], upto)):
                return [propose(before)]
    return []
_PEOPLE_OF_BARE_RE = re.compile(r"(?:các\s+)?(?:(?:em\s+|cháu\s+)?(?:học sinh|sinh viên|giáo viên|"
                                # ("sinh viên có hoàn cảnh khó khăn, vượt khó học tốt của
                                # Trường": who they are may run on past a comma)
                                r"học viên|bệnh nhân)|cháu|em|nạn nhân|trẻ em)"
                                r"(?:,?\s+[^\W\d]+){0,9}?\s+(?:của|tại)\s+"
                                # ("… của trường, tổng trị giá …": the school, bare)
                                r"(nhà trường|điểm trường|trường|bệnh viện|trung tâm)\s*"
                                # ("… của trường năm học 2023–2024": the school year)
                                r"(?:năm học\s+\d{4}\s*[-–]\s*\d{4}\s*)?"
                                r"(?=[,.;(]|$)", re.I)


def inside_quotes(text: str, start: int, at: int) -> bool:
    before = text[start:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _phrase_end(text: str, start: int, end: int) -> int:
    """Where the words right after the receiving word end: the first comma, or `end`."""
    comma = text.find(",", start, end)
    return comma if comma >= 0 else end


def _cut_short(text: str, receiver: Receiver, partners: list[PartnerMention],
               found: list[str]) -> str | None:
    """A body's name proposed up to its first lower-case word ("Hội Bảo trợ") where the
    receiving phrase runs on in lower case to whose body it is ("… người khuyết tật và trẻ
    mồ côi tỉnh"): the phrase is the name. Names the gazetteer knows are left as found."""
    if receiver.kind == "other":
        return None
    first = next((p for p in partners if p.id in found and p.start == receiver.start), None)
    rest = text[first.end:receiver.end] if first else ""
    if first and first.id.startswith("extracted-") and rest.strip() and rest == rest.lower():
        return first.id
    return None


def _receiver_id(receiver: Receiver, partners: list[PartnerMention], home: str | None,
                 propose: Callable[[Receiver], str]) -> str | None:
    """A body or place named after "cho" is the receiver as written. A group of people is
    received for by the body it belongs to ("sinh viên Đại học Huế"); the people of a
    place ("học sinh nghèo huyện Đồng Văn", "hộ nghèo huyện Bình Gia") are the province's
    as the curated facts record them, so the rules before decide (the province at home,
    the place abroad); a group of no place ("lưu học sinh Lào") is proposed as written."""
    if receiver.kind != "other":
        return propose(receiver)
    inside = [p for p in partners if receiver.start <= p.start < receiver.end]
    units = [p for p in inside if _UNIT_OF_PEOPLE.match(p.surface)]
    if len(units) == 1 and units[0].id != home and len(inside) == 1:
        return units[0].id
    if any(p.id == home or _PLACE_HEAD.match(p.surface) for p in inside):
        return None
    bodies = [p for p in inside if _BODY_HEAD.match(p.surface) or p.surface.startswith("Đại học")]
    if bodies:
        return bodies[-1].id
    # ("học sinh điểm trường Sín Chải": a name found in lower case inside the group is
    # only part of how the group is written)
    named = [p for p in inside if not (p.id.startswith("extracted-") and p.surface[:1].islower())]
    return None if named else propose(receiver)


_UNIT_OF_PEOPLE = re.compile(r"(?:huyện|xã|thị xã|thị trấn|phường|quận)\s", re.I)
_PLACE_HEAD = re.compile(r"(?:UBND\s+|Ủy ban nhân dân\s+)?(?:xã|phường|thị trấn|huyện|quận|"
                         r"thị xã|thành phố|tỉnh|châu|bang)\s", re.I)
_BUILDS_RE = re.compile(r"(?<!\w)(?:xây dựng|xây mới|sửa chữa|nâng cấp|cải tạo)\s+(?:mới\s+)?")
_SCHOOL_OF_UNIT_RE = re.compile(r"(?:trường|điểm trường)\s+(?:mầm non|mẫu giáo|tiểu học|"
                                r"trung học cơ sở|THCS|tiểu học và THCS|PTDTBT[\w ]{0,20}?)\s+"
                                r"(?:xã|phường|thị trấn)\s+[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*)*")
# ("xây dựng Nhà lưu trú dành cho người nhà bệnh nhân tại Bệnh viện Trung ương Huế": works
# not counted, at the hospital)
_BUILT_AT_RE = re.compile(r"\s*(?:\d+\s+)?[^\d,;.()]{2,60}?\s+tại\s+")
_PEOPLE_OF_BODY = re.compile(r"(?:cho|tặng|tới|đến)\s+(?:các\s+|toàn thể\s+)?(?:em\s+)?"
                             r"(?:học sinh|sinh viên|trẻ em|bệnh nhân|cán bộ|giáo viên|y bác sĩ|"
                             r"người cao tuổi|giảng viên|nhân viên)(?:\s+(?:của\s+)?|"
                             # "cho sinh viên có hoàn cảnh khó khăn của Trường Đại học X"
                             r"(?:\s+[^\W\d]+){1,5}?\s+của\s+)$")
# ("… tại Trường Tiểu học Đồng Than, … tổ chức lễ bàn giao các công trình thuộc Dự án …":
# a project's works at many schools, handed over at one)
_SEVERAL_WORKS_RE = re.compile(r"(?<!\w)(?:các|những|\d+)\s")
# a sentence that opens with where it happened, a school or a clinic
_HELD_AT_SCHOOL_RE = re.compile(r"[^.;]{0,40}?(?<!\w)[Tt]ại\s+(?=(?:Trường|Bệnh viện|Trạm [Yy] tế|"
                                r"Trung tâm [Yy] tế)\s)")
_SCHOOL_OR_CLINIC_RE = re.compile(r"(?:Trường|Bệnh viện|Trạm [Yy] tế|Trung tâm [Yy] tế)\s")
_BODY_HEAD = re.compile(r"(?:Trường|Bệnh viện|Trung tâm|Trạm|Nhà|Làng|Hội|Viện)\s")
_WHERE_IN_RE = re.compile(r"(?<!\w)(?:thuộc|của|tại|ở|trên địa bàn)(?!\w)")
# "cho Chính quyền thành phố Bách Sắc": a place's government, named by the place.
# ("hỗ trợ Chính quyền và nhân dân tỉnh Kochi": the province, its people with it)
_GOVERNMENT = (r"(?:(?:UBND|Ủy ban nhân dân|Chính quyền|chính quyền|nhân dân|Nhân dân)"
               r"(?:\s+và\s+(?:nhân dân|Nhân dân|chính quyền|Chính quyền))?\s+)?")
_GOVERNMENT_GAP = re.compile(r"\s+" + _GOVERNMENT)


def unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


# "chứng nhận" (to certify), "ghi nhận" (to acknowledge), "công nhận", "xác nhận", "thừa
# nhận": "nhận" after these receives nothing (the patterns ignore case)
_NOT_RECEIVING = r"(?<!chứng )(?<!ghi )(?<!công )(?<!xác )(?<!thừa )"
# ("chúc mừng bà X nhận nhiệm vụ mới …": a post taken up, nothing received)
_NOT_A_POST = r"(?!\s+(?:nhiệm vụ|nhiệm kỳ|chức vụ|chức|công tác|nhiệm sở)(?!\w))"
# "X tiếp nhận <things> do Y trao tặng": Y gave, X received.
_RECEIVED_RE = re.compile(r"(?<!\w)" + _NOT_RECEIVING + r"(?:tiếp nhận|nhận)\s+(?P<what>.+?)"
                          r"\s+do\s+(?P<by>.+?)\s+"
                          r"(?:trao tặng|tặng|trao|tài trợ|viện trợ|hỗ trợ|ủng hộ)(?!\w)", re.I)
# A sentence that goes on about the gift before it: "Lô hàng có tổng trị giá …, gồm …".
CONTINUES_RE = re.compile(r"^(?:Lô (?:hàng|thiết bị|vật tư|quà|trang thiết bị)|Toàn bộ số \w+|"
                          r"Số \w+(?:\s+\w+)?(?=\s+(?:có|trị giá|"
                          r"với|gồm|này|trên))|Số tiền|Các thiết bị|Các vật tư|Các suất quà|"
                          r"Công trình|Tổng trị giá|Tổng giá trị|Thiết bị|"
                          # "Đợt hỗ trợ lần này có tổng trị giá 1,2 tỷ đồng, gồm …"
                          r"Đợt (?:hỗ trợ|cứu trợ|trao tặng|tặng quà|trao quà)(?=\s+(?:lần này|"
                          r"này|có|trị giá|gồm)))\b"
                          # "Số trang thiết bị được trao tặng gồm …", "Các phần quà đã được
                          # trao lần này có …": the things given, named by what was done with
                          # them, then listed or priced
                          r"|^(?:Số|Các|Những|Toàn bộ)\s+(?:(?![A-ZĐ])\w+\s+){1,4}?(?:đã\s+)?"
                          r"được\s+(?:trao tặng|trao|tặng|bàn giao|hỗ trợ|tài trợ|viện trợ)"
                          r"(?:\s+(?:lần này|đợt này|nói trên))?\s+(?:gồm|bao gồm|có|trị giá)(?!\w)"
                          # "Các suất học bổng được tài trợ bởi Quỹ …, tổng trị giá …": the
                          # things given, and who paid for them
                          r"|^(?:Các|Những|Số)\s+(?:(?![A-ZĐ])\w+\s+){1,4}?(?:đã\s+)?được\s+"
                          r"(?:tài trợ|trao tặng|tặng|hỗ trợ|viện trợ)\s+bởi(?!\w)"
                          # "Các bồn chứa nước có tổng trị giá …": the things given, priced
                          r"|^Các\s+(?:(?![A-ZĐ])\w+\s+){1,4}?(?:có\s+)?(?:tổng\s+)?"
                          r"(?:trị giá|giá trị|kinh phí)\b"
                          # the English pages: "The filters, worth 350 million VND, …"
                          # (lower-case words only: "The Embassy of Japan funded … worth …"
                          # is a gift of its own), "Each scholarship is worth …"
                          r"|^(?:The|Each|Every|It|This|These)\s(?:[a-z][\w-]*,?\s+){0,6}?"
                          r"(?:worth|valued at|"
                          r"total value|costs?|total (?:cost|investment|budget|funding|grant)|"
                          r"includes?|included|consists? of|comprises?)\b"
                          # "With a budget of nearly US$300,000, the project will …"
                          r"|^With (?:a|an) (?:total )?(?:budget|cost|funding|investment) of\b")


# "X tiếp nhận 700 triệu đồng của Y để …", "… nhận được … từ Y"; not "Giấy chứng nhận …"
# (to certify, not to receive).
_RECEIVED_OF_RE = re.compile(r"(?<!\w)" + _NOT_RECEIVING + r"(?:tiếp nhận|nhận được|nhận)"
                             + _NOT_A_POST + r"\s+"
                             # ("… nhận học bổng đến từ Trường X": where the students come
                             # from, not who gave)
                             r"(?P<what>.+?)\s+(?:của|(?<!đến )từ)\s+"
                             r"(?P<by>.+?)(?=\s+(?:để|nhằm|cho|với|trao|tặng|nhân dịp)(?!\w)|[,.;]"
                             r"|$)", re.I)
# "500 hộ nghèo, hộ có hoàn cảnh khó khăn … đã nhận được quà": as many gifts as households
_EACH_RECEIVED_RE = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})*|\d+)\s+(?:hộ|gia đình|học sinh|em)"
                               r"(?!\w)(?=[^.;]{0,120}?(?:đã\s+)?(?:được\s+)?(?:tiếp\s+)?nhận"
                               r"(?:\s+được)?\s+(?:\d[\d.]*\s+)?(?:suất\s+|phần\s+)?"
                               r"(?:quà|học bổng|xe đạp)(?!\w))")
# "tiếp nhận (đào tạo) hàng chục lưu học sinh của tỉnh bạn": people taken in to study or
# work, however many, are no gift
# ("tiếp nhận điều trị nội trú cho khoảng 50.000 lượt bệnh nhân": patients admitted)
_PEOPLE_RECEIVED_RE = re.compile(r"(?:đào tạo\s+|(?:khám(?:\s+và|,)?\s+)?điều trị"
                                 r"(?:\s+(?:nội|ngoại) trú)?(?:\s+cho)?\s+)?"
                                 r"(?:(?:hơn|gần|khoảng|trên|từ)\s+)?"
                                 # ("đã tiếp nhận đào tạo nhiều lưu học sinh của X"; "mỗi năm
                                 # tiếp nhận từ 2 đến 3 bác sĩ")
                                 r"(?:\d[\d.,]*\s+(?:(?:đến|tới|-|–)\s+\d[\d.,]*\s+)?|"
                                 r"hàng (?:chục|trăm|nghìn)\s+|"
                                 r"(?:nhiều|các|những)\s+)?(?:lượt\s+)?"
                                 r"(?:lưu học sinh|học sinh|sinh viên|học viên|"
                                 r"đoàn|cán bộ|chuyên gia|lao động|bệnh nhân|trẻ sơ sinh|"
                                 r"ca bệnh|người bệnh|nhân viên|điều dưỡng|bác sĩ|"
                                 r"thực tập sinh)(?!\w)", re.I)
_NO_GIFT_RE = re.compile(r"(?:thư|công văn|giấy|bằng khen|quyết định|lời|điện|sự|ý kiến|"
                         r"đề nghị|báo cáo)(?!\w)", re.I)
# "Dự án có tổng kinh phí 1,5 tỷ đồng do X tài trợ": what a project costs, and who pays it.
# ("Dự án có tổng ngân sách hơn 5,6 tỷ đồng do GNI tài trợ": a budget, too)
# ("Toàn bộ chi phí phẫu thuật, thuốc men, ăn ở và đi lại …, khoảng 50.000 USD, do X tài trợ":
# what the costs were spent on may come between)
_FUNDED_RE = re.compile(r"(?<!\w)(?P<what>(?:kinh phí|vốn|giá trị|trị giá|ngân sách)(?!\w)"
                        r".{0,60}?|chi phí(?!\w).{0,100}?)\s+do\s+"
                        r"(?P<by>.+?)\s+(?:tài trợ|viện trợ|hỗ trợ|trao tặng|tặng|"
                        r"(?:mang sang\s+)?cấp phát)(?!\w)", re.I)


_TERMS_RE = re.compile(r"\s*Theo\s+(?:thỏa thuận|thoả thuận|biên bản|bản ghi nhớ|kế hoạch|cam kết|"
                       r"dự kiến)", re.I)
_KNOW_HOW_RE = re.compile(r"\s+(?:về\s+)?(?:kỹ thuật|chuyên môn|chuyên gia|tư vấn)(?!\w)", re.I)
_THE_WORK_OF_RE = re.compile(r"(?<!\w)(?:kinh nghiệm|công tác|quy định về|quy trình|kỹ năng|"
                            r"nghiệp vụ)(?:\s+[^\s,.;]+){0,3},?\s+$", re.I)


def received_in(text: str, part: Span, partners: list[PartnerMention], items: list[ItemHit],
                amounts: list[AmountHit], home: str | None) -> Gift | None:
    """A gift told from the receiving side; it may carry no figure yet (`CONTINUES_RE`).
    A project's cost "do X tài trợ" is X's gift to whoever the project is for: the
    province, unless the article names X's counterpart (`events.give_to_counterparts`)."""
    m = _RECEIVED_RE.search(text, part.start, part.end) or _RECEIVED_OF_RE.search(
        text, part.start, part.end)
    if m and _NO_GIFT_RE.match(m["what"]):
        return None  # "nhận được thư cảm ơn của Đại sứ quán …": a letter, no gift
    if m and (_PEOPLE_RECEIVED_RE.match(m["what"]) or _PLANNED_RE.search(
            text[max(part.start, m.start() - 30):m.start()])):
        # "tỉnh sẽ tiếp tục nhận 60 lưu học sinh của tỉnh Phôngsalỳ": students taken in,
        # and a plan, are no gift
        return None
    if m and _THE_WORK_OF_RE.search(text, max(part.start, m.start() - 40), m.start()) \
            and not (items or amounts):
        # "trao đổi kinh nghiệm vận động, tiếp nhận viện trợ từ các tổ chức Nhật Bản như
        # JICA, …": receiving aid as a kind of work, no gift received
        return None
    if not m and (funded := _FUNDED_RE.search(text, part.start, part.end)):
        # (not a place inside "– doanh nghiệp … hoạt động tại thành phố Việt Trì –")
        aside = [(a.start(), a.end()) for a in _APPOSITION_RE.finditer(
            text, funded.start("by"), funded.end("by"))]
        donors = unique([p.id for p in partners
                          if funded.start("by") <= p.start < funded.end("by")
                          and not any(a <= p.start < b for a, b in aside)])
        # ("Tổng trị giá thuốc … do KRCS mang sang cấp phát cho người dân hơn 200 triệu
        # đồng": the sum after whom it was for)
        cost = [a for a in amounts if funded.start("what") <= a.start < funded.end("what")] \
            or [a for a in amounts if a.start >= funded.end()
                and re.match(r"(?:tổng\s+)?(?:trị giá|giá trị)", funded["what"], re.I)]
        if not donors or not cost:
            return None
        return Gift(part, donors=donors, recipients=[home] if home else [], items=items,
                    value=cost[0].raw, confidence=0.7)
    if not m:
        return None
    donors = unique([p.id for p in partners if m.start("by") <= p.start < m.end("by")])
    # ("Sáng 16/4, tại UBND xã An Điền, …, Sở Ngoại vụ … tổ chức lễ tiếp nhận …": where
    # the receiving was held receives nothing)
    receivers = [p.id for p in partners if p.start < m.start() and p.id not in donors
                 and not possessive(text, part, p)
                 and not _VENUE_RE.search(text, part.start, p.start)
                 and not _OPENS_AT_VENUE_RE.match(text, part.start, p.start)]
    # "500 hộ nghèo … của tỉnh Svay Rieng đã nhận được quà …": the people's own place,
    # when nothing else before the verb receives
    theirs = [p.id for p in partners if p.start < m.start() and p.id not in donors
              and possessive(text, part, p)]
    # "tổ chức tiếp nhận … do X trao tặng thành phố Hải Phòng": whom X gave to receives,
    # not who held the receiving
    named_after = [p for p in partners if p.start >= m.end() and p.id not in donors
                   and re.fullmatch(r"\s*(?:cho\s+)?", text[m.end():p.start])][:1]
    for p in (p for p in partners if named_after and p.start > named_after[-1].end):
        # ("… do X trao tặng cho Trung tâm Y tế huyện Lạc Dương và Trung tâm Y tế huyện Đam
        # Rông": each body of the list)
        if not re.fullmatch(r"\s*(?:,|và)\s*", text[named_after[-1].end:p.start]):
            break
        named_after.append(p)
    recipients = unique([p.id for p in named_after] or receivers or theirs
                        or ([home] if home else []))
    unnamed = None
    if not donors and receivers and _UNNAMED_BY_RE.fullmatch(m["by"]) and any(
            not text[part.start:p.start].strip() for p in partners if p.id == receivers[0]):
        # "Trường X tiếp nhận 3 phòng học do kiều bào tại Pháp tài trợ": a giver the
        # headline describes and the body names; not the school that received (the
        # subject the clause opens with)
        unnamed = m["by"]
    elif not donors or not recipients:
        return None
    each = _EACH_RECEIVED_RE.search(text, part.start, part.end)
    if not any(h.quantity for h in items) and each and each.start() < m.start():
        # "2.000 hộ nghèo … đã được nhận quà Tết do X trao tặng": one each
        gift_word = re.sub(r"^được\s+", "", m["what"].split(",")[0].strip())
        items = [*items, ItemHit(each.start(), each.end(), gift_word, None,
                                 each[1].replace(".", ""))]
    # "tiếp nhận 700 triệu đồng của …": the sum received is the gift's value.
    value = value_of(amounts) or next((a for a in amounts if m.start("what") <= a.start
                                       < m.end("what")), None) or next(
        (a for a in amounts if a.start >= m.end() and not per_unit(a)), None)
    return Gift(part, donors=donors, donors_note=unnamed, recipients=recipients, items=items,
                value=value.raw if value else None, confidence=0.6 if unnamed else 0.75)


def share_received_in(text: str, part: Span, partners: list[PartnerMention],
                      amounts: list[AmountHit], items: list[ItemHit],
                      referent: list[str] | None) -> Gift | None:
    """"Trường Mầm non Lý Bôn nhận 280 triệu đồng để xây mới 1 phòng học" after a gift to
    several schools: the body the clause opens with received a share of the gift the
    article is telling, from its giver."""
    m = _SHARE_RECEIVED_RE.match(text, part.start, part.end)
    if not m or not referent:
        return None
    subject = next((p for p in partners if p.start == m.start(1)), None)
    # the sum right after the verb, or the worth of the things received ("tiếp nhận 2 phòng
    # học kiên cố trị giá 450 triệu đồng")
    value = next((a for a in amounts if a.start == m.end() or _WORTH_RE.search(
        text, max(m.end(), a.start - 24), a.start)), None)
    if subject is None or subject.id in referent or value is None \
            or any(p.start > m.end() for p in partners):
        return None  # a giver named after the verb is the one the clause tells
    return Gift(part, donors=list(referent), recipients=[subject.id], items=items,
                value=value.raw, confidence=0.6)


_NEXT_RECEIVER_RE = re.compile(r"\s+và\s+(?=(?:huyện|xã|thị xã|phường|thành phố|Trường)\s+[A-ZĐ]"
                               r"[^,;]{1,60}?\s+(?:đã\s+)?(?:nhận|được nhận|tiếp nhận)\s)")
_SHARE_RECEIVED_RE = re.compile(r"\s*(?:(?:[Cc]òn|[Rr]iêng|Cụ thể,|Trong đó,|Theo đó,|và)\s+)?"
                                # "huyện Thanh Liêm nhận 540 triệu đồng": a unit in lower case
                                r"((?:huyện|xã|thị xã|phường|thành phố)\s+[A-ZĐ][^,;]{2,60}?"
                                r"|[A-ZĐ][^,;]{3,80}?)"
                                r"\s+(?:đã\s+)?(?:nhận|được nhận|tiếp nhận)\s+")
_WORTH_RE = re.compile(r"(?<!\w)(?:trị giá|giá trị|kinh phí|tổng kinh phí)\s+$")


# who gave, told by who they are rather than named: "kiều bào tại Pháp", "doanh nghiệp Hàn
# Quốc", "một nhà hảo tâm"
_UNNAMED_BY_RE = re.compile(r"(?:(?:một|các|những|nhóm)\s+)?(?:kiều bào|Việt kiều|người Việt|"
                            r"doanh nghiệp|nhà hảo tâm|nhà tài trợ|doanh nhân|cộng đồng)"
                            r"(?:\s+[\w-]+){0,6}", re.I)


# "bàn giao công trình Trạm y tế xã Dân Hóa": a building handed over, whose cost the next
# sentence may give ("Công trình có tổng vốn đầu tư 2,3 tỷ đồng").
# ("lễ bàn giao, đưa vào sử dụng công trình …": handed over and put to use)
HANDOVER_RE = re.compile(r"(?<!\w)(?:khánh thành và bàn giao|"
                         r"bàn giao(?:,?\s+(?:và\s+)?đưa vào sử dụng)?|handed over|hands? over|"
                          r"inaugurated and handed over)\s+(?:(?:a|an|the|new|\w+)\s+){0,3}?"
                          # "the Viet Nam – Laos Friendship Primary School": a name
                          r"(?:(?:[A-ZĐ][\w'’]*|[–-])\s+){0,6}?"
                          r"(?:công trình|trường|điểm trường|trạm|nhà|cầu|phòng học|bếp ăn|"
                          r"hệ thống|giếng|bể|building|kindergarten|school|clinic|bridge|"
                          r"health station|house|works|water system|classrooms?|wells?|"
                          # "handed over a clean water supply system"
                          r"(?:water )?supply system)", re.I)
# A province's department or board (not the foreign-affairs one, which arranges), and the
# words by which it opens or closes a project
_RUNS_IT_RE = re.compile(r"(?:Sở(?! Ngoại vụ)|Ban Quản lý|Ban quản lý)\s")
_OPENS_IT_RE = re.compile(r"(?<!\w)(?:tổ chức|chủ trì)\s+(?:lễ|hội thảo|hội nghị)\s+(?:khởi động|"
                          r"tổng kết|ra mắt|công bố)\s+(?:và\s+\w+\s+)?(?:dự án|chương trình)"
                          r"(?!\w)", re.I)
# ("… to close the project "…", funded by the Kobe Asia Children's Aid Network (KACAN) of
# Japan": the same, in English)
PROJECT_FUNDED_RE = re.compile(r"(?<!\w)(?:dự án|chương trình)(?!\w).{0,160}?\s+do\s+(?P<by>.+?)\s+"
                               r"(?:tài trợ|viện trợ)(?!\w)"
                               r"|\b(?:project|programme)\b.{0,160}?,\s+(?:funded|financed|"
                               r"sponsored)\s+by\s+(?P<by_en>[^,;]+?)\s*(?:[.;]|$)", re.I)
# "X và Y đã ký hợp đồng tài trợ dự án …": a grant, its sum often in the next sentence
_GRANT_SIGNED_RE = re.compile(r"(?<!\w)ký(?: kết)? (?:hợp đồng|thỏa thuận|thoả thuận|hiệp định) "
                              r"(?:tài trợ|viện trợ)(?!\w)", re.I)
# ("Funded with AUD 45,000 under the … Direct Aid Program (DAP), the project …": the sum,
# then whose programme paid it)
FUNDED_UNDER = (r"Funded (?:under|by|through|with) (?:[^,;.]|(?<=\d)[,.](?=\d)){2,90}, "
                r"the (?:project|works?|system)")
COSTS_RE = re.compile(r"^(?:Công trình|Ngôi trường|Trường|Ngôi nhà|Nhà|Trạm|Cây cầu|Cầu|Dự án|"
                      # ("Các thiết bị được bàn giao gồm …, với tổng trị giá …": what was
                      # handed over, and its worth)
                      r"(?:Các|Số|Toàn bộ|Lô|Gói)\s+(?:trang\s+)?(?:thiết bị|vật tư|hàng hóa|"
                      r"hàng)"
                      r"(?=\s+(?:được|đã|này|trên|gồm|bàn giao|trao))|"
                      # ("The two-storey building, with six classrooms …, was funded with …")
                      # ("Tổng giá trị tài trợ là 2 tỷ 300 triệu đồng")
                      r"Tổng kinh phí|Tổng vốn|Kinh phí|Tổng giá trị|Tổng trị giá|"
                      r"The (?:[a-z][\w-]*\s+){0,2}(?:project|"
                      r"building|school|kindergarten|clinic|bridge|works?|system)"
                      r"|Its? (?:total )?(?:cost|budget|value)|It"
                      # "Funded under the New Zealand Head of Mission Fund, the project is worth …"
                      r"|" + FUNDED_UNDER + r")\b")


_EN_TO_RE = re.compile(r"\bto\b")
_ANNOUNCED_RE = re.compile(r"(?<!\w)(?:thông báo|công bố|cho biết)(?!\w)")
_IN_COORDINATION_EN_RE = re.compile(r",\s+in\s+(?:coordination|cooperation|collaboration)\s+"
                                    r"with\b")
# "bàn giao nhà lớp học 2 tầng của Trường Tiểu học X": the building is the school's, which
# receives it; a "của" further on ("… của dự án do Y tài trợ") is no owner.
_OWNED_BY_RE = re.compile(r"[^,.;()\"“”]{0,60}?\s(?:của|cho)\s+$"
                          # "bàn giao công trình 4 phòng học Trường Mầm non X", "công trình
                          # nhà lớp học điểm trường Y, Trường Mầm non X": the school written
                          # right after its rooms, or after its branch, owns them
                          r"|(?:\s+\d+)?\s+(?:nhà|phòng)(?:\s+(?:lớp|học|đa|năng|tầng|bán|trú|"
                          r"công|vụ|\d+))*(?:\s+điểm trường\s+[^,.;()\"“”]{1,30},)?\s+$")


def _owner(text: str, m: re.Match, partners: list[PartnerMention],
           works: bool = False) -> list[str]:
    """The institution the building handed over belongs to, named right after it; with
    `works`, also the works themselves named right after "công trình" ("bàn giao công
    trình Trạm Y tế xã Khánh Hòa"), which take over what was built."""
    works = works and m[0].lower().endswith("công trình")
    for p in partners:
        if p.start > m.end() and _BODY_HEAD.match(p.surface) \
                and (_OWNED_BY_RE.fullmatch(text, m.end(), p.start)
                     or works and not text[m.end():p.start].strip()):
            return [p.id]
    return []


_LOCAL_AUTHORITIES_RE = re.compile(r"\bto the local (?:authorities|government)\b|"
                                   r"(?<!\w)cho chính quyền (?:và nhân dân )?(?:địa phương|sở tại)")


def handover_in(text: str, part: Span, partners: list[PartnerMention],
                home: str | None, propose: Callable[[Receiver], str] | None = None
                ) -> Gift | None:
    """A building handed over with no figure yet: who gave it and to whom."""
    m = HANDOVER_RE.search(text, part.start, part.end)
    funded = None if m else PROJECT_FUNDED_RE.search(text, part.start, part.end)
    granted = None if m or funded else _GRANT_SIGNED_RE.search(text, part.start, part.end)
    if granted:  # both signers, told apart by the caller: who gives and who receives
        signers = unique([p.id for p in partners if p.start < granted.start()])
        return Gift(part, donors=signers, recipients=[], confidence=0.6) if signers else None
    if funded:  # "tổng kết dự án … do JICA tài trợ", its cost in the next sentence
        by = "by" if funded["by"] is not None else "by_en"
        donors = unique([p.id for p in partners
                          if funded.start(by) <= p.start < funded.end(by)])
    elif not m or _PLANNED_RE.search(text[max(part.start, m.start() - 30):m.start()]):
        return None
    else:
        before = [p for p in partners if p.start < m.start()]
        # "On 4 May, in Ta Oy district, Salavan province, the People's Committee of Thua Thien
        # Hue province handed over …": the province just before the verb hands over; the
        # places before it say where
        subject_home = bool(before) and (before[-1].home or before[-1].id == home)
        # ("the Fondazione X (Italy), in coordination with the Ha Giang Department of
        # Foreign Affairs, held a ceremony to hand over …": the body that works with it hands
        # over nothing)
        beside = _IN_COORDINATION_EN_RE.search(text, part.start, m.start())
        donors = [] if subject_home else unique(
            [p.id for p in before if not p.home and p.id != home
             and not possessive(text, part, p) and not (beside and p.start > beside.start())])
        # "Sở Ngoại vụ phối hợp với UBND huyện A Lưới tổ chức lễ bàn giao công trình … do
        # Chùa Viên Giác (Đức) tài trợ": the hosts hand over what the one named after pays
        paid = [f for f in funders_in(text, part, partners)
                if any(p.id == f and p.start > m.end() for p in partners)]
        donors = paid or donors
    recipients, note = _recipients(text, part, partners, None, home)
    if recipients in ([], [home]) and funded and (runner := next((
            p for p in partners if p.start < funded.start() and _RUNS_IT_RE.match(p.surface)
            and _OPENS_IT_RE.search(text, p.end, funded.start() + 8)), None)):
        # "Sở Nông nghiệp … tỉnh Cà Mau tổ chức Hội thảo khởi động dự án "…" do Quỹ X tài
        # trợ": the department that opens or closes the project owns it
        recipients = [runner.id]
    if not recipients and m and (to := _EN_TO_RE.search(text, m.end(), part.end)):
        # "handed over a new school building to the authorities of Snuol district in
        # Cambodia's Kratie province": the English receiver after "to"
        recipients = [p.id for p in partners if p.start > to.end() and p.id != home][:1]
    if not recipients and m and (facility := next(
            (p for p in partners if p.start > m.start() and re.fullmatch(
                r"(?:hands? over|handed over)\s+(?:the\s+)?", text[m.start():p.start])
             and _FACILITY_EN_RE.search(p.surface)), None)) and not (
            donors in ([], [home]) and _LOCAL_AUTHORITIES_RE.search(text, m.end(), part.end)):
        # "held a ceremony to hand over Hung Dien B Kindergarten in …", "… to hand over Sung
        # Tra Kindergarten to the local authorities": the school handed over, whoever takes
        # it in (but a school the province built abroad goes to the place, below)
        recipients = [facility.id]
    if not recipients and m and _LOCAL_AUTHORITIES_RE.search(text, m.end(), part.end):
        # "in Ta Oy district, Salavan province, … handed over the school to the local
        # authorities": the authorities of the place it was handed over in
        recipients = [p.id for p in partners if p.start < m.start() and not p.home
                      and p.id != home][-1:]
    if not recipients and m and (built := _BUILT_TITLE_RE.search(text, m.end(), part.end)):
        # "… lễ bàn giao công trình "Xây dựng Trường Mầm non Hướng Lộc"", "a handover
        # ceremony of the project "Construction of Phong My Commune Health Station"": the
        # school or station the project built
        recipients = [p.id for p in partners if p.start == built.end()
                      and (_BODY_HEAD.match(p.surface) or _FACILITY_EN_RE.search(p.surface))][:1]
    # ("lễ bàn giao công trình Trường Tiểu học X do Y tài trợ": the school takes over the
    # works named after it, unless the province built them abroad)
    owner = [] if recipients or not m else [
        o for o in _owner(text, m, partners, works=bool(donors) and home not in donors)
        if o not in donors]
    if owner and not donors:
        # "lễ bàn giao nhà lớp học của Trường X": a receiver whose giver the next sentence
        # names ("Công trình được Y tài trợ")
        return Gift(part, donors=[], recipients=owner, confidence=0.6)
    recipients = recipients or owner
    if not recipients and m and donors == [home]:
        # "tại huyện Viêng Xay, tỉnh Hủa Phăn (Lào), đoàn công tác tỉnh X đã dự lễ … bàn giao
        # công trình Trường Y do tỉnh X tài trợ": the province's own works, handed over
        # where the delegation went
        recipients = [p.id for p in partners if p.start < m.start() and p.id != home
                      and not p.home][-1:] or [
            p.id for p in partners if p.start >= m.end() and _BODY_HEAD.match(p.surface)
            and re.fullmatch(r"\s*(?:công trình\s+)?", text[m.end():p.start])][:1]
    if not donors:
        # "đoàn công tác tỉnh Nghệ An … đã bàn giao công trình … cho chính quyền tỉnh Bô Ly
        # Khăm Xay": the province's own building, handed over abroad
        ours = m and any(p.start < m.start() and (p.home or p.id == home) for p in partners)
        abroad = [r for r in recipients if r != home]
        if not (ours and abroad):
            return None
        return Gift(part, donors=[home], recipients=abroad, recipients_note=note,
                    confidence=0.6)
    if not recipients and m and propose and not _SEVERAL_WORKS_RE.search(m[0]) and (
            at := _HELD_AT_SCHOOL_RE.match(text, part.start, m.start())) and (
            school := receiver_at(text, at.end(), m.start())):
        # "Sáng 12/3, tại Trường Tiểu học Long Hòa, huyện …, X đã tổ chức lễ bàn giao công
        # trình hệ thống lọc nước …": the school the works were handed over at
        recipients = [propose(school)]
    recipients = [r for r in recipients if r not in donors] or ([home] if home else [])
    return Gift(part, donors=donors, recipients=recipients, recipients_note=note,
                confidence=0.65)


def cost_of(amounts: list[AmountHit]) -> AmountHit | None:
    """What the sentence after a hand-over says the building cost, or the share the
    donor paid ("trong đó X tài trợ 600 triệu đồng")."""
    share = value_of(amounts)
    return share or next((a for a in _without_equivalents(amounts) if not per_unit(a)), None)


# "Trung tâm Y tế huyện Đăk Glei tổ chức lễ tiếp nhận trang thiết bị y tế do hai tổ chức phi
# chính phủ nước ngoài trao tặng": a receiver, with givers the article names afterwards.
RECEIVES_FROM_UNNAMED_RE = re.compile(
    r"(?<!\w)(?:tổ chức\s+(?:lễ|buổi lễ)\s+)?(?:tiếp nhận|nhận)\s+[^.;]{1,80}?\s+do\s+"
    r"(?:các|hai|ba|bốn|năm|một số|nhiều|\d+)\s+(?:tổ chức|nhà tài trợ|đơn vị|đối tác|quỹ)"
    r"[^.;]{0,60}?\s(?:trao tặng|tặng|trao|tài trợ|viện trợ|hỗ trợ)(?!\w)", re.I)


def receiver_of_unnamed(text: str, clause: Span, partners: list[PartnerMention],
                        home: str | None) -> str | None:
    """The one who received in a clause that leaves its givers for later."""
    m = RECEIVES_FROM_UNNAMED_RE.search(text, clause.start, clause.end)
    if not m:
        return None
    subject = [p for p in partners if p.end <= m.start() and not p.home and p.id != home
               and _SUBJECT_GAP_RE.fullmatch(text, p.end, m.start())]
    return subject[-1].id if subject else None


# Between the receiver and its verb: "Trung tâm Y tế huyện X (tỉnh Kon Tum) đã …".
_SUBJECT_GAP_RE = re.compile(r"(?:\s*\([^()]{0,40}\))?\s*(?:(?:đã|vừa|chính thức)\s+)*")
