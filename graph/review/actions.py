"""The review actions: accept (as proposed, or edited), reject with a reason, merge a
proposed partner into another, promote a proposed partner (or item, or place), and undo
any of them. Each is planned here from what the graph holds and the curated folder says,
then run as one transaction by graph/review/engine.py. The API and the CLI both call these.

Accepting a fact makes the curated folder hold everything it names: proposed partners,
items and places it names are promoted with it, and the document it cites is copied; a
fact it names that is still a proposal (a `related` donation, a `part_of`) is left out of
the accepted record, so the curated folder always loads on top of data/seed alone."""

import fcntl
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import asyncio
from neo4j import AsyncDriver
from pydantic import ValidationError

from graph import cypher
from graph.errors import Conflict, InvalidRecord, NotFound
from graph.model import SECTION_LABELS, Label, Rel
from graph.plan import INWARD
from graph.review import engine, read, snapshot
from graph.review.folder import Edit, Folder, file_for, fingerprint
from graph.rows import build_rows
from partnergraph.domain import Dataset, Document, roles
from partnergraph.domain.dataset import SECTIONS, references
from partnergraph.domain.review import (
    FACT_TYPES, SECTION_OF, Action, ActionAnswer, Proposal, as_data)
from partnergraph.rates import load_rates

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")  # loaders/article/page.py
_LABEL_OF_TYPE = {t: SECTION_LABELS[s] for t, s in SECTION_OF.items()}


@asynccontextmanager
async def _folder_lock(folder: Folder) -> AsyncIterator[None]:
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


def _curated(record: dict[str, Any]) -> dict[str, Any]:
    out = dict(record)
    out.pop("method", None)
    if "sources" in out:
        out["sources"] = [{**s, "method": "curated"} for s in out["sources"]]
    return out


def _plain_dump(model: Any) -> dict[str, Any]:
    return as_data(model)


async def _open(driver: AsyncDriver, database: str, id_: str) -> dict[str, Any]:
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
                       await _current(driver, database, id_))
    if node:
        raise NotFound("proposal", id_, [{"id": id_, "name": f"{id_} is curated, not a proposal"}])
    raise NotFound("proposal", id_)


async def _current(driver: AsyncDriver, database: str, id_: str) -> Proposal | None:
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


class _Plan:
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
        record = _curated(json.loads(node["props"]["proposal_record"]))
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


async def _labels_for_related(driver: AsyncDriver, database: str, plan: _Plan) -> dict[str, Label]:
    files = plan.folder.edited(plan.edits)
    dataset = plan.folder.dataset_of(files)
    wanted = [i for e in dataset.engagements for i in e.related]
    labels = {r.id: SECTION_LABELS[s] for s, _, r in dataset.records()}
    found = await read.nodes(driver, database, wanted)
    return {i: labels.get(i) or Label(found[i]["label"]) for i in wanted if i in labels or i in found}


def _changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
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


def _state(proposal: Proposal, status: str, record: dict[str, Any] | None = None) -> dict:
    return {"status": status, "proposal": _shown(proposal, record), "type": proposal.type,
            "document": proposal.document}


async def _finish(driver: AsyncDriver, database: str, folder: Folder, step: engine.Step,
                  proposal_id: str | None) -> ActionAnswer:
    try:
        done = await engine.run(driver=driver, database=database, folder=folder, step=step)
    except Conflict as exc:
        if proposal_id and exc.current is None:
            exc.current = await _current(driver, database, proposal_id)
        raise
    action = read.action_of(done.props)
    current = await _current(driver, database, proposal_id) if proposal_id else None
    return ActionAnswer(action=action, proposal=current)


