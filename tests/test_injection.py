"""Cypher injection, through every query parameter and path segment of every endpoint the
app's OpenAPI document lists: each hostile string gets a 4xx or a correct empty answer,
never a 500, and the graph is exactly as it was. Two proofs that no request value ever
becomes Cypher text: every query the API sends while under attack is a cypher/ file's
text (slots filled only with enum members), and no module of graph/ or api/ builds Cypher
with f-strings, format, % or +."""

import ast
import re
from pathlib import Path
from urllib.parse import quote

import neo4j
import pytest

from api.app import create_app
from graph import cypher
from graph.model import Label, Rel

ROOT = Path(__file__).resolve().parent.parent

#: None of these names a partner, item, document or place of the mini dataset.
PAYLOADS = [
    "' OR 1=1 //",
    '" OR ""="',
    "x' }) MATCH (n) DETACH DELETE n //",
    "x\"}) DETACH DELETE n RETURN 1 //",
    "`Partner`",
    "x`) CREATE (:Evil) //",
    "}) RETURN 1 UNION MATCH (n) RETURN n //",
    "// comment",
    "/* comment */ MATCH (n) RETURN n",
    "; MATCH (n) DETACH DELETE n",
    "CALL dbms.killConnections([])",
    "CALL apoc.cypher.runWrite('CREATE (:Evil)', {})",
    "$id",
    "{id: 'x'}",
    "\\' OR 1=1 //",
    "\u02bc OR 1=1 //",             # modifier letter apostrophe, an apostrophe look-alike
    "\uff07}) MATCH (n) DETACH DELETE n //",  # fullwidth apostrophe
    "\u2018 OR \u2019\u2019=\u2019",  # curly quotes
    "\uff23\uff32\uff25\uff21\uff34\uff25 (:Evil)",  # fullwidth CREATE
    "\u0060\u02cb\u2035",           # backtick and look-alikes
    "x\u2028MATCH (n) DETACH DELETE n",
    "x\x00MATCH (n) DETACH DELETE n",
    "\x00",
    "../../etc/passwd",
    "%27%20OR%201%3D1",
    "a" * 10_000,
]
#: The values that stand in for a parameter while another one is attacked.
VALID = {"from": "kasama", "to": "hope-bridge", "id": "kasama", "source": "Partner:kasama",
         "type": "PART_OF", "target": "Partner:hope-bridge"}
#: Parameters whose 200 answer is a search: fuzzy hits are a correct answer to any text.
SEARCHES = {("/partners", "q"), ("/items", "q")}


def targets(app) -> list[tuple[str, str, str, list[dict]]]:
    """(method, path template, parameter, all parameters) for every parameter of every
    operation in the OpenAPI document."""
    found = []
    for path, operations in app.openapi()["paths"].items():
        for method, operation in operations.items():
            params = operation.get("parameters", [])
            for param in params:
                found.append((method, path, param["name"], params))
    return found


def request(client, method: str, path: str, attacked: str, value: str, params: list[dict]):
    query, url = {}, path
    for param in params:
        name = param["name"]
        if name == attacked:
            given = value
        elif param.get("required"):
            assert name in VALID, f"{method} {path}: give {name!r} a value in VALID"
            given = VALID[name]
        else:
            continue
        if param["in"] == "path":
            url = url.replace("{" + name + "}", quote(given, safe=""))
        else:
            query[name] = given
    return client.request(method.upper(), url, params=query)


TARGETS = targets(create_app())


def test_every_endpoint_with_parameters_is_attacked():
    attacked = {path for _, path, _, _ in TARGETS}
    with_params = {path for path, ops in create_app().openapi()["paths"].items()
                   for op in ops.values() if op.get("parameters")}

    assert attacked == with_params and len(TARGETS) >= 20


@pytest.mark.parametrize("method,path,name,params", TARGETS,
                         ids=[f"{m.upper()} {p} {n}" for m, p, n, _ in TARGETS])
def test_hostile_strings_get_a_4xx_or_an_empty_answer(client, mini_graph, method, path, name,
                                                      params):
    before = mini_graph.stats()

    answers = [(payload, request(client, method, path, name, payload, params))
               for payload in PAYLOADS]

    for payload, response in answers:
        assert response.status_code < 500, (payload, response.text)
        if response.status_code == 200 and (path, name) not in SEARCHES:
            body = response.json() if "json" in response.headers["content-type"] else None
            assert isinstance(body, dict), (payload, response.text[:200])
            # A filter on an unknown value matches nothing; it never widens the answer.
            for key in ("items", "nodes", "edges", "rows", "paths"):
                assert not body.get(key), (payload, key, response.text[:300])
    assert mini_graph.stats() == before


