"""Who gives, who receives and who met, in the wordings of the English pages that the first
English rules (`english.py`) do not read: the passive and the funder named after the gift,
a body named again by its acronym or by "the foundation", the province's own bodies named
without the province ("the PPC"), a delegation's gift, and the verbs of courtesy calls and
receptions.

- "… donated / sponsored / funded / provided by X", "with funding / financial support /
  a grant from X", "with the sponsorship of X", "<a sum> from X": X gives. A country
  written as the owner of a programme ("from Japan's Grant Assistance for …") names the
  programme, not a giver.
- "X and Y held a ceremony to hand over …", "X and Y handed over …" with no one after
  "to": the foreign side gives, the other receives.
- "the delegation presented …": the delegation the article last named ("a delegation of
  Luang Prabang province"; a body of no known country too), else the province's own.
- "the foundation", "the Australian foundation", "the organisation" name the body of that
  kind the article named before.
- "Hope for Children Foundation (HCF) … HCF handed over …": an acronym the article gives
  a name names that body again.
- "the PPC", "the Provincial People's Committee", "the provincial authorities": the
  article's province; "Korea Medical Aid (KMA)": a name that brings its acronym is a body.
- "…, of which X funded USD 300,000": the donor's share is the gift's value;
  "certificates of merit" presented to a donor are thanks, no gift.
- "Gyeongsan City, Gyeongsangbuk-do Province, Republic of Korea", "the People's Committee
  of Binh Lieu district, Quang Ninh province": what follows the body is where it lies.
- "received the Fund's delegation", "the two delegations had a working session", "paid a
  courtesy call on": a meeting, its sides named before when the clause names none.
- "A memorandum … was signed between X and Y", "signed the minutes of the talks": a
  signing."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from loaders.article.gazetteer import Gazetteer
from loaders.article.mentions import FAMILY_EN, PartnerMention, Proposal, slug
from loaders.article.page import Span
from loaders.article.receivers import units_where
from loaders.article.things import AmountHit, ItemHit

# Titles whose holder's body follows "of": "Governor of …", "Vice Chairman of …"
_TITLES_OF = (r"Governor|Chairman|Chairwoman|Chair|President|Director|Director General|Mayor|"
              r"Secretary|Head|Representative|Chief Representative|Country Director|Ambassador|"
              r"Consul General|Minister|Deputy Governor|Vice Mayor|"
              # "Programme Manager of Aiutare i Bambini in Viet Nam": a post in the body
              r"(?:Programme |Program |Project |Country )?(?:Manager|Officer|Coordinator)")

# --- who gives ------------------------------------------------------------------------

_NAME_END = (r"(?=\s+(?:with|for(?!\s+the\s+[A-Z])|to|through|via|in\s+(?![A-Z])|on|at|worth|"
             r"valued|totall?ing|amounting|under|were|was|is|are|has|have|had|and\s+(?:handed|"
             # ("… from the Government of Finland and will be implemented by …")
             r"presented|built|implemented|will\s+be))\b|[,.;(]|$)")
_PASSIVE_RE = re.compile(r"\b(?:funded|co-funded|sponsored|co-sponsored|financed|donated|"
                         r"provided|granted|presented|given|offered|contributed|gifted|supported|"
                         r"handed over|awarded)\s+by\s+(?:the\s+)?(?P<by>.+?)" + _NAME_END)
# "Two hundred wheelchairs were presented to people with disabilities in … on September 2
# by the Kizuna Bridge Association": the passive's giver after its receivers and date
_LATE_BY_RE = re.compile(r"\b(?:was|were)\s+(?:presented|donated|handed over|given|gifted)\s+"
                         r"to\s+[^;]{3,160}?\s+by\s+(?:the\s+)?(?P<by>[A-Z].*?)" + _NAME_END)
_FUNDING_FROM_RE = re.compile(
    r"\b(?i:with|through|using|thanks to|under)\s+(?:the\s+|a\s+|an\s+)?(?:non-refundable\s+)?"
    r"(?:financial\s+|technical\s+)?(?:funding|funds?|support|sponsorship|assistance|aid|"
    r"grants?|capital|contributions?|donations?|investment)\s+(?:worth\s+)?"
    r"(?:of\s+(?:(?:[^,;]|,(?=\d)){0,40}?\s+)?)?(?:from|of|by)\s+(?:the\s+)?"
    r"(?P<by>(?![A-Z]{0,3}\$|(?:VND|USD|EUR|AUD|JPY|KRW|CNY)\s*\d)[A-Z].*?)" + _NAME_END)
# "held a ceremony to receive 1,000 blankets from X", "receives … from X"
# (not a delegation, a guest or a letter received from someone)
_RECEIVE_FROM_RE = re.compile(r"\b(?:receive|receives|receiving|accepted|accepts)\b"
                              r"(?![^;]{0,60}?\b(?:delegations?|guests?|visitors?|letters?|"
                              r"greetings|congratulations|[Aa]mbassadors?|[Cc]onsuls?|Mr|Ms|Mrs|"
                              # ("will receive doctors and nurses from Dong Nai for training")
                              r"Dr|leaders?|representatives?|officials?|doctors?|nurses?|"
                              r"trainees?|interns?|specialists?|experts?)\b)[^;]{1,120}?"
                              r"\bfrom\s+(?:the\s+)?(?P<by>[A-Z].*?)" + _NAME_END)
# "World Vision, in coordination with the Women's Union of …, handed over": the body it
# works with hands the gift out, it does not give it
_COUNTRYS_RE = re.compile(r"(?:the\s+)?[A-Z][a-z]+(?:['’]s?)\s+")
_IN_COORDINATION_RE = re.compile(r"\b(?:in (?:coordination|collaboration|cooperation|"
                                 r"partnership) with)\s[^,;]*$", re.I)
_WORKS_WITH_RE = re.compile(r"\b(?:in (?:coordination|collaboration|cooperation|partnership) with|"
                            r"coordinated with|cooperated with|together with|and its partner)\s+"
                            r"(?:the\s+)?$")
# "built with US$89,000 from …", "a total grant of 850,000 EUR from …": after a sum
_SUM_FROM_RE = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?from\s+(?:the\s+)?(?P<by>.+?)" + _NAME_END)
# "from the Grant Assistance for … (GGP) of the Government of Japan": whose programme
_OWNER_AFTER_RE = re.compile(r"(?:\s+(?:for\s+|and\s+)?[A-Z][\w-]*)*\s*(?:\([^)]{0,20}\)\s*)?"
                             r"(?:of|by)\s+(?:the\s+)?(?P<by>.+?)" + _NAME_END)
# honours handed to a donor are no gift: "presented certificates of merit to World Vision"
# and neither is a licence granted: "granted an investment registration certificate to …"
_HONOUR_RE = re.compile(r"\b(?:presented|presents|awarded|awards|gave|conferred|handed|"
                        r"granted|grants|issued|issues)\s+"
                        r"(?:\w+\s+){0,3}?(?:certificates?|merit|medals?|insignias?|awards?|"
                        r"souvenirs?|flowers|commendations?|honorary|licen[cs]es?|permits?)\b")
_SHARE_RE = re.compile(r"(?:\b(?:of which|in which|including|among which)\b[^,;]{0,60}\b(?:"
                       # ("…, of which Caritas Switzerland contributes USD 230,000")
                       r"(?:will )?(?:contribut|fund|provid|donat|grant|sponsor)(?:ed|es|e|s)?"
                       r"|gave|gives)"
                       # "…, of which KOICA's non-refundable aid accounts for USD 4.5 million"
                       r"|['’]s\s+(?:[\w-]+\s+){0,2}(?:aid|grant|funding|contribution)\s+"
                       r"(?:accounts? for|amounts? to|makes? up|is|was))\s+"
                       r"(?:about |nearly |over |more than |around )?$")
_OWNER_RE = re.compile(r"^[A-Z][\w ]{0,30}?['’]s\b|^(?:[A-Z][a-z]+ese|[A-Z][a-z]+an|"
                       r"[A-Z][a-z]+ish)\s+(?:government|Government|people)['’]s\b")
_RECEIVED_BEFORE_RE = re.compile(r"\b(?:received|receives|receive|receiving|accepted|accepts|"
                                 r"welcomed|got)\b")
_TO_RE = re.compile(r"\bto\s+(?:the\s+)?")
_PASSED_ON_RE = re.compile(r"\s+and\s+(?:handed|passed)\s+(?:it\s+|them\s+)?over\b")
_HANDOVER_RE = re.compile(r"\b(?:held|holds|hold|organi[sz]ed)\s+(?:a\s+|the\s+)?"
                          r"(?:\w+\s+)?ceremony\s+to\s+(?:hand\s+over|present|inaugurate|"
                          r"launch)|\b(?:handed|hand|hands)\s+over\b|\binaugurated\b")
_DELEGATION_HERE_RE = re.compile(r"\b[Tt]he\s+(?:(?P<whose>\w+)(?:['’]s)?\s+)?delegation\b")
_DELEGATION_OF_RE = re.compile(r"\bdelegations?\s+(?:of|from)\s+(?:the\s+)?")
_REFERENT_RE = re.compile(r"\b[Tt]he\s+(?:(?P<adj>[A-Z][\w-]+)\s+)?"
                          r"(?P<head>(?i:foundation|organi[sz]ation|NGO|agency|embassy|consulate|"
                          r"company|corporation|association|fund|charity|group|hospital|"
                          r"university|city|prefecture|province|church|pagoda|temple|club))\b"
                          r"(?!\s+(?:of|[A-Z]))")
_GIVE_VERB_RE = re.compile(r"\b(?:presented|handed over|donated|granted|gave|provided|contributed|"
                           r"offered|funded|sponsored|presents|hands over|donates|grants|gives|"
                           r"provides|contributes|offers|funds|sponsors|hand over|present|donate|"
                           r"awarded|will fund|will provide|will sponsor)\b")


@dataclass
class Context:
    """What the English rules need beyond a clause: the gazetteer, the page's proposed
    partners, the article's province and whether a partner is foreign."""

    gaz: Gazetteer
    proposals: dict[str, Proposal]
    home: str | None
    foreign: Callable[[str], bool] = field(default=lambda pid: False)
    # the province abroad the article is about, which receives what the province gives to
    # no one the clause names
    abroad: str | None = None


