"""Agreements signed, projects and programme aggregates, and engagements (meetings, calls
for support, visits, receptions) in a clause, each found from the words that announce it."""

import re
from dataclasses import dataclass, field

from loaders.article.mentions import PartnerMention
from loaders.article.page import Span
from loaders.article.things import AmountHit

_AGREEMENT_KINDS = [
    (r"khung hợp tác chiến lược", "strategic_cooperation_framework"),
    (r"biên bản ghi nhớ|bản ghi nhớ|MOU|MoU", "memorandum_of_understanding"),
    (r"thỏa thuận hợp tác hữu nghị|thoả thuận hợp tác hữu nghị|thỏa thuận hữu nghị",
     "friendship_agreement"),
    (r"thỏa thuận hợp tác|thoả thuận hợp tác", "cooperation_agreement"),
    (r"văn kiện hợp tác|văn kiện", "cooperation_document"),
    # a record of talks signed ("ký Biên bản hội đàm giữa UBND tỉnh Cao Bằng và …"), as the
    # English "record of discussions"; a bare "biên bản làm việc" only records the meeting,
    # unless it says what was agreed ("Biên bản làm việc về hợp tác …")
    (r"biên bản (?:hội đàm|làm việc|hội nghị)", "cooperation_agreement"),
    # "Biên bản thảo luận (R/D)": what a donor agency and its partner agreed for a project
    (r"biên bản thảo luận", "cooperation_agreement"),
    (r"biên bản hợp tác|biên bản thỏa thuận hợp tác|biên bản thoả thuận hợp tác|"
     r"biên bản thỏa thuận|biên bản thoả thuận", "cooperation_agreement"),
    # ("ký kết Kế hoạch công tác năm 2024" with a UN agency: the year's work plan)
    (r"kế hoạch hợp tác|kế hoạch hành động|kế hoạch công tác|chương trình hợp tác",
     "cooperation_document"),
    (r"hiệp định|thỏa thuận|thoả thuận", "agreement"),
]
# Words that make a signing a plan, a wish or a request, not an act.
# (not the "Kế hoạch" of a department's name: "Sở Kế hoạch và Đầu tư … đã ký")
_NOT_YET_RE = re.compile(r"(?<!\w)(?:khả năng|tiến tới|hướng tới|dự kiến|(?<!Sở )kế hoạch|chuẩn bị|"
                         r"mục tiêu|"
                         r"phấn đấu|"
                         r"đề nghị|đề xuất|mong muốn|xem xét|thúc đẩy|sớm|sẽ|có thể)(?!\w)", re.I)
# "ký kết", and the exchange of the signed text: "trao văn bản thỏa thuận hợp tác"
_SIGN_RE = re.compile(r"(?<!\w)(?:ký kết|ký|trao (?:đổi )?(?:văn bản|bản)(?=\s+(?:thỏa|thoả|ghi nhớ|"
                      r"biên bản|hiệp định)))(?!\w)", re.I)
# "Bản ghi nhớ … đã được ký kết giữa X và Y": the agreement named before the verb
# ("Biên bản ghi nhớ ký ngày 15/3/2019 giữa UBND tỉnh và Nestlé Việt Nam": its day between)
_SIGNED_BETWEEN_RE = re.compile(r"(?:(?:được|đã được)\s+ký(?: kết)?|(?<=[a-zà-ỹ] )ký(?: kết)?\s+"
                                r"(?:vào\s+)?ngày\s+\d{1,2}/\d{1,2}/\d{4})\s+giữa\s", re.I)
_BARE_RECORD_RE = re.compile(r"(?<!\w)()([Bb]iên bản)(?=\s+(?:đã\s+)?được\s+ký)")
_AGREEMENT_RE = re.compile(r"(?:(\d+)\s+)?(" + "|".join(k for k, _ in _AGREEMENT_KINDS) + ")", re.I)
_PROJECT_RE = re.compile(r"(?<![\w.,])(\d+)\s+(chương trình,\s*dự án|chương trình và dự án|"
                         r"chương trình|dự án|khoản viện trợ)(?!\w)", re.I)
