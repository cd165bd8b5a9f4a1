"""Reconciliation: a column of partner names, in any spelling, matched against the graph by
the W3C Entity Reconciliation API (the protocol of OpenRefine and public graph databases).

GET /reconcile without queries is the service manifest; queries come as a JSON object in a
`queries` form field (POST, as OpenRefine sends them) or query parameter (GET), keyed by the
client's own ids. Each query is answered by the partner search of GET /partners?q=, so a
name matches here exactly as it does there; `type` narrows to a partner kind in the
analysts' words, the `country` property to a country."""

import json
import re
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError

from api.deps import Config, Driver
from graph.partners import search_partners
from partnergraph import words
from partnergraph.domain import PartnerKind

router = APIRouter(tags=["reconcile"])
#: POST carries a body, so it is guarded like every endpoint that is not a GET: with an API
#: key configured, OpenRefine sends it; GET /reconcile?queries= stays open.
guarded = APIRouter(tags=["reconcile"])

MAX_QUERIES = 200
PROPERTIES = {"country": "Country (place id, e.g. china)"}
PARTNER_TYPE = {"id": "Partner", "name": "Partner · Đối tác"}
#: A JSONP callback is a plain JavaScript name (jQuery's are "jQuery1234_5678"), never code.
_CALLBACK = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")


class Property(BaseModel):
    pid: str
    v: str | int | float | list[str] | None = None


class ReconQuery(BaseModel):
    query: str = Field(min_length=1, max_length=200)
    type: str | list[str] | None = None
    limit: int = Field(5, ge=1, le=50)
    properties: list[Property] = Field(default_factory=list)
    type_strict: str | None = None


def _types() -> list[dict[str, str]]:
    return [PARTNER_TYPE] + [{"id": k.value, "name": f"{words.KINDS[k].en} · {words.KINDS[k].vi}"}
                             for k in PartnerKind]


def manifest(base: str) -> dict[str, Any]:
    return {
        "versions": ["0.2"],
        "name": "partnergraph partners · đối tác",
        "identifierSpace": f"{base}partners/",
        "schemaSpace": f"{base}reconcile/types/",
        "defaultTypes": _types(),
        "view": {"url": f"{base}explore?center={{{{id}}}}"},
        "documentation": f"{base}docs#/reconcile",
    }


def _invalid(field: str, why: str) -> HTTPException:
    return HTTPException(422, detail=[{"loc": ["query", field], "type": "value_error",
                                       "msg": why}])


def _parse(raw: str) -> dict[str, ReconQuery]:
    try:
        batch = json.loads(raw)
    except ValueError as exc:
        raise _invalid("queries", f"not JSON: {exc}") from None
    if not isinstance(batch, dict) or not batch:
        raise _invalid("queries", 'a JSON object of queries: {"q0": {"query": "…"}, …}')
    if len(batch) > MAX_QUERIES:
        raise _invalid("queries", f"{len(batch)} queries; at most {MAX_QUERIES} at once")
    parsed = {}
    for key, value in batch.items():
        try:
            parsed[key] = ReconQuery.model_validate(
                {"query": value} if isinstance(value, str) else value)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(map(str, first["loc"]))
            raise _invalid("queries", f"query {key!r}: {where}: {first['msg']}") from None
    return parsed


def _kind(query: ReconQuery, key: str) -> str | None:
    """The partner kind the query's type names; `Partner` (or none) is any kind."""
    types = [query.type] if isinstance(query.type, str) else query.type or []
    kinds = set()
    for type_ in types:
        if type_ == PARTNER_TYPE["id"]:
            continue
        try:
            kinds.add(words.partner_kind(type_).value)
        except words.UnknownWord as exc:
            raise _invalid("queries", f"query {key!r}: {exc}") from None
    if len(kinds) > 1:
        raise _invalid("queries", f"query {key!r}: one partner kind at a time")
    return kinds.pop() if kinds else None


