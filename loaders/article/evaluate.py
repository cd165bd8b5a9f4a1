"""Event-level scoring of the extractor against a corpus of articles with gold files
(`data/extract-corpus/`): for each article, the donations and agreements `extract` proposes
against the events a reader finds, one to one.

An extracted fact is right when it matches a gold event of its type on the parties (every
role's partners, each gold name written as "a | b" alternatives), the figures the gold
gives (value, quantities) and the year. A donation whose donors the text leaves unnamed
(a total "from foreign NGOs") is an aggregate, not an event: it is not scored.

Engagements are scored only in the gold files that say so (`scored: [donation, agreement,
engagement]`): a meeting or a visit, right when it names the same parties who met and the
year. Only the extracted engagements that are meetings or visits count: a hand-over
ceremony belongs to its donation, a call for support or a letter is no meeting."""

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator
from rapidfuzz import fuzz

from loaders.article.extract import Extraction
from loaders.article.gazetteer import Gazetteer
from loaders.errors import LoadError, Problem
from partnergraph import figures, names

EVENT_TYPES = ("donation", "agreement", "engagement")
EventType = Literal["donation", "agreement", "engagement"]
# The extracted engagement kinds that are a meeting of parties: what gold engagements are.
MEETING_KINDS = ("visit", "working_meeting")
# Words that say what kind of body a name is, not which one: "UBND tỉnh Lào Cai", "Lao Cai
# Provincial People's Committee" and "tỉnh Lào Cai" name one partner for the scorer.
_GENERIC_WORDS = re.compile(
    r"\b(?:ubnd|uy ban nhan dan|chinh quyen|tinh|thanh pho|tp|huyen|chau|khu tu tri dan toc|"
    r"provincial|province|people s committee|city|the|of|administration|to chuc|quy|"
    r"viet nam|vietnam|in|tai)\b")


