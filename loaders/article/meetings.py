"""Meetings and visits as events: who met whom, once per article.

A meeting is told in the headline, the lede and again in "Tại buổi làm việc, …": one
event with every quote, whose parties are the two sides. An ambassador or a consul general
stands for the mission ("Đại sứ Hàn Quốc tại Việt Nam" is the Korean Embassy, "Consul
General of China in Hai Phong" its consulate); a country after "tại" or "in" is where a
body works, not a side; the place after "thăm và làm việc tại" is the host, not a venue."""

import re
from collections.abc import Callable
from typing import Any

from loaders.article.english_roles import NATIONALITIES
from loaders.article.gazetteer import Gazetteer
from loaders.article.mentions import (MentionFinder, PartnerMention, Proposal, consulate_elsewhere,
                                     slug)
from loaders.article.page import UPPER
from loaders.article.page import Span
from loaders.article.relations import APPOINTED_RE
from partnergraph import names

MEETING_KINDS = ("visit", "working_meeting")

# ("Đại sứ Đặc mệnh toàn quyền Vương quốc Đan Mạch": the title's words in capitals too)
_TITLE_VI = re.compile(r"(?<!\w)(Tổng Lãnh sự|Đại sứ)(?!\s+quán)"
                       r"(?:\s+(?i:đặc mệnh toàn quyền))?"
                       r"(?:\s+(?:nước|Cộng hòa|CHDCND|CHND|CHXHCN|Vương quốc|Liên bang))*\s+")
_TITLE_EN = re.compile(r"(?:(?P<adj>U\.S\.|\bUS|\b(?!(?:The|A|An|Former|Deputy|Vice)\b)[A-Z][a-z]+)"
                       r"\s+)?"
                       r"\b(?P<title>Ambassador|Consul[ -]General)"
                       r"(?:\s+of\s+(?:the\s+)?)?")
_HOST_AFTER = re.compile(r"(?<!\w)(?:thăm|làm việc)\s+tại\s+", re.I)
_WHERE_BEFORE = re.compile(r"(?<!\w)(?:tại|in|to)\s+$", re.I)

# English: the verbs of a meeting, and "received" only when a person or a delegation follows
# (what a province "received from" someone is a gift).
_EN_MEETINGS: list[tuple[str, re.Pattern[str]]] = [
    ("visit", re.compile(r"\b(?:paid (?:a |an )?(?:\w+ )?visit to|visited and worked with|"
                         r"visited and worked in|visited)\b")),
    ("working_meeting", re.compile(
        r"\b(?:received (?:Mr|Ms|Mrs|Dr|H\.E\.|a delegation|the delegation|an? [\w ]{0,30}"
        # ("received a survey team from the Japan International Cooperation Agency")
        r"(?:delegation|team|mission)|Ambassador|Consul)|"
        # ("held annual talks with", "held bilateral talks with")
        r"held (?:a |an )?(?:(?:annual|bilateral|official|regular) )?(?:working session|talks|"
        r"meeting|courtesy call)s? with|had (?:a )?working session with|met with|"
        # (not "Myongji Hospital has worked with Vietnamese medical partners for many years")
        r"(?<!has )(?<!have )(?<!had )worked with(?! \d)|"
        r"held talks|held a (?:working session|meeting)|"
        # "welcomed Consul General …", "hosted a reception for …", "paid a courtesy call on"
        r"(?:welcomed|received) (?:the )?(?:[A-Z][\w.]* )?(?:Ambassador|Consul|Governor|"
        r"Chairman|President|Vice|Deputy|Mayor|Director|Minister)|"
        r"hosted (?:a )?(?:reception|meeting) for|paid (?:a )?courtesy (?:call|visit)s? (?:on|to)|"
        r"had (?:a )?(?:meeting|talks) with|"
        # "…, said Mr. X, Vice Chairman of …, at a working session with a delegation from …"
        r"at (?:a|the) (?:working session|meeting|talks) with)\b")),
]


# Any capital opens a country's name: "Ấn Độ", "Úc", not only the unaccented ones.
_COUNTRY_AND_CITY = re.compile(rf"((?:[{UPPER}][\wÀ-ỹ-]*\s*)+?)"
                               rf"(?:\s+tại\s+((?:[{UPPER}][\wÀ-ỹ.-]*\s*)+))?"
                               # "… tại Đà Nẵng Lee Eun-sook dẫn đầu": any lower-case word
                               # "… tại Nam Ninh (Khu tự trị …)": where the city lies
                               r"(?=[,.;]|\s+(?:đến|đã|và|về|cùng)\b|\s+[a-zà-ỹđ]|\s*\(|$)")