_NAMED_PROJECT_RE = re.compile(r"(?<!\w)([Dd]ự án|[Cc]hương trình)\s+[“\"]([^”\"]{4,150})[”\"]")
_FUNDERS_COUNT_RE = re.compile(r"của\s+(\d+)\s+(?:tổ chức|nhà tài trợ|đối tác)", re.I)
_CARRIED_OUT_RE = re.compile(r"\s+(?:thực hiện|triển khai|chủ trì|quản lý|làm chủ đầu tư)(?!\w)")
_FUNDS_RE = re.compile(r"(?<!\w)(?:tài trợ|cấp vốn|đầu tư)(?!\w)", re.I)
_FUNDED_BY_RE = re.compile(r"(?<!\w)(?:do|của)\s+$", re.I)
_ONGOING_RE = re.compile(r"tiếp tục|đang (?:triển khai|thực hiện)|"
                         r"quản lý và (?:triển khai|sử dụng)",
                         re.I)

# Engagement kinds, in the order they are tried: the first that fits a clause wins.
_ENGAGEMENTS: list[tuple[str, re.Pattern[str]]] = [
    ("direction_and_call_for_support", re.compile(r"chỉ đạo.*(?:kêu gọi|vận động)", re.I)),
    ("resource_mobilisation", re.compile(r"kết nối.*(?<!công tác )(?<!công cuộc )(?<!việc )huy động"
                                         r"|(?<!công tác )(?<!công cuộc )(?<!việc )huy động\s+"
                                         r"(?:nhiều\s+|được\s+)?(?:vật tư|nguồn lực|kinh phí)",
                                         re.I)),
    ("visit", re.compile(r"(?:sang|đến|tới)\s+thăm|thăm và làm việc|chuyến thăm", re.I)),
    ("working_meeting", re.compile(r"làm việc với|hội đàm|hội kiến|tiếp xúc với|gặp gỡ|gặp mặt|"
                                   r"tiếp đoàn|"
                                   # the yearly meeting of two border provinces' joint group
                                   r"hội nghị(?: lần thứ \w+)? nhóm công tác (?:liên hợp|chung)|"
                                   # the border guards' regular meeting with their neighbours
                                   r"hội nghị giao ban[^.;]{0,60}?\svới(?!\w)|"
                                   r"chào xã giao|thăm xã giao|tiếp xã giao|"
                                   r"(?<!\w)tiếp\s+(?:Đại sứ|Tổng Lãnh sự|ông|bà|đoàn)", re.I)),
    ("solidarity_contact", re.compile(r"thăm hỏi|động viên|chia buồn|gửi thư|điện mừng", re.I)),
    ("handover", re.compile(r"(?i:lễ (?:tiếp nhận|trao tặng|bàn giao|trao))")),
    ("reception_of_donation", re.compile(r"^Tiếp nhận")),
    ("call_for_support", re.compile(r"kêu gọi|vận động\s+(?:các\s+)?(?:tổ chức|đối tác|nhà tài trợ|"
                                    r"doanh nghiệp)", re.I)),
    ("coordination", re.compile(r"kết nối việc thực hiện|phối hợp (?:triển khai|thực hiện)", re.I)),
]
# A meeting or visit still to come: planned, proposed or announced for later.
_PLANNED_RE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|kế hoạch|chuẩn bị|đề nghị|đề xuất|mong muốn)"
                         r"(?!\w)(?![^,.;]{0,60}(?:đã|vừa)\s)", re.I)
_CALL_VERB_RE = re.compile(r"(?:kêu gọi|vận động)(?:,\s*(?:kêu gọi|vận động))*\s+", re.I)
_ADDRESSEE_END = re.compile(r"\s+(?:chung tay|hỗ trợ|ủng hộ|tài trợ|triển khai|giúp|tham gia|"
                            r"phòng|viện trợ)\b|[;.]|$", re.I)


@dataclass
class Found:
    section: str
    fields: dict
    quote: Span
    confidence: float
    parties: list[str] = field(default_factory=list)


