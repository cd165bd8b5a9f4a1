"""What a clause counts and when: donated items with their quantities ("20.000 khẩu trang
y tế", "Máy tạo Oxy (90 cái)", "100.000 liều vắc xin …"), sums of money, and dates or
spans, each with its offsets in the document text."""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from loaders.article.gazetteer import Gazetteer
from partnergraph import figures, names

_UNITS = ("cái", "chiếc", "bộ", "liều", "hộp", "thùng", "tấn", "kg", "tạ", "bao", "chai", "lọ",
          "lít", "viên", "suất", "phần", "túi", "tấm", "con", "cuốn", "quyển", "đôi", "bình",
          "can", "gói", "xuất", "căn", "ngôi")
_QUAL = r"(?:(?:hơn|trên|gần|khoảng|xấp xỉ|ít nhất|tới|đến)\s+)?"
_NUM = r"\d{1,3}(?:[.,]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE = r"(?:\s+(?:nghìn|ngàn|triệu|vạn))?"
# "… ITEM (QTY)": the item is what precedes the bracket back to a list separator.
_PAREN_RE = re.compile(rf"([^,:;()…]+?)\s*\(\s*({_QUAL}(?:{_NUM}){_SCALE}"
                       rf"(?:\s+[^\d()]{{1,15}})?)\s*\)", re.I)
# "QTY [UNIT] ITEM": the item runs to a word that starts what follows it.
_ITEM_STOP = (r"\s+(?:(?:cho|của|tới|đến|trị giá|với|để|nhằm|phục vụ|tại|do|từ|đã|được|góp|"
              r"trong|cùng)\b|và\s+\d)|[,;:()…]|\.(?:\s|$)|\s*$")
# A year ("2025 và …") counts nothing.
# ("cơn bão số 3 (bão Yagi)", "lần thứ 12": a storm's number, an ordinal)
_COUNT_RE = re.compile(rf"(?<![\w.,/-])(?<!bão số )(?<!thứ )(?!(?:19|20)\d\d\b)"
                       rf"({_QUAL}(?:{_NUM}){_SCALE})\s+"
                       rf"(?:({'|'.join(_UNITS)})\s+)?"
                       rf"(.+?)(?={_ITEM_STOP})", re.I)
# "200 suất quà và hỗ trợ sửa chữa 40 căn nhà": a second number with its unit inside what the
# first counts starts a second thing, which the first would otherwise swallow.
# ("450 suất học bổng và khánh thành 5 thư viện": so does a second verb with its count)
_NEXT_COUNT_RE = re.compile(rf"\s(?=(?:{_NUM}){_SCALE}\s+(?:{'|'.join(_UNITS)})\s"
                            rf"|và\s+(?:khánh thành|bàn giao|trao tặng|tặng|trao|xây dựng|"
                            rf"xây mới)\s+(?:{_NUM})\s)", re.I)
# Numbers that count something other than gifts.
_NOT_ITEMS = re.compile(r"^(?:chương trình|dự án|thỏa thuận|tổ chức|năm|tháng|ngày|người|lượt|"
                        r"đoàn|văn kiện|biên bản|đối tác|địa phương|"
                        # ("5 nước" are countries; "1.000 thùng nước uống" is water)
                        r"nước(?!\s+(?:uống|sạch|khoáng|tinh khiết|đóng chai))|"
                        r"tỉnh|xã|huyện|hộ|%|giờ|"
                        r"phút|km|ha|đồng|usd|vnđ|tỷ|tỉ|triệu|nghìn|ngàn|cơ quan|đơn vị|lĩnh vực|"
                        r"cuộc|hội|bài|tin|lần|"
                        # people a gift is for, and the size of a building: no things given
                        r"(?:lưu )?học sinh|sinh viên|học viên|giáo viên|cán bộ|đại biểu|"
                        r"bệnh nhân|phụ nữ|trẻ em|trẻ sơ sinh|trẻ|em|cháu|gia đình|người dân|"
                        r"hội viên|nạn nhân|bệnh nhi|người bệnh|"
                        r"tầng|m2|m3|m²|m³|mét|buổi|khóa|lớp tập huấn|thôn|bản|làng|tuổi)(?!\w)"
                        # "ngày 25 và 26/3": numbers listed, days not things
                        r"|^(?:và|hoặc|đến|tới)\s+\d"
                        # ("Đồn Cảnh sát biên giới 715 cho Bộ Chỉ huy …": a post's number, then
                        # whom it went to)
                        r"|^(?:cho|của|tại|từ|với|để)\s"
                        # the English pages' people, as the whole noun ("patient monitors"
                        # are things)
                        r"|^(?:\w+\s+)?(?:pupils?|students?|people|children|households?|"
                        r"patients|beneficiaries|residents?|families)$", re.I)