def missions_in(gaz: Gazetteer, text: str, start: int, end: int,
                finder: MentionFinder | None = None) -> list[PartnerMention]:
    """Ambassadors and consuls general in text[start:end], each as its mission; one the
    gazetteer does not know is proposed by the name the title gives it."""
    found = []
    for m in _TITLE_VI.finditer(text, start, end):
        head = "Tổng Lãnh sự quán " if m[1] == "Tổng Lãnh sự" else "Đại sứ quán "
        known = _mission(gaz, head, text, m.start(), m.end(), end)
        found += known or (_proposed(gaz, finder, head, text, m, end) if finder else [])
    for m in _TITLE_EN.finditer(text, start, end):
        consul = m["title"] != "Ambassador"  # ("Consul-General": written with a hyphen too)
        if m["adj"]:  # "Australian Ambassador": the "Australian Embassy"
            phrase = f"{m['adj']} {'Consulate General' if consul else 'Embassy'}"
            known = []
            if consul and (city := _IN_CITY_EN_RE.match(text, m.end(), end)):
                # "Korean Consul General in Ho Chi Minh City": the consulate in that city
                where = phrase + city[0]
                known = _mission(gaz, "", where, 0, 0, len(where), at=(m.start(), city.end()))
            known = known or _mission(gaz, "", phrase, 0, 0, len(phrase),
                                      at=(m.start(), m.end()))
            if not known and not consul and (place := gaz.places.get(
                    NATIONALITIES.get(m["adj"], ""))):
                # "Singaporean Ambassador": the "Embassy of Singapore", whatever the
                # gazetteer calls it by the adjective
                phrase = f"Embassy of {place.names[-1]}"
                known = _mission(gaz, "", phrase, 0, 0, len(phrase), at=(m.start(), m.end()))
                if not known and finder is not None:
                    # "Chilean Ambassador to Viet Nam Andrés Figueroa Salinas": the embassy of a
                    # country the gazetteer lists no mission of, proposed by its English name
                    phrase = f"Embassy of {place.names[1 if len(place.names) > 1 else 0]}"
                    id_ = "extracted-" + slug(phrase)
                    finder.proposals.setdefault(id_, Proposal(
                        id_, phrase, "diplomatic_mission", place.id, m["adj"], m.start(),
                        m.end()))
                    known = [PartnerMention(m.start(), m.end(), id_, m[0].strip(), 0.6)]
            found += known
        elif m.group(0).rstrip().endswith(("of", "the")):
            head = "Consulate General of " if consul else "Embassy of "
            # "Consul General of the Netherlands": "the" is part of the country's name
            the = "the " if m.group(0).rstrip().endswith("the") else ""
            known = the and _mission(gaz, head + the, text, m.start(), m.end(), end,
                                     english=True)
            known = known or _mission(gaz, head, text, m.start(), m.end(), end, english=True)
            found += known or (_proposed_en(gaz, finder, head, text, m, end) if finder else [])
    return found


_IN_CITY_EN_RE = re.compile(r"\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}")
_COUNTRY_IN_CITY_EN = re.compile(r"(?P<country>[A-Z][\w]*(?:\s+(?:of\s+)?[A-Z][\w]*)*?)"
                                 r"(?:\s+(?:in|to)\s+(?P<city>[A-Z][\w]*(?:\s+[A-Z][\w]*)*))?"
                                 r"(?=[,.;]|\s+(?:who|and|on|at|paid|said|visited)\b|$)")


_COUNTRY_THEN_IN = re.compile(r"(?P<country>[A-Z]\w*(?:\s+(?:of\s+)?[A-Z]\w*)*?)\s+(?:in|to)\s+")


