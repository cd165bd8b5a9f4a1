"""API latency of the headline questions, p50/p99 at concurrency 1 and 16, against the
very same named Cypher (and parameters) run through the driver directly.

    python -m bench.api [--requests 40] [--budget 60]

Run it on the instance the settings name, loaded with the largest generated graph
(`python -m bench.bulk DIR`). It starts the API itself (uvicorn, a free port) and
samples the API process's memory. Each (question, side, concurrency) runs at most
`--requests` requests or `--budget` seconds, whichever comes first. At concurrency 1 the
two sides take turns, a request each, so that both meet the same machine; at 16 they run
one after the other. The API side asks
through bench.http1's lean keep-alive client (`--client httpx` for httpx, which adds its
own cost per request to the API's)."""

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import httpx
import psutil
from neo4j import AsyncDriver, RoutingControl
from neo4j.exceptions import Neo4jError

from bench import http1
from bench.timing import measure, measure_paired, percentile  # noqa: F401 (used by bench.api_ab)
from bench.machine import describe, show
from graph import cypher
from graph import links
from graph.driver import eager, one_read, open_driver
from graph.errors import QueryTooLarge
from graph.donations import find_donations
from graph.partners import resolve_partner, search_partners
from graph.successions import predecessors
from partnergraph.settings import Settings

GUANGXI, NETWORK, SEARCH = "guangxi", "good-neighbors-international", "good neighbors"
# Read as the API reads: routed to a reader, a memory refusal not retried.
READ = {"routing_": RoutingControl.READ, "result_transformer_": eager}


def _cypher(name: str, **slots) -> str:
    return cypher.render(name, **slots) if slots else cypher.load(name)


async def _neighbourhood(driver: AsyncDriver, db: str, ref: str, depth: int):
    # as the API reads it: one transaction, the partner with its view when one statement can
    async def around(tx):
        center, _, view = await links.view_around(tx, ref=ref, depth=depth, limit=2000,
                                                  every_prop=False)
        return view or await links.neighbourhood_in(tx, center=center, depth=depth)
    return await one_read(driver=driver, database=db, work=around)


async def _paths(driver: AsyncDriver, db: str, source: str, target: str):
    return await links.connecting_paths(driver=driver, database=db, source=source,
                                        target=target)


async def _donations(driver: AsyncDriver, db: str, donor: str, since: date):
    found = await resolve_partner(driver=driver, database=db, ref=donor)
    return await asyncio.gather(
        predecessors(driver=driver, database=db, id=found.id),
        find_donations(driver=driver, database=db, donor=found.id, since=since, limit=50))


# question → (API path, the Cypher statements the API runs for it, with their parameters,
# or a function of the previous statement's records that gives them; or the graph function
# the API calls, given the driver and the database)
Params = dict[str, Any] | Callable[[list], dict[str, Any]]
Direct = list[tuple[str, Params]] | Callable[[AsyncDriver, str], Awaitable[Any]]
QUESTIONS: dict[str, tuple[str, Direct]] = {
    # The graph functions the API calls, without the HTTP layer: resolve the donor, then
    # its predecessors beside its first page (with the total) and the page's details.
    "donations_guangxi_since_2020": (
        f"/donations?donor={GUANGXI}&since=2020",
        lambda driver, db: _donations(driver, db, GUANGXI, date(2020, 1, 1))),
    # Several statements in one read transaction (graph.reach): the graph functions the
    # API calls, without the HTTP layer.
    "ngos_linked_to_good_neighbors": (
        f"/partners/{NETWORK}/linked?kind=foreign_ngo",
        lambda driver, db: links.linked_partners(driver=driver, database=db, id=NETWORK,
                                                 kind="foreign_ngo", max_hops=2)),
    "partner_search": (
        "/partners?q=good%20neighbors",
        lambda driver, db: search_partners(driver=driver, database=db, q=SEARCH, limit=50)),
    "graph_guangxi_depth_2": (
        f"/graph?center={GUANGXI}&depth=2",
        lambda driver, db: _neighbourhood(driver, db, GUANGXI, 2)),
    # Not headline questions: the bounds of the two searches that used to walk the hubs.
    "graph_guangxi_depth_3": (
        f"/graph?center={GUANGXI}&depth=3",
        lambda driver, db: _neighbourhood(driver, db, GUANGXI, 3)),
    "paths_between_two_hubs": (
        f"/paths?from={GUANGXI}&to={NETWORK}",
        lambda driver, db: _paths(driver, db, GUANGXI, NETWORK)),
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ApiServer:
    """The API in its own process, as it runs for users, with its memory sampled."""

    def __init__(self, port: int = 0) -> None:
        self.port = port or _free_port()
        self.peak_rss = 0
        self._stop = threading.Event()

    def __enter__(self) -> "ApiServer":
        env = {**os.environ, "API_PORT": str(self.port)}
        self.proc = subprocess.Popen(
            # Keep-alive longer than a phase of the driver side: uvicorn's 5 s default
            # closes the client's idle connections between phases, and the first request
            # of the next phase then meets a closed socket.
            [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--host",
             "127.0.0.1", "--port", str(self.port), "--log-level", "warning",
             "--timeout-keep-alive", "120"], env=env)
        for _ in range(120):
            try:
                httpx.get(f"http://127.0.0.1:{self.port}/health", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.5)
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()
        return self

    def _sample(self) -> None:
        process = psutil.Process(self.proc.pid)
        while not self._stop.wait(0.2):
            self.peak_rss = max(self.peak_rss, process.memory_info().rss)

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self.proc.terminate()
        self.proc.wait(timeout=30)


def _client(kind: str, port: int):
    """The HTTP client the API side is asked through: the lean one (bench.http1), whose
    own cost per request is a few tens of microseconds, or httpx, which adds its own."""
    if kind == "httpx":
        return httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60,
                                 limits=httpx.Limits(max_connections=32))
    return http1.Client("127.0.0.1", port, max_connections=32, timeout=60)