_GENERIC_ITEMS = {"vat tu y te", "thiet bi vat tu y te", "vat tu", "hang hoa",
                  "trang thiet bi y te", "thiet bi y te", "hang vien tro"}
_PERIOD_RE = re.compile(
    r"(?:[Tt]ừ\s+(?:đầu\s+|cuối\s+|giữa\s+)?(?:năm\s+)?\d{4}\s+(?:đến|tới)\s+nay"
    r"|(?:[Tt]rong\s+)?giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}"
    r"|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:,?\s+năm\s+\d{4})?"
    r"|(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?(?![\d/])"
    r"|tháng\s+\d{1,2}(?:/\d{4}|\s+năm\s+\d{4})?"
    r"|(?<!\d)năm\s+\d{4}"
    # the English pages: "June 12", "12 June 2023", "the 2024-2028 period"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}(?:,?\s+\d{4})?(?!\d)"
    r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{4})?"
    # "In April, …", "in October 2023": a month
    r"|(?<=\b[Ii]n )(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{4})?(?![\w-])"
    r"|(?<=the )\d{4}\s*[-–]\s*\d{4}(?= period)|(?<=period )\d{4}\s*[-–]\s*\d{4}"
    r"|(?<=\bin )(?:19|20)\d\d(?![\d–-]))", re.I)
_TET_YEAR_RE = re.compile(r"(?<!\w)[Tt]ết\s+(?:Nguyên đán\s+)?(?:[A-ZĐ]\w+\s+[A-ZĐ]\w+\s+)?"
                          r"((?:19|20)\d\d)(?!\d)")
# ("… trước ngày 30/9", "… before 30 September", "by 15 March": a deadline set, not when
# anything happened)
_NOT_A_PERIOD_BEFORE = re.compile(r"(?:tầm nhìn|đến|tới|cùng kỳ|so với|(?<!\w)trước|"
                                  r"chậm nhất(?: là)?|\bbefore|\bby|\buntil|"
                                  r"\bno later than)\s*$", re.I)
# "từ ngày 13 đến 16/11/2023", "từ ngày 13 - 16/11": the day a span ends, not a deadline
_SPAN_FROM_BEFORE = re.compile(r"(?<!\w)[Tt]ừ\s+(?:ngày\s+)?\d{1,2}(?:/\d{1,2})?\s*"
                               r"(?:đến|tới|[-–])\s*$")
_ANNIVERSARY_BEFORE = re.compile(r"(?:kỷ niệm|anniversary)[^.;()]{0,100}\([^()]*$", re.I)
_DAY_WORD_BEFORE = re.compile(r"(?<!\w)(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|on)\s+$", re.I)


@dataclass
class ItemHit:
    start: int
    end: int
    name: str
    item: str | None  # a known item id, or None: proposed as new
    quantity: str | None
    generic: bool = False


@dataclass
class AmountHit:
    start: int
    end: int
    raw: str
    before: str  # the words just before it, which say what the sum is
    after: str = ""  # and just after it ("/suất", "each")
    each: bool = False  # its sentence opens on "Mỗi …" / "Each …": it may price one
    in_each: bool = False  # "mỗi suất gồm gạo, … và 300.000 đồng tiền mặt": what one holds


_DATE_WORD_BEFORE = re.compile(r"(?<!\w)(?:tháng|ngày|năm|quý)\s+$", re.I)
_OWNER_BEFORE = re.compile(r"(?<!\w)(?:của|tại)\s+$", re.I)
# "học sinh lớp 12 Trường THPT …": a grade, no count
_GRADE_BEFORE = re.compile(r"(?<!\w)(?:lớp|khối)\s+$", re.I)


# A number right after a name's capitalised word, then a verb or a bracket, is the name's.
_NAME_NUMBER_RE = re.compile(r"(?<=\w)[A-ZĐ]\w*\s+$|(?<!\w)[A-ZĐ]\w*\s+$")
_AFTER_NAME_NUMBER_RE = re.compile(r"\(|(?:tiếp nhận|nhận|được|đã|vừa|và|là|có|trao|tặng)"
                                   r"(?!\w)")
_VERB_AFTER_NUMBER_RE = re.compile(r"(?:tiếp nhận|trao|tặng|đã|vừa|sẽ)(?!\w)")


