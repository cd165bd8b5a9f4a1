"""Names in the language the request asks for, the other beside them.

A request that names a language (`?lang=vi|en`, or an Accept-Language that lists vi or en)
gets every partner, place, item and fact of a JSON answer named in it: `name` in that
language and `name_other` in the other (null when both are written the same). Nothing
else changes, and a request that names no language gets the answer as it always was, so
no client that reads `name` today sees it move. The names come from the nodes themselves
(`name_vi`, `name_en`, or a fact's `title_vi`, `title_en`), fetched in one query for a
whole answer; a name with no form in the asked language stays as it is."""

import json
import logging
import re
from typing import Any
from urllib.parse import parse_qsl

from neo4j.exceptions import DriverError, Neo4jError
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.i18n import language
from graph.names import Names, names_by_id

log = logging.getLogger("partnergraph.api")

#: The answers whose names are said in the asked language (GETs only: POST /cypher's rows
#: are the caller's own). OpenAPI, the docs and the pages are documents, not answers.
SKIPPED = re.compile(r"^/(openapi\.json|docs|redoc|guide|explore)(/|$)")
VI_KEYS = ("name_vi", "title_vi")
EN_KEYS = ("name_en", "title_en")


def _first(values: dict, keys: tuple[str, ...]) -> str | None:
    return next((values[k] for k in keys if values.get(k)), None)


def said(name: str | None, vi: str | None, en: str | None,
         lang: str) -> tuple[str | None, str | None]:
    """(name, name_other) in `lang`: a missing form falls back to the name answers carry."""
    vi, en = vi or name, en or name
    first, other = (vi, en) if lang == "vi" else (en, vi)
    return first, (other if other != first else None)


def _own(d: dict) -> tuple[str | None, str | None] | None:
    """Both names when the object carries them itself: a graph node's properties, a partner's
    details, a fact view, an item line."""
    props = d.get("props") if isinstance(d.get("props"), dict) else None
    source = props if props is not None and "label" in d else d
    if not any(k in source for k in VI_KEYS + EN_KEYS):
        return None
    return _first(source, VI_KEYS), _first(source, EN_KEYS)


def _ids(body: Any, found: set[str]) -> set[str]:
    """The ids of objects named only by `name`, whose other names must be fetched."""
    if isinstance(body, list):
        for value in body:
            _ids(value, found)
    elif isinstance(body, dict):
        if isinstance(body.get("id"), str) and "name" in body and _own(body) is None:
            found.add(body["id"])
        if isinstance(body.get("merged_into"), str) and "merged_into_name" in body:
            found.add(body["merged_into"])
        if _is_group(body):
            found.update(body["key"].split("+"))
        for value in body.values():
            _ids(value, found)
    return found


def _is_group(d: dict) -> bool:
    """A group of totals keyed by the ids of its partners, countries or item ("a+b")."""
    return isinstance(d.get("key"), str) and isinstance(d.get("label"), str) \
        and "donations" in d


def _group_label(d: dict, names: dict[str, list[Names]], lang: str) -> tuple[str, str] | None:
    # The label joins the names of the key's ids: said again in `lang` when all are known.
    ids, labels = d["key"].split("+"), d["label"].split(" + ")
    if len(ids) != len(labels) or not all(i in names for i in ids):
        return None
    both = [said(label, found.name_vi, found.name_en, lang) for i, label in zip(ids, labels)
            if (found := _pick(names[i], label))]
    return " + ".join(b[0] for b in both), " + ".join(b[1] or b[0] for b in both)


def _pick(candidates: list[Names], name: str | None) -> Names | None:
    # A country and its government may share an id: the one the answer names is the one.
    return next((c for c in candidates if c.name == name), candidates[0] if candidates else None)


