"""An article → a Dataset of machine-extracted facts, each citing the clause it comes from
with `method: extracted` and a confidence.

Ids are derived from the text, not from a counter kept anywhere: the document's sha256,
the sentence's index and the fact's rank in it ("donation-28291739-s005-2"), so extracting
the same article again gives the same ids and loading it twice changes nothing."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


from loaders.article import (donations, english, events, facts, gazetteer_data, meetings,
                             more_gifts, receivers, relations, things)
from loaders.article.gazetteer import Gazetteer
from loaders.article import english_roles
from loaders.article.mentions import MentionFinder, PartnerMention, slug
from loaders.article.page import UPPER, Page, Sentence, Span
from partnergraph import figures, names
from partnergraph.domain import Dataset, Document, Item, Method, roles

_SPAN_RE = re.compile(r"giai đoạn|\d{4}\s*[-–]\s*\d{4}|đến|tới|period", re.I)
_SINGULAR = {"donations": "donation", "agreements": "agreement", "projects": "project",
             "engagements": "engagement"}
_FRAMING_RE = re.compile(r"^(?:Trong giai đoạn|Giai đoạn|Từ|Trong năm|Năm|Ngày|Trong tháng|"
                         r"Tháng"
                         # "Theo báo cáo, năm 2023, tỉnh đã tiếp nhận …": a report's period
                         # after its source frames what follows, as the lede's day did before
                         # (also "Theo báo cáo tại hội nghị, trong năm 2023, …")
                         r"|(?:Theo báo cáo|Theo đó|Cụ thể)(?:\s+(?:của|tại)\s[^,]{1,60})?,"
                         r"\s*(?i:trong năm|năm|trong giai đoạn|giai đoạn|(?:trong\s+)?\d+ tháng))"
                         r"\b")
# "Trong đó, X tài trợ …", "Một số dự án có giá trị lớn như: …": a paragraph that lists what
# the report before it counted, in the period the report gave.
_LISTS_THE_REPORT_RE = re.compile(r"^(?:Trong đó|Một số|Tiêu biểu|Nổi bật|Cụ thể)(?!\w)")
# "đánh giá kết quả thực hiện thỏa thuận hợp tác năm 2024": the year a plan or an agreement
# is for, not when people met to review it.
_YEAR_ONLY_RE = re.compile(r"năm \d{4}", re.I)
_YEAR_OF_RE = re.compile(r"(?:thỏa thuận|thoả thuận|kế hoạch|chương trình|hợp tác|biên bản)"
                         r"[^.;]{0,25}$", re.I)


def _year_of_a_plan(text: str, start: int, at: int, raw: str) -> bool:
    return bool(_YEAR_ONLY_RE.fullmatch(raw) and _YEAR_OF_RE.search(text, max(start, at - 40), at))


_LOAN_RE = re.compile(r"(?<!\w)(?:vốn vay|khoản vay|vay ưu đãi)(?!\w)|\bloans?\b", re.I)
_GRANT_RE = re.compile(r"(?<!\w)(?:không hoàn lại|viện trợ|tài trợ|hỗ trợ)(?!\w)|"
                       r"\b(?:grants?|donat\w+|aid)\b", re.I)
_FOR_SOMEONE_RE = re.compile(r"(?<!\w)(?:cho|tặng|to|for)\s", re.I)
# (not a partnership's age in an aside: "Incheon, Hai Phong's sister city since 2007, …")
_SO_FAR_RE = re.compile(r"(?<!\w)(?:[Tt]ừ\s+(?:năm\s+)?(?:19|20)\d\d\s+(?:đến|tới)\s+nay|"
                        r"(?<!city )(?<!province )(?<!partner )(?<!twin )"
                        r"[Ss]ince\s+(?:(?:its|their)\s+[\w\s]{1,30}?in\s+)?(?:19|20)\d\d\b|"
                        r"to date\b|so far\b)")
_PART_RE = re.compile(r"^(?:Cụ thể|Trong đó)\b")
_CAPTION_RE = re.compile(r"^(?:Trong ảnh|Ảnh|Photo|Caption)\b")
_AGREEMENT_SPAN_RE = re.compile(r"giai đoạn|\d{4}\s*[-–]\s*\d{4}|period", re.I)


@dataclass
class Extraction:
    page: Page
    document: Document
    document_known: bool  # the graph or the curated files already hold this text
    dataset: Dataset
    skipped: list[str] = field(default_factory=list)  # facts the domain refused, and why


@dataclass
class _Record:
    section: str
    sentence: int
    fields: dict
    quotes: list[Span]
    confidence: float
    id: str = ""
    gift: object = None
    extra: dict = field(default_factory=dict)


def extract(page: Page, gazetteer: Gazetteer) -> Extraction:
    doc_id = gazetteer.documents.get(page.sha256) or f"article-{page.sha256[:16]}"
    published = _headline_year(page, _published(page.published) or _year_in_text(page))
    finder = MentionFinder(gazetteer, page.text)
    body = (page.sentences[0].start, page.sentences[-1].end) if page.sentences else (0, 0)
    # a page whose text names no province of its own may still sign with it ("Nam Dinh DOFA")
    home = finder.home_of(*body, title=page.title) or (
        finder.home_of(0, 0, title=page.author) if page.author else None)
    english_page = english.is_english(page.text)
    records: list[_Record] = []
    items: dict[str, Item] = {}
    framing: dict | None = None
    framing_report = False  # the framing is a report's period, which its list may go on in
    dated: list[events.Dated] = []
    last_para = -1
    pending: tuple[int, donations.Gift] | None = None  # a building handed over, unpriced
    waiting: _Record | None = None  # a gift told with no count or sum yet
    listed: _Record | None = None  # a gift the list lines being read give the parts of
    receiver: str | None = None  # who received gifts the article names the givers of later
    for sentence in page.sentences:
        if sentence.paragraph != last_para:
            report = framing and framing_report and _LISTS_THE_REPORT_RE.match(sentence.text)
            framing, last_para = (framing if report else None), sentence.paragraph
            framing_report = bool(report)
        last_gift = next((r for r in reversed(records) if r.section == "donations"), None)
        # a sentence that goes on telling the last gift may still say when it was given
        # ("Ngày 28/12, … đã trao tặng …" below the headline that told it first)
        periods = things.periods_in(page.text, sentence.start, sentence.end, published)
        told = _date_told(page, sentence, periods)
        # ("Cùng ngày, X bàn giao công trình … cho Trường Y. Công trình gồm …, tổng kinh phí
        # …": the building handed over since the last gift is what the sentence prices)
        newer = bool(pending and records and pending[0] > _last_told(page, records[-1]))
        if records and not newer and _about_last_gift(records[-1], page, sentence, finder, home) \
                and _continue_gift(records[-1], page, sentence, gazetteer, items, finder, home):
            dated += [told] if told else []
            continue
        if last_gift and last_gift is not records[-1] \
                and (_COST_OPENS_RE.match(sentence.text)
                     or _LOT_OPENS_RE.match(sentence.text) and last_gift.fields.get("donors")
                     or _works_recounted(last_gift, page, sentence)) \
                and _about_last_gift(last_gift, page, sentence, finder, home) \
                and _continue_gift(last_gift, page, sentence, gazetteer, items, finder, home,
                                   gap=3):
            dated += [told] if told else []
            continue
        if last_gift and not last_gift.fields.get("value") \
                and (_TOTAL_OF_IT_RE.match(sentence.text) or _total_of_its_things(
                    last_gift, sentence.text)) \
                and _continue_gift(last_gift, page, sentence, gazetteer, items, finder, home,
                                   gap=3):
            dated += [told] if told else []
            continue
        referent = next((r.fields["donors"] for r in reversed(records)
                         if r.section == "donations" and r.fields.get("donors")
                         and home not in r.fields["donors"]), None)
        if referent is None and not english_page \
                and (lead := donations.DELEGATION_RE.search(sentence.text)) \
                and re.fullmatch(r"(?:[^,.;]{0,60},\s*)*", sentence.text[:lead.start()]):
            # "Cũng trong chuyến công tác, Đoàn đã trao tặng …": the delegation named
            # before, whatever body was named since
            referent = _delegation_before(page, sentence.start, finder, home)
        if referent is None and not english_page \
                and (donations.ANAPHORA_RE.search(sentence.text)
                     or donations.PROJECT_DID_RE.search(sentence.text)):
            # "Tại buổi lễ, Quỹ đã trao …" before any gift: the foreign body named last
            group = _GROUP_ANAPHOR_RE.search(sentence.text)
            referent = _body_before(page, sentence.start, finder, gazetteer, home,
                                    group=group["head"].lower() if group else None)
        if referent is None and not english_page \
                and donations.DELEGATION_RE.search(sentence.text):
            # "Sáng 6/6, tại xã Suối Bạc, Đoàn bàn giao …": whose delegation the article
            # named last
            referent = _delegation_before(page, sentence.start, finder, home) \
                or _headline_body(page, sentence.start, finder, gazetteer, home)
        found = (_english_facts if english_page else _sentence_facts)(
            page, sentence, finder, gazetteer, home, published, framing, items, referent)
        # "từ năm 2015 đến nay, Quỹ đã trao hơn 600 suất học bổng …", "Since 2017, X has
        # funded …": a tally of years of giving, no one gift
        found = [r for r in found if not (r.section == "donations" and r.quotes and (
            _SO_FAR_RE.search(page.text, r.quotes[0].start, r.quotes[0].end)))]
        if pending and pending[0] >= sentence.index - _PENDING_FOR - 1:
            found += _priced(pending[1], pending[0], page, sentence, found, gazetteer, items,
                             published, finder, home)
        given = None
        if waiting and not any(r.section == "donations" for r in found) and (
                given := _given_later(waiting, page, sentence, finder, gazetteer, items, home)):
            found.append(given)
        elif listed and not any(r.section == "donations" for r in found) and (
                line := _line_of_the_list(listed, page, sentence, finder, gazetteer, items,
                                          home)):
            found.append(line)
        if not any(r.section == "donations" for r in found):
            found += _paid_from_home_budget(page, sentence, finder, gazetteer, items, home,
                                            published, framing)
        # "The aid package included:", then a line for each part, each with its own sum: the
        # first line priced the gift told before; each line after is a gift of the same giver
        listed = (given or listed) if _LIST_LINE_RE.match(sentence.text) else None
        gave = any(r.section == "donations" for r in found)
        waiting = None if gave else _unpriced(
            page, sentence, finder, gazetteer, home, english_page, referent, framing,
            published) or (waiting if waiting and _within(page, waiting.sentence, sentence,
                                                          _WAITS_FOR + 1) else None)
        # one sentence that tells no gift ("… tổ chức hội nghị tổng kết dự án") may stand
        # between the project a headline says X funded and the sentence that prices it
        pending = None if gave else _handed_over(
            page, sentence, finder, gazetteer, home, english_page) or (
            # the same hand-over told again ("… tổ chức lễ khánh thành và bàn giao công trình")
            (sentence.index, pending[1]) if pending and donations.HANDOVER_RE.search(
                sentence.text) else
            pending if pending and pending[0] >= sentence.index - _PENDING_FOR else None)
        if receiver:
            for r in found:
                if r.section == "donations" and getattr(r.gift, "implied_recipient", False):
                    r.fields["recipients"] = [receiver]
        receiver = receiver or next(
            (who for clause in sentence.clauses if (who := _receiver_of_unnamed(
                page, clause, finder, gazetteer, home, english_page))), None)
        _counted_before(found, records, page, sentence, gazetteer, items)
        records += found
        dated += [told] if told else []
        if periods and (m := _FRAMING_RE.match(sentence.text)) \
                and periods[0][0] - sentence.start < max(30, m.end() + 15):
            framing, framing_report = periods[0][1], sentence.text.startswith("Theo")
    sha = page.sha256[:8]
    counters: dict[tuple[str, int], int] = {}
    for r in records:
        n = counters[(r.section, r.sentence)] = counters.get((r.section, r.sentence), 0) + 1
        r.id = f"{_SINGULAR[r.section]}-{sha}-s{r.sentence:03d}-{n}"
    events.drop_parents(records, gazetteer.parents_of)
    _drop_owners_named_after(records, finder)
    _drop_home_offices(records, finder, gazetteer, home)
    _receiving_unit(records, page, finder, gazetteer, home)
    _host_of_the_works(records, page, finder, home)
    _the_works_named(records, page, finder, gazetteer, home)
    records = _funders_of_the_handover(records, finder, gazetteer, home)
    _funded_as_told_next(records, page, finder, gazetteer, home)
    _priced_or_paid_after(records, page, finder, gazetteer, home)
    _agency_that_runs_it(records, page, finder, gazetteer, home)
    events.inherit_dates(records, dated, {"raw": page.published} if page.published else None,
                         _reviewed_year(page, published))
    _closed_when_told(records, page, published)
    _that_year(records, page)

    def domestic(pid: str) -> bool:
        entry = finder.proposals.get(pid) or gazetteer.partners.get(pid)
        return bool(entry and entry.country == "vietnam")

    def coordinator(pid: str) -> bool:
        # a department the gazetteer knows is named by its list of names, a proposal by one
        entry = finder.proposals.get(pid) or gazetteer.partners.get(pid)
        written = [getattr(entry, "name", None), getattr(entry, "name_vi", None),
                   *getattr(entry, "names", [])]
        # ("Liên hiệp các tổ chức hữu nghị tỉnh Quảng Trị phối hợp với Quỹ X": the union of
        # friendship organisations arranges the aid too)
        return any(names.fold(n).startswith(("so ngoai vu", "lien hiep cac to chuc huu nghi"))
                   for n in written if n)

    def company(pid: str) -> bool:
        entry = finder.proposals.get(pid) or gazetteer.partners.get(pid)
        return bool(entry and entry.kind == "company")

    def unit(pid: str) -> bool:
        entry = finder.proposals.get(pid) or gazetteer.partners.get(pid)
        if pid in finder.proposals:
            return bool(_UNIT_NAME_RE.match(entry.name))
        return bool(entry and entry.kind == "local_government")

    def people_here(pid: str) -> bool:
        # a group of people, on a page of no province abroad, and not said to live abroad
        return not finder.friend and _people(finder, pid) \
            and not receivers.VIETNAMESE_ABROAD_RE.search(finder.proposals[pid].name)

    events.give_to_counterparts(records, events.pairs(page, finder, home), home, domestic,
                                coordinator, company, unit, people_here)
    # a gift the article never says the recipient of, not even by the province it is about;
    # nor one it never counts, prices or says who received ("a programme …, funded by X"
    # and no sum after it)
    records = [r for r in records if r.section != "donations" or r.fields.get("recipients")
               and (r.fields.get("value") or r.fields.get("items")
                    or not getattr(r.gift, "implied_recipient", False)
                    or _priced_next(r, records, home))]
    records = [r for r in records if not _given_to_itself(r, page, finder, gazetteer, home)]
    _students_by_country(records, finder, gazetteer)
    # "Sở Ngoại vụ đã vận động 30 tỷ đồng", "UBND huyện Vũ Quang trao 300 suất quà": the
    # province's own offices and districts giving to the province, or to one of its
    # districts or communes ("Sở Y tế … cho người dân xã Đàm Thủy"), is no foreign
    # partnership; nor is the country it is in ("sự đóng góp của cộng đồng người Việt Nam
    # tại …" read as Việt Nam's)
    records = [r for r in records if r.section != "donations" or not (
        r.fields.get("donors") and r.fields["recipients"] and all(
            x == home or _home_authority(finder, gazetteer, x) and getattr(
                finder.proposals.get(x) or gazetteer.partners.get(x), "kind", None)
            == "local_government" for x in r.fields["recipients"])
        and all(d == home or _home_authority(finder, gazetteer, d)
                or _country(gazetteer, d) and _domestic(finder, gazetteer, d)
                for d in r.fields["donors"]))]
    events.both_sides(records, page, finder, home)
    # a summary of the year's aid, its gifts from three givers or more, names each project
    # by the districts it ran in; a single gift's districts are where its people live
    summary = len({tuple(r.fields.get("donors") or ()) for r in records
                   if r.section == "donations"}) >= 3
    for r in records:
        # (also a project "tại huyện Lệ Thủy do tổ chức Help tài trợ", which the province
        # receives only until the words say where)
        if r.section == "donations" and (getattr(r.gift, "implied_recipient", False)
                                         or donations.PROJECT_FUNDED_RE.search(r.quotes[0].text)) \
                and r.fields.get("recipients") == [home] and home not in r.fields["donors"]:
            # (a headline's gift the body told again: when the headline says for no one,
            # the body's words say where)
            told = r.quotes if not _FOR_SOMEONE_RE.search(r.quotes[0].text) else r.quotes[:1]
            units, clause = next(((found, q) for q in told if (found := receivers.units_where(
                page.text, q.start, q.end, several=summary))), ([], r.quotes[0]))
            if units:
                r.fields["recipients"] = [finder.propose_receiver(u, clause.end) for u in units]
            elif met := _met_just_before(records, r, page, home):
                # "… đến làm việc với Trường Chính trị X. Tại buổi làm việc, Quỹ đã trao khoản
                # tài trợ 20.000 EUR …": the gift goes to the side the giver met there
                r.fields["recipients"] = [met]
    for r in records:
        if r.section == "donations" and len(r.fields.get("recipients") or []) > 1:
            # "Sở Ngoại vụ Hà Nội phối hợp với UBND huyện Ba Vì tổ chức lễ tiếp nhận …": the
            # foreign-affairs office beside a receiver arranges; it receives nothing
            kept = [p for p in r.fields["recipients"] if not _arranger(finder, gazetteer, p)]
            # "Hội Bảo trợ … tỉnh Thái Bình tổ chức lễ tiếp nhận … cho người khuyết tật trên địa
            # bàn tỉnh": the province's own body takes in what its people receive
            if home in kept and any(p != home and _domestic(finder, gazetteer, p)
                                    and not _place(finder, gazetteer, p) for p in kept):
                kept = [p for p in kept if p != home]
            r.fields["recipients"] = kept or r.fields["recipients"]
    for r in records:
        if r.section == "donations" and (placed := _people_abroad_placed(r, page.text, finder)):
            r.fields["recipients"] = [finder.propose_receiver(p, r.quotes[0].end) for p in placed]
        elif r.section == "donations" and (commune := _commune_of_group(r, page.text, finder)):
            r.fields["recipients"] = [finder.propose_receiver(commune, r.quotes[0].end)]
        elif r.section == "donations" and (owner := _owner_of(r, page, finder)):
            r.fields["recipients"] = [owner]
        elif r.section == "donations" and (school := _facility_in_title(r, page, finder, home)):
            r.fields["recipients"] = [school]
    key = events.party_key(finder, gazetteer)
    for r in records:
        if r.section == "agreements":
            r.fields["parties"] = meetings.dedupe(r.fields["parties"], key)
    # (where the headline ends: a page with no title line opens with its headline)
    title_at = page.text.find(page.title) if page.title else -1
    headline_end = title_at + len(page.title) if title_at >= 0 else (
        page.sentences[0].end if page.sentences else 0)
    _attendees_joined(records, page, finder, gazetteer, home)
    records = _merge(events.merge_donations(records, home, key), key, home, headline_end)
    records = events.headline_of_parts(records, home)
    records = meetings.merge(records, home, key, lambda p: p != home and (
        _our_own(finder, gazetteer, p) or p in finder.proposals
        and bool(_COMMITTEE_RE.match(finder.proposals[p].name))))
    # an agreement left with one party names no signing anyone could check
    records = [r for r in records if r.section != "agreements" or "count" in r.fields
               or len(r.fields.get("parties") or []) >= 2]
    # "UBND tỉnh Điện Biên làm việc với huyện Nậm Pồ": a meeting of the country's own bodies
    # is no foreign affairs
    records = [r for r in records if r.section != "engagements"
               or r.fields.get("kind") not in meetings.MEETING_KINDS
               or not all(p == home or _our_own(finder, gazetteer, p) or key(p) == key(home)
                          # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": the province's own party
                          or home in gazetteer.parents_of(p)
                          for p in r.fields.get("participants") or [])]
    # "UBND tỉnh Điện Biên tổ chức Lễ trao học bổng …" in news of Điện Biên: the province
    # and its committee are one side, which meets no one
    records = [r for r in records if r.section != "engagements"
               or len(r.fields.get("participants") or []) < 2
               or {key(p) for p in r.fields["participants"]} != {key(home)}]
    records = _lone_parts_folded(records)
    _link(records)
    document = Document(id=doc_id, title=page.title, publisher=page.publisher, author=page.author,
                        published=page.published, language="en" if english_page else "vi",
                        url=page.url, text=page.text, sha256=page.sha256)
    used = {pid for r in records for pid in _partners_of(r)}
    partners = [facts.partner(p, doc_id, page.text) for p in finder.proposals.values()
                if p.id in used]
    first_quote = {}
    for r in records:
        for pid in _partners_of(r):
            first_quote.setdefault(pid, facts.source(doc_id, r.quotes[0], 0.9))
    listed, places = gazetteer_data.records(
        sorted(used), gazetteer.listed_partners, gazetteer.listed_places, first_quote,
        countries=[(p.country, first_quote[p.id]) for p in partners])
    skipped: list[str] = []
    sections = facts.sections(records, doc_id, skipped)
    dataset = Dataset(home=home, documents=[document], partners=partners + listed, places=places,
                      items=sorted(items.values(), key=lambda i: i.id), **sections)
    return Extraction(page, document, page.sha256 in gazetteer.documents, dataset, skipped)


# How many sentences that tell no gift (who attended, what the building has) may stand
# between a building handed over and the sentence that prices it.
_PENDING_FOR = 4

# "Mỗi bồn có dung tích 2.000 lít, tổng trị giá 450 triệu đồng.": a sentence that prices
# what was just given, whatever it opens with, when it names no one of its own.
_ANOTHER_MATTER_RE = re.compile(r"(?:Bên cạnh đó|Ngoài ra|Besides|In addition|Meanwhile),\s")
_PRICES_IT_RE = re.compile(r"(?<!\w)(?:tổng trị giá|tổng giá trị|có trị giá|có giá trị|"
                           # "Mỗi suất học bổng trị giá 2 triệu đồng, tổng cộng 240 triệu đồng."
                           r"tổng cộng|"
                           # "…; tổng kinh phí doanh nghiệp tài trợ là 1,2 tỷ đồng"
                           r"tổng kinh phí|"
                           r"with a total value of|worth a total of|"
                           # "…, bringing the total value of the project to VND 1.2 billion",
                           # "…, bringing the club's total funding to VND 240 million"
                           r"bringing (?:the|its|their|the [\w-]+['’]s) total "
                           r"(?:value|cost|funding)|"
                           # "With total funding of US$87,950, the building consists of …"
                           # ("Implemented from 2021 to 2024 with total non-refundable aid of
                           # US$180,000, the project built …")
                           r"with (?:a |the )?total (?:non-refundable |ODA )?(?:funding|cost|"
                           r"budget|investment|aid) of|"
                           # "The in-kind gift has an estimated value of ¥18 million."
                           r"(?:the|this) (?:in-kind )?(?:package|"
                           r"equipment|gift|donation|aid|supplies|consignment|shipment|"
                           # ("The support, valued at VND 1.2 billion, is funded through …")
                           r"support|assistance|relief)"
                           r"(?:,)? (?:is |was |has |had )?(?:worth|valued at|"
                           r"an? (?:estimated |total )?value of)|"
                           # "The works, costing ¥2 million, consist of …"
                           r"(?:the|this|these) (?:[\w-]+ ){0,2}?(?:works?|buildings?|"
                           r"facilit(?:y|ies)|houses?|classrooms?),? (?:costing|which cost)|"
                           # "The project was funded with AUD 52,000 under …" after its hand-over
                           r"(?:the|this) (?:[\w-]+ ){0,2}?(?:project|works|system|building|"
                           r"school|clinic) (?:was|is) (?:funded|financed|built) with|"
                           # "The two-storey building has 6 classrooms and was funded by a GGP
                           # grant of USD 91,520."
                           r"(?:was|were|is|are) (?:funded|financed) (?:by|with|through) "
                           r"(?:an? |the )?(?:[\w-]+ ){0,3}?(?:grant|contribution|donation) of)"
                           r"(?!\w)", re.I)


# "Kinh phí xây dựng các căn nhà do tỉnh Tây Ninh hỗ trợ, tổng cộng 1,6 tỷ đồng.": what the
# things just given cost.
_COST_OPENS_RE = re.compile(r"(?:Tổng )?[Kk]inh phí (?:xây dựng|thực hiện|đầu tư|mua sắm)\b"
                            # "Công trình có tổng kinh phí hơn 92.000 USD" after the ceremony
                            r"|(?:Công trình|Dãy (?:nhà|phòng học))(?: này)? có tổng (?:kinh "
                            r"phí|vốn đầu tư|mức đầu tư|trị giá|giá trị)\b"
                            # "3 căn nhà được xây dựng kiên cố …, tổng trị giá 240 triệu đồng":
                            # the works handed over, counted, built and priced
                            r"|(?:\d+|Các|Những)\s+(?:căn|ngôi|phòng|công trình)\s+"
                            r"(?:(?![A-ZĐ])\w+\s+){0,3}?(?:đã\s+)?được\s+(?:xây dựng|xây mới|"
                            r"sửa chữa)(?=[^.;]{0,200}?(?:trị giá|kinh phí|giá trị)\s)")
# "Lô thiết bị gồm 1 máy siêu âm …", "Số thiết bị được trao lần này gồm …": what the lot a
# giver was named for held
_LOT_OPENS_RE = re.compile(r"(?:Lô|Số) (?:trang thiết bị|thiết bị|hàng|quà|vật tư)(?: \w+){0,5}? "
                           r"(?:gồm|bao gồm)\b")


# "Tổng giá trị hỗ trợ lần này là 430 triệu đồng", "The total value of the aid is …": the
# sum of what was just told, however many sentences on its parts ("Ba căn nhà …", "500
# suất quà …") stand between; "lần này", "đợt này", "trên" point back at it, unlike a
# review's "Tổng giá trị các khoản viện trợ … đạt …".
_TOTAL_OF_IT_RE = re.compile(
    r"(?:Tổng (?:giá trị|trị giá|kinh phí)\s+(?:\w+\s+){0,4}?(?:lần này|đợt này|nói trên|trên)"
    # "Tổng kinh phí của chương trình hơn 700 triệu đồng": what the gift's programme cost
    r"|Tổng (?:giá trị|trị giá|kinh phí) của (?:chương trình|đợt|hoạt động)(?: này| trên)?"
    # ("Each package contains rice, …; the total value of this round was VND 450 million.")
    r"|(?:Each (?:package|parcel|gift|set|kit) (?:contains|includes|consists of|comprises)"
    r"[^;.]*;\s+(?=the))?"
    r"(?:The|the) total (?:value|cost) of (?:the|this|these|all the) (?:aid|support|assistance|"
    r"gifts?|donations?|relief|items|supplies|equipment|houses|works|scholarships|"
    r"(?:gift )?packages|parcels|round|batch|shipment|consignment)\b"
    # "The total support from the organisation amounted to …"
    # "Implemented from August 2022 to May 2024 by X, the project had total funding of …"
    r"|(?:Implemented [^;.]{2,160}?, )?[Tt]he (?:project|programme) had (?:a )?total "
    r"(?:funding|budget|cost|investment) of"
    # "Funded by the Head of Mission Fund, the project cost nearly VND900m."
    r"|(?:Funded by [^;.]{2,100}?, )?[Tt]he (?:project|programme|works?|building) cost"
    # "The project was funded under the Czech Small Local Projects programme with a total
    # grant of US$45,000."
    r"|The (?:project|programme|works?|building) (?:was|were) (?:funded|financed) (?:under|"
    r"through|from) [^;.]{2,100}? with (?:a )?total (?:grant|funding|budget|cost|value) of"
    r"|The total (?:support|funding|aid|assistance|contribution|grant) (?:from|of) (?:the|this) "
    r"(?:organi[sz]ation|foundation|company|donor|fund|embassy|association|club|group)\b)"
    r"(?!\w)")


_AT_THE_MEETING_RE = re.compile(r"\s*(?:Tại|Trong)\s+buổi\s+(?:làm việc|tiếp|hội đàm|gặp|gặp gỡ|"
                                r"tiếp xúc)(?:\s+(?:này|nói trên))?\s*,", re.I)


def _met_just_before(records: list["_Record"], gift: "_Record", page: Page,
                     home: str | None) -> str | None:
    """The one side other than the giver and the province of the meeting told in the
    sentence before a gift that opens "Tại buổi làm việc, …"; None when there is no such
    meeting or it had more sides."""
    if not _AT_THE_MEETING_RE.match(page.text, gift.quotes[0].start):
        return None
    meeting = next((r for r in records if r.section == "engagements"
                    and r.sentence == gift.sentence - 1), None)
    if meeting is None:
        return None
    others = [p for p in meeting.fields.get("participants", [])
              if p != home and p not in gift.fields["donors"]]
    return others[0] if len(others) == 1 else None


def _total_of_its_things(last: "_Record", text: str) -> bool:
    """"Tổng giá trị số máy lọc nước và chi phí lắp đặt là hơn 350 triệu đồng": the total
    of the things the gift just told counted, named again."""
    m = _TOTAL_OPENS_RE.match(text) or (_EN_TOTAL_RE.match(text) if _IN_TOTAL_RE.search(text)
                                        else None)
    # (by the first words of each thing's name: "máy lọc nước uống" is told as "máy lọc nước")
    heads = [" ".join(h.name.lower().split()[:2]) for h in (last.gift.items if last.gift else [])
             if h.quantity and h.name]
    if (again := _COUNTED_AGAIN_RE.match(text)) and any(
            str(h.quantity).startswith(again["count"] + " ")
            and " ".join(h.name.lower().split()[:2]) in again["rest"].lower()
            for h in (last.gift.items if last.gift else []) if h.quantity and h.name):
        return True  # "Theo đó, 15 suất học bổng, mỗi suất …, tổng trị giá 7.500 USD, …"
    return bool(m) and any(h in text[m.end():m.end() + 40].lower() for h in heads)


_COUNTED_AGAIN_RE = re.compile(r"(?:Theo đó|Cụ thể),\s+(?P<count>\d[\d.]*)\s+(?P<rest>[^,;]{2,40})")


# "The scholarships, ranging from VND2 million to VND5 million each and worth nearly VND900m
# in total, went to …": the English total of the things just counted
_EN_TOTAL_RE = re.compile(r"The\s+")
_IN_TOTAL_RE = re.compile(r"\b(?:worth|valued at)\s+[^.;]{2,40}?\s+in total\b")


_TOTAL_OPENS_RE = re.compile(r"Tổng (?:giá trị|trị giá|kinh phí)\s+"
                             r"(?:(?:của\s+)?(?:số|các|những)\s+)?")


# "A further 200 gift packages were delivered …", "Another 50 bicycles went to …" right after
# a gift: more of that gift, told with no giver since the sentence before named it.
_MORE_OF_IT_RE = re.compile(r"(?:A further|Another|An additional|Thêm)\s+\d")
# "Khoản hỗ trợ được dùng để xây dựng 4 phòng học …": what the sum just given pays for
_SPENT_ON_RE = re.compile(r"(?:Khoản hỗ trợ|Khoản tiền|Số tiền|Kinh phí|Khoản viện trợ)"
                          r"(?:\s+(?:này|trên))?\s+(?:sẽ\s+)?được\s+(?:dùng|sử dụng)\s+(?:để|vào)\s")


def _about_last_gift(last: "_Record", page: Page, sentence: Sentence, finder: MentionFinder,
                     home: str | None) -> bool:
    if donations.CONTINUES_RE.match(sentence.text):
        return True
    if last.section == "donations" and (_MORE_OF_IT_RE.match(sentence.text) or (
            _SPENT_ON_RE.match(sentence.text) and last.fields.get("value"))) \
            and _last_told(page, last) == sentence.index - 1:
        return True
    if last.section != "donations":
        return False
    if last.gift is not None and not last.gift.donors and _PAID_FOR_IT_RE.match(sentence.text) \
            and _last_told(page, last) == sentence.index - 1:
        return True  # "… lễ bàn giao 20 căn nhà …. Toàn bộ kinh phí xây dựng do X tài trợ."
    # (not "Bên cạnh đó, công tác vận động viện trợ … với tổng giá trị giải ngân …": another
    # matter, opened as one)
    priced = not last.fields.get("value") and not _ANOTHER_MATTER_RE.match(sentence.text) and (
        _PRICES_IT_RE.search(sentence.text) or _COST_OPENS_RE.match(sentence.text)
        # "Funded with AUD 45,000 under …, the project installed …" after its hand-over
        or _FUNDED_UNDER_RE.match(sentence.text))
    # "- 1.000 cuốn sách, …" right under the gift's last line: one more of its things
    listed = _LIST_LINE_RE.match(sentence.text) and not english.is_english(page.text) \
        and _last_told(page, last) == sentence.index - 1
    # "Sau 5 năm, từ nguồn vốn của dự án, địa phương đã được đầu tư xây dựng 12 phòng học
    # …", "the project … supplied 1,200 assistive devices": what the funded project gave
    # "Đi kèm công trình, World Vision còn trang bị 120 bộ bàn ghế …": part of the gift
    along = _ALONG_WITH_RE.match(sentence.text)
    outputs = _PROJECT_GAVE_RE.search(sentence.text) and not any(
        h.quantity for h in (last.gift.items if last.gift is not None else []))
    # "The equipment, comprising one colour Doppler ultrasound machine, three patient
    # monitors and two syringe pumps, was funded by KOFIH …": the things just given
    listed = listed or _ITS_THINGS_RE.match(sentence.text) \
        and _next_told(page, last, sentence)
    return bool(priced or listed or outputs or along or _works_recounted(last, page, sentence)) \
        and not _someone_new(last, page, sentence, finder, home)


# (not the dash after a dateline: "CAO LANH, June 20 (VNA) – …")
_ASIDE_OPEN_RE = re.compile(r"(?<=\w)\s[-–—]\s(?=[^-–—]*$)")
_A_YEAR_RE = re.compile(r"(?:[Nn]ăm\s+)?\d{4}")
# "Funded with AUD 45,000 under …, the project …": the sum of the works just handed over
_FUNDED_UNDER_RE = re.compile(donations.FUNDED_UNDER + r"\b")
# What the gift just told cost, or the works themselves, opening the sentence that says who
# paid for them
_PAID_FOR_IT_RE = re.compile(r"(?:Toàn bộ\s+)?(?:kinh phí|nguồn vốn|chi phí|số tiền|"
                             r"(?:các\s+)?công trình|(?:các\s+)?căn nhà|ngôi nhà|ngôi trường|"
                             r"(?:các|những|số)\s+(?:suất|phần|món)\s+quà|"
                             r"(?:lô|số)\s+(?:hàng|thiết bị|trang thiết bị|vật tư))"
                             r"(?!\w)[^.;]{0,40}?(?<!\w)(?:do|được)\s", re.I)
_ITS_THINGS_RE = re.compile(r"(?:The|These|This)\s+(?:equipment|gifts?|donations?|aid|"
                            r"supplies|items|package|consignment|shipment)\s*,?\s+(?:comprising|"
                            r"consisting of|including|which (?:includes|included|comprises))\b")
_ALONG_WITH_RE = re.compile(r"(?:Đi kèm|Kèm theo)\s+(?:với\s+)?(?:công trình|đó|ngôi trường|"
                            r"các công trình|nhà lớp học)(?!\w)"
                            # "Cùng với học bổng, công ty còn trao 30 chiếc xe đạp …"
                            r"|Cùng với\s+(?:các\s+|những\s+|số\s+)?(?:suất\s+)?(?:học bổng|"
                            r"quà|phần quà|quà tặng)\s*,")
# ("Nội dung chính gồm cải tạo hệ thống cấp nước …, lắp đặt 150 bể chứa nước …": what the
# project just told does)
_PROJECT_GAVE_RE = re.compile(r"(?<!\w)(?:từ nguồn (?:vốn|kinh phí) (?:của )?dự án|"
                              r"^[Nn]ội dung (?:chính\s+)?(?:của dự án\s+)?(?:gồm|bao gồm)|"
                              r"dự án đã (?:xây dựng|xây mới|cải tạo|lắp đặt|hỗ trợ|trao|"
                              r"cung cấp|trang bị)|"
                              r"[Tt]he project (?:has )?(?:provided|supplied|built|constructed|"
                              r"delivered|distributed|equipped))(?!\w)")


# "Công trình được khởi công … với tổng kinh phí 9,8 tỷ đồng …, quy mô gồm nhà học 2 tầng
# với 8 phòng học, …": the works just handed over, told again with the sum already known
_WORKS_OPEN_RE = re.compile(r"(?:Công trình|Ngôi trường|Trường học|Ngôi nhà)(?!\w)")


def _works_recounted(last: "_Record", page: Page, sentence: Sentence) -> bool:
    """A sentence that opens with the works, writes the sum the gift already has and counts
    what they are made of counts the gift, when it counted nothing."""
    value = last.fields.get("value")
    if not (value and _WORKS_OPEN_RE.match(sentence.text)) \
            or any(h.quantity for h in last.gift.items if last.gift is not None):
        return False
    return any(events.same_sum(value, a.raw)
               for a in things.amounts_in(page.text, sentence.start, sentence.end))


def _someone_new(last: "_Record", page: Page, sentence: Sentence, finder: MentionFinder,
                 home: str | None, *,
                 known: Callable[[str], bool] = lambda pid: False) -> bool:
    """Whether a sentence names a party the gift told before does not have. The gift's own
    parties and the province named again ("… được Kiên Giang hỗ trợ"), or a body the gift
    went through ("thông qua Hội Chữ thập đỏ …"), are no one new."""
    parties = {home, *last.fields.get("donors", []), *last.fields.get("recipients", [])}
    # ("… to support provincial hospitals in northern Vietnam": the province's own country)
    entry = finder.gaz.partners.get(home or "")
    parties.add(entry.country if entry else None)
    # ("…, funded under the Australian Government's Direct Aid Program" after the Australian
    # consulate's gift: the giver's own government, or its embassy's programme; "… a small
    # grants program managed by the Department of Foreign Affairs and Trade": its ministry)
    givers_countries = {_country_of(finder, d) for d in last.fields.get("donors", [])} - {None}
    parties |= givers_countries
    return any(not p.home and p.id not in parties and not known(p.id)
               and not (_country_of(finder, p.id) in givers_countries and getattr(
                   finder.proposals.get(p.id) or finder.gaz.partners.get(p.id), "kind", None)
                   in ("diplomatic_mission", "national_government", "government_office"))
               and not _THROUGH_BEFORE_RE.search(page.text, max(sentence.start, p.start - 12),
                                                 p.start)
               for p in finder.partners(sentence.start, sentence.end, home))


def _country_of(finder: MentionFinder, pid: str) -> str | None:
    return getattr(finder.proposals.get(pid) or finder.gaz.partners.get(pid), "country", None)


def _last_told(page: Page, record: "_Record") -> int:
    """The index of the sentence that holds the record's last quote."""
    at = record.quotes[-1].start
    return next((s.index for s in page.sentences if s.start <= at < s.end), record.sentence)


