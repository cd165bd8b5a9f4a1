"""Names for search: one folded key per way of writing a name, and a ranking of candidates
against what someone typed.

People type partner names without diacritics ("Quang Tay" for Quảng Tây), in another
script ("广西"), as an acronym ("GNI") or with a typo ("quang tai"); `fold` maps all of these
to plain lower-case ASCII so they can meet, and `best_matches` ranks candidates by how
closely their keys meet the query.
"""

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from rapidfuzz import fuzz
from unidecode import unidecode

#: Queries this short are acronyms ("WB", "GNI"): fuzzy matching them finds noise.
SHORT_QUERY = 3

_NON_KEY = re.compile(r"[^a-z0-9]+")
# Simplified Chinese characters that are also older characters with another reading, which
# is the one unidecode gives ("广西" would fold to "yanxi", "富宁" to "fuzhu").
_PINYIN = {"广": "guang", "宁": "ning", "厂": "chang", "价": "jia", "叶": "ye", "万": "wan",
           "适": "shi", "么": "me", "术": "shu", "蜡": "la"}


def _is_latin(ch: str) -> bool:
    return ch.isascii() or unicodedata.name(ch, "").startswith("LATIN")


# A search ranks a few hundred candidates' names, mostly the same names from one search to
# the next: each is folded once per process (a name's key never changes).
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The search key of a name: lower-case ASCII words separated by single spaces.

    Vietnamese diacritics go (đ → d); other scripts are transliterated with unidecode, and a
    run of them becomes one word, because unidecode spells each CJK character as a separate
    syllable ("广西" → "Guang Xi") while the name is written as one ("Guangxi").
    """
    pieces: list[str] = []
    run: list[str] = []  # transliterations of the current non-Latin run
    for ch in unicodedata.normalize("NFC", text):
        if ch.isalpha() and not _is_latin(ch):
            run.append(_PINYIN.get(ch) or unidecode(ch).replace(" ", ""))
            continue
        if run:
            pieces.append(f" {''.join(run)} ")
            run = []
        pieces.append(unidecode(ch) if _is_latin(ch) else " ")
    if run:
        pieces.append(f" {''.join(run)} ")
    return _NON_KEY.sub(" ", "".join(pieces).lower()).strip()


def keys(*names: str | None) -> set[str]:
    """Every folded key for a set of names, aliases and acronyms, each also without its
    spaces, so "quangtay" and "quang tay" both find Quảng Tây."""
    found: set[str] = set()
    for name in names:
        key = fold(name) if name else ""
        if key:
            found.update({key, key.replace(" ", "")})
    return found


def _score(query: str, key: str) -> float:
    """How well one folded query meets one folded key, in tiers: 100 for the same key,
    90-99 for a prefix, 80-89 when every query word is a word of the key, below that a
    fuzzy ratio (at most 80) that forgives typos."""
    compact_q, compact_k = query.replace(" ", ""), key.replace(" ", "")
    if query == key or compact_q == compact_k:
        return 100.0
    q_words, k_words = query.split(), key.split()
    if len(compact_q) <= SHORT_QUERY:
        # An acronym may still stand as a whole word of a longer name: "… thế giới wb".
        return 80 + 9 * len(compact_q) / len(compact_k) if query in k_words else 0.0
    if key.startswith(query) or compact_k.startswith(compact_q):
        return 90 + 9 * len(compact_q) / len(compact_k)
    if all(w in k_words for w in q_words):
        return 80 + 9 * len(compact_q) / len(compact_k)
    ratio = max(fuzz.ratio(query, key), fuzz.ratio(compact_q, compact_k),
                fuzz.token_sort_ratio(query, key))
    if len(key) > len(query):
        # "good neighbours" against "good neighbors international": the best-matching
        # stretch of the longer key, a little below a whole-key match.
        ratio = max(ratio, 0.95 * fuzz.partial_ratio(query, key))
    return 0.8 * ratio


def best_matches(
    query: str,
    candidates: Mapping[str, Iterable[str | None]],
    *,
    limit: int = 10,
    cutoff: float = 60.0,
) -> list[tuple[str, float]]:
    """The candidate ids (id → its names) that best match `query`, best first.

    Scores are 0-100 (see `_score`); a candidate scores its best name. Ids scoring below
    `cutoff` are left out; ties keep a stable order by id so that results never shuffle.
    """
    folded = fold(query)
    if not folded:
        return []
    scored = []
    for cid, names in candidates.items():
        score = max((_score(folded, k) for k in keys(*names)), default=0.0)
        if score >= cutoff:
            scored.append((cid, round(score, 2)))
    scored.sort(key=lambda item: (-item[1], item[0]))
    return scored[:limit]