async def _status(http, path: str) -> int:
    if isinstance(http, httpx.AsyncClient):
        return (await http.get(path)).status_code
    status, _ = await http.get(path)
    return status


async def run(args: argparse.Namespace, settings: Settings, server: ApiServer) -> dict:
    # The API's retry window too, so both sides give up on the same failures.
    driver: AsyncDriver = open_driver(settings, retry_seconds=settings.api_retry_seconds)
    db = settings.neo4j_database
    results: dict[str, Any] = {}
    try:
        async with _client(args.client, server.port) as http:
            for name, (path, statements) in QUESTIONS.items():
                if args.only and name not in args.only:
                    continue
                async def api_call(path: str = path) -> str:
                    try:
                        status = await _status(http, path)
                    except (httpx.TimeoutException, asyncio.TimeoutError):
                        return "client timeout"
                    except (httpx.TransportError, http1.Http1Error, OSError,
                            asyncio.IncompleteReadError) as exc:
                        return type(exc).__name__
                    return "ok" if status == 200 else f"HTTP {status}"

                async def direct_call(statements=statements) -> str:
                    try:
                        records: list = []
                        if callable(statements):
                            await statements(driver, db)
                            return "ok"
                        for query, params in statements:
                            if callable(params):
                                params = params(records)
                            records, _, _ = await driver.execute_query(
                                query, params, database_=db, **READ)
                    except QueryTooLarge:
                        return "transaction memory"
                    except Neo4jError as exc:
                        return exc.code or type(exc).__name__
                    return "ok"

                row: dict[str, Any] = {"path": path}
                for concurrency in (1, 16):
                    if concurrency == 1 and not args.phases:
                        api, direct = await measure_paired(
                            api_call, direct_call, args.requests, args.budget, args.warmup)
                    else:
                        api = await measure(api_call, concurrency, args.requests,
                                            args.budget, args.warmup)
                        direct = await measure(direct_call, concurrency, args.requests,
                                               args.budget, args.warmup)
                    row[f"c{concurrency}"] = {"api": api, "driver": direct}
                    if api.get("n") and direct.get("n"):
                        row[f"c{concurrency}"]["api_overhead_p50_ms"] = round(
                            api["p50_ms"] - direct["p50_ms"], 2)
                        row[f"c{concurrency}"]["api_over_driver_p50"] = round(
                            api["p50_ms"] / direct["p50_ms"], 2)
                results[name] = row
                print(name, row, flush=True)
    finally:
        await driver.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.api")
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--budget", type=float, default=60.0)
    parser.add_argument("--warmup", type=int, default=1,
                        help="Calls before each timed phase, not timed (default: 1).")
    parser.add_argument("--phases", action="store_true",
                        help="At concurrency 1 too, time the API's requests, then the "
                        "driver's (default: one of each in turn).")
    parser.add_argument("--only", nargs="*", choices=list(QUESTIONS), help="Some questions.")
    parser.add_argument("--port", type=int, default=0, help="The API's port (default: free).")
    parser.add_argument("--client", choices=("lean", "httpx"), default="lean",
                        help="The HTTP client of the API side (default: lean, bench.http1).")
    args = parser.parse_args()
    settings = Settings()
    machine = describe(settings)
    with ApiServer(args.port) as server:
        results = asyncio.run(run(args, settings, server))
        results["peak_rss_mib_api"] = round(server.peak_rss / 2**20, 1)
        results["client"] = args.client
        results["c1"] = "one request of each side in turn" if not args.phases else "phases"
    show("API latency", machine, results)


if __name__ == "__main__":
    main()
