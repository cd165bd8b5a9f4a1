"""Reading a dataset file (YAML, or JSON, which is YAML too) while remembering the line of
every value, so that a validation error can say where it is."""

from pathlib import Path
from typing import Any

import yaml

from loaders.errors import LoadError, Problem

Loc = tuple[str | int, ...]

#: Files larger than this are refused before parsing: a dataset file is written by people.
MAX_BYTES = 50 * 1024 * 1024


def read_text(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise LoadError([Problem(path, None, None, f"file is {size} bytes; the limit is {MAX_BYTES}")])
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise LoadError([Problem(path, line, None, f"not valid UTF-8 (byte {exc.start})")]) from None


def parse(path: Path) -> tuple[Any, dict[Loc, int]]:
    """The file's data and a map from each value's location to its 1-based line."""
    text = read_text(path)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise LoadError([Problem(path, line, None, f"malformed {path.suffix[1:].upper()}: {reason}")]) from None
    lines: dict[Loc, int] = {}
    if node is None:
        return {}, lines
    return _build(node, (), lines, path), lines


def _build(node: yaml.Node, loc: Loc, lines: dict[Loc, int], path: Path) -> Any:
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(yaml.SafeLoader("").construct_object(key_node))
            if key in out:
                raise LoadError([Problem(path, key_node.start_mark.line + 1, key, "key given twice")])
            out[key] = _build(value_node, (*loc, key), lines, path)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*loc, i), lines, path) for i, item in enumerate(node.value)]
    try:
        return yaml.SafeLoader("").construct_object(node)
    except yaml.YAMLError as exc:
        raise LoadError([Problem(path, lines[loc], _dotted(loc), str(exc))]) from None


def line_of(lines: dict[Loc, int], loc: Loc) -> int | None:
    """The line of the deepest known part of `loc` (a missing field has no line of its own)."""
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


dotted = _dotted
