"""The table of relationship roles (partnergraph/domain/roles.py) is the only place that
lists them: every consumer that cannot import it — the domain models themselves, the CSV
templates, the Cypher that walks shared facts, the explorer's model — is checked against
it here, both ways, so a role added to one and not the table fails a test."""

import re
import typing
from pathlib import Path

import pytest

from graph.model import SECTION_LABELS, Rel
from loaders import csvcolumns
from partnergraph import ROOT
from partnergraph.domain import roles
from partnergraph.domain.common import Id
from partnergraph.domain.dataset import SECTIONS
from partnergraph.domain.entities import AffiliationKind

_REL_UNION = re.compile(r"\[\w*:([A-Z_|]+)\]")


def _id_fields(model: type) -> set[str]:
    """Fields of a model that hold ids of other records (Id, Id | None, list[Id])."""
    found = set()
    for name, info in model.model_fields.items():
        if name == "id":
            continue
        ann = info.annotation
        args = typing.get_args(ann)
        if ann == Id or Id in args or any(typing.get_args(a) == (Id,) or a == list[Id]
                                          for a in (ann, *args)):
            found.add(name)
    return found


@pytest.mark.parametrize("section", list(SECTIONS))
def test_every_id_field_of_the_domain_is_a_role(section):
    """Each field of a record type that names other records is a row of the table, and
    each row names a real field of its record type."""
    model = SECTIONS[section]
    table = {r.field for r in roles.of(section)}
    structured = {f for f in roles.STRUCTURED if f in model.model_fields}
    assert _id_fields(model) | structured == table
    for role in roles.of(section):
        assert set(role.targets) <= set(SECTIONS)


def test_every_role_is_a_relationship_type_of_the_closed_enum():
    """Cypher text only ever holds members of graph.model.Rel."""
    for role in roles.ROLES:
        if role.field != "affiliations":
            assert Rel(role.rel)
    assert {Rel(r) for r in roles.AFFILIATION_RELS.values()} >= set()
    assert set(roles.AFFILIATION_RELS) == set(AffiliationKind)
    assert all(len(role.targets) == 1 or role.rel == "LED_TO" for role in roles.ROLES)


def test_csv_columns_follow_the_table():
    """A role with a CSV column has that column in a sheet of its section, at the field's
    place, as a list when the role holds several ids; and every CSV column that names ids
    of other records is a role of the table."""
    by_section = {}
    for sheet in csvcolumns.SHEETS:
        by_section.setdefault(sheet.section, []).append(sheet)
    for role in roles.ROLES:
        if role.csv_column is None:
            continue
        columns = [c for s in by_section[role.section] for c in s.columns
                   if c.name == role.csv_column]
        assert columns, f"{role.section}.{role.field}: no column {role.csv_column}"
        if role.field not in roles.STRUCTURED:
            assert columns[0].path == (role.field,)
            assert (columns[0].kind == "list") == role.many, role
    declared = {(r.section, r.csv_column) for r in roles.ROLES if r.csv_column}
    for sheet in csvcolumns.SHEETS:
        for column in sheet.columns:
            names_ids = re.search(r"\b(ids?|Id of the (partner|place|donation|item))\b",
                                  column.meaning, re.IGNORECASE)
            if (not names_ids or not column.path or column.name == "id"
                    or column.path[0] == "sources"):
                continue
            assert (sheet.section, column.name) in declared, \
                f"{sheet.name}: column {column.name} names ids but is no role"


def _unions(name: str) -> list[set[str]]:
    text = (ROOT / "cypher" / f"{name}.cypher").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return [set(m.group(1).split("|")) for m in _REL_UNION.finditer(body) if "|" in m.group(1)]


@pytest.mark.parametrize("name, extra", [
    ("admin/reindex_links", set()),
    ("queries/graph_neighbourhood", set()),
    ("queries/graph_all", set()),
    ("queries/graph_all", set(roles.AFFILIATION_RELS.values())),
])
def test_cypher_that_walks_shared_facts_walks_the_linking_roles(name, extra):
    """The relationship types these files spell out (Cypher cannot import the table) are
    exactly the linking roles, plus the affiliations where a path may also cross those."""
    wanted = set(roles.LINKING_RELS) | extra
    unions = _unions(name)
    assert wanted in unions, f"{name}: no [:{'|'.join(sorted(wanted))}] in {unions}"
    for union in unions:
        assert union <= {str(r) for r in Rel}, f"{name}: unknown type in {union}"


def test_explorer_model_reads_every_linking_role_in_its_direction():
    """web/src/model.js places a fact's partners by relationship type: every linking role
    is read, from the partner's side (`role(target)`: the partner points at the fact) or the
    fact's (`role(source)`), as the table says; its affiliation list is the table's."""
    text = (ROOT / "web" / "src" / "model.js").read_text(encoding="utf-8")
    read: dict[str, str] = {}
    for line in text.splitlines():
        if "role(" not in line or "type ===" not in line:
            continue
        side = re.search(r"role\((source|target)\)", line).group(1)
        for rel in re.findall(r'type === "([A-Z_]+)"', line):
            read[rel] = side
    for role in roles.ROLES:
        if role.links_partners:
            expected = "source" if role.outward else "target"
            assert read.get(role.rel) == expected, f"{role.rel} read from {read.get(role.rel)}"
    affiliations = re.search(r"AFFILIATIONS = \[([^\]]*)\]", text).group(1)
    assert set(re.findall(r'"([A-Z_]+)"', affiliations)) == set(roles.AFFILIATION_RELS.values())


def test_linking_fields_are_partner_roles_of_facts():
    """Only partners in facts make LINKED pairs; a record type's label exists for each."""
    for role in roles.ROLES:
        assert role.section in SECTION_LABELS
        if role.links_partners:
            assert role.partner_role and role.section not in ("partners", "places")
    assert set(roles.LINKING_FIELDS) <= set(roles.FACT_PARTNER_FIELDS)


def test_the_table_is_the_only_python_that_lists_roles():
    """No module outside the table spells out the partner-role fields as a tuple of names
    again (the way the lists this table replaced did)."""
    role = r'"(donors|recipients|parties|funders|implementers|beneficiaries|participants)"'
    pattern = re.compile(rf"[(\[]\s*{role},\s*{role},\s*{role}")
    offenders = []
    for folder in ("api", "graph", "loaders", "partnergraph", "cli"):
        for path in Path(ROOT, folder).rglob("*.py"):
            if path.name == "roles.py":
                continue
            if pattern.search(path.read_text(encoding="utf-8")):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
