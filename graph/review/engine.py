"""One review action, in one write transaction: lock the review state of the proposals it
decides and check their version (a second reviewer waits on the lock, then finds the
first one's decision: Conflict), keep a snapshot of what it changes, change the graph,
reload the curated dataset from its new files, put back merged names, recount LINKED,
and log the action. The curated folder's files, staged beforehand, replace the old ones
only once the transaction has committed."""

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from neo4j import AsyncDriver, AsyncManagedTransaction

from graph import cypher, reload
from graph.errors import Conflict
from graph.model import Label, Rel
from graph.review import merges, snapshot
from graph.review.folder import Edit, Folder
from graph.rows import Rows
from graph.write import BATCH_SIZE


@dataclass
class Step:
    kind: str
    who: str
    record: str
    proposal: str | None = None
    reason: str | None = None
    undoes: str | None = None
    changes: dict[str, Any] = field(default_factory=dict)
    lock: list[str] = field(default_factory=list)  # proposal ids this action decides
    expect: dict[str, int | None] = field(default_factory=dict)  # id → version (None: any)
    full: list[tuple[Label, str]] = field(default_factory=list)  # snapshot with relationships
    light: list[tuple[Label, str]] = field(default_factory=list)  # snapshot of properties
    ops: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    restore: dict[str, Any] | None = None  # the snapshot undo puts back
    made: list[list] = field(default_factory=list)  # relationships the undone action left
    edits: list[Edit] = field(default_factory=list)
    rows: Rows | None = None  # the curated dataset's rows once edited; None: unchanged
    states: dict[str, dict[str, Any]] = field(default_factory=dict)
    affected: list[str] = field(default_factory=list)
    touched: list[str] = field(default_factory=list)


async def _run(tx: AsyncManagedTransaction, query: str, **params: Any) -> list[dict]:
    result = await tx.run(query, params)
    return [r.data() async for r in result]


def _by_label(keys: list[tuple[Label, str]]) -> dict[Label, list[str]]:
    out: dict[Label, list[str]] = {}
    for label, id_ in keys:
        out.setdefault(label, []).append(id_)
    return out


async def take_snapshot(tx: AsyncManagedTransaction, full: list[tuple[Label, str]],
                        light: list[tuple[Label, str]]) -> dict[str, Any]:
    nodes = []
    for keys, with_rels in ((full, True), (light, False)):
        for label, ids in _by_label(keys).items():
            for row in await _run(tx, cypher.render("review/snapshot_nodes", label=label),
                                  ids=ids):
                nodes.append({"label": label.value, "id": row["id"], "props": row["props"],
                              "rels": row["rels"] if with_rels else None})
    return {"nodes": nodes}


def rel_keys(shot: dict[str, Any]) -> list[list]:
    """The relationships of a snapshot, as undo finds them again: ends, type, quote."""
    keys = {r["key"]: [r["start_label"], r["start"], r["type"], r["end_label"], r["end"],
                       r["props"].get("quote") if r["type"] == Rel.CITED_IN else None]
            for n in shot["nodes"] for r in n["rels"] or []}
    return sorted(keys.values(), key=str)


async def put_back(tx: AsyncManagedTransaction, shot: dict[str, Any], made: list[list]) -> None:
    """The snapshot's records exactly as they were, their relationships too: those the
    action left (`made`) are deleted and the snapshot's made again."""
    gone: dict[tuple[Label, Rel, Label], list[dict]] = {}
    for a, src, rel, b, dst, quote in made:
        gone.setdefault((Label(a), Rel(rel), Label(b)), []).append(
            {"from": src, "to": dst, "quote": quote})
    for (a, rel, b), rows_ in gone.items():
        await _run(tx, cypher.render("review/delete_relationships", from_label=a,
                                     rel_type=rel, to_label=b), rows=rows_)
    rows: dict[Label, list[dict]] = {}
    for n in shot["nodes"]:
        rows.setdefault(Label(n["label"]), []).append({"id": n["id"], "props": n["props"]})
    for label, label_rows in rows.items():
        await _run(tx, cypher.render("review/restore_records", label=label), rows=label_rows)
    rels: dict[str, dict] = {r["key"]: r for n in shot["nodes"] for r in n["rels"] or []}
    grouped: dict[tuple[Label, Rel, Label], list[dict]] = {}
    for r in rels.values():
        key = (Label(r["start_label"]), Rel(r["type"]), Label(r["end_label"]))
        grouped.setdefault(key, []).append({"from": r["start"], "to": r["end"],
                                            "props": r["props"]})
    for (a, rel, b), rel_rows in grouped.items():
        await _run(tx, cypher.render("review/create_relationships", from_label=a,
                                     rel_type=rel, to_label=b), rows=rel_rows)


def _partners_in(shot: dict[str, Any]) -> set[str]:
    found = {n["id"] for n in shot["nodes"] if n["label"] == Label.Partner}
    for n in shot["nodes"]:
        for r in n["rels"] or []:
            found |= {r[end] for end in ("start", "end") if r[f"{end}_label"] == Label.Partner}
    return found


def _partners_of_made(made: list[list]) -> set[str]:
    # An undo deletes relationships the undone action left: a partner at their far end
    # (a recipient the edit added) lost a donation and is recounted too.
    return {id_ for a, src, _, b, dst, _ in made
            for label, id_ in ((a, src), (b, dst)) if label == Label.Partner}


