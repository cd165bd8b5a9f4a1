"""The words analysts use for partner kinds, in Vietnamese and English.

A provincial foreign-affairs department says "PCPNN" or "phi chính phủ" where the model says
`foreign_ngo`; both must reach the same kind. Words are compared by their folded key
(`names.fold`: no diacritics, lower case), so "phi chinh phu" is "phi chính phủ". A word
that is not known is refused with the nearest known words, never guessed.
"""

from dataclasses import dataclass

from partnergraph import names
from partnergraph.domain import PartnerKind


@dataclass(frozen=True)
class KindWords:
    vi: str  # how the department names the kind
    en: str
    words: tuple[str, ...]  # further words and abbreviations, either language


KINDS: dict[PartnerKind, KindWords] = {
    PartnerKind.national_government: KindWords(
        "chính phủ nước ngoài", "national government",
        ("chính phủ", "chính phủ trung ương", "nhà nước", "government", "central government",
         "national governments")),
    PartnerKind.local_government: KindWords(
        "chính quyền địa phương", "local government",
        ("địa phương", "chính quyền", "tỉnh", "tỉnh bạn", "ủy ban nhân dân", "UBND",
         "local governments", "local authority", "province", "provincial government",
         "prefecture", "municipality")),
    PartnerKind.government_office: KindWords(
        "cơ quan nhà nước", "government office",
        ("cơ quan", "sở", "sở ngành", "ban ngành", "bộ", "bộ ngành", "văn phòng",
         "government department", "department", "ministry", "agency", "office")),
    PartnerKind.diplomatic_mission: KindWords(
        "cơ quan đại diện ngoại giao", "diplomatic mission",
        ("cơ quan đại diện", "đại sứ quán", "ĐSQ", "lãnh sự quán", "tổng lãnh sự quán",
         "TLSQ", "embassy", "consulate", "consulate general", "mission")),
    PartnerKind.multilateral: KindWords(
        "tổ chức quốc tế", "multilateral organisation",
        ("đa phương", "tổ chức đa phương", "tổ chức tài chính quốc tế", "liên hợp quốc",
         "multilateral", "international organisation", "international organization",
         "international financial institution", "IFI", "development bank", "UN agency")),
    PartnerKind.foreign_ngo: KindWords(
        "tổ chức phi chính phủ nước ngoài", "foreign NGO",
        ("phi chính phủ", "phi chính phủ nước ngoài", "tổ chức phi chính phủ", "PCPNN",
         "tổ chức PCPNN", "TCPCPNN", "NGO", "NGOs", "INGO", "international NGO",
         "non-governmental organisation", "non-governmental organization",
         "non-governmental", "nongovernmental")),
    PartnerKind.domestic_organisation: KindWords(
        "tổ chức trong nước", "domestic organisation",
        ("trong nước", "tổ chức Việt Nam", "đoàn thể", "domestic organization",
         "domestic", "vietnamese organisation")),
    PartnerKind.company: KindWords(
        "doanh nghiệp", "company",
        ("công ty", "tập đoàn", "nhà đầu tư", "companies", "business", "enterprise",
         "corporation", "firm", "investor")),
    PartnerKind.association: KindWords(
        "hội, hiệp hội", "association",
        ("hội", "hiệp hội", "câu lạc bộ", "associations", "society", "club")),
    PartnerKind.academic: KindWords(
        "trường đại học, viện nghiên cứu", "university or research institute",
        ("trường đại học", "đại học", "viện", "viện nghiên cứu", "học viện", "trường",
         "academic", "university", "research institute", "institute", "school")),
    PartnerKind.other: KindWords("khác", "other", ("other kind",)),
}


def _vocabulary() -> dict[str, PartnerKind]:
    """Folded word → kind; every kind's own value, both names and its words."""
    vocabulary: dict[str, PartnerKind] = {}
    for kind, entry in KINDS.items():
        for word in (kind.value, entry.vi, entry.en, *entry.words):
            for key in names.keys(word):
                if vocabulary.setdefault(key, kind) is not kind:
                    raise ValueError(f"the word {word!r} names two partner kinds")
    return vocabulary


VOCABULARY = _vocabulary()


class UnknownWord(ValueError):
    def __init__(self, word: str, suggestions: list[tuple[str, PartnerKind]]):
        self.word = word
        self.suggestions = suggestions
        near = ", ".join(f"{w!r} ({k.value})" for w, k in suggestions)
        super().__init__(f"unknown partner kind {word!r}"
                         + (f"; did you mean {near}?" if near else ""))


def all_words(kind: PartnerKind) -> list[str]:
    """The words that name `kind`, as people write them (for documentation)."""
    entry = KINDS[kind]
    return [kind.value, entry.vi, entry.en, *entry.words]


def partner_kind(word: str) -> PartnerKind:
    """The kind `word` names, in either language, with or without diacritics.

    Raises UnknownWord with up to five near words when it names none."""
    found = VOCABULARY.get(names.fold(word)) or VOCABULARY.get(names.fold(word).replace(" ", ""))
    if found:
        return found
    spelled = {w: [w] for kind in KINDS for w in all_words(kind)}
    ranked = names.best_matches(word, spelled, limit=5, cutoff=50)
    by_word = {w: kind for kind in KINDS for w in all_words(kind)}
    raise UnknownWord(word, [(w, by_word[w]) for w, _ in ranked])