def _country(query: ReconQuery, key: str) -> str | None:
    country = None
    for prop in query.properties:
        if prop.pid not in PROPERTIES:
            raise _invalid("queries", f"query {key!r}: unknown property {prop.pid!r}; "
                           f"known: {', '.join(PROPERTIES)}")
        country = str(prop.v[0] if isinstance(prop.v, list) and prop.v else prop.v or "")
    return country or None


async def _answer(driver, database: str, key: str, query: ReconQuery) -> dict[str, Any]:
    hits = await search_partners(driver=driver, database=database, q=query.query,
                                 kind=_kind(query, key), country=_country(query, key),
                                 limit=query.limit)
    # Certain only when one candidate alone meets the name exactly.
    exact = [h for h in hits if h.score >= 100]
    return {"result": [
        {"id": h.id, "name": h.name, "score": h.score, "match": len(exact) == 1 and h is exact[0],
         "type": [t for t in _types() if t["id"] == h.kind] or [PARTNER_TYPE]}
        for h in hits]}


async def _respond(request: Request, driver, settings, queries: str | None,
                   callback: str | None) -> JSONResponse:
    if callback is not None and not _CALLBACK.match(callback):
        raise _invalid("callback", "a JavaScript function name")
    if queries is None:
        body: Any = manifest(str(request.base_url))
    else:
        batch = _parse(queries)
        body = {key: await _answer(driver, settings.neo4j_database, key, q)
                for key, q in batch.items()}
    if callback:
        return Response(f"{callback}({json.dumps(body, ensure_ascii=False)})",
                        media_type="application/javascript; charset=utf-8")
    return JSONResponse(body)


QUERIES_HELP = ('A JSON object of queries keyed by the caller\'s ids: {"q0": {"query": '
                '"Quang Tay", "type": "local_government", "limit": 3, "properties": '
                '[{"pid": "country", "v": "china"}]}}. Without it: the service manifest.')


DESCRIPTION = ("The W3C Entity Reconciliation API. " + QUERIES_HELP + " `type` is `Partner` "
               "or a partner kind in any of the words `kind` accepts elsewhere; results are "
               "ranked by the partner search, `match` is true for the one candidate that meets "
               "the name exactly.")
UNREADABLE = {422: {"description": "Queries that cannot be read, an unknown type or property"}}
#: With a `callback` the answer is JSONP: the same JSON, wrapped in a call.
JSONP = {200: {"content": {"application/javascript": {"schema": {"type": "string"}}}}}


@router.get("/reconcile", summary="Reconciliation service: the manifest, or queries as a "
            "parameter", description=DESCRIPTION, responses=JSONP | UNREADABLE)
async def reconcile_get(
    request: Request, driver: Driver, settings: Config,
    queries: Annotated[str | None, Query(max_length=100_000, description=QUERIES_HELP)] = None,
    callback: Annotated[str | None, Query(max_length=64, description="JSONP")] = None,
):
    return await _respond(request, driver, settings, queries, callback)


@guarded.post(
    "/reconcile", summary="Reconciliation queries, as OpenRefine sends them",
    description=DESCRIPTION + " Here `queries` (and `callback`) come in a form-encoded body "
    "(`application/x-www-form-urlencoded`).",
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/x-www-form-urlencoded": {"schema": {
            "type": "object", "properties": {"queries": {"type": "string"},
                                             "callback": {"type": "string"}},
            "required": ["queries"]}}}}},
    responses=JSONP | UNREADABLE)
async def reconcile_post(request: Request, driver: Driver, settings: Config):
    form = parse_qs((await request.body()).decode("utf-8", errors="replace"))
    if "queries" not in form:
        raise _invalid("queries", "the form has no `queries` field")
    return await _respond(request, driver, settings, form["queries"][0],
                          form.get("callback", [None])[0])


# Starlette answers a method no route takes with the Allow of the first route on the path
# (GET alone); this says both.
@router.api_route("/reconcile", methods=["PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"],
                  include_in_schema=False)
async def reconcile_other_methods() -> Response:
    return JSONResponse({"detail": "Method Not Allowed"}, 405, headers={"Allow": "GET, POST"})
