"""Domain records → the rows the write queries UNWIND: node properties flattened to what
Neo4j stores (figures as value + raw text + flags, periods as start/end dates), and the
relationships each record implies, with the sources they rest on."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from graph.model import SECTION_LABELS, Label, Rel
from partnergraph import names
from partnergraph.domain import (
    Amount,
    Dataset,
    Donation,
    Engagement,
    Partner,
    Period,
    Place,
    Policy,
    Project,
    Source,
)
from partnergraph.domain.common import Model
from partnergraph.domain.dataset import SECTIONS
from partnergraph.domain.entities import AffiliationKind
from partnergraph.rates import Rates

_AFFILIATION_RELS = {
    AffiliationKind.part_of: Rel.PART_OF,
    AffiliationKind.office_of: Rel.OFFICE_OF,
    AffiliationKind.member_of: Rel.MEMBER_OF,
    AffiliationKind.merged_into: Rel.MERGED_INTO,
}
# Fields copied as they are; everything else is flattened or becomes a relationship.
_PLAIN = (
    "kind", "name_vi", "name_en", "aliases", "acronym", "acronym_expanded", "title",
    "title_vi", "title_en", "publisher", "author", "language", "url", "sha256", "text",
    "notes", "count", "funders_count", "funders_note", "donors_note", "recipients_note",
    "participants_note", "purpose", "status", "valid_from", "valid_until",
    "transaction_type", "in_kind", "sectors", "recipient_regions",
)


@dataclass
class Rows:
    nodes: dict[Label, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    rels: dict[tuple[Label, Rel, Label], list[dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    citations: dict[Label, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    # (smaller id, larger id) → whether the two are affiliated (one relationship apart)
    linked: dict[tuple[str, str], bool] = field(default_factory=dict)

    def link(self, partners: list[str], *, affiliated: bool = False) -> None:
        """Partners that share a fact or an affiliation: one LINKED per pair."""
        ordered = sorted(set(partners))
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                self.linked[(a, b)] = self.linked.get((a, b), False) or affiliated

    def rel(self, a: Label, rel: Rel, b: Label, src: str, dst: str, **props: Any) -> None:
        self.rels[(a, rel, b)].append({"from": src, "to": dst, "props": props})


def amount_props(prefix: str, amount: Amount | None, year: int | None, rates: Rates) -> dict:
    if amount is None:
        return {}
    if amount.value_date:
        year = amount.value_date.year
    props = {
        f"{prefix}_raw": amount.raw,
        f"{prefix}": float(amount.value),
        f"{prefix}_currency": amount.currency,
        f"{prefix}_qualifier": amount.qualifier,
        f"{prefix}_ambiguous": amount.ambiguous,
        f"{prefix}_alternatives": [float(a) for a in amount.alternatives],
        f"{prefix}_note": amount.note,
        f"{prefix}_value_date": amount.value_date,
    }
    # No rate is ever guessed: without one the sum stays as written, its USD and VND
    # figures absent (None removes them on a reload), and the reason is stored instead.
    if missing := rates.missing_rate(amount.currency):
        return {**props, f"{prefix}_usd": None, f"{prefix}_vnd": None,
                f"{prefix}_rate_year": None, f"{prefix}_unconverted": missing}
    usd = rates.to_usd(amount.value, amount.currency, year)
    vnd = rates.to_vnd(amount.value, amount.currency, year)
    return {
        **props,
        f"{prefix}_usd": float(usd.value),
        f"{prefix}_vnd": float(vnd.value),
        # A USD amount needs no rate to USD but one to VND: the year of whichever was used.
        f"{prefix}_rate_year": usd.rate_year or vnd.rate_year,
        f"{prefix}_unconverted": None,
    }


def period_props(prefix: str, period: Period | None) -> dict:
    if period is None:
        return {}
    return {
        f"{prefix}_raw": period.raw,
        f"{prefix}_start": period.start,
        f"{prefix}_end": period.end,
        f"{prefix}_precision": period.precision,
    }


# The order key of donations (cypher/schema/indexes.cypher): the last day a donation's
# period reaches, with an open end sorting as the newest and an unknown period as the
# oldest. It is copied onto GAVE and TO with the partner's id, so "a partner's donations
# since 2020, newest first" is one ordered index seek, never a walk over all of them.
# The donation's when_* properties stay the facts; these two dates are only keys.
ONGOING = date(9999, 12, 31)
UNDATED = date(1, 1, 1)


def active_until(period: Period | None) -> date:
    if period is None or (period.start is None and period.end is None):
        return UNDATED
    return period.end or ONGOING


def _year(*periods: Period | None) -> int | None:
    for p in periods:
        if p is not None:
            d: date | None = p.start or p.end
            if d:
                return d.year
    return None


def source_props(sources: list[Source]) -> dict:
    """Relationships cannot point at documents, so they carry their sources as lists."""
    return {
        "source_documents": [s.document for s in sources],
        "source_quotes": [s.quote or "" for s in sources],
        "method": _method(sources),
    }


def _method(sources: list[Source]) -> str:
    return "curated" if any(s.method == "curated" for s in sources) else "extracted"


def _caption(record: Model) -> str:
    for attr in ("name_en", "title_en", "name_vi", "title_vi", "title", "acronym"):
        value = getattr(record, attr, None)
        if value:
            return value
    return getattr(record, "id")


def node_props(record: Model, dataset: Dataset, rates: Rates) -> dict[str, Any]:
    props: dict[str, Any] = {k: getattr(record, k) for k in _PLAIN if k in type(record).model_fields}
    props["name"] = _caption(record)
    sources: list[Source] = getattr(record, "sources", None) or []
    if sources:
        props.update(source_props(sources))
    ids = getattr(record, "identifiers", None)
    if ids is not None:
        props.update(wikidata=ids.wikidata, iso_3166=ids.iso_3166, iati=ids.iati)
    if isinstance(record, Partner | Place):
        keys = sorted(names.keys(*_names(record)))
        props.update(search_keys=keys, search_text=" ".join(keys))
    if isinstance(record, Partner):
        props["country"] = record.country
    for attr in ("when", "signed", "period", "published", "planned"):
        props.update(period_props(attr, getattr(record, attr, None)))
    year = _year(getattr(record, "when", None), getattr(record, "period", None),
                 getattr(record, "signed", None))
    for attr in ("value", "budget", "disbursed", "amount"):
        props.update(amount_props(attr, getattr(record, attr, None), year, rates))
    if isinstance(record, Donation):
        props["direction"] = dataset.direction(record)
        props["active_until"] = active_until(record.when)
    return props


def _names(record: Partner | Place) -> list[str]:
    return [n for n in (record.name_vi, record.name_en, getattr(record, "acronym", None),
                        *record.aliases) if n]


def build_rows(dataset: Dataset, rates: Rates, labels_of: dict[str, Label]) -> Rows:
    """`labels_of` names the label of every id `related` may point at (dataset or graph)."""
    rows = Rows()
    for section, _, record in dataset.records():
        label = SECTION_LABELS[section]
        rows.nodes[label].append({"id": record.id, "props": node_props(record, dataset, rates)})
        for source in getattr(record, "sources", None) or []:
            rows.citations[label].append({
                "from": record.id, "to": source.document, "quote": source.quote or "",
                "props": {"method": source.method, "confidence": source.confidence,
                          "note": source.note},
            })
        _relationships(rows, record, labels_of)
        rows.link(_linked_partners(record))
    if rows.linked:
        # `affiliated` is only ever set, never cleared: a later load of a shared fact
        # must not undo what a partner's affiliation said.
        rows.rels[(Label.Partner, Rel.LINKED, Label.Partner)] = [
            {"from": a, "to": b, "props": {"affiliated": True} if rows.linked[(a, b)] else {}}
            for a, b in sorted(rows.linked)]
    return rows


# The roles that make two partners linked (queries/partner_links_top, linked_paths);
# accountability for and extension of a project, and issuing a policy, do not.
_LINKING_ROLES = ("donors", "recipients", "parties", "funders", "implementers",
                  "beneficiaries", "participants")


def _linked_partners(record: Model) -> list[str]:
    if isinstance(record, Partner):
        # Each affiliation is a pair of its own, not a group.
        return []
    found: list[str] = []
    for role in _LINKING_ROLES:
        found += getattr(record, role, None) or []
    return found


def _relationships(rows: Rows, record: Model, labels_of: dict[str, Label]) -> None:
    src = source_props(getattr(record, "sources", None) or [])
    P = Label.Partner
    if isinstance(record, Place):
        if record.part_of:
            rows.rel(Label.Place, Rel.PART_OF, Label.Place, record.id, record.part_of)
        if record.merged_into:
            rows.rel(Label.Place, Rel.MERGED_INTO, Label.Place, record.id, record.merged_into,
                     since=record.valid_until)
    if isinstance(record, Partner):
        if record.country:
            rows.rel(P, Rel.IN_COUNTRY, Label.Place, record.id, record.country)
        if record.based_in:
            rows.rel(P, Rel.BASED_IN, Label.Place, record.id, record.based_in)
        for aff in record.affiliations:
            rows.link([record.id, aff.target], affiliated=True)
            props = source_props(aff.sources or record.sources)
            rows.rel(P, _AFFILIATION_RELS[aff.kind], P, record.id, aff.target,
                     since=aff.since, until=aff.until, notes=aff.notes, **props)
    if isinstance(record, Donation):
        D = Label.Donation
        until = active_until(record.when)
        for donor in record.donors:
            rows.rel(P, Rel.GAVE, D, donor, record.id, partner_id=donor, active_until=until,
                     **src)
        for recipient in record.recipients:
            rows.rel(D, Rel.TO, P, record.id, recipient, partner_id=recipient,
                     active_until=until, **src)
        for line in record.items:
            q = line.quantity
            rows.rel(D, Rel.INCLUDES, Label.Item, record.id, line.item,
                     quantity_raw=q.raw if q else None,
                     quantity=float(q.value) if q else None,
                     unit=q.unit if q else None,
                     quantity_qualifier=q.qualifier if q else None,
                     notes=line.notes, **source_props(line.sources or record.sources))
        if record.part_of:
            rows.rel(D, Rel.PART_OF, D, record.id, record.part_of, **src)
        if record.project:
            rows.rel(D, Rel.FOR, Label.Project, record.id, record.project, **src)
    for field_name, rel in (("parties", Rel.PARTY_TO), ("funders", Rel.FUNDS),
                            ("implementers", Rel.IMPLEMENTS), ("participants", Rel.TOOK_PART_IN),
                            ("accountable", Rel.ACCOUNTABLE_FOR), ("extending", Rel.EXTENDS)):
        for partner in getattr(record, field_name, None) or []:
            rows.rel(P, rel, SECTION_LABELS[_section(record)], partner, record.id, **src)
    if isinstance(record, Project):
        for partner in record.beneficiaries:
            rows.rel(Label.Project, Rel.BENEFITS, P, record.id, partner, **src)
        for place in record.places:
            rows.rel(Label.Project, Rel.LOCATED_IN, Label.Place, record.id, place, **src)
    if isinstance(record, Engagement):
        for target in record.related:
            rows.rel(Label.Engagement, Rel.LED_TO, labels_of[target], record.id, target, **src)
    if isinstance(record, Policy) and record.issuer:
        rows.rel(Label.Policy, Rel.ISSUED_BY, P, record.id, record.issuer, **src)


def _section(record: Model) -> str:
    for section, cls in SECTIONS.items():
        if isinstance(record, cls):
            return section
    raise TypeError(type(record).__name__)