# "Attending the ceremony were …", "Dự buổi lễ có …": who was there, between a gift and
# the sentence that goes on about it
# ("Tham dự buổi lễ, về phía Campuchia có …. Về phía Việt Nam có …": both sides' guests)
_ATTENDANCE_RE = re.compile(r"(?:Attending|Also attending|Present at|Tham dự|Dự buổi lễ|Dự lễ|"
                            r"Về phía\s+[^,]{2,40}\s+có)(?!\w)")


def _next_told(page: Page, record: "_Record", sentence: Sentence) -> bool:
    """Whether `sentence` comes right after the record's last quote, captions and lists of
    who attended aside."""
    told = _last_told(page, record)
    return told < sentence.index and all(
        _CAPTION_RE.match(s.text) or _ATTENDANCE_RE.match(s.text)
        for s in page.sentences[told + 1:sentence.index])


def _within(page: Page, since: int, sentence: Sentence, gap: int) -> bool:
    """At most `gap` sentences, photo captions and lists of who attended aside, stand
    between sentence `since` and this one."""
    between = page.sentences[since + 1:sentence.index]
    return len([s for s in between if not (_CAPTION_RE.match(s.text)
                                           or _ATTENDANCE_RE.match(s.text))]) <= gap


# How many sentences that tell no gift (who attended, where it was) may stand between a
# gift told with no figure and the sentence that lists its things or gives its total.
_WAITS_FOR = 3
# "- 300 chiếc áo ấm, …": a line of a list
_LIST_LINE_RE = re.compile(r"^[-–•+]\s")
# "Theo đó, 150 học sinh … mỗi em được nhận 1,5 triệu đồng, tổng trị giá 225 triệu đồng.":
# what the ceremony just told handed out, priced
_ACCORDINGLY_RE = re.compile(r"(?:Theo đó|Cụ thể)\s*,")
# "Đợt này có 150 sinh viên … được nhận học bổng, …, tổng trị giá 750 triệu đồng": how
# many received what the ceremony told, priced
_RECEIVED_NOW_RE = re.compile(r"(?:Đợt này|Lần này|Năm nay)\s*,?\s+(?:có\s+)?(?:hơn\s+|gần\s+)?"
                              r"(?P<n>\d[\d.]*)\s+(?:học sinh|sinh viên|hộ|em|trẻ em|người|"
                              r"gia đình)(?=[^.;]{0,160}?được\s+(?:nhận|trao|tặng|hỗ trợ)\s+"
                              r"(?P<what>[^\W\d][^,.;]{1,30}?)\s*[,.;])")