def _proposed_en(gaz: Gazetteer, finder: MentionFinder, head: str, text: str, m: re.Match,
                 end: int) -> list[PartnerMention]:
    """"Consul General of the Republic of Korea in Da Nang", a mission the gazetteer does
    not list: proposed by the name the title gives it, when what follows is a country."""
    named = _COUNTRY_IN_CITY_EN.match(text, m.end(), end)
    stop = named.end() if named else 0
    if named:
        country, written = named["country"], named[0].strip()
    elif (before := _COUNTRY_THEN_IN.match(text, m.end(), end)) and (city := next(
            (h for h in gaz.find("partners", text, before.end(), end)
             if h.start == before.end()), None)):
        # "… of the Republic of Korea in Da Nang Lee Eun-sook": the city as far as the
        # gazetteer knows it; the holder's name follows
        country, written, stop = before["country"], text[m.end():city.end], city.end
    else:
        return []
    place = gaz.find("places", country, 0, len(country))
    if not (place and place[0].start == 0 and place[0].end == len(country)
            and gaz.places[place[0].id].kind == "country"):
        return []
    name = head + written
    id_ = "extracted-" + slug(name)
    finder.proposals.setdefault(id_, Proposal(id_, name, "diplomatic_mission", place[0].id,
                                              country, m.start(), stop))
    return [PartnerMention(m.start(), stop, id_, text[m.start():stop], 0.6)]


def _proposed(gaz: Gazetteer, finder: MentionFinder, head: str, text: str, m: re.Match,
              end: int) -> list[PartnerMention]:
    """"Tổng Lãnh sự Hàn Quốc tại Đà Nẵng": the "Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng",
    when what follows the title is a country (not the holder's name)."""
    named = _COUNTRY_AND_CITY.match(text, m.end(), end)
    if not named:
        return []
    country_words = named[1].strip()
    place = gaz.find("places", country_words, 0, len(country_words))
    if not (place and place[0].start == 0 and place[0].end == len(country_words)
            and gaz.places[place[0].id].kind == "country"):
        return []
    # "Đại sứ Israel" and "Đại sứ Israel tại Việt Nam" head one embassy
    in_vietnam = named[2] and names.fold(named[2].strip()) == "viet nam"
    written, stop = named[0].strip(), named.end()
    city = named[2] and next((h for h in gaz.find("partners", text, named.start(2), named.end(2))
                              if h.start == named.start(2)), None)
    if city and not in_vietnam:
        # "… tại Đà Nẵng Lee Eun-sook": the city as far as the gazetteer knows it, then the
        # holder's name
        written, stop = text[m.end():city.end], city.end
    name = head + (country_words if in_vietnam else written)
    id_ = "extracted-" + slug(name)
    finder.proposals.setdefault(id_, Proposal(id_, name, "diplomatic_mission", place[0].id,
                                              country_words, m.start(), stop))
    return [PartnerMention(m.start(), stop, id_, text[m.start():stop], 0.6)]


def _mission(gaz: Gazetteer, head: str, text: str, title_start: int, rest: int, end: int,
             *, english: bool = False, at: tuple[int, int] | None = None) -> list[PartnerMention]:
    tail = text[rest:min(end, rest + 60)]
    longer = 0  # how much longer the country is written than its short name
    if not english and (named := _country_named_in_full(gaz, text, title_start, rest, end)):
        # "Tổng Lãnh sự nước Cộng hòa Nhân dân Trung Hoa tại …": the country by its short name
        rest, tail, longer = named
    if english:  # "Ambassador of Japan to Vietnam": the "Embassy of Japan in Vietnam"
        tail = re.sub(r"\bto Vietnam\b", "in Vietnam", tail)
    phrase = head + tail
    hit = next((h for h in gaz.find("partners", phrase, 0, len(phrase)) if h.start == 0), None)
    if hit is None or gaz.partners[hit.id].kind != "diplomatic_mission" \
            or consulate_elsewhere(gaz, phrase, hit.id, hit.end):
        return []
    span = at or (title_start, rest + max(0, hit.end - len(head)) + longer)
    return [PartnerMention(span[0], span[1], hit.id, text[span[0]:span[1]] if not at else phrase,
                           0.8)]


_COUNTRY_OPENS_RE = re.compile(r"(?:Tổng Lãnh sự|Đại sứ)(?:\s+(?i:đặc mệnh toàn quyền))?"
                               r"\s+(?:nước\s+)?")


def _country_named_in_full(gaz: Gazetteer, text: str, title_start: int, rest: int,
                           end: int) -> tuple[int, str, int] | None:
    """Where the country after an envoy's title starts, and the tail with the country by its
    Vietnamese name, when the title writes it in full ("nước Cộng hòa Nhân dân Trung Hoa")."""
    opens = _COUNTRY_OPENS_RE.match(text, title_start, end)
    start = opens.end() if opens else rest
    country = next((c for c in gaz.find("places", text, start, min(end, start + 60))
                    if c.start == start and gaz.places[c.id].kind == "country"), None)
    if country is None or country.end <= rest:
        return None
    short = gaz.places[country.id].names[0]
    return start, short + text[country.end:min(end, country.end + 60)], \
        country.end - start - len(short)