_SIGNED_AT_RE = re.compile(r"(?:^|[,:]\s*)[Tt]ại\s+(?:TP\.?\s*|thành phố\s+|tỉnh\s+)?$")


# "giao" that gives a task to the body named next; not "bàn giao", "chuyển giao", "Ngoại
# giao" nor a courtesy call's "xã giao"
APPOINTED_RE = re.compile(r"(?<!\w)(?<!bàn )(?<!chuyển )(?<![Nn]goại )(?<!xã )giao\s+"
                          r"(?:cho\s+)?(?=[A-ZĐ])")


def agreements_in(text: str, clause: Span, partners: list[PartnerMention],
                  home: str | None, periods: list[tuple[int, dict]]) -> list[Found]:
    sign = _SIGN_RE.search(text, clause.start, clause.end)
    if not sign or _NOT_YET_RE.search(text, max(clause.start, sign.start() - 40), sign.start()):
        return []  # "khả năng ký kết … trong thời gian tới": not signed
    # "Ngày 24/11, tại TP. Trà Vinh, Trường Đại học Trà Vinh và … ký kết": where, no side;
    # nor are the bodies the agreement appoints ("…, trong đó giao Sở Ngoại vụ tỉnh Đồng
    # Tháp và Văn phòng Tỉnh Udon Thani là đầu mối")
    appoint = APPOINTED_RE.search(text, sign.end(), clause.end)
    partners = [p for p in partners
                if not _SIGNED_AT_RE.search(text, max(clause.start, p.start - 16), p.start)
                and not (appoint and p.start >= appoint.end())]
    m = _AGREEMENT_RE.search(text, sign.end(), min(clause.end, sign.end() + 40))
    if not m and (between := _SIGNED_BETWEEN_RE.search(text, sign.start() - 12, clause.end)):
        # ("Theo biên bản được ký giữa X và Y, từ ngày 15/11 …": a record two sides signed)
        named = list(_AGREEMENT_RE.finditer(text, clause.start, between.start())) or [
            r for r in _BARE_RECORD_RE.finditer(text, clause.start, clause.end)
            if r.end() <= between.start()]
        if named:
            parties = [p for p in partners if p.start >= between.end()][:2]
            return _agreement(text, clause, parties, None, periods, sign, named[-1],
                              between.start())
    if m and re.match(r"\s+(?:là|gồm)\s", text[m.end():clause.end]):
        return []  # "Ký kết văn kiện là PGS.TS …": who signed the one told before
    # ("ký Biên bản làm việc, thống nhất 8 nội dung hợp tác …": it says what was agreed)
    if not m or re.fullmatch(r"biên bản làm việc", m[2], re.I) and not re.match(
            r"\s+(?:về|hợp tác)(?!\w)|(?:\s+năm\s+\d{4})?,?\s+thống nhất\s+(?:các|\d+|những)"
            r"\s+(?:\w+\s+){0,2}?nội dung", text[m.end():clause.end]):
        return []
    # "ký kết Thỏa thuận … với thành phố Kitakyushu và Biên bản ghi nhớ … với tỉnh Okayama":
    # two agreements, each with the signer and the partner after its own "với".
    more = [x for x in _AGREEMENT_RE.finditer(text, m.end(), clause.end)
            if re.search(r"\svà\s+$", text[max(m.end(), x.start() - 6):x.start()])]
    if more:
        bounds = [m, *more]
        signers = [p for p in partners if p.start < sign.start()]
        found = []
        for this, nxt in zip(bounds, [*more, None], strict=True):
            stop = nxt.start() if nxt else clause.end
            own = [p for p in partners if this.end() <= p.start < stop]
            span = Span(clause.start, clause.end, clause.text)
            found += _agreement(text, span, signers + own, home, periods, sign, this, stop)
        return found
    return _agreement(text, clause, partners, home, periods, sign, m, clause.end)


# "KOICA Việt Nam", "Plan International Vietnam": a body's office in the country, one side
_COUNTRY_OFFICE_RE = re.compile(r"Việt Nam|Viet ?Nam", re.I)