async def _check(tx: AsyncManagedTransaction, step: Step, token: str) -> None:
    if not step.lock:
        return
    await _run(tx, cypher.load("review/lock_states"), ids=step.lock, token=token)
    # Read after the lock is held: a reviewer who waited sees the decision made meanwhile.
    states = {r["id"]: r["props"]
              for r in await _run(tx, cypher.load("review/states"), ids=step.lock)}
    for id_, version in step.expect.items():
        state = states[id_]
        if state["status"] != "proposed":
            raise Conflict(f"proposal {id_} was already {state['status']}: decided by "
                           f"{state.get('decided_by')} at {_iso(state.get('decided_at'))}")
        if version is not None and state["version"] != version:
            raise Conflict(f"proposal {id_} changed since version {version} (now "
                           f"{state['version']}): last acted on by {state.get('decided_by')} "
                           f"at {_iso(state.get('decided_at'))}")


async def _check_undo(tx: AsyncManagedTransaction, step: Step) -> None:
    rows = await _run(tx, cypher.load("review/action"), id=step.undoes)
    target = rows[0]["props"]
    if target.get("undone_by"):
        raise Conflict(f"action {step.undoes} was already undone by {target['undone_by']}")
    later = await _run(tx, cypher.load("review/dependents"), at=target["at"],
                       affected=list(target["affected"]), touched=list(target["touched"]))
    if later:
        named = ", ".join(f"{r['kind']} of {r['record']} ({r['id']})" for r in later)
        raise Conflict(f"action {step.undoes} cannot be undone: later actions depend on it "
                       f"({named}); undo them first")


def _iso(value: Any) -> str | None:
    value = snapshot.plain(value)
    return value.isoformat() if value is not None else None


@dataclass
class Done:
    id: str
    at: datetime
    props: dict[str, Any]


async def _tx(tx: AsyncManagedTransaction, step: Step, folder: Folder, part_files: list[str],
              review_merges: list[dict]) -> Done:
    token = f"{datetime.now(UTC):%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex[:8]}"
    await _check(tx, step, token)
    if step.undoes:
        await _check_undo(tx, step)
    before = await take_snapshot(tx, step.full, step.light)
    for query, params in step.ops:
        await _run(tx, query, **params)
    if step.restore:
        await put_back(tx, step.restore, step.made)
    if step.rows is not None:
        part = reload.Part(name=folder.dataset, rows=step.rows, files=part_files)
        await reload._load_tx(tx, [part], BATCH_SIZE, None, "review")
    await merges.apply(tx, review_merges)
    after = await take_snapshot(tx, step.full, [])
    due = (_partners_in(before) | _partners_in(after)
           | _partners_in(step.restore or {"nodes": []}) | _partners_of_made(step.made))
    await reload.relink(tx, sorted(due))
    at = datetime.now(UTC)
    if step.states:
        rows = [{"id": id_, "props": {**props, "decided_by": step.who, "decided_at": at}}
                for id_, props in step.states.items()]
        await _run(tx, cypher.load("review/set_states"), rows=rows)
    props = {"id": token, "name": f"{step.kind} {step.record}", "kind": step.kind,
             "who": step.who, "at": at, "proposal": step.proposal, "record": step.record,
             "changes": snapshot.dumps(step.changes), "reason": step.reason,
             "undoes": step.undoes, "affected": step.affected, "touched": step.touched,
             "snapshot": snapshot.dumps(before), "made": snapshot.dumps(rel_keys(after)),
             "edits": snapshot.dumps([e.to_json() for e in step.edits]),
             "decided": step.lock}
    await _run(tx, cypher.load("review/create_action"), props=props)
    if step.undoes:
        await _run(tx, cypher.load("review/mark_undone"), id=step.undoes, by=token)
    return Done(token, at, props)


def log_entry(done: Done) -> dict[str, Any]:
    """The action as review.yaml's log keeps it (what undoing needs stays in the graph)."""
    p = done.props
    return {"id": p["id"], "kind": p["kind"], "who": p["who"], "at": done.at.isoformat(),
            "proposal": p["proposal"], "record": p["record"],
            "changes": snapshot.loads(p["changes"]), "reason": p["reason"],
            "undoes": p["undoes"]}


async def run(*, driver: AsyncDriver, database: str, folder: Folder, step: Step) -> Done:
    """Stage the files, run the transaction, then put the files in place; a failure on
    the way leaves both the graph and the files as they were."""
    files = folder.edited(step.edits)
    review_merges = (files.get("review.yaml") or {}).get("merges") or []
    part_files = [str(folder.path / n) for n in sorted(files) if n != "review.yaml"]
    placeholder = {"id": "", "kind": step.kind}
    staged = folder.stage(step.edits, placeholder)
    try:
        async with driver.session(database=database) as session:
            done = await session.execute_write(_tx, step, folder, part_files, review_merges)
    except BaseException:
        staged.discard()
        raise
    staged.discard()
    # The log entry needs the action's id and time, known only now: stage again with it.
    final = folder.stage(step.edits, log_entry(done))
    final.commit()
    return done


__all__ = ["Done", "Step", "run"]
