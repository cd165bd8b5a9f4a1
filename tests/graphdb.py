"""Test access to the real Neo4j: run graph/ functions with a fresh driver (each test has
its own event loop), wipe the graph, and take before/after counts."""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from neo4j import AsyncDriver

from graph.driver import open_driver
from graph.schema import apply_schema
from graph.stats import GraphStats, graph_stats, wipe
from partnergraph.settings import Settings

T = TypeVar("T")


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