# "Quà tặng gồm …", "Trang thiết bị được trao tặng gồm …": the things given, listed
_THINGS_LISTED_RE = re.compile(r"^[A-ZĐ]\w*(?:\s+(?![A-ZĐ])\w+){0,4}?\s+(?:(?:đã\s+)?được\s+"
                               r"(?:trao tặng|trao|tặng|hỗ trợ|tài trợ|viện trợ)\s+"
                               r"(?:(?:lần|đợt|dịp) này\s+)?)?"
                               r"(?:gồm|bao gồm)(?!\w)"
                               # "The relief goods include 300 water tanks …, worth …"
                               r"|^(?:The|These)\s+(?:[a-z-]+\s+){0,2}(?:goods|items|gifts|"
                               r"supplies|equipment|donations?|packages?|aid)\s+(?:include|"
                               r"included|includes|comprise|comprised|consist of|consisted of)\b")


def _unpriced(page: Page, sentence: Sentence, finder: MentionFinder, gaz: Gazetteer,
              home: str | None, english_page: bool, referent: list[str] | None,
              framing: dict | None, published: date | None) -> "_Record | None":
    """"X trao tặng quà Tết cho học sinh huyện Y." with no count or sum: a gift that waits
    for the sentence that lists its things or gives its total (`_given_later`). A building
    handed over waits for its price the same way (`_handed_over`)."""
    text = page.text
    if english_page:
        return _unpriced_en(page, sentence, finder, gaz, home, framing, published)
    if donations.HANDOVER_RE.search(sentence.text) \
            or things.amounts_in(text, sentence.start, sentence.end) \
            or any(h.quantity for h in things.items_in(gaz, text, sentence.start, sentence.end)):
        return None
    for clause in sentence.clauses:
        partners = _without_described_places(
            text, finder.partners(clause.start, clause.end, home), finder, gaz)
        gift = donations.gifts_in(
            text, clause, partners, things.items_in(gaz, text, clause.start, clause.end), [],
            home, None, detail=False, referent=referent,
            local=lambda pid: pid == home or _domestic(finder, gaz, pid),
            propose=lambda r: finder.propose_receiver(r, clause.end), abroad=finder.friend,
            unpriced=True, abroad_in=_names_abroad(finder, gaz, text))
        if gift:
            periods = things.periods_in(text, clause.start, clause.end, published)
            when = periods[0][1] if periods else framing
            return _Record("donations", sentence.index, {"when": when}, [clause],
                           gift.confidence, gift=gift)
    return None


_SHARED_NEXT_RE = re.compile(r"Of (?:the sum|the total|this|which)\s*,")


def _line_of_the_list(listed: "_Record", page: Page, sentence: Sentence,
                      finder: MentionFinder, gaz: Gazetteer, items: dict[str, Item],
                      home: str | None) -> "_Record | None":
    """"- 30 scholarships for Sekong students …: VND 150 million;" after the line that priced
    the gift told before: another gift of the same giver, at this line's own sum, to whom
    the line names after "for"/"cho", else to the same receivers."""
    if not _LIST_LINE_RE.match(sentence.text):
        return None
    text, start, end = page.text, sentence.start, sentence.end
    cost = donations.cost_of(things.amounts_in(text, start, end))
    if cost is None:
        return None
    partners, hits = _named_and_counted(page, sentence, finder, gaz, home)
    to = _FOR_WHOM_RE.search(text, start, end)
    takers = [p.id for p in partners if to and p.start >= to.end() and p.id != home
              and not p.home][:1]
    span = Span(start, end, sentence.text)
    gift = donations.Gift(span, donors=list(listed.fields.get("donors") or []),
                          recipients=takers or list(listed.fields.get("recipients") or []),
                          items=[h for h in hits if h.quantity], value=cost.raw,
                          confidence=listed.confidence)
    if not gift.donors or not gift.recipients:
        return None
    return _Record("donations", sentence.index,
                   _gift_fields(gift, gaz, items, listed.fields.get("when")), [span],
                   listed.confidence, gift=gift)


def _named_and_counted(page: Page, sentence: Sentence, finder: MentionFinder, gaz: Gazetteer,
                       home: str | None) -> tuple[list, list]:
    """The partners and the counted things of one list line, read as its page's language."""
    text, start, end = page.text, sentence.start, sentence.end
    if english.is_english(text):
        return (english.partners_in(gaz, text, start, end, finder.proposals, home),
                english.items_in(text, start, end))
    return finder.partners(start, end, home), things.items_in(gaz, text, start, end)


_FOR_WHOM_RE = re.compile(r"(?<!\w)(?:for|to|cho|tặng)\s+")


def _unpriced_en(page: Page, sentence: Sentence, finder: MentionFinder, gaz: Gazetteer,
                 home: str | None, framing: dict | None,
                 published: date | None) -> "_Record | None":
    """"… received emergency relief goods from the Government of Japan …" with no count or
    sum: the English gift that waits for the sentence listing its things."""
    text = page.text
    if things.amounts_in(text, sentence.start, sentence.end) \
            or any(h.quantity for h in english.items_in(text, sentence.start, sentence.end)):
        return None
    for clause in sentence.clauses:
        partners = _english_partners(gaz, text, clause, finder, home)
        found = english.unpriced_gift(text, clause, partners, home,
                                      lambda pid: pid == home or _domestic(finder, gaz, pid))
        if found:
            gift = donations.Gift(clause, donors=found.fields["donors"],
                                  recipients=found.fields["recipients"],
                                  implied_recipient=found.implied_recipient)
            periods = things.periods_in(text, clause.start, clause.end, published)
            return _Record("donations", sentence.index,
                           {"when": periods[0][1] if periods else framing}, [clause],
                           found.confidence, gift=gift)
    return None


_ENVOY_TITLE_RE = re.compile(r"\b(?:Consul[ -]General|Ambassador)\b")


def _english_partners(gaz: Gazetteer, text: str, clause: Span, finder: MentionFinder,
                      home: str | None) -> list[PartnerMention]:
    """An English clause's partners, an envoy named by title as the mission: "Australian
    Consul-General in Ho Chi Minh City, Ms. X, handed over …" gives as the consulate."""
    partners = english.partners_in(gaz, text, clause.start, clause.end, finder.proposals, home)
    envoys = [p for p in partners
              if p.id.startswith("extracted-") and _ENVOY_TITLE_RE.search(p.surface)]
    if not envoys:
        return partners
    missions = meetings.missions_in(gaz, text, clause.start, clause.end, finder)
    return [next((m for m in missions if p.start <= m.start < p.end), p) if p in envoys else p
            for p in partners]


def _given_later(waiting: "_Record", page: Page, sentence: Sentence, finder: MentionFinder,
                 gaz: Gazetteer, items: dict[str, Item], home: str | None) -> "_Record | None":
    """The gift told with no figure, once a sentence about its things ("Quà tặng gồm …",
    "Tổng trị giá quà tặng là …") that names no one new counts or prices them."""
    text = sentence.text
    if not (_THINGS_LISTED_RE.match(text) or _LIST_LINE_RE.match(text)
            or donations.CONTINUES_RE.match(text) or _PRICES_IT_RE.match(text)
            or (_ACCORDINGLY_RE.match(text) or _RECEIVED_NOW_RE.match(text))
            and _PRICES_IT_RE.search(text)):
        return None
    after = page.sentences[sentence.index + 1: sentence.index + 2]
    if after and _SHARED_NEXT_RE.match(after[0].text):
        return None  # "The total budget … is EUR 1.5 million. Of the sum, the EU …": shares
    gift = waiting.gift
    record = _Record("donations", waiting.sentence,
                     _gift_fields(gift, gaz, items, waiting.fields.get("when")),
                     list(waiting.quotes), waiting.confidence, gift=gift)
    # ("Theo đó, 150 học sinh … thuộc 5 xã A, B, …": where the receivers live, no giver)
    ours = (lambda pid: _our_own(finder, gaz, pid)) if _ACCORDINGLY_RE.match(text) \
        else (lambda pid: False)
    if _someone_new(record, page, sentence, finder, home, known=ours) \
            or not _continue_gift(record, page, sentence, gaz, items, finder, home,
                                      gap=_WAITS_FOR):
        return None
    return record


_THROUGH_BEFORE_RE = re.compile(r"(?<!\w)(?:thông qua|through)\s+$", re.I)


# "Toàn bộ kinh phí xây dựng, hơn 3 tỷ đồng, do X tài trợ": the cost of what the sentence
# before counted ("30 ngôi nhà … đã được xây mới").
_COST_OF_THE_ABOVE_RE = re.compile(r"(?:Toàn bộ|Tổng)\s+kinh phí\b")


def _counted_before(found: list["_Record"], records: list["_Record"], page: Page,
                    sentence: Sentence, gaz: Gazetteer, items: dict[str, Item]) -> None:
    """A gift told as the whole cost of something, with nothing counted, takes the counts
    of the sentence right before, when that one told no fact of its own."""
    if not _COST_OF_THE_ABOVE_RE.match(sentence.text) or sentence.index == 0 \
            or any(r.sentence == sentence.index - 1 for r in records):
        return
    before = page.sentences[sentence.index - 1]
    # "triển khai tại 36 trường": where the work was done, not what was given
    hits = [h for h in things.items_in(gaz, page.text, before.start, before.end) if h.quantity
            and not re.search(r"(?<!\w)(?:tại|ở)\s+$", page.text[before.start:h.start])]
    for r in found if hits else []:
        if r.section == "donations" and r.gift and not any(h.quantity for h in r.gift.items):
            r.gift.items = [*r.gift.items, *hits]
            r.fields = _gift_fields(r.gift, gaz, items, r.fields.get("when"))
            r.quotes.insert(0, before)
            return


def _continue_gift(last: "_Record", page: Page, sentence: Sentence, gaz: Gazetteer,
                   items: dict[str, Item], finder: MentionFinder, home: str | None,
                   gap: int = 1) -> bool:
    """"Lô hàng có tổng trị giá hơn 2,5 tỉ VNĐ, gồm 10 máy thở, …" completes the gift the
    sentence before reported: its value and items join that donation, with this quote."""
    # a photo caption, or one sentence that told no fact ("Mỗi hộ được nhận 20 kg gạo."),
    # may stand between the gift's last line and the sentence that prices it
    if last.section != "donations" or not _within(page, _last_told(page, last), sentence, gap):
        return False
    hits = (english.items_in(page.text, sentence.start, sentence.end)  # "and 5 machines"
            if english.is_english(page.text) else
            things.items_in(gaz, page.text, sentence.start, sentence.end))
    amounts = things.amounts_in(page.text, sentence.start, sentence.end)
    # A sentence about the gift just told: its sum is that gift's value, however worded;
    # the giver's share when it tells one ("… at a total cost of US$45,000, of which CoV
    # contributed US$38,000")
    share = english_roles.shares(page.text, amounts) if english.is_english(page.text) else []
    value = next(iter(share), None) or donations.value_of(amounts) or next(
        (a for a in amounts if not donations.per_unit(a)), None)
    gift = last.gift
    # a gift whose giver went unnamed ("lễ bàn giao 6 phòng học của Trường X"), then
    # "Công trình được xây dựng từ nguồn viện trợ của X …", "Toàn bộ kinh phí xây dựng do
    # X tài trợ.": who paid gives it, whether or not the sentence prices it
    funders = [] if gift.donors else [
        f for f in donations.funders_in(page.text, sentence,
                                        finder.partners(sentence.start, sentence.end, home))
        if f not in gift.recipients]
    if not (hits or value or funders):
        return False
    if funders:
        gift.donors, gift.donors_note = funders, None
    # the works told again ("Công trình … gồm 8 phòng học" after "nhà lớp học 8 phòng
    # học") are the ones already counted, not as many again
    hits = [h for h in hits if not any(_same_count(h, i) for i in gift.items)]
    if (now := _RECEIVED_NOW_RE.match(sentence.text)) and not any(
            h.quantity for h in [*gift.items, *hits]):
        # "Đợt này có 150 sinh viên … được nhận học bổng": one each
        at = sentence.start + now.start("n")
        hits = [*hits, things.ItemHit(at, at + len(now["n"]), now["what"], None,
                                      now["n"].replace(".", ""))]
    gift.items = [h for h in [*gift.items, *hits] if not h.generic] or [*gift.items, *hits]
    if value and (not gift.value or _refines(value.raw, gift.value)
                  or _WHOLE_OPENS_RE.match(sentence.text) and _larger(value.raw, gift.value)):
        # ("… 300 suất quà, cùng 100 triệu đồng tiền mặt. Tổng trị giá quà tặng là 400 triệu
        # đồng.": the whole, of which the sum told before was a part)
        gift.value = value.raw
    last.fields = _gift_fields(gift, gaz, items, last.fields.get("when"))
    last.quotes.append(sentence)
    return True


# "Tổng trị giá quà tặng là 400 triệu đồng" after a part of the sum: the whole
_WHOLE_OPENS_RE = re.compile(r"(?:Tổng trị giá|Tổng giá trị|Tổng kinh phí)\s")


def _larger(whole: str, part: str) -> bool:
    try:
        new, old = figures.parse_amount(whole), figures.parse_amount(part)
    except (figures.FigureError, TypeError):
        return False
    return new.currency == old.currency and bool(new.value and old.value) \
        and new.value > old.value


def _refines(exact: str, told: str) -> bool:
    """"1 tỷ 215 triệu đồng" after "hơn 1,2 tỷ đồng": a sum given with more digits, which
    the one told before rounds (within 5 %, and on the side a bound says), is the same sum
    told exactly."""
    try:
        new, old = figures.parse_amount(exact), figures.parse_amount(told)
    except (figures.FigureError, TypeError):
        return False
    if new.currency != old.currency or new.qualifier != "exact" or not old.value \
            or _digits(new.value) <= _digits(old.value):
        return False
    if old.qualifier == "lower_bound" and new.value < old.value:
        return False
    return abs(new.value - old.value) <= old.value * Decimal("0.05")


def _digits(value: Decimal) -> int:
    """Significant digits: 1215000000 has 4, 1200000000 has 2."""
    return len(value.normalize().as_tuple().digits)


def _same_count(a: things.ItemHit, b: things.ItemHit) -> bool:
    """The same count of the same things, one perhaps described more ("3 phòng học", "3
    phòng học kiên cố")."""
    if a.quantity is None or b.quantity is None \
            or a.quantity.split()[0] != b.quantity.split()[0]:
        return False
    if a.item and a.item == b.item:
        return True
    x, y = sorted((names.fold(a.name), names.fold(b.name)), key=len)
    return y == x or y.startswith(x + " ")


# "Hội LHPN tỉnh Bắc Giang phối hợp với Tổ chức Hagar Quốc tế tổ chức lễ khởi động dự án …":
# a foreign body that launches or closes a project with a Vietnamese one funds it; the next
# sentences often give the budget ("Dự án có tổng vốn viện trợ không hoàn lại 120.000 USD")
_PROGRAMME_GAVE = (r"(?:Sau\s+[^,;.]{2,40},\s+)?(?:[Dd]ự án|[Cc]hương trình)(?:\s+này)?\s+đã\s+"
                   r"(?:hỗ trợ|đầu tư|giải ngân)\s+(?:hơn\s+|gần\s+|khoảng\s+|trên\s+)?\d")
_LAUNCHED_WITH_RE = re.compile(r"(?<!\w)phối hợp với\s+(?P<with>.{2,160}?)\s+tổ chức\s+(?:lễ|buổi lễ|"
                               r"hội nghị|hội thảo)\s+(?:khởi động|ra mắt|tổng kết|công bố)\s+"
                               # ("… tổ chức Lễ tổng kết và bàn giao Chương trình …")
                               r"(?:và\s+bàn giao\s+)?(?:dự án|chương trình)(?!\w)", re.I)


_BUDGET_OPENS_RE = re.compile(r"(?:Dự án|Chương trình)(?:\s+này)?\s+có\s+(?:tổng\s+)?(?:vốn|kinh phí|"
                              r"ngân sách)|Tổng (?:vốn|kinh phí|ngân sách)(?:\s+của)?\s+dự án"
                              # "Dự án được triển khai trong 3 năm … với tổng vốn viện trợ …"
                              # (not "Dự án được X tài trợ …, với tổng vốn …", which tells its
                              # own gift)
                              r"|(?:Dự án|Chương trình)\s(?:(?!tài trợ|viện trợ\s+thông qua)"
                              r"[^.;]){0,200}?\svới\s+tổng\s+(?:vốn|kinh phí|ngân sách)(?!\w)"
                              # "Sau 15 năm triển khai, chương trình đã hỗ trợ hơn 53,8 tỉ đồng"
                              r"|" + _PROGRAMME_GAVE)
# "Theo báo cáo, sau 3 năm triển khai, với tổng kinh phí hơn 5,3 tỉ đồng, dự án đã …"
_REPORTED_BUDGET_RE = re.compile(r"(?:Theo (?:báo cáo|số liệu)[^.;]*?,\s+"
                                 r"(?:(?:dự án|chương trình)\s+)?"
                                 # "Báo cáo tổng kết cho thấy, sau 3 năm triển khai với tổng
                                 # kinh phí gần 3 tỷ đồng, dự án đã …"
                                 r"|Báo cáo[^,.;]{0,20}\scho thấy,\s+[^.;]{0,40}?)"
                                 r"(?:với|có)\s+tổng\s+(?:kinh phí|vốn|ngân sách)(?!\w)")
_ARRANGER_RE = re.compile(r"Ngoại vụ|hữu nghị", re.I)


def _arranger(finder: MentionFinder, gaz: Gazetteer, pid: str) -> bool:
    names = [finder.proposals[pid].name] if pid in finder.proposals else (
        gaz.partners[pid].names if pid in gaz.partners else [])
    name = " ".join(names)
    return bool(_FOREIGN_AFFAIRS_OFFICE_RE.search(name))


_FOREIGN_AFFAIRS_OFFICE_RE = re.compile(r"Sở Ngoại vụ|Department of Foreign Affairs")


def _launched_with(page: Page, sentence: Sentence, clause: Span, finder: MentionFinder,
                   gaz: Gazetteer, home: str | None) -> donations.Gift | None:
    """The grant of a project a foreign body launches or closes with a Vietnamese one: the
    foreign side gives, the Vietnamese body beside it receives (the province when only the
    province's own offices are named)."""
    m = _LAUNCHED_WITH_RE.search(page.text, clause.start, clause.end)
    if not m or not home:
        return None
    after = page.sentences[sentence.index + 1: sentence.index + 3]
    if not any(_BUDGET_OPENS_RE.match(s.text) or _REPORTED_BUDGET_RE.match(s.text)
               for s in after):
        return None  # a launch whose budget is not told next: the project alone
    named = finder.partners(clause.start, m.end("with"), home)
    foreign = [p.id for p in named if p.id != home and not p.home
               and not _domestic(finder, gaz, p.id) and not _place(finder, gaz, p.id)]
    # the foreign-affairs office and the friendship union arrange; they receive nothing
    ours = [p.id for p in named if p.id not in foreign and not _place(finder, gaz, p.id)
            and not _ARRANGER_RE.search(p.surface)]
    if len(set(foreign)) != 1:
        return None
    return donations.Gift(clause, donors=foreign[:1], recipients=ours[:1] or [home],
                          confidence=0.6)


