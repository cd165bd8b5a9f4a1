"""What a test needs, read from the fixtures it uses and the code it runs, so that a new
test is marked without anyone remembering to:

- `neo4j`: it uses the database (a fixture built on `neo4j_settings`) or starts a Neo4j;
- `browser`: it drives Chromium (the `browser` fixture);
- `process`: it starts a server or a subprocess, in its own code, a fixture of its
  module or a helper of its module that it calls (conftest's fixtures are not read:
  they are covered by `neo4j`);
- `slow` is not inferred: a test says it itself (`@pytest.mark.slow`).
A test whose needs no rule can see marks itself (e.g. `pytestmark = pytest.mark.neo4j`)."""

import ast
import inspect
import textwrap
from collections.abc import Callable, Iterator
from types import ModuleType

import pytest

NEO4J_FIXTURES = frozenset({"neo4j_settings"})
BROWSER_FIXTURES = frozenset({"browser"})

#: Callables (module.qualname) that start a process or a server.
STARTS_PROCESS = frozenset({
    "subprocess.run", "subprocess.Popen", "subprocess.call", "subprocess.check_call",
    "subprocess.check_output", "posix.fork", "posix.system", "multiprocessing.context.Process",
    "uvicorn.server.Server", "uvicorn.main.run",
})
#: Suffixes of callables that start a Neo4j (wherever the module that manages it lives).
STARTS_NEO4J = (".localneo4j.start",)


def needs(item: pytest.Item) -> set[str]:
    found: set[str] = set()
    fixtures = set(getattr(item, "fixturenames", ()))
    if fixtures & NEO4J_FIXTURES:
        found.add("neo4j")
    if fixtures & BROWSER_FIXTURES:
        found.add("browser")
    module = getattr(item, "module", None)
    if module is None:
        return found
    for name in _called(module, _own_functions(item, module)):
        if name in STARTS_PROCESS:
            found.add("process")
        if name.endswith(STARTS_NEO4J):
            found |= {"process", "neo4j"}
    return found


def _own_functions(item: pytest.Item, module: ModuleType) -> list[Callable]:
    """The test function and the fixtures it uses that its own module defines."""
    functions = [item.function] if hasattr(item, "function") else []
    info = getattr(item, "_fixtureinfo", None)
    for defs in (info.name2fixturedefs.values() if info else ()):
        func = inspect.unwrap(defs[-1].func)
        if getattr(func, "__module__", None) == module.__name__:
            functions.append(func)
    return functions


def _called(module: ModuleType, functions: list[Callable]) -> Iterator[str]:
    """The dotted names of everything these functions, and the functions of the module they
    call, refer to by name or attribute."""
    seen: set[int] = set()
    stack = [inspect.unwrap(f) for f in functions]
    while stack:
        function = stack.pop()
        if id(function) in seen:
            continue
        seen.add(id(function))
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
        except (OSError, TypeError, SyntaxError):
            continue
        for node in ast.walk(tree):
            target = _resolve(module, node)
            if target is None:
                continue
            if inspect.isfunction(inspect.unwrap(target)) and \
                    inspect.unwrap(target).__module__ == module.__name__:
                stack.append(inspect.unwrap(target))
            elif (name := _dotted(target)) is not None:
                yield name


def _resolve(module: ModuleType, node: ast.AST) -> object | None:
    if isinstance(node, ast.Name):
        return vars(module).get(node.id)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        owner = vars(module).get(node.value.id)
        if isinstance(owner, ModuleType):
            return getattr(owner, node.attr, None)
    return None


def _dotted(obj: object) -> str | None:
    owner, name = getattr(obj, "__module__", None), getattr(obj, "__qualname__", None)
    return f"{owner}.{name}" if isinstance(owner, str) and isinstance(name, str) else None
