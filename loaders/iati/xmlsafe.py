"""Streaming an IATI activity file safely: one `<iati-activity>` at a time, each cleared
once read, so memory does not grow with the file; no entity is expanded, no DTD loaded,
nothing fetched from the network. IATI files never need a DTD, so any DOCTYPE (the
carrier of "billion laughs" and external-entity attacks) is refused outright."""

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from loaders.errors import LoadError, Problem

ROOT, ACTIVITY = "iati-activities", "iati-activity"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SUPPORTED_VERSIONS = ("2.01", "2.02", "2.03")


@dataclass(frozen=True)
class FileInfo:
    """What the root element says about every activity in the file."""

    version: str
    language: str | None
    generated: str | None


def activities(path: Path) -> Iterator[FileInfo | etree._Element]:
    """Yields the FileInfo first, then each activity element (valid until the next one)."""
    etree.clear_error_log()
    events = etree.iterparse(
        str(path), events=("start", "end"), tag=(ROOT, ACTIVITY),
        resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False,
        dtd_validation=False, remove_comments=True, remove_pis=True,
    )
    seen_root = False
    try:
        for event, elem in events:
            if event == "start":
                if elem.getparent() is None:
                    seen_root = True
                    yield _file_info(path, elem)
                continue
            if elem.tag == ACTIVITY and elem.getparent() is not None:
                yield elem
                elem.clear(keep_tail=False)
                parent = elem.getparent()
                while elem.getprevious() is not None:
                    del parent[0]
    except etree.XMLSyntaxError as exc:
        # libxml2 may stop in a DOCTYPE's entities ("maximum entity amplification factor
        # exceeded") before the root is reached: the DOCTYPE is the reason either way.
        if (line := _doctype_line(path)) is not None:
            raise LoadError([_doctype_problem(path, line)]) from None
        raise LoadError([_syntax_problem(path, exc)]) from None
    except OSError as exc:
        raise LoadError([Problem(path, None, None, f"cannot read the file: {exc}")]) from None
    if not seen_root:
        tag = events.root.tag if events.root is not None else None
        raise LoadError([Problem(path, 1, None, f"not an IATI activity file: the root element "
                                 f"is <{tag}>, expected <{ROOT}>")])


def _file_info(path: Path, root: etree._Element) -> FileInfo:
    doctype = root.getroottree().docinfo.doctype
    if doctype:
        raise LoadError([_doctype_problem(path, _doctype_line(path))])
    version = (root.get("version") or "").strip()
    if version not in SUPPORTED_VERSIONS:
        raise LoadError([Problem(path, root.sourceline, f"{ROOT}/@version",
                                 f"IATI version {version or '(missing)'!r} is not supported "
                                 f"(supported: {', '.join(SUPPORTED_VERSIONS)})")])
    return FileInfo(version=version, language=root.get(XML_LANG),
                    generated=root.get("generated-datetime"))


def _doctype_problem(path: Path, line: int | None) -> Problem:
    return Problem(path, line, "DOCTYPE", "a DOCTYPE declaration is refused: IATI files need "
                   "none, and it is how entity-expansion (billion laughs) and external-entity "
                   "attacks enter a file")


def _doctype_line(path: Path) -> int | None:
    with path.open("rb") as f:
        for number, line in enumerate(f, 1):
            if b"<!DOCTYPE" in line:
                return number
            if number > 1000:  # the DOCTYPE comes before the root; no need to read on
                return None
    return None


def _syntax_problem(path: Path, exc: etree.XMLSyntaxError) -> Problem:
    # libxml2 reports some errors (an undefined entity) only in its error log, line 0.
    line, reason = exc.lineno, exc.msg
    if not line and (last := exc.error_log.last_error) is not None:
        line, reason = last.line, last.message
    return Problem(path, line or None, None, f"malformed XML: {reason}")
