"""Named Cypher, loaded from cypher/<folder>/<name>.cypher.

A query file may hold `{label}`-style slots; `render` fills them only with members of the
closed enums in graph.model, so no request or file value can ever become Cypher text."""

import re
from enum import StrEnum
from functools import cache
from pathlib import Path

from partnergraph import ROOT

CYPHER_DIR = ROOT / "cypher"
_SLOT = re.compile(r"\{([a-z_]+)\}")
_NAME = re.compile(r"^[a-z0-9_]+(/[a-z0-9_]+)*$")


def path_of(name: str) -> Path:
    if not _NAME.match(name):
        raise ValueError(f"not a query name: {name!r}")
    return CYPHER_DIR / f"{name}.cypher"


@cache
def load(name: str) -> str:
    """The text of a named query, e.g. load("queries/donations")."""
    return path_of(name).read_text(encoding="utf-8")


def header(name: str) -> str:
    """The leading // comment of a query: what it answers and its parameters."""
    lines = []
    for line in load(name).splitlines():
        if not line.startswith("//"):
            break
        lines.append(line[2:].strip())
    return "\n".join(lines)


@cache
def render(name: str, **slots: StrEnum) -> str:
    text = load(name)
    for slot, value in slots.items():
        if not isinstance(value, StrEnum):
            raise TypeError(f"slot {slot} takes an enum member, not {type(value).__name__}")
    missing = set(_SLOT.findall(_body(text))) - set(slots)
    if missing:
        raise KeyError(f"{name}: no value for {sorted(missing)}")
    return _SLOT.sub(lambda m: str(slots[m.group(1)]) if m.group(1) in slots else m.group(0), text)


def _body(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))


def statements(name: str) -> list[str]:
    """A schema file's statements, one per `;`."""
    return [s.strip() for s in _body(load(name)).split(";") if s.strip()]


_TRY_PARAM = re.compile(r":param\s+(\w+)\s*=>\s*(.+?)(?=\s+:param|\s+\(|\s*$)", re.MULTILINE)
_TRY_SLOT = re.compile(r"write (\d+) for \{(\w+)\}")


def try_it(name: str) -> tuple[dict[str, str], dict[str, str]]:
    """The header's "Try it" example: parameter → Cypher expression as written (for
    Neo4j Browser's `:param`), and slot → the value to write in its place."""
    head = header(name)
    params = {m.group(1): m.group(2).strip() for m in _TRY_PARAM.finditer(head)}
    slots = {m.group(2): m.group(1) for m in _TRY_SLOT.finditer(head)}
    return params, slots


def browser_text(name: str) -> str:
    """The query as a Browser user runs it: header kept, slots filled as "Try it" says."""
    text = load(name)
    for slot, value in try_it(name)[1].items():
        text = text.replace("{" + slot + "}", value)
    return text