def _paid_from_home_budget(page: Page, sentence: Sentence, finder: MentionFinder,
                           gaz: Gazetteer, items: dict[str, Item], home: str | None,
                           published: date | None, framing: dict | None) -> list[_Record]:
    """"Công trình … với tổng kinh phí 1,5 tỷ đồng từ ngân sách tỉnh X" told of works abroad
    that no hand-over before prices: the province's gift to the province abroad."""
    if not home or not finder.friend or english.is_english(page.text):
        return []
    for clause in sentence.clauses:
        gift = more_gifts.home_budget_in(
            page.text, clause, finder.partners(clause.start, clause.end, home),
            things.amounts_in(page.text, clause.start, clause.end), home, finder.friend)
        if gift:
            periods = things.periods_in(page.text, clause.start, clause.end, published)
            when = periods[0][1] if periods else framing
            return [_Record("donations", sentence.index, _gift_fields(gift, gaz, items, when),
                            [clause], gift.confidence, gift=gift)]
    return []


def _handed_over(page: Page, sentence: Sentence, finder: MentionFinder, gaz: Gazetteer,
                 home: str | None, english_page: bool) -> tuple[int, donations.Gift] | None:
    for clause in sentence.clauses:
        if not english_page and (gift := _launched_with(page, sentence, clause, finder, gaz,
                                                        home)):
            return sentence.index, gift
        partners = english.partners_in(gaz, page.text, clause.start, clause.end,
                                       finder.proposals, home) if english_page else \
            finder.partners(clause.start, clause.end, home)
        if gift := donations.handover_in(page.text, clause, partners, home, propose=(
                lambda r, end=clause.end: finder.propose_receiver(r, end))):
            # "handed over three clean water works": what was handed over, counted
            gift.items = english.items_in(page.text, clause.start, clause.end) \
                if english_page else []
            if not gift.recipients:  # a grant signed: the foreign side gives
                gift.recipients = [d for d in gift.donors if _domestic(finder, gaz, d)]
                gift.donors = [d for d in gift.donors if d not in gift.recipients]
                if not (gift.donors and gift.recipients):
                    continue
            return sentence.index, gift
    return None


_BARE_TITLE_RE = re.compile(r"(?<!\w)(?:Đại sứ|Tổng Lãnh sự|the Ambassador|the Consul General)"
                            r"(?!\s+(?:quán|[A-ZĐÂÁÀẢÃẠ]))"
                            # "Ambassador Ben-David paid a courtesy call on …": by the surname
                            # or the whole name ("Ambassador Rajesh Kumar Mehta paid …")
                            r"|\b(?:Ambassador|Consul[ -]General)(?:\s+[A-Z][\w-]+){1,4}"
                            r"(?=\s+[a-z])")


def _titled_before(page: Page, clause: Span, finder: MentionFinder,
                   gaz: Gazetteer) -> str | None:
    """An ambassador named by the title alone is the one the article named before."""
    if not _BARE_TITLE_RE.search(page.text, clause.start, clause.end):
        return None
    named = meetings.missions_in(gaz, page.text, 0, clause.start, finder)
    if named:
        return named[-1].id
    # "the Embassy of India … held a ceremony …", then "Ambassador Rajesh Kumar Mehta paid a
    # working visit …": the mission the article named by its own name
    before = english.partners_in(gaz, page.text, 0, clause.start, finder.proposals, None) \
        if english.is_english(page.text) else finder.partners(0, clause.start, None)
    missions = [p.id for p in before if getattr(finder.proposals.get(p.id) or gaz.partners.get(
        p.id), "kind", None) == "diplomatic_mission"]
    return missions[-1] if missions else None


# "Earlier the same day, Chairman Nghia received the ambassador": a meeting with the envoy
# the article named before, written by the title alone (in lower case too).
_MET_THE_ENVOY_RE = re.compile(r"\b(?:received|receives|welcomed|welcomes|hosted|hosts|met|"
                               r"meets|met with|held talks with|worked with)\s+the\s+"
                               r"(?:[Aa]mbassador|[Cc]onsul[ -][Gg]eneral)\b(?!\s+(?:of\b|[A-Z]))")


def _envoy_met(page: Page, clause: Span, finder: MentionFinder, gaz: Gazetteer,
               home: str | None) -> list[str]:
    """The province and the mission of the envoy an English clause met by title alone."""
    if not home or not _MET_THE_ENVOY_RE.search(page.text, clause.start, clause.end):
        return []
    named = meetings.missions_in(gaz, page.text, 0, clause.start, finder)
    return [home, named[-1].id] if named else []


# "đoàn công tác của Quỹ đã chào xã giao …": the delegation of the body the article named
# before, by its head word alone.
_BODY_DELEGATION_RE = re.compile(r"(?<!\w)[Đđ]oàn(?:\s+công tác)?\s+(?:của\s+)?(?:Quỹ|Tổ chức)"
                                 r"(?=\s+(?:đã|vừa|cũng|đến|tới|sang)\s)"
                                 # "Trước đó, Phó Chủ tịch UBND tỉnh đã tiếp đoàn.": the
                                 # delegation the article is about, named before
                                 # (not thanks for it: "cảm ơn … đã dành thời gian tiếp đoàn")
                                 # ("… đã tiếp xã giao đoàn.": a courtesy call, the same)
                                 r"|(?<!\w)(?<!thời gian )tiếp(?:\s+xã giao)?"
                                 r"(?:\s+và làm việc với)?\s+đoàn"
                                 r"(?=\s*(?:[.;]|$))"
                                 # ("… đã hội đàm với đoàn.": the same, in talks)
                                 r"|(?<!\w)(?:hội đàm|làm việc)\s+với\s+đoàn(?=\s*(?:[.;]|$))"
                                 # ("… đã tiếp ông Mori Hideaki và đoàn công tác của Hiệp
                                 # hội.": the association's delegation, at the clause's end)
                                 r"|(?<!\w)đoàn(?:\s+công tác)?\s+của\s+(?:Hiệp hội|Hội|Quỹ|"
                                 r"Tổ chức|Câu lạc bộ)(?=\s*(?:[.;]|$))")


def _body_delegation(page: Page, clause: Span, finder: MentionFinder, gaz: Gazetteer,
                     home: str | None) -> list[str]:
    """The foreign body whose delegation a Vietnamese meeting names by its head word."""
    if not _BODY_DELEGATION_RE.search(page.text, clause.start, clause.end):
        return []
    # ("đoàn công tác thành phố Gimhae … đã trao …", then "… đã tiếp xã giao đoàn."): the
    # foreign side whose delegation the page named, a city's too
    guests = _delegation_before(page, clause.start, finder, home, _GUESTS_OF_RE) or []
    whose = [p for p in guests if p != home and not _domestic(finder, gaz, p)]
    return whose or _body_before(page, clause.start, finder, gaz, home)


def _place_of_its_name(finder: MentionFinder, gaz: Gazetteer, body: str, place: str) -> bool:
    """"Cơ quan Thương mại và Đầu tư Queensland" and "bang Queensland": the place a body is
    named for stands for no side beside it."""
    def name(pid: str) -> str:
        entry = finder.proposals.get(pid)
        return names.fold(entry.name) if entry else ""
    where = re.sub(r"^(?:bang|tinh|thanh pho)\s+", "", name(place))
    return len(where) >= 3 and name(body).endswith(" " + where)


def _foreign(finder: MentionFinder, gaz: Gazetteer, pid: str) -> bool:
    entry = finder.proposals.get(pid) or gaz.partners.get(pid)
    return bool(entry and entry.country and entry.country != "vietnam")


def _named_before(page: Page, at: int, finder: MentionFinder, gaz: Gazetteer,
                  home: str | None) -> str | None:
    """The foreign partner an English page named last before `at`: "The foundation" after
    "… and the Blue Dragon Children's Foundation launched …"."""
    named = english.partners_in(gaz, page.text, 0, at, finder.proposals)
    return next((p.id for p in reversed(named) if p.id != home
                 and not _domestic(finder, gaz, p.id)), None)


def _referent_en(page: Page, clause: Span, finder: MentionFinder, gaz: Gazetteer,
                 home: str | None, ctx: english_roles.Context,
                 read: Callable[[int, int], list[PartnerMention]]) -> str | None:
    """Whom an English clause's "the foundation" or "the Ambassador" stands for."""
    if english.envoy_gives(page.text, clause):
        return _titled_before(page, clause, finder, gaz)
    if english.refers_back(page.text, clause):
        return _named_before(page, clause.start, finder, gaz, home)
    if whose := english_roles.delegation_from_abroad(page.text, clause, ctx, read):
        return whose  # "the delegation presented …": of the body named as it came
    at = english.project_funder_at(page.text, clause)
    if at is None:
        return None
    if at < 0:  # no funder named before: the body the article named, whose project it is
        return _named_before(page, clause.start, finder, gaz, home)
    funders = english.partners_in(gaz, page.text, at, min(len(page.text), at + 90),
                                  finder.proposals, home)
    return funders[0].id if funders and funders[0].start - at <= 4 else None


# "X (tổ chức phi chính phủ có trụ sở tại Osaka)", "Trung tâm Y tế huyện Y (tỉnh Kon Tum)": a
# bracket right after a name says where that body is.
_DESCRIBED_RE = re.compile(r"\s*\([^()]*$")
_BRACKETED_RE = re.compile(r"\([^()]*\)")


def _without_described_places(text: str, partners: list, finder: MentionFinder,
                              gaz: Gazetteer) -> list:
    """The partners of a clause but the places a bracket after another name mentions."""
    kept = []
    for p in partners:
        owner = next((q for q in partners if q.end <= p.start and q is not p
                      and _DESCRIBED_RE.fullmatch(text, q.end, p.start)), None)
        inside = owner and ")" in text[p.end:p.end + 60].split("(")[0]
        if owner and inside and not p.home and _place(finder, gaz, p.id):
            continue
        # "tại Cửa khẩu Hoa Lư (huyện Lộc Ninh), …": a place alone in brackets says where
        if _BRACKETED_RE.fullmatch(text, max(0, p.start - 1), min(len(text), p.end + 1)) \
                and not p.home and p.id != finder.friend and _place(finder, gaz, p.id):
            continue
        # "Tổ chức ActionAid Quốc tế tại Việt Nam": the body's office in the country, one name
        if any(q.end <= p.start and re.fullmatch(r"\s+tại\s+", text[q.end:p.start])
               for q in partners) and _country(gaz, p.id):
            continue
        kept.append(p)
    return kept


# "UBND thành phố Móng Cái": a people's committee is Vietnam's, whatever else is known of it
_COMMITTEE_RE = re.compile(r"(?:UBND|Ủy ban nhân dân)\s+(?:huyện|thị xã|thành phố|xã|phường)\s")
# "huyện Mường Khương", "UBND huyện Mường Khương": a district or commune, or its committee
_UNIT_NAME_RE = re.compile(r"(?:(?:UBND|Ủy ban nhân dân)\s+)?(?:huyện|xã|thị xã|phường|thị trấn|"
                           r"thành phố|quận)\s")
_OUR_UNIT_RE = re.compile(r"(?:UBND\s+|Ủy ban nhân dân\s+)?(?:huyện|xã|thị xã|phường|thị trấn|"
                          # a cooperative is a body of its commune's people
                          r"thành phố|tỉnh|Sở|(?:Liên hiệp\s+)?Hợp tác xã|HTX)\s")


def _our_own(finder: MentionFinder, gaz: Gazetteer, pid: str) -> bool:
    """A Vietnamese local government or office: one the gazetteer lists as such, or one
    proposed under a Vietnamese unit's name ("huyện Nậm Pồ")."""
    if pid in finder.proposals:
        proposal = finder.proposals[pid]
        return proposal.country == "vietnam" and bool(_OUR_UNIT_RE.match(proposal.name))
    return _home_authority(finder, gaz, pid)


def _country(gaz: Gazetteer, pid: str) -> bool:
    entry = gaz.partners.get(pid)
    return bool(entry and entry.kind == "national_government")


def _home_authority(finder: MentionFinder, gaz: Gazetteer, pid: str) -> bool:
    """A Vietnamese government office or local government."""
    entry = finder.proposals.get(pid) or gaz.partners.get(pid)
    if not (entry and entry.country == "vietnam"
            and entry.kind in ("government_office", "local_government")):
        return False
    # "U.S. Department of State": a foreign country in the name says whose office it is
    name = getattr(entry, "name", None) or getattr(entry, "name_vi", None) or ""
    return not any(gaz.places[c.id].kind == "country" and c.id != "vietnam"
                   for c in gaz.find("places", name, 0, len(name)))


def _receiver_of_unnamed(page: Page, clause: Span, finder: MentionFinder, gaz: Gazetteer,
                         home: str | None, english_page: bool) -> str | None:
    if not (english.TOOK_DELIVERY_RE if english_page else donations.RECEIVES_FROM_UNNAMED_RE
            ).search(page.text, clause.start, clause.end):
        return None  # most clauses: no partner need be read
    if english_page:
        partners = english.partners_in(gaz, page.text, clause.start, clause.end,
                                       finder.proposals, home)
        return english.receiver_of_unnamed(page.text, clause, partners, home)
    return donations.receiver_of_unnamed(page.text, clause,
                                         finder.partners(clause.start, clause.end, home), home)


# "Tại chương trình, nhóm đã trao …", "Dịp này, Hội đã trao …", "Câu lạc bộ đã trao …": the
# group, association or club named before, wherever it is from
_GROUP_ANAPHOR_RE = re.compile(r"(?:^|[,;:]\s*)(?P<head>[Nn]hóm|[Hh]ội|[Cc]âu lạc bộ|CLB)"
                               # ("Đợt này, Hội tài trợ xây dựng 20 căn nhà …")
                               r"\s+(?:(?:cũng|còn|đã|vừa|tiếp tục)\s|(?:tài trợ|trao tặng|"
                               r"hỗ trợ|ủng hộ)\s)")


# "Câu lạc bộ Rotary Perth" is written "CLB Rotary Perth" as often
_CLUB_HEADS = ("câu lạc bộ", "clb")


def _body_before(page: Page, at: int, finder: MentionFinder, gaz: Gazetteer,
                 home: str | None, group: str | None = None) -> list[str]:
    """The foreign organisation a Vietnamese page named last before `at`; with `group`, a
    head word ("nhóm", "hội"), the body of that head it named last."""
    start = page.sentences[0].start if page.sentences else 0
    if group:
        heads = _CLUB_HEADS if group in _CLUB_HEADS else (group,)
        named = [p for p in finder.partners(start, at, home)
                 if p.surface.lower().startswith(tuple(h + " " for h in heads))]
        # "Đại hội … Hội Hữu nghị X" in the headline, then "Hội đã vận động trao tặng …":
        # the one body of that head the headline names is the one the article speaks of,
        # not a guest's named since
        title = page.text.find(page.title) if page.title else -1
        headline = {p.id for p in named if title >= 0 and p.start < title + len(page.title)}
        if len(headline) == 1:
            return [headline.pop()]
        return [p.id for p in named][-1:]
    named = [p.id for p in finder.partners(start, at, home) if p.id != home and not p.home
             and not _domestic(finder, gaz, p.id)
             and getattr(finder.proposals.get(p.id) or gaz.partners.get(p.id), "kind", None)
             not in (None, "local_government", "national_government", "diplomatic_mission")]
    return named[-1:]


def _headline_body(page: Page, at: int, finder: MentionFinder, gaz: Gazetteer,
                   home: str | None) -> list[str] | None:
    """The foreign organisation named last before `at` when the headline names it too:
    "Hội thánh Onnuri (Hàn Quốc) trao quà Tết …", then "Đoàn do Mục sư … dẫn đầu", then
    "đoàn đã trao tặng 200 suất quà …" is that body's delegation."""
    body = _body_before(page, at, finder, gaz, home)
    title = page.text.find(page.title) if page.title else -1
    if not body or title < 0:
        return None
    inside = finder.partners(title, title + len(page.title), home)
    return body if any(p.id == body[0] for p in inside) else None


# "Đoàn công tác của Tổ chức X", "Đoàn công tác tỉnh Bình Định", "đoàn Hội Y": whose
# delegation
_DELEGATION_OF_RE = re.compile(r"(?<!\w)[Đđ]oàn(?:\s+(?:công tác|đại biểu)(?:\s+cấp cao)?)?"
                               r"(?:\s+(?:của|đại diện))?\s+")
# The guests a meeting names by "đoàn" alone: "Đoàn đại biểu tỉnh Gyeongsangbuk-do do ông …
# dẫn đầu sang dự.", then "… đã hội đàm với đoàn." (not who gives: "… hội đàm với đoàn đại
# biểu tỉnh Hủa Phăn …. Đoàn cũng trao …" is the visitors' own delegation)
_GUESTS_OF_RE = re.compile(r"(?<!\w)[Đđ]oàn(?:\s+(?:công tác|đại biểu))?"
                           r"(?:\s+(?:của|đại diện))?\s+")


_DELEGATION_MET_RE = re.compile(r"(?<!\w)[Đđ]oàn(?:\s+công tác)?\s+(?:(?:đã|cũng|còn|tiếp tục)\s+)*"
                                r"(?:làm việc|thăm|gặp|hội đàm|chào)(?!\w)")


def _delegation_before(page: Page, at: int, finder: MentionFinder, home: str | None,
                       written: re.Pattern = _DELEGATION_OF_RE) -> list[str] | None:
    """The body whose delegation a Vietnamese page named last before `at`."""
    named = finder.partners(0, at, home)
    whose, met = None, None
    for m in written.finditer(page.text, 0, at):
        p = next((p for p in named if 0 <= p.start - m.end() <= 1), None)
        if not p:
            continue
        if _MET_BEFORE_RE.search(page.text, max(0, m.start() - 12), m.start()):
            # "đoàn đại biểu tỉnh Thanh Hóa … đã hội đàm với đoàn đại biểu tỉnh Hủa Phăn", then
            # "Đoàn cũng trao …": the visitors' delegation, not the one they met (unless no
            # other was named: "… đã tiếp Đoàn công tác tỉnh Shizuoka")
            met = [home if p.home and home else p.id]
        else:
            whose = [home if p.home and home else p.id]
    return whose or met


_MET_BEFORE_RE = re.compile(r"(?<!\w)(?:với|tiếp|đón)\s+$", re.I)


def _given_to_itself(record: _Record, page: Page, finder: MentionFinder, gaz: Gazetteer,
                     home: str | None) -> bool:
    """A gift whose receivers are all its givers tells no gift as read. "tại cụm bản Lak
    Xao, huyện Khamkeut, tỉnh Bolikhamxay (Lào), UBND tỉnh Hà Tĩnh tổ chức Lễ bàn giao công
    trình … do tỉnh Hà Tĩnh tài trợ": the place abroad it was handed over in receives it;
    with none named, the record goes (True)."""
    givers, takers = record.fields.get("donors") or [], record.fields.get("recipients") or []
    key = events.party_key(finder, gaz)  # ("UBND tỉnh Hà Tĩnh" is the province as a party)
    if record.section != "donations" or not takers \
            or not {key(t) for t in takers} <= {key(g) for g in givers}:
        return False
    quote = record.quotes[0]
    # (the place abroad is often only where the ceremony was: read it from the names the
    # gazetteer knows, venues too)
    abroad = [p.id for p in gaz.find("partners", page.text, quote.start, quote.end)
              if key(p.id) not in {key(g) for g in givers} and _place(finder, gaz, p.id)
              and not _domestic(finder, gaz, p.id)]
    if not abroad:
        return True
    record.fields["recipients"] = abroad[:1]
    return False



def _names_abroad(finder: MentionFinder, gaz: Gazetteer,
                  text: str) -> Callable[[int, int], bool]:
    """Whether text from `a` to `b` names the province abroad the article is about."""
    return lambda a, b: finder.friend is not None and any(
        m.id == finder.friend for m in gaz.find("partners", text, a, b))


