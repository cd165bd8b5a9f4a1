"""Running the product: `serve` the API, or bring everything `up` in one command."""

import signal
import sys
from pathlib import Path
from typing import Annotated

import typer
import uvicorn

from cli.common import console, fail, with_driver
from partnergraph import ROOT
from partnergraph.settings import Settings, get_settings
from server import localneo4j

SEED = ROOT / "data" / "seed"


def _serve(settings: Settings) -> None:
    from api.app import create_app
    from api.security import InsecureSettings

    if not localneo4j.port_free(settings.api_port, settings.api_host):
        fail(f"port {settings.api_port} on {settings.api_host} is taken: is partnergraph "
             "already serving? (set API_PORT to use another)")
    try:
        app = create_app(settings)
    except InsecureSettings as exc:
        fail(str(exc))
    uvicorn.run(app, host=settings.api_host, port=settings.api_port, log_level="info")


def serve() -> None:
    """Serve the HTTP API (Neo4j must be reachable; the schema is applied first)."""
    from graph.schema import apply_schema

    settings = get_settings()
    with_driver(lambda d, s: apply_schema(driver=d, database=s.neo4j_database), settings)
    _serve(settings)


def curated(settings: Settings) -> list[Path]:
    """The curated folder review writes, loaded after data/seed when it holds records."""
    folder = settings.curated_dir
    return [folder] if folder.is_dir() and any(folder.glob("*.yaml")) else []


def up(
    data: Annotated[list[Path] | None, typer.Option(
        help="Datasets to load (default data/seed, then the curated folder CURATED_DIR).")]
    = None,
) -> None:
    """Bring the product up: Neo4j (local unless NEO4J_URI is set), schema, data, API.
    Ctrl-C stops the API and the Neo4j this command started."""
    from graph.schema import apply_schema
    from loaders import pipeline
    from loaders.errors import LoadError

    settings = get_settings()
    started = False
    if settings.managed:
        try:
            was_running = localneo4j.status(settings).running
            status = localneo4j.start(settings)
        except localneo4j.LocalNeo4jError as exc:
            fail(str(exc))
        started = not was_running
        console.print(f"Neo4j {status.version} on {status.bolt_uri} "
                      f"({'started' if started else 'already running'})")
    try:
        async def prepare(driver, s):
            await apply_schema(driver=driver, database=s.neo4j_database)
            paths = data or ([SEED] if SEED.exists() else []) + curated(s)
            return await pipeline.load(paths=paths, driver=driver, database=s.neo4j_database) \
                if paths else None

        try:
            report = with_driver(prepare, settings)
        except LoadError as exc:
            fail(str(exc))
        if report:
            console.print(f"loaded {report.records} records from {len(report.files)} file(s)")
        base = f"http://{settings.api_host}:{settings.api_port}"
        console.print(f"API:           {base}/  (docs: {base}/docs, explorer: {base}/explore)")
        if settings.managed:
            console.print(f"Neo4j Browser: http://127.0.0.1:{settings.neo4j_http_port}/browser/  "
                          f"(user {settings.neo4j_user}, password from NEO4J_PASSWORD; "
                          f"plays :play {base}/guide on connect)")
        console.print("Ctrl-C stops everything this command started.")
        # uvicorn shuts down on SIGTERM too, then raises it again with the handler found
        # before it: as an exit, not a kill, so that the Neo4j started here is stopped as
        # on Ctrl-C when a service manager stops the product.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
        _serve(settings)
    finally:
        if started:
            console.print("stopping Neo4j …")
            localneo4j.stop(settings)


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.command()(up)