_EACH_RE = re.compile(r"\b(?:each|per)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# "150 scholarships, worth VND 2 million each, to …": the same, said after the sum
_EACH_AFTER_RE = re.compile(r"\s*(?:each|apiece)\b", re.IGNORECASE)


def listed_gifts(text: str, clause: Span, partners: list[PartnerMention],
                 amounts: list[AmountHit], home: str) -> list[tuple[str, str]]:
    """"donors were World Vision (US$2.1 million), Plan International (US$1.5 million) and
    …", "including KOICA (US$2 million)": each donor named with its sum in brackets gave
    that sum to the province."""
    out = []
    for p in partners:
        if p.id == home:
            continue
        m = re.match(r"\s*\(\s*(?:with\s+)?", text[p.end:clause.end])
        sum_ = m and next((a for a in amounts if a.start == p.end + m.end()), None)
        if sum_ and re.match(r"\s*\)", text[sum_.end:clause.end]):
            out.append((p.id, sum_.raw))
    return out


def shares(text: str, amounts: list[AmountHit]) -> list[AmountHit]:
    """The sums a donor's share is told by ("…, of which CoV contributed US$38,000")."""
    return [a for a in amounts if _SHARE_RE.search(text, max(0, a.start - 90), a.start)]


def share_first(text: str, amounts: list[AmountHit]) -> list[AmountHit]:
    """"A total of VND1.2bn, of which Habitat contributed VND900m": the donor's share is
    the gift's value (read from the text, whose donor may have a long name: "…, of which
    Caritas Switzerland contributes USD 230,000")."""
    share = shares(text, amounts)
    # "200 gift packages, each worth VND 500,000": the price of one is not the gift's
    whole = [a for a in amounts if a not in share and not _EACH_RE.search(a.before)
             and not _EACH_AFTER_RE.match(a.after)]
    return share + whole


# "Since 2010, KOICA has provided over US$20 million to the province": a running total
# told as background, not a gift of this news
_SO_FAR_RE = re.compile(r"\b(?:[Ss]ince\s+(?:19|20)\d\d|[Oo]ver the (?:past|last)\b|[Ss]o far|"
                        r"[Tt]o date|[Ii]n recent years|[Oo]ver the years)")
# ("said the organisation had built 14 kindergartens … since 2016": told as said)
_HAS_GIVEN_RE = re.compile(r"\b(?:has|have|had)\s+(?:so far\s+|also\s+)?(?:provided|funded|"
                           r"supported|donated|granted|contributed|sponsored|implemented|"
                           r"mobilised|mobilized|given|disbursed|built)\b")


# "according to a report of the provincial Department … presented at its annual review
# conference": a report read out, not a gift handed over
_REPORT_PRESENTED_RE = re.compile(r"\b(?:report|plan|proposal|findings|results|paper)\b[^.;]{0,80}?"
                                  r"\bpresented\s+(?:at|during|to)\s+(?:the|its|a|an)\s+"
                                  r"(?:[\w-]+\s+){0,3}?(?:conference|meeting|session|workshop|"
                                  r"forum|seminar)\b")


def no_gift(text: str, clause: Span) -> bool:
    """Certificates of merit, medals and souvenirs presented to a donor are thanks; what a
    donor "has provided since 2010" is a running total; a report presented at a
    conference is read out."""
    return bool(_HONOUR_RE.search(text, clause.start, clause.end)) or bool(
        _SO_FAR_RE.search(text, clause.start, clause.end)
        and _HAS_GIVEN_RE.search(text, clause.start, clause.end)) or bool(
        _REPORT_PRESENTED_RE.search(text, clause.start, clause.end))


_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|has been|have been)\s+$")
_PROVIDED_BY_RE = re.compile(
    r"\b[Tt](?:he|his|hese)\s+(?:[\w-]+\s+){0,2}?(?:equipment|gifts?|donations?|batch|items|"
    r"supplies|devices|classrooms?|houses?|works?|aid|machines|bicycles|computers|books)\s+"
    # ("The houses were funded by X …" is a gift of its own, which the hand-over joins)
    r"(?:was|were)\s+(?:provided|donated|sponsored|supplied|given)\s+by\s+(?:the\s+)?")


def _giver_told_next(text: str, clause: Span, verb: re.Match,
                     read: Callable[[int, int], list[PartnerMention]]) -> str | None:
    """"… was handed over to the Dien Bien hospital. The equipment was provided by UNICEF
    …": a hand-over told with no giver, whose giver the same paragraph names next."""
    if not _PASSIVE_BEFORE_RE.search(text, max(clause.start, verb.start() - 14), verb.start()):
        return None
    paragraph = text.find("\n\n", clause.end)
    end = min(clause.end + 400, len(text) if paragraph < 0 else paragraph)
    if (by := _PROVIDED_BY_RE.search(text, clause.end, end)) is None:
        return None
    return next((p.id for p in read(by.end(), min(end, by.end() + 120))
                 if p.start == by.end()), None)


_IMPLEMENTED_BY_RE = re.compile(r"\b(?:will\s+be|is\s+being|is|was)\s+implemented\s+by\s+"
                                r"(?:the\s+)?")


# A province's foreign-affairs department, which arranges a hand-over beside the giver
FOREIGN_AFFAIRS_RE = re.compile(r"\bForeign Affairs\b")


def gift_roles(text: str, clause: Span, partners: list[PartnerMention],
               ctx: Context | None, read: Callable[[int, int], list[PartnerMention]],
               amounts: list[AmountHit] = ()) -> tuple[list, list] | None:
    """(donors, recipients) for the wordings above, or None to leave the clause to the
    first rules. `read(start, end)` gives the partners of any span of the page."""
    if ctx is None:
        return None
    by = _giver_named_after(text, clause, partners, amounts)
    if by is not None:
        donors, at = by
        recipients = _recipients(text, clause, partners, at, donors)
        if not recipients and (run := _IMPLEMENTED_BY_RE.search(text, at, clause.end)):
            # "… from the Government of Finland and will be implemented by the National Center
            # for Rural Water Supply …": a body of the country that carries the grant out
            # receives it (a foreign NGO that runs it passes it on)
            recipients = [p.id for p in partners if p.start == run.end()
                          and not ctx.foreign(p.id)][:1]
        return donors, recipients
    verb = _GIVE_VERB_RE.search(text, clause.start, clause.end)
    if verb is None:
        return None
    before = [p for p in partners if p.start < verb.start()]
    if before and all(_IN_COORDINATION_RE.search(text, clause.start, p.start) for p in before) \
            and _DELEGATION_HERE_RE.search(text, before[-1].end, verb.start()):
        before = []  # "in coordination with the … Association of X, the delegation handed …"
    if not before:
        # "the delegation presented …", "the foundation provided …"
        who = _referent(text, clause, verb.start(), ctx, read) \
            or _giver_told_next(text, clause, verb, read) or _guest_gives(text, clause, verb,
                                                                           ctx, read)
        if who:
            return [who], _recipients(text, clause, partners, verb.end(), [who])
        return None
    helpers = [p for p in before if _WORKS_WITH_RE.search(text[max(0, p.start - 40):p.start])
               and not ctx.foreign(p.id)]
    givers = [p.id for p in before if p not in helpers]
    if helpers and any(ctx.foreign(g) for g in givers):
        return _unique(givers), _recipients(text, clause, partners, verb.end(), givers + [
            p.id for p in helpers])
    handover = _HANDOVER_RE.search(text, clause.start, clause.end)
    if handover and len({p.id for p in before}) > 1:
        to = _TO_RE.search(text, verb.end(), clause.end)
        # (nor "… to poor households in Le Thuy district": the district, not the co-host)
        if not (to and (any(p.start >= to.start() for p in partners)
                        or units_where(text, to.end(), clause.end))):
            before = _without_addresses(text, before)
            joined = all(re.fullmatch(r"\s*(?:,\s*)?and\s+(?:the\s+)?|\s*,\s*(?:the\s+)?",
                                      text[a.end:b.start]) for a, b in pairwise(before))
            foreign = [p.id for p in before if ctx.foreign(p.id)]
            # (the foreign-affairs department beside the giver arranges the hand-over)
            others = [p.id for p in before if not ctx.foreign(p.id)
                      and not FOREIGN_AFFAIRS_RE.search(p.surface)]
            # "the Embassy of Japan and Huong Khe district held a ceremony to hand over …"
            if joined and foreign and others:
                return _unique(foreign), _unique(others)
    return None


