"""`partnergraph neo4j fetch|start|stop|status`: the local Neo4j partnergraph runs itself
(when NEO4J_URI is set, start/stop leave that server alone and status probes it)."""

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from cli.common import err
from partnergraph.settings import DEV_PASSWORD, Settings, get_settings
from server import localneo4j

app = typer.Typer(help="The local Neo4j server (Bolt, Neo4j Browser, APOC).",
                  no_args_is_help=True)
AsJson = Annotated[bool, typer.Option("--json", help="Print the status as JSON.")]
# soft_wrap: a message stays one line however narrow the terminal (or pipe) is.
console = Console(soft_wrap=True, highlight=False)


def _fail(exc: localneo4j.LocalNeo4jError) -> None:
    # Log tails hold [brackets] that rich would take for markup.
    err.print(f"[bold red]error:[/] {escape(str(exc))}", soft_wrap=True, highlight=False)
    raise typer.Exit(1)


def _headline(status: localneo4j.Status, settings: Settings, state: str) -> str:
    if not status.managed:
        where = f"Neo4j at {status.bolt_uri} (NEO4J_URI, not managed here)"
        return f"{where}: {status.version} answers" if status.version \
            else f"{where} {status.problem}"
    if not status.running:
        return (f"Neo4j instance {settings.neo4j_instance!r} is not running "
                "(start it with `partnergraph neo4j start`)")
    version = f"Neo4j {status.version}" if status.version else "Neo4j (still starting)"
    return f"{version} {state} (instance {status.instance!r}, pid {status.pid})"


def _print(status: localneo4j.Status, settings: Settings, as_json: bool, state: str) -> None:
    if as_json:
        print(json.dumps(status.model_dump(mode="json"), indent=2))
        return
    console.print(escape(_headline(status, settings, state)))
    if not status.version:
        return
    secret = settings.neo4j_password.get_secret_value()
    password = f"password {DEV_PASSWORD}" if secret == DEV_PASSWORD else "password NEO4J_PASSWORD"
    console.print(f"  Bolt:          {status.bolt_uri}  (user {settings.neo4j_user}, {password})")
    if status.browser_url:
        console.print(f"  Neo4j Browser: {status.browser_url}")
    if status.home and status.instance:
        console.print(f"  Logs:          {status.home / 'instances' / status.instance / 'logs'}")


@app.command()
def fetch(force: Annotated[bool, typer.Option(help="Fetch again even if installed.")] = False
          ) -> None:
    """Fetch Neo4j 5.26, Neo4j Browser and APOC from Maven Central (first time ~140 MB)."""
    settings = get_settings()
    try:
        with console.status("fetching Neo4j with Maven …"):
            done = localneo4j.fetch(settings, force=force)
    except localneo4j.LocalNeo4jError as exc:
        _fail(exc)
    state = "fetched into" if done.downloaded else "already installed in"
    console.print(f"Neo4j {done.version} {state} {done.home}")


@app.command()
def start(as_json: AsJson = False) -> None:
    """Start the local Neo4j (fetching it first if needed) and wait until Bolt answers."""
    settings = get_settings()
    try:
        was_running = localneo4j.status(settings).running
        with console.status("starting Neo4j …"):
            status = localneo4j.start(settings)
    except localneo4j.LocalNeo4jError as exc:
        _fail(exc)
    if not settings.managed and status.problem:  # nothing to start, and nothing usable
        _fail(localneo4j.LocalNeo4jError(f"NEO4J_URI is set and {status.bolt_uri} "
                                         f"{status.problem}"))
    _print(status, settings, as_json, "already running" if was_running else "started")


@app.command()
def stop() -> None:
    """Stop the local Neo4j (SIGTERM, then SIGKILL after a minute)."""
    settings = get_settings()
    if not settings.managed:
        console.print(f"NEO4J_URI is set ({settings.bolt_uri}): nothing local to stop")
        return
    try:
        stopped = localneo4j.stop(settings)
    except localneo4j.LocalNeo4jError as exc:
        _fail(exc)
    name = f"Neo4j instance {settings.neo4j_instance!r}"
    console.print(f"{name} stopped" if stopped else f"{name} was not running")


@app.command()
def status(as_json: AsJson = False) -> None:
    """Is Neo4j running, which version, and where are Bolt and Neo4j Browser."""
    settings = get_settings()
    try:
        result = localneo4j.status(settings)
    except localneo4j.LocalNeo4jError as exc:
        _fail(exc)
    _print(result, settings, as_json, "running")
