"""A load makes the graph hold exactly what each dataset's files say.

For every dataset of the load, in the load's one transaction: read what the dataset owns
and compare it with the rows (graph/plan.py); write every row, replacing the properties
of what is there and adding the dataset to its owners; remove what the dataset owns but
no longer declares (a record another dataset still refers to stays, and is reported);
recompute the LINKED pairs of every partner whose facts or affiliations moved; record the
load in the history. Records of other datasets are never touched.

With `one_transaction=False` (`--commit-each-batch`) each step commits on its own. Every
step is rerun-safe: the writes are idempotent MERGEs, and a rerun compares the files with
the graph again, so whatever the killed run had not removed yet is found stale and
removed. The partners whose LINKED pairs are due are written on an unfinished history
node first and recomputed by the next run if this one dies before it gets there."""

from dataclasses import dataclass, field
from datetime import UTC, datetime

from neo4j import AsyncDriver, AsyncManagedTransaction, unit_of_work

from graph import cypher, history
from graph.model import Label, Rel
from graph.plan import Holdings, Plan, diff, holdings_of_graph, holdings_of_rows, record_labels
from graph.rows import Rows
from graph.write import BATCH_SIZE, TX_METADATA, Progress, batches, link_pairs, write_jobs


@dataclass
class Part:
    """One dataset of a load: its name, its rows, the files it was read from."""

    name: str
    rows: Rows
    files: list[str] = field(default_factory=list)
    checksums: list[str] = field(default_factory=list)


@dataclass
class Outcome:
    plans: list[Plan]
    # Every LINKED pair the load deleted or made (smaller id, larger id): the pairs whose
    # derived figures are due for a recount.
    linked_pairs: set[tuple[str, str]] = field(default_factory=set)


async def _holdings(tx: AsyncManagedTransaction, dataset: str) -> Holdings:
    held = Holdings()
    for label in record_labels():
        result = await tx.run(cypher.render("write/owned_records", label=label),
                              dataset=dataset)
        part = holdings_of_graph(label, [r.data() async for r in result])
        held.nodes |= part.nodes
        held.rels |= part.rels
    return held


async def compare(tx: AsyncManagedTransaction, parts: list[Part]) -> list[Plan]:
    return [diff(p.name, await _holdings(tx, p.name), holdings_of_rows(p.rows)) for p in parts]


def disown_jobs(plan: Plan) -> list[tuple[str, dict, Label | None]]:
    """(query, parameters) that remove what the dataset no longer declares: relationships
    first, so a node they pointed at is free to go."""
    rels: dict[tuple[Label, Rel, Label], list[dict]] = {}
    for a, src, rel, b, dst, quote in sorted(plan.stale_rels, key=str):
        rels.setdefault((a, rel, b), []).append({"from": src, "to": dst, "quote": quote})
    jobs = [(cypher.render("write/disown_relationships", from_label=a, rel_type=rel,
                           to_label=b), {"rows": rows}, None)
            for (a, rel, b), rows in rels.items()]
    nodes: dict[Label, list[str]] = {}
    for label, id_ in sorted(plan.removed):
        nodes.setdefault(label, []).append(id_)
    jobs += [(cypher.render("write/disown_nodes", label=label), {"ids": ids}, label)
             for label, ids in nodes.items()]
    return jobs


def orphan_jobs(plan: Plan) -> list[tuple[str, dict, None]]:
    """Records kept earlier because one of these relationships pointed at them."""
    ends: dict[Label, set[str]] = {}
    for a, src, _, b, dst, _ in plan.stale_rels:
        ends.setdefault(a, set()).add(src)
        ends.setdefault(b, set()).add(dst)
    return [(cypher.render("write/collect_orphans", label=label), {"ids": sorted(ids)}, None)
            for label, ids in ends.items()]


async def _run(tx: AsyncManagedTransaction, query: str, params: dict, dataset: str) -> list:
    result = await tx.run(query, dataset=dataset, **params)
    return [r.data() async for r in result]


def in_batches(jobs: list[tuple[str, dict, Label | None]],
               size: int) -> list[tuple[str, dict, Label | None]]:
    """Each removal job split into batches of `size` rows or ids."""
    split = []
    for query, params, label in jobs:
        (key, values), = params.items()
        split += [(query, {key: batch}, label) for batch in batches(values, size)]
    return split


