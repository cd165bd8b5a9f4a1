"""The review actions: accept (as proposed, or edited), reject with a reason, merge a
proposed partner into another, promote a proposed partner (or item, or place), and undo
any of them. Each is planned here from what the graph holds and the curated folder says,
then run as one transaction by graph/review/engine.py. The API and the CLI both call these.

Accepting a fact makes the curated folder hold everything it names: proposed partners,
items and places it names are promoted with it, and the document it cites is copied; a
fact it names that is still a proposal (a `related` donation, a `part_of`) is left out of
the accepted record, so the curated folder always loads on top of data/seed alone."""

import json
from datetime import UTC, datetime
from typing import Any

from neo4j import AsyncDriver

from graph import cypher
from graph.errors import Conflict, InvalidRecord
from graph.model import SECTION_LABELS, Label
from graph.plan import INWARD
from graph.review import engine, read
from graph.review.folder import Edit, Folder, file_for, fingerprint
from graph.review.shared import (
    Plan, changes_of, curated_record, finish, folder_lock, labels_for_related, open_proposal,
    owns, state_of)
from partnergraph.domain.review import SECTION_OF, ActionAnswer

_LABEL_OF_TYPE = {t: SECTION_LABELS[s] for t, s in SECTION_OF.items()}


async def accept(*, driver: AsyncDriver, database: str, folder: Folder, id: str, who: str,
                 version: int | None, record: dict[str, Any] | None = None,
                 kind: str = "accept") -> ActionAnswer:
    """Accept a proposal as proposed or as edited (`record`); `version` None: whatever it
    is now (promote)."""
    async with folder_lock(folder):
        node = await open_proposal(driver, database, id)
        proposal = (await read.build(driver, database, [node], {}))[0]
        original = json.loads(node["props"]["proposal_record"])
        given = dict(record) if record is not None else dict(original)
        if given.get("id", id) != id:
            raise InvalidRecord([{"field": "record.id",
                                  "reason": f"the id of proposal {id} cannot change"}])
        given["id"] = id
        given.setdefault("sources", original.get("sources"))
        plan = Plan(folder)
        plan.declared.add(id)
        curated = await plan.close_over(driver, database, proposal.type, curated_record(given),
                                        "record")
        await _quotes_found(driver, database, curated)
        section = SECTION_OF[proposal.type]
        plan.edits.insert(0, Edit(file_for(section, proposal.document), section, id, None,
                                  curated, home=node["props"].get("proposal_home")))
        rows = plan.rows(await labels_for_related(driver, database, plan))
        edited = record is not None and curated_record(original) != curated
        label = _LABEL_OF_TYPE[proposal.type]
        changes = changes_of(original, curated)
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
            states={id: state_of(proposal, "accepted", curated),
                    **{p.id: state_of(p, "accepted") for p in promoted}},
            affected=[i for _, i in keys],
            touched=list(dict.fromkeys([i for _, i in keys]
                                       + read.referenced_ids(proposal.type, curated))))
        return await finish(driver, database, folder, step, id)


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
    async with folder_lock(folder):
        node = await open_proposal(driver, database, id)
        proposal = (await read.build(driver, database, [node], {}))[0]
        label = Label(node["label"])
        async with driver.session(database=database) as session:
            shot = await session.execute_read(engine.take_snapshot, [(label, id)], [])
        naming = sorted({r["start"] if r["end"] == id else r["end"]
                         for r in shot["nodes"][0]["rels"]
                         if not owns(label, id, r) and r["type"] != "CITED_IN"})
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
            states={id: state_of(proposal, "rejected")}, affected=[id],
            touched=[id])
        return await finish(driver, database, folder, step, id)



__all__ = ["accept", "promote", "reject"]