@pytest.mark.parametrize("payload", PAYLOADS[:-1])
def test_hostile_cypher_parameters_are_only_values(client, mini_graph, payload):
    """Through POST /cypher's `parameters` a hostile string is a value like any other."""
    before = mini_graph.stats()

    response = client.post("/cypher", json={
        "query": "MATCH (p:Partner) WHERE p.id = $id OR p.name = $id RETURN p.id AS id",
        "parameters": {"id": payload}})

    assert response.status_code == 200, response.text
    assert response.json()["rows"] == []
    assert mini_graph.stats() == before


# --- No request value becomes Cypher text ------------------------------------------------

def _file_patterns() -> list[re.Pattern]:
    """Each cypher/ file's text as a pattern where a `{slot}` may only be an enum member."""
    members = "|".join(sorted({re.escape(str(m)) for e in (Label, Rel) for m in e}, key=len,
                              reverse=True))
    patterns = []
    for file in sorted(cypher.CYPHER_DIR.rglob("*.cypher")):
        text = re.escape(file.read_text(encoding="utf-8"))
        text = re.sub(r"\\\{[a-z_]+\\\}", f"(?:{members})", text)
        patterns.append(re.compile(text, re.DOTALL))
    return patterns


@pytest.fixture
def sent_queries(monkeypatch) -> list[str]:
    """Every query text the neo4j driver is asked to run, by any of its entry points."""
    sent: list[str] = []

    def recording(original):
        def run(self, query, *args, **kwargs):
            sent.append(query.text if isinstance(query, neo4j.Query) else str(query))
            return original(self, query, *args, **kwargs)
        return run

    for cls, method in ((neo4j.AsyncDriver, "execute_query"), (neo4j.AsyncSession, "run"),
                        (neo4j.AsyncManagedTransaction, "run"),
                        (neo4j.AsyncTransaction, "run")):
        monkeypatch.setattr(cls, method, recording(getattr(cls, method)))
    return sent


def test_every_query_sent_under_attack_is_a_cypher_file(client, mini_graph, sent_queries):
    for method, path, name, params in TARGETS:
        for payload in PAYLOADS:
            request(client, method, path, name, payload, params)
    patterns = _file_patterns()

    assert len(sent_queries) > len(TARGETS)
    strays = {q for q in sent_queries if not any(p.fullmatch(q) for p in patterns)}
    assert not strays, sorted(strays)[:3]


#: Where Cypher text is built from pieces on purpose, and why that is safe.
ALLOWED = {
    # POST /cypher EXPLAINs the caller's own query: that endpoint runs Cypher by design,
    # read-only, checked by the plan (tests/test_api_cypher.py).
    ("graph/readonly.py", "EXPLAIN "),
}
_CYPHER_WORDS = re.compile(r"\b(MATCH|RETURN|CREATE|MERGE|UNWIND|CALL|WHERE|DELETE|DETACH|"
                           r"SET|REMOVE|EXPLAIN|PROFILE|LOAD CSV|OPTIONAL|WITH|YIELD)\b")


def _built_strings(tree: ast.AST):
    """String constants that take part in building a string: f-strings, `+`, `%`,
    `.format()` and `.join()`."""
    for node in ast.walk(tree):
        parts: list[ast.AST] = []
        if isinstance(node, ast.JoinedStr):
            parts = list(node.values)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
            parts = [node.left, node.right]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("format", "join", "replace"):
            parts = [node.func.value]
        for part in parts:
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                yield node.lineno, part.value


def test_no_module_builds_cypher_from_pieces():
    modules = sorted((ROOT / "graph").glob("*.py")) + sorted((ROOT / "api").rglob("*.py"))
    found = []
    for module in modules:
        rel = module.relative_to(ROOT).as_posix()
        if rel == "graph/cypher.py":  # fills {slots} with enum members only (checked there)
            continue
        for line, text in _built_strings(ast.parse(module.read_text(encoding="utf-8"))):
            if _CYPHER_WORDS.search(text) and (rel, text) not in ALLOWED:
                found.append(f"{rel}:{line}: {text!r}")

    assert len(modules) > 10
    assert not found, found


def test_the_scan_catches_cypher_built_from_a_request_value():
    """The rule above can fail: a query glued to a value is caught."""
    sample = ast.parse('q = f"MATCH (p:Partner {{id: \'{ref}\'}}) RETURN p"\n'
                       'r = "MATCH (n) WHERE n.id = \'" + ref + "\' RETURN n"\n')

    assert len([t for _, t in _built_strings(sample) if _CYPHER_WORDS.search(t)]) == 4


def test_slots_take_only_enum_members():
    with pytest.raises(TypeError):
        cypher.render.__wrapped__("queries/graph_neighbourhood", label="Partner) DETACH DELETE (n")
