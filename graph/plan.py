"""What a load of one dataset changes: the rows it would write (graph/rows.py) compared
with what the graph holds for that dataset.

Every node and relationship a load writes (but the derived LINKED) lists the datasets that
declare it in its `datasets` property. Before writing, the loader reads what the dataset
owns — each node's properties and the relationships the dataset owns at it — and compares
it with the rows: records only in the rows are added, records only in the graph removed,
and records whose properties, relationships or citations differ changed. A relationship
belongs to the record whose field implies it (partnergraph/domain/roles.py): a donation's
GAVE is the donation's, a partner's PART_OF the partner's. The same comparison is the
dry run, the summary every load prints, and the list of what the load must remove."""

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from graph.model import SECTION_LABELS, Label, Rel
from graph.rows import Rows
from partnergraph.domain import roles

# (from label, from id, type, to label, to id, quote of a CITED_IN or None)
RelKey = tuple[Label, str, Rel, Label, str, str | None]
NodeKey = tuple[Label, str]

#: A partner's donations by year and direction, counted from the facts for speed
#: (write/recount_donations_of): derived, owned by no dataset, kept across a rewrite of the
#: partner by write/merge_nodes.
KEPT_PROPS = frozenset({"given_years", "given_counts", "given_usd",
                        "received_years", "received_counts", "received_usd"})
# Properties that say who owns a node or a relationship, or are its key, or are derived
# from the facts: not its content.
_NOT_CONTENT = {"id", "datasets", "quote"} | KEPT_PROPS

#: Relationship types that point at the record they belong to (a donor GAVE a donation).
INWARD: frozenset[Rel] = frozenset(Rel(r.rel) for r in roles.ROLES
                                   if r.rel and not r.outward)

#: Relationship types whose ends are LINKED (shared facts and affiliations).
LINKING: frozenset[Rel] = frozenset(
    {Rel(r) for r in roles.LINKING_RELS} | {Rel(r) for r in roles.AFFILIATION_RELS.values()})


def _plain(value: Any) -> Any:
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def content(props: dict[str, Any]) -> str:
    """A node's or relationship's properties as comparable text: a value the rows leave
    None is one Neo4j does not store."""
    kept = {k: v for k, v in props.items() if v is not None and k not in _NOT_CONTENT}
    return json.dumps(kept, sort_keys=True, default=_plain, ensure_ascii=False)


def record_of(key: RelKey) -> NodeKey:
    """The record a relationship belongs to."""
    a, src, rel, b, dst, _ = key
    return (b, dst) if rel in INWARD else (a, src)


@dataclass
class Holdings:
    """What one dataset holds (or would hold): node and relationship contents by key."""

    # None: the dataset owns it, but another dataset declared it first and holds its
    # properties (cypher/write/merge_nodes), so this dataset's version is not compared.
    nodes: dict[NodeKey, str | None] = field(default_factory=dict)
    rels: dict[RelKey, str | None] = field(default_factory=dict)


def holdings_of_rows(rows: Rows) -> Holdings:
    held = Holdings()
    for label, node_rows in rows.nodes.items():
        for row in node_rows:
            held.nodes[(label, row["id"])] = content(row["props"])
    for (a, rel, b), rel_rows in rows.rels.items():
        if rel is Rel.LINKED:
            continue  # derived, owned by no dataset
        for row in rel_rows:  # a relationship listed twice is one: the last listing wins
            held.rels[(a, row["from"], rel, b, row["to"], None)] = content(row["props"])
    for label, cite_rows in rows.citations.items():
        for row in cite_rows:
            key = (label, row["from"], Rel.CITED_IN, Label.Document, row["to"], row["quote"])
            held.rels[key] = content(row["props"])
    return held


def holdings_of_graph(label: Label, records: list[dict[str, Any]]) -> Holdings:
    """From write/owned_records: [{id, props, holds, rels: [[outgoing, type, label, id,
    props, holds]]}]."""
    held = Holdings()
    for record in records:
        held.nodes[(label, record["id"])] = content(record["props"]) if record["holds"] else None
        for outgoing, rel, other_label, other, props, holds in record["rels"]:
            quote = props.get("quote") if rel == Rel.CITED_IN else None
            if outgoing:
                key = (label, record["id"], Rel(rel), Label(other_label), other, quote)
            else:
                key = (Label(other_label), other, Rel(rel), label, record["id"], quote)
            held.rels[key] = content(props) if holds else None
    return held


def _by_label(keys: set[NodeKey]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for label, id_ in sorted(keys):
        found[label.value].append(id_)
    return dict(found)


@dataclass
class Plan:
    """The difference a load makes to one dataset."""

    dataset: str
    added: set[NodeKey] = field(default_factory=set)
    changed: set[NodeKey] = field(default_factory=set)
    removed: set[NodeKey] = field(default_factory=set)
    stale_rels: set[RelKey] = field(default_factory=set)  # owned before, not written now
    touched: set[NodeKey] = field(default_factory=set)  # ends of what was added or removed
    kept: list[NodeKey] = field(default_factory=list)  # removed, still referred to elsewhere

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.changed or self.removed)

    def summary(self) -> dict[str, Any]:
        return {"dataset": self.dataset,
                "added": _by_label(self.added), "changed": _by_label(self.changed),
                "removed": _by_label(self.removed), "kept": _by_label(set(self.kept))}

    def touched_partners(self) -> list[str]:
        return sorted(id_ for label, id_ in self.touched if label is Label.Partner)


def diff(dataset: str, before: Holdings, after: Holdings) -> Plan:
    plan = Plan(dataset)
    plan.added = set(after.nodes) - set(before.nodes)
    plan.removed = set(before.nodes) - set(after.nodes)
    plan.changed = {k for k in set(after.nodes) & set(before.nodes)
                    if before.nodes[k] is not None and after.nodes[k] != before.nodes[k]}
    plan.stale_rels = set(before.rels) - set(after.rels)
    differing = {k for k in set(before.rels) | set(after.rels)
                 if k not in before.rels or k not in after.rels
                 or (before.rels[k] is not None and before.rels[k] != after.rels[k])}
    for key in differing:
        record = record_of(key)
        if record in after.nodes and record not in plan.added:
            plan.changed.add(record)
    # Derived pairs follow the relationships that make them: every partner at either end
    # of a linking relationship of a record that is new, changed or gone.
    moved = plan.added | plan.changed | plan.removed
    for key in set(before.rels) | set(after.rels):
        a, src, rel, b, dst, _ = key
        if rel in LINKING and record_of(key) in moved:
            plan.touched |= {(a, src), (b, dst)}
    plan.touched |= {k for k in moved if k[0] is Label.Partner}
    return plan


def record_labels() -> list[Label]:
    """The labels a dataset's records carry."""
    return list(dict.fromkeys(SECTION_LABELS.values()))