def _without_office_country(text: str, partners: list[PartnerMention]) -> list[PartnerMention]:
    """The partners without the country written right after another partner's name."""
    kept: list[PartnerMention] = []
    for p in partners:
        if kept and _COUNTRY_OFFICE_RE.fullmatch(p.surface) \
                and not text[kept[-1].end:p.start].strip():
            continue
        kept.append(p)
    return kept


_UNNAMED_SIGNERS_RE = re.compile(r"(?<!\w)(?:các|nhiều|một số)\s+(?:doanh nghiệp|công ty|"
                                 r"đối tác|tổ chức|đơn vị|trường|cơ sở)(?!\w)", re.I)
_BOTH_SIGNED_RE = re.compile(r"(?<!\w)hai bên\s+(?:đã\s+|cũng\s+|còn\s+)*$", re.I)
_AGREED_FOR_RE = re.compile(r"(?<!\w)(?:thống nhất|nhất trí|triển khai|thực hiện)(?!\w)",
                            re.I)


def _agreement(text: str, clause: Span, partners: list[PartnerMention], home: str | None,
               periods: list[tuple[int, dict]], sign: re.Match, m: re.Match,
               stop: int) -> list[Found]:
    kind = next((k for pat, k in _AGREEMENT_KINDS if re.fullmatch(pat, m[2], re.I)),
                "cooperation_agreement")
    title_end = re.search(r",|\s+(?:nhằm|đã|để|góp phần|với)\s", text[m.end():stop])
    title = text[m.start(2): m.end() + (title_end.start() if title_end else stop - m.end())]
    partners = _without_office_country(text, partners)
    if _BOTH_SIGNED_RE.search(text, max(clause.start, sign.start() - 25), sign.start()) \
            and title_end and not any(p.start < sign.start() for p in partners):
        # "hai bên đã ký Biên bản ghi nhớ hợp tác năm 2024, tập trung vào … cặp cửa khẩu Nam
        # Giang – Đắc Tà Oọc": the two sides told before sign; the places of what it is about
        # do not
        partners = [p for p in partners if p.start < m.end() + title_end.start()]
    signers = [p for p in partners if p.start < sign.start()]
    if len(signers) >= 2 and sign.start() < m.start():
        # "X và Y đã ký Biên bản ghi nhớ về … tại hai huyện A và B": the two before the verb
        # sign; the places and bodies the title speaks of sign nothing
        partners = signers
    parties = [p.id for p in partners]
    between = re.search(r"(?<!\w)giữa\s", text[m.end():stop])
    if between:
        # "lễ ký kết Biên bản ghi nhớ giữa Sở Y tế tỉnh X và Tổ chức Y đã diễn ra tại …": the
        # parties are the two named after "giữa"; no one else signs
        at = m.end() + between.end()
        parties = [p.id for p in partners if p.start >= at][:2] or parties
    elif not any(p.start < sign.start() for p in partners) and _UNNAMED_SIGNERS_RE.search(
            text, clause.start, sign.start()):
        # "các doanh nghiệp dịch vụ và đối tác Nhật Bản đã ký thêm 6 thỏa thuận …": signers
        # no one names; the province signed none of them
        return []
    elif home and home not in parties and not any(p.start < sign.start() for p in partners):
        parties.insert(0, home)  # "Tỉnh đã ký kết …": the province signs
    fields = {"kind": kind, "title_vi": title.strip(), "parties": list(dict.fromkeys(parties))}
    if m[1]:
        fields["count"] = int(m[1])
    for at, period in periods:
        spans = bool(re.search(r"giai đoạn|\d{4}\s*[-–]\s*\d{4}|đến", period["raw"], re.I))
        year_only = bool(re.fullmatch(r"(?:năm\s+)?\d{4}", period["raw"].strip(), re.I))
        if year_only and at < sign.start() and not _WHEN_OPENS_RE.fullmatch(
                text, max(clause.start, at - 40), at + len(period["raw"]) + 2):
            continue  # "đánh giá kết quả hợp tác năm 2024 và ký kết …": what was reviewed
        if year_only and at > m.start(2) + len(title) and _AGREED_FOR_RE.search(
                text, m.start(2) + len(title), at):
            continue  # "…, thống nhất nội dung phối hợp trong năm 2024": what it is for
        # "Biên bản thỏa thuận hợp tác năm 2025": the year the agreement is for
        spans = spans or (year_only and m.end() <= at <= m.end() + len(title))
        fields.setdefault("period" if spans else "signed", period)
    return [Found("agreements", fields, clause, 0.8 if parties else 0.6)]


