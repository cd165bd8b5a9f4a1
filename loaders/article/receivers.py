"""The receiver a gift clause names after its receiving word ("cho", "tới", "đến", "tặng"),
read as a noun phrase whatever the gazetteer knows: an administrative unit ("xã Lâm Tân",
"UBND huyện Tuy Phước"), an institution ("Trung tâm Y tế huyện Krông Bông", "Trường Tiểu
học Nà Mổ") or a group of people and where they live ("nữ sinh dân tộc thiểu số huyện
Mường Tè", "lưu học sinh Lào", "hộ dân huyện Hương Khê").

The phrase runs from its head word through the words underthesea tags as nouns, adjectives
and proper nouns, and through capitalised words; it ends at the first other word (a verb,
"để", "mỗi", a comma) and is cut back to its last capitalised word. A phrase with no
capitalised word after its head names no one ("các em có hoàn cảnh khó khăn"): the gift's
receiver is then left to the rules before (the province when nothing is named), or to the
one district or commune the clause says the gift went to (units_where)."""

import re
from dataclasses import dataclass

from loaders.article import nlp
from loaders.article.page import UPPER

# Counts and quantifiers before the head: "các", "600", "gần 700".
_LEAD_RE = re.compile(r"(?:(?:các|những|toàn thể|gần|hơn|khoảng|trên|tất cả)\s+|"
                      r"\d[\d.,]*\s+)*", re.I)
_GOVERNMENT = r"(?:UBND|Ủy ban nhân dân|Chính quyền|chính quyền)\s+"
_ADMIN = r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|thôn|bản|làng|ấp)"
_BODY = (r"(?:Bệnh viện|Trung tâm|Trường|Sở|Ban|Hội|Trạm y tế|Trạm|Phòng|[Đđ]iểm trường|"
         r"Nhà văn hóa|Văn phòng|Ủy ban|Bộ Chỉ huy|Đồn|Học viện|Đại học)")
_GROUP = (r"(?:lưu học sinh|học sinh|sinh viên|nữ sinh|trẻ em|hộ nghèo|hộ cận nghèo|hộ dân|"
          r"hộ gia đình|người dân|nhân dân|bà con|người cao tuổi|người khuyết tật|bệnh nhân|"
          r"bệnh nhi|"
          r"giáo viên|thanh niên|phụ nữ|nạn nhân|ngư dân|nông dân|đồng bào|cựu chiến binh|"
          r"cháu|hộ)")
_HEAD_RE = re.compile(rf"(?P<gov>{_GOVERNMENT})?(?P<admin>{_ADMIN})\s+(?=[A-ZĐÀ-Ỹ])"
                      rf"|(?P<body>{_BODY})\s+(?=\S)"
                      rf"|(?:em\s+)?(?P<group>{_GROUP})(?!\w)")
# Parts of speech a receiver's phrase runs through.
_PHRASE_POS = {"N", "Np", "Nc", "Nu", "Ny", "A"}
# Words that end the phrase whatever their tag: what follows a receiver in a clause.
_END = {"để", "nhằm", "mỗi", "với", "và", "cho", "trị giá", "tổng", "gồm", "trong đó",
        "nhân dịp", "dịp", "quản lý", "sử dụng", "vận hành", "giai đoạn", "năm", "ngày",
        "tháng", "tổng cộng", "bao gồm", "phục vụ", "góp phần"}
# Whose a group is: "của", "thuộc" before a capitalised place keep the phrase going ("học
# sinh của huyện X"). Where they are ("tại", "trên địa bàn") ends it: "cho các hộ nghèo tại
# huyện X" names the households, not a receiver; units_where then names the district.
_OF = {"của", "thuộc"}
_SCHOOL_LEVELS = {"THCS", "THPT", "TH", "MN", "PTDTBT", "PTDTNT", "PTCS"}
_HARDSHIP = {"có", "hoàn cảnh", "đặc biệt", "khó khăn", "vượt khó", "nghèo", "mồ côi"}


@dataclass(frozen=True)
class Receiver:
    start: int
    end: int
    surface: str
    kind: str  # a partner kind: local_government, government_office, domestic_organisation, other