def localise(body: Any, names: dict[str, list[Names]], lang: str) -> Any:
    """The answer with every name it carries in `lang` and `name_other` beside it."""
    if isinstance(body, list):
        return [localise(v, names, lang) for v in body]
    if not isinstance(body, dict):
        return body
    out = {k: localise(v, names, lang) for k, v in body.items()}
    own = _own(body)
    if own is not None and ("name" in body or "item" in body):
        out["name"], out["name_other"] = said(body.get("name"), *own, lang)
    elif isinstance(body.get("id"), str) and "name" in body:
        found = _pick(names.get(body["id"], []), body["name"])
        if found:
            out["name"], out["name_other"] = said(body["name"], found.name_vi, found.name_en, lang)
    if _is_group(body) and (label := _group_label(body, names, lang)):
        out["label"], other = label
        out["label_other"] = other if other != out["label"] else None
    if isinstance(body.get("merged_into"), str) and "merged_into_name" in body:
        found = _pick(names.get(body["merged_into"], []), body["merged_into_name"])
        if found:
            out["merged_into_name"] = said(body["merged_into_name"], found.name_vi,
                                           found.name_en, lang)[0]
    if isinstance(body.get("explanation"), str) and isinstance(out.get("steps"), list):
        out["explanation"] = _explained(out["steps"]) or body["explanation"]
    return out


def _explained(steps: list[Any]) -> str | None:
    """A path's explanation told again with its nodes' names in the asked language, in the
    form graph.links gives it: "A -GAVE-> [Donation: …] -TO-> B"."""
    text = []
    for step in steps:
        node = step.get("node") if isinstance(step, dict) else None
        if not isinstance(node, dict) or not node.get("name"):
            return None
        caption = node["name"] if node.get("label") == "Partner" \
            else f"[{node.get('label')}: {node['name']}]"
        if step.get("type"):
            out = step.get("direction") == "out"
            text.append(f"-{step['type']}->" if out else f"<-{step['type']}-")
        text.append(caption)
    return " ".join(text)


def asked_language(scope: Scope) -> str | None:
    """vi or en when the request names one (`lang=`, or Accept-Language listing vi or en)."""
    query = scope.get("query_string", b"").decode("latin-1")
    header = dict(scope.get("headers") or []).get(b"accept-language", b"").decode("latin-1")
    named = any(pair in ("lang=vi", "lang=en") for pair in query.split("&"))
    if not named and not re.search(r"(^|[\s,])(vi|en)([-;,\s]|$)", header, re.I):
        return None
    return language(query, header)


def _wrong_lang(scope: Scope) -> str | None:
    query = scope.get("query_string", b"").decode("latin-1")
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key == "lang" and value not in ("vi", "en"):
            return value
    return None


class NamesInLanguage:
    """ASGI middleware: JSON answers to GETs with their names in the asked language."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (wrong := _wrong_lang(scope)) is not None:
            # Every GET documents `lang`: a value it cannot take is refused like any other.
            await JSONResponse({"detail": [{
                "type": "literal_error", "loc": ["query", "lang"], "input": wrong,
                "msg": "Input should be 'vi' or 'en'"}]}, 422)(scope, receive, send)
            return
        lang = asked_language(scope) if scope["type"] == "http" else None
        if lang is None or scope["method"] != "GET" or SKIPPED.match(scope["path"]):
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                content_type = dict(message.get("headers") or []).get(b"content-type", b"")
                if message["status"] == 200 and content_type.startswith(b"application/json"):
                    start = message
                    return
                await send(message)
            elif start is not None and message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    await self._send(scope, send, start, b"".join(chunks), lang)
            else:
                await send(message)

        await self.app(scope, receive, capture)

    @staticmethod
    async def _send(scope: Scope, send: Send, start: Message, raw: bytes, lang: str) -> None:
        state = scope["app"].state
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        if body is not None:
            try:
                names = await names_by_id(driver=state.driver,
                                          database=state.settings.neo4j_database,
                                          ids=sorted(_ids(body, set())))
            except (Neo4jError, DriverError) as exc:  # the answer stands; its names stay as they are
                log.warning("names in %s not read: %s", lang, exc)
                names = {}
            raw = json.dumps(localise(body, names, lang), ensure_ascii=False).encode("utf-8")
        headers = [(k, v) for k, v in start.get("headers") or []
                   if k not in (b"content-length", b"content-language")]
        headers += [(b"content-length", str(len(raw)).encode()),
                    (b"content-language", lang.encode()), (b"vary", b"Accept-Language")]
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": raw})
