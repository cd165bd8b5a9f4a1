"""What every command shares: one driver per command, and errors as one clear line."""

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import typer
from neo4j import AsyncDriver
from neo4j.exceptions import AuthError, ServiceUnavailable
from rich.console import Console

from graph.driver import open_driver
from partnergraph.settings import Settings, get_settings

T = TypeVar("T")
console = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def fail(message: str) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(1)


def with_driver(work: Callable[[AsyncDriver, Settings], Awaitable[T]],
                settings: Settings | None = None) -> T:
    """Run `work` with a driver that is closed afterwards; Neo4j failures become one line."""
    settings = settings or get_settings()

    async def main() -> T:
        driver = open_driver(settings)
        try:
            return await work(driver, settings)
        finally:
            await driver.close()

    try:
        return asyncio.run(main())
    except ServiceUnavailable:
        hint = "start it with `partnergraph neo4j start`" if settings.managed else "is it running?"
        fail(f"Neo4j is not reachable at {settings.bolt_uri}: {hint}")
    except AuthError:
        fail(f"Neo4j at {settings.bolt_uri} refused user {settings.neo4j_user!r}: "
             "check NEO4J_USER / NEO4J_PASSWORD")
    raise AssertionError("unreachable")
