"""Gifts told in shapes other than "X trao tặng Y …": in the passive, the receiver the
subject ("Trường X được Tổ chức Y tài trợ 30 bộ máy tính"), and a summary's list of donors,
each with its own sum ("Các nhà tài trợ lớn gồm: Tổ chức X (45 tỷ đồng), …"; the English
pages' "Major donors were X (USD 2 million), …")."""

import re
from collections.abc import Callable

from loaders.article.donations import (
    GIVE_RE,
    Gift,
    _recipients,
    per_unit,
    possessive,
    unique,
    value_of,
)
from loaders.article.mentions import PartnerMention
from loaders.article.page import Span
from loaders.article.receivers import Receiver
from loaders.article.things import AmountHit, ItemHit

# "Trường X được Tổ chức Y tài trợ 30 bộ máy tính": the subject receives, Y gives.
_PASSIVE_RE = re.compile(r"(?<!\w)được\s+(?P<by>[^,;]{2,100}?)\s+(?:trao tặng|tặng|trao|tài trợ|"
                         r"viện trợ|hỗ trợ|ủng hộ)(?!\w)", re.I)


def passive_in(text: str, part: Span, partners: list[PartnerMention], items: list[ItemHit],
               amounts: list[AmountHit]) -> Gift | None:
    """A gift told in the passive, its receiver the subject: "X được Y tài trợ …"."""
    m = _PASSIVE_RE.search(text, part.start, part.end)
    if not m or not (items or amounts):
        return None
    donors = unique([p.id for p in partners if m.start("by") <= p.start < m.end("by")
                     and not p.home])
    receivers = [p.id for p in partners if p.start < m.start() and p.id not in donors
                 and not possessive(text, part, p)]
    things_after = [h for h in items if h.start > m.end()]
    value = value_of(amounts) or next((a for a in amounts if a.start > m.end()
                                       and not per_unit(a)), None)
    if not donors or not receivers or not (things_after or value):
        return None
    return Gift(part, donors=donors, recipients=receivers[:1], items=items,
                value=value.raw if value else None, confidence=0.75)


# "Các nhà tài trợ lớn gồm: Tổ chức X (45 tỷ đồng), Tổ chức Y (20 tỷ đồng) và Z với 15 tỷ
# đồng": a summary's list, each donor with its own sum.
_LISTED_SUM_RE = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:\(|:|,?\s*với|,?\s*with|–|-)\s*"
                            r"(?:(?:tài trợ|hỗ trợ|viện trợ|cam kết)\s+)?$")
_ABOUT_DONORS_RE = re.compile(r"(?<!\w)(?:nhà tài trợ|tài trợ|viện trợ|đóng góp|hỗ trợ|donors?|"
                              r"funded|provided|contributed|aid)(?!\w)", re.I)


# "khoản tài trợ 350.000 USD của Hội Chữ thập đỏ Hàn Quốc dành cho Hội Chữ thập đỏ tỉnh
# Đồng Nai": a gift named as a noun, its sum, whose it is and whom it is for
AID_NAMED_RE = re.compile(r"(?<!\w)(?:khoản|gói)\s+(?:tài trợ|viện trợ|hỗ trợ)(?:\s+không hoàn "
                           r"lại)?\s+(?P<sum>[^,;]{1,40}?)\s+của\s+(?P<by>[^,;]{2,100}?)\s+"
                           r"(?:dành\s+)?cho\s+", re.I)


def aid_named_in(text: str, part: Span, partners: list[PartnerMention],
                 amounts: list[AmountHit]) -> Gift | None:
    """A gift named as a noun: "khoản tài trợ 350.000 USD của X dành cho Y"."""
    m = AID_NAMED_RE.search(text, part.start, part.end)
    value = m and next((a for a in amounts if m.start("sum") <= a.start < m.end("sum")), None)
    if not value:
        return None
    donors = unique([p.id for p in partners if m.start("by") <= p.start < m.end("by")])
    takers = [p.id for p in partners if p.start == m.end() and p.id not in donors]
    if not donors or not takers:
        return None
    return Gift(part, donors=donors, recipients=takers[:1], value=value.raw, confidence=0.7)


def listed_in(text: str, part: Span, partners: list[PartnerMention], amounts: list[AmountHit],
              home: str | None) -> list[Gift]:
    """A summary's list of donors, each with the sum it gave in brackets or after "với":
    each a gift to the province. Fewer than two such donors is no list."""
    if not home or not _ABOUT_DONORS_RE.search(text, part.start, part.end):
        return []
    gifts = []
    for p in partners:
        if p.home or p.id == home:
            continue
        sum_ = next((a for a in amounts if 0 <= a.start - p.end <= 40
                     and _LISTED_SUM_RE.fullmatch(text[p.end:a.start])), None)
        if sum_:
            gifts.append(Gift(part, donors=[p.id], recipients=[home], value=sum_.raw,
                              confidence=0.65))
    return gifts if len(gifts) >= 2 else []


