"""Gifts told in shapes other than "X trao tặng Y …": in the passive, the receiver the
subject ("Trường X được Tổ chức Y tài trợ 30 bộ máy tính"), and a summary's list of donors,
each with its own sum ("Các nhà tài trợ lớn gồm: Tổ chức X (45 tỷ đồng), …"; the English
pages' "Major donors were X (USD 2 million), …")."""

import re

from loaders.article.donations import Gift, per_unit, possessive, unique, value_of
from loaders.article.mentions import PartnerMention
from loaders.article.page import Span
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