def receiver_at(text: str, at: int, limit: int) -> Receiver | None:
    """The receiver named by the noun phrase that starts at `at` (right after the receiving
    word), or None when the phrase names no one."""
    lead = _LEAD_RE.match(text, at, limit)
    start = lead.end() if lead else at
    head = _HEAD_RE.match(text, start, limit)
    if not head:
        return None
    if head["group"]:
        start = head.start("group")
    if head["body"] and (own := _OWNED_BY_UNIT_RE.match(text, head.end(), limit)) \
            and own["cap"][:1].isupper() and own["words"] == own["words"].lower() \
            and not set(own["words"].split()) & (_END - {"và"}):
        return _named(text, start, own.end(), head)
    tagged = nlp.words(text[start:limit])
    if not tagged:
        return None
    head_end = head.end() - start
    end = last_capital = 0
    for i, (s, e, word, pos) in enumerate(tagged):
        if e <= head_end:
            end = e
            continue
        nxt = tagged[i + 1][2] if i + 1 < len(tagged) else ""
        lower = word.lower()
        if lower == "và" and head["body"] and nxt[:1].isupper() \
                and not _HEAD_RE.match(nxt + " "):
            pass  # "Sở Tài nguyên và Môi trường" is one name
        elif lower in _END and not word[:1].isupper():
            break
        elif head["group"] and word in _SCHOOL_LEVELS:
            pass  # "học sinh THCS và THPT": which pupils, not where they are
        elif head["group"] and lower in _HARDSHIP:
            pass  # "học sinh có hoàn cảnh đặc biệt khó khăn của Trường X": who they are
        elif head["group"] and lower == "tại" and re.match(r"(?:Trường|Điểm trường)$", nxt) \
                and (school := receiver_at(text, start + tagged[i + 1][0], limit)):
            return school  # "học sinh … tại Trường Tiểu học Tân Minh": the school's pupils
        elif word[:1].isupper():
            last_capital = e
        elif lower in _OF and (nxt[:1].isupper() or re.fullmatch(_ADMIN, nxt)):
            pass
        elif lower in ("-", "–") and nxt[:1].isupper():
            pass  # "Sở Lao động - Thương binh và Xã hội" keeps going
        elif lower in ("nội trú", "bán trú"):
            pass  # "Trường Phổ thông Dân tộc nội trú tỉnh Bắc Kạn": a boarding school's kind
        elif lower == "số" and nxt.isdigit() or word.isdigit() and i > 0 \
                and tagged[i - 1][2].lower() == "số":
            pass  # "Trường Tiểu học số 1 Mỹ Thành": the school's number in its name
        elif word == "/" and i > 0 and nxt or i > 0 and tagged[i - 1][2] == "/":
            pass  # "Trung tâm Bảo trợ nạn nhân chất độc da cam/dioxin thành phố Đà Nẵng"
        elif pos not in _PHRASE_POS:
            break
        end = e
    if not last_capital:
        return None  # "cho các hộ nghèo trên địa bàn huyện": no one named
    end = min(end, last_capital)
    if head["group"] == "hộ" and VIETNAMESE_ABROAD_RE.search(text, start, start + end):
        return None  # "cho các hộ người gốc Việt …": named by where they live, as before
    return _named(text, start, start + end, head)


# "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh", "Trung tâm Bảo trợ xã hội huyện": a body
# whose name goes on in lower case up to the unit it belongs to, written bare (the province's,
# the district's own); the name runs to that word whatever the words between are.
_OWNED_BY_UNIT_RE = re.compile(r"(?P<cap>\w+)"
                               r"(?P<words>(?:\s+[a-zđà-ỹ]+){1,8}?)\s+(?:tỉnh|huyện|thành phố)"
                               r"(?=\s*(?:[,.;()]|$)|\s+[a-zđà-ỹ])", re.M)


def _named(text: str, start: int, end: int, head: re.Match) -> Receiver:
    surface = text[start:end].strip(" ,")
    if head["group"]:
        kind = "other"
    elif head["admin"]:
        kind = "government_office" if head["gov"] else "local_government"
    elif re.match(r"(?:Sở|Ban|Phòng|Văn phòng|Ủy ban|Bộ Chỉ huy|Đồn)\s", surface):
        kind = "government_office"
    else:
        kind = "domestic_organisation"
    return Receiver(start, start + len(surface), surface, kind)


