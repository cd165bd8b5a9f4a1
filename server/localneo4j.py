"""Named local Neo4j instances that share one install fetched from Maven Central.

Install: `<neo4j_home>/lib` (server, Browser, APOC) and `<neo4j_home>/plugins` (APOC).
Instance `<name>`: `<neo4j_home>/instances/<name>/` with `conf/neo4j.conf` (rewritten from
Settings on every start), `data/`, `logs/`, `import/` and `run/neo4j.pid`. Instances differ
only by their ports, so the product (7687) and the tests (7688) never share a graph.
When NEO4J_URI is set nothing runs locally: `status` probes that server instead.
"""

import fcntl
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, DriverError, Neo4jError
from pydantic import BaseModel

from partnergraph import ROOT
from server import offline_browser
from partnergraph.settings import Settings

POM = ROOT / "server" / "pom.xml"
JAVA_MIN = 17
# The JVM flags Neo4j's own launcher script passes; we start the entry point directly.
JVM_FLAGS = [
    "-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow", "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024", "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true", "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
]
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
# Servers this process launched: polling them reaps their exit, so none lingers as a zombie.
_children: dict[int, subprocess.Popen] = {}


class LocalNeo4jError(RuntimeError):
    """Something the user can fix; the first line of the message says what."""


class Status(BaseModel):
    running: bool
    pid: int | None = None
    bolt_uri: str
    http_url: str | None = None
    browser_url: str | None = None
    version: str | None = None
    instance: str | None = None
    home: Path | None = None
    managed: bool = True
    problem: str | None = None  # why an external server did not answer


@dataclass(frozen=True)
class Fetched:
    home: Path
    version: str
    downloaded: bool


@dataclass(frozen=True)
class Paths:
    home: Path
    root: Path
    conf: Path
    data: Path
    logs: Path
    run: Path
    pid_file: Path
    console_log: Path


def paths(settings: Settings) -> Paths:
    """Where the install and the settings' instance live (nothing is created)."""
    if not _NAME.fullmatch(settings.neo4j_instance):
        raise LocalNeo4jError(f"instance name {settings.neo4j_instance!r} must be letters, "
                              "digits, '-' or '_'")
    home = settings.neo4j_home.expanduser().resolve()
    root = home / "instances" / settings.neo4j_instance
    return Paths(home=home, root=root, conf=root / "conf", data=root / "data",
                 logs=root / "logs", run=root / "run", pid_file=root / "run" / "neo4j.pid",
                 console_log=root / "logs" / "console.log")


def ensure_tools(*, maven: bool = True) -> None:
    """Fail with one line naming what to install when Java 17+ (or Maven) is missing."""
    java = shutil.which("java")
    if java is None:
        raise LocalNeo4jError(f"Java {JAVA_MIN}+ is needed to run Neo4j and `java` is not on "
                              "PATH: install a JDK/JRE 17 or newer (e.g. openjdk-17-jre-headless)")
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    found = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    major = int(found[2] if found and found[1] == "1" else found[1]) if found else 0
    if major < JAVA_MIN:
        raise LocalNeo4jError(f"Neo4j 5.26 needs Java {JAVA_MIN}+, but `java` on PATH is "
                              f"{found[0] if found else 'unrecognised'}: install Java 17 or newer")
    if maven and shutil.which("mvn") is None:
        raise LocalNeo4jError("Maven (`mvn`) is needed to fetch Neo4j from Maven Central and is "
                              "not on PATH: install Maven 3.8+ (e.g. the `maven` package)")


def _installed_version(home: Path) -> str | None:
    jars = sorted((home / "lib").glob("neo4j-[0-9]*.jar"))
    return jars[-1].name.removeprefix("neo4j-").removesuffix(".jar") if jars else None