_THEN_GAVE_RE = re.compile(r"\s+và\s+(?:đã\s+)?(?:trao tặng|trao|tặng|bàn giao|hỗ trợ|ủng hộ)\s")


def sides(gaz: Gazetteer, finder: MentionFinder, text: str, clause: Span,
          partners: list[PartnerMention], home: str | None) -> list[PartnerMention]:
    """The partners of a clause that can be a side of a meeting: missions for their
    ambassadors, the host after "thăm và làm việc tại", and no country a body works in."""
    missions = missions_in(gaz, text, clause.start, clause.end, finder)
    hosts = []
    for m in _HOST_AFTER.finditer(text, clause.start, clause.end):
        hosts += finder.partners(m.end(), clause.end, home)[:1]
    # Vietnam is where a body works ("JICA Vietnam Office"), never the side a province meets
    # "… làm việc với Sở Giáo dục về Chương trình học bổng Chính phủ Australia": what the
    # meeting was about names no side of it
    about = _ABOUT_RE.search(text, clause.start, clause.end)
    partners = [p for p in partners if not (about and p.start > about.start())]
    # "hai bên thống nhất giao Sở Ngoại vụ … làm đầu mối": the appointed are no side
    appoint = APPOINTED_RE.search(text, clause.start, clause.end)
    partners = [p for p in partners if not (appoint and p.start >= appoint.end())]
    # "… đến thăm, làm việc tại tỉnh Kampot và dự lễ khởi công xây dựng Trường Tiểu học Prek
    # Tnaot": what the ceremony was for is no side of the visit
    works = _CEREMONY_FOR_RE.search(text, clause.start, clause.end)
    partners = [p for p in partners if not (works and p.start >= works.end())]
    # "… đã hội đàm với lãnh đạo tỉnh Phông-sa-lỳ và trao tặng trang thiết bị y tế cho Bệnh
    # viện tỉnh Phông-sa-lỳ": who received the gift after the talks met no one
    then_gave = _THEN_GAVE_RE.search(text, clause.start, clause.end)
    partners = [p for p in partners if not (then_gave and p.start >= then_gave.end())]
    kept = [p for p in [*partners, *hosts] if p.id != "vietnam"
            and not RECOGNISED_BY_RE.match(text, p.end)
            # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": the holder sits for the committee
            and not (_PARTY_POST_RE.search(text, max(clause.start, p.start - 14), p.start)
                     and _THEN_CHAIR_RE.match(text, p.end))
            # "… hỗ trợ tỉnh B xây dựng Trường THCS Hữu nghị …": what is built meets no one
            and not _BUILT_BEFORE_RE.search(text, max(clause.start, p.start - 16), p.start)
            and not any(q.start <= p.start < q.end for q in missions)
            and not (_national(gaz, p.id) and _WHERE_BEFORE.search(
                text[max(clause.start, p.start - 6):p.start]))]
    return sorted({p.start: p for p in [*kept, *missions]}.values(), key=lambda p: p.start)


_PARTY_POST_RE = re.compile(r"(?<!\w)Bí thư\s+$")
_THEN_CHAIR_RE = re.compile(r"\s*,\s*(?:Phó\s+)?Chủ tịch\s+(?:UBND|Ủy ban nhân dân|HĐND)(?!\w)")

# "bà Julie Tremblay và đoàn công tác đã làm việc với …", "ông Nguyễn Thanh Tâm đã tiếp …":
# a side written by a person's name
_PERSON_MEETS_RE = re.compile(rf"(?<!\w)(?:[ôÔ]ng|[bB]à|[nN]gài)\s+((?:[{UPPER}][\w'’-]*\s+){{1,3}}"
                              rf"[{UPPER}][\w'’-]*)(?:\s+và\s+(?:đoàn công tác|đoàn|phái đoàn))?"
                              r"\s+(?:(?:đã|cũng|đến|tới)\s+)*(?:có buổi\s+)?"
                              r"(?P<verb>làm việc|hội đàm|gặp|chào|tiếp|đón)(?!\w)")
_APPOSITION_END_RE = re.compile(r"[;.\n]")