# Where a gift went, when its clause names no receiver: "tài trợ dự án … tại huyện Nho Quan",
# "hỗ trợ … cho người dân các xã Khánh An, Khánh Bình, huyện An Phú", "funded … in Cam Lo and
# Trieu Phong districts". Not where a ceremony was held ("tổ chức lễ … tại xã X").
_NAME = rf"[{UPPER}][\w'’]*(?:\s+[{UPPER}0-9][\w'’]*){{0,3}}"
_UNIT_VI_RE = re.compile(rf"(?<!\w)(?:tại|ở|cho|thuộc|của|đến|trên địa bàn)\s+"
                         rf"(?:[^,.;()\"“”]{{0,60}}?\s)??"
                         # a town's "thị xã" whole, not "thị" left to the words before
                         rf"(?:các\s+)?(?<![Tt]hị\s)(?P<head>xã|huyện|thị xã|thành phố|phường)"
                         rf"\s+(?P<names>{_NAME}"
                         rf"(?:(?:\s*,\s*|\s+và\s+)(?:(?:xã|huyện|thị xã|thành phố|phường)\s+)?"
                         rf"{_NAME})*)")
# "for Quoc Oai Commune, Da Teh District": what a gift is for, as where it went
# ("the construction of the health station of Hoa Hiep commune": the works' commune)
# ("serving three communes of Phu Cat district": the district they are in)
_UNIT_EN_RE = re.compile(r"(?:\b(?:in|for)|(?:(?<=station )|(?<=centre )|(?<=school )"
                         r"|(?<=communes ))of)\s+"
                         # ("in Son Kim 1 commune": a number in the name)
                         r"(?:the\s+)?(?P<names>[A-Z][\w'’]*(?:\s+(?:[A-Z][\w'’]*|\d{1,2})){0,2}"
                         r"(?:(?:,\s+|,?\s+and\s+)[A-Z][\w'’]*(?:\s+(?:[A-Z][\w'’]*|\d{1,2}))"
                         r"{0,2})*)"
                         # "in Dam Rong District": the kind written with a capital, as in a name
                         # ("in Ly Son island district": an island's)
                         r"\s+(?:(?i:island)\s+)?(?P<head>(?i:districts?|communes?|townships?"
                         r"|towns?))\b"
                         # "in Vo Ninh, Ham Ninh and Duy Ninh communes, Quang Ninh district":
                         # the communes' district
                         r"(?:,\s+(?P<district>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})"
                         r"\s+(?P<dhead>[Dd]istrict)\b)?")
_OWN_KIND_EN_RE = re.compile(r"\s+(Commune|District)$")
# "to poor households in …" after the ceremony's words: whom it was for, not where it was
_TO_SOMEONE_RE = re.compile(r"\bto\s+(?!(?:hand|present|launch|mark|celebrate|inaugurate|"
                            r"announce|sign|open|welcome|receive|donate|give|award)\b)")
# "a ceremony to hand over a clean water supply system in Phu Tan commune": where the works
# handed over stand, which receives them ("to inaugurate and hand over …" too)
_WORKS_THERE_RE = re.compile(r"\bto\s+(?:inaugurate\s+and\s+)?(?:hand over|inaugurate)\s+"
                             r"(?:an?|the)\s+[^,.;]{2,60}$")
_CEREMONY_BEFORE_RE = re.compile(r"(?:lễ|buổi lễ|hội nghị|ceremony|held|event)\b[^,.;]{0,60}$",
                                 re.I)
# After a unit of a list: the next one, or the list's end.
_LIST_GOES_ON_RE = re.compile(r"\s*(?:[,.;)]|và\s|$)", re.M)
_UNIT_HEAD_RE = re.compile(r"(xã|huyện|thị xã|thành phố|phường)\s+")


# a clause that opens with its time, then where it happened
_OPENING_RE = re.compile(r"\s*(?:[^,.;]{0,30},\s+)?")
_PROVINCE_WIDE_RE = re.compile(r"(?<!\w)(?:trên địa bàn|trong|của|toàn)\s+tỉnh(?!\s+[A-ZĐ])"
                               r"(?!\w)")


def _held_there(text: str, start: int, at: int) -> bool:
    """Whether the English unit at `at` is where a ceremony was held, not whom it was for
    ("… a ceremony to hand over 30 houses to households in …")."""
    held = _CEREMONY_BEFORE_RE.search(text, start, at)
    return bool(held) and not _TO_SOMEONE_RE.search(text, held.start(), at) \
        and not _WORKS_THERE_RE.search(text, held.start(), at)