def _place(finder: MentionFinder, gaz: Gazetteer, pid: str) -> bool:
    entry = finder.proposals.get(pid) or gaz.partners.get(pid)
    return bool(entry and entry.kind == "local_government")


def _domestic(finder: MentionFinder, gaz: Gazetteer, pid: str) -> bool:
    entry = finder.proposals.get(pid) or gaz.partners.get(pid)
    return bool(entry and entry.country == "vietnam")


def _on_the_works(text: str) -> bool:
    """"Công trình được xây dựng …", "Tổng vốn đầu tư …, trong đó X viện trợ …": a sentence
    on the works just handed over (not "Dự án …", which opens the next project of a list)."""
    return bool(donations.COSTS_RE.match(text)) and not text.startswith("Dự án")


# "Theo báo cáo của Sở Y tế, sau 3 năm triển khai …, dự án với tổng kinh phí hơn 126.000 USD
# đã …", "Theo báo cáo, sau 3 năm triển khai, với tổng kinh phí hơn 5,3 tỉ đồng, dự án đã …":
# the project told before, priced after a comma
_OF_WHICH_NEXT_RE = re.compile(r"Trong đó,\s")
_ITS_BUDGET_RE = re.compile(_PROGRAMME_GAVE + "|" + _REPORTED_BUDGET_RE.pattern + "|"
                            r",\s+(?:(?:dự án|chương trình)\s+)?(?:với|có)\s+tổng\s+(?:kinh phí|"
                            r"vốn|ngân sách)(?!\w)"
                            # "Construction began in March 2023 with a total cost of …"
                            # ("Implemented … with total non-refundable aid of US$180,000")
                            r"|\bwith\s+(?:a\s+)?total\s+(?:non-refundable\s+)?(?:cost|budget|"
                            r"investment|aid|funding|grant)\s+of\b"
                            # "Total investment was VND 19.6 billion, funded from …"
                            r"|^(?:The\s+)?[Tt]otal\s+(?:investment|cost|funding|budget)\s+"
                            r"(?:was|is|amounted to|reached)\b")


def _priced(gift: donations.Gift, at: int, page: Page, sentence: Sentence,
            found: list[_Record], gaz: Gazetteer, items: dict[str, Item],
            published: date | None, finder: MentionFinder, home: str | None) -> list[_Record]:
    """"… bàn giao công trình Trạm y tế xã Dân Hóa. Công trình có tổng vốn đầu tư 2,3 tỷ
    đồng …": the building handed over is the gift, at the price the next sentence gives. A
    gift the next sentence tells itself ("… do X tài trợ") is that one, with both quotes.
    A foreign funder it names ("được xây dựng từ nguồn vốn của X") gives what a Vietnamese
    body handed over."""
    def local(pid: str) -> bool:
        return pid == home or _domestic(finder, gaz, pid)

    # (a hand-over that named only its receiver has no giver yet: all() of none holds)
    if all(local(d) for d in gift.donors):
        partners = finder.partners(sentence.start, sentence.end, home)
        funders = [f for f in donations.funders_in(page.text, sentence, partners) if not local(f)]
        if funders:
            gift.donors = funders
            gift.recipients = [r for r in gift.recipients if r not in funders] or (
                [home] if home else [])
    # a hand-over that named only its receiver: the gift told next is that one
    # ("X phối hợp với UBND huyện Y tổ chức lễ bàn giao … cho Trường Z", then "… do X tài
    # trợ": the district hosted; the gift is X's, to the school it was handed over to)
    told = [r for r in found if r.section == "donations" and (
        r.fields.get("donors") == gift.donors or r.fields.get("donors")
        and set(r.fields["donors"]) < set(gift.donors)
        and all(local(d) for d in set(gift.donors) - set(r.fields["donors"]))
        and gift.recipients and not any(_place(finder, gaz, g) for g in gift.recipients)
        # "Công trình được xây dựng từ nguồn vốn của X, …": the works just handed over,
        # whoever the hand-over named as its hosts
        or _on_the_works(sentence.text) and getattr(r.gift, "implied_recipient", False)
        if gift.donors else getattr(r.gift, "implied_recipient", False))]
    for r in told:
        r.quotes.insert(0, gift.part)
        implied = r.fields.get("recipients") == [home] and gift.recipients \
            and home not in gift.recipients
        if not r.fields.get("recipients") or implied:
            # "The school was funded by Thua Thien Hue province …" names no receiver: the
            # one it was handed over to
            r.fields["recipients"] = gift.recipients
        if not r.fields.get("value") and donations.COSTS_RE.match(sentence.text) and (
                cost := donations.cost_of(things.amounts_in(page.text, sentence.start,
                                                            sentence.end))):
            # "Công trình gồm 8 phòng học, …, với tổng kinh phí 5 tỷ đồng từ nguồn ngân sách
            # tỉnh X viện trợ cho tỉnh Y": the works' cost, written before the verb, is the
            # price of the gift the sentence tells
            r.fields["value"] = cost.raw
            if r.gift is not None:
                r.gift.value = cost.raw
    if told or any(r.section == "donations" for r in found) \
            or not (donations.COSTS_RE.match(sentence.text)
                    or _ITS_BUDGET_RE.search(sentence.text)):
        return []
    cost = donations.cost_of(things.amounts_in(page.text, sentence.start, sentence.end))
    if cost is None or not gift.recipients or not gift.donors:
        return []
    if _LOAN_RE.search(sentence.text) and not _GRANT_RE.search(sentence.text):
        # "Dự án có tổng vốn 46,5 triệu USD, trong đó vốn vay của IFAD là 35,2 triệu USD,
        # còn lại là vốn đối ứng …": the funder lent; nothing was given
        return []
    gift.value = cost.raw
    if not gift.items:
        # "Công trình gồm 6 phòng học, 1 phòng đa năng …, tổng kinh phí …": what it is made of
        # ("The school … consists of four classrooms, …" on an English page)
        found_items = english.items_in(page.text, sentence.start, sentence.end) \
            if english.is_english(page.text) else \
            things.items_in(gaz, page.text, sentence.start, sentence.end)
        gift.items = [h for h in found_items if h.quantity]
        after = page.sentences[sentence.index + 1:sentence.index + 2]
        if not gift.items and after and _OF_WHICH_NEXT_RE.match(after[0].text):
            # "… chương trình đã hỗ trợ hơn 53,8 tỉ đồng …. Trong đó, chương trình đã xây mới
            # 14 điểm trường, 9 công trình cấp nước …": what the sum built, told next
            gift.items = [h for h in things.items_in(gaz, page.text, after[0].start,
                                                     after[0].end) if h.quantity]
    # "triển khai từ năm 2021 đến năm 2024 …": when the money was given
    periods = things.periods_in(page.text, sentence.start, sentence.end, published)
    when = next((p for pos, p in periods if not _BUILT_RE.search(
        page.text, max(sentence.start, pos - 45), pos)), None)
    return [_Record("donations", at, _gift_fields(gift, gaz, items, when), [gift.part, sentence],
                    gift.confidence, gift=gift)]


def _school_abroad(finder: MentionFinder, pid: str) -> bool:
    """"Trường Trung học cơ sở Snuol", placed in a district abroad: a school, clinic or
    centre there, which a gift going out may go to; so may an association there ("Hội
    người Việt Nam tỉnh Sakon Nakhon")."""
    proposal = finder.proposals.get(pid)
    return bool(proposal and proposal.kind in ("domestic_organisation", "association")
                and (proposal.country not in (None, "vietnam")
                     # (in news of the province abroad, a school no words place anywhere:
                     # "Trường Trung học cơ sở Nậm Xôi", whose pupils the gifts went to)
                     or finder.friend and proposal.kind == "domestic_organisation"
                     and proposal.country_written is None
                     # (Vietnamese people abroad, wherever the gazetteer does not know)
                     or proposal.kind == "association" and _OF_VIETNAMESE_ABROAD_RE.search(
                         proposal.name)
                     # ("Chi hội Khmer – Việt Nam tỉnh Takeo": named for a province abroad)
                     or proposal.kind == "association" and any(
                         m.end == len(proposal.name) and (e := finder.gaz.partners[m.id]).kind
                         == "local_government" and e.country not in (None, "vietnam")
                         for m in finder.gaz.find("partners", proposal.name, 0,
                                                  len(proposal.name)))))


_OF_VIETNAMESE_ABROAD_RE = re.compile(r"(?<!\w)(?:người Việt(?: Nam)? (?:tại|tỉnh|thành phố)|"
                                      r"gốc Việt|kiều bào)(?!\w)", re.I)


def _people(finder: MentionFinder, pid: str) -> bool:
    proposal = finder.proposals.get(pid)
    return bool(proposal and proposal.kind == "other")


def _drop_home_offices(records: list[_Record], finder: MentionFinder, gaz: Gazetteer,
                       home: str | None) -> None:
    """"a delegation of the Ho Chi Minh City People's Committee led by …, Director of the
    Department of Foreign Affairs, presented …": the province gives; its own office, named
    beside it, is the province too."""
    for r in records:
        givers = r.fields.get("donors") or [] if r.section == "donations" else []
        if home not in givers:
            continue
        offices = [d for d in givers if d != home and _domestic(finder, gaz, d) and getattr(
            finder.proposals.get(d) or gaz.partners.get(d), "kind", None) == "government_office"]
        r.fields["donors"] = [d for d in givers if d not in offices]


def _drop_owners_named_after(records: list[_Record], finder: MentionFinder) -> None:
    """"Quỹ Prudence (Prudence Foundation) thuộc Tập đoàn Prudential cùng tài trợ": the
    group the fund belongs to is named for the fund, it does not give beside it."""
    for r in records:
        givers = r.fields.get("donors") or [] if r.section == "donations" else []
        owners = [d for d in givers if (p := finder.proposals.get(d)) and any(
            re.search(rf"(?<!\w)thuộc\s+{re.escape(p.name)}", q.text) for q in r.quotes)]
        if owners and len(owners) < len(givers):
            r.fields["donors"] = [d for d in givers if d not in owners]


# "UBND xã Pải Lủng – đơn vị tiếp nhận công trình –", "đơn vị tiếp nhận viện trợ là UBND
# huyện Mường Nhé": the body the article says takes the gift in
_RECEIVING_UNIT_RE = re.compile(r"[Đđ]ơn vị (?:tiếp nhận|thụ hưởng)(?!\w)")
_UNIT_BEFORE_RE = re.compile(r"\s*[–—-]\s*(?:là\s+)?đơn vị (?:tiếp nhận|thụ hưởng)(?!\w)")
_UNIT_AFTER_RE = re.compile(r"(?<!\w)[Đđ]ơn vị (?:tiếp nhận|thụ hưởng)(?:\s+\w+){0,2}?\s+là\s+"
                            r"(?:UBND\s+|Ủy ban nhân dân\s+)?$")


# "The system was handed over to the O Lam Commune People's Committee for management",
# "Công trình được bàn giao cho UBND xã quản lý": who keeps what was given
# ("The funds were received by the Ky Son District People's Committee"; not guests "received
# by DAUFO Vice President …")
_HANDED_TO_RE = re.compile(r"(?:\b(?:was|were|has been|have been|had been)\s+handed\s+over\s+to"
                           r"\s+(?:the\s+)?|\b(?:funds|money|aid|gifts?|donations?|grant|"
                           r"support|equipment|goods|items|supplies|relief|sum|amount|cheque)\s+"
                           r"(?:was|were|has been|have been|had been)\s+received\s+by\s+"
                           r"(?:the\s+)?|(?<!\w)được\s+bàn\s+giao\s+(?:lại\s+)?cho\s+"
                           r"(?:UBND\s+|Ủy ban nhân dân\s+)?)$")
_HANDED_ANY_RE = re.compile(r"handed\s+over\s+to|received\s+by|được\s+bàn\s+giao")


def _receiving_unit(records: list[_Record], page: Page, finder: MentionFinder, gaz: Gazetteer,
                    home: str | None) -> None:
    """The gift told before, given to the province only because no one else was named,
    goes to the body the article later calls the receiving unit, or says it was handed
    over to."""
    if not (_RECEIVING_UNIT_RE.search(page.text) or _HANDED_ANY_RE.search(page.text)):
        return
    english_page = english.is_english(page.text)
    for sentence in page.sentences:
        partners = english.partners_in(gaz, page.text, sentence.start, sentence.end,
                                       finder.proposals, home) if english_page \
            else finder.partners(sentence.start, sentence.end, home)
        for p in partners:
            unit = _UNIT_BEFORE_RE.match(page.text, p.end) or _UNIT_AFTER_RE.search(
                page.text, max(sentence.start, p.start - 40), p.start)
            handed = not unit and _HANDED_TO_RE.search(
                page.text, max(sentence.start, p.start - 40), p.start)
            if p.id == home or not (unit or handed):
                continue
            # (what was handed over is a gift from abroad, not a department's own receipt of
            # it, read as a gift of its own)
            gift = next((r for r in reversed(records) if r.section == "donations"
                         and r.sentence <= sentence.index and not (handed and all(
                             d == home or _domestic(finder, gaz, d)
                             for d in r.fields.get("donors") or [home]))), None)
            if gift and gift.fields.get("recipients") == [home]:
                gift.fields["recipients"] = [p.id]


# "Trường Tiểu học Vũ Hòa, huyện Kiến Xương đã tổ chức lễ khánh thành công trình nhà lớp học
# do Quỹ X tài trợ": the school that holds the opening of the building it was given
_HOST_HEAD_RE = re.compile(r"(?:Trường|Bệnh viện|Trung tâm|Hội|UBND (?:huyện|xã|thị xã)|Ủy ban "
                           r"nhân dân (?:huyện|xã|thị xã))\s")
_HOSTS_RE = re.compile(r"(?:,[^,.;]{2,40}){0,2}\s+(?:đã\s+|vừa\s+)?(?:long trọng\s+)?tổ chức\s+"
                       r"(?:lễ|buổi lễ)\s+(?:khánh thành|tiếp nhận|đón nhận|khai trương)\s[^.;]*?"
                       r"\sdo\s", re.I)


def _host_of_the_works(records: list[_Record], page: Page, finder: MentionFinder,
                       home: str | None) -> None:
    """A gift told as the province's for want of a receiver goes to the school, hospital,
    association or district that holds the ceremony opening or receiving what it funded
    (read as a co-giver before, as the subject of the sentence)."""
    for r in records:
        if r.section != "donations" or r.fields.get("recipients") != [home] or not home:
            continue
        donors = r.fields.get("donors") or []
        for sentence in {s.index: s for q in r.quotes for s in page.sentences
                         if s.start <= q.start < s.end}.values():
            host = next((p for p in finder.partners(sentence.start, sentence.end, home)
                         if _HOST_HEAD_RE.match(p.surface) and p.id != home
                         and (p.id not in donors or len(donors) > 1)
                         and _HOSTS_RE.match(page.text, p.end, sentence.end)), None)
            if host:
                r.fields["recipients"] = [host.id]
                r.fields["donors"] = [d for d in donors if d != host.id]
                break


# "The station includes …, with total funding of USD 95,000 from GNI's sponsors": the works
# of that kind the page named before ("to hand over the new Mang Canh Commune Health Station")
_THE_WORKS_RE = re.compile(r"(?:The|the)\s+(?:new\s+)?(?P<kind>station|school|clinic|kindergarten|"
                           r"hospital|centre|center|works|system)\b")


def _the_works_named(records: list[_Record], page: Page, finder: MentionFinder,
                     gaz: Gazetteer, home: str | None) -> None:
    """An English gift told as the province's for want of a receiver, in a sentence that
    speaks of "the station" or "the school", goes to the one of that kind named before."""
    for r in records:
        if r.section != "donations" or r.fields.get("recipients") != [home] or not home \
                or not getattr(r.gift, "implied_recipient", False):
            continue
        sentence = next((s for s in page.sentences if s.start <= r.quotes[0].start < s.end),
                        None)
        works = sentence and _THE_WORKS_RE.match(sentence.text)
        if not works:
            continue
        kind = works["kind"].lower()
        named = [p for p in english.partners_in(gaz, page.text, 0, sentence.start,
                                                finder.proposals, home)
                 if p.surface.lower().endswith(kind) and p.id != home
                 and p.id not in (r.fields.get("donors") or [])]
        if named:
            r.fields["recipients"] = [named[-1].id]
        elif kind in ("works", "system") and sentence.index and (units := receivers.units_where(
                page.text, (before := page.sentences[sentence.index - 1]).start, before.end)) \
                and not any(o is not r and o.section == "donations"
                            and before.start <= o.quotes[0].start < before.end
                            and o.fields.get("donors") == r.fields.get("donors")
                            and o.fields.get("recipients") not in (None, [], [home])
                            for o in records):
            # (not when the hand-over told there named whom it went to: the gift is that one)
            # "… the hand-over of a clean water supply system in Son Kim 1 commune, Huong Son
            # district. The works, funded by the Embassy of Hungary …": where the works just
            # told stand
            r.fields["recipients"] = [finder.propose_receiver(u, before.end) for u in units]


def _priced_next(r: _Record, records: list[_Record], home: str | None) -> bool:
    """A gift to a receiver the words imply other than the province ("the Ca Mau DARD
    launched the project …, funded by X"), whose sum the next sentences give as X's gift to
    the province ("The project has a grant of USD 300,000 from X"): one gift, kept to be
    merged with its price."""
    return r.fields.get("recipients") != [home] and any(
        o is not r and o.section == "donations" and o.fields.get("value")
        and o.fields.get("donors") == r.fields.get("donors")
        and o.fields.get("recipients") == [home] and 0 < o.sentence - r.sentence <= 2
        for o in records)


# "Tham dự hội nghị có đại diện …": who came to the meeting the sentence before told
_CAME_TO_IT_RE = re.compile(r"\s*(?:Tham dự|Dự)\s+(?:hội nghị|buổi gặp mặt|buổi gặp gỡ)\s+có\s")


def _attendees_joined(records: list[_Record], page: Page, finder: MentionFinder, gaz: Gazetteer,
                      home: str | None) -> None:
    """"UBND tỉnh Vĩnh Long tổ chức Hội nghị gặp mặt các tổ chức phi chính phủ nước ngoài
    …. Tham dự hội nghị có đại diện Tổng Lãnh sự quán Australia …, Tổ chức Kiwi Aid …": the
    bodies from abroad the next sentence names met the province there."""
    for r in records:
        ours = r.fields.get("participants") or []
        if r.section != "engagements" or not home \
                or not all(p == home or _our_own(finder, gaz, p) for p in ours):
            continue
        after = page.sentences[r.sentence + 1:r.sentence + 2]
        if not after or not _CAME_TO_IT_RE.match(after[0].text):
            continue
        guests = [p.id for p in finder.partners(after[0].start, after[0].end, home)
                  if not p.home and p.id != home and not _domestic(finder, gaz, p.id)]
        if guests:
            r.fields["participants"] = list(dict.fromkeys([*(ours or [home]), *guests]))
            r.quotes.append(after[0])


def _funders_of_the_handover(records: list[_Record], finder: MentionFinder, gaz: Gazetteer,
                             home: str | None) -> list[_Record]:
    """"The department coordinated with the district … to hand over a clean water project
    to Ia Der Primary School. … It was funded by X, which contributed US$25,000, and Y,
    which contributed US$17,000": the shares of the funders named right after go to whom
    the works were handed over to, and the hosts, who handed them over, gave nothing."""
    def ours(pid: str) -> bool:
        return pid == home or _domestic(finder, gaz, pid)

    dropped: list[_Record] = []
    for h in records:
        to = [r for r in h.fields.get("recipients") or [] if r != home] \
            if h.section == "donations" else []
        if not to or not h.fields.get("donors") or not all(map(ours, h.fields["donors"])):
            continue
        shares = [r for r in records if r.section == "donations" and r is not h
                  and 0 < r.sentence - h.sentence <= 2
                  and getattr(r.gift, "implied_recipient", False)
                  and r.fields.get("donors") and not any(map(ours, r.fields["donors"]))
                  # (not the receiver giving back: "tỉnh Houaphanh đã trao tặng 80 suất quà
                  # cho …" after the province's gift to Houaphanh)
                  and not set(r.fields["donors"]) & set(to)]
        if not shares or len({r.sentence for r in shares}) > 1 \
                or not _sum_of(h, shares):
            continue
        for r in shares:
            r.fields["recipients"] = list(to)
        dropped.append(h)
    return [r for r in records if not any(r is h for h in dropped)]