# "…, ông X cho biết, năm 2019, hai tỉnh đã ký kết …": a year set off by commas says when
_WHEN_OPENS_RE = re.compile(r"(?:.*[,:;]\s*|\s*)(?:[Nn]ăm|[Vv]ào năm|[Tt]ừ năm)\s+\d{4},\s")


def projects_in(text: str, clause: Span, partners: list[PartnerMention], amounts: list[AmountHit],
                home: str | None) -> list[Found]:
    found = []
    m = _PROJECT_RE.search(text, clause.start, clause.end)
    named = _NAMED_PROJECT_RE.search(text, clause.start, clause.end)
    if not (m or named):
        return []
    fields: dict = {}
    if m:
        count = int(m[1])
        fields.update(kind="aggregate" if count > 1 else "project", count=count,
                      title_vi=_phrase(text, m.start(), clause.end))
    else:
        fields.update(kind="project" if named[1].lower() == "dự án" else "programme",
                      title_vi=named[2].strip())
    for a in amounts:
        if "giải ngân" in a.before:
            fields.setdefault("disbursed", a.raw)
        elif any(w in a.before for w in ("vốn", "kinh phí", "mức đầu tư", "ngân sách", "giá trị",
                                         "trị giá")):
            fields.setdefault("budget", a.raw)
    if fc := _FUNDERS_COUNT_RE.search(text, clause.start, clause.end):
        fields["funders_count"] = int(fc[1])
        fields["funders_note"] = fc[0].removeprefix("của ").strip()
    elif "ODA" in clause.text:
        fields["funders_note"] = "ODA lenders, not named"
    funds = _FUNDS_RE.search(text, clause.start, clause.end)
    # "do Sở Y tế tỉnh Quảng Trị thực hiện" implements; "do X tài trợ", "X tài trợ" funds.
    fields["implementers"] = [p.id for p in partners if _FUNDED_BY_RE.search(
        text[max(clause.start, p.start - 5):p.start]) and _CARRIED_OUT_RE.match(text, p.end)]
    funders = [p for p in partners if not p.home and p.id != home
               and p.id not in fields["implementers"] and (
        _FUNDED_BY_RE.search(text[max(clause.start, p.start - 5):p.start])
        or funds and p.end <= funds.start())]
    # "X tổ chức lễ tiếp nhận … do Y (…) tài trợ thông qua chương trình …": who receives
    # before "do" funds nothing
    by = next((p for p in funders if _FUNDED_BY_RE.search(
        text[max(clause.start, p.start - 5):p.start])), None)
    fields["funders"] = list(dict.fromkeys(p.id for p in funders
                                           if by is None or p.start >= by.start))
    fields["beneficiaries"] = [home] if home else []
    if _ONGOING_RE.search(clause.text):
        fields["status"] = "ongoing"
    found.append(Found("projects", fields, clause, 0.75))
    return found


def _phrase(text: str, start: int, end: int) -> str:
    stop = re.search(r"\s+(?:với|trên địa bàn|nhằm|để)\s|[;.]", text[start:end])
    return text[start: start + stop.start()] if stop else text[start:end]


# "Trong khuôn khổ chuyến thăm, Sở A và Sở B đã ký kết …": the visit told before frames what
# follows; it is no visit of A and B
_VISIT_FRAME_RE = re.compile(r"^\s*(?:Nhân|Trong)(?:\s+khuôn khổ|\s+dịp)?\s+(?:chuyến thăm|"
                             r"chuyến công tác)(?:\s+(?:này|nói trên))?", re.I)