class GoldEvent(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: EventType
    donors: list[str] = []
    recipients: list[str] = []
    parties: list[str] = []
    value: str | None = None
    quantities: list[int] = []
    year: int | None = None


class GoldFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    language: Literal["vi", "en"]
    scored: list[EventType] = ["donation", "agreement"]
    events: list[GoldEvent]

    @model_validator(mode="after")
    def _events_of_scored_types(self) -> "GoldFile":
        for i, e in enumerate(self.events):
            if e.type not in self.scored:
                raise ValueError(f"events.{i} is a {e.type}, which this file does not score "
                                 f"(scored: {', '.join(self.scored)})")
        return self


@dataclass
class Event:
    type: str
    roles: dict[str, list[list[str]]]  # role → partners, each as the names it goes by
    value: tuple[Decimal, ...] = ()  # the readings of the sum
    currency: str | None = None
    quantities: set[Decimal] = field(default_factory=set)
    year: int | None = None
    label: str = ""


@dataclass
class ArticleScore:
    name: str
    gold: list[Event]
    extracted: list[Event]
    matched: list[tuple[Event, Event]]

    def counts(self, kind: str) -> tuple[int, int, int]:
        return (sum(1 for g, _ in self.matched if g.type == kind),
                sum(1 for e in self.extracted if e.type == kind),
                sum(1 for g in self.gold if g.type == kind))


def read_gold(path: Path) -> GoldFile:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return GoldFile.model_validate(data)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise LoadError([Problem(path, mark.line + 1 if mark else None, None, str(exc))]) from None
    except ValidationError as exc:
        raise LoadError([Problem(path, None, ".".join(map(str, e["loc"])), e["msg"])
                         for e in exc.errors()]) from None


def _amount(raw: str | None) -> tuple[tuple[Decimal, ...], str | None]:
    if not raw:
        return (), None
    parsed = figures.parse_amount(raw)
    return (parsed.value, *parsed.alternatives), parsed.currency


def gold_events(gold: GoldFile, path: Path | None = None) -> list[Event]:
    out = []
    for i, g in enumerate(gold.events):
        roles = {"parties": g.parties} if g.type != "donation" else {
            "donors": g.donors, "recipients": g.recipients}
        try:
            value, currency = _amount(g.value)
        except figures.FigureError as exc:
            raise LoadError([Problem(path or Path("<gold>"), None, f"events.{i}.value",
                                     str(exc))]) from None
        split = {k: [[n.strip() for n in v.split("|")] for v in vs] for k, vs in roles.items()}
        out.append(Event(g.type, split, value, currency, {Decimal(q) for q in g.quantities},
                         g.year, label=" / ".join(", ".join(v[0] for v in vs)
                                                  for vs in split.values())))
    return out


def extracted_events(extraction: Extraction, gazetteer: Gazetteer) -> list[Event]:
    data = extraction.dataset
    known = {p.id: [n for n in (p.name_vi, p.name_en, p.acronym, *p.aliases) if n]
             for p in data.partners}

    def named(ids: list[str]) -> list[list[str]]:
        return [known.get(i) or (gazetteer.partners[i].names if i in gazetteer.partners else [i])
                for i in ids]

    out = []
    # A total told with its breakdown ("… tổng trị giá 2 triệu yên. Cụ thể, …") holds the gifts
    # it lists: the gold lists those, not the total, as the events.
    parts: dict[str, int] = {}
    whole_of = {d.id: d.part_of for d in data.donations if d.part_of}
    for d in data.donations:
        seen, up = {d.id}, d.part_of
        while up and up not in seen:  # a part of a part is a part of the whole
            parts[up] = parts.get(up, 0) + 1
            seen.add(up)
            up = whole_of.get(up)
    for d in data.donations:
        if not d.donors or parts.get(d.id, 0) > 1:
            continue
        value = (d.value.value, *d.value.alternatives) if d.value else ()
        quantities = {i.quantity.value for i in d.items if i.quantity}
        out.append(Event("donation", {"donors": named(d.donors), "recipients": named(d.recipients)},
                         value, d.value.currency if d.value else None, quantities,
                         d.when.start.year if d.when and d.when.start else None,
                         label=d.id))
    for a in data.agreements:
        when = a.signed or a.period
        out.append(Event("agreement", {"parties": named(a.parties)}, year=(
            when.start.year if when and when.start else None), label=a.id))
    for e in data.engagements:
        if e.kind in MEETING_KINDS:
            out.append(Event("engagement", {"parties": named(e.participants)}, year=(
                e.when.start.year if e.when and e.when.start else None), label=e.id))
    return out


# A place whose own name is made of generic words ("huyện Quỳ Châu": "quỳ" is a fund's word,
# "châu" a prefecture's) keeps them: only its level and its committee go.
_LEVEL_WORDS = re.compile(r"\b(?:ubnd|uy ban nhan dan|tinh|thanh pho|tp|huyen|xa|thi xa)\b")


def _key(name: str) -> str:
    folded = names.fold(name).replace("'", " ")
    return " ".join(_GENERIC_WORDS.sub(" ", folded).split()) \
        or " ".join(_LEVEL_WORDS.sub(" ", folded).split())


def same_partner(gold_names: list[str], their_names: list[str]) -> bool:
    keys = {_key(n) for n in their_names if _key(n)}
    for g in gold_names:
        k = _key(g)
        if k and any(k == t or (len(k) > 6 and fuzz.ratio(k, t) >= 90) for t in keys):
            return True
        # "Bệnh viện Đa khoa tỉnh" is the province's own: the same body as "Bệnh viện Đa
        # khoa tỉnh Hà Tĩnh", written out with the province's name
        if k and names.fold(g).endswith(" tinh") and any(t.startswith(k + " ") for t in keys):
            return True
    return False


def _same_parties(gold: list[list[str]], mine: list[list[str]]) -> bool:
    if len(gold) != len(mine):
        return False
    free = list(mine)
    for g in gold:
        hit = next((m for m in free if same_partner(g, m)), None)
        if hit is None:
            return False
        free.remove(hit)
    return True


def differences(gold: Event, mine: Event) -> list[str]:
    """What keeps `mine` from being `gold`: the roles whose parties differ, then "value",
    "quantities" and "year"; ["type"] for events of different types or roles."""
    if gold.type != mine.type or gold.roles.keys() != mine.roles.keys():
        return ["type"]
    out = [r for r in gold.roles if not _same_parties(gold.roles[r], mine.roles[r])]
    if gold.value and not (gold.currency == mine.currency and set(gold.value) & set(mine.value)):
        out.append("value")
    if not gold.quantities <= mine.quantities:
        out.append("quantities")
    if not (gold.year is None or gold.year == mine.year):
        out.append("year")
    return out


def matches(gold: Event, mine: Event) -> bool:
    return not differences(gold, mine)


def score_article(name: str, gold: list[Event], mine: list[Event]) -> ArticleScore:
    free = list(gold)
    matched = []
    for e in mine:
        hit = next((g for g in free if matches(g, e)), None)
        if hit is not None:
            free.remove(hit)
            matched.append((hit, e))
    return ArticleScore(name, gold, mine, matched)


def evaluate(folder: Path, gazetteer: Gazetteer) -> list[ArticleScore]:
    """Every `*.txt` of `folder` extracted and scored against its `*.gold.yaml`."""
    from loaders.article import extract_file

    scores = []
    for page in sorted(folder.glob("*.txt")):
        gold = read_gold(page.with_suffix(".gold.yaml"))
        extraction = extract_file(page, gazetteer)
        mine = [e for e in extracted_events(extraction, gazetteer) if e.type in gold.scored]
        scores.append(score_article(page.stem, gold_events(gold, page.with_suffix(".gold.yaml")),
                                    mine))
    return scores


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def report(scores: list[ArticleScore], *, per_article: bool = True) -> str:
    """By type, then all donations and agreements (the figure measured since the corpus
    began), then everything when some article scores engagements."""
    lines = ["| facts | right | extracted | gold | precision | recall |",
             "|---|---:|---:|---:|---:|---:|"]
    counts = {kind: tuple(sum(c) for c in zip(*(s.counts(kind) for s in scores), strict=True))
              if scores else (0, 0, 0) for kind in EVENT_TYPES}

    def row(label: str, kinds: tuple[str, ...]) -> str:
        m, e, g = (sum(counts[k][i] for k in kinds) for i in range(3))
        return f"| {label} | {m} | {e} | {g} | {ratio(m, e):.2f} | {ratio(m, g):.2f} |"

    engagements = any(counts["engagement"])
    for kind in EVENT_TYPES:
        if kind != "engagement" or engagements:
            lines.append(row(f"{kind}s", (kind,)))
    lines.append(row("donations and agreements" if engagements else "all",
                     ("donation", "agreement")))
    if engagements:
        lines.append(row("all", EVENT_TYPES))
    if per_article:
        lines += ["", "| article | right | extracted | gold |", "|---|---:|---:|---:|"]
        for s in scores:
            lines.append(f"| {s.name} | {len(s.matched)} | {len(s.extracted)} | {len(s.gold)} |")
    return "\n".join(lines)


def misses(scores: list[ArticleScore]) -> str:
    """What was missed and what was proposed wrongly, article by article, for tuning."""
    out = []
    for s in scores:
        right = {id(e) for _, e in s.matched}
        found = {id(g) for g, _ in s.matched}
        for g in s.gold:
            if id(g) not in found:
                out.append(f"{s.name}: missed {g.type} {g.label} {g.value[:1]} {g.year}")
        for e in s.extracted:
            if id(e) not in right:
                out.append(f"{s.name}: wrong {e.type} {e.label} "
                           f"{ {k: [n[0] for n in v] for k, v in e.roles.items()} } "
                           f"{e.value[:1]} {sorted(e.quantities)} {e.year}")
    return "\n".join(out)


NOT_IN_GOLD = "no event of its type left in the gold"
NOT_FOUND = "not proposed at all"


def causes(scores: list[ArticleScore]) -> dict[str, Counter[str]]:
    """Why each wrong proposal is wrong, by type: it is set against the unmatched gold event
    of its article and type that it differs from least, and named by those differences
    ("recipients", "value + year"); a proposal with no such event is a fact the reader did
    not find, a gold event no proposal came near was not proposed at all."""
    out: dict[str, Counter[str]] = {}
    for s in scores:
        right = {id(e) for _, e in s.matched}
        found = {id(g) for g, _ in s.matched}
        left = [g for g in s.gold if id(g) not in found]
        near: set[int] = set()
        for e in s.extracted:
            if id(e) in right:
                continue
            ranked = sorted(((differences(g, e), g) for g in left if g.type == e.type),
                            key=lambda pair: len(pair[0]))
            if ranked:
                near.add(id(ranked[0][1]))
            why = " + ".join(ranked[0][0]) if ranked else NOT_IN_GOLD
            out.setdefault(e.type, Counter())[why] += 1
        for g in left:
            if id(g) not in near:
                out.setdefault(g.type, Counter())[NOT_FOUND] += 1
    return out


def causes_report(scores: list[ArticleScore]) -> str:
    lines = ["| facts | what differs | count |", "|---|---|---:|"]
    for kind in EVENT_TYPES:
        for why, n in sorted(causes(scores).get(kind, Counter()).items(),
                             key=lambda item: (-item[1], item[0])):
            lines.append(f"| {kind}s | {why} | {n} |")
    return "\n".join(lines)