async def _remove(tx: AsyncManagedTransaction, plan: Plan, batch_size: int) -> None:
    for query, params, label in in_batches(disown_jobs(plan), batch_size):
        for row in await _run(tx, query, params, plan.dataset):
            if label and row["ours"]:
                plan.kept.append((label, row["id"]))
    for query, params, _ in in_batches(orphan_jobs(plan), batch_size):
        await _run(tx, query, params, plan.dataset)


async def relink(tx: AsyncManagedTransaction, ids: list[str], *,
                 recount: bool = True) -> set[tuple[str, str]]:
    """The LINKED pairs of `ids` made again from their facts, their strength recounted, and
    (`recount`) their donations counted again (recount_donations: a load that commits each
    batch does that in transactions of its own, to stay within the transaction memory)."""
    pairs: set[tuple[str, str]] = set()
    for chunk in batches(ids, BATCH_SIZE):
        result = await tx.run(cypher.load("write/relink_partners"), ids=chunk)
        row = await result.single()
        pairs |= {tuple(p) for p in row["before"] + row["after"]}
    # The pairs made again carry no strength yet: recount it from the facts they share
    # (a pair deleted for good is skipped by the query).
    for chunk in batches(sorted(pairs), BATCH_SIZE):
        await (await tx.run(cypher.load("write/recount_links"), rows=link_pairs(chunk))).consume()
    if recount:
        await recount_donations(tx, ids)
    return pairs


async def recount_donations(tx: AsyncManagedTransaction, ids: list[str]) -> None:
    # Their donations, counted by year and direction, moved with their facts as well.
    for chunk in batches(ids, BATCH_SIZE):
        await (await tx.run(cypher.load("write/recount_donations_of"), ids=chunk)).consume()


def touched(plans: list[Plan]) -> list[str]:
    return sorted({id_ for plan in plans for id_ in plan.touched_partners()})


@unit_of_work(metadata=TX_METADATA)
async def _load_tx(tx: AsyncManagedTransaction, parts: list[Part], batch_size: int,
                   progress: Progress | None, action: str) -> Outcome:
    plans = await compare(tx, parts)
    await write_jobs(tx, [(p.name, p.rows) for p in parts], batch_size, progress)
    for plan in plans:
        await _remove(tx, plan, batch_size)
    # A run with --commit-each-batch that died may have left pairs to recompute.
    result = await tx.run(cypher.load("write/unfinished_loads"), datasets=[p.name for p in parts])
    unfinished = [r.data() async for r in result]
    due = set(touched(plans)) | {i for u in unfinished for i in u["relink"]}
    pairs = await relink(tx, sorted(due))
    await (await tx.run(cypher.load("write/finish_loads"),
                        ids=[u["id"] for u in unfinished])).consume()
    at = datetime.now(UTC)
    for part, plan in zip(parts, plans, strict=True):
        await history.record(tx, plan=plan, action=action, files=part.files,
                             checksums=part.checksums, at=at)
    return Outcome(plans, pairs)


async def _foreseen(tx: AsyncManagedTransaction, parts: list[Part]) -> list[Plan]:
    plans = await compare(tx, parts)
    for plan in plans:
        removed: dict[Label, list[str]] = {}
        for label, id_ in sorted(plan.removed):
            removed.setdefault(label, []).append(id_)
        for label, ids in removed.items():
            result = await tx.run(cypher.render("write/referenced_elsewhere", label=label),
                                  ids=ids, dataset=plan.dataset)
            plan.kept += [(label, r["id"]) async for r in result]
    return plans


async def plan(*, driver: AsyncDriver, database: str, parts: list[Part]) -> list[Plan]:
    """What a load of `parts` would change, nothing written (the dry run); `kept` names
    the records it would remove that another dataset's relationships still point at."""
    async with driver.session(database=database) as session:
        return await session.execute_read(_foreseen, parts)


async def reload(*, driver: AsyncDriver, database: str, parts: list[Part],
                 batch_size: int = BATCH_SIZE, progress: Progress | None = None,
                 one_transaction: bool = True, action: str = "load") -> Outcome:
    """Make the graph hold exactly what each part says of its dataset."""
    async with driver.session(database=database) as session:
        if one_transaction:
            return await session.execute_write(_load_tx, parts, batch_size, progress, action)
        return await _each_batch(session, parts, batch_size, progress, action)


async def _each_batch(session, parts: list[Part], batch_size: int,
                      progress: Progress | None, action: str) -> Outcome:
    from graph import reload_steps  # it builds on this module's steps

    return await reload_steps.run(session, parts, batch_size, progress, action)


__all__ = ["Outcome", "Part", "plan", "reload"]
