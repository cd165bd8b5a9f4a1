"""CPU time per request of the headline questions: the API process's, the Neo4j server's
and the client's, read from the processes' own counters (user + system) around
`--requests` requests asked one at a time.

    python -m bench.api_cpu [--requests 100] [--other DIR]

On two shared cores latency moves with the load; what a request costs in CPU moves much
less, and at concurrency 16 it is what sets the throughput. The server is the managed
instance the settings name (NEO4J_INSTANCE), its pid read from its pid file; the API runs
in its own process, as bench.api_ab starts it. With `--other DIR` (the source of another
version, e.g. `git archive main | tar -x -C DIR`) that version is measured after this
one, on the same server."""

import argparse
import time
from pathlib import Path

import httpx
import psutil

from bench.api import _free_port
from bench.api_ab import HERE, QUESTIONS, _serve
from partnergraph.settings import Settings
from server import localneo4j


def _cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def measure(source: Path, server: psutil.Process, requests: int) -> dict[str, dict[str, float]]:
    """Question → CPU milliseconds per request of the API, the server and this client."""
    port = _free_port()
    api = _serve(source, port)
    out: dict[str, dict[str, float]] = {}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            for _ in range(120):
                try:
                    client.get("/health")
                    break
                except httpx.HTTPError:
                    time.sleep(0.5)
            me, process = psutil.Process(), psutil.Process(api.pid)
            for name, path in QUESTIONS.items():
                for _ in range(5):  # warm: plans cached, pages in memory
                    client.get(path)
                before = [_cpu(p) for p in (process, server, me)]
                for _ in range(requests):
                    if client.get(path).status_code != 200:
                        raise SystemExit(f"{path}: not answered")
                after = [_cpu(p) for p in (process, server, me)]
                out[name] = {side: round((b - a) / requests * 1e3, 1) for side, a, b
                             in zip(("api", "neo4j", "client"), before, after, strict=True)}
    finally:
        api.terminate()
        api.wait(timeout=30)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.api_cpu")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--other", type=Path, help="Source of another version, measured too.")
    args = parser.parse_args()
    pid_file = localneo4j.paths(Settings()).pid_file
    server = psutil.Process(int(pid_file.read_text().strip()))
    versions = {"this": HERE} | ({"other": args.other.resolve()} if args.other else {})
    for version, source in versions.items():
        for name, cpu in measure(source, server, args.requests).items():
            print(f"{version:5} {name:9} CPU ms per request: API {cpu['api']:5.1f}, "
                  f"Neo4j {cpu['neo4j']:5.1f}, client {cpu['client']:4.1f}", flush=True)


if __name__ == "__main__":
    main()