async def accept(*, driver: AsyncDriver, database: str, folder: Folder, id: str, who: str,
                 version: int | None, record: dict[str, Any] | None = None,
                 kind: str = "accept") -> ActionAnswer:
    """Accept a proposal as proposed or as edited (`record`); `version` None: whatever it
    is now (promote)."""
    async with _folder_lock(folder):
        node = await _open(driver, database, id)
        proposal = (await read.build(driver, database, [node], {}))[0]
        original = json.loads(node["props"]["proposal_record"])
        given = dict(record) if record is not None else dict(original)
        if given.get("id", id) != id:
            raise InvalidRecord([{"field": "record.id",
                                  "reason": f"the id of proposal {id} cannot change"}])
        given["id"] = id
        given.setdefault("sources", original.get("sources"))
        plan = _Plan(folder)
        plan.declared.add(id)
        curated = await plan.close_over(driver, database, proposal.type, _curated(given),
                                        "record")
        await _quotes_found(driver, database, curated)
        section = SECTION_OF[proposal.type]
        plan.edits.insert(0, Edit(file_for(section, proposal.document), section, id, None,
                                  curated, home=node["props"].get("proposal_home")))
        rows = plan.rows(await _labels_for_related(driver, database, plan))
        edited = record is not None and _curated(original) != curated
        label = _LABEL_OF_TYPE[proposal.type]
        changes = _changes(original, curated)
        if plan.promoted:
            changes["promoted"] = {"from": None, "to": [i for _, i in plan.promoted]}
        if plan.dropped:
            changes["left_out"] = {"from": plan.dropped, "to": None}
        keys = [(label, id), *plan.promoted]
        promoted = await read.build(driver, database, plan.promoted_nodes, {})
        step = engine.Step(
            kind="edit_accept" if edited else kind, who=who, record=id, proposal=id,
            changes=changes, lock=[i for _, i in keys],
            expect={id: version, **{i: None for _, i in plan.promoted}}, full=keys,
            ops=[(cypher.render("review/release_records", label=lb), {"ids": ids,
                                                                       "inward": sorted(INWARD)})
                 for lb, ids in engine._by_label(keys).items()],
            edits=plan.edits, rows=rows,
            states={id: _state(proposal, "accepted", curated),
                    **{p.id: _state(p, "accepted") for p in promoted}},
            affected=[i for _, i in keys],
            touched=list(dict.fromkeys([i for _, i in keys]
                                       + read.referenced_ids(proposal.type, curated))))
        return await _finish(driver, database, folder, step, id)


async def _quotes_found(driver: AsyncDriver, database: str, record: dict[str, Any]) -> None:
    """An edited record's quotes must be words of the documents it cites (loaders/checks.py
    asks the same of every file)."""
    sources = record.get("sources") or []
    docs = await read.nodes(driver, database, [s["document"] for s in sources])
    problems = []
    for i, source in enumerate(sources):
        text = (docs.get(source["document"]) or {}).get("props", {}).get("text")
        if source.get("quote") and text and source["quote"] not in text:
            problems.append({"field": f"record.sources.{i}.quote",
                             "reason": f"not found in the text of {source['document']}"})
    if problems:
        raise InvalidRecord(problems)


async def promote(*, driver: AsyncDriver, database: str, folder: Folder, id: str,
                  who: str) -> ActionAnswer:
    return await accept(driver=driver, database=database, folder=folder, id=id, who=who,
                        version=None, kind="promote")


async def reject(*, driver: AsyncDriver, database: str, folder: Folder, id: str, who: str,
                 version: int | None, reason: str) -> ActionAnswer:
    if not reason or not reason.strip():
        raise InvalidRecord([{"field": "reason", "reason": "a rejection says why"}])
    async with _folder_lock(folder):
        node = await _open(driver, database, id)
        proposal = (await read.build(driver, database, [node], {}))[0]
        label = Label(node["label"])
        async with driver.session(database=database) as session:
            shot = await session.execute_read(engine.take_snapshot, [(label, id)], [])
        naming = sorted({r["start"] if r["end"] == id else r["end"]
                         for r in shot["nodes"][0]["rels"]
                         if not _owns(label, id, r) and r["type"] != "CITED_IN"})
        if naming:
            raise Conflict(f"{id} is still named by {', '.join(naming)}: reject or edit "
                           "those first, or merge it into another partner", proposal)
        original = json.loads(node["props"]["proposal_record"])
        entry = {"proposal": id, "document": proposal.document, "type": proposal.type,
                 "fingerprint": fingerprint(original), "reason": reason.strip(), "who": who,
                 "at": datetime.now(UTC).isoformat()}
        step = engine.Step(
            kind="reject", who=who, record=id, proposal=id, reason=reason.strip(),
            changes={"status": {"from": "proposed", "to": "rejected"}},
            lock=[id], expect={id: version}, full=[(label, id)],
            ops=[(cypher.render("review/delete_records", label=label), {"ids": [id]})],
            edits=[Edit("review.yaml", "rejections", id, None, entry)],
            states={id: _state(proposal, "rejected")}, affected=[id],
            touched=[id])
        return await _finish(driver, database, folder, step, id)


def _owns(label: Label, id_: str, rel: dict[str, Any]) -> bool:
    """Whether a relationship at a record is the record's own (graph/plan.record_of)."""
    if rel["type"] in INWARD:
        return rel["end"] == id_ and rel["end_label"] == label
    return rel["start"] == id_ and rel["start_label"] == label