# "Tham dự hội đàm, về phía tỉnh Lai Châu có …": who sat at a meeting told before
# ("Sau buổi hội đàm, … hai bên đã ký kết …": what followed the talks told before)
_ATTENDED_RE = re.compile(r"\s*(?:(?:Tham dự|Cùng dự|Dự)\s+(?:buổi\s+)?(?:hội đàm|làm việc|tiếp|"
                          r"gặp|hội nghị)(?:\s+\w+){0,3}?\s*(?:,|có)"
                          # "Cùng tiếp Đoàn có lãnh đạo Sở Ngoại vụ, …": who sat beside the host
                          r"|Cùng\s+(?:tiếp|làm việc|dự)(?:\s+(?:với\s+)?[Đđ]oàn)?\s+có"
                          r"|(?:Sau|Kết thúc)\s+(?:buổi\s+)?(?:hội đàm|làm việc|tiếp)\s*,)(?!\w)")


def engagements_in(text: str, clause: Span, partners: list[PartnerMention],
                   amounts: list[AmountHit], home: str | None) -> list[Found]:
    if _ATTENDED_RE.match(clause.text):
        return []
    kind = match = None
    probe = _VISIT_FRAME_RE.sub(lambda m: " " * len(m[0]), clause.text)
    names = [(p.start - clause.start, p.end - clause.start) for p in partners]
    for name, pattern in _ENGAGEMENTS:
        match = pattern.search(probe)
        # ("Hội Gặp gỡ Việt Nam": a word of a name, capitalised, tells no meeting)
        while match and match[0][:1].isupper() and any(a < match.start() < b for a, b in names):
            match = pattern.search(probe, match.end())
        if match:
            kind = name
            break
    if not kind:
        return []
    at = clause.start + match.start()
    if kind in ("visit", "working_meeting") and _PLANNED_RE.search(
            text, max(clause.start, at - 60), at):
        return []  # "Dự kiến trong quý II, Sở sẽ tổ chức Hội nghị gặp gỡ …": not held yet
    if kind in ("visit", "working_meeting") and _HABITUAL_RE.search(
            text, max(clause.start, at - 40), min(clause.end, clause.start + match.end() + 20)):
        return []  # "Từ năm 2019, DVF đã nhiều lần đến thăm …": visits over years, no one
    if kind in ("visit", "working_meeting") and (
            counted := _COUNTED_VISITS_RE.search(text, clause.start, clause.end)):
        # "Lãnh đạo tỉnh đã tiếp 27 đoàn khách quốc tế": a year's count, no meeting; but
        # "…, trong đó có Đoàn công tác thành phố Busan …" names one of them, met
        among = _AMONG_RE.search(text, counted.end(), clause.end)
        named = [p for p in partners if among and p.start == among.end()]
        if not named:
            return []
        partners = [p for p in partners if p.id == home or p.start >= among.end()]
        if home and all(p.id != home for p in partners):
            partners = [PartnerMention(counted.start(), counted.start(), home, "", 0.6),
                        *partners]
    ids = [p.id for p in partners]
    fields: dict = {"kind": kind}
    if kind == "direction_and_call_for_support" or kind == "resource_mobilisation":
        participants = [p.id for p in partners if p.start < at and not _owned(text, clause, p)]
        if not participants:
            return []  # "công tác đối ngoại đã … huy động": no one is said to act
    elif kind == "call_for_support":
        participants = [home] if home else []
        verb = _CALL_VERB_RE.search(text, clause.start, clause.end)
        if verb:
            end = _ADDRESSEE_END.search(text, verb.end(), clause.end)
            addressee = text[verb.end(): end.start() if end else clause.end].strip(" ,.")
            if addressee.startswith(("viện trợ của ", "sự hỗ trợ của ")):
                addressee = addressee.split(" của ", 1)[1]
            if addressee:
                fields["participants_note"] = addressee
            participants += [p.id for p in partners if p.start >= verb.start()]
        for a in amounts:
            if "kêu gọi" in a.before:
                fields["amount"] = a.raw
    elif kind in ("coordination",):
        participants = [home] if home else []
    else:
        with_home = ("solidarity_contact", "reception_of_donation", "handover")
        # "Tổ chức Tầm nhìn Thế giới (World Vision) tại Việt Nam": where the body works, no
        # party of its own
        # ("Nakhon Phanom nằm bên bờ sông Mê Kông, đối diện tỉnh Khăm Muồn (Lào)": a place
        # its neighbour is told by is no side)
        participants = ([home] if home and kind in with_home else []) + [
            p.id for p in partners if not (_COUNTRY_ALONE.fullmatch(p.surface)
                                           and _OFFICE_IN_RE.search(text, clause.start, p.start))
            and not _NEIGHBOUR_RE.search(text, max(clause.start, p.start - 60), p.start)]
        # "đoàn đến thành phố Mông Tự làm việc với lãnh đạo Châu …": where the delegation
        # went, and the delegation is the province's
        gone_to = [p.id for p in partners if p.start < at
                   and _GONE_TO_RE.search(text, max(clause.start, p.start - 12), p.start)]
        if gone_to and len(set(participants) - set(gone_to)) >= 1 and kind == "working_meeting":
            participants = [p for p in participants if p not in gone_to]
            if home and home not in participants and _DELEGATION_RE.search(
                    text, clause.start, at):
                participants.insert(0, home)
    participants = list(dict.fromkeys(participants or ([home] if home else [])))
    fields["participants"] = participants
    return [Found("engagements", fields, clause, 0.7 if len(ids) else 0.6)]