def _guest_gives(text: str, clause: Span, verb: re.Match, ctx: Context,
                 read: Callable[[int, int], list[PartnerMention]]) -> str | None:
    """"On this occasion, Ms. Collins handed over …": the body of the guest the article
    named before, by title, as the one who gives."""
    m = _GUEST_RE.search(text, clause.start, verb.start())
    if m is None or not re.fullmatch(r"\s*(?:also\s+)?", text[m.end():verb.start()]):
        return None
    return guest_named_before(text, clause.start, verb.start(), ctx, read)


def _without_addresses(text: str, partners: list[PartnerMention]) -> list[PartnerMention]:
    """"the People's Committee of Binh Lieu district, Quang Ninh province": the province
    written right after a body is where it is."""
    kept = partners[:1]
    for p in partners[1:]:
        if not re.fullmatch(r"(?:\s+[a-z]+)?\s*,\s*", text[kept[-1].end:p.start]):
            kept.append(p)
    return kept


def place_named(text: str, start: int, end: int, place: PartnerMention) -> bool:
    """"Baise City", "Gyeongsan city": a place the gazetteer knows and the word for its
    kind."""
    rest = (text[start:place.start] + " " + text[place.end:end]).strip()
    return bool(re.fullmatch(r"(?:(?:the|The|[Cc]ity|[Pp]rovince|[Pp]refecture|Metropolitan|"
                             r"Municipality|County|[Dd]istrict)\s*)+", rest))


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _giver_named_after(text: str, clause: Span, partners: list[PartnerMention],
                       amounts: list[AmountHit]) -> tuple[list[str], int] | None:
    matches = [*_PASSIVE_RE.finditer(text, clause.start, clause.end),
               *_LATE_BY_RE.finditer(text, clause.start, clause.end),
               *_FUNDING_FROM_RE.finditer(text, clause.start, clause.end),
               *_RECEIVE_FROM_RE.finditer(text, clause.start, clause.end),
               *(m for a in amounts if (m := _SUM_FROM_RE.match(text, a.end, clause.end)))]
    for m in matches:
        if _OWNER_RE.match(m["by"]):
            continue  # "from Japan's Grant Assistance for …": a programme, not a giver
        donors = [p.id for p in partners if m.start("by") <= p.start < m.end("by")]
        if not donors and (owner := _OWNER_AFTER_RE.match(text, m.end("by"), clause.end)):
            # "from the Grant Assistance for … (GGP) of the Government of Japan"
            donors = [p.id for p in partners if owner.start("by") <= p.start < owner.end("by")]
        if donors:
            return _unique(donors + _co_givers(text, m.end("by"), clause, partners)), m.start()
    return None


# "funded by X (XA) and Y", "funded by X with support from Y": the name list runs on past
# the bracketed acronym or the giver's helper, and each body named in it gives.
_CO_GIVER_RE = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?(?:,\s*)?(?:and|with\s+(?:\w+\s+)?"
                          r"(?:support|funding|contributions?|co-funding)\s+from)\s+(?:the\s+)?"
                          r"(?P<by>[A-Z].*?)" + _NAME_END)


def _co_givers(text: str, end: int, clause: Span, partners: list[PartnerMention]) -> list[str]:
    m = _CO_GIVER_RE.match(text, end, clause.end)
    if not m:
        return []
    return [p.id for p in partners if m.start("by") <= p.start < m.end("by")]


def _recipients(text: str, clause: Span, partners: list[PartnerMention], at: int,
                donors: list[str]) -> list[str]:
    """Who receives: the subject of "received" before the giver, else the first partner
    after "to", else no one named (the caller gives it to the province)."""
    received = None
    for m in _RECEIVED_BEFORE_RE.finditer(text, clause.start, at):
        received = m
    # "GUFO received and handed over 30 wells funded by GNI to ethnic minority households in
    # Ia Grai district": who passed the gift on did not keep it
    if received and _PASSED_ON_RE.match(text, received.end()):
        return []
    if received:
        subject = [p for p in partners if p.start < received.start() and p.id not in donors]
        # "Luc Ngan District Medical Centre in Bac Giang province received …": the place
        # written after the body is where it is
        # (through a smaller place named on the way: "in Bau Bang district, Binh Duong …")
        while len(subject) > 1 and re.fullmatch(
                r"\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:district|commune|ward|town)"
                r"\s*,\s*|\s+in\s+(?:the\s+)?|\s*,\s*", text[subject[-2].end:subject[-1].start]):
            subject.pop()
        if subject:
            return _unique([subject[-1].id])
    for to in _TO_RE.finditer(text, clause.start, clause.end):
        after = [p for p in partners if p.start >= to.end() - 1 and p.id not in donors
                 and not (p.start < at <= p.end)]
        if after and after[0].start - to.end() < 60:
            return [p.id for p in listed_from(text, after)]
    return received_for(text, clause, partners, donors)


_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def listed_from(text: str, after: list[PartnerMention]) -> list[PartnerMention]:
    """The first partner of `after` and those listed with it ("… to Xiengkhouang and
    Houaphanh provinces": each of the list)."""
    listed = after[:1]
    for q in after[1:]:
        if not _LIST_GAP_RE.fullmatch(text, listed[-1].end, q.start) \
                or _A_PLACE_RE.search(q.surface) and not _A_PLACE_RE.search(listed[-1].surface):
            break  # ("… Binh Chau Commune Health Station, Binh Son District": where it is)
        if _SITE_END_RE.search(listed[-1].surface) and not q.id.startswith("extracted-") \
                and re.fullmatch(r",\s*", text[listed[-1].end:q.start]):
            break  # ("… the Hoa Vang District Social Protection Centre, Da Nang": the same)
        listed.append(q)
    return listed


_SITE_END_RE = re.compile(r"\b(?:Centre|Center|Hospital|School|Station|Kindergarten|Clinic|"
                          r"Pagoda|Church|University|College|Orphanage|Village)$")
_A_PLACE_RE = re.compile(r"\b(?:[Dd]istricts?|[Pp]rovinces?|[Cc]ommunes?|[Cc]ity|[Tt]own)$")


# "… from JICA for Binh Dinh General Hospital", "benefiting the Thanh Phu District People's
# Committee": a receiving word the body follows at once (at most "the provincial").
_FOR_RE = re.compile(r"\b(?:for|benefiting|benefitting|received by)\s+(?:the\s+)?"
                     r"(?:(?:provincial|local|district|commune)\s+)?")


def received_for(text: str, clause: Span, partners: list[PartnerMention],
                 donors: list[str]) -> list[str]:
    """The body named right after "for" or "benefiting" in a gift clause: who receives."""
    for m in _FOR_RE.finditer(text, clause.start, clause.end):
        after = next((p for p in partners if p.start >= m.end() - 1), None)
        if after and after.start - m.end() <= 1 and after.id not in donors:
            return [after.id]
    return []


def _referent(text: str, clause: Span, at: int, ctx: Context,
              read: Callable[[int, int], list[PartnerMention]]) -> str | None:
    """The body "the delegation" or "the foundation" before the verb at `at` stands for."""
    if _SIDE_RE.search(text, clause.start, at):  # "the Lao side", "the Korean delegation"
        return _named_before(text, clause.start, at, ctx, read)
    if m := _DELEGATION_HERE_RE.search(text, clause.start, at):
        if named := _delegation_named(text, m, ctx, read):
            return named
        whose = None
        for d in _DELEGATION_OF_RE.finditer(text, 0, m.start()):
            named = read(d.end(), min(len(text), d.end() + 80))
            # ("a delegation from Laos's Khammouane province": the province, of Laos)
            if named and (named[0].start - d.end() < 3 or _COUNTRYS_RE.fullmatch(
                    text, d.end(), named[0].start)):
                whose = named[0].id
        # ("a delegation of Veterans For Peace (VFP)": a body of no known country is no
        # Vietnamese one either)
        if whose and whose != ctx.home and (ctx.foreign(whose)
                                            or _country(ctx, whose) is None):
            return whose
        return ctx.home if ctx.home else None
    return _named_before(text, clause.start, at, ctx, read)