def _sum_of(whole: _Record, parts: list[_Record]) -> bool:
    """The parts, each with a value of its own, add up to the whole's value, or the
    whole has none."""
    if not whole.fields.get("value"):
        return True
    if not all(p.fields.get("value") for p in parts):
        return False
    try:
        total = figures.parse_amount(whole.fields["value"])
        shares = [figures.parse_amount(p.fields["value"]) for p in parts]
    except figures.FigureError:
        return False
    return all(s.currency == total.currency for s in shares) \
        and sum(s.value for s in shares) == total.value


# "Số thiết bị do Chính phủ Cộng hòa Séc tài trợ …", "Các phần quà này được X tài trợ":
# the things just told, and who paid for them
_THESE_FUNDED_RE = re.compile(r"(?:Số|Các|Toàn bộ|Lô|Những)\s+[^,.;]{1,40}?\s+(?:(?:này|nói "
                              r"trên|trên)\s+)?(?:do|được)\s")


def _funded_as_told_next(records: list[_Record], page: Page, finder: MentionFinder,
                         gaz: Gazetteer, home: str | None) -> None:
    """A gift told with no giver but the province's side ("Đại sứ và đoàn công tác đã dự
    lễ bàn giao trang thiết bị y tế cho Bệnh viện X, …"), then "Số thiết bị do Chính phủ
    Cộng hòa Séc tài trợ …": the body the next sentence says paid gave it."""
    for r in records:
        # (or the province's own bodies that handed it over: "Liên hiệp các tổ chức hữu nghị
        # tỉnh phối hợp với UBND huyện Lệ Thủy tổ chức trao 300 suất quà …. Số quà trên do
        # Hội người Việt Nam tại Cộng hòa Liên bang Đức quyên góp")
        if r.section != "donations" or not home or not r.fields.get("donors") or not all(
                d == home or _domestic(finder, gaz, d) for d in r.fields["donors"]) \
                or r.sentence + 1 >= len(page.sentences):
            continue
        after = page.sentences[r.sentence + 1]
        if not _THESE_FUNDED_RE.match(after.text):
            continue
        paid = [d for d in donations.funders_in(page.text, after, finder.partners(
            after.start, after.end, home)) if not _domestic(finder, gaz, d) and d != home]
        if paid:
            r.fields["donors"] = paid
            r.quotes.append(after)


_STATE_KINDS = ("national_government", "government_office", "diplomatic_mission")


def _agency_that_runs_it(records: list[_Record], page: Page, finder: MentionFinder,
                         gaz: Gazetteer, home: str | None) -> None:
    """A project a state pays for and a United Nations agency runs: "UNODC đã tổ chức bàn
    giao trang thiết bị … thuộc dự án … do Chính phủ Nhật Bản tài trợ", "funded by KOICA
    and implemented by FAO", "aid from the Government of Japan through WFP". The agency
    gives with the state: the one agency the gift's sentence names, or else the lede's when
    the gift is told in the first two paragraphs. An agency with a gift of its own in the
    article gives only that."""
    def kind(pid: str) -> str | None:
        return getattr(finder.proposals.get(pid) or gaz.partners.get(pid), "kind", None)

    def agencies(sentence: Sentence) -> list[str]:
        # (not one in a project's title: "… in the Dak Nong UNESCO Global Geopark area")
        return list(dict.fromkeys(
            p.id for p in finder.partners(sentence.start, sentence.end, home)
            if kind(p.id) == "multilateral"
            and not donations.inside_quotes(page.text, sentence.start, p.start)))

    gifts = [r for r in records if r.section == "donations" and r.fields.get("donors")]
    # (an agency giving a gift of its own in a sentence runs no other gift told there)
    giving = {(page.sentences[r.sentence].paragraph, d) for r in gifts
              for d in r.fields["donors"] if kind(d) == "multilateral"}
    # the headline and the lede: the first sentence of each of the first two paragraphs
    firsts = [s for i, s in enumerate(page.sentences)
              if s.paragraph <= 1 and (i == 0 or page.sentences[i - 1].paragraph != s.paragraph)]
    for r in gifts:
        if not all(kind(d) in _STATE_KINDS and _foreign(finder, gaz, d)
                   for d in r.fields["donors"]) or r.sentence >= len(page.sentences):
            continue
        told = page.sentences[r.sentence]
        runs = agencies(told) or (list(dict.fromkeys(a for s in firsts for a in agencies(s)))
                                  if told.paragraph <= 2 else [])
        if len(runs) == 1 and (told.paragraph, runs[0]) not in giving:
            r.fields["donors"] = [*r.fields["donors"], runs[0]]


def _date_told(page: Page, sentence: Sentence,
               periods: list[tuple[int, dict]]) -> events.Dated | None:
    """The date the sentence's events happened on, or a span that frames the sentence
    ("Giai đoạn 2020-2022, …"); not the span an agreement covers ("… giai đoạn 2025-2030"),
    a building's start or a plan's year."""
    framed = _FRAMING_RE.match(sentence.text)
    points = [p for at, p in periods if (not _SPAN_RE.search(p["raw"])
                                         or (framed and at - sentence.start < 30))
              and not _BUILT_RE.search(page.text, max(sentence.start, at - 45), at)
              and not _year_of_a_plan(page.text, sentence.start, at, p["raw"])
              and not _in_an_aside(page.text, sentence.start, at, p)
              and not _SINCE_RE.search(page.text, max(sentence.start, at - 90), at)
              # "the Expo to be held in Nanning in September": not yet
              and not things.AHEAD_RE.search(page.text, max(sentence.start, at - 80), at)]
    return events.Dated(sentence.index, points[0]) if points else None


# "… kết quả hợp tác đạt được kể từ chuyến thăm … vào tháng 11/2022": the past point a
# sentence counts from, not when what it tells happened
_SINCE_RE = re.compile(r"(?<!\w)(?:kể từ|since)\s[^.;]{0,80}$", re.I)


def _in_an_aside(text: str, start: int, at: int, period: dict) -> bool:
    """"… huyện Sanamxay - địa phương chịu thiệt hại trong sự cố năm 2018": a year in an
    aside after a dash, on someone the sentence names, is the aside's."""
    return bool(_A_YEAR_RE.fullmatch(period.get("raw", ""))
                and _ASIDE_OPEN_RE.search(text, start, at))


# "Tổng kết dự án …", "… closes its project …": a page on a project's end
_CLOSING_RE = re.compile(r"(?<!\w)(?:tổng kết|kết thúc|bế mạc)(?:\s+\S+){0,3}?\s+(?:dự án|"
                         r"chương trình)|\b(?:clos(?:es|ed|ing)|wraps? up|concludes?)\b"
                         r"(?:\s+\S+){0,4}?\s+(?:project|programme|program)", re.I)
# "được triển khai từ tháng 9/2021", "since 2021", "giai đoạn 2021 – 2024": when it began
_BEGAN_RE = re.compile(r"(?:(?<!\w)từ|\bsince|\bfrom|\bstarted\s+in|\bbegan\s+in)\s+"
                       r"(?:(?:ngày|tháng|năm)\s+)?$", re.I)


# "Tại buổi hội đàm, hai bên đánh giá kết quả hợp tác năm 2023. Trong năm, tỉnh Kon Tum đã
# cấp 50 suất học bổng …": the year the sentence before named
_THAT_YEAR_RE = re.compile(r"(?:Trong năm|In that year|That year)\s*,")
_ONE_YEAR_RE = re.compile(r"(?<!\w)(?:năm|in)\s+((?:19|20)\d\d)(?!\d|/|\s*[–-]\s*\d)")


def _that_year(records: list[_Record], page: Page) -> None:
    """A gift or agreement told "Trong năm, …" is of the one year the sentence before names,
    not of the day the article opened with."""
    for r in records:
        key = {"donations": "when", "agreements": "signed"}.get(r.section)
        if not key or not _THAT_YEAR_RE.match(r.quotes[0].text) or not 0 < r.sentence < len(
                page.sentences):
            continue
        years = set(_ONE_YEAR_RE.findall(page.sentences[r.sentence - 1].text))
        if len(years) == 1:
            r.fields[key] = {"raw": years.pop()}


def _priced_or_paid_after(records: list[_Record], page: Page, finder: MentionFinder,
                          gaz: Gazetteer, home: str | None) -> None:
    """"… handed over a new two-storey classroom block to Hop Chau Primary School …. The
    building has six classrooms …, and was built at a cost of VND 1.2 billion": an English
    gift told without its price takes the cost the next sentences give of the thing handed
    over, when those sentences tell no gift of their own. "The kits were procured with
    funding from the Government of Japan", "Các thiết bị được mua sắm từ nguồn tài trợ của
    Chính phủ Nhật Bản": who paid gives with the giver, in either language."""
    english_page = english.is_english(page.text)
    for r in records:
        if r.section != "donations" or not r.quotes:
            continue
        at = next((s.index for s in page.sentences if s.start <= r.quotes[-1].start < s.end),
                  None)
        for sentence in page.sentences[at + 1:at + 3] if at is not None else []:
            if (note := events.FUNDING_NOTE_RE.match(sentence.text)) and r.fields.get("donors"):
                after = sentence.start + note.end()
                paid = [p.id for p in (english.partners_in(
                    gaz, page.text, after, sentence.end, finder.proposals, home)
                    if english_page else finder.partners(after, sentence.end, home))
                    if p.id != home][:1]
                if paid and paid[0] not in r.fields["donors"]:
                    r.fields["donors"] = [*r.fields["donors"], *paid]
                    r.quotes.append(Span(sentence.start, sentence.end, sentence.text))
                    # the note read as a gift of the payer's own is this one, told on
                    for o in [o for o in records if o is not r and o.section == "donations"
                              and sentence.start <= o.quotes[0].start < sentence.end]:
                        r.quotes += [q for q in o.quotes[1:]]
                        for field in ("value", "items"):
                            r.fields[field] = r.fields.get(field) or o.fields.get(field)
                        records.remove(o)
                break
            if any(q.start < sentence.end and sentence.start < q.end
                   for o in records for q in o.quotes):
                break  # a sentence that tells something of its own
            if not english_page or r.fields.get("value") \
                    or not donations.COSTS_RE.match(sentence.text) \
                    or _LOAN_RE.search(sentence.text):
                continue
            if cost := donations.cost_of(things.amounts_in(page.text, sentence.start,
                                                           sentence.end)):
                r.fields["value"] = cost.raw
                if r.gift is not None:
                    r.gift.value = cost.raw
                r.quotes.append(Span(sentence.start, sentence.end, sentence.text))
                break


def _closed_when_told(records: list[_Record], page: Page, published: date | None) -> None:
    """On a page about a project's end, its gift dated by when the project began ("… được
    triển khai từ tháng 9/2021") is of the year it was closed, the page's."""
    opening = " ".join(s.text for s in page.sentences[:2])
    if not published or not _CLOSING_RE.search(f"{page.title or ''} {opening}"):
        return
    for r in records:
        when = r.fields.get("when") if r.section == "donations" else None
        raw = (when or {}).get("raw") or ""
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", raw)]
        if not years or max(years) >= published.year:
            continue
        if any(_begun_at(page.text, q, raw) for q in r.quotes):
            r.fields["when"] = {"raw": page.published}


def _begun_at(text: str, quote: Span, raw: str) -> bool:
    """Whether the date `raw` is written in the quote as when something began."""
    at = text.find(raw, quote.start, quote.end)
    return at >= 0 and bool(_BEGAN_RE.search(text, max(quote.start, at - 20), at))


def _reviewed_year(page: Page, published: date | None) -> int | None:
    """The one earlier year a headline is about ("… in 2023"), if any."""
    years = set(re.findall(r"(?<![\d/.,-])(?:19|20)\d\d(?![\d.,-])", page.title or ""))
    if len(years) != 1 or published is None:
        return None
    year = int(years.pop())
    return year if year <= published.year else None


def _headline_year(page: Page, published: date | None) -> date | None:
    """A headline about one earlier year ("Quang Nam's external affairs in 2023", "Tổng
    kết công tác đối ngoại năm 2023") dates what its text tells without a year in that
    year, whenever the page came out."""
    year = _reviewed_year(page, published)
    return date(year, 12, 31) if year and published and year < published.year else published


def _year_in_text(page: Page) -> date | None:
    """A page without a date line: "ngày 5/8" takes the latest year the text writes
    ("… năm 2021", "5/8/2021", "tháng 3/2024"), as the last day of that year so no date is
    pushed back."""
    # ("… of 2023, …" and "… 2023." are years; "2023,5" and "2023.4" are no year)
    found = list(re.finditer(r"(?:(?<![\d/.,-])|(?<=\d/))(?:19|20)\d\d(?![\d]|[.,]\d)",
                             page.text))
    if not found:
        return None
    years = [int(m[0]) for m in found]
    if max(years) in {int(m[2] or m[4]) for m in _SCHOOL_YEAR_RE.finditer(page.text)}:
        # "at the start of the 2023–2024 school year", "năm học 2023 - 2024": the school year
        # ends in July; "September 8" is the September of its first year
        return date(max(years), 7, 31)
    # "Running from 2024 to 2026", "mùa khô 2023–2024": where a span ends is no sign of when
    # the page was written; where it starts is
    ends = {m.start(1) for m in _SPAN_END_RE.finditer(page.text)}
    # "tiến tới xây dựng chương trình hợp tác giai đoạn 2024 - 2026": a year planned for
    # is no sign either
    ahead = {m.start() for m in found
             if _AHEAD_RE.search(page.text, max(0, m.start() - 90), m.start())}
    years = [int(m[0]) for m in found if m.start() not in ends | ahead] or years
    return date(max(years), 12, 31)


_AHEAD_RE = re.compile(r"(?<!\w)(?:tiến tới|dự kiến|sắp tới|sẽ|will|plans? to|expected to|"
                       r"upcoming|next)(?!\w)[^.;!?]*$", re.I)


_SPAN_END_RE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*(?:[-–—]|to|đến|tới)\s*((?:19|20)\d\d)(?!\d)")


_SCHOOL_YEAR_RE = re.compile(r"(?:năm học|school year|academic year)\s+((?:19|20)\d\d)\s*[-–]\s*"
                             r"((?:19|20)\d\d)|((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\s+"
                             r"(?:school|academic)\s+year", re.I)


def _published(written: str | None) -> date | None:
    if not written:
        return None
    try:
        return figures.parse_period(written).start
    except figures.FigureError:
        return None


_BUILT_RE = re.compile(r"(?:khởi công|thi công|động thổ|construction (?:began|started))"
                       r"(?:\s+(?:từ|vào|in|on))?\s*$"
                       # "được xây dựng từ tháng 11/2023 với tổng kinh phí …": when building
                       # began, not when the works were given
                       r"|xây dựng\s+từ\s*$"
                       # "được UBND tỉnh phê duyệt tại Quyết định số 2876/QĐ-UBND ngày
                       # 20/12/2023": when a paper was signed, not when the gift was made
                       r"|(?:Quyết định|Công văn|Văn bản)\s+(?:số\s+)?\S+\s+(?:ngày\s*)?$", re.I)
# "X tài trợ dự án "…" … với tổng kinh phí 150.000 USD": the project is X's grant as well;
# "Năm 2023, Plan International đã viện trợ cho tỉnh Kon Tum hơn 53,8 tỉ đồng thông qua 6
# chương trình, dự án …": one giver's total, however many projects carried it
_THROUGH_PROJECTS_RE = re.compile(r"(?<!\w)(?:đã\s+)?(?:tài trợ|viện trợ)\s+cho\s+[^;]{2,60}?\d"
                                  r"[^;]{0,40}?\s+thông qua\s+\d+\s+(?:chương trình|dự án)")
# so are works a project built, counted as they are handed over ("bàn giao 4 công trình cấp
# nước … thuộc Dự án "…" do X tài trợ"), priced here or after
_BUILT_OF_PROJECT_RE = re.compile(r"(?<!\w)(?:bàn giao|khánh thành)\s+(?:\d+|hai|ba|bốn|năm|sáu)"
                                  r"\s+(?:công trình|ngôi nhà|căn nhà|phòng học|giếng|trạm)"
                                  r"[^;]{0,80}?\s(?:thuộc|của)\s+(?:[Dd]ự án|[Cc]hương trình)")
# so is one told from the project's side with its sum, "Dự án "…" tại huyện Y do X tài trợ,
# kinh phí 1,8 tỷ đồng", "Dự án "…" do X tài trợ 50.000 euro, triển khai tại huyện Y"
# "Đoàn đã trao khoản tài trợ 35.000 EUR … cho Hội LHPN tỉnh để thực hiện dự án "…"": a sum
# handed over, a project what it is for
_GIVEN_FOR_PROJECT_RE = re.compile(r"(?<!\w)(?:trao|tặng|tài trợ|viện trợ)\s[^;]{0,120}?\d"
                                   r"[^;]{0,160}?\s(?:để|nhằm)\s+(?:thực hiện|triển khai)\s+"
                                   r"(?:dự án|chương trình)(?!\w)")
_FUNDS_A_PROJECT_RE = re.compile(r"(?<!\w)(?:tài trợ|viện trợ)\s+(?:cho\s+)?"
                                 # ("tài trợ giai đoạn 2 Dự án …": a phase of it)
                                 r"(?:giai đoạn\s+(?:\d|[IVX]+)\s+(?:của\s+)?)?"
                                 r"(?:dự án|chương trình)"
                                 r"(?!\w)[^;]*?(?:tổng\s+)?(?:kinh phí|vốn|trị giá)"
                                 r"|(?<!\w)(?:dự án|chương trình)(?!\w)[^;]*?\sdo\s[^;]{2,100}?\s"
                                 r"(?:tài trợ|viện trợ)(?!\w)"
                                 # "… do X tài trợ tại 4 xã của huyện Văn Quan, trị giá …",
                                 # "… tại huyện Thanh Miện với kinh phí …"
                                 r"(?:\s+tại\s+[^,;()]{2,60}?(?=,|\s+với\s))?"
                                 # ("…, giá trị gần 3 tỷ đồng")
                                 r"(?:,?\s+(?:với\s+)?(?:tổng\s+)?"
                                 r"(?:kinh phí|vốn|trị giá|giá trị)"
                                 r"(?:\s+(?:là|hơn|gần|khoảng|trên))*)?"
                                 # "do X tài trợ khoảng 3,2 tỉ đồng"
                                 r"(?:\s+(?:hơn|gần|khoảng|trên))?\s+(?=\d)"
                                 # "CARE đã tài trợ hơn 12,4 tỉ đồng cho 3 dự án về …": one
                                 # giver's sum for its projects
                                 r"|(?<!\w)(?:tài trợ|viện trợ)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?"
                                 r"\d[^;]{0,40}?\s+cho\s+(?:\d+\s+)?(?:dự án|chương trình)(?!\w)",
                                 re.I)
_QUOTED_RE = re.compile(r"“[^”]{4,200}”|\"[^\"]{4,200}\"")


def _dashed_line(page: Page, sentence: Sentence, finder: MentionFinder, gaz: Gazetteer,
                 home: str | None, published: date | None, framing: dict | None,
                 items: dict[str, Item]) -> list[_Record]:
    """A line of a summary's dashed list ("- Tổ chức GNI: Dự án … tại huyện Buôn Đôn – 2,1 tỷ
    đồng;"), read whole: its commas and quoted titles split no gift."""
    text, start, end = page.text, sentence.start, sentence.end
    if not more_gifts.DASHED_LINE_RE.match(text, start, end):
        return []
    partners, hits = _named_and_counted(page, sentence, finder, gaz, home)
    units = receivers.units_where(text, start, end, several=True)
    gifts = more_gifts.dashed_in(text, Span(start, end, sentence.text), partners,
                                 things.amounts_in(text, start, end), hits, home,
                                 [finder.propose_receiver(u, end) for u in units])
    periods = things.periods_in(text, start, end, published)
    when = periods[0][1] if periods else framing
    return [_Record("donations", sentence.index, _gift_fields(g, gaz, items, when),
                    [Span(start, end, sentence.text)], g.confidence, gift=g) for g in gifts]


