"""Every relationship a record's fields imply, declared once.

A row says: the records of `section` name, in `field`, ids of `targets`; in the graph each
becomes a `rel` relationship, pointing from the record to the target (`outward`) or from
the target to the record. Validation of references (domain/dataset.py), the rows the loader
writes (graph/rows.py), `LINKED` derivation, the IATI and article role lists, the CSV
columns (loaders/csvcolumns.py) and the explorer's model (web/src/model.js) all follow
this table, and tests/unit/test_roles.py checks every consumer that cannot import it.
Adding a role is one row here plus whatever new behaviour it genuinely has.

Two fields are structured rather than lists of ids: `affiliations` (its relationship type
comes from each affiliation's kind, AFFILIATION_RELS) and a donation's `items` (each line
carries its quantity); both are rows here all the same, so nothing forgets them.
"""

import functools
from dataclasses import dataclass

from partnergraph.domain.entities import AffiliationKind


@dataclass(frozen=True)
class Role:
    section: str  # the dataset section of the record that holds the field
    field: str
    rel: str  # a relationship type (graph.model.Rel); "" when each value says (affiliations)
    outward: bool  # True: (record)-[rel]->(target); False: (target)-[rel]->(record)
    targets: tuple[str, ...]  # the sections its ids may name
    many: bool = True  # a list of ids, or a single id
    links_partners: bool = False  # two partners in such roles of one fact are LINKED
    cited: bool = True  # the relationship carries the record's sources
    csv_column: str | None = None  # the CSV template column, where the templates have one

    @property
    def partner_role(self) -> bool:
        return self.targets == ("partners",)


_P, _PL = ("partners",), ("places",)

ROLES: tuple[Role, ...] = (
    Role("places", "part_of", "PART_OF", True, _PL, many=False, cited=False,
         csv_column="part_of"),
    Role("places", "merged_into", "MERGED_INTO", True, _PL, many=False, cited=False,
         csv_column="merged_into"),
    Role("partners", "country", "IN_COUNTRY", True, _PL, many=False, cited=False,
         csv_column="country"),
    Role("partners", "based_in", "BASED_IN", True, _PL, many=False, cited=False,
         csv_column="based_in"),
    Role("partners", "affiliations", "", True, _P, csv_column="target"),
    Role("donations", "donors", "GAVE", False, _P, links_partners=True, csv_column="donors"),
    Role("donations", "recipients", "TO", True, _P, links_partners=True,
         csv_column="recipients"),
    Role("donations", "items", "INCLUDES", True, ("items",), csv_column="item"),
    Role("donations", "part_of", "PART_OF", True, ("donations",), many=False,
         csv_column="part_of"),
    Role("donations", "project", "FOR", True, ("projects",), many=False),
    Role("agreements", "parties", "PARTY_TO", False, _P, links_partners=True,
         csv_column="parties"),
    Role("projects", "funders", "FUNDS", False, _P, links_partners=True, csv_column="funders"),
    Role("projects", "implementers", "IMPLEMENTS", False, _P, links_partners=True,
         csv_column="implementers"),
    Role("projects", "accountable", "ACCOUNTABLE_FOR", False, _P),
    Role("projects", "extending", "EXTENDS", False, _P),
    Role("projects", "beneficiaries", "BENEFITS", True, _P, links_partners=True,
         csv_column="beneficiaries"),
    Role("projects", "places", "LOCATED_IN", True, _PL),
    Role("engagements", "participants", "TOOK_PART_IN", False, _P, links_partners=True,
         csv_column="participants"),
    Role("engagements", "related", "LED_TO", True, ("donations", "agreements", "projects"),
         csv_column="related"),
    Role("policies", "issuer", "ISSUED_BY", True, _P, many=False, csv_column="issuer"),
)

#: How one partner belongs to another → the relationship type of that affiliation.
AFFILIATION_RELS: dict[AffiliationKind, str] = {
    AffiliationKind.part_of: "PART_OF",
    AffiliationKind.office_of: "OFFICE_OF",
    AffiliationKind.member_of: "MEMBER_OF",
    AffiliationKind.merged_into: "MERGED_INTO",
}

#: Fields whose values are structured, not plain ids.
STRUCTURED = ("affiliations", "items")


@functools.cache  # asked once per record by every loader
def of(section: str) -> tuple[Role, ...]:
    return tuple(r for r in ROLES if r.section == section)


def partner_fields(section: str, *, linking: bool | None = None) -> tuple[str, ...]:
    """The plain-id fields of `section` that name partners (only the linking ones, or only
    the others, when `linking` says so)."""
    return tuple(r.field for r in of(section)
                 if r.partner_role and r.field not in STRUCTURED
                 and (linking is None or r.links_partners == linking))


#: Every field, of any record type, in which partners play a part in a fact.
FACT_PARTNER_FIELDS: tuple[str, ...] = tuple(dict.fromkeys(
    r.field for r in ROLES if r.partner_role and r.field not in STRUCTURED
    and r.section not in ("partners", "places")))

#: The fields in which partners sharing one fact become LINKED.
LINKING_FIELDS: tuple[str, ...] = tuple(dict.fromkeys(
    r.field for r in ROLES if r.links_partners))

#: Their relationship types, in the order the table declares them.
LINKING_RELS: tuple[str, ...] = tuple(dict.fromkeys(r.rel for r in ROLES if r.links_partners))


def ids(record: object, role: Role) -> list[str]:
    """The ids a record names in one role (for `items`, the item of each line; for
    `affiliations`, each target)."""
    value = getattr(record, role.field, None)
    if value is None:
        return []
    if role.field == "items":
        return [line.item for line in value]
    if role.field == "affiliations":
        return [aff.target for aff in value]
    return list(value) if role.many else [value]