# "On this occasion, the delegation presented 50 gift packages …" after "received a
# delegation of the Brazilian Committee for Solidarity with Viet Nam": that body gives
_THE_DELEGATION_GIVES_RE = re.compile(r"\b[Tt]he\s+delegation\s+(?:also\s+)?(?:presented|"
                                      r"donated|handed over|gave|offered)\b")


def delegation_from_abroad(text: str, clause: Span, ctx: Context,
                           read: Callable[[int, int], list[PartnerMention]]) -> str | None:
    """The body from abroad whose delegation gives in a clause ("the delegation presented
    …"), read as for a meeting; None when it is the province's own."""
    if not (gives := _THE_DELEGATION_GIVES_RE.search(text, clause.start, clause.end)):
        return None
    who = _referent(text, clause, gives.end(), ctx, read)
    return who if who and who != ctx.home else None


def _delegation_named(text: str, m: re.Match, ctx: Context,
                      read: Callable[[int, int], list[PartnerMention]]) -> str | None:
    """"the Kemerovo delegation": the body named before whose name starts with that word;
    "the club's delegation": the body of that kind named before."""
    if m["whose"] and m["whose"].islower() and _REFERENT_RE.match(text, m.start()):
        return _named_before(text, m.start(), m.end(), ctx, read)
    if m["whose"] and m["whose"][0].isupper() and (named := [
            p for p in read(0, m.start()) if p.id != ctx.home
            and re.match(re.escape(m["whose"]) + r"\b", p.surface)]):
        return named[-1].id
    return None


NATIONALITIES = {"Lao": "laos", "Laotian": "laos", "Cambodian": "cambodia", "Chinese": "china",
                  "Korean": "south-korea", "Japanese": "japan", "Thai": "thailand",
                  "Australian": "australia", "American": "united-states", "U.S.": "united-states",
                  "US": "united-states", "German": "germany", "French": "france",
                  "British": "united-kingdom", "Dutch": "netherlands", "Swiss": "switzerland",
                  "Canadian": "canada", "Singaporean": "singapore", "Indian": "india",
                  "Italian": "italy", "Spanish": "spain", "Belgian": "belgium",
                  "Danish": "denmark", "Swedish": "sweden", "Norwegian": "norway",
                  "Finnish": "finland", "Irish": "ireland", "Israeli": "israel",
                  "Russian": "russia", "Malaysian": "malaysia", "Indonesian": "indonesia",
                  "Filipino": "philippines", "Luxembourgish": "luxembourg",
                  "Brazilian": "brazil", "Cuban": "cuba", "Chilean": "chile",
                  "Argentine": "argentina", "Argentinian": "argentina", "Turkish": "turkey",
                  "Mexican": "mexico", "Polish": "poland", "Czech": "czech-republic",
                  "Hungarian": "hungary", "Bulgarian": "bulgaria", "Belarusian": "belarus",
                  "Austrian": "austria", "Venezuelan": "venezuela", "Mongolian": "mongolia",
                  "Ukrainian": "ukraine", "Kazakh": "kazakhstan", "Qatari": "qatar",
                  "Kuwaiti": "kuwait"}
_SIDE_RE = re.compile(r"\b[Tt]he\s+(?P<adj>" + "|".join(map(re.escape, NATIONALITIES))
                      + r")\s+(?:side|delegation|partners?|friends|guests|province|locality)\b")


def _named_before(text: str, start: int, end: int, ctx: Context,
                  read: Callable[[int, int], list[PartnerMention]]) -> str | None:
    """"the foundation", "the Fund's delegation": the body of that kind named before; "the
    Lao side": the partner of that country named before; "the province": the article's."""
    if m := _SIDE_RE.search(text, start, end):
        country = NATIONALITIES[m["adj"]]
        earlier = [p for p in read(0, m.start()) if p.id != ctx.home
                   and _country(ctx, p.id) == country]
        if earlier:
            return earlier[-1].id
    if m := _REFERENT_RE.search(text, start, end):
        head = m["head"].lower()
        if head == "province" and not m["adj"] and ctx.home:
            # "The province also granted 30 scholarships to Houaphanh students": a site's
            # own page calls its province "the province", whatever province it named last
            return ctx.home
        earlier = [p for p in read(0, m.start()) if p.id != ctx.home and (
            head in p.surface.lower() or head in _kind_words(ctx, p.id))]
        if earlier:
            return earlier[-1].id
    return None


_KIND_WORDS = {"foreign_ngo": "foundation organisation organization ngo charity fund group",
               "diplomatic_mission": "embassy consulate",
               "donor_agency": "agency organisation organization",
               "un_agency": "agency organisation organization fund",
               "company": "company corporation group",
               "local_government": "city prefecture province"}


def _country(ctx: Context, pid: str) -> str | None:
    entry = ctx.proposals.get(pid) or ctx.gaz.partners.get(pid)
    return getattr(entry, "country", None)


def _kind_words(ctx: Context, pid: str) -> str:
    entry = ctx.proposals.get(pid) or ctx.gaz.partners.get(pid)
    return _KIND_WORDS.get(getattr(entry, "kind", "") or "", "")


# "the People's Committee of Binh Lieu district", "the Women's Union of Luc Ngan
# district": the English pages write these kinds in lower case; after "<body> of" they end
# the body's name.
_KIND_AFTER_RE = re.compile(r"\s+(?:district|commune|ward|town|city)\b")
_BODY_OF_RE = re.compile(r"\b(?:Committee|Union|Association|Society|Department|Hospital|School|"
                         r"Centre|Center|Office|Station|Council|Front) of\s+[A-Z]")


# "Yamaha Motor Vietnam Co., Ltd.", "… Joint Stock Company": a company's legal form
_LEGAL_FORM_RE = re.compile(r"(?:\s+Co\.?)?,?\s+(?:Ltd\.?|JSC|Inc\.?|Corp\.?|PLC)(?!\w)")
# "Vitens Evides International of the Netherlands", "Lotte Foundation of the Republic of
# Korea": the body, and its country ("Embassy of Japan", "Government of Japan" keep it; so
# does a club, named by where it meets: "Rotary Club of Singapore")
_OF_COUNTRY_RE = re.compile(
    r"(?<!\bEmbassy)(?<!\bGovernment)(?<!\bConsulate)(?<!\bGeneral)(?<!\bMinistry)(?<!\bClub)"
    r"(?<!\bRepublic)(?<!\bKingdom)(?<!\bCommittee)(?<!\bAdministration)(?<![Pp]rovince)"
    r"(?<!\bForeign Affairs)"  # "the Ministry for Foreign Affairs of Finland"
    r"(?<![Cc]ity)(?<![Pp]refecture)"
    r"\s+of\s+(?:the\s+)?(?:Republic of Korea|Korea|Netherlands|United States(?: of America)?|"
    r"United Kingdom|Philippines|Japan|Australia|Germany|France|Switzerland|Canada|Belgium|"
    r"Sweden|Norway|Denmark|Finland|Italy|Spain|Singapore|Thailand|Laos|Lao PDR|Cambodia|"
    r"China|India|Israel|Taiwan|New Zealand|Ireland|Luxembourg|Austria|USA|UK)$")
# "Tan Thang Primary School in Ham Tan district": the school, and where it is
_BODY_IN_RE = re.compile(r"\b(?:School|Hospital|College|University|Kindergarten|Centre|Center|"
                         r"Station|Clinic)(?:\s+\d{1,3})?\s+in\s+[A-Z].*$")


def with_kind_after(text: str, start: int, end: int) -> tuple[int, int]:
    """Where a run of capitals found by the first rules really ends."""
    if _BODY_OF_RE.search(text, start, end) and (
            m := _KIND_AFTER_RE.match(text, end)):
        return start, m.end()
    if m := _LEGAL_FORM_RE.match(text, end):
        return start, m.end()
    if (m := _OF_COUNTRY_RE.search(text, start, end)) and len(text[start:m.start()].split()) > 1:
        return start, m.start()
    if m := _BODY_IN_RE.search(text, start, end):
        return start, m.start() + len(m[0].split(" in ")[0])
    return start, end


# --- what is counted ------------------------------------------------------------------

