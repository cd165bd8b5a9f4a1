"""Graph views written for other tools, and any Neo4j value made JSON-safe. Pure functions:
no database, no I/O.

- `jsonable`: Neo4j values (nodes, relationships, paths, temporal and spatial types,
  NaN…) → plain JSON values.
- `to_graphml`: a GraphView as GraphML (yEd, Gephi, Cytoscape), every attribute declared
  as a <key> with its type, text escaped, characters XML cannot carry replaced.
- `to_csv`: one row per edge, safe to open in a spreadsheet (no cell runs as a formula).
"""

import base64
import csv
import io
import json
import math
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime, time, timedelta
from typing import Any

from neo4j.graph import Node, Path, Relationship
from neo4j.spatial import Point
from neo4j.time import Date, DateTime, Duration, Time

from partnergraph.domain.views_links import GraphView

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GRAPHML_MEDIA_TYPE = "application/graphml+xml"
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
CSV_COLUMNS = ("source_id", "source_name", "source_label", "type", "target_id", "target_name",
               "target_label")

# Characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/F).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# A spreadsheet runs a cell starting with these as a formula (tab and CR too, per OWASP).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    """A string every JSON encoder accepts: lone surrogates become U+FFFD."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in value)
    return value


def plain(value: Any) -> Any:
    """`jsonable` with the values properties mostly hold (text, whole numbers, lists of
    them, dates) taken first: a graph view passes tens of thousands of them per answer."""
    kind = type(value)
    if kind is str:
        return value if value.isascii() else _text(value)
    if kind is int or kind is bool or value is None:
        return value
    if kind is float and math.isfinite(value):
        return value
    if kind is list:
        return [plain(v) for v in value]
    if kind is Date:
        return value.iso_format()
    return jsonable(value)


def jsonable(value: Any) -> Any:
    """Any value Neo4j returns → JSON: nodes {labels, properties}, relationships {type,
    properties}, paths {nodes, relationships (with start/end indexes into nodes)},
    temporal values ISO 8601 strings, points {srid, x, y[, z]}, bytes base64,
    NaN/±Infinity strings."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return value
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), "properties": _props(value)}
    if isinstance(value, Relationship):
        return {"type": value.type, "properties": _props(value)}
    if isinstance(value, Path):
        nodes = list(value.nodes)
        index = {n.element_id: i for i, n in enumerate(nodes)}
        rels = []
        for r in value.relationships:
            rel = jsonable(r)
            rel["start"] = index.get(r.start_node.element_id) if r.start_node else None
            rel["end"] = index.get(r.end_node.element_id) if r.end_node else None
            rels.append(rel)
        return {"nodes": [jsonable(n) for n in nodes], "relationships": rels}
    if isinstance(value, Date | DateTime | Time | Duration):
        return value.iso_format()
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, Point):
        point = {"srid": value.srid, "x": value[0], "y": value[1]}
        if len(value) > 2:
            point["z"] = value[2]
        return {k: jsonable(v) for k, v in point.items()}
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dict):
        return {_text(str(k)): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    if hasattr(value, "to_native"):  # neo4j.vector.Vector and future types
        try:
            return jsonable(value.to_native())
        except Exception:  # noqa: BLE001 - fall back to the text form below
            pass
    return _text(str(value))


def _props(entity: Node | Relationship) -> dict[str, Any]:
    return {_text(k): jsonable(v) for k, v in sorted(entity.items())}


# --- GraphML ----------------------------------------------------------------------------

def _xml(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def _graphml_type(values: list[Any]) -> str:
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "long"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


def _graphml_value(value: Any, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind in ("long", "double"):
        return repr(float(value)) if kind == "double" else str(value)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _attributes(items: list[dict[str, Any]]) -> dict[str, str]:
    """Attribute name → GraphML type, over every item that has the attribute."""
    seen: dict[str, list[Any]] = {}
    for item in items:
        for name, value in item.items():
            if value is not None:
                seen.setdefault(name, []).append(value)
    return {name: _graphml_type(values) for name, values in seen.items()}


def to_graphml(view: GraphView) -> bytes:
    """The view as a GraphML document (UTF-8). Node attributes are the label, name and kind
    and every property; edge attributes the type and every property. Lists and maps are
    written as JSON text; numbers that are not finite are not written at all."""
    node_data = [_node_attrs(n) for n in view.nodes]
    edge_data = [{"type": e.type, **_finite(e.props)} for e in view.edges]
    node_keys = _attributes(node_data)
    edge_keys = _attributes(edge_data)

    ET.register_namespace("", GRAPHML_NS)
    root = ET.Element(f"{{{GRAPHML_NS}}}graphml")
    key_ids: dict[tuple[str, str], str] = {}
    for domain, keys in (("node", node_keys), ("edge", edge_keys)):
        for i, (name, kind) in enumerate(sorted(keys.items())):
            key_id = f"{domain[0]}{i}"
            key_ids[(domain, name)] = key_id
            ET.SubElement(root, f"{{{GRAPHML_NS}}}key", {
                "id": key_id, "for": domain, "attr.name": _xml(name), "attr.type": kind})
    graph = ET.SubElement(root, f"{{{GRAPHML_NS}}}graph",
                          {"id": "partnergraph", "edgedefault": "directed"})
    for node, data in zip(view.nodes, node_data, strict=True):
        element = ET.SubElement(graph, f"{{{GRAPHML_NS}}}node", {"id": _xml(node.id)})
        _data(element, data, node_keys, key_ids, "node")
    for edge, data in zip(view.edges, edge_data, strict=True):
        element = ET.SubElement(graph, f"{{{GRAPHML_NS}}}edge", {
            "id": _xml(edge.id), "source": _xml(edge.source), "target": _xml(edge.target)})
        _data(element, data, edge_keys, key_ids, "edge")
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _finite(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items()
            if not (isinstance(v, float) and not math.isfinite(v))}


def _node_attrs(node) -> dict[str, Any]:
    return {"label": node.label, "name": node.name, "kind": node.kind,
            **{k: v for k, v in _finite(node.props).items() if k not in ("label", "name", "kind")}}


def _data(element: ET.Element, data: dict[str, Any], keys: dict[str, str],
          key_ids: dict[tuple[str, str], str], domain: str) -> None:
    for name, value in data.items():
        if value is None:
            continue
        child = ET.SubElement(element, f"{{{GRAPHML_NS}}}data", {"key": key_ids[(domain, name)]})
        child.text = _xml(_graphml_value(value, keys[name]))


# --- CSV --------------------------------------------------------------------------------

def neutralise(cell: Any) -> str:
    """A cell a spreadsheet shows as text: one starting with =, +, -, @ (or tab, CR) gets
    a leading apostrophe, so it never runs as a formula."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(view: GraphView) -> str:
    """One row per edge: source_id, source_name, source_label, type, target_id, target_name,
    target_label; ids are the nodes' own ids (the label is its own column)."""
    nodes = {n.id: n for n in view.nodes}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for edge in view.edges:
        row = []
        for key in (edge.source, edge.target):
            node = nodes.get(key)
            label, _, own_id = key.partition(":")
            if node is not None:
                label, own_id = node.label, str(node.props.get("id", own_id))
            row.append((own_id, node.name if node else None, label))
        (sid, sname, slabel), (tid, tname, tlabel) = row
        cells = (sid, sname, slabel, edge.type, tid, tname, tlabel)
        writer.writerow([neutralise(c) for c in cells])
    return out.getvalue()
