"""A partner merged into another gives it its names: they become its aliases (and its
search keys, as graph/rows.py makes them), so the partner is found by them. review.yaml
keeps the merges; they are applied again after every load (loaders.pipeline) and every
review action, since a reload of the partner's own dataset writes its properties afresh."""

from typing import Any

from neo4j import AsyncDriver, AsyncManagedTransaction

from graph import cypher
from graph.model import Label
from partnergraph import names


def merged_props(props: dict[str, Any], extra: list[str]) -> dict[str, Any] | None:
    """The aliases and search keys of a partner once `extra` names join it; None when it
    has them all already."""
    own = [props.get("name_vi"), props.get("name_en"), props.get("acronym")]
    aliases = list(props.get("aliases") or [])
    known = {n for n in [*own, *aliases] if n}
    new = [n for n in dict.fromkeys(extra) if n and n not in known]
    if not new:
        return None
    aliases += new
    keys = sorted(names.keys(*own, *aliases))
    return {"aliases": aliases, "search_keys": keys, "search_text": " ".join(keys)}


async def apply(tx: AsyncManagedTransaction, merges: list[dict[str, Any]]) -> None:
    for merge in merges:
        result = await tx.run(cypher.load("review/nodes_by_id"), ids=[merge["into"]])
        rows = [r async for r in result]
        row = next((r for r in rows if r["label"] == Label.Partner), None)
        if row is None:
            continue
        props = merged_props(row["props"], merge.get("names") or [])
        if props:
            await (await tx.run(cypher.render("review/update_records", label=Label.Partner),
                                rows=[{"id": merge["into"], "props": props}])).consume()


async def apply_all(*, driver: AsyncDriver, database: str, merges: list[dict[str, Any]]) -> None:
    """After a load of the curated folder: its merges, in their order."""
    if not merges:
        return
    async with driver.session(database=database) as session:
        await session.execute_write(apply, merges)