_NUMBERS = {w: i for i, w in enumerate(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen"], start=1)}
_TENS = {w: 10 * i for i, w in enumerate(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=2)}
_DIGIT = "|".join(list(_NUMBERS)[:9])
_BELOW_100 = rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{_DIGIT}))?|{'|'.join(_NUMBERS)})"
# "three clean water works" counts like "3 clean water works", "Two hundred wheelchairs" like
# 200, "one hundred and fifty bicycles" like 150; "one" alone is left out, as in "one of the …"
NUMBER_WORDS = (rf"(?i:(?:{_DIGIT})\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?|"
                rf"(?!one\b){_BELOW_100})")
# Words that end what was counted: "5,000 face masks donated by …"
ITEM_ENDS = (r"donated|provided|funded|sponsored|presented|granted|given|offered|by|valued|"
             r"built|including|"
             r"costing|totall?ing|were|was|under|each|through")


_ONE_EACH_RE = re.compile(r"\b(?:presented|handed over|granted|awarded|gave|donated|offered)\s+"
                          # "presented ¥2 million in scholarships to 40 students"
                          r"(?:\S+(?:\s+(?:million|billion|thousand))?\s+in\s+)?"
                          r"(?P<what>(?:[a-z-]+\s+){0,2}(?:scholarships|bicycles|gift packages|"
                          r"gifts|laptops|computers|tablets|life jackets|helmets))"
                          # "presented scholarships worth ¥2 million to 100 pupils"
                          r"(?:\s+worth\s+\S+(?:\s+(?:million|billion|thousand))?)?\s+to\s+"
                          r"(?P<n>\d{1,3}(?:,\d{3})*|\d+)\s+(?:\w+\s+)?(?:students|pupils|"
                          r"children|households|families|people|teachers|patients)\b")


# "funded flood-resilient houses for 40 poor households": a house for each; "funded free
# cataract surgeries for 400 elderly patients": a surgery for each
_ONE_EACH_FOR_RE = re.compile(r"\b(?:funded|built|provided|constructed|handed over|presented|"
                              r"performed|sponsored)\s+"
                              # ("free cleft lip and palate surgeries for 95 children")
                              r"(?P<what>(?:[a-z-]+\s+){0,5}(?:houses|homes|shelters|wells|"
                              r"water tanks|latrines|toilets|surgeries|operations))\s+for\s+"
                              r"(?P<n>\d{1,3}(?:,\d{3})*|\d+)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:households|families|patients|children|people)\b")


def one_each(text: str, start: int, end: int) -> list[ItemHit]:
    """"presented scholarships to 40 students", "funded houses for 40 poor households": 40
    scholarships, 40 houses, one each."""
    m = _ONE_EACH_RE.search(text, start, end) or _ONE_EACH_FOR_RE.search(text, start, end)
    if not m:
        return []
    return [ItemHit(m.start("what"), m.end("n"), m["what"], None, m["n"].replace(",", ""))]


# ("coordinated with the district … to hand over a library to …": done, not planned)
_TO_NAMED_RE = re.compile(r"\b(?:presented|handed over|donated|granted|gave|offered|"
                          r"coordinated\b[^.;]{0,150}?\s+to\s+hand over)\s+"
                          r"(?:[\w-]+\s+){1,6}?to\s+(?:the\s+)?(?:[\w,]+\s+){0,4}?")


def given_to_someone(text: str, clause: Span, partners: list[PartnerMention]) -> bool:
    """"Gia Lai Provincial People's Committee presented scholarships to 40 students from
    Ratanakiri province": a giver before the verb and a receiver after "to" tell a gift
    the next sentence may price ("Each scholarship is worth …, bringing the total to …")."""
    m = _TO_NAMED_RE.search(text, clause.start, clause.end)
    return bool(m and any(p.start < m.start() for p in partners)
                and any(m.end() <= p.start < m.end() + 40 for p in partners))


def count_of(written: str) -> str:
    """"Two hundred" → "200", "one hundred and fifty" → "150", "12" → "12"."""
    words = re.split(r"[\s-]+", written.lower())
    if not all(w in _NUMBERS or w in _TENS or w in ("hundred", "and") for w in words):
        return written
    total = 0
    for w in words:
        total = total * 100 if w == "hundred" else total + _NUMBERS.get(w, _TENS.get(w, 0))
    return str(total)


# The fields an office is named for, two of them joined by "and"
_FIELDS = (r"Education|Training|Health|Labour|Labor|Culture|Sports?|Information|Communications|"
           r"Agriculture|Rural Development|Finance|Planning|Investment|Science|Technology|"
           r"Industry|Trade|Justice|Construction|Transport|Tourism|Environment|Social Affairs")
_FIELD_END_RE = re.compile(rf"\b(?:{_FIELDS})$")
_FIELD_OFFICE_RE = re.compile(rf"(?:{_FIELDS})\s+(?:Office|Department|Division|Bureau|Section|"
                              r"Service)\b")


def two_names(left: str, right: str, kinds: str) -> bool:
    """"Embassy of Japan and Huong Khe District People's Committee": each side of "and"
    says what kind of body it is, so they are two ("Department of Education and Training"
    is one: "Training" is no body)."""
    has_kind = re.compile(rf"\b(?:{kinds})\b")
    person = re.compile(rf"(?:(?:Vice|Deputy|Standing|Acting)\s+)*(?:{_TITLES})\b")
    if _FIELD_END_RE.search(left) and _FIELD_OFFICE_RE.match(right):
        return False  # "Boualapha District Education and Sports Office": one office
    if _TITLE_OF_RE.match(right) and has_kind.search(left):
        return True  # "… Committee Vo Van Minh and Mayor of Daegu …": two holders, two bodies
    # "University of Medicine and Pharmacy and Saitama Medical University": the kind after a
    # further "and" is the next name's
    right = re.split(r"\s+and\s+", right, maxsplit=1)[0]
    return bool(has_kind.search(left) and has_kind.search(right)
                and re.match(r"(?:the\s+)?[A-Z]", right)
                and not person.match(left) and not person.match(right))


# --- who is named ---------------------------------------------------------------------

# ("at the City People's Committee" in news of Hai Phong, a city of a province's rank)
HOME_RE = re.compile(r"\b(?:the\s+)?(?:PPC|(?:[Pp]rovincial|City|[Mm]unicipal)\s+People['’]s\s+"
                     r"Committee|"
                     r"[Pp]rovincial\s+Party\s+Committee|"
                     r"provincial\s+(?:authorities|administration|government|leaders(?:hip)?))\b")
_PROVINCIAL_BEFORE_RE = re.compile(r"(?:the\s+)?provincial\s+$")


def home_body(text: str, start: int, end: int) -> bool:
    """"the provincial People's Committee": the province's own body by its kind alone,
    whose capitals start after "provincial" in lower case."""
    if HOME_RE.fullmatch(text, start, end):
        return True
    before = _PROVINCIAL_BEFORE_RE.search(text, max(0, start - 16), start)
    return bool(before) and bool(HOME_RE.fullmatch(text, before.start(), end))


# ("Samsung Electronics Vietnam Thai Nguyen Co., Ltd. (SEVT)": a company's form after a comma)
_ACRONYM_DEF_RE = re.compile(r"(?P<name>[A-Z][\w'’.&-]*(?:(?:\s+(?:of|and|for|the|in|on|for the)?"
                             r"\s*|,\s+(?=(?:Ltd|Inc|JSC|LLC|Corp)\b))[A-Z][\w'’.&-]*)+)"
                             # (not a plural: "Committee for Foreign Non-Governmental
                             # Organisations (FNGOs)" names what the committee is for)
                             # ("(TECO Hanoi)": the acronym with the city of the office)
                             r"\s*\((?P<acr>(?![A-Z]{2,}s\))[A-Z][A-Za-z&-]{1,9}"
                             r"(?:\s+[A-Z][a-z]+)?)\)")


# "(QIP) scheme of the Government of India": what follows a government's scheme's name
SCHEME_OF_RE = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:scheme\s+|programme\s+|program\s+)?"
                          r"of\s+the\s+(?:Government|Embassy|People)\b")