def units_where(text: str, start: int, end: int, several: bool = False) -> list[Receiver]:
    """The district (else the commune) a clause says its gift went to, as a receiver named
    "huyện Nho Quan" / "Cam Lo district"; none when it names several (unless `several`: up
    to four districts, each a receiver), or only where a ceremony was held."""
    units: list[Receiver] = []
    for m in _UNIT_VI_RE.finditer(text, start, end):
        # ("lễ bàn giao 3 căn nhà cho các hộ … tại phường X": where the receivers live)
        if _CEREMONY_BEFORE_RE.search(text, start, m.start()) and not m[0].startswith("cho "):
            continue
        if m[0].startswith("tại ") and _OPENING_RE.fullmatch(text, start, m.start()) \
                and _PROVINCE_WIDE_RE.search(text, m.end(), end):
            # "Sáng 23/9, tại thành phố Mỹ Tho, X tổ chức lễ trao … cho học sinh … trên địa
            # bàn tỉnh": where the ceremony was, its receivers from all over the province
            continue
        head = m["head"]
        at = m.start("names")
        for i, part in enumerate(re.split(r"\s*,\s*|\s+và\s+", m["names"])):
            own = _UNIT_HEAD_RE.match(part)
            kind_word = own[1] if own else head
            name = part[own.end():] if own else part
            pos = text.find(part, at)
            if i and "và" not in text[at:pos] \
                    and not _LIST_GOES_ON_RE.match(text, pos + len(part), end):
                break  # "tại … huyện Mường Nhé, Quỹ Từ thiện …": the clause's subject, no unit
            # the first unit is written with its head word: "huyện Lâm Bình" as in the text
            begin = m.start("head") if i == 0 and not own else pos
            surface = f"{kind_word} {name}"
            units.append(Receiver(begin, pos + len(part), surface, "local_government"))
            at = pos + len(part)
    if not units:
        for m in _UNIT_EN_RE.finditer(text, start, end):
            if _held_there(text, start, m.start()):
                continue
            if m["district"] and m["head"].lower() == "communes":
                units.append(Receiver(m.start("district"), m.end("dhead"),
                                      f"{m['district']} district", "local_government"))
                continue
            word = next((w for w in ("commune", "township", "town")
                         if m["head"].lower().startswith(w)), "district")
            at = m.start("names")
            parts = re.split(r",\s+|,?\s+and\s+", m["names"])
            for i, part in enumerate(parts):
                pos = text.find(part, at)
                # the last unit is written with its kind: "Gio Linh district" as in the text
                finish = m.end("head") if i == len(parts) - 1 else pos + len(part)
                # "Quoc Oai Commune, Da Teh District": a unit of the list with its own kind
                own = _OWN_KIND_EN_RE.search(part)
                surface = f"{part[:own.start()]} {own[1].lower()}" if own else f"{part} {word}"
                units.append(Receiver(pos, finish, surface, "local_government"))
                at = pos + len(part)
    if not units and (bare := _bare_unit(text, start, end) or _bare_unit_en(text, start, end)):
        units.append(bare)
    districts = [u for u in units if u.surface.lower().startswith(("huyện", "thị xã",
                                                                    "thành phố"))
                 or u.surface.endswith("district")]
    # several districts are the province's, as a reader names them; one named twice is one
    named = list({u.surface: u for u in reversed(districts or units)}.values())
    if len(named) > 1 and not districts and (one := _one_district(text)):
        # "cho các hộ … tại phường Mỹ Phước và phường Thới Hòa" in news that names one town,
        # "thị xã Bến Cát": the communes are that district's
        return [one]
    if several and 1 < len(named) <= 4 and len(named) == len(districts):
        # a summary's project "tại hai huyện Bá Thước và Quan Hóa": each district it lists
        return named
    return named if len(named) == 1 else []


_DISTRICT_RE = re.compile(rf"(?<!\w)(?:huyện|thị xã|quận)\s+(?P<name>{_NAME})")


def _one_district(text: str) -> Receiver | None:
    """The district a Vietnamese article names, when it names only one."""
    # (a headline's name ends with its line)
    found = {m[0].split("\n")[0]: m.start() for m in _DISTRICT_RE.finditer(text)}
    if len(found) != 1:
        return None
    surface, at = next(iter(found.items()))
    return Receiver(at, at + len(surface), surface, "local_government")