def items_in(gaz: Gazetteer, text: str, start: int, end: int) -> list[ItemHit]:
    chunk = text[start:end]
    hits: list[ItemHit] = []
    taken: list[tuple[int, int]] = [(a.start, a.end) for a in amounts_in(text, start, end)]

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    for m in _PAREN_RE.finditer(chunk):
        name = re.sub(r"^(?:như|gồm|bao gồm|là)\s*:?\s*", "", m[1].strip(), flags=re.I)
        s, e = start + m.start(), start + m.end()
        if name and free(s, e) and not re.search(r"\d{4}", m[2]):
            hits.append(_hit(gaz, s, e, name, m[2].strip()))
            taken.append((s, e))
    at = 0
    while m := _COUNT_RE.search(chunk, at):
        s, e = start + m.start(), start + m.end()
        at = m.end()
        noun = m[3].strip()
        if cut := _NEXT_COUNT_RE.search(m[3]):
            noun = m[3][:cut.start()].strip()
            at = m.start(3) + cut.end()
            e = start + m.start(3) + cut.start()
        if sum_at := next((te for ts, te in taken if ts <= s < te), None):
            at = sum_at - start  # "25.000 USD xây dựng 5 cây cầu": count after the sum
            continue
        if _NAME_NUMBER_RE.search(text, max(start, s - 20), s) \
                and _AFTER_NAME_NUMBER_RE.match(noun):
            at = m.end(1)  # "Trường Tiểu học Vĩnh Hải 2 tiếp nhận 3 phòng học": the school's
            continue       # number, then the count
        if re.search(r"(?<!tổng )(?<!Tổng )\bsố\s+$", text[max(start, s - 9):s]) \
                and noun[:1].isupper():
            at = m.end(1)  # "Trường Tiểu học số 1 Mỹ Thành": a school's number, no count
            continue
        if _VERB_AFTER_NUMBER_RE.match(noun):
            at = m.end(1)  # "Thành viên VFP Chi hội 160 trao xe lăn": a chapter's number, and
            continue       # a verb no count is of
        # "500 thùng mì": with a unit, a short noun still names the thing
        if not free(s, e) or _NOT_ITEMS.match(noun) or len(noun) < (2 if m[2] else 3) \
                or _DATE_WORD_BEFORE.search(text, max(start, s - 8), s) \
                or _OWNER_BEFORE.search(text, max(start, s - 5), s) \
                or _GRADE_BEFORE.search(text, max(start, s - 6), s):
            # "cuối tháng 10 vừa qua": a month, no count; "cho học sinh của 6 trường": whose;
            # "triển khai … tại 60 trường": where
            continue
        quantity = f"{m[1]} {m[2]}" if m[2] else f"{m[1]} {noun}"
        hits.append(_hit(gaz, s, e, noun, quantity))
        taken.append((s, e))
    for known in gaz.find("items", text, start, end):
        if free(known.start, known.end):
            hits.append(_hit(gaz, known.start, known.end, known.surface, None))
            taken.append((known.start, known.end))
    if not any(h.quantity for h in hits) and (each := _ONE_EACH_RE.search(text, start, end)):
        # "Học bổng cho 120 học sinh …": a scholarship for each, counted as written
        hits = [h for h in hits if not each.start() <= h.start < each.end()]
        hits.append(_hit(gaz, each.start(), each.end(), "học bổng", each["count"]))
    hits.sort(key=lambda h: h.start)
    if any(not h.generic for h in hits):
        hits = [h for h in hits if not h.generic]
    return _without_breakdown(text, start, end, hits)


# "… trao 120 suất học bổng …, trong đó huyện Sơn Tây 70 suất, huyện Minh Long 50 suất": the
# counts after "trong đó" that add up to the one before it are that one, shared out
_OF_WHICH_RE = re.compile(r"(?<!\w)trong đó(?!\w)", re.I)


def _without_breakdown(text: str, start: int, end: int, hits: list[ItemHit]) -> list[ItemHit]:
    of_which = _OF_WHICH_RE.search(text, start, end)
    if of_which is None:
        return hits

    def count(h: ItemHit) -> Decimal | None:
        try:
            return figures.parse_quantity(h.quantity).value if h.quantity else None
        except figures.FigureError:
            return None

    whole = [h for h in hits if h.start < of_which.start() and count(h)]
    parts = [h for h in hits if h.start >= of_which.end() and count(h)]
    if len(parts) > 1 and whole and sum(count(h) for h in parts) == count(whole[-1]):
        return [h for h in hits if h not in parts]
    return hits


_ONE_EACH_RE = re.compile(r"(?<!\w)học bổng(?:\s[^\d,.;:()]{0,40}?)?\s+(?:dành\s+)?cho\s+"
                          r"(?P<count>\d{1,3}(?:\.\d{3})?\s+(?:em\s+)?(?:học sinh|sinh viên|em))"
                          r"(?!\w)", re.I)