def fetch(settings: Settings, *, force: bool = False) -> Fetched:
    """Copy Neo4j, the Browser and APOC from Maven Central (~/.m2 cache) unless present."""
    home = paths(settings).home
    version = _installed_version(home)
    if version and not force:
        return Fetched(home=home, version=version, downloaded=False)
    ensure_tools(maven=True)
    done = subprocess.run(
        ["mvn", "-B", "-q", "-f", str(POM), "package", f"-Dserver.home={home}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    version = _installed_version(home)
    if done.returncode != 0 or version is None:
        raise LocalNeo4jError(f"fetching Neo4j with Maven failed (exit {done.returncode}):\n"
                              + "\n".join(done.stdout.splitlines()[-30:]))
    return Fetched(home=home, version=version, downloaded=True)


def _conf(settings: Settings, p: Paths) -> str:
    bolt, http = f"127.0.0.1:{settings.neo4j_bolt_port}", f"127.0.0.1:{settings.neo4j_http_port}"
    api = f"http://127.0.0.1:{settings.api_port}"
    lines = [
        "# Written by partnergraph from its settings on every start: edits are overwritten.",
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        # Advertised = listen, so neo4j:// routing and the Browser reach this instance's port.
        f"server.bolt.listen_address={bolt}", f"server.bolt.advertised_address={bolt}",
        f"server.http.listen_address={http}", f"server.http.advertised_address={http}",
        "server.https.enabled=false",
        f"server.memory.heap.initial_size={settings.neo4j_heap}",
        f"server.memory.heap.max_size={settings.neo4j_heap}",
        f"server.memory.pagecache.size={settings.neo4j_pagecache}",
        "dbms.security.auth_enabled=true",
        # Without keep-alives while a request runs, the server sends drivers no receive
        # timeout hint, and the async driver then reads each Bolt chunk directly instead of
        # wrapping every read in a timed task (a fifth to a quarter of the API's CPU per
        # request). Every query has a transaction timeout of its own, so a read never waits
        # for ever; nothing but loopback lies between this server and its clients.
        "server.bolt.connection_keep_alive_for_requests=OFF",
        # Nothing leaves the machine: no usage reports, no Browser analytics, guides and
        # styles only from this machine (Community has no browser.allow_outgoing_connections).
        "dbms.usage_report.enabled=false",
        "client.allow_telemetry=false",
        "browser.remote_content_hostname_whitelist=localhost,127.0.0.1",
        f"browser.post_connect_cmd=style {api}/guide/partnergraph.grass; play {api}/guide",
        f"server.directories.plugins={p.home / 'plugins'}",
        f"server.directories.data={p.data}",
        f"server.directories.logs={p.logs}",
        f"server.directories.run={p.run}",
        f"server.directories.import={p.root / 'import'}",
        "dbms.security.procedures.unrestricted=apoc.*",
        "dbms.security.procedures.allowlist=apoc.*",
    ]
    if settings.neo4j_transaction_memory:
        lines.append(f"db.memory.transaction.max={settings.neo4j_transaction_memory}")
    return "\n".join(lines) + "\n"


def _cmdline(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
    except OSError:  # no /proc (macOS) or the process is gone
        out = subprocess.run(["ps", "-o", "command=", "-p", str(pid)],
                             capture_output=True, text=True).stdout
        return out.split()


def _alive(pid: int) -> bool:
    if pid in _children:
        return _children[pid].poll() is None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, owned by another user
    return True


def _running_pid(p: Paths) -> int | None:
    """The pid in the pid file, if that process lives and is this instance's server (a
    recycled pid belongs to some other program and must never be signalled)."""
    try:
        pid = int(p.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    mine = f"--config-dir={p.conf}"
    return pid if _alive(pid) and mine in _cmdline(pid) else None


def port_free(port: int, host: str = "127.0.0.1") -> bool:
    """Whether a server could listen on host:port now (nothing else holds it)."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


@contextmanager
def _locked(p: Paths) -> Iterator[None]:
    """One start/stop at a time per instance (two test sessions may start it together)."""
    p.run.mkdir(parents=True, exist_ok=True)
    with open(p.run / "lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _probe(uri: str, settings: Settings, *, timeout: float = 3.0) -> str:
    """The server's version; raises the driver's exception when it does not answer."""
    auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    # The driver logs a failed routing lookup at ERROR, which Python prints to stderr when
    # no logging is configured; a probe expects failures and reports them itself.
    quiet = logging.NullHandler()
    logging.getLogger("neo4j").addHandler(quiet)
    try:
        with GraphDatabase.driver(uri, auth=auth, connection_timeout=timeout,
                                  connection_acquisition_timeout=timeout) as driver:
            driver.verify_connectivity()
            return driver.get_server_info().agent.split("/")[-1]
    finally:
        logging.getLogger("neo4j").removeHandler(quiet)


def _tail(p: Paths, lines: int = 30) -> str:
    parts = []
    for log in (p.logs / "neo4j.log", p.console_log):
        text = log.read_text(errors="replace").strip() if log.exists() else ""
        if re.search(r"\w", text):
            parts.append(f"--- last lines of {log}:\n" + "\n".join(text.splitlines()[-lines:]))
    return "\n".join(parts) or f"(nothing logged in {p.logs})"


def status(settings: Settings) -> Status:
    if not settings.managed:
        try:
            return Status(running=True, bolt_uri=settings.bolt_uri, managed=False,
                          version=_probe(settings.bolt_uri, settings))
        except AuthError:
            return Status(running=True, bolt_uri=settings.bolt_uri, managed=False,
                          problem=f"refused user {settings.neo4j_user!r}: check NEO4J_USER / "
                          "NEO4J_PASSWORD")
        except (DriverError, Neo4jError, OSError) as exc:
            return Status(running=False, bolt_uri=settings.bolt_uri, managed=False,
                          problem=f"does not answer ({type(exc).__name__}: {exc})")
    p = paths(settings)
    pid = _running_pid(p)
    http = f"http://127.0.0.1:{settings.neo4j_http_port}"
    version = None
    if pid is not None:
        try:
            version = _probe(settings.bolt_uri, settings)
        except (DriverError, Neo4jError, OSError):
            pass  # still starting, or the password changed: running, version unknown
    return Status(running=pid is not None, pid=pid, bolt_uri=settings.bolt_uri, http_url=http,
                  browser_url=f"{http}/browser/", version=version,
                  instance=settings.neo4j_instance, home=p.home)


def _java_env(p: Paths) -> dict[str, str]:
    return {**os.environ, "NEO4J_HOME": str(p.home), "NEO4J_CONF": str(p.conf)}


def _set_initial_password(settings: Settings, p: Paths) -> None:
    done = subprocess.run(
        ["java", "-cp", f"{p.home / 'lib'}/*", "org.neo4j.cli.AdminTool", "dbms",
         "set-initial-password", settings.neo4j_password.get_secret_value()],
        env=_java_env(p), cwd=p.root, capture_output=True, text=True, timeout=120,
    )
    if done.returncode != 0:  # Java's stack frames bury the message: keep the rest
        out = [line for line in (done.stdout + done.stderr).splitlines()
               if line.strip() and not re.match(r"\s+(at |\.\.\. \d+ more)", line)]
        raise LocalNeo4jError("setting Neo4j's initial password failed:\n"
                              + "\n".join(out[:10]))


def _wait_until_ready(settings: Settings, p: Paths, pid: int) -> None:
    deadline = time.monotonic() + settings.neo4j_start_timeout
    while True:
        if not _alive(pid):
            raise LocalNeo4jError(f"Neo4j instance {settings.neo4j_instance!r} exited during "
                                  f"start-up\n{_tail(p)}")
        try:
            _probe(settings.bolt_uri, settings, timeout=2.0)
            return
        except AuthError as exc:  # retrying would lock the account; the data is older
            raise LocalNeo4jError(
                f"Neo4j instance {settings.neo4j_instance!r} refused user "
                f"{settings.neo4j_user!r}: its data was created with another password; set "
                f"NEO4J_PASSWORD to that one or delete {p.data} to start afresh") from exc
        except (DriverError, Neo4jError, OSError):
            pass  # not listening yet, or its databases are still starting
        if time.monotonic() > deadline:
            raise LocalNeo4jError(
                f"Neo4j instance {settings.neo4j_instance!r} did not answer on "
                f"{settings.bolt_uri} within {settings.neo4j_start_timeout:.0f} s (raise "
                f"NEO4J_START_TIMEOUT on a slow machine)\n{_tail(p)}")
        time.sleep(0.5)


def start(settings: Settings, *, wait: bool = True) -> Status:
    """Start the instance unless it runs already; with `wait`, return once Bolt answers."""
    if not settings.managed:
        return status(settings)
    p = paths(settings)
    with _locked(p):
        pid = _running_pid(p)
        launched = pid is None
        if pid is None:
            pid = _launch(settings, p)
        if wait:
            try:
                _wait_until_ready(settings, p, pid)
            except LocalNeo4jError:
                if launched:  # leave no half-started server behind; never stop another's
                    _terminate(pid, timeout=30)
                    p.pid_file.unlink(missing_ok=True)
                raise
    return status(settings)


def _launch(settings: Settings, p: Paths) -> int:
    ensure_tools(maven=_installed_version(p.home) is None)
    fetch(settings)
    offline_browser.make_offline(p.home / "lib")
    for what, port in (("Bolt", settings.neo4j_bolt_port), ("HTTP", settings.neo4j_http_port)):
        if not port_free(port):
            raise LocalNeo4jError(
                f"port {port} ({what}) on 127.0.0.1 is taken by another program or instance, "
                f"so Neo4j instance {settings.neo4j_instance!r} cannot start: stop that "
                f"program or set NEO4J_{what.upper()}_PORT")
    for folder in (p.conf, p.data, p.logs, p.root / "import"):
        folder.mkdir(parents=True, exist_ok=True)
    (p.conf / "neo4j.conf").write_text(_conf(settings, p))
    if not (p.data / "databases" / "system").exists():  # the password only counts before
        _set_initial_password(settings, p)
    heap = settings.neo4j_heap
    cmd = ["java", f"-Xms{heap}", f"-Xmx{heap}", *JVM_FLAGS, "-cp", f"{p.home / 'lib'}/*",
           "org.neo4j.server.CommunityEntryPoint", f"--home-dir={p.home}",
           f"--config-dir={p.conf}"]
    with open(p.console_log, "w") as console:
        # Its own session: Ctrl-C in the terminal that started it does not reach it, and
        # stop() can signal the whole process group.
        child = subprocess.Popen(cmd, env=_java_env(p), cwd=p.root, stdin=subprocess.DEVNULL,
                                 stdout=console, stderr=subprocess.STDOUT,
                                 start_new_session=True)
    _children[child.pid] = child
    p.pid_file.write_text(f"{child.pid}\n")
    return child.pid


def _terminate(pid: int, *, timeout: float) -> None:
    """SIGTERM the server's process group (Neo4j then shuts down cleanly), SIGKILL late."""
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10.0)):
        try:
            os.killpg(pid, sig)  # launched with its own session: pid is its group id
        except ProcessLookupError:
            if not _alive(pid):
                return
            os.kill(pid, sig)  # not a group leader (launched by other means)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if not _alive(pid):
                return
            time.sleep(0.2)


def stop(settings: Settings, *, timeout: float = 60) -> bool:
    """Stop the instance; False when it was not running (or NEO4J_URI is set)."""
    if not settings.managed:
        return False
    p = paths(settings)
    if not p.root.exists():  # never started: nothing to stop, and no folder to create
        return False
    with _locked(p):
        pid = _running_pid(p)
        if pid is not None:
            _terminate(pid, timeout=timeout)
            _children.pop(pid, None)
        p.pid_file.unlink(missing_ok=True)
    return pid is not None


def import_full(settings: Settings, *, nodes: list[Path], relationships: list[Path],
                options: tuple[str, ...] = (), timeout: float = 6 * 3600) -> str:
    """Replace the instance's database by `neo4j-admin database import full` of these CSV
    files (the fastest first load Neo4j offers): the server is stopped for the import and
    started again after it. Returns the tool's output."""
    if not settings.managed:
        raise LocalNeo4jError("a bulk import runs on the managed Neo4j only: NEO4J_URI names "
                              "a server partnergraph does not run (use `partnergraph load`)")
    p = paths(settings)
    ensure_tools(maven=_installed_version(p.home) is None)
    fetch(settings)
    stop(settings)
    with _locked(p):
        for folder in (p.conf, p.data, p.logs, p.root / "import"):
            folder.mkdir(parents=True, exist_ok=True)
        (p.conf / "neo4j.conf").write_text(_conf(settings, p))
        cmd = ["java", f"-Xmx{settings.neo4j_heap}", "-cp", f"{p.home / 'lib'}/*",
               "org.neo4j.cli.AdminTool", "database", "import", "full",
               settings.neo4j_database, "--overwrite-destination",
               *(f"--nodes={n}" for n in nodes), *(f"--relationships={r}" for r in relationships),
               *options]
        done = subprocess.run(cmd, env=_java_env(p), cwd=p.root, capture_output=True,
                              text=True, timeout=timeout)
    if done.returncode != 0:
        out = [line for line in (done.stdout + done.stderr).splitlines()
               if line.strip() and not re.match(r"\s+(at |\.\.\. \d+ more)", line)]
        raise LocalNeo4jError(f"neo4j-admin database import failed (exit {done.returncode}):\n"
                              + "\n".join(out[-20:]))
    start(settings)
    return done.stdout
