"""The managed Neo4j Browser loads nothing from the internet.

Neo4j Browser 5.24 reaches out on its own, whatever the server's settings say:
- its style sheet starts with `@import url(https://fonts.googleapis.com/...)`, fetched on
  every visit, before the Browser connects and learns any setting;
- once connected to a Community server it loads Segment's analytics library and Canny's
  feedback widget: it allows "outgoing connections" on Community unconditionally, and
  Community 5.26 refuses `browser.allow_outgoing_connections` in neo4j.conf;
- its Sentry client sends performance traces to sentry.io, which the crash-report
  setting does not stop.

So the install's Browser jar is rewritten once: the font import is dropped (the page then
uses the fonts it carries, Fira Code and Open Sans, and the system's sans-serif for
headings), the two scripts are pointed at an empty script inside the jar, which the
Browser's own Content-Security-Policy allows (it is 'self') and which loads without error,
and Sentry is given no address to send to.
With `client.allow_telemetry=false` the Browser then has nothing to send and nowhere to
send it. Only the Browser that partnergraph fetched into `<neo4j_home>/lib` is changed; a
Neo4j run elsewhere (Docker's image, a server of NEO4J_URI) serves its Browser unchanged."""

import os
import re
import zipfile
from pathlib import Path

#: Served by Neo4j at /browser/<name>, in place of the scripts from the internet.
STUB = "offline-stub.js"
STUB_TEXT = b"// Stands in for a script Neo4j Browser would load from the internet.\n"
#: What the Browser's bundles would fetch from the internet, and what replaces it.
REWRITES: list[tuple[re.Pattern[bytes], bytes]] = [
    (re.compile(rb"@import url\(https?://fonts\.googleapis\.com/[^)]*\);?"), b""),
    # The Segment snippet appends "<key>/analytics.min.js": a query string of the stub.
    (re.compile(rb'"https://cdn\.segment\.com/analytics\.js/v1/"'), b'"' + STUB.encode() + b'?"'),
    (re.compile(rb'"https://canny\.io/sdk\.js"'), b'"' + STUB.encode() + b'"'),
    # Sentry sends performance traces whatever the crash-report setting: no DSN, no Sentry.
    (re.compile(rb'"https://[0-9a-f]+@[a-z0-9.]+\.ingest\.sentry\.io/[0-9]+"'), b'""'),
]


def browser_jars(lib: Path) -> list[Path]:
    return sorted(lib.glob("neo4j-browser-*.jar"))


def _is_bundle(name: str) -> bool:
    return name.startswith("browser/") and name.endswith((".js", ".css"))


def reaches_out(archive: zipfile.ZipFile) -> bool:
    """Whether a Browser jar still holds anything that fetches from the internet."""
    return any(pattern.search(archive.read(info)) for info in archive.infolist()
               if _is_bundle(info.filename) for pattern, _ in REWRITES)


def make_offline(lib: Path) -> list[Path]:
    """Rewrite every Browser jar in `lib` that would fetch from the internet; returns the
    jars rewritten (none when done before). The new jar replaces the old one in one
    rename, so a server still running keeps reading the file it opened."""
    rewritten = []
    for jar in browser_jars(lib):
        with zipfile.ZipFile(jar) as source:
            if not reaches_out(source):
                continue
            partial = jar.with_name(jar.name + ".partial")
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as target:
                for info in source.infolist():
                    data = source.read(info)
                    if _is_bundle(info.filename):
                        for pattern, replacement in REWRITES:
                            data = pattern.sub(replacement, data)
                    if info.filename != f"browser/{STUB}":
                        target.writestr(info, data, compress_type=info.compress_type)
                target.writestr(f"browser/{STUB}", STUB_TEXT)
        os.replace(partial, jar)
        rewritten.append(jar)
    return rewritten
