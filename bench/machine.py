"""What a figure was measured on: CPU, memory, load, Python, Neo4j, the driver and
whether its Rust extension is installed."""

import json
import os
import platform
import resource
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from neo4j import GraphDatabase

from partnergraph.settings import Settings


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gib() -> float:
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        return round(kib / 1024 / 1024, 1)
    except (OSError, ValueError, IndexError):
        return 0.0


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _neo4j_version(settings: Settings) -> str:
    auth = (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    with GraphDatabase.driver(settings.bolt_uri, auth=auth) as driver:
        return driver.get_server_info().agent


def describe(settings: Settings | None = None) -> dict[str, Any]:
    settings = settings or Settings()
    try:
        server = _neo4j_version(settings)
    except Exception as exc:  # noqa: BLE001 - the machine is still worth printing
        server = f"unreachable ({type(exc).__name__})"
    return {
        "cpu": _cpu(), "cores": os.cpu_count(), "ram_gib": _ram_gib(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "python": sys.version.split()[0], "neo4j_server": server,
        "neo4j_heap": settings.neo4j_heap, "neo4j_pagecache": settings.neo4j_pagecache,
        "driver": _version("neo4j"), "rust_ext": _version("neo4j-rust-ext") or "no",
    }


def peak_rss_mib(children: bool = False) -> float:
    """Peak resident memory of this process (or of its largest finished child)."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # Linux reports KiB


def show(title: str, machine: dict[str, Any], figures: dict[str, Any]) -> None:
    print(f"== {title}")
    print("machine: " + json.dumps(machine, ensure_ascii=False))
    print(json.dumps(figures, indent=2, ensure_ascii=False, default=str))