_COUNTRY_ALONE = re.compile(r"Việt Nam|Viet Nam|Vietnam")
# Visits told as a habit, not as one event
# ("nhiều hội viên của Hội từng làm việc với các thực tập sinh …": what they used to do)
_HABITUAL_RE = re.compile(r"(?<!\w)(?:nhiều lần|nhiều lượt|thường xuyên|hằng năm|hàng năm|"
                          r"từng(?=\s+(?:làm việc|đến|sang|tới|thăm|gặp)))(?!\w)", re.I)
_AMONG_RE = re.compile(r"(?<!\w)(?:trong đó(?:\s+có)?|nổi bật là|tiêu biểu(?:\s+là|\s+như)?)"
                       r"\s+(?:các\s+|những\s+)?(?:[Đđ]oàn(?:\s+công tác|\s+đại biểu|\s+cấp cao)?"
                       r"(?:\s+của)?\s+)?")
_COUNTED_VISITS_RE = re.compile(r"(?<!\w)(?:tiếp|đón|tổ chức|cử)\s+(?:(?:hơn|gần|trên|khoảng)\s+)?"
                                r"\d+\s+(?:lượt\s+)?đoàn(?!\w)", re.I)
_NEIGHBOUR_RE = re.compile(r"(?<!\w)(?:đối diện(?:\s+với)?|(?:tiếp\s+)?giáp(?:\s+ranh)?(?:\s+với)?|"
                           r"bên kia(?:\s+biên giới)?(?:\s+là)?)\s+(?:các\s+)?$"
                           # "qua cửa khẩu quốc tế Móng Cái - Đông Hưng": a border gate's name
                           r"|(?<!\w)cửa khẩu(?:\s+(?:quốc tế|chính|phụ|song phương))?\s+"
                           r"(?:[^,;.()]{1,30}?\s*[-–]\s*)?$", re.I)
_GONE_TO_RE = re.compile(r"(?<!\w)(?:đến|tới)\s+$")
_DELEGATION_RE = re.compile(r"(?<!\w)[Đđ]oàn(?:\s+công tác)?\s+(?:đã\s+)?(?:đến|tới)(?!\w)")
_OFFICE_IN_RE = re.compile(r"(?:[A-ZĐ]\w*|\))\s+(?:tại\s+)?$")


def _owned(text: str, clause: Span, p: PartnerMention) -> bool:
    return bool(re.search(r"của\s+(?:các\s+)?$", text[max(clause.start, p.start - 12):p.start]))
