"""graph/reload.py one committed step at a time, for loads larger than one transaction
may hold (`--commit-each-batch`). Each batch of writes and of removals commits on its own;
a run that dies part-way leaves a graph that the same command, run again, completes:
the writes are idempotent, the comparison with the files finds whatever was not removed
yet, and the partners whose LINKED pairs were due are kept on an unfinished history node
(action 'unfinished') until the run that recomputes them deletes it."""

from datetime import UTC, datetime

from neo4j import AsyncManagedTransaction, AsyncSession, unit_of_work

from graph import cypher, history
from graph.plan import Plan
from graph.reload import (
    Outcome,
    Part,
    compare,
    disown_jobs,
    in_batches,
    orphan_jobs,
    recount_donations,
    relink,
    touched,
)
from graph.write import TX_METADATA, Progress, batches, jobs, write_batch

# Every write transaction of the run carries the loader's metadata, as the batches do, so
# that admin/loader_writing sees the whole run, its removals and relinking included.
_loader = unit_of_work(metadata=TX_METADATA)


async def _unfinished(tx: AsyncManagedTransaction, names: list[str]) -> list[dict]:
    result = await tx.run(cypher.load("write/unfinished_loads"), datasets=names)
    return [r.data() async for r in result]


@_loader
async def _mark(tx: AsyncManagedTransaction, plans: list[Plan], due: list[str],
                at: datetime) -> None:
    for plan in plans:
        props = {"id": f"{plan.dataset}@{at.isoformat()}#unfinished", "dataset": plan.dataset,
                 "action": "unfinished", "name": f"unfinished {plan.dataset}", "at": at,
                 "relink": due}
        await (await tx.run(cypher.load("write/record_load"), props=props)).consume()


@_loader
async def _disown(tx: AsyncManagedTransaction, query: str, params: dict,
                  dataset: str) -> list[dict]:
    result = await tx.run(query, dataset=dataset, **params)
    return [r.data() async for r in result]


@_loader
async def _finish(tx: AsyncManagedTransaction, parts: list[Part], plans: list[Plan],
                  action: str, done: list[str], at: datetime) -> None:
    for part, plan in zip(parts, plans, strict=True):
        await history.record(tx, plan=plan, action=action, files=part.files,
                             checksums=part.checksums, at=at)
    await (await tx.run(cypher.load("write/finish_loads"), ids=done)).consume()


async def run(session: AsyncSession, parts: list[Part], batch_size: int,
              progress: Progress | None, action: str) -> Outcome:
    names = [p.name for p in parts]
    plans = await session.execute_read(compare, parts)
    earlier = await session.execute_read(_unfinished, names)
    due = sorted(set(touched(plans)) | {i for e in earlier for i in e["relink"]})
    at = datetime.now(UTC)
    await session.execute_write(_mark, plans, due, at)
    for query, rows, name in jobs([(p.name, p.rows) for p in parts]):
        for batch in batches(rows, batch_size):
            await session.execute_write(write_batch, query, batch, name)
            if progress:
                progress(len(batch))
    for plan in plans:
        for query, params, label in in_batches(disown_jobs(plan), batch_size):
            for row in await session.execute_write(_disown, query, params, plan.dataset):
                if label and row["ours"]:
                    plan.kept.append((label, row["id"]))
        for query, params, _ in in_batches(orphan_jobs(plan), batch_size):
            await session.execute_write(_disown, query, params, plan.dataset)
    pairs: set[tuple[str, str]] = set()
    for batch in batches(due, batch_size):
        pairs |= await session.execute_write(_loader(relink), batch, recount=False)
        await session.execute_write(_loader(recount_donations), batch)
    done = [e["id"] for e in earlier] + [f"{n}@{at.isoformat()}#unfinished" for n in names]
    await session.execute_write(_finish, parts, plans, action, done, at)
    return Outcome(plans, pairs)
