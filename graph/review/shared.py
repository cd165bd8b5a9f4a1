"""What the review actions share: the curated folder's lock, the open proposal an action
starts from, the plan of what accepting adds to the folder, and the answer an action gives."""


import asyncio
import fcntl
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from neo4j import AsyncDriver
from pydantic import ValidationError

from graph.errors import Conflict, InvalidRecord, NotFound
from graph.model import SECTION_LABELS, Label
from graph.plan import INWARD
from graph.review import engine, read, snapshot
from graph.review.folder import Edit, Folder, file_for
from graph.rows import build_rows
from partnergraph.domain import Dataset, Document
from partnergraph.domain.dataset import SECTIONS, references
from partnergraph.domain.review import (
    FACT_TYPES, SECTION_OF, ActionAnswer, Proposal, as_data)
from partnergraph.rates import load_rates

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")  # loaders/article/page.py
_LABEL_OF_TYPE = {t: SECTION_LABELS[s] for t, s in SECTION_OF.items()}

@asynccontextmanager
async def folder_lock(folder: Folder) -> AsyncIterator[None]:
    """One action at a time per curated folder, across processes (the API and the CLI):
    each reads the files, plans, writes the graph and the files before the next reads."""
    folder.path.mkdir(parents=True, exist_ok=True)
    handle = open(folder.path / ".review.lock", "w")  # noqa: SIM115 - held across awaits
    try:
        await asyncio.to_thread(fcntl.flock, handle, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def _validated(type_: str, record: dict[str, Any], prefix: str = "record") -> Any:
    try:
        return SECTIONS[SECTION_OF[type_]].model_validate(record)
    except ValidationError as exc:
        raise InvalidRecord([
            {"field": ".".join([prefix, *map(str, e["loc"])]),
             "reason": e["msg"].removeprefix("Value error, ")} for e in exc.errors()]) from None


def curated_record(record: dict[str, Any]) -> dict[str, Any]:
    out = dict(record)
    out.pop("method", None)
    if "sources" in out:
        out["sources"] = [{**s, "method": "curated"} for s in out["sources"]]
    return out


def _plain_dump(model: Any) -> dict[str, Any]:
    return as_data(model)


async def open_proposal(driver: AsyncDriver, database: str, id_: str) -> dict[str, Any]:
    """The node of an open proposal; Conflict when it was decided, NotFound when unknown."""
    node = (await read.nodes(driver, database, [id_])).get(id_)
    if node and node["props"].get("proposal_record"):
        return node
    states = {r["id"]: r["props"] for r in await read.query(driver, database, "states",
                                                           ids=[id_])}
    state = states.get(id_)
    if state and state["status"] != "proposed":
        raise Conflict(f"proposal {id_} was already {state['status']}: decided by "
                       f"{state.get('decided_by')} at "
                       f"{snapshot.plain(state.get('decided_at')).isoformat()}",
                       await current_proposal(driver, database, id_))
    if node:
        raise NotFound("proposal", id_, [{"id": id_, "name": f"{id_} is curated, not a proposal"}])
    raise NotFound("proposal", id_)


async def current_proposal(driver: AsyncDriver, database: str, id_: str) -> Proposal | None:
    try:
        return await read.proposal(driver=driver, database=database, id=id_)
    except NotFound:
        return None


def _document_record(props: dict[str, Any]) -> dict[str, Any]:
    published = None
    if props.get("published_raw"):
        published = {"raw": props["published_raw"],
                     "start": _iso(props.get("published_start")),
                     "end": _iso(props.get("published_end")),
                     "precision": props.get("published_precision")}
    doc = Document(id=props["id"], title=props.get("title"), kind=props.get("kind") or "news_article",
                   publisher=props.get("publisher"), author=props.get("author"),
                   published=published, language=props.get("language") or "vi",
                   url=props.get("url"), sha256=props.get("sha256"), text=props.get("text"),
                   notes=props.get("notes"))
    return _plain_dump(doc)


def _iso(value: Any) -> str | None:
    value = snapshot.plain(value)
    return value.isoformat() if value is not None else None


def _from_articles_only(props: dict[str, Any]) -> bool:
    owners = props.get("datasets") or []
    return bool(owners) and all(o.endswith(ARTICLE_SUFFIXES) for o in owners)


class Plan:
    """What accepting a record (and promoting what it names) adds to the folder."""

    def __init__(self, folder: Folder):
        self.folder = folder
        self.declared, _, _ = folder.decided()
        self.edits: list[Edit] = []
        self.promoted: list[tuple[Label, str]] = []
        self.promoted_nodes: list[dict[str, Any]] = []
        self.dropped: list[str] = []

    async def close_over(self, driver: AsyncDriver, database: str, type_: str,
                         record: dict[str, Any], prefix: str) -> dict[str, Any]:
        """The record without the proposed facts it names; everything else it names made
        curated or checked present. Returns the record to write."""
        model = _validated(type_, record, prefix)
        section = SECTION_OF[type_]
        refs = list(references(Dataset(**{section: [model]})))
        found = {lb: await read.nodes(driver, database, [r.id for r in refs], [lb])
                 for lb in {SECTION_LABELS[t].value for r in refs for t in r.targets}}
        missing = []
        for ref in refs:
            node = next((found[SECTION_LABELS[t].value][ref.id] for t in ref.targets
                         if ref.id in found[SECTION_LABELS[t].value]), None)
            if node is None:
                if ref.id not in self.declared:
                    missing.append({"field": ".".join(map(str, (prefix, *ref.loc))),
                                    "reason": f"no record {ref.id!r} in the graph"})
                continue
            if node["label"] == Label.Document:
                if ref.id not in self.declared and _from_articles_only(node["props"]):
                    self.declared.add(ref.id)
                    self.edits.append(Edit("documents.yaml", "documents", ref.id, None,
                                           _document_record(node["props"])))
                continue
            if not node["props"].get("proposal_record") or ref.id in self.declared:
                continue
            ref_type = read.TYPE_OF_LABEL.get(node["label"])
            if ref_type in FACT_TYPES:
                self.dropped.append(ref.id)
                continue
            await self.promote(driver, database, node)
        if missing:
            raise InvalidRecord(missing)
        data = _plain_dump(model)
        for field in ("part_of", "project"):
            if data.get(field) in self.dropped:
                data.pop(field)
        if "related" in data:
            data["related"] = [i for i in data["related"] if i not in self.dropped]
        return data

    async def promote(self, driver: AsyncDriver, database: str, node: dict[str, Any]) -> None:
        type_ = read.TYPE_OF_LABEL[node["label"]]
        self.declared.add(node["id"])
        self.promoted.append((Label(node["label"]), node["id"]))
        self.promoted_nodes.append(node)
        record = curated_record(json.loads(node["props"]["proposal_record"]))
        record = await self.close_over(driver, database, type_, record, f"names.{node['id']}")
        section = SECTION_OF[type_]
        self.edits.append(Edit(file_for(section, None), section, node["id"], None, record))

    def rows(self, driver_labels: dict[str, Label]) -> Any:
        files = self.folder.edited(self.edits)
        try:
            dataset = self.folder.dataset_of(files)
        except ValidationError as exc:
            raise InvalidRecord([{"field": ".".join(map(str, e["loc"])),
                                  "reason": e["msg"]} for e in exc.errors()]) from None
        return build_rows(dataset, load_rates(), driver_labels)


async def labels_for_related(driver: AsyncDriver, database: str, plan: Plan) -> dict[str, Label]:
    files = plan.folder.edited(plan.edits)
    dataset = plan.folder.dataset_of(files)
    wanted = [i for e in dataset.engagements for i in e.related]
    labels = {r.id: SECTION_LABELS[s] for s, _, r in dataset.records()}
    found = await read.nodes(driver, database, wanted)
    return {i: labels.get(i) or Label(found[i]["label"]) for i in wanted if i in labels or i in found}


def changes_of(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
    fields = sorted((set(before) | set(after)) - {"sources", "id"})
    out = {f: {"from": before.get(f), "to": after.get(f)} for f in fields
           if before.get(f) != after.get(f)}
    out["method"] = {"from": "extracted", "to": "curated"}
    return out


def _shown(proposal: Proposal, record: dict[str, Any] | None = None) -> str:
    data = proposal.model_dump(mode="json")
    if record is not None:
        data["record"] = record
    return json.dumps(data, ensure_ascii=False)


def state_of(proposal: Proposal, status: str, record: dict[str, Any] | None = None) -> dict:
    return {"status": status, "proposal": _shown(proposal, record), "type": proposal.type,
            "document": proposal.document}


async def finish(driver: AsyncDriver, database: str, folder: Folder, step: engine.Step,
                  proposal_id: str | None) -> ActionAnswer:
    try:
        done = await engine.run(driver=driver, database=database, folder=folder, step=step)
    except Conflict as exc:
        if proposal_id and exc.current is None:
            exc.current = await current_proposal(driver, database, proposal_id)
        raise
    action = read.action_of(done.props)
    current = await current_proposal(driver, database, proposal_id) if proposal_id else None
    return ActionAnswer(action=action, proposal=current)



def owns(label: Label, id_: str, rel: dict[str, Any]) -> bool:
    """Whether a relationship at a record is the record's own (graph/plan.record_of)."""
    if rel["type"] in INWARD:
        return rel["end"] == id_ and rel["end_label"] == label
    return rel["start"] == id_ and rel["start_label"] == label


