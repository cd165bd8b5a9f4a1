"""Undoing a review action: its records put back exactly as its snapshot holds them, its
edits of the curated folder taken back record by record, the curated dataset reloaded;
refused while a later action depends on what it would take back."""

from neo4j import AsyncDriver

from graph.errors import Conflict, NotFound
from graph.review import engine, read, snapshot
from graph.review.folder import Edit, Folder
from graph.review.shared import Plan, finish, folder_lock, labels_for_related
from partnergraph.domain.review import ActionAnswer


async def undo(*, driver: AsyncDriver, database: str, folder: Folder, action_id: str,
               who: str) -> ActionAnswer:
    async with folder_lock(folder):
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
            plan = Plan(folder)
            plan.edits = edits
            rows_ = plan.rows(await labels_for_related(driver, database, plan))
        decided = list(target.get("decided") or [])
        step = engine.Step(
            kind="undo", who=who, record=target["record"], proposal=target.get("proposal"),
            undoes=action_id, changes={"undone": {"from": target["kind"], "to": None}},
            lock=decided, restore=snapshot.loads(target["snapshot"]),
            made=snapshot.loads(target.get("made") or "[]"), edits=edits,
            rows=rows_, states={i: {"status": "proposed", "proposal": None} for i in decided},
            affected=list(target["affected"]), touched=list(target["touched"]))
        return await finish(driver, database, folder, step, target.get("proposal"))