# "- Tổ chức Plan International: Dự án "…" tại huyện Krông Bông – 3,2 tỷ đồng;": a line of a
# summary's list, its giver before the colon, its sum after the dash that ends it (or after
# its last comma: "- IDH: sustainable pepper production in Dak Song District, nearly VND 1.9
# billion;")
DASHED_LINE_RE = re.compile(
    r"[-–•+]\s+(?P<who>[^:\n]{3,120}?):\s+(?P<what>[^\n]+?)(?:\s+[–-]\s+(?=\S)|,\s+(?=(?:"
    r"(?:worth|nearly|over|about|approximately|almost|more than|trị giá|kinh phí|hơn|gần|"
    r"khoảng)\s+)?(?:VND|USD|US\$|EUR|AUD|JPY|\$|€|\d)[^,\n]*[;.]?$))", re.I | re.M)


def dashed_in(text: str, line: Span, partners: list[PartnerMention], amounts: list[AmountHit],
              items: list[ItemHit], home: str | None, where: list[str]) -> list[Gift]:
    """The gift one line of a summary's dashed list tells: the one body named before its
    colon gives the sum after its last dash to the unit the line names (`where`), else to
    the province."""
    m = DASHED_LINE_RE.match(text, line.start, line.end)
    if not m or not home:
        return []
    givers = unique([p.id for p in partners if m.start("who") <= p.start < m.end("who")
                     and not p.home and p.id != home])
    sums = [a for a in amounts if a.start >= m.end("what")]
    if len(givers) != 1 or not sums:
        return []
    counted = [h for h in items if h.quantity and m.start("what") <= h.start < m.end("what")]
    return [Gift(line, donors=givers, recipients=where or [home], items=counted,
                 value=sums[-1].raw, confidence=0.65)]


_RESPECTIVELY_RE = re.compile(r"(?<!\w)(?:lần lượt|tương ứng|respectively)(?!\w)", re.I)
_SEGMENT_CUT_RE = re.compile(r"\s*(?:,|;)?\s+(?:và|and)\s+|\s*[,;]\s+")


def respectively_in(text: str, part: Span, partners: list[PartnerMention],
                    items: list[ItemHit], amounts: list[AmountHit], home: str | None,
                    propose: Callable[[Receiver], str] | None = None) -> list[Gift]:
    """"X và Y đã trao lần lượt 1,2 tỷ đồng cho huyện A và 15 nghìn đô la cho huyện B":
    as many givers before the verb as gifts after "lần lượt", each giver its own gift, in
    order. Anything else (counts that differ, a gift with no figure) is no such list."""
    give = GIVE_RE.search(text, part.start, part.end)
    resp = give and _RESPECTIVELY_RE.search(text, give.start(), part.end)
    if not resp or resp.start() - give.end() > 12:
        return []
    donors = unique([p.id for p in partners if part.start <= p.start < give.start()
                     and not p.home and p.id != home])
    starts = [a.start for a in amounts if a.start >= resp.end() and not per_unit(a)]
    if len(donors) < 2 or len(starts) != len(donors):
        return []
    gifts = []
    for i, (donor, at) in enumerate(zip(donors, starts, strict=True)):
        end = starts[i + 1] if i + 1 < len(starts) else part.end
        cut = None
        for m in _SEGMENT_CUT_RE.finditer(text, at, end):
            cut = m  # the last "và" or comma before the next gift's figure
        stop = cut.start() if cut and i + 1 < len(starts) else end
        segment = Span(at, stop, text[at:stop])
        value = next(a for a in amounts if a.start == at)
        receivers, _ = _recipients(text, segment, partners, None, home, propose)
        receivers = [r for r in receivers if r != donor] or ([home] if home else [])
        if not receivers:
            return []
        gifts.append(Gift(segment, donors=[donor], recipients=receivers,
                          items=[h for h in items if at <= h.start < stop],
                          value=value.raw, confidence=0.7))
    return gifts


