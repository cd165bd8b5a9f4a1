"""Test access to the real Neo4j: run graph/ functions with a fresh driver (each test has
its own event loop), wipe the graph, and take before/after counts."""

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from neo4j import AsyncDriver, GraphDatabase, RoutingControl

from graph import readonly
from graph.driver import open_driver
from graph.schema import apply_schema
from graph.stats import GraphStats, graph_stats, wipe
from loaders import pipeline
from partnergraph.settings import Settings

T = TypeVar("T")

#: A read that runs far longer than any query timeout the tests set (counting 10^8 rows).
SLOW = "UNWIND range(1, 100000000) AS x RETURN count(x) AS n"


class GraphDb:
    def __init__(self, settings: Settings):
        self.settings = settings

    def run(self, fn: Callable[..., Awaitable[T]], **kwargs: Any) -> T:
        async def main() -> T:
            driver: AsyncDriver = open_driver(self.settings)
            try:
                return await fn(driver=driver, database=self.settings.neo4j_database, **kwargs)
            finally:
                await driver.close()

        return asyncio.run(main())

    def stats(self) -> GraphStats:
        return self.run(graph_stats)

    def wipe(self) -> None:
        self.run(wipe)

    def apply_schema(self) -> None:
        self.run(apply_schema)


def fingerprint(db: GraphDb) -> tuple[list, list]:
    """Every node (labels, properties) and relationship (ends, type, properties), sorted:
    two graphs with equal fingerprints hold the same records, none twice. The history of
    loads (:Load) is left out: it tells how the graph was made, not what it holds."""
    def rows(query: str) -> list:
        result = db.run(readonly.run_read_only, query=query, row_limit=10**7, timeout=120)
        return sorted(json.dumps(r, sort_keys=True) for r in result.rows)

    return (rows("MATCH (n) WHERE NOT n:Load RETURN labels(n) AS labels, properties(n) AS props"),
            rows("MATCH (a)-[r]->(b) RETURN labels(a) AS la, a.id AS a, type(r) AS type, "
                 "labels(b) AS lb, b.id AS b, properties(r) AS props"))


def load(db: GraphDb, *paths: Path):
    return db.run(pipeline.load, paths=list(paths))


async def read_rows(*, driver, database, text: str, **params) -> list[dict]:
    records, _, _ = await driver.execute_query(text, params, database_=database,
                                               routing_=RoutingControl.READ)
    return [r.data() for r in records]


def node(db: GraphDb, id: str) -> dict:
    rows = db.run(read_rows, text="MATCH (n {id: $id}) RETURN properties(n) AS p", id=id)
    assert len(rows) == 1, f"expected one node {id!r}, found {len(rows)}"
    return rows[0]["p"]


@contextmanager
def holding(settings: Settings, text: str, **params) -> Iterator[None]:
    """Run `text` in a transaction kept open until the block ends, then rolled back: the
    locks it took are held meanwhile, so a writer that needs one of them waits inside its
    own transaction for as long as the test wants (Neo4j makes the pause, not a timer)."""
    auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    with GraphDatabase.driver(settings.bolt_uri, auth=auth) as driver, \
            driver.session(database=settings.neo4j_database) as session:
        tx = session.begin_transaction()
        try:
            tx.run(text, params).consume()
            yield
        finally:
            tx.rollback()