async def merge(*, driver: AsyncDriver, database: str, folder: Folder, id: str, into: str,
                who: str) -> ActionAnswer:
    """A proposed partner merged into another: its names become the other's aliases, its
    part in every fact passes to the other, and it goes."""
    if id == into:
        raise InvalidRecord([{"field": "into", "reason": "a partner cannot merge into itself"}])
    async with _folder_lock(folder):
        target = (await read.nodes(driver, database, [into], ["Partner"])).get(into)
        if target is None:
            raise NotFound("partner", into)
        node = await _open(driver, database, id)
        if node["label"] != Label.Partner:
            raise NotFound("partner", id)
        proposal = (await read.build(driver, database, [node], {}))[0]
        async with driver.session(database=database) as session:
            shot = await session.execute_read(engine.take_snapshot, [(Label.Partner, id)], [])
        moved: dict[tuple, list[dict]] = {}
        facts: dict[str, Label] = {}
        for r in shot["nodes"][0]["rels"]:
            if _owns(Label.Partner, id, r) or r["type"] == "LINKED":
                continue
            outgoing = r["start"] == id
            other, other_label = (r["end"], r["end_label"]) if outgoing else (r["start"], r["start_label"])
            if other == into:
                continue
            facts[other] = Label(other_label)
            key = (Label.Partner, Rel(r["type"]), Label(other_label)) if outgoing \
                else (Label(other_label), Rel(r["type"]), Label.Partner)
            moved.setdefault((key, outgoing), []).append(
                {"from": into if outgoing else other, "to": other if outgoing else into,
                 "props": {k: v for k, v in r["props"].items() if k != "partner_id"}
                 | ({"partner_id": into} if "partner_id" in r["props"] else {})})
        ops = [(cypher.render("review/move_relationships", from_label=a, rel_type=t,
                              to_label=b), {"rows": rows})
               for ((a, t, b), _), rows in moved.items()]
        ops.append((cypher.render("review/delete_records", label=Label.Partner), {"ids": [id]}))
        fact_nodes = await read.nodes(driver, database, list(facts))
        for fid, label in facts.items():
            props = fact_nodes[fid]["props"]
            if props.get("proposal_record"):
                rec = _renamed(json.loads(props["proposal_record"]), fid, label, id, into)
                ops.append((cypher.render("review/update_records", label=label),
                            {"rows": [{"id": fid, "props": {"proposal_record": json.dumps(
                                rec, ensure_ascii=False, sort_keys=True)}}]}))
        record = json.loads(node["props"]["proposal_record"])
        merged_names = [n for n in [record.get("name_vi"), record.get("name_en"),
                                    record.get("acronym"), *record.get("aliases", [])] if n]
        entry = {"from": id, "into": into, "names": merged_names,
                 "document": proposal.document, "who": who,
                 "at": datetime.now(UTC).isoformat()}
        step = engine.Step(
            kind="merge", who=who, record=id, proposal=id,
            changes={"merged_into": {"from": None, "to": into},
                     "aliases": {"from": None, "to": merged_names},
                     "facts": {"from": None, "to": sorted(facts)}},
            lock=[id], expect={id: None}, full=[(Label.Partner, id), (Label.Partner, into)],
            light=[(label, fid) for fid, label in facts.items()], ops=ops,
            edits=[Edit("review.yaml", "merges", id, None, entry)],
            states={id: _state(proposal, "accepted")},
            affected=[id, into, *facts], touched=[id, into, *facts])
        return await _finish(driver, database, folder, step, id)


def _renamed(record: dict[str, Any], fid: str, label: Label, old: str, new: str) -> dict:
    section = next(s for s, lb in SECTION_LABELS.items() if lb == label)
    for role in roles.of(section):
        if not role.partner_role or role.field not in record:
            continue
        value = record[role.field]
        if isinstance(value, list):
            record[role.field] = list(dict.fromkeys(new if v == old else v for v in value))
        elif value == old:
            record[role.field] = new
    return record


async def undo(*, driver: AsyncDriver, database: str, folder: Folder, action_id: str,
               who: str) -> ActionAnswer:
    async with _folder_lock(folder):
        rows = await read.query(driver, database, "action", id=action_id)
        if not rows:
            raise NotFound("action", action_id)
        target = rows[0]["props"]
        if target["kind"] == "undo":
            raise Conflict(f"{action_id} is itself an undo: act again instead of undoing it")
        if target.get("undone_by"):
            raise Conflict(f"action {action_id} was already undone by {target['undone_by']}")
        edits = [Edit.from_json(e).inverse() for e in reversed(snapshot.loads(target["edits"]))]
        rows_needed = any(e.file != "review.yaml" for e in edits)
        rows_ = None
        if rows_needed:
            plan = _Plan(folder)
            plan.edits = edits
            rows_ = plan.rows(await _labels_for_related(driver, database, plan))
        decided = list(target.get("decided") or [])
        step = engine.Step(
            kind="undo", who=who, record=target["record"], proposal=target.get("proposal"),
            undoes=action_id, changes={"undone": {"from": target["kind"], "to": None}},
            lock=decided, restore=snapshot.loads(target["snapshot"]), edits=edits,
            rows=rows_, states={i: {"status": "proposed", "proposal": None} for i in decided},
            affected=list(target["affected"]), touched=list(target["touched"]))
        return await _finish(driver, database, folder, step, target.get("proposal"))


__all__ = ["Action", "accept", "merge", "promote", "reject", "undo"]
