"""Scoring extracted facts against curated ones, per fact type.

An extracted fact counts as correct when it matches a curated fact of the same document
one to one on the fields that make the fact (below) and when their quotes overlap in the
text: the same gift read from another sentence is not the same reading."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from partnergraph.domain import Dataset

FACT_TYPES = ("partners", "donations", "agreements", "projects", "engagements")
_ROLES = ("donors", "recipients", "parties", "participants", "funders", "implementers",
          "beneficiaries")


def _value(amount: Any) -> Any:
    return amount.value if amount is not None else None


KEYS: dict[str, Callable[[Any], tuple]] = {
    "donations": lambda d: (frozenset(d.donors), frozenset(d.recipients), _value(d.value),
                            frozenset((i.item, _value(i.quantity)) for i in d.items)),
    "agreements": lambda a: (a.kind, frozenset(a.parties), a.count),
    "projects": lambda p: (p.kind, p.count, _value(p.budget), _value(p.disbursed),
                           p.funders_count),
    "engagements": lambda e: (e.kind, frozenset(e.participants)),
}


@dataclass
class Score:
    matched: int
    extracted: int
    curated: int

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.curated if self.curated else 1.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.matched + other.matched, self.extracted + other.extracted,
                     self.curated + other.curated)


def _spans(record: Any, doc_id: str, text: str) -> list[tuple[int, int]]:
    spans = []
    for source in record.sources:
        if source.document == doc_id and source.quote and (at := text.find(source.quote)) >= 0:
            spans.append((at, at + len(source.quote)))
    return spans


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def cited(dataset: Dataset, section: str, doc_id: str) -> list[Any]:
    return [r for r in getattr(dataset, section)
            if any(s.document == doc_id for s in r.sources)]


def score(section: str, extracted: Dataset, curated: Dataset, doc_id: str, text: str) -> Score:
    if section == "partners":
        found = {p for s in FACT_TYPES[1:] for r in getattr(extracted, s) for role in _ROLES
                 for p in getattr(r, role, None) or []} | {p.id for p in extracted.partners}
        wanted = {p.id for p in cited(curated, "partners", doc_id)}
        return Score(len(found & wanted), len(found), len(wanted))
    mine = getattr(extracted, section)
    theirs = cited(curated, section, doc_id)
    free = list(theirs)
    matched = 0
    for record in mine:
        key, spans = KEYS[section](record), _spans(record, doc_id, text)
        hit = next((c for c in free if KEYS[section](c) == key
                    and _overlap(spans, _spans(c, doc_id, text))), None)
        if hit is not None:
            free.remove(hit)
            matched += 1
    return Score(matched, len(mine), len(theirs))


def table(rows: dict[str, Score]) -> str:
    lines = ["| facts | matched | extracted | curated | precision | recall |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, s in rows.items():
        lines.append(f"| {name} | {s.matched} | {s.extracted} | {s.curated} | "
                     f"{s.precision:.2f} | {s.recall:.2f} |")
    return "\n".join(lines)