# "… cho các hộ nghèo trên địa bàn huyện.": the unit written without its name is the one of
# that kind the paragraph named before ("… phối hợp với UBND huyện Mường Nhé tổ chức trao …").
# So is the village of "cho các hộ gia đình trong buôn" (one named before: "buôn Ea Kung").
_BARE_UNIT_RE = re.compile(r"(?<!\w)(?:trên địa bàn|tại|ở|của|trong)\s+"
                           r"(?P<head>huyện|xã|thị xã|buôn|thôn|bản|làng|ấp)"
                           r"(?=\s*(?:[,.;)]|$))", re.M)


def _venue_of_a_ceremony(text: str, start: int, at: int) -> bool:
    """Whether the unit at `at` is where a ceremony was held: not when a receiving word
    stands between ("lễ bàn giao 20 căn nhà cho các hộ nghèo trên địa bàn thị xã")."""
    ceremony = _CEREMONY_BEFORE_RE.search(text, start, at)
    return bool(ceremony) and not re.search(r"(?<!\w)(?:cho|tặng|dành cho)\s",
                                            text[ceremony.start():at])


_NAME_IN_LINE = rf"[{UPPER}][\w'’]*(?:[^\S\n]+[{UPPER}0-9][\w'’]*){{0,3}}"


def _bare_unit(text: str, start: int, end: int) -> Receiver | None:
    # the households named after a comma are still the clause's ("cho các hộ nghèo, hộ có
    # hoàn cảnh khó khăn trên địa bàn huyện"): read on to the sentence's end
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    end = min(stops, default=len(text))
    bare = next((m for m in _BARE_UNIT_RE.finditer(text, start, end)
                 if not _venue_of_a_ceremony(text, start, m.start())), None)
    if not bare:
        return None
    paragraph = text.rfind("\n", 0, bare.start()) + 1
    named = list(re.finditer(rf"(?<!\w){bare['head']}\s+(?P<name>{_NAME})", text[paragraph:
                                                                               bare.start()]))
    if not named:
        # none in the paragraph: the one unit of that kind the article named before, if it
        # named only one ("lễ tổng kết … tại hội trường UBND huyện Châu Thành" at the top)
        before = list(re.finditer(rf"(?<!\w){bare['head']}[^\S\n]+(?P<name>{_NAME_IN_LINE})",
                                  text[:bare.start()]))
        if len({m["name"] for m in before}) != 1:
            return None
        paragraph, named = 0, before
    last = named[-1]
    return Receiver(paragraph + last.start(), paragraph + last.end(),
                    f"{bare['head']} {last['name']}", "local_government")


# "… to disadvantaged students in the town": the one town (district, commune) the article
# named before ("at Kinh Mon Town People's Committee")
_BARE_UNIT_EN_RE = re.compile(r"\b(?:in|for)\s+the\s+(?P<kind>town|district|commune)\b"
                              r"(?!\s+(?:of\s+)?[A-Z])")


def _bare_unit_en(text: str, start: int, end: int) -> Receiver | None:
    bare = _BARE_UNIT_EN_RE.search(text, start, end)
    if not bare or _held_there(text, start, bare.start()):
        return None
    kind = bare["kind"]
    named = list(re.finditer(rf"\b(?P<name>[A-Z][\w'’]*(?:[^\S\n]+[A-Z][\w'’]*){{0,2}}?)"
                             rf"[^\S\n]+(?i:{kind})\b", text[:bare.start()]))
    names = {m["name"] for m in named}
    if len(names) != 1:
        return None
    last = named[-1]
    return Receiver(last.start(), last.end(), f"{last['name']} {kind}", "local_government")


# "…; Ban Quản lý rừng phòng hộ Đất Mũi là chủ dự án", "UBND huyện Thoại Sơn làm chủ dự án",
# "chủ dự án là Hội Chữ thập đỏ tỉnh": the body that owns a funded project receives it.
# ("Hội LHPN tỉnh là chủ khoản viện trợ": the owner of the aid itself)
_OWNER_AFTER_RE = re.compile(r"(?:^|(?<=[.!?]\s)|[,;]\s*)(?P<name>[A-ZĐ][^,;.]{2,90}?)\s+"
                             r"(?:là|làm)\s+chủ (?:dự án|khoản viện trợ)(?!\w)")
_OWNER_BEFORE_RE = re.compile(r"(?<!\w)chủ (?:dự án|khoản viện trợ)\s+là\s+"
                              r"(?P<name>[A-ZĐ][^,;.]{2,90})")