def _hit(gaz: Gazetteer, start: int, end: int, name: str, quantity: str | None) -> ItemHit:
    name = name.strip(" .…")
    known = gaz.find("items", name, 0, len(name))
    item = known[0].id if len(known) == 1 and len(known[0].surface) >= 0.5 * len(name) else None
    if item is None and (close := gaz.closest("items", name, cutoff=88)):
        item = close[0]
    return ItemHit(start, end, name, item, quantity, names.fold(name) in _GENERIC_ITEMS)


# (not "mỗi phần gồm 20 kg gạo, dầu ăn …, tổng trị giá hơn 1,3 tỷ đồng": the whole's price)
_EACH_HOLDS_RE = re.compile(r"(?<!\w)mỗi\s+(?:suất|phần|túi|bộ)(?:\s+quà)?\s+(?:gồm|bao gồm)"
                            r"(?:(?!trị giá|giá trị|tổng|kinh phí)[^;.:])*(?:,|\svà)\s+$", re.I)


def amounts_in(text: str, start: int, end: int) -> list[AmountHit]:
    found = []
    for m in figures.find_amounts(text[start:end]):
        s, e = start + m.start, start + m.end
        opened = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
        found.append(AmountHit(s, e, text[s:e], text[max(start, s - 40):s].lower(),
                               text[e:min(end, e + 20)].lower(),
                               bool(_EACH_OPENS_RE.match(text, opened)),
                               bool(_EACH_HOLDS_RE.search(text, max(start, s - 160), s))))
    return found


_EACH_OPENS_RE = re.compile(r"\s*(?:Mỗi|Each)\s+\w", re.I)


# How far after the page's date a day without a year may still be in the page's year.
_AHEAD_OF_PUBLICATION = timedelta(days=31)
_DATED_BEFORE_RE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/((?:19|20)\d\d)(?!\d)")


# "the Expo to be held in Nanning in September", "sẽ tổ chức vào tháng 9": still to come
AHEAD_RE = re.compile(r"(?:\b(?:to be held|will be held|will take place|scheduled|planned)\b"
                      r"|(?<!\w)(?:sẽ|dự kiến)(?!\w))[^.;]*$", re.I)


def periods_in(text: str, start: int, end: int, published: date | None) -> list[tuple[int, dict]]:
    """(offset, period) for each date or span that parses, in the order written, except that
    a span's last day ("từ ngày 13 đến 16/11/2023") comes after the sentence's other dates,
    so that callers taking the first date take a day told on its own. A date written without
    its year ("ngày 20/12") takes the publication's year, or the year before when that would
    put it well after the publication: news reports what has happened, or a visit under way
    or just ahead ("từ ngày 11 - 13/3" on a page of 12/3)."""
    found = []
    for m in _PERIOD_RE.finditer(text, start, end):
        if _NOT_A_PERIOD_BEFORE.search(text[max(start, m.start() - 15):m.start()]) \
                and not _SPAN_FROM_BEFORE.search(text, max(start, m.start() - 30), m.start()):
            continue
        if _ANNIVERSARY_BEFORE.search(text, max(start, m.start() - 120), m.start()):
            continue  # "kỷ niệm 45 năm Ngày Chiến thắng … (7/1/1979 - 7/1/2024)": what is
            # remembered, not when
        if m[0] == "24/7" and not _DAY_WORD_BEFORE.search(text, max(start, m.start() - 8),
                                                          m.start()):
            continue  # "a 24/7 hotline", "trực 24/7": round the clock, not the 24th of July
        raw, year = m[0], published.year if published else None
        # "từ ngày 18 đến 22/10/2022, chiều 20/10": the year the same sentence just wrote
        if said := list(_DATED_BEFORE_RE.finditer(text, start, m.start())):
            year = int(said[-1][1])
        if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", raw):
            year = None  # "tháng 12/2023" says its year, even one still to come
        try:
            parsed = figures.parse_period(raw, default_year=year)
            if published and year and parsed.start \
                    and parsed.start > published + _AHEAD_OF_PUBLICATION \
                    and not AHEAD_RE.search(text, max(start, m.start() - 80), m.start()):
                year -= 1
                parsed = figures.parse_period(raw, default_year=year)
        except figures.FigureError:
            continue
        found.append((m.start(), {"raw": raw, "default_year": year} if year else {"raw": raw}))
    # "Dịp Tết Giáp Thìn 2024": the year of the holiday, named by its animal year
    found += [(m.start(1), {"raw": m[1]}) for m in _TET_YEAR_RE.finditer(text, start, end)]
    found.sort(key=lambda f: f[0])
    # "từ ngày 18 đến 22/10/2022, chiều 20/10, …": a day told before the span's last day
    return sorted(found, key=lambda f: bool(
        _SPAN_FROM_BEFORE.search(text, max(start, f[0] - 30), f[0])))