def more_partners(gaz: Gazetteer, text: str, start: int, end: int,
                  found: list[PartnerMention], home: str | None,
                  read: Callable[[int, int], list[PartnerMention]],
                  proposals: dict[str, Proposal] | None = None) -> list[PartnerMention]:
    """The partners of text[start:end] the first rules left out: acronyms the article gave
    a name ("… Foundation (HCF)"), and the province named by its own bodies ("the PPC")."""
    taken = [(f.start, f.end) for f in found]

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    more: list[PartnerMention] = []
    # ("Vice President in charge of International Relations": a portfolio, no body)
    found[:] = _addresses_dropped(gaz, text, [f for f in found
                                              if not _in_a_persons_name(text, f)
                                              and not _IN_CHARGE_OF_RE.search(
                                                  text, max(0, f.start - 20), f.start)])
    defined = {m["acr"]: (m.start("name"), m.end("name"))
               for m in _ACRONYM_DEF_RE.finditer(text, 0, end)}
    if proposals is not None:
        # "Korea Medical Aid (KMA)": a name that brings its own acronym is an organisation,
        # whatever its words say it is
        for acr, (ns, ne) in defined.items():
            ns = ns + 4 if text[ns:ns + 4].lower() == "the " else ns
            # ("the Quick Impact Projects (QIP) scheme of the Government of India": a scheme)
            if start <= ns < end and free(ns, ne) and _initials(text[ns:ne]) == acr.upper() \
                    and not gaz.find("partners", text, ns, ne) \
                    and not SCHEME_OF_RE.match(text, text.find(")", ne) + 1):
                name = text[ns:ne]
                id_ = "extracted-" + slug(name)
                proposals.setdefault(id_, Proposal(id_, name, "foreign_ngo", None, None, ns, ne,
                                                   acr))
                more.append(PartnerMention(ns, ne, id_, name, 0.6))
                taken.append((ns, ne))
    for acr, (ns, ne) in defined.items():
        if any(k.start == 0 and k.end == len(acr) for k in gaz.find("partners", acr, 0, len(acr))):
            continue  # one the gazetteer knows is found by it
        own = proposals is not None and start <= ns < end and next(
            (p for p in read(ns, ne) if p.end >= ne - 1 and p.id in proposals), None)
        if own and proposals[own.id].acronym is None:
            # "Samsung Electronics Vietnam Thai Nguyen Co., Ltd. (SEVT)": the body goes by it
            proposals[own.id] = replace(proposals[own.id], acronym=acr)
        for m in re.finditer(rf"(?<![\w(]){re.escape(acr)}(?![\w)])", text[start:end]):
            s, e = start + m.start(), start + m.end()
            # ("TECO Hanoi presented …", "the CHMF Hospital delegation": the body, not the city
            # in its short name nor a body of that name)
            inside = [f for f in found if s <= f.start and f.end <= e and (
                f.end - f.start < e - s or f.id.startswith("extracted-"))]
            if " " in acr and inside and s >= ne:
                found[:] = [f for f in found if f not in inside]
                taken = [t for t in taken if t not in {(f.start, f.end) for f in inside}]
            if s < ne or not free(s, e):
                continue
            named = [p for p in read(ns, ne) if p.end >= ne - 1]
            if named:
                more.append(PartnerMention(s, e, named[-1].id, text[s:e], named[-1].confidence))
                taken.append((s, e))
    if home:
        for m in HOME_RE.finditer(text, start, end):
            s = m.start() + (4 if text[m.start():m.start() + 4].lower() == "the " else 0)
            if free(s, m.end()) and not _placed_before(text, s):
                more.append(PartnerMention(s, m.end(), home, text[s:m.end()], 0.8))
                taken.append((s, m.end()))
    return more


# ("Ambassador and Head of the Delegation of the European Union": two titles, one holder)
_TITLE_OF_RE = re.compile(rf"(?:(?:Vice|Deputy|Standing|Acting|Permanent|State)\s+)*"
                          rf"(?:{_TITLES_OF})\s+"
                          rf"(?:and\s+(?:{_TITLES_OF})\s+)?of\s+(?:the\s+)?(?=[A-Z])")
_BARE_KIND_RE = re.compile(r"(?:Fund|Foundation|Embassy|Consulate|Consulate General|Committee|NGO|"
                           r"Club|"
                           r"Department|Agency|Organi[sz]ation|Association|Union|Company|"
                           r"Government|Province|City|Prefecture|Programme|Program|Project|"
                           r"province|city|prefecture|company|organi[sz]ation|charity|agency|"
                           r"Oblast|Region|State|Krai|"
                           # "Deputy Chairman of the Government of the Oblast": the region
                           # named before
                           r"(?:Government|Administration|Executive Committee|People['’]s "
                           r"Committee) of the (?:Oblast|Province|Prefecture|Region|State|County|"
                           r"City|Krai))"
                           r"(?:['’]s)?")


def held_body(text: str, start: int, end: int, kinds: str) -> tuple[int, int]:
    """"Governor of Svay Rieng province", "Mayor of Daegu Metropolitan City Hong Joon-pyo":
    the body starts after the holder's title and ends before the holder's name."""
    m = _TITLE_OF_RE.match(text, start, end)
    if not m:
        return start, end
    body = text[m.end():end]
    last = None
    for last in re.finditer(rf"\b(?:{kinds})\b", body):
        pass
    # a holder's name: a few short capitalised words, none of them a body's word
    if last and re.fullmatch(r"(?:\s+(?!(?:Agency|Office|Bank|Centre|Center|Union|Group|"
                             r"Trust|Viet|Vietnam)\b)[A-Z][\w'’-]{0,7}){1,4}", body[last.end():]):
        return m.end(), m.end() + last.end()
    # "Director of the Thai Nguyen Department of Foreign Affairs Hoang Van Hung": what the
    # body deals with after "of", then a Vietnamese holder's full name
    if last and (held := _HELD_AFTER_OF_RE.fullmatch(body, last.end())):
        return m.end(), m.end() + held.end(1)
    return m.end(), end


# Family names that open most Vietnamese full names, as the English pages spell them.
_FAMILY_EN = ("Nguyen|Tran|Le|Pham|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Ly|Dinh|"
              "Trinh|Luong|Mai|Dao|Cao|Lam|Ta|Chu|Hua|Thai|Trieu|Quach|To|Vuong|Kieu|Doan|"
              "Nong|Lo|Giang|Vi|Ha|Dam|Luu|Phung|Sung|Thao|Nghiem|Giap|Khong|Hau|Thach|Danh")
_HELD_AFTER_OF_RE = re.compile(rf"(\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
                               rf"(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*?)"
                               rf"\s+(?:{_FAMILY_EN})(?:\s+[A-Z][\w'’-]*){{1,3}}")


def bare_kind(name: str) -> bool:
    """"the Fund's delegation", "the Committee", "a Korean NGO": a body named by its kind
    alone, or by its kind and a nationality, is described, not named."""
    words = name.split(maxsplit=1)
    if len(words) == 2 and (words[0] in NATIONALITIES or re.fullmatch(
            r"[A-Z][a-z]+(?:ese|ian|ish)", words[0])):
        name = words[1]
    return bool(_BARE_KIND_RE.fullmatch(name))


def _addresses_dropped(gaz: Gazetteer, text: str,
                       found: list[PartnerMention]) -> list[PartnerMention]:
    """"a delegation of Gyeongsan City, Gyeongsangbuk-do Province, Republic of Korea",
    "Svay Rieng province, Kingdom of Cambodia": a province or a country written right after
    a body or a city is where it lies, not a partner of its own. Two provinces the
    gazetteer knows side by side ("Kon Tum, Gia Lai") are a list."""
    def kind(pid: str) -> str | None:
        entry = gaz.partners.get(pid)
        return entry.kind if entry else None

    ordered = sorted(found, key=lambda f: f.start)
    kept: list[PartnerMention] = []
    for f in ordered:
        prev = kept[-1] if kept else None
        gap = text[prev.end:f.start] if prev and prev.end <= f.start else None
        venue = prev and re.search(r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?$",
                                   text[max(0, prev.start - 8):prev.start])
        # "Kon Tum, Gia Lai": a list; "Gyeongsan City, Gyeongsangbuk-do Province": a city
        # and where it lies
        a_place = prev and (kind(prev.id) == "local_government" or re.search(
            r"\b(?:Province|Prefecture|province|prefecture)$", prev.surface)) and not re.search(
            r"\b(?:City|city|District|district|County|Town|town)$", prev.surface) and not (
            # ("Wenshan … Autonomous Prefecture, Yunnan province": a prefecture of China lies
            # in its province)
            re.search(r"\b(?:Prefecture|prefecture)$", prev.surface)
            and re.search(r"\b(?:Province|province)$", f.surface))
        # a province the gazetteer does not know is one by its name ("South Gyeongsang
        # province")
        province = kind(f.id) == "local_government" or kind(f.id) is None and re.search(
            r"\b(?:Province|Prefecture|province|prefecture|Oblast|oblast|Krai|krai|Voivodeship|"
            r"voivodeship)$", f.surface)
        # (the name in its own language may come between: "X Prefecture (Châu …), Yunnan")
        if gap is not None and not venue and re.fullmatch(
                r"(?:\s*\([^()]*\))?(?:\s+[a-z]+)?\s*,\s*", gap) and (
                kind(f.id) == "national_government" or province and not a_place):
            continue
        kept.append(f)
    return kept


