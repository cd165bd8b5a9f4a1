"""Opening the one driver a process uses. `neo4j://` URIs route reads and writes, so the
same code serves a single server, a cluster or Aura."""

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from neo4j import (
    READ_ACCESS,
    AsyncDriver,
    AsyncGraphDatabase,
    AsyncManagedTransaction,
    AsyncResult,
    EagerResult,
    NotificationDisabledClassification,
    unit_of_work,
)
from neo4j.exceptions import Neo4jError

from graph.errors import QueryTooLarge
from partnergraph.settings import Settings


def open_driver(settings: Settings, *, uri: str | None = None,
                retry_seconds: float = 15.0) -> AsyncDriver:
    """`retry_seconds`: how long a managed transaction retries failures that may pass (a
    lost connection, a leader switch, a deadlock) before it gives up."""
    return AsyncGraphDatabase.driver(
        uri or settings.bolt_uri,
        auth=(settings.neo4j_user, settings.neo4j_password.get_secret_value()),
        connection_acquisition_timeout=10.0,
        max_transaction_retry_time=retry_seconds,
        user_agent="partnergraph",
        # Records are sparse by design (an undated fact has no `signed_start`), so the
        # server's "property key does not exist" hints are noise in the API's logs.
        notifications_disabled_classifications=[NotificationDisabledClassification.UNRECOGNIZED],
    )


# The server refused a query more memory than one transaction (or all of them) may use.
# Neo4j classes these transient, so a managed transaction would run the same query again
# and fail again: eager() turns them into QueryTooLarge, which is never retried.
MEMORY_CODES = frozenset({
    "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
    "Neo.TransientError.General.TransactionMemoryLimit",
})


@contextmanager
def not_retried_when_too_large() -> Iterator[None]:
    """Around the work of a managed transaction: a memory refusal leaves it at once."""
    try:
        yield
    except Neo4jError as exc:
        if exc.code in MEMORY_CODES:
            raise QueryTooLarge("it needs more memory than Neo4j grants one transaction "
                                f"({exc.code})") from exc
        raise


async def eager(result: AsyncResult) -> EagerResult:
    """`result_transformer_` for reads: the records, or QueryTooLarge at once."""
    with not_retried_when_too_large():
        return await result.to_eager_result()


T = TypeVar("T")


async def one_read(*, driver: AsyncDriver, database: str,
                   work: Callable[[AsyncManagedTransaction], Awaitable[T]],
                   timeout: float | None = None) -> T:
    """`work` in one managed read transaction (routed to a reader, retried as a whole on a
    failure that may pass): the reads of one answer (the partner it names, the units
    merged into it, the answer itself) in one begin and commit. `work` only reads, and
    may run more than once."""
    async def guarded(tx: AsyncManagedTransaction) -> T:
        with not_retried_when_too_large():
            return await work(tx)

    async with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        return await session.execute_read(unit_of_work(timeout=timeout)(guarded))


async def run_batches(*, driver: AsyncDriver, database: str,
                      batches: Iterable[tuple[str, dict[str, Any]]], at_once: int = 1) -> None:
    """Run write queries (query, parameters), each in its own transaction, at most
    `at_once` at a time. For batches that touch disjoint nodes and relationships (a
    recount of distinct partners): Cypher runs each query on one core, so two at once
    keep two cores busy."""
    limit = asyncio.Semaphore(max(1, at_once))

    async def one(query: str, parameters: dict[str, Any]) -> None:
        async with limit:
            await driver.execute_query(query, parameters, database_=database)

    async with asyncio.TaskGroup() as group:
        for query, parameters in batches:
            group.create_task(one(query, parameters))