def person_body(gaz: Gazetteer, finder: MentionFinder, text: str, clause: Span,
                abroad: bool) -> str | None:
    """The body a side the clause names as a person was given with where the article named
    that person first: with `abroad`, a guest's body from abroad ("bà Julie Tremblay, Tham
    tán Chính trị, Đại sứ quán Canada … đã làm việc với"); without, the host's own body
    ("ông Nguyễn Thanh Tâm, Giám đốc Sở Y tế tỉnh Tây Ninh … đã tiếp"), none when the host
    holds an office of the province's committee, which is the province."""
    for m in _PERSON_MEETS_RE.finditer(text, clause.start, clause.end):
        if not abroad and m["verb"] not in ("tiếp", "đón"):
            continue
        first = text.find(m[1], 0, clause.start)
        if first < 0 or not text.startswith(",", first + len(m[1])):
            continue
        after = first + len(m[1])
        stop = _APPOSITION_END_RE.search(text, after)
        for p in finder.partners(after, min(after + 90, stop.start() if stop else len(text)),
                                 None):
            entry = finder.proposals.get(p.id) or gaz.partners.get(p.id)
            if not abroad and (_COMMITTEE_RE.match(p.surface) or entry
                               and entry.kind == "local_government"):
                return None  # "Phó Chủ tịch UBND tỉnh": the province itself
            if entry and entry.country and (entry.country != "vietnam") == abroad:
                return p.id
    return None


_COMMITTEE_RE = re.compile(r"(?:UBND|Ủy ban nhân dân|HĐND|Tỉnh ủy|Thành ủy)(?!\w)")


# "nhiều di sản được UNESCO ghi danh": who recognised a heritage is no side of the talks
RECOGNISED_BY_RE = re.compile(r"\s+(?:ghi danh|công nhận|vinh danh|xếp hạng)"
                               r"(?!\w)", re.I)
_BUILT_BEFORE_RE = re.compile(r"(?<!\w)(?:xây dựng|xây mới|sửa chữa|nâng cấp|cải tạo)"
                              r"(?:\s+mới)?\s+$")
_CEREMONY_FOR_RE = re.compile(r"(?<!\w)(?:dự|tham dự|chứng kiến)\s+lễ\s+(?:khởi công|động thổ|"
                              r"khánh thành|gắn biển)(?!\w)", re.I)
_ABOUT_RE = re.compile(r"(?<!\w)về\s+(?:các\s+)?(?:[Cc]hương trình|[Dd]ự án|việc|vấn đề|kế hoạch|"
                       r"kết quả)(?!\w)")


def _national(gaz: Gazetteer, pid: str) -> bool:
    entry = gaz.partners.get(pid)
    return bool(entry and entry.kind == "national_government")


def english_in(text: str, clause: Span, partners: list[PartnerMention],
               home: str | None) -> list[tuple[str, list[str]]]:
    """(kind, participants) of the meetings an English clause tells."""
    # ("a delegation of Hayashi Kensetsu Co., Ltd., a construction company based in Okayama
    # Prefecture": where the company is, no side)
    partners = [p for p in partners if not any(
        _BASED_IN_RE.fullmatch(text, q.end, p.start) for q in partners if q.end <= p.start)]
    for kind, pattern in _EN_MEETINGS:
        if pattern.search(text, clause.start, clause.end):
            ids = list(dict.fromkeys(p.id for p in partners))
            if home and home not in ids and len(ids) == 1:
                ids.append(home)  # "a delegation of Gyeonggi visited the province"
            return [(kind, ids)]
    return []


_BASED_IN_RE = re.compile(r",\s+(?:the|an?)\s+[^,;()]{0,60}?\b(?:based|headquartered|located)\s+"
                          r"in\s+(?:the\s+)?")


# (not "Tại buổi làm việc với …", which names whom)
_AT_THE_MEETING = re.compile(r"(?:(?:Tại|Trong) (?:buổi|cuộc) (?:hội đàm|làm việc|tiếp|gặp)|"
                             r"(?:At|During) the (?:talks|meeting|working session|reception))"
                             r"(?!\w)(?!\s+(?:với|with)\b)")
_BACK_TO_THE_VISIT = re.compile(r"(?:Nhân|Trong) (?:chuyến thăm|chuyến công tác|dịp này)|"
                                r"(?:On|During) the (?:visit|trip|occasion)", re.I)