# "Tổ chức X triển khai dự án "…" tại huyện Y với kinh phí 3,2 tỷ đồng": a foreign body that
# carries out a project with its budget funds it, a grant to where the project is. Without a
# budget ("X triển khai dự án … tại huyện Y") it is a project only; a budget planned ("với
# kinh phí dự kiến …") is no grant yet. "X tiếp tục triển khai chương trình …" with its
# budget is the same grant, for the period told.
CARRIES_OUT_RE = re.compile(r"(?<!\w)(?:(?:đã|đang|vừa|tiếp tục)\s+)*(?:triển khai|thực hiện|"
                            r"khởi động)\s+"
                            r"(?:dự án|chương trình)(?!\w)[^;]*?(?<!\w)với\s+(?:tổng\s+)?"
                            r"(?:kinh phí|ngân sách|vốn|số vốn)"
                            # "… với tổng vốn viện trợ không hoàn lại (của Chính phủ Hàn Quốc
                            # thông qua KOICA là) 10 triệu USD"
                            r"(?:\s+viện trợ(?:\s+không hoàn lại)?(?:\s+của\s+[^;]{2,90}?\s+là)?)?"
                            # "… với kinh phí năm 2023 hơn 12,6 tỷ đồng": the year's share
                            r"(?:\s+(?:trong\s+)?năm\s+\d{4}(?=\s+(?:là\s+)?(?:hơn|gần|khoảng|"
                            r"trên)))?"
                            r"(?:\s+(?:là|hơn|gần|khoảng|trên))*"
                            r"\s+(?=\d)", re.I)


# Between the body and its verb: its country or other name in brackets ("Tổ chức Cứu trợ
# Trẻ em (Save the Children)", the body named inside them).
_SUBJECT_GAP_RE = re.compile(r"\)?[\s,]*(?:\([^()]{1,40}\)\s*)?")


def carried_out_in(text: str, part: Span, partners: list[PartnerMention],
                   amounts: list[AmountHit], home: str | None,
                   local: Callable[[str], bool]) -> Gift | None:
    """The grant of a project a foreign body carries out with a budget: the body named just
    before the verb gives the budget to the province (made the district's later, when the
    clause names one, as for any gift whose receiver is implied)."""
    m = CARRIES_OUT_RE.search(text, part.start, part.end)
    if not m or not home:
        return None
    before = [p for p in partners if part.start <= p.start < m.start()]
    donor = before[-1] if before else None
    if donor is None or donor.home or local(donor.id) \
            or not _SUBJECT_GAP_RE.fullmatch(text[donor.end:m.start()]):
        return None
    return _budget_granted(part, donor.id, m.end(), amounts, home, confidence=0.65)


def _budget_granted(part: Span, donor: str, at: int, amounts: list[AmountHit], home: str,
                    *, confidence: float) -> Gift | None:
    """The donor's grant of the sum written at `at` (not a price of one), to the province
    until the clause names where it went."""
    # ("với kinh phí hơn 2,1 tỷ đồng": the sum read from its lower bound's word on)
    value = next((a for a in amounts if a.start <= at < a.end and not per_unit(a)), None)
    if value is None:
        return None
    return Gift(part, donors=[donor], recipients=[home], value=value.raw,
                confidence=confidence, implied_recipient=True)


# "Công trình … với tổng kinh phí 1,5 tỷ đồng từ ngân sách tỉnh Thừa Thiên Huế", "… được
# đầu tư từ nguồn ngân sách tỉnh với tổng kinh phí gần 3 tỷ đồng": paid from the province's
# own budget
_HOME_BUDGET_RE = re.compile(r"(?<!\w)từ\s+(?:nguồn\s+)?ngân sách\s+(?:của\s+)?"
                             r"(?:tỉnh|thành phố)(?!\w)", re.I)


def home_budget_in(text: str, part: Span, partners: list[PartnerMention],
                   amounts: list[AmountHit], home: str | None,
                   abroad: str | None) -> Gift | None:
    """In news of works the province built for a province abroad, a sum its own budget
    paid is its gift to that province, though no verb of giving stands in the clause."""
    m = _HOME_BUDGET_RE.search(text, part.start, part.end)
    if not m or not home or not abroad:
        return None
    named = next((p for p in partners if 0 <= p.start - m.end() <= 1), None)
    if named and not (named.home or named.id == home) \
            or any(not p.home and p.id not in (home, abroad) for p in partners):
        return None  # another's budget, or a clause that names another party
    whole = [a for a in amounts if not per_unit(a)]
    value = value_of(amounts) or (whole[0] if len(whole) == 1 else None)
    if value is None:
        return None
    return Gift(part, donors=[home], recipients=[abroad], value=value.raw, confidence=0.6)


# "dự án "…" của Tổ chức X tại huyện Y, trị giá 200 nghìn USD": in a review's list, a named
# project of a foreign body, priced, is that body's grant to where it is. Unpriced, it is a
# project only.
# ("Dự án "…" của Tổ chức X tại huyện A và huyện B với tổng kinh phí …", "Dự án "…" do Tổ
# chức X thực hiện tại huyện A với kinh phí …": where it runs may come before its price)
PROJECT_OF_RE = re.compile(r"(?<!\w)(?:dự án|chương trình)\s+[“\"][^”\"]{4,150}[”\"]\s+"
                           r"(?:của\s+(?P<by>[^;]{2,100}?)|do\s+(?P<done_by>[^;]{2,100}?)\s+"
                           r"(?:thực hiện|triển khai))"
                           r"(?:,?\s+tại\s+[^,;]{2,80}?)?,?\s+(?:với\s+)?(?:tổng\s+)?"
                           r"(?:trị giá|kinh phí|vốn)(?:\s+(?:là|hơn|gần|khoảng|trên))*\s+(?=\d)",
                           re.I)


