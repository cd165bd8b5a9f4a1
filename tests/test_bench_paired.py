"""The API benchmark at concurrency 1: the API's and the driver's requests take turns, so
both sides meet the same machine, and each side's failures stay its own."""

import asyncio

from bench.timing import measure_paired


def _side(name: str, log: list[str], failing: set[int] = frozenset()):
    calls = 0

    async def call() -> str:
        nonlocal calls
        calls += 1
        log.append(name)
        return "HTTP 503" if calls in failing else "ok"
    return call


def test_sides_take_turns_and_swap_who_goes_first():
    log: list[str] = []
    api, direct = asyncio.run(measure_paired(_side("api", log), _side("driver", log),
                                             requests=4, budget=30, warmup=1))
    assert log[:2] == ["api", "driver"]  # the warm-up, one each
    assert log[2:] == ["api", "driver", "driver", "api", "api", "driver", "driver", "api"]
    assert api["n"] == direct["n"] == 4


def test_each_side_counts_its_own_failures():
    log: list[str] = []
    # The warm-up is call 1 of each side; the API fails its third call.
    api, direct = asyncio.run(measure_paired(_side("api", log, {3}), _side("driver", log),
                                             requests=3, budget=30, warmup=1))
    assert api["failures"] == 1 and api["failed_with"] == {"HTTP 503": 1}
    assert api["n"] == 2
    assert direct["failures"] == 0 and direct["n"] == 3
