"""Domain records → the rows the write queries UNWIND: node properties flattened to what
Neo4j stores (figures as value + raw text + flags, periods as start/end dates), and the
relationships each record implies, with the sources they rest on."""

import functools
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from graph.model import SECTION_LABELS, Label, Rel
from graph.props import active_until, amount_props, period_props, source_props
from partnergraph import names
from partnergraph.domain import Dataset, Donation, Item, Partner, Period, Place, Source, roles
from partnergraph.domain.common import Model
from partnergraph.domain.review import as_data
from partnergraph.rates import Rates

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


# Rel by its value: a dict lookup, where calling the enum costs a slow path per relationship.
_REL: dict[str, Rel] = {rel.value: rel for rel in Rel}


def _year(*periods: Period | None) -> int | None:
    for p in periods:
        if p is not None:
            d: date | None = p.start or p.end
            if d:
                return d.year
    return None


@functools.cache
def _plain(kind: type[Model]) -> tuple[str, ...]:
    return tuple(k for k in _PLAIN if k in kind.model_fields)


def _caption(record: Model) -> str:
    fields = vars(record)
    for attr in ("name_en", "title_en", "name_vi", "title_vi", "title", "acronym"):
        value = fields.get(attr)
        if value:
            return value
    return record.id


def node_props(record: Model, dataset: Dataset, rates: Rates) -> dict[str, Any]:
    # A model's fields are its __dict__: read there, a field a type lacks costs no raised
    # AttributeError (this runs for every record of a bulk import).
    fields = vars(record)
    props: dict[str, Any] = {k: fields[k] for k in _plain(type(record))}
    props["name"] = _caption(record)
    sources: list[Source] = fields.get("sources") or []
    if sources:
        props.update(source_props(sources))
    ids = fields.get("identifiers")
    if ids is not None:
        props.update(wikidata=ids.wikidata, iso_3166=ids.iso_3166, iati=ids.iati)
    if isinstance(record, Partner | Place):
        keys = sorted(names.keys(*_names(record)))
        props.update(search_keys=keys, search_text=" ".join(keys))
    if isinstance(record, Partner):
        props["country"] = record.country
    for attr in ("when", "signed", "period", "published", "planned"):
        if (period := fields.get(attr)) is not None:
            props.update(period_props(attr, period))
    year = _year(fields.get("when"), fields.get("period"), fields.get("signed"))
    for attr in ("value", "budget", "disbursed", "amount"):
        if (amount := fields.get(attr)) is not None:
            props.update(amount_props(attr, amount, year, rates))
    if isinstance(record, Donation):
        props["direction"] = dataset.direction(record)
        props["active_until"] = active_until(record.when)
    if isinstance(record, Item) and record.method:
        props["method"] = record.method
    if is_proposal(record):
        # A proposal keeps the record as the extractor wrote it: review (graph/review/)
        # shows, edits and accepts it in the dataset format, and rejects it by its print.
        props["proposal_record"] = json.dumps(as_data(record), ensure_ascii=False,
                                              sort_keys=True)
        props["proposal_home"] = dataset.home
        props["proposal_document"] = _document_of(record, dataset)
    return props


def _document_of(record: Model, dataset: Dataset) -> str | None:
    """The document a proposal came from: its first source's, or (an item, which cites
    none) the dataset's."""
    for source in getattr(record, "sources", None) or []:
        return source.document
    if dataset.documents:
        return dataset.documents[0].id
    return next((s.document for _, _, r in dataset.records()
                 for s in getattr(r, "sources", None) or []), None)


def is_proposal(record: Model) -> bool:
    """Extracted and not yet reviewed: every source it rests on is the extractor's."""
    if isinstance(record, Item):
        return record.method == "extracted"
    sources: list[Source] = getattr(record, "sources", None) or []
    return bool(sources) and all(s.method == "extracted" for s in sources)


def _names(record: Partner | Place) -> list[str]:
    return [n for n in (record.name_vi, record.name_en, getattr(record, "acronym", None),
                        *record.aliases) if n]


def build_rows(dataset: Dataset, rates: Rates, labels_of: dict[str, Label]) -> Rows:
    """`labels_of` names the label of every id `related` may point at (dataset or graph)."""
    rows = Rows()
    for section, _, record in dataset.records():
        label = SECTION_LABELS[section]
        rows.nodes[label].append({"id": record.id, "props": node_props(record, dataset, rates)})
        for source in vars(record).get("sources") or []:
            rows.citations[label].append({
                "from": record.id, "to": source.document, "quote": source.quote or "",
                "props": {"method": source.method, "confidence": source.confidence,
                          "note": source.note},
            })
        _relationships(rows, section, record, labels_of)
        rows.link(_linked_partners(section, record))
    if rows.linked:
        # `affiliated` is only ever set, never cleared: a later load of a shared fact
        # must not undo what a partner's affiliation said.
        rows.rels[(Label.Partner, Rel.LINKED, Label.Partner)] = [
            {"from": a, "to": b, "props": {"affiliated": True} if rows.linked[(a, b)] else {}}
            for a, b in sorted(rows.linked)]
    return rows


def _linked_partners(section: str, record: Model) -> list[str]:
    """Partners that share this fact (partners/roles.LINKING_FIELDS); an affiliation is a
    pair of its own, written where the partner's affiliations are."""
    found: list[str] = []
    for role in roles.of(section):
        if role.links_partners:
            found += roles.ids(record, role)
    return found


def _relationships(rows: Rows, section: str, record: Model,
                   labels_of: dict[str, Label]) -> None:
    src = source_props(vars(record).get("sources") or [])
    label = SECTION_LABELS[section]
    for role in roles.of(section):
        if role.field == "affiliations":
            _affiliations(rows, record)
            continue
        if role.field == "items":
            _item_lines(rows, record)
            continue
        for target in roles.ids(record, role):
            other = (labels_of[target] if len(role.targets) > 1
                     else SECTION_LABELS[role.targets[0]])
            props = {**_role_props(role, record, target), **(src if role.cited else {})}
            if role.outward:
                rows.rel(label, _REL[role.rel], other, record.id, target, **props)
            else:
                rows.rel(other, _REL[role.rel], label, target, record.id, **props)


def _role_props(role: roles.Role, record: Model, target: str) -> dict[str, Any]:
    """What a relationship carries beyond its sources: a merger its date, a donation's
    donors and recipients the order key of graph/props.active_until."""
    if role.field == "merged_into":
        return {"since": record.valid_until}
    if role.section == "donations" and role.field in ("donors", "recipients"):
        return {"partner_id": target, "active_until": active_until(record.when)}
    return {}


def _affiliations(rows: Rows, record: Partner) -> None:
    for aff in record.affiliations:
        rows.link([record.id, aff.target], affiliated=True)
        props = source_props(aff.sources or record.sources)
        rows.rel(Label.Partner, _REL[roles.AFFILIATION_RELS[aff.kind]], Label.Partner,
                 record.id, aff.target, since=aff.since, until=aff.until, notes=aff.notes,
                 **props)


def _item_lines(rows: Rows, record: Donation) -> None:
    for line in record.items:
        q = line.quantity
        rows.rel(Label.Donation, Rel.INCLUDES, Label.Item, record.id, line.item,
                 quantity_raw=q.raw if q else None,
                 quantity=float(q.value) if q else None,
                 unit=q.unit if q else None,
                 quantity_qualifier=q.qualifier if q else None,
                 notes=line.notes, **source_props(line.sources or record.sources))