# "Tổ chức ChildFund Úc tiếp tục là nhà tài trợ lớn nhất với dự án "…" tại huyện Pác Nặm,
# trị giá 5,6 tỷ đồng": the same, told of the sponsor
SPONSOR_OF_RE = re.compile(r"(?P<by>[A-ZĐ][^,;]{2,100}?)\s+(?:tiếp tục\s+|vẫn\s+)?là\s+"
                           r"nhà tài trợ(?:\s+lớn nhất)?\s+(?:với|của)\s+(?:dự án|chương trình)"
                           r"\s+[“\"][^”\"]{4,150}[”\"](?:\s+tại\s+[^,;]{2,60})?,\s+(?:với\s+)?"
                           r"(?:tổng\s+)?(?:trị giá|kinh phí|vốn)(?:\s+(?:là|hơn|gần|khoảng|trên))*"
                           r"\s+(?=\d)")


# "Chương trình phát triển vùng tại huyện Mường La của Tổ chức X (…) với kinh phí năm 2024
# hơn 8,2 tỷ đồng": a programme told as a foreign body's, unquoted, with its budget
# (not "được tài trợ bởi Chương trình DAP của Chính phủ Úc …", the programme its giver)
# ("từ nguồn vốn của Chương trình Tài trợ trực tiếp của Chính phủ Australia, với tổng kinh
# phí …": whose money paid for the works, not a project of its own)
_PROGRAMME_OF_RE = re.compile(r"(?<!\w)(?<!bởi )(?<!do )(?<!của )(?:dự án|chương trình)(?!\w)"
                              r"[^;“”\"]{0,100}?\s+của\s+"
                              r"(?P<by>[A-ZĐ][^;]{1,100}?),?\s+với\s+(?:tổng\s+)?(?:kinh phí|"
                              r"trị giá|vốn|ngân sách)(?:\s+năm\s+\d{4})?"
                              r"(?:\s+(?:là|hơn|gần|khoảng|trên))*\s+(?=\d)", re.I)


# "dự án hỗ trợ giáo dục hòa nhập … của Hiệp hội Hỗ trợ và Cứu trợ Nhật Bản (AAR Japan) trị
# giá 1,2 tỷ đồng": the same, priced right after the body's name
_PROJECT_OF_BODY_PRICED_RE = re.compile(r"(?<!\w)(?<!bởi )(?<!do )(?<!của )(?:dự án|chương trình)"
                                        r"(?!\w)[^;“”\"]{0,100}?\s+của\s+(?P<by>(?:Tổ chức|Quỹ|"
                                        r"Hiệp hội|Hội|Cơ quan)\s+[^;,]{1,80}?)\s+(?:có\s+)?"
                                        r"(?:tổng\s+)?trị giá(?:\s+(?:là|hơn|gần|khoảng|trên))*"
                                        r"\s+(?=\d)")


# "của Tổ chức Good Neighbors Quốc tế": the gazetteer's name after the kind word is the owner
_KIND_ONLY_RE = re.compile(r"(?:(?:Tổ chức|Quỹ|Hiệp hội|Hội|Cơ quan)\s+)?")


def project_of_in(text: str, part: Span, partners: list[PartnerMention],
                  amounts: list[AmountHit], home: str | None,
                  local: Callable[[str], bool]) -> Gift | None:
    """The grant of a named project told as a foreign body's, with its price: the province
    receives (the district, once the clause names one, as for any implied receiver)."""
    m = PROJECT_OF_RE.search(text, part.start, part.end) \
        or SPONSOR_OF_RE.search(text, part.start, part.end) \
        or _PROGRAMME_OF_RE.search(text, part.start, part.end) \
        or _PROJECT_OF_BODY_PRICED_RE.search(text, part.start, part.end)
    if not m or not home:
        return None
    by = "done_by" if "done_by" in m.re.groupindex and m["done_by"] else "by"
    owners = [p for p in partners if m.start(by) <= p.start < m.end(by)]
    owner = owners[0] if owners else None
    if owner is None or owner.home or local(owner.id) \
            or not _KIND_ONLY_RE.fullmatch(text, m.start(by), owner.start):
        return None
    return _budget_granted(part, owner.id, m.end(), amounts, home, confidence=0.6)
