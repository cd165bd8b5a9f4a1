"""Two versions of the API side by side, the headline questions asked of one then the
other in turn, so that a shared machine's changing load falls on both alike.

    python -m bench.api_ab --other DIR [--requests 100] [--concurrent 48]

DIR holds the source of the other version (e.g. `git archive main | tar -x -C DIR`); its
API runs from there, with the same virtualenv, on the same Neo4j (the settings'). Each
question: `--requests` requests to each at c=1, alternated (the first of each pair
alternates too), then twice `--concurrent` requests at c=16 to each in turn."""

import argparse
import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from bench.api import GUANGXI, NETWORK, _free_port, percentile

QUESTIONS = {
    "donations": f"/donations?donor={GUANGXI}&since=2020",
    "linked": f"/partners/{NETWORK}/linked?kind=foreign_ngo",
    "search": "/partners?q=good%20neighbors",
    "view": f"/graph?center={GUANGXI}&depth=2",
}
HERE = Path(__file__).resolve().parent.parent


def _serve(source: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "API_PORT": str(port), "PYTHONPATH": str(source)}
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--host",
         "127.0.0.1", "--port", str(port), "--log-level", "warning",
         "--timeout-keep-alive", "120"], cwd=source, env=env)  # as bench.api: no stale sockets


async def _ready(client: httpx.AsyncClient, port: int) -> None:
    for _ in range(120):
        try:
            await client.get(f"http://127.0.0.1:{port}/health")
            return
        except httpx.HTTPError:
            await asyncio.sleep(0.5)


async def _timed(client: httpx.AsyncClient, url: str, times: list[float],
                 failed: list[int]) -> None:
    mark = time.perf_counter()
    response = await client.get(url)
    times.append(time.perf_counter() - mark)
    failed[0] += response.status_code != 200


async def run(args: argparse.Namespace, ports: dict[str, int]) -> None:
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=40)) as client:
        for port in ports.values():
            await _ready(client, port)
        print("load average", *(round(x, 2) for x in os.getloadavg()), flush=True)
        for name, path in QUESTIONS.items():
            one = {side: ([], [0]) for side in ports}
            many = {side: ([], [0]) for side in ports}
            for port in ports.values():  # warm: plans cached, pages in memory
                await client.get(f"http://127.0.0.1:{port}{path}")
            sides = list(ports)
            for i in range(args.requests):
                for side in sides if i % 2 else sides[::-1]:
                    await _timed(client, f"http://127.0.0.1:{ports[side]}{path}", *one[side])
            for _ in range(2):
                for side, port in ports.items():
                    left = [args.concurrent]

                    async def worker(url: str = f"http://127.0.0.1:{port}{path}",
                                     into: tuple = many[side], left: list = left) -> None:
                        while left[0] > 0:
                            left[0] -= 1
                            await _timed(client, url, *into)

                    await asyncio.gather(*(worker() for _ in range(16)))
            for side in ports:
                (t1, f1), (t16, f16) = one[side], many[side]
                print(f"{name:9} {side:6} c=1 p50 {percentile(t1, .5) * 1e3:7.1f} ms, p99 "
                      f"{percentile(t1, .99) * 1e3:7.1f} ms, {f1[0]} failed | c=16 p50 "
                      f"{percentile(t16, .5) * 1e3:7.1f} ms, p99 {percentile(t16, .99) * 1e3:7.1f}"
                      f" ms, {f16[0]} failed of {len(t16)}", flush=True)
        print("load average", *(round(x, 2) for x in os.getloadavg()), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.api_ab")
    parser.add_argument("--other", type=Path, required=True, help="Source of the other API.")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--concurrent", type=int, default=48)
    args = parser.parse_args()
    ports = {"other": _free_port(), "this": _free_port()}
    servers = [_serve(args.other.resolve(), ports["other"]), _serve(HERE, ports["this"])]
    try:
        asyncio.run(run(args, ports))
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
