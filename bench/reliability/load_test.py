"""Load test on loopback: the API (uvicorn, its own process) under locust's mixed headline
questions for several minutes; prints errors, p50/p99 per question and a Markdown table.

    python bench/reliability/load_test.py --users 16 --minutes 5

The graph the settings name (NEO4J_URI, or the managed instance) gets data/seed loaded
first (a load is idempotent, so a graph that holds it already is unchanged). Exits 1 when
any request failed. Needs the `bench` extra (locust)."""

import argparse
import asyncio
import csv
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from graph.driver import open_driver
from graph.schema import apply_schema
from loaders import pipeline
from partnergraph import ROOT
from partnergraph.settings import Settings

HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def prepare(settings: Settings) -> None:
    driver = open_driver(settings)
    try:
        await apply_schema(driver=driver, database=settings.neo4j_database)
        await pipeline.load(paths=[ROOT / "data" / "seed"], driver=driver,
                            database=settings.neo4j_database)
    finally:
        await driver.close()


def serve(port: int) -> subprocess.Popen:
    api = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--host",
         "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        cwd=ROOT, env={**os.environ, "API_PORT": str(port)})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return api
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    api.terminate()
    raise SystemExit("the API did not answer /health within 60 s")


def table(stats_csv: Path) -> tuple[list[dict], dict]:
    with stats_csv.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    total = next(r for r in rows if r["Name"] == "Aggregated")
    return [r for r in rows if r["Name"] != "Aggregated"], total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=16, help="concurrent simulated analysts")
    parser.add_argument("--spawn-rate", type=float, default=4.0)
    parser.add_argument("--minutes", type=float, default=5.0)
    args = parser.parse_args()

    settings = Settings()
    asyncio.run(prepare(settings))
    port = free_port()
    api = serve(port)
    out = Path(tempfile.mkdtemp(prefix="partnergraph-load-"))
    try:
        run = subprocess.run(
            [sys.executable, "-m", "locust", "-f", str(HERE / "locustfile.py"), "--headless",
             "-u", str(args.users), "-r", str(args.spawn_rate), "-t", f"{int(args.minutes * 60)}s",
             "--host", f"http://127.0.0.1:{port}", "--csv", str(out / "run"), "--only-summary",
             "--loglevel", "WARNING"], cwd=ROOT, capture_output=True, text=True)
        still = httpx.get(f"http://127.0.0.1:{port}/health", timeout=10).status_code
    finally:
        api.terminate()
        api.wait(timeout=30)
    rows, total = table(out / "run_stats.csv")
    failures = int(total["Failure Count"])
    print(f"users={args.users} minutes={args.minutes:g} requests={total['Request Count']} "
          f"failures={failures} rps={float(total['Requests/s']):.1f} p50={total['50%']} ms "
          f"p99={total['99%']} ms max={float(total['Max Response Time']):.0f} ms "
          f"health-after={still} load-average={json.dumps(os.getloadavg())}")
    print("\n| request | count | errors | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|")
    for r in [*rows, total]:
        print(f"| {r['Type']} {r['Name']} | {r['Request Count']} | {r['Failure Count']} | "
              f"{r['50%']} | {r['99%']} |")
    if failures or run.returncode not in (0, 1):
        print(run.stderr[-3000:], file=sys.stderr)
    sys.exit(1 if failures or still != 200 else 0)


if __name__ == "__main__":
    main()
