"""The layers, read from the imports of every module (all of them, lazy ones included):
the domain depends on nothing of the product, the graph layer on no loader or API, the
loaders on no API, and no router on another router (what routers share lives in api/)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("partnergraph", "graph", "api", "loaders", "bench", "cli", "server")

#: Modules under the first name import nothing under the names that follow. From the
#: bottom: the domain; the graph layer and the local server manager; the loaders (which
#: may drive the local server for a bulk import); the API; the CLI on top.
FORBIDDEN = {
    "partnergraph": ("api", "graph", "loaders", "cli", "server", "bench"),
    "server": ("api", "graph", "loaders", "cli", "bench"),
    "graph": ("loaders", "api", "cli", "bench"),
    "loaders": ("api", "cli", "bench"),
    "api": ("cli", "loaders", "bench"),
}
ROUTERS = "api.routers"


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


MODULES = _modules()


def _imports(module: str, path: Path) -> set[str]:
    """Every module this one imports: `from a import b` is a.b when a.b is a module."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
    return found


IMPORTS = {module: _imports(module, path) for module, path in MODULES.items()}


def _under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def upward_imports() -> set[tuple[str, str]]:
    return {(module, imported) for module, imported_set in IMPORTS.items()
            for layer, forbidden in FORBIDDEN.items() if _under(module, layer)
            for imported in imported_set if any(_under(imported, f) for f in forbidden)}


def router_imports() -> set[tuple[str, str]]:
    return {(module, imported) for module, imported_set in IMPORTS.items()
            if _under(module, ROUTERS) and module != ROUTERS
            for imported in imported_set
            if _under(imported, ROUTERS) and imported not in (ROUTERS, module)}


def test_every_package_is_read():
    assert {"partnergraph.settings", "graph.readonly", "api.app", "loaders.pipeline"} <= set(
        MODULES)
    assert ("api.app", "api.routers") in {(m, i) for m, s in IMPORTS.items() for i in s}


def test_no_layer_imports_a_layer_above_it():
    found = upward_imports()

    assert not found, "upward imports: " + ", ".join(f"{m} → {i}" for m, i in sorted(found))


def test_no_router_imports_another_router():
    found = router_imports()

    assert not found, ", ".join(f"{m} → {i}" for m, i in sorted(found))


@pytest.mark.parametrize(("module", "text", "rule"), [
    ("partnergraph.names", "from graph.driver import open_driver\n", "upward"),
    ("graph.facts", "def f():\n    from api import errors\n", "upward"),
    ("loaders.pipeline", "import api.app\n", "upward"),
    ("graph.bulk", "from loaders import pipeline\n", "upward"),
    ("api.routers.links", "from api.routers.cypher import EXAMPLES\n", "router"),
    ("api.routers.links", "from api.routers import cypher\n", "router"),
    ("api.routers.links", "from . import cypher\n", "router"),
])
def test_the_rules_see_a_new_import(module, text, rule, tmp_path, monkeypatch):
    """The checks are not blind: one more import line in a real module is caught."""
    path = tmp_path / MODULES[module].name
    path.write_text(MODULES[module].read_text(encoding="utf-8") + text, encoding="utf-8")
    monkeypatch.setitem(IMPORTS, module, _imports(module, path))

    found = upward_imports() if rule == "upward" else router_imports()

    assert {m for m, _ in found} == {module}
