"""Reading what review shows: the documents with open proposals, each proposal in the
dataset format with the names of the ids it holds and where its quotes sit in the text,
and the log of actions."""

import json
from typing import Any

from neo4j import AsyncDriver, RoutingControl

from graph import cypher
from graph.driver import eager
from graph.errors import NotFound
from graph.review.snapshot import plain
from partnergraph.domain import Dataset
from partnergraph.domain.dataset import SECTIONS, references
from partnergraph.domain.review import (
    SECTION_OF, Action, DocumentReview, DocumentText, Listing, Proposal, Quote,
    ReviewDocument)

TYPE_OF_LABEL = {"Donation": "donation", "Agreement": "agreement", "Project": "project",
                 "Engagement": "engagement", "Partner": "partner", "Item": "item",
                 "Place": "place"}


async def query(driver: AsyncDriver, database: str, name: str, **params: Any) -> list[dict]:
    records, _, _ = await driver.execute_query(
        cypher.load(f"review/{name}"), params, database_=database,
        routing_=RoutingControl.READ, result_transformer_=eager)
    return [r.data() for r in records]


#: Which record an id means when records of several labels share it (a province is a
#: partner and a place): proposals and partners first.
_PRIORITY = ["Donation", "Agreement", "Project", "Engagement", "Policy", "Partner", "Item",
             "Place", "Document"]


async def nodes(driver: AsyncDriver, database: str, ids: list[str],
                labels: list[str] | None = None) -> dict[str, dict]:
    """id → {id, label, props} of the records with these ids (of these labels)."""
    if not ids:
        return {}
    rows = await query(driver, database, "nodes_by_id", ids=sorted(set(ids)))
    rows = [r for r in rows if labels is None or r["label"] in labels]
    rows.sort(key=lambda r: _PRIORITY.index(r["label"]), reverse=True)
    return {r["id"]: r for r in rows}


def referenced_ids(type_: str, record: dict[str, Any]) -> list[str]:
    """Every id the record names (partners, items, places, facts, documents)."""
    section = SECTION_OF[type_]
    try:
        model = SECTIONS[section].model_validate(record)
    except ValueError:
        return []
    dataset = Dataset(**{section: [model]})
    return list(dict.fromkeys(ref.id for ref in references(dataset)))


def _quotes(record: dict[str, Any], text: str | None) -> list[Quote]:
    quotes = []
    for source in record.get("sources") or []:
        quote = source.get("quote")
        if not quote:
            continue
        at = text.find(quote) if text else -1
        quotes.append(Quote(text=quote, start=at if at >= 0 else None,
                            end=at + len(quote) if at >= 0 else None))
    return quotes


def _confidence(record: dict[str, Any]) -> float | None:
    found = [s["confidence"] for s in record.get("sources") or []
             if s.get("confidence") is not None]
    return min(found) if found else None


async def build(driver: AsyncDriver, database: str, rows: list[dict],
                states: dict[str, dict]) -> list[Proposal]:
    """Proposals from open_proposals rows ({id, label, props}) and their review states."""
    records = {r["id"]: json.loads(r["props"]["proposal_record"]) for r in rows}
    types = {r["id"]: TYPE_OF_LABEL[r["label"]] for r in rows}
    wanted = {i for id_, rec in records.items() for i in referenced_ids(types[id_], rec)}
    docs = {r["props"].get("proposal_document") for r in rows} - {None}
    found = await nodes(driver, database, sorted(wanted | docs))
    out = []
    for row in rows:
        id_, record = row["id"], records[row["id"]]
        document = row["props"].get("proposal_document")
        text = (found.get(document) or {}).get("props", {}).get("text")
        names = {i: (found[i]["props"].get("name") or found[i]["props"].get("title") or i)
                 for i in referenced_ids(types[id_], record) if i in found}
        state = states.get(id_) or {}
        out.append(Proposal(id=id_, type=types[id_], status="proposed",
                            version=state.get("version", 0), document=document,
                            confidence=_confidence(record), record=record, names=names,
                            quotes=_quotes(record, text)))
    return out


async def _states(driver: AsyncDriver, database: str, ids: list[str]) -> dict[str, dict]:
    return {r["id"]: r["props"] for r in await query(driver, database, "states", ids=ids)}


def _decided(props: dict[str, Any]) -> Proposal:
    shown = json.loads(props["proposal"])
    return Proposal(**{**shown, "status": props["status"], "version": props["version"]})


async def proposals(*, driver: AsyncDriver, database: str, document: str | None = None,
                    type_: str | None = None, status: str = "proposed", limit: int = 100,
                    offset: int = 0) -> Listing[Proposal]:
    if status == "proposed":
        rows = await query(driver, database, "open_proposals", document=document, type=type_)
        page = rows[offset:offset + limit]
        states = await _states(driver, database, [r["id"] for r in page])
        return Listing[Proposal](items=await build(driver, database, page, states),
                                 total=len(rows))
    rows = await query(driver, database, "decided", statuses=[status], document=document,
                       type=type_)
    return Listing[Proposal](items=[_decided(r["props"]) for r in rows[offset:offset + limit]],
                             total=len(rows))


async def proposal(*, driver: AsyncDriver, database: str, id: str) -> Proposal:
    """The proposal as it stands: open, or as it was when decided. NotFound otherwise."""
    found = await nodes(driver, database, [id])
    states = await _states(driver, database, [id])
    state = states.get(id)
    if state and state["status"] != "proposed" and state.get("proposal"):
        return _decided(state)
    node = found.get(id)
    if node and node["props"].get("proposal_record"):
        return (await build(driver, database, [node], states))[0]
    raise NotFound("proposal", id)


async def queue(*, driver: AsyncDriver, database: str) -> Listing[ReviewDocument]:
    rows = await query(driver, database, "queue")
    return Listing[ReviewDocument](items=[ReviewDocument(**r) for r in rows], total=len(rows))


async def document(*, driver: AsyncDriver, database: str, id: str) -> DocumentReview:
    found = await nodes(driver, database, [id])
    if id not in found or found[id]["label"] != "Document":
        raise NotFound("document", id)
    props = found[id]["props"]
    rows = await query(driver, database, "open_proposals", document=id, type=None)
    states = await _states(driver, database, [r["id"] for r in rows])
    return DocumentReview(
        document=DocumentText(id=id, title=props.get("title"), url=props.get("url"),
                              published=props.get("published_raw"), text=props.get("text")),
        proposals=await build(driver, database, rows, states))


def action_of(props: dict[str, Any]) -> Action:
    return Action(id=props["id"], kind=props["kind"], who=props["who"],
                  at=plain(props["at"]), proposal=props.get("proposal"),
                  record=props["record"], changes=json.loads(props.get("changes") or "{}"),
                  reason=props.get("reason"), undoes=props.get("undoes"),
                  undone_by=props.get("undone_by"))


async def actions(*, driver: AsyncDriver, database: str, record: str | None = None,
                  proposal: str | None = None, limit: int = 100, offset: int = 0,
                  oldest_first: bool = False) -> Listing[Action]:
    rows = await query(driver, database, "actions", record=record, proposal=proposal,
                       skip=offset, limit=limit, oldest=oldest_first)
    row = rows[0] if rows else {"total": 0, "items": []}
    return Listing[Action](items=[action_of(p) for p in row["items"]], total=row["total"])


async def history(*, driver: AsyncDriver, database: str, record: str) -> Listing[Action]:
    """Every action that changed one record, oldest first."""
    return await actions(driver=driver, database=database, record=record, limit=10_000,
                         oldest_first=True)
