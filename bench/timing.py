"""Timing of one side of a benchmark, or of two sides in turn: p50 and p99 of the calls
that answered "ok", and what the others answered."""

import asyncio
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def measure(call: Callable[[], Awaitable[str]], concurrency: int, requests: int,
                  budget: float, warmup: int = 1) -> dict[str, Any]:
    """`call` answers "ok" or what went wrong (an HTTP status, a Neo4j error code); the
    first `warmup` calls are not timed."""
    times: list[float] = []
    failed: Counter[str] = Counter()

    async def worker() -> None:
        while len(times) + failed.total() < requests and time.perf_counter() < deadline:
            mark = time.perf_counter()
            outcome = await call()
            if outcome == "ok":
                times.append(time.perf_counter() - mark)
            else:
                failed[outcome] += 1

    # Warm: plans cached, pages in memory, and the server's and the API's hot paths
    # compiled, as they are in a server that has been answering for a while.
    for _ in range(max(warmup, 1)):
        await call()
    deadline = time.perf_counter() + budget
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return _summary(times, failed)


def _summary(times: list[float], failed: Counter[str]) -> dict[str, Any]:
    failures = {"failures": failed.total(), **({"failed_with": dict(failed)} if failed else {})}
    if not times:
        return {"n": 0, **failures}
    return {"n": len(times), **failures, "p50_ms": round(percentile(times, .5) * 1e3, 2),
            "p99_ms": round(percentile(times, .99) * 1e3, 2)}


async def measure_paired(api: Callable[[], Awaitable[str]],
                         direct: Callable[[], Awaitable[str]], requests: int, budget: float,
                         warmup: int = 1) -> tuple[dict[str, Any], dict[str, Any]]:
    """Both sides at concurrency 1, one request of each in turn (API first, then the
    driver, then the other way round). Timed one phase after the other, the two p50s
    also differ by whatever changed on the machine between the phases: on two cores
    shared with Neo4j that drift was as large as the API's cost itself."""
    sides = (api, direct)
    times: tuple[list[float], list[float]] = ([], [])
    failed: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
    for _ in range(max(warmup, 1)):
        for call in sides:
            await call()
    deadline = time.perf_counter() + 2 * budget
    turn = 0
    while (len(times[0]) + failed[0].total() < requests
           and time.perf_counter() < deadline):
        for side in ((0, 1) if turn % 2 == 0 else (1, 0)):
            mark = time.perf_counter()
            outcome = await sides[side]()
            if outcome == "ok":
                times[side].append(time.perf_counter() - mark)
            else:
                failed[side][outcome] += 1
        turn += 1
    return _summary(times[0], failed[0]), _summary(times[1], failed[1])
