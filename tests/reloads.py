"""Datasets for the reload tests, built from the table of roles (partnergraph/domain/roles.py)
so that a role added there is exercised here without a word changed: `full()` is a dataset
in which the first record of every section fills every role of its section, and
`changed()` / `emptied()` are the same dataset with one role pointing elsewhere or empty."""

from pathlib import Path
from typing import Any

import yaml

from partnergraph.domain import roles
from partnergraph.domain.dataset import SECTIONS

TEXT = "alpha beta gamma delta epsilon zeta eta theta"


def _minimal(section: str, id_: str) -> dict[str, Any]:
    cite = [{"document": "r-doc", "quote": "alpha"}]
    return {
        "documents": lambda: {"id": id_, "title": "The article", "text": TEXT},
        "places": lambda: {"id": id_, "kind": "country", "name_en": id_.upper(),
                           "sources": cite},
        "partners": lambda: {"id": id_, "kind": "foreign_ngo", "name_en": id_.upper(),
                             "sources": cite},
        "items": lambda: {"id": id_, "name_vi": id_, "name_en": id_.upper()},
        "agreements": lambda: {"id": id_, "kind": "cooperation_agreement", "sources": cite},
        "projects": lambda: {"id": id_, "kind": "project", "sources": cite},
        "donations": lambda: {"id": id_, "donors_note": "some donors",
                              "recipients_note": "some recipients", "sources": cite},
        "engagements": lambda: {"id": id_, "kind": "meeting", "sources": cite},
        "policies": lambda: {"id": id_, "kind": "plan", "title_vi": id_, "sources": cite},
    }[section]()


def ids(section: str) -> list[str]:
    """Three records per section (one document): r-<section letter><n>."""
    if section == "documents":
        return ["r-doc"]
    return [f"r-{section[:3]}{n}" for n in (1, 2, 3)]


def _pool(role: roles.Role, own: str) -> list[str]:
    return [i for t in role.targets for i in ids(t) if i != own]


def value(role: roles.Role, which: int) -> Any:
    """The role's value on the first record of its section: `which` 0 or 1 picks one of
    two different targets (for `related`, of two different kinds)."""
    own = ids(role.section)[0]
    pool = _pool(role, own)
    target = pool[which * 3] if len(role.targets) > 1 else pool[which]
    if role.field == "affiliations":
        return [{"target": target, "kind": "part_of"}]
    if role.field == "items":
        return [{"item": target, "quantity": f"{2 + which} máy thở"}]
    return [target] if role.many else target


def full() -> dict[str, Any]:
    data: dict[str, Any] = {s: [_minimal(s, i) for i in ids(s)] for s in SECTIONS}
    for role in roles.ROLES:
        data[role.section][0][role.field] = value(role, 0)
    return data


def changed(role: roles.Role) -> dict[str, Any]:
    data = full()
    data[role.section][0][role.field] = value(role, 1)
    return data


def emptied(role: roles.Role) -> dict[str, Any]:
    data = full()
    del data[role.section][0][role.field]
    return data


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # the loader refuses YAML aliases: a shared list is written out


def write(folder: Path, data: dict[str, Any]) -> Path:
    """The dataset as the one file of `folder` (the dataset is named after the folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "data.yaml").write_text(yaml.dump(data, Dumper=_Dumper, allow_unicode=True),
                                      encoding="utf-8")
    return folder