_IN_CHARGE_OF_RE = re.compile(r"\bin\s+charge\s+of\s+(?:the\s+)?$")
_FAMILY_BEFORE_RE = re.compile(rf"\b(?:{FAMILY_EN})\s+$")
_PERSON_RE = re.compile(r"\b(?:Mr|Ms|Mrs|Madam|Dr|H\.E)\.?\s+(?:[A-Z][\w'’-]*\s+){0,4}$")


def _in_a_persons_name(text: str, mention: PartnerMention) -> bool:
    """"Mr. Nguyen Van Nam": "Van Nam" (Yunnan) is part of a person's name here; "President
    Ho Chi Minh", "the Ho Chi Minh memorial space": the man the city is named after."""
    return bool(_PERSON_RE.search(text[max(0, mention.start - 40):mention.start])) or bool(
        # "Chairman … Nguyen Van Nam": "Van Nam" (Yunnan) after a family name is his name
        re.match(r"V[aă]n\s", mention.surface)
        and _FAMILY_BEFORE_RE.search(text, max(0, mention.start - 12), mention.start)) or (
        mention.surface == "Ho Chi Minh" and bool(
            re.search(r"\b(?:President|Uncle|Chairman)\s+$", text[max(0, mention.start - 12):
                                                                   mention.start])
            or _NAMED_AFTER_HIM_RE.match(text, mention.end)))


_NAMED_AFTER_HIM_RE = re.compile(r"['’]s\b|\s+(?:[Mm]emorial|[Mm]onument|[Ss]tatue|[Mm]useum|"
                                 r"[Mm]ausoleum|[Rr]elic|[Tt]hought|[Bb]irth)")


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", name)).upper()


def _placed_before(text: str, at: int) -> bool:
    """"Yen Bai Provincial People's Committee": the place is written before the body."""
    return bool(re.search(r"[A-Z][\w]*\s+$", text[max(0, at - 20):at])) and not re.search(
        r"\b(?:the|of|The|Chairman|Chairwoman|Chair|Director|Secretary|Vice|Standing)\s+$",
        text[max(0, at - 20):at])


# --- who signed ---

# "signed a twinning agreement", "inked a memorandum of understanding (MoU)", "A
# memorandum of understanding … was signed", "signed the aide-memoire of the mission" (what
# a donor's mission and the province agreed): what the first rules' "signed a MoU" misses
_KIND_SIGNED = (r"memorandum of understanding|MOU|MoU|record of discussions?|aide-m[ée]moire|"
                r"minutes(?: of (?:the\s+)?(?:discussions?|talks|meeting|working session))?|"
                r"letter of intent|cooperation plan|(?:[\w-]+\s+)?project documents?|protocol|"
                r"cooperation programme|action plan|"
                r"(?:[\w-]+\s+){0,4}?agreement")
# ("The Record of Discussions … was signed": a kind written with capitals too)
SIGN_RE = re.compile(rf"\b(?:signed|inked)\s+(?:a|an|the)?\s*(?:new\s+)?"
                     rf"(?P<what>(?i:{_KIND_SIGNED}))\b"
                     rf"|\b(?P<passive>(?i:{_KIND_SIGNED}))\b[^.;]{{0,100}}?\b(?:was|were|has been|"
                     rf"had been)\s+signed\b")


class _Signing:
    """A match-like view of a signing: its span and what was signed."""

    def __init__(self, m: re.Match) -> None:
        self._m = m
        self.what = m["what"] or m["passive"]

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()

    def __getitem__(self, key: str) -> str:
        if key == "what":
            return re.sub(r"^(?:[\w-]+\s+){0,4}?(?=agreement$)", "", self.what) \
                if self.what.lower().endswith("agreement") and not re.search(
                    r"cooperation agreement$", self.what, re.IGNORECASE) else self.what
        return self._m[key]


def signing(text: str, clause: Span) -> _Signing | None:
    m = SIGN_RE.search(text, clause.start, clause.end)
    return _Signing(m) if m else None


_BETWEEN_RE = re.compile(r"\b(?:signed|inked)\s+(?:\w+\s+){0,3}?(?:between|by)\s+")


# "… was signed by KOICA and the provincial People's Committee": the province's own side,
# named by its kind
_OUR_SIGNER_RE = re.compile(r"\b(?:the\s+)?(?:[Pp]rovincial\s+People['’]s\s+Committee|"
                            r"[Pp]rovince)\b")


def signers_after(text: str, clause: Span, partners: list[PartnerMention],
                  home: str | None = None) -> list[str]:
    """"A memorandum … was signed between X and Y", "… was signed by X and the provincial
    People's Committee": the parties come after the verb."""
    m = _BETWEEN_RE.search(text, clause.start, clause.end)
    if not m:
        return []
    # ("… by X and Y in Hanoi": where, not who; "the provincial People's Committee in
    # Hanoi" is the province's, wherever it signed)
    found = _unique([p.id for p in _without_addresses(text, [
        p for p in partners if p.start >= m.end() and not re.search(
            r"\b(?:in|at|[Pp]rovincial)\s+(?:the\s+)?$", text[max(m.end(), p.start - 12):p.start])])])
    if found and home and home not in found and _OUR_SIGNER_RE.search(text, m.end(), clause.end):
        found.append(home)
    return found


# --- who met --------------------------------------------------------------------------

_TITLES = (r"Ambassador|Consul|Governor|Vice Governor|Chairman|Chairwoman|President|Director|"
           r"Mayor|Minister|Deputy|Representative|Chief|Head|Secretary|Counsellor|Country Director|"
           r"leaders?|officials?|representatives?|delegates?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?")
MEETINGS: list[tuple[str, re.Pattern[str]]] = [
    ("visit", re.compile(r"\b(?:paid|pays|pay)\s+(?:a\s+|an\s+)?(?:courtesy|working|official|"
                         r"friendship)\s+(?:call|visit)s?\s+(?:on|to)\b|\bvisits\b|"
                         r"\bcame to (?:visit|work)\b|\bon a (?:working |official )?visit to\b")),
    ("working_meeting", re.compile(
        rf"\b(?:received|receives|receive|welcomed|welcomes|hosted|hosts)\s+(?:and\s+worked\s+"
        rf"with\s+)?(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w.'’-]*\s+){{0,3}}(?:{_TITLES})\b|"
        # ("received the U.S. Embassy delegation": a name with its points)
        rf"\b(?:received|receives|welcomed|welcomes)\s+(?:the\s+|a\s+|an\s+)?"
        rf"(?:[\w.'’-]+\s+){{0,4}}delegation\b|"
        # "received Axel Neubauer, HSF Resident Representative in Viet Nam": a guest by name,
        # then the post
        rf"\b(?:received|receives|welcomed|welcomes)\s+(?:[A-Z][\w'’-]*\s+){{1,3}}?"
        rf"[A-Z][\w'’-]*,\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,5}}?(?:{_TITLES})\b|"
        rf"\b(?:had|held)\s+(?:a\s+|an\s+)?(?:working\s+session|meeting|talks)\b|"
        # ("the project … met its targets": what a work reached, no one met)
        rf"\breceived and worked with\b|\bworks with\b|\bmeets\b|\bmet\b(?!\s+(?:the|its|their|"
        rf"all)\s+(?:\w+\s+)?(?:needs|demands?|targets?|criteria|requirements|goals?|"
        rf"expectations|standards?|deadlines?)\b)|\b(?:had|has|have|hold|holds|held)\s+"
        rf"(?:a\s+|an\s+)?(?:(?:annual|bilateral|official|regular)\s+)?"
        rf"(?:working\s+session|meeting|talks|courtesy\s+meeting|discussion|"
        rf"bilateral\s+meeting|reception)s?\s+(?:with|for)\b|\bhold\s+talks\b|\bcourtesy call\b")),
]