def _sentence_facts(page: Page, sentence: Sentence, finder: MentionFinder, gaz: Gazetteer,
                    home: str | None, published: date | None, framing: dict | None,
                    items: dict[str, Item], referent: list[str]) -> list[_Record]:
    text, out = page.text, []
    if dashed := _dashed_line(page, sentence, finder, gaz, home, published, framing, items):
        return dashed
    previous_gift = None
    for clause in sentence.clauses:
        # a place inside a quoted title ("dự án "… tại huyện Lâm Bình, tỉnh Tuyên Quang"")
        # is what the title is about, no party
        quoted = [(m.start(), m.end()) for m in _QUOTED_RE.finditer(text, clause.start,
                                                                     clause.end)]
        partners = [p for p in finder.partners(clause.start, clause.end, home)
                    if not any(a < p.start < b for a, b in quoted)]
        partners = _without_described_places(text, partners, finder, gaz)
        amounts = things.amounts_in(text, clause.start, clause.end)
        periods = things.periods_in(text, clause.start, clause.end, published)
        when = periods[0][1] if periods else framing
        conf = min([p.confidence for p in partners] + [1.0])
        projects = relations.projects_in(text, clause, partners, amounts, home)
        for f in [*relations.agreements_in(text, clause, partners, home, periods), *projects]:
            if f.section == "projects" and periods:
                f.fields["period"] = periods[0][1]
            out.append(_Record(f.section, sentence.index, f.fields, [clause],
                               min(f.confidence, conf)))
        for f in relations.engagements_in(text, clause, partners, amounts, home):
            if f.fields["kind"] in meetings.MEETING_KINDS:
                sides = meetings.sides(gaz, finder, text, clause, partners, home)
                f = relations.engagements_in(text, clause, sides, amounts, home)[0]
                met = f.fields["participants"]
                met[:] = [m for m in met if not any(_place_of_its_name(finder, gaz, o, m)
                                                    for o in met if o != m)]
                key = events.party_key(finder, gaz)
                if not any(_foreign(finder, gaz, m) for m in met) and (
                        earlier := _titled_before(page, clause, finder, gaz)):
                    # "Nhân dịp này, Đại sứ đã làm việc với …", "Cùng ngày, Đại sứ và đoàn
                    # đã làm việc với Sở Giáo dục …": the envoy named before
                    met.append(earlier)
                if not any(_foreign(finder, gaz, m) for m in met) and (
                        guest := meetings.person_body(gaz, finder, text, clause, True)):
                    met.append(guest)  # "bà Julie Tremblay và đoàn đã làm việc với …"
                if not any(_foreign(finder, gaz, m) for m in met) \
                        and _DELEGATION_MET_RE.search(text, clause.start, clause.end) \
                        and (whose := _delegation_before(page, clause.start, finder, home)):
                    # "Trước đó, Đoàn đã làm việc với Trường Đại học …": the delegation
                    # the article named before
                    met += [w for w in whose if w not in met]
                if not {key(m) for m in met} - {key(home)}:
                    met += _body_delegation(page, clause, finder, gaz, home)
                if home and len(met) == 1 and (_foreign(finder, gaz, met[0]) or not (
                        _domestic(finder, gaz, met[0]) or _place(finder, gaz, met[0]))):
                    # "đoàn đã chào xã giao lãnh đạo tỉnh U Đôm Xay"; "đoàn đến thăm và làm
                    # việc tại trụ sở Tập đoàn X": a body no one says is Vietnamese; "ông
                    # Nguyễn Thanh Tâm đã tiếp …": the host's own body, named with him before
                    met.append(meetings.person_body(gaz, finder, text, clause, False) or home)
                # "giai đoạn 2024-2028" is what an agreement covers, not when people met
                points = [p for at, p in periods if not _AGREEMENT_SPAN_RE.search(p["raw"])
                          and not _year_of_a_plan(text, clause.start, at, p["raw"])
                          # ("… về chương trình giao lưu dự kiến diễn ra vào năm 2025": when
                          # what was discussed will happen)
                          and not things.AHEAD_RE.search(text, max(clause.start, at - 80), at)]
                f.fields.pop("when", None)
                if points:
                    f.fields["when"] = points[0]
            elif when:
                f.fields["when"] = when
            out.append(_Record(f.section, sentence.index, f.fields, [clause],
                               min(f.confidence, conf)))
        if projects and not _FUNDS_A_PROJECT_RE.search(text, clause.start, clause.end) \
                and not more_gifts.CARRIES_OUT_RE.search(text, clause.start, clause.end) \
                and not more_gifts.PROJECT_OF_RE.search(text, clause.start, clause.end) \
                and not more_gifts.SPONSOR_OF_RE.search(text, clause.start, clause.end) \
                and not more_gifts.AID_NAMED_RE.search(text, clause.start, clause.end) \
                and not _THROUGH_PROJECTS_RE.search(text, clause.start, clause.end) \
                and not _BUILT_OF_PROJECT_RE.search(text, clause.start, clause.end) \
                and not _GIVEN_FOR_PROJECT_RE.search(text, clause.start, clause.end):
            continue
        # "Đại sứ Ấn Độ tại Việt Nam đã trao tặng …": the ambassador gives as the embassy
        if meetings.missions_in(gaz, text, clause.start, clause.end, finder):
            partners = meetings.sides(gaz, finder, text, clause, partners, home)
        first_gift = None
        parts = [(k, each) for k, part in enumerate(donations.parts_of(text, clause))
                 for sibling in donations.siblings_of(text, part)
                 for each in donations.by_giver(text, sibling, partners)]
        listed = more_gifts.listed_in(text, clause, partners, amounts, home) \
            or more_gifts.respectively_in(text, clause, partners,
                                          things.items_in(gaz, text, clause.start, clause.end),
                                          amounts, home,
                                          lambda r: finder.propose_receiver(r, clause.end))
        if listed:
            for gift in listed:
                out.append(_Record("donations", sentence.index,
                                   _gift_fields(gift, gaz, items, when), [clause],
                                   min(gift.confidence, conf), gift=gift))
            parts = []
        for k, part in parts:
            # "dự án "… cho trẻ em dưới 5 tuổi"": a count inside a quoted title is the title's
            hits = [h for h in things.items_in(gaz, text, part.start, part.end)
                    if not any(a < h.start < b for a, b in quoted)]
            part_partners = [p for p in partners if part.start <= p.start < part.end]
            part_amounts = [a for a in amounts if part.start <= a.start < part.end]
            prev = first_gift if k else previous_gift
            gift = donations.received_in(text, part, part_partners, hits, part_amounts, home) \
                or more_gifts.passive_in(text, part, part_partners, hits, part_amounts) \
                or more_gifts.aid_named_in(text, part, part_partners, part_amounts) \
                or more_gifts.carried_out_in(
                    text, part, part_partners, part_amounts, home,
                    lambda pid: pid == home or _domestic(finder, gaz, pid)) \
                or more_gifts.project_of_in(
                    text, part, part_partners, part_amounts, home,
                    lambda pid: pid == home or _domestic(finder, gaz, pid)) \
                or donations.share_received_in(text, part, part_partners, part_amounts, hits,
                                               referent) \
                or donations.gifts_in(text, part, part_partners, hits, part_amounts, home, prev,
                                      detail=bool(k), referent=referent,
                                      local=lambda pid: pid == home or _domestic(finder, gaz, pid),
                                      propose=lambda r: finder.propose_receiver(r, clause.end),
                                      abroad=finder.friend,
                                      abroad_in=_names_abroad(finder, gaz, text))
            if gift and finder.friend and gift.recipients == [home] and gift.recipients_note \
                    and gift.donors and home not in gift.donors \
                    and all(_domestic(finder, gaz, d) for d in gift.donors):
                # "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Nam cũng trao tặng 10 tấn gạo cho
                # người dân các bản biên giới …" in news of aid abroad: a body of the province
                # gives to the people of the province abroad, not to its own province
                gift.recipients = [finder.friend]
            told = previous_gift and next((r for r in out if r.gift is previous_gift), None)
            # ("…; tổng trị giá khoảng 200 triệu đồng, từ nguồn vận động của các doanh nghiệp
            # trên địa bàn tỉnh Đắk Lắk": the province's own people paid; none is named)
            if gift is None and told and not previous_gift.value \
                    and not [p for p in part_partners if not p.home and p.id != home] \
                    and _PRICES_ONLY_RE.match(text, part.start) \
                    and (total := donations.value_of(part_amounts)):
                # "… trao tặng 300 suất quà cho bà con …; mỗi suất quà trị giá 500.000 đồng,
                # …, tổng trị giá 150 triệu đồng": a clause of prices alone, to no one named
                previous_gift.value = told.fields["value"] = total.raw
                continue
            if told and _EACH_HOLDS_RE.match(text, part.start) \
                    and not [p for p in part_partners if not p.home and p.id != home]:
                # "ARO đã trao 300 suất quà …; mỗi suất gồm 10 kg gạo, … và 500.000 đồng tiền
                # mặt": what each of the gifts just told holds, no gift of its own (with the
                # total of them all: "…, tổng trị giá khoảng 200 triệu đồng")
                if not previous_gift.value and (total := donations.value_of(part_amounts)):
                    previous_gift.value = told.fields["value"] = total.raw
                continue
            if gift is None or gift.abroad_only and any(
                    not _school_abroad(finder, r) and (
                        _domestic(finder, gaz, r) or not _place(finder, gaz, r)
                        and not (finder.friend and _people(finder, r))
                        and not _placed_abroad(finder, r, text, clause)
                        # (priced: "Trao 80 suất học bổng cho lưu học sinh Lào" over the
                        # gifts the body prices is none of its own; "lưu học sinh" alone
                        # are students from abroad)
                        and not (gift.value and (_of_a_nation(finder, gaz, r)
                                                 or r == _FOREIGN_STUDENTS)))
                    for r in gift.recipients):
                # a gift going out goes to a place abroad, or to people there in news of
                # the province abroad ("… trao 200 suất quà cho hộ nghèo người Campuchia gốc
                # Việt đang sinh sống tại huyện Kampong Trach"), not to whoever is named
                continue
            if told and previous_gift is not gift and not previous_gift.value and gift.value \
                    and not part_partners and _PRICES_ONLY_RE.match(text, part.start):
                # "… đã trao 45 suất học bổng …; mỗi suất trị giá 5 triệu đồng, tổng trị giá
                # 225 triệu đồng": the price of the gift just told
                previous_gift.value = told.fields["value"] = gift.value
                continue
            # "Công trình được khởi công từ tháng 6/2022, …, trong đó KOICA viện trợ …":
            # when building began is not when the gift was made
            # "… huyện Sanamxay - địa phương chịu thiệt hại trong sự cố năm 2018": a year in
            # an aside on the receiver is the aside's
            dating = [(at, p) for at, p in periods if not _BUILT_RE.search(
                text, max(clause.start, at - 45), at)
                and not _in_an_aside(text, part.start, at, p)]
            gift_when = next((p for _, p in dating), None) if periods else framing
            # "… trong giai đoạn 2022–2024, đặc biệt là mô hình … do MASHAV tài trợ năm 2023
            # với kinh phí 1,2 tỷ đồng": the year written with the verb of giving dates it
            # over a period with years of its own (a day without its year, "Ngày 5/8", keeps
            # its place and takes the year)
            if gift_when and _A_YEAR_RE.search(gift_when["raw"]):
                gift_when = next((p for at, p in dating if part.start <= at < part.end
                                  and _GIVEN_IN_YEAR_RE.search(text, max(part.start, at - 20),
                                                               at)), gift_when)
            fields = _gift_fields(gift, gaz, items, gift_when)
            record = _Record("donations", sentence.index, fields, [part],
                             min(gift.confidence, conf), gift=gift)
            if k and first_gift is not None:
                record.extra["detail_of"] = first_gift
            out.append(record)
            first_gift = first_gift or gift
        previous_gift = first_gift or previous_gift
    if _PART_RE.match(sentence.text):
        for r in out:
            r.extra.setdefault("part_of_previous", True)
    return out


# ("; mỗi suất quà trị giá 500.000 đồng (tương đương khoảng 85.000 riel), gồm gạo, …, tổng
# trị giá 150 triệu đồng": the price of each, what each holds, then the total; "; mỗi suất
# quà gồm gạo, … và 300.000 đồng tiền mặt, tổng trị giá 250 triệu đồng": what each holds)
_EACH_HOLDS_RE = re.compile(r"\s*mỗi\s+(?:suất|phần|túi|bộ|thùng)(?:\s+quà)?\s+"
                            r"(?:gồm|bao gồm|có)\s", re.I)
_GIVEN_IN_YEAR_RE = re.compile(r"(?<!\w)(?:tài trợ|viện trợ|hỗ trợ|trao tặng|ủng hộ)\s+(?:vào\s+)?"
                               r"(?:năm\s+)?$")
_PRICES_ONLY_RE = re.compile(r"\s*(?:mỗi\s+(?:suất|phần|bộ|chiếc|căn)(?:\s+[^\W\d]+){0,2}?\s+"
                             r"(?:trị giá|giá trị|có giá trị|gồm|bao gồm)[^;]*?,\s*)?"
                             r"(?:với\s+)?tổng\s+"
                             r"(?:trị giá|giá trị|kinh phí)", re.I)
_BRIEFED_ON_RE = re.compile(r"\b(?:briefed|informed|updated)\s+(?:them|him|her|the\s+(?:delegation|"
                            r"guests?|visitors?))\s+(?:on|about)\b"
                            # "received a mission from the ADB …, which was in the province to
                            # discuss … a project in Ninh Binh city and Tam Diep city": what
                            # the guests came about met no one either
                            r"|,\s+which\s+(?:was|were|is|are)\s+in\s+the\s+(?:province|city)\s+"
                            r"to\s+(?:discuss|prepare|survey|study)\b")
_THEN_RE = re.compile(r",\s+(?:during which|where)\s+(?:it|they|the\s+delegation)\s"
                      # "X delegation visits Thua Thien Hue, signs MOU with Hue University":
                      # the university signed; it was not visited
                      r"|,\s+(?:and\s+)?signs\s")


def _english_facts(page: Page, sentence: Sentence, finder: MentionFinder, gaz: Gazetteer,
                   home: str | None, published: date | None, framing: dict | None,
                   items: dict[str, Item], referent: list[str]) -> list[_Record]:
    text, out = page.text, []
    if dashed := _dashed_line(page, sentence, finder, gaz, home, published, framing, items):
        return dashed
    ctx = english_roles.Context(gaz, finder.proposals, home, lambda p: _foreign(finder, gaz, p),
                                finder.friend)
    listing = set()
    for c in sentence.clauses:
        partners = english.partners_in(gaz, text, c.start, c.end, finder.proposals, home)
        amounts = things.amounts_in(text, c.start, c.end)
        periods = things.periods_in(text, c.start, c.end, published)
        # "Major donors were World Vision (USD 2 million), Plan International (…) and …"
        for gift in more_gifts.listed_in(text, c, partners, amounts, home):
            listing.add(c.start)
            out.append(_Record("donations", sentence.index, _gift_fields(
                gift, gaz, items, periods[0][1] if periods else framing), [c], gift.confidence,
                gift=gift))
    for clause in (p for c in sentence.clauses if c.start not in listing
                   for p in english.parts_of(text, c)):
        partners = _english_partners(gaz, text, clause, finder, home)
        amounts = things.amounts_in(text, clause.start, clause.end)
        periods = things.periods_in(text, clause.start, clause.end, published)
        conf = min([p.confidence for p in partners] + [1.0])
        sides = english_roles.venues_dropped(
            text, meetings.sides(gaz, finder, text, clause, partners, home), home)
        if briefed := _BRIEFED_ON_RE.search(text, clause.start, clause.end):
            # "welcomed the delegation and briefed them on …, including Vinh International
            # Airport": what the guests heard about met no one
            sides = [p for p in sides if p.start < briefed.start()]
        if then := _THEN_RE.search(text, clause.start, clause.end):
            # "paid a working visit to X, during which it handed over … to Y": Y received,
            # it did not meet
            sides = [p for p in sides if p.start < then.start()] or sides
        def read(s: int, e: int) -> list:
            return english.partners_in(gaz, text, s, e, finder.proposals, home)

        met = [(kind, english_roles.with_other_side(text, clause, ids, ctx, read))
               for kind, ids in meetings.english_in(text, clause, sides, home) if ids] \
            or english_roles.meetings_in(text, clause, sides, home, ctx, read)
        if not met and (envoy := _envoy_met(page, clause, finder, gaz, home)):
            met = [("working_meeting", envoy)]
        met = [(kind, _with_guest(page, clause, participants, ctx, finder, gaz, home))
               for kind, participants in met]
        for kind, participants in met:
            points = [p for _, p in periods if not _AGREEMENT_SPAN_RE.search(p["raw"])]
            fields = {"kind": kind, "participants": participants}
            if points:
                fields["when"] = points[0]
            out.append(_Record("engagements", sentence.index, fields, [clause], 0.6))
        found = english.facts_in(text, clause, partners, amounts, home, periods, ctx,
                                 lambda pid: pid == home or _domestic(finder, gaz, pid),
                                 _referent_en(page, clause, finder, gaz, home, ctx, read) or (
                                     _named_before(page, sentence.start, finder, gaz, home)
                                     if english.shares_out(text, sentence, clause)
                                     else None))
        if not any(f.section == "donations" for f in found) and (
                gapped := _gapped_gift(text, clause, partners, amounts, out, sentence,
                                       propose=finder.propose_receiver)):
            out.append(gapped)
        for f in found:
            if f.section == "donations" and (
                    unit := _PEOPLE_OF_UNIT_EN_RE.search(text, clause.start, clause.end)) and (
                    f.implied_recipient or f.fields["donors"] == [home] and any(
                        [p.id] == f.fields["recipients"] and 0 < p.start - unit.end() <= 2
                        for p in partners)):
                # "… handed over 300 relief packages to households in Lệ Thủy district": the
                # district the people live in, not the province the page is of; the
                # province's own gift "to poor households in Keo Seima district, Mondulkiri
                # province" goes to the district abroad (a gift from abroad "to … in Meo Vac
                # district, Ha Giang province" stays the named province's, as the writers
                # of the first batches read it)
                f.fields["recipients"] = [finder.propose_receiver(receivers.Receiver(
                    unit.start("unit"), unit.end(), text[unit.start("unit"):unit.end()],
                    "local_government"), clause.end)]
                f.implied_recipient = False
            if f.section == "donations":
                gift = donations.Gift(clause, donors=f.fields["donors"],
                                      recipients=f.fields["recipients"],
                                      items=f.gift_items or [], value=f.fields["value"],
                                      implied_recipient=f.implied_recipient)
                # ("Incheon, Hai Phong's sister city since 2007, presented …": since when
                # the two are twinned, not when the gift was made)
                when = next((p for at, p in periods if not _BEGAN_RE.search(
                    text, max(clause.start, at - 20), at)), None) or framing
                out.append(_Record("donations", sentence.index,
                                   _gift_fields(gift, gaz, items, when), [clause],
                                   min(f.confidence, conf), gift=gift))
            else:
                out.append(_Record(f.section, sentence.index, f.fields, [clause],
                                   min(f.confidence, conf)))
    return out


_PEOPLE_OF_UNIT_EN_RE = re.compile(
    r"\bto\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:households|residents|families|people|students|"
    r"pupils|children|farmers|fishermen|villagers|victims|patients|women|elderly)\b"
    r"(?:(?!\bto\b)[^;.]){0,50}?\b(?:in|of|from)\s+"
    rf"(?P<unit>[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,3}})\s+(?:district|commune|town|ward)"
    r"\b(?!\s+(?:and|or)\s)")
_UNIT_NAMED_EN_RE = re.compile(r"[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3}\s+(?:commune|district|town|"
                               r"ward|village)\b")
_SHARE_TAKER_RE = re.compile(r"\b(?:to|for)\s+(?:the\s+)?(?:(?<=for )an?\s+[^;,]{0,60}?\b(?:in|at)"
                             r"\s+(?P<place>))?")