# "Cùng ngày, Đoàn đến thăm và trao tặng Bệnh viện tỉnh X 5 máy thở": a call made to hand
# over a gift; the body that received it is the gift's, not a side of the meeting told before
# ("đến thăm Trường THCS Snuol và trao tặng 30 chiếc xe đạp": the school, then the gift)
# ("đoàn đến thăm Hội người Việt Nam tỉnh Sakon Nakhon, trao tặng 100 suất quà": the
# community abroad the gifts went to)
_VISIT_TO_GIVE = re.compile(r"(?<!\w)(?:đến thăm|thăm|visited)(?:\s+(?:(?:các\s+)?(?:trường|"
                            r"bệnh viện|trạm|trung tâm|chùa|gia đình|hộ|làng|nhà|"
                            r"hội người Việt|cộng đồng người Việt|bà con|kiều bào|"
                            r"the\s+\w+\s+school)"
                            r"(?!\w)[^,.;]{0,60}?))?(?:\s+(?:và|and)|,)\s+(?:trao tặng|tặng|"
                            r"trao|bàn giao|presented|donated|handed over)(?!\w)"
                            # "the delegation visited Tram Tau district and presented …"
                            # ("the delegation also met and presented 50 gifts to …")
                            r"|\b(?:visit(?:s|ed)?|met|meets)\s+(?:[^,.;]{1,60}?\s+)?and\s+"
                            r"(?:present(?:s|ed)?|"
                            r"donat(?:es|ed)|hand(?:s|ed)? over|gave|gives)\b", re.I)


def merge(records: list[Any], home: str | None, key: Callable[[str], str],
          our_unit: Callable[[str], bool] = lambda _: False) -> list[Any]:
    """The meetings of one article with a side in common (or with no side but the
    province) are one meeting: one record with every quote and both sides. A meeting
    left with one side only is not one. The province that one telling names as the side it
    implies ("Móng Cái hội đàm với …" in a headline) is the unit of it another names
    ("Chủ tịch UBND thành phố Móng Cái đã chủ trì hội đàm …")."""
    kept: list[Any] = []
    calls: list[Any] = []
    for r in records:
        if r.section != "engagements" or r.fields.get("kind") not in MEETING_KINDS:
            kept.append(r)
            continue
        r.fields["participants"] = dedupe(r.fields.get("participants") or [], key)
        mine = {key(p) for p in r.fields["participants"]} - {key(home)}
        twin = next((k for k in kept if k.section == "engagements"
                     and k.fields.get("kind") in MEETING_KINDS
                     and (not mine or not ({key(p) for p in k.fields["participants"]}
                                           - {key(home)}) or mine & {key(p) for p in
                                                                     k.fields["participants"]})
                     and not _another_meeting(k, r, key, home)), None)
        if twin is None and all(_VISIT_TO_GIVE.search(q.text) for q in r.quotes):
            # "Trong chương trình công tác, đoàn đã đến thăm và tặng 100 suất quà cho học sinh
            # Trường X": a call made to hand over a gift, during the visit told before
            twin = next((k for k in reversed(kept) if k.section == "engagements"
                         and k.fields.get("kind") in MEETING_KINDS), None)
            if twin is not None:
                twin.quotes += r.quotes
                continue
            calls.append(r)  # ("Trước đó, …": the visit may be told after the gift)
            continue
        if twin is None and _AT_THE_MEETING.match(r.quotes[0].text) and any(
                k.section == "engagements" and k.fields.get("kind") in MEETING_KINDS
                for k in kept):
            # "Tại buổi hội đàm, ông Trương Vĩ cho biết: “Phía Bằng Tường …”": the talks told
            # before, whose sides are named; the city one side speaks for is no new side
            calls.append(r)
            continue
        if twin is None:
            kept.append(r)
            continue
        twin.quotes += r.quotes
        sides = {key(p) for p in twin.fields["participants"]}
        # "Thành phố Lào Cai hội đàm với huyện Hà Khẩu", then "Kết thúc hội đàm, đoàn huyện Hà
        # Khẩu …": a later telling that names the province only as the side it implies adds
        # no side to a meeting whose two sides are named
        added = [p for p in r.fields["participants"]
                 if not (len(sides) > 1 and key(home) not in sides and key(p) == key(home))]
        if len(sides) > 1 and all(_BACK_TO_THE_VISIT.match(q.text) or _VISIT_TO_GIVE.search(q.text)
                                  for q in r.quotes):
            # "Nhân chuyến thăm, đoàn … trao tặng 30 máy tính cho Trường X": the visit told
            # again for a gift; whom the gift went to did not meet anyone
            added = []
        merged = dedupe([*twin.fields["participants"], *added], key)
        if home and any(key(p) == key(home) for p in merged) and any(
                our_unit(p) and key(p) != key(home) for p in merged):
            merged = [p for p in merged if key(p) != key(home)]
        twin.fields["participants"] = merged
        if not twin.fields.get("when") and r.fields.get("when"):
            twin.fields["when"] = r.fields["when"]
        twin.fields["related"] = [*twin.fields.get("related", []), *r.fields.get("related", [])]
        twin.confidence = max(twin.confidence, r.confidence)
    for r in calls:
        meetings = [k for k in kept if k.section == "engagements"
                    and k.fields.get("kind") in MEETING_KINDS]
        if meetings:
            near = min(meetings, key=lambda k: abs(k.sentence - r.sentence))
            near.quotes += r.quotes
            if len({key(p) for p in near.fields["participants"]}) < 2:
                # ("… đã đến thăm và trao tặng …", then "Phó Chủ tịch đã tiếp đoàn": the
                # visitors are the other side of the reception)
                near.fields["participants"] = dedupe(
                    [*near.fields["participants"], *r.fields["participants"]], key)
                if not near.fields.get("when") and r.fields.get("when"):
                    near.fields["when"] = r.fields["when"]
        elif home and key(home) in {key(p) for p in r.fields["participants"]}:
            kept.append(r)  # a visit to the province, told only by what was given
        # (a call on a commune's pupils to give them bicycles met no one)
    return [r for r in kept if r.section != "engagements"
            or r.fields.get("kind") not in MEETING_KINDS
            or len({key(p) for p in r.fields["participants"]}) > 1]