# "received Mr. Carson and his delegation", "Mr. Tanaka paid a courtesy call on …": a guest
# named as a person, by honorific and surname
_GUEST_RE = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<name>[A-Z][\w'’-]+)")
_SENTENCE_BREAK_RE = re.compile(r"[.!?][\"”]?\s|\n")


def guest_named_before(text: str, start: int, end: int, ctx: Context,
                        read: Callable[[int, int], list[PartnerMention]]) -> str | None:
    """The body of a guest a meeting names as a person: the one written before that person's
    name where the article first gave it ("…, said the UNFPA Representative in Viet Nam,
    Matthew Carson"); when the article gave the name with a title alone ("Minister-
    Counsellor Tanaka Hiroshi said …"), the foreign body it named first, the one it is
    about."""
    m = _GUEST_RE.search(text, start, end)
    first = re.search(rf"\b{re.escape(m['name'])}\b", text[:start]) if m else None
    if first is None:
        return None
    opening = max((b.end() for b in _SENTENCE_BREAK_RE.finditer(text, 0, first.start())),
                  default=0)
    named = read(opening, first.end())
    if any(p.start <= first.start() < p.end for p in named):
        return None  # the name run into a body's ("… Consul General … Susan Burns"): unsure
    bodies = [p.id for p in named if p.end <= first.start() and _a_body(ctx, p.id)]
    if bodies:
        return bodies[-1]
    return next((p.id for p in read(0, start) if _a_body(ctx, p.id)), None)


def _a_body(ctx: Context, pid: str) -> bool:
    """A body from abroad or of the world (a UN agency has no country), not a country nor a
    place."""
    entry = ctx.proposals.get(pid) or ctx.gaz.partners.get(pid)
    return bool(entry) and pid != ctx.home and entry.country != "vietnam" \
        and entry.kind not in ("local_government", "national_government")


# "the two sides signed …", "both delegations held talks": the sides are those told before.
# Declared once, for the English reader and for the sides filled in after reading.
TWO_SIDES_EN = ("the two sides", "both sides", "the two delegations", "both delegations",
                "the two provinces", "the two localities", "the two cities", "the two capitals",
                "the two leaders", "both leaders", "the two parties", "the two universities",
                "both universities", "the two institutions", "both institutions",
                "the two hospitals", "the two schools", "the two organisations",
                "the two organizations")
TWO_SIDES_RE = re.compile(r"\b(?:" + "|".join(TWO_SIDES_EN) + r")\b", re.I)


_ATTENDED_RE = re.compile(r"\b(?:inauguration|opening|groundbreaking|handover|hand-over|launch)"
                          r"(?:\s+ceremony)?\s+(?:of|for)\s+(?:the\s+)?(?:new\s+)?$")


_SITE_RE = re.compile(r"\b(?:Airport|Port|Seaport|Resort|Economic Zone|Industrial Park|Factory|"
                      r"Plant)$")


def venues_dropped(text: str, sides: list[PartnerMention],
                   home: str | None) -> list[PartnerMention]:
    """"met with leaders of Guangxi …, in Nanning city", "at the Huu Nghi International Border
    Gate": where they met, when another side than the province is named; so is the city
    right after another side and "in" ("the US Embassy in Hanoi"). A site visited ("the
    Irkutsk delegation visited the Cam Ranh International Airport") is no side at all."""
    sides = [p for p in sides if not (_SITE_RE.search(p.surface) and re.search(
        r"\bvisit(?:ed|s)?\s+(?:the\s+)?$", text[max(0, p.start - 14):p.start]))]
    venues = [p for p in sides if re.search(r",\s+in\s+$|\bat\s+(?:the\s+)?$",
                                            text[max(0, p.start - 8):p.start])
              # "… and attended the inauguration of the Xamneua Ethnic Boarding Secondary
              # School": what they attended, not whom they met
              or _ATTENDED_RE.search(text, max(0, p.start - 60), p.start)
              # "a delegation from the US Embassy in Hanoi": where the mission sits; "a
              # delegation of Kanemasu Suisan Company from Japan's Shizuoka prefecture": where
              # the company is from
              or any(re.fullmatch(r"\s+in\s+|\s+from\s+(?:the\s+)?(?:[A-Z][\w.]*['’]s\s+)?",
                                  text[q.end:p.start]) for q in sides)]
    others = [p for p in sides if p not in venues and p.id != home]
    return [p for p in sides if p not in venues] if venues and others else sides


# (or its department: "the delegation held a working session with the Quang Binh Department of
# Health")
_PEOPLES_COMMITTEE_RE = re.compile(r"People['’]s Committee\b|\bDepartment of\b")


def with_other_side(text: str, clause: Span, ids: list[str], ctx: Context,
                    read: Callable[[int, int], list[PartnerMention]]) -> list[str]:
    """A meeting with one side named: "the association's delegation … paid a courtesy call
    on Vice Chairman of the Quang Ngai Provincial People's Committee" meets the association
    named before. "The Seoul delegation had a working session with the Hanoi Department of
    …": the department met the Seoul body named before, not its own province."""
    here = _DELEGATION_HERE_RE.search(text, clause.start, clause.end)
    guest = here and _delegation_named(text, here, ctx, read)
    if guest and guest not in ids and guest != ctx.home \
            and (ctx.foreign(guest) or _country(ctx, guest) is None):
        ours = [i for i in ids if i != ctx.home]
        return [*(ours or ids), guest]
    if here and not here["whose"] and ctx.home in ids and len(set(ids)) == 2 \
            and not any(ctx.foreign(i) for i in ids) and any(
                _PEOPLES_COMMITTEE_RE.search(p.surface) for p in read(clause.start, clause.end)
                if p.id in ids and p.id != ctx.home) \
            and (who := _referent(text, clause, here.end(), ctx, read)) and ctx.foreign(who):
        # "Earlier the same day, the delegation held talks with leaders of Mong Cai City
        # People's Committee": the city met the delegation from abroad, not its province
        # (a centre it visited is the province's own: "visited the Thai Binh Employment
        # Service Centre and met with a group of workers")
        return [*(i for i in ids if i != ctx.home), who]
    if len(set(ids)) != 1:
        return ids
    if here and not here["whose"] and not ctx.foreign(ids[0]) and (earlier := [
            p.id for p in read(0, here.start()) if p.id not in ids and p.id != ctx.home
            and ctx.foreign(p.id)]):
        # "After the ceremony, the delegation paid a courtesy call to Ms. …, Vice Chairwoman
        # of Hai Duong Provincial People's Committee": the body from abroad named last
        return [*ids, earlier[-1]]
    if two := _two_of_a_kind(text, clause, ids[0], read):
        return [*ids, *two]
    other = _named_before(text, clause.start, clause.end, ctx, read) \
        or _other_of_two(text, clause, ctx, read, ids[0])
    return [*ids, other] if other and other not in ids else ids


# "received the delegation of the two Rotary clubs", "the two universities"
_TWO_OF_KIND_RE = re.compile(r"\bthe\s+two\s+(?:[A-Z][\w'’-]*\s+)?"
                             r"(?P<kind>clubs|universities|hospitals|foundations|companies|"
                             r"associations|organi[sz]ations|schools)\b")
_SINGULAR = {"universities": "university", "companies": "company"}


def _two_of_a_kind(text: str, clause: Span, one: str,
                   read: Callable[[int, int], list[PartnerMention]]) -> list[str]:
    """"… received the delegation of the two Rotary clubs": the two bodies of that kind the
    article named before, when it named exactly two."""
    m = _TWO_OF_KIND_RE.search(text, clause.start, clause.end)
    if not m:
        return []
    kind = _SINGULAR.get(m["kind"], m["kind"][:-1]).lower()
    named = list(dict.fromkeys(p.id for p in read(0, clause.start)
                               if p.id != one and kind in p.surface.lower()))
    return named if len(named) == 2 else []


def _other_of_two(text: str, clause: Span, ctx: Context,
                  read: Callable[[int, int], list[PartnerMention]], one: str | None) -> str | None:
    """"the two delegations held talks": the side other than `one` named most often before
    (the last of those named as often), never a country."""
    if not TWO_SIDES_RE.search(text, clause.start, clause.end):
        return None
    named = [p.id for p in read(0, clause.start) if p.id != one and (
        not ctx.gaz.partners.get(p.id) or ctx.gaz.partners[p.id].kind != "national_government")]
    # (a witness named once beside the two sides is not one of them)
    return max(reversed(named), key=named.count, default=None)


def meetings_in(text: str, clause: Span, partners: list[PartnerMention],
                home: str | None, ctx: Context | None = None,
                read: Callable[[int, int], list[PartnerMention]] | None = None,
                ) -> list[tuple[str, list[str]]]:
    """(kind, participants) of a meeting told in a wording the first rules do not read.
    "received the Fund's delegation" meets the Fund named before; "the two delegations had
    a working session" meets the partner the sentences before were about."""
    for kind, pattern in MEETINGS:
        if pattern.search(text, clause.start, clause.end):
            # "receives Korean Consul General in Da Nang": where the guest works, not a side
            ids = _unique([p.id for p in partners
                           if not re.search(r"\bin\s+$", text[max(0, p.start - 4):p.start])])
            other = None
            if ctx and read and not set(ids) - {home}:
                other = _named_before(text, clause.start, clause.end, ctx, read) \
                    or _other_of_two(text, clause, ctx, read, home)
            elif ctx and read and not any(ctx.foreign(i) for i in ids):
                # "DOFA Director X received the church's delegation": the province's own
                # office met the one named before
                other = _named_before(text, clause.start, clause.end, ctx, read)
            if other and other not in ids:
                ids.append(other)
            if home and home not in ids and len(ids) == 1:
                ids.append(home)
            return [(kind, ids)]
    return []