# "…, with the People's Committee of Nam Tra My district as project owner", "The Ninh Thuan
# Department of Science and Technology is the project owner": the same, in English
_OWNER_EN_RE = re.compile(r"\bwith\s+(?:the\s+)?(?P<name>[A-Z][^,;.()]{2,90}?)\s+as\s+(?:the\s+)?"
                          r"project\s+owner\b"
                          r"|(?:^|(?<=[.!?]\s)|[,;]\s*|\bwhile\s+)(?:[Tt]he\s+)?"
                          r"(?P<subject>[A-Z][^,;.()]{2,90}?)\s+"
                          r"(?:is|was|will be|acts as|serves as|acted as|served as)\s+"
                          r"(?:the\s+)?project\s+owner\b"
                          r"|\b[Tt]he\s+project\s+owner\s+is\s+(?:the\s+)?"
                          r"(?P<after>[A-Z][^,;.()]{2,90})", re.M)
_OWNER_KIND_EN = (("People's Committee", "local_government"), (" district", "local_government"),
                  (" commune", "local_government"), ("Department", "government_office"))


def project_owner(text: str, start: int, end: int) -> Receiver | None:
    """The body a sentence names as a funded project's owner, or None."""
    m = _OWNER_AFTER_RE.search(text, start, end) or _OWNER_BEFORE_RE.search(text, start, end)
    if m:
        return receiver_at(text, m.start("name"), m.end("name"))
    if en := _OWNER_EN_RE.search(text, start, end):
        group = next(g for g in ("name", "subject", "after") if en[g])
        kind = next((k for word, k in _OWNER_KIND_EN if word in en[group]),
                    "domestic_organisation")
        return Receiver(en.start(group), en.end(group), en[group], kind)
    return None


# "bà con người gốc Việt có hoàn cảnh khó khăn tại tỉnh Svay Rieng", "kiều bào ở Savannakhet":
# people of Vietnamese origin are the people of the place abroad they live in; without it,
# every such group in every province would be one.
VIETNAMESE_ABROAD_RE = re.compile(r"(?<!\w)(?:gốc Việt|kiều bào|Việt kiều|"
                                  r"cộng đồng người Việt(?: Nam)?)(?!\w)", re.I)
_PLACE_NAME = rf"[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,3}}"
# ("… đang sinh sống, làm ăn tại tỉnh Bolikhamxay": what they do there, then where)
_LIVING_AT_RE = re.compile(rf"(?:\s+[^\W\d](?:[^,.;:()]|,\s+(?=(?:làm ăn|sinh sống|học tập|"
                           rf"lao động)(?!\w))){{0,50}}?)?\s+(?:tại|ở)\s+"
                           rf"(?:(?:hai|ba|bốn|các)\s+)?"
                           rf"(?P<kind>(?:tỉnh|huyện|thành phố|thị xã|xã)\s+)?"
                           rf"(?P<names>{_PLACE_NAME}(?:(?:\s*,\s*|\s+và\s+){_PLACE_NAME})*)")


_OPENS_AT_RE = re.compile(rf"\s*(?:Tại|Ở)\s+(?P<kind>(?:tỉnh|huyện|thành phố|thị xã|xã)\s+)?"
                          rf"(?P<names>{_PLACE_NAME})\s*,")


def people_abroad_placed(text: str, start: int, end: int, group: str) -> list[Receiver]:
    """The group of Vietnamese people abroad a clause names, once for each place it says
    they live in ("… tại hai tỉnh Svay Rieng và Prey Veng": two groups), named with the
    place; none when the clause names no place after the group."""
    if not VIETNAMESE_ABROAD_RE.search(group):
        return []
    at = text.find(group, start, end)
    m = _LIVING_AT_RE.match(text, at + len(group), end) if at >= 0 else None
    if not m and at >= 0:
        # "Tại thành phố Kratie, đoàn đã trao tặng 300 suất quà cho bà con người gốc Việt":
        # where the clause opens is where they are
        m = _OPENS_AT_RE.match(text, start, at)
    if not m:
        return []
    kind = m["kind"] or ""
    stop = max(m.end(), at + len(group))  # (the place may stand before the group)
    return [Receiver(at, stop, f"{group} tại {kind}{name}", "other")
            for name in re.split(r"\s*,\s*|\s+và\s+", m["names"])]