def _gapped_gift(text: str, part: Span, partners: list, amounts: list, out: list[_Record],
                 sentence: Sentence, *,
                 propose: Callable[[receivers.Receiver, int], str] | None = None
                 ) -> "_Record | None":
    """The part of a sentence that names a sum and a receiver after the gift just told in the
    same sentence, with no giver of its own ("… provided VND 1.5 billion to Kratie Province
    … and VND 1 billion to Tbong Khmum Province", "… and handed over VND 500 million to
    …"): a gift of the same giver."""
    first = out[-1] if out else None
    if not (first and first.section == "donations" and first.sentence == sentence.index
            and first.fields.get("donors") and (english.SECOND_SUM_RE.match(text, part.start)
                                                or english.AND_GAVE_RE.match(text, part.start))):
        return None
    to = _SHARE_TAKER_RE.search(text, part.start, part.end)
    # ("… and US$48,000 for a clean water system in Phuoc Binh commune": the place the
    # thing is in)
    at = to and (to.end("place") if to["place"] is not None else to.end())
    taker = next((p for p in partners if to and p.start == at), None)
    if to and not taker and to["place"] is not None and propose and (
            unit := _UNIT_NAMED_EN_RE.match(text, at, part.end)):
        taker = PartnerMention(unit.start(), unit.end(), propose(receivers.Receiver(
            unit.start(), unit.end(), unit[0], "local_government"), part.end), unit[0], 0.6)
    sums = [a for a in amounts if taker and a.start < taker.start]
    # ("…, and presented 100 tonnes of rice to Luang Prabang province": a verb of giving
    # tells the gift without a sum)
    if not (taker and (sums or english.AND_GAVE_RE.match(text, part.start))):
        return None
    gift = donations.Gift(part, donors=list(first.fields["donors"]), recipients=[taker.id],
                          value=sums[0].raw if sums else None)
    fields = {**first.fields, "recipients": gift.recipients, "recipients_note": None,
              "items": [], "value": gift.value}
    return _Record("donations", sentence.index, fields, [part], first.confidence, gift=gift)


def _with_guest(page: Page, clause: Span, participants: list[str], ctx: english_roles.Context,
                finder: MentionFinder, gaz: Gazetteer, home: str | None) -> list[str]:
    """A meeting of the province with a guest named as a person ("received Mr. Carson and
    his delegation") has that person's body as its other side."""
    if set(participants) - {home}:
        return participants
    guest = english_roles.guest_named_before(
        page.text, clause.start, clause.end, ctx,
        lambda s, e: english.partners_in(gaz, page.text, s, e, finder.proposals, home)) \
        or _titled_before(page, clause, finder, gaz)  # "Ambassador Ben-David paid a call on …"
    return [*participants, guest] if guest else participants


def _gift_fields(gift: donations.Gift, gaz: Gazetteer, items: dict[str, Item],
                 when: dict | None) -> dict:
    lines = []
    for hit in gift.items:
        item_id = hit.item
        if item_id is None:
            item_id = "extracted-" + slug(hit.name)
            # No translation is made up: the item keeps the name it was written with.
            items.setdefault(item_id, Item(id=item_id, name_vi=hit.name, name_en=hit.name,
                                           method=Method.extracted))
        lines.append({"item": item_id, "quantity": hit.quantity})
    fields = {"donors": gift.donors, "donors_note": gift.donors_note,
              "recipients": gift.recipients, "recipients_note": gift.recipients_note,
              "items": lines, "value": gift.value, "when": when}
    return fields


def _merge(records: list[_Record], party=str, home: str | None = None,
           headline_end: int = 0) -> list[_Record]:
    """One fact told twice is one fact with two quotes: a named agreement mentioned again,
    a call for support to the same addressees described again."""
    kept: list[_Record] = []
    for r in records:
        twin = next((k for k in kept if _same(k, r, party)), None)
        mine = {party(p) for p in r.fields.get("parties") or []}
        if twin is not None and r.section == "agreements" and len(mine) > 1 \
                and twin.extra.get("signers") and not mine & twin.extra["signers"]:
            # "… hai bên đã ký Thỏa thuận hợp tác giữa UBND tỉnh Thanh Hóa và Chính quyền tỉnh
            # Hủa Phăn …. Cùng dịp, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Thanh Hóa và Bộ Chỉ huy
            # Quân sự tỉnh Hủa Phăn đã ký Biên bản thỏa thuận …": the headline's signing was
            # told with its own signers; two others signed another
            twin = None
        if twin is None:
            if r.section == "agreements" and r.quotes[0].start >= headline_end:
                r.extra["signers"] = mine
            kept.append(r)
            continue
        if r.section == "agreements" and r.quotes[0].start >= headline_end \
                and mine == {party(p) for p in twin.fields.get("parties") or []}:
            twin.extra["signers"] = mine
        twin.quotes += r.quotes
        if _bodies_of_each(r.fields.get("parties") or [], twin.fields.get("parties") or [],
                           party):
            pass  # (a caption naming the provinces whose bodies signed: the bodies stay)
        elif len(twin.fields.get("parties") or []) < 2 <= len(r.fields.get("parties") or []) \
                or twin.quotes[0].start == 0 and len(r.fields.get("parties") or []) >= 2 \
                and not {party(p) for p in twin.fields.get("parties") or []} \
                & {party(p) for p in r.fields["parties"]}:
            # the headline's "Ký kết thỏa thuận …" names no one, or a fund and the province
            # it guesses where the lede names two others; the lede names the signers
            twin.fields["parties"] = r.fields["parties"]
        elif twin.quotes[0].end <= headline_end and home and _body_for_home(
                twin.fields.get("parties") or [], r.fields.get("parties") or [], home, party):
            # "Long An and Maybank Foundation sign MoU", then "the Department of Education
            # and Training of Long An and Maybank Foundation signed …": the body signed
            twin.fields["parties"] = r.fields["parties"]
        elif twin.quotes[0].end <= headline_end and _bodies_of_each(
                twin.fields.get("parties") or [], r.fields.get("parties") or [], party):
            # "Tây Ninh và Tbong Khmum ký kết Bản ghi nhớ …", then "Sở Công Thương tỉnh Tây
            # Ninh và Sở Thương mại tỉnh Tbong Khmum đã ký kết …": each province's body signed
            twin.fields["parties"] = r.fields["parties"]
        if twin.fields.get("kind") == "agreement":  # the more specific name wins
            twin.fields["kind"] = r.fields.get("kind") or "agreement"
        for key, value in r.fields.items():
            if value and not twin.fields.get(key):
                twin.fields[key] = value
    return kept


def _body_for_home(headline: list[str], told: list[str], home: str, party=str) -> bool:
    """The headline names the province where the telling after it names one of its bodies,
    the other signers the same."""
    if home not in headline or home in told or len(told) != len(headline):
        return False
    others = {party(p) for p in headline if p != home}
    return others == {party(p) for p in told} & others and len(others) == len(told) - 1


def _bodies_of_each(headline: list[str], told: list[str], party=str) -> bool:
    """Each place the headline names has one body of its own among the signers the telling
    after it names, and no one else signs."""
    places = [party(p) for p in headline]
    bodies = [party(p) for p in told]
    if len(places) < 2 or len(bodies) != len(places) or set(places) == set(bodies):
        return False
    # (a department's key drops the unit word of its province: "so cong thuong tay ninh")
    bare = {p: re.sub(r"^(?:tinh|thanh pho) ", "", p) for p in places}
    return all(sum(b == p or b.endswith((" " + p, " " + bare[p])) for b in bodies) == 1
               for p in places)


def _same(a: _Record, b: _Record, party=str) -> bool:
    if a.section != b.section:
        return False
    if a.section == "agreements":
        # Headline, lede and caption name one signing with more or fewer words ("thỏa
        # thuận" and "thỏa thuận hợp tác hữu nghị"): same parties, one agreement.
        same_kind = a.fields["kind"] == b.fields["kind"] or "agreement" in (
            a.fields["kind"], b.fields["kind"])
        # "UBND tỉnh Thái Nguyên" in the body, "Thái Nguyên" in the headline: one party
        parties_a, parties_b = ({party(p) for p in x.fields["parties"]} for x in (a, b))
        # ("MOU lần này tiếp nối Biên bản ghi nhớ ký ngày 15/3/2019 giữa …": the one before
        # it, signed in another year, is another)
        years = {_signed_year(x) for x in (a, b)}
        if None not in years and len(years) == 2:
            return False
        # one telling that names a single party is the same signing, however it calls it
        return (same_kind or (parties_a == parties_b and len(parties_a) > 1)
                or min(len(parties_a), len(parties_b)) < 2) \
            and "count" not in a.fields and "count" not in b.fields
    if a.section == "engagements" and a.fields["kind"] == b.fields["kind"] == "call_for_support":
        note_a, note_b = (names.fold(x.fields.get("participants_note") or "") for x in (a, b))
        same_people = a.fields["participants"] == b.fields["participants"]
        return bool(note_a) and note_a == note_b and same_people
    return False


def _signed_year(record: _Record) -> int | None:
    """The year a telling of a signing writes itself, not one it took from elsewhere."""
    raw = (record.fields.get("signed") or {}).get("raw") or ""
    if not raw or not any(raw in q.text for q in record.quotes):
        return None
    written = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", raw)
    return int(written[0]) if written else record.fields["signed"].get("default_year")


def _lone_parts_folded(records: list[_Record]) -> list[_Record]:
    """"Tổng trị giá hỗ trợ là 2 tỷ 300 triệu đồng, trong đó có 2 tỷ đồng tiền mặt và 300
    suất quà": a total whose one detail read counts things but has no sum of its own is one
    gift, the total with those things (two parts or more stay parts)."""
    wholes = {id(r.gift): r for r in records if r.section == "donations"}
    parts: dict[int, list[_Record]] = {}
    for r in records:
        if r.section == "donations" and "detail_of" in r.extra:
            parts.setdefault(id(r.extra["detail_of"]), []).append(r)
    folded: set[int] = set()
    for whole_gift, (part, *more) in parts.items():
        whole = wholes.get(whole_gift)
        if more or whole is None or part.fields.get("value") or not part.fields.get("items") \
                or whole.fields.get("items") or not whole.fields.get("value") \
                or not set(part.fields.get("donors") or []) <= set(whole.fields["donors"]):
            continue
        whole.fields["items"] = part.fields["items"]
        whole.quotes += [q for q in part.quotes if q not in whole.quotes]
        folded.add(id(part))
    return [r for r in records if id(r) not in folded]


def _link(records: list[_Record]) -> None:
    """Engagements lead to the donations of their sentence; details and "Cụ thể …" lists
    are parts of the gift they detail."""
    donations_ = [r for r in records if r.section == "donations"]
    by_gift = {id(r.gift): r for r in donations_}
    for r in records:
        if r.section == "engagements":
            r.fields["related"] = [d.id for d in donations_ if d.sentence == r.sentence
                                   and any(q.start <= d.quotes[0].start < q.end for q in r.quotes)]
    for i, d in enumerate(donations_):
        if "detail_of" in d.extra:
            d.fields["part_of"] = by_gift[id(d.extra["detail_of"])].id
        elif d.extra.get("part_of_previous"):
            earlier = [e for e in donations_[:i] if e.sentence < d.sentence
                       and "part_of" not in e.fields]
            if earlier and earlier[-1].sentence >= d.sentence - 2:
                d.fields["part_of"] = earlier[-1].id
    for whole in donations_:
        if parts := _adding_up(whole, donations_):
            for part in parts:
                part.fields["part_of"] = whole.id


def _adding_up(whole: _Record, donations_: list[_Record]) -> list[_Record]:
    """"X đã trao tặng tỉnh bạn các phần quà có tổng trị giá hơn 800 triệu đồng. … 300 suất
    quà … trị giá 450 triệu đồng …; 20 bộ máy vi tính trị giá 350 triệu đồng …": the giver's
    gifts told after a total that they add up to are its parts, however they are worded."""
    if "part_of" in whole.fields or not whole.fields.get("value"):
        return []
    told = max(q.end for q in whole.quotes)  # (a headline's total is told again below)
    parts = [p for p in donations_ if p is not whole
             and p.fields.get("part_of") in (None, whole.id)
             and told <= p.quotes[0].start <= told + 1500
             and p.fields.get("donors") == whole.fields.get("donors") and p.fields.get("value")]
    try:
        total = figures.parse_amount(whole.fields["value"])
        amounts = [figures.parse_amount(p.fields["value"]) for p in parts]
    except figures.FigureError:
        return []
    if len(amounts) > 1 and all(a.currency == total.currency for a in amounts) \
            and sum(a.value for a in amounts) == total.value:
        return parts
    return []


def _partners_of(record) -> list[str]:
    """The partners a proposed fact names, in every partner role of its kind."""
    return [pid for k in roles.partner_fields(record.section) for pid in record.fields.get(k) or []]


# "Tại xã Hòa An, huyện X, Tổ chức Y bàn giao 12 căn nhà cho 12 hộ nghèo đồng bào dân tộc
# Khmer", "… cho các hộ nghèo đồng bào dân tộc Chăm tại xã Phước Hà, huyện Z": people named
# by who they are, not where, are the people of the one commune the sentence puts the gift in.
_COMMUNE_AT_RE = re.compile(r"(?<!\w)[Tt]ại\s+xã\s+(?P<name>[A-ZĐÀ-Ỹ][\w'’]*"
                            r"(?:\s+[A-ZĐÀ-Ỹ0-9][\w'’]*){0,3})"
                            r"(?=\s*(?:,\s*(?:huyện|thị xã|thành phố)\s|[.;]|$))", re.M)
_DISTRICT_AT_RE = re.compile(r"(?<!\w)[Tt]ại\s+(?P<unit>huyện)\s+(?P<name>[A-ZĐÀ-Ỹ][\w'’]*"
                             r"(?:\s+[A-ZĐÀ-Ỹ0-9][\w'’]*){0,3})(?![\w'’])")
_PLACE_WORD_RE = re.compile(r"(?<!\w)(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s",
                            re.I)


# ("… chăm sóc sức khỏe bà mẹ và trẻ em tại Trung tâm Y tế huyện Thanh Hà": the one it
# works in)
_TITLE_FOR_RE = re.compile(r"(?<!\w)(?:cho|tại)\s+"
                           r"(?=(?:Trường|Bệnh viện|Trung tâm|Trạm [Yy] tế)\s)")


def _facility_in_title(r, page: Page, finder: MentionFinder, home: str | None) -> str | None:
    """A project "Nâng cao năng lực đào tạo nghề … cho Trường Cao đẳng Công nghệ Hà Tĩnh"
    whose gift went to the province, or its committee, for want of a receiver: the school,
    hospital or centre its quoted title says it is for."""
    taking = r.fields.get("recipients") or []
    if not home or not taking or not all(
            x == home or getattr(finder.proposals.get(x), "kind", None) == "government_office"
            for x in taking):
        return None
    for q in r.quotes:
        sentence = next((s for s in page.sentences if s.start <= q.start < s.end), None)
        for title in _QUOTED_RE.finditer(page.text, sentence.start, sentence.end) \
                if sentence else ():
            for m in _TITLE_FOR_RE.finditer(page.text, title.start(), title.end()):
                if body := receivers.receiver_at(page.text, m.end(), title.end() - 1):
                    return finder.propose_receiver(body, title.end())
    return None


def _owner_of(r, page: Page, finder: MentionFinder) -> str | None:
    """The owner of the funded project the sentences of a gift's quotes name ("UBND huyện
    Thoại Sơn làm chủ dự án"), when it is not one of the givers."""
    told = {s.index: (s, q) for q in r.quotes for s in page.sentences if s.start <= q.start < s.end}
    after = page.sentences[max(told) + 1:max(told) + 2] if told else []
    for sentence, quote in [*told.values(), *((s, s) for s in after)]:
        owner = receivers.project_owner(page.text, sentence.start, sentence.end)
        if owner and quote is sentence and owner.start - sentence.start > 4:
            continue  # (a sentence after the gift's names its owner only as its subject:
            # "The four-year project is funded by ACIAR …. Soc Trang DARD is the project
            # owner, …")
        if owner:
            if _owns_another_gift(page.text, sentence, quote, owner):
                continue
            # ("Ca Mau DARD is the project owner" after "the Ca Mau Department of Agriculture
            # and Rural Development (DARD)": the body an English page named, by its short name)
            named = [p.id for p in english.partners_in(
                finder.gaz, page.text, owner.start, owner.end, finder.proposals)
                if owner.start <= p.start and p.end == owner.end] \
                if english.is_english(page.text) else []
            pid = named[0] if named else finder.propose_receiver(owner, sentence.end)
            return None if pid in (r.fields.get("donors") or []) else pid
    return None


def _owns_another_gift(text: str, sentence: Sentence, quote: Span,
                       owner: receivers.Receiver) -> bool:
    """"…: dự án … do EU tài trợ, Hội Chữ thập đỏ tỉnh làm chủ dự án, …; Quỹ Tzu Chi trao 500
    suất quà cho hộ nghèo …": the owner is of the gift told in its own part of a list, not
    of the gifts in the other parts."""
    start = text.rfind(";", sentence.start, owner.start) + 1 or sentence.start
    end = text.find(";", owner.start, sentence.end)
    end = sentence.end if end < 0 else end
    if start <= quote.start < end:
        return False  # the owner stands in the gift's own part
    return bool(donations.GIVE_RE.search(text, start, end))


def _of_a_nation(finder: MentionFinder, gaz: Gazetteer, pid: str) -> bool:
    """People named by the country they come from ("lưu học sinh Lào"): abroad by name."""
    group = finder.proposals.get(pid)
    if not group or group.kind != "other":
        return False
    return any(c.end == len(group.name) and c.id != "vietnam"
               and gaz.places[c.id].kind == "country"
               for c in gaz.find("places", group.name, 0, len(group.name)))


def _students_by_country(records: list[_Record], finder: MentionFinder, gaz: Gazetteer) -> None:
    """"… cho các lưu học sinh có thành tích …" are the students from abroad the page names
    by their country elsewhere ("lưu học sinh Lào"), when it names one country's only."""
    named = [pid for pid, p in finder.proposals.items()
             if p.name.startswith("lưu học sinh ") and _of_a_nation(finder, gaz, pid)]
    if len(named) != 1:
        return
    for r in records:
        if r.section == "donations" and _FOREIGN_STUDENTS in (r.fields.get("recipients") or []):
            r.fields["recipients"] = list(dict.fromkeys(
                named[0] if x == _FOREIGN_STUDENTS else x for x in r.fields["recipients"]))


_FOREIGN_STUDENTS = "extracted-" + slug("lưu học sinh")


def _placed_abroad(finder: MentionFinder, pid: str, text: str, clause: Span) -> bool:
    """People of Vietnamese origin the clause says live in a place (abroad by their name)."""
    return _people(finder, pid) and bool(receivers.people_abroad_placed(
        text, clause.start, clause.end, finder.proposals[pid].name))


def _people_abroad_placed(r, text: str, finder: MentionFinder) -> list[receivers.Receiver]:
    ids = r.fields.get("recipients") or []
    group = finder.proposals.get(ids[0]) if len(ids) == 1 else None
    if not group or group.kind != "other":
        return []
    return receivers.people_abroad_placed(text, r.quotes[0].start, r.quotes[0].end, group.name)


def _commune_of_group(r, text: str, finder: MentionFinder) -> receivers.Receiver | None:
    ids = r.fields.get("recipients") or []
    group = finder.proposals.get(ids[0]) if len(ids) == 1 else None
    if not group or group.kind != "other" or _PLACE_WORD_RE.search(group.name + " "):
        return None
    clause = r.quotes[0]
    communes = {m["name"]: m for m in _COMMUNE_AT_RE.finditer(text, clause.start, clause.end)}
    if not communes:
        # "… cho đồng bào dân tộc Dao tại huyện Đình Lập với kinh phí …": the one district
        # (right after the people: "hộ nghèo … đang sinh sống tại huyện X" abroad stay the
        # households they are)
        districts = {m["name"]: m for m in _DISTRICT_AT_RE.finditer(text, clause.start,
                                                                     clause.end)
                     if clause.start <= group.end <= m.start() <= group.end + 1}
        if len(districts) != 1:
            return None
        [m] = districts.values()
        return receivers.Receiver(m.start("unit"), m.end("name"), f"huyện {m['name']}",
                                  "local_government")
    if len(communes) != 1:
        return None
    [m] = communes.values()
    return receivers.Receiver(m.start() + 4, m.end("name"), f"xã {m['name']}", "local_government")
