"""A proposed partner merged into the partner it is: its names become that partner's aliases
(graph/review/merges.py), its part in every fact passes to it, and it goes; review.yaml
remembers the merge, so reading its article again names the partner it was merged into."""

import json
from datetime import UTC, datetime
from typing import Any

from neo4j import AsyncDriver

from graph import cypher
from graph.errors import InvalidRecord, NotFound
from graph.model import SECTION_LABELS, Label, Rel
from graph.review import engine, read
from graph.review.folder import Edit, Folder
from graph.review.shared import finish, folder_lock, open_proposal, owns, state_of
from partnergraph.domain import roles
from partnergraph.domain.review import ActionAnswer


async def merge(*, driver: AsyncDriver, database: str, folder: Folder, id: str, into: str,
                who: str) -> ActionAnswer:
    """A proposed partner merged into another: its names become the other's aliases, its
    part in every fact passes to the other, and it goes."""
    if id == into:
        raise InvalidRecord([{"field": "into", "reason": "a partner cannot merge into itself"}])
    async with folder_lock(folder):
        target = (await read.nodes(driver, database, [into], ["Partner"])).get(into)
        if target is None:
            raise NotFound("partner", into)
        node = await open_proposal(driver, database, id)
        if node["label"] != Label.Partner:
            raise NotFound("partner", id)
        proposal = (await read.build(driver, database, [node], {}))[0]
        async with driver.session(database=database) as session:
            shot = await session.execute_read(engine.take_snapshot, [(Label.Partner, id)], [])
        moved: dict[tuple, list[dict]] = {}
        facts: dict[str, Label] = {}
        for r in shot["nodes"][0]["rels"]:
            if owns(Label.Partner, id, r) or r["type"] == "LINKED":
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
            states={id: state_of(proposal, "accepted")},
            affected=[id, into, *facts], touched=[id, into, *facts])
        return await finish(driver, database, folder, step, id)


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