# "Cùng ngày, Đại sứ và đoàn đã làm việc với Sở Giáo dục và Đào tạo …": the same guests
# meeting someone else that day
# ("Trước đó, sáng cùng ngày, Đoàn đã làm việc với …": told before, the same day)
_SAME_DAY_RE = re.compile(r"(?:(?:Trước đó|Sau đó|Tiếp đó)\s*,\s*)?"
                          r"(?:Cùng ngày|Cũng trong ngày|Trong cùng ngày|Chiều cùng ngày|"
                          r"Sáng cùng ngày|On the same day|Later that day|The same day|"
                          r"(?:Earlier|Later) (?:the same|that) day)\b", re.I)


# "Tại Thái Lan, đoàn đã làm việc với Trường Đại học Khon Kaen …" after "Tại Hàn Quốc, đoàn
# đã làm việc với …": a meeting told by where it was, on a tour of several
_ELSEWHERE_RE = re.compile(r"(?:Tại|Ở|In|At)\s+(?!buổi|cuộc|lễ|hội|the\s)[A-ZĐ][^,;.]{1,40},")


def _another_meeting(kept: Any, r: Any, key: Callable[[str], str], home: str | None) -> bool:
    """A meeting told "the same day" with a side the one before did not have is another
    meeting, not more of it; so is one told by the other place it was in, with a side other
    than the one the meeting before had."""
    mine = {key(p) for p in r.fields["participants"]}
    if _ELSEWHERE_RE.match(r.quotes[0].text) and not _VISIT_TO_GIVE.search(r.quotes[0].text):
        theirs = {key(p) for p in kept.fields["participants"]}
        return bool(mine - theirs - {key(home)} and theirs - mine - {key(home)})
    if not _SAME_DAY_RE.match(r.quotes[0].text) or _VISIT_TO_GIVE.search(r.quotes[0].text):
        return False  # ("Cùng ngày, Đoàn đến thăm và trao tặng …": the visit, for a gift)
    sides = {key(p) for p in kept.fields["participants"]} | {key(home)}
    return bool(mine - sides)


def dedupe(ids: list[str], key: Callable[[str], str]) -> list[str]:
    """One id per party: "UBND tỉnh Yên Bái" and "tỉnh Yên Bái" are one side; the id the
    gazetteer knows wins over one proposed from the text."""
    by_key: dict[str, str] = {}
    for pid in ids:
        k = key(pid)
        if k not in by_key or by_key[k].startswith("extracted-") and not pid.startswith(
                "extracted-"):
            by_key[k] = pid
    return list(dict.fromkeys(by_key[key(p)] for p in ids))
