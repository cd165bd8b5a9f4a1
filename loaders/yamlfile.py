"""Reading a dataset file (YAML, or JSON, which is YAML too) while remembering the line of
every value, so that a validation error can say where it is."""

from pathlib import Path
from typing import Any

import yaml

from loaders.errors import LoadError, Problem

Loc = tuple[str | int, ...]

#: Files larger than this are refused before parsing: a dataset file is written by people.
MAX_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024
#: libyaml when PyYAML has it: ten times faster, and it bounds nesting itself, where the
#: pure-Python scanner spends seconds on every list nested a thousand deep.
_LOADER = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader


class TooLarge(OSError):
    """A file beyond MAX_BYTES; an OSError, so a caller reporting unreadable files names it."""


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refused by its size before a byte is read (a 1 GB file, sparse or
    not, costs nothing), and never more than MAX_BYTES even if it grows meanwhile."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise TooLarge(f"{path} is {size} bytes; the limit is {MAX_BYTES}")
    chunks, total = [], 0
    with path.open("rb") as handle:
        # In chunks: read(n) sets aside n bytes up front, however small the file is.
        while chunk := handle.read(min(_CHUNK, MAX_BYTES + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
    if total > MAX_BYTES:
        raise TooLarge(f"{path} grew beyond {MAX_BYTES} bytes while it was read")
    return b"".join(chunks)


def read_text(path: Path) -> str:
    try:
        raw = read_bytes(path)
    except TooLarge as exc:
        raise LoadError([Problem(path, None, None, str(exc).removeprefix(f"{path} "))]) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise LoadError([Problem(path, line, None, f"not valid UTF-8 (byte {exc.start})")]) from None


def parse(path: Path) -> tuple[Any, dict[Loc, int]]:
    """The file's data and a map from each value's location to its 1-based line."""
    text = read_text(path)
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except RecursionError:  # the pure-Python composer recurses: [[[[… a thousand deep
        raise LoadError([Problem(path, None, None, "nested too deeply")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        if "nesting depth" in reason:  # libyaml's own bound
            raise LoadError([Problem(path, line, None, "nested too deeply")]) from None
        raise LoadError([Problem(path, line, None, f"malformed {path.suffix[1:].upper()}: {reason}")]) from None
    lines: dict[Loc, int] = {}
    if node is None:
        return {}, lines
    try:
        return _build(node, (), lines, path, set()), lines
    except RecursionError:
        raise LoadError([Problem(path, None, None, "nested too deeply")]) from None


def _build(node: yaml.Node, loc: Loc, lines: dict[Loc, int], path: Path, seen: set[int]) -> Any:
    if isinstance(node, yaml.CollectionNode):
        # The composer hands an alias back as the very node it names. Building a list or
        # mapping twice is what turns a billion-laughs file of a few lines into gigabytes
        # (and a self-referencing alias into endless recursion): refuse it.
        if id(node) in seen:
            where = lines.get(loc[:-1]) if loc else None
            raise LoadError([Problem(path, where, _dotted(loc) or None,
                                     "an alias (*name) of a list or mapping is not supported: "
                                     "write the value out")])
        seen.add(id(node))
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(yaml.SafeLoader("").construct_object(key_node))
            if key in out:
                raise LoadError([Problem(path, key_node.start_mark.line + 1, key, "key given twice")])
            out[key] = _build(value_node, (*loc, key), lines, path, seen)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*loc, i), lines, path, seen) for i, item in enumerate(node.value)]
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
