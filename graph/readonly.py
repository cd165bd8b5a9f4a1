"""Read-only Cypher for power users (POST /cypher).

A query is first EXPLAINed: it runs only if Neo4j plans it as a pure read (query type
"r"), its plan loads nothing from files or URLs (LOAD CSV), and every procedure it calls
is a READ procedure that stays inside the transaction. It then runs in a READ transaction
with a timeout, and at most `row_limit` rows come back. The READ transaction is the second
line: Neo4j itself refuses a write in it."""

import re
from typing import Any

from neo4j import (
    READ_ACCESS,
    AsyncDriver,
    AsyncManagedTransaction,
    Query,
    RoutingControl,
    unit_of_work,
)
from neo4j.exceptions import DriverError, Neo4jError

from graph import cypher
from graph.driver import eager, not_retried_when_too_large
from graph.errors import Invalid, Refused, TimedOut, Unavailable, is_timeout
from graph.export import jsonable
from partnergraph.domain.views_links import CypherResult

MAX_QUERY_LENGTH = 10_000


# --- What the plan may not contain ------------------------------------------------------

#: Plan operators (without their "@runtime" suffix) → the clause that planned them.
_WRITE_OPERATORS = {
    "Create": "CREATE", "Merge": "MERGE", "LockingMerge": "MERGE", "Foreach": "FOREACH",
    "RemoveLabels": "REMOVE", "LoadCSV": "LOAD CSV",
    "TransactionForeach": "CALL {} IN TRANSACTIONS",
    "TransactionApply": "CALL {} IN TRANSACTIONS",
}
_WRITE_PREFIXES = (("Set", "SET"), ("DetachDelete", "DETACH DELETE"), ("Delete", "DELETE"),
                   ("Remove", "REMOVE"), ("Merge", "MERGE"), ("Create", "CREATE"),
                   ("Drop", "DROP"))
#: Operators that reach outside the query's READ transaction even in a read query.
_OUTSIDE_OPERATORS = {
    "LoadCSV": "LOAD CSV reads files and URLs",
    "TransactionApply": "CALL {} IN TRANSACTIONS commits transactions of its own",
    "TransactionForeach": "CALL {} IN TRANSACTIONS commits transactions of its own",
}
#: Commands that show or end other users' work, or the server's configuration.
_COMMAND_OPERATORS = {
    "ShowTransactions": "SHOW TRANSACTIONS", "TerminateTransactions": "TERMINATE TRANSACTIONS",
    "ShowSettings": "SHOW SETTINGS", "ShowUsers": "SHOW USERS", "ShowCurrentUser": "SHOW USERS",
    "ShowRoles": "SHOW ROLES", "ShowPrivileges": "SHOW PRIVILEGES",
    "ShowDatabases": "SHOW DATABASES", "ShowDatabase": "SHOW DATABASES",
    "ShowServers": "SHOW SERVERS", "ShowAliases": "SHOW ALIASES",
    "AdministrationCommand": "this administration command",
}
#: READ procedures and functions that nonetheless reach outside the transaction: they run
#: Cypher from a string (beyond this check), start other transactions, touch files, URLs,
#: logs or the server's configuration, or sleep.
_DENIED_CALLS = (
    "apoc.cypher.", "apoc.when", "apoc.case", "apoc.do.", "apoc.periodic.", "apoc.load.",
    "apoc.import.", "apoc.export.", "apoc.log.", "apoc.trigger.", "apoc.systemdb.",
    "apoc.custom.", "apoc.uuid.", "apoc.util.sleep", "apoc.lock.", "apoc.config.",
    "apoc.spatial.", "apoc.warmup.", "apoc.metrics.", "apoc.model.", "apoc.mongo",
    "apoc.es.", "apoc.redis.", "apoc.couchbase.", "apoc.bolt.", "apoc.dv.", "apoc.vectordb.",
    "apoc.ml.", "apoc.static.", "apoc.monitor.", "apoc.graph.fromcypher", "dbms.", "tx.",
    "db.create", "db.stats.collect", "db.stats.clear", "db.stats.stop", "db.resample",
    "db.prepareforreplanning", "db.clearquerycaches",
)
_CALL_NAME = re.compile(r"([A-Za-z_`][\w`]*(?:\s*\.\s*[A-Za-z_`][\w`]*)+)\s*\(")
#: Only to name the clause in a refusal when the plan does not.
_KEYWORDS = re.compile(
    r"(?<![\w.$`])(CREATE\s+(?:OR\s+REPLACE\s+)?(?:USER|ROLE|DATABASE|ALIAS|COMPOSITE\s+DATABASE|"
    r"(?:RANGE\s+|TEXT\s+|POINT\s+|LOOKUP\s+|FULLTEXT\s+|VECTOR\s+|BTREE\s+)?INDEX|CONSTRAINT)|"
    r"(?:DROP|ALTER|RENAME)\s+\w+|GRANT|DENY|REVOKE|START\s+DATABASE|STOP\s+DATABASE|"
    r"ENABLE\s+SERVER|DEALLOCATE|REALLOCATE|TERMINATE\s+TRANSACTIONS?|"
    r"SHOW\s+(?:CURRENT\s+USER|USERS?|ROLES?|PRIVILEGES|(?:USER|ROLE)\s+\w+\s+PRIVILEGES|"
    r"TRANSACTIONS?|SETTINGS?|DATABASES?|SERVERS?|ALIASES)|"
    r"LOAD\s+CSV|IN\s+TRANSACTIONS|DETACH\s+DELETE|CREATE|MERGE|SET|DELETE|REMOVE|FOREACH)\b",
    re.IGNORECASE,
)
_ADMIN = re.compile(r"^(CREATE\s+(OR\s+REPLACE\s+)?(USER|ROLE|DATABASE|ALIAS|COMPOSITE)|"
                    r"(DROP|ALTER|RENAME)\s+(USER|ROLE|DATABASE|ALIAS|SERVER|COMPOSITE)|"
                    r"GRANT|DENY|REVOKE|START|STOP|ENABLE|DEALLOCATE|REALLOCATE|SHOW|TERMINATE)",
                    re.IGNORECASE)
_SCHEMA = re.compile(r"INDEX|CONSTRAINT", re.IGNORECASE)


def _operators(plan: dict[str, Any] | None):
    """Every operator of a plan tree: (name without its runtime suffix, its arguments)."""
    stack = [plan] if plan else []
    while stack:
        node = stack.pop()
        name = str(node.get("operatorType") or node.get("operator_type") or "")
        yield name.split("@", 1)[0], node.get("args") or {}
        stack.extend(node.get("children") or [])


def _clause(operator: str) -> str | None:
    if operator in _WRITE_OPERATORS:
        return _WRITE_OPERATORS[operator]
    for prefix, clause in _WRITE_PREFIXES:
        if operator.startswith(prefix):
            return clause
    return None


def _first_keyword(query: str) -> str | None:
    found = _KEYWORDS.search(_without_strings_and_comments(query))
    return re.sub(r"\s+", " ", found.group(1)).upper() if found else None


def _without_strings_and_comments(query: str) -> str:
    return re.sub(r"//[^\n]*|/\*.*?\*/|'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", " ", query,
                  flags=re.DOTALL)


def _call_names(text: str) -> list[str]:
    """Qualified names called in a text (procedures and namespaced functions), in order,
    lower case, without backticks."""
    return [re.sub(r"[\s`]", "", m).lower() for m in _CALL_NAME.findall(text)]


def _kind_of(keyword: str) -> str:
    if _ADMIN.match(keyword):
        return "an administration command"
    if _SCHEMA.search(keyword):
        return "a schema command"
    if keyword in ("LOAD CSV",):
        return "not allowed: it reads files and URLs"
    return "a write"


def refusal(keyword: str) -> str:
    """The 403 message: "this endpoint is read-only: CREATE is a write"."""
    if keyword.startswith("this "):  # the clause could not be named
        return f"this endpoint is read-only: {keyword} is not allowed"
    return f"this endpoint is read-only: {keyword} is {_kind_of(keyword)}"


def check_plan(query: str, query_type: str | None, plan: dict[str, Any] | None,
               procedure_modes: dict[str, str]) -> None:
    """Raise Refused unless the EXPLAINed query only reads the graph. Pure: the EXPLAIN
    summary's query type and plan, and the server's procedures with their modes."""
    operators = list(_operators(plan))
    for operator, args in operators:
        if operator == "ProcedureCall":
            details = str(args.get("Details") or args.get("Signature") or "")
            names = _call_names(details)
            if not names:
                raise Refused("this endpoint is read-only: it calls a procedure it cannot name")
            _check_procedure(names[0], procedure_modes)
    if query_type == "s":  # schema and administration commands
        raise Refused(refusal(_first_keyword(query) or "this command"))
    for operator, _ in operators:
        if operator in _OUTSIDE_OPERATORS:
            raise Refused(f"this endpoint is read-only: {_OUTSIDE_OPERATORS[operator]}")
        if operator in _COMMAND_OPERATORS:
            raise Refused(refusal(_first_keyword(query) or _COMMAND_OPERATORS[operator]))
        if clause := _clause(operator):
            raise Refused(refusal(_first_keyword(query) or clause))
    if query_type != "r":
        raise Refused(refusal(_first_keyword(query) or "this query"))
    details = " ".join(str(v) for _, args in operators for v in args.values())
    for name in _call_names(details) + _call_names(_without_strings_and_comments(query)):
        if name.startswith(_DENIED_CALLS):
            raise Refused(f"this endpoint is read-only: {name} reaches outside the "
                          "transaction (other transactions, files, URLs or the server)")


#: Procedure modes that only read (DEFAULT is what a procedure declaring no mode gets).
_READ_MODES = frozenset({"READ", "DEFAULT"})


def _check_procedure(name: str, modes: dict[str, str]) -> None:
    mode = modes.get(name)
    if mode is None:
        raise Refused(f"this endpoint is read-only: {name} is not a procedure it knows")
    if mode not in _READ_MODES:
        raise Refused(f"this endpoint is read-only: procedure {name} is {mode}; "
                      "only read procedures may run")
    if name.startswith(_DENIED_CALLS):
        raise Refused(f"this endpoint is read-only: {name} reaches outside the transaction "
                      "(other transactions, files, URLs or the server)")


# --- Running ----------------------------------------------------------------------------

_REFUSED_CODES = ("Neo.ClientError.Statement.AccessMode", "Neo.ClientError.Security.Forbidden")
_ADMIN_CODES = ("Neo.ClientError.Statement.NotSystemDatabaseError",
                "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
                "Neo.ClientError.Statement.UnsupportedAdministrationCommand")


def translate(exc: Exception, query: str) -> Exception:
    """A driver or server failure → Refused, Invalid, TimedOut or Unavailable."""
    if is_timeout(exc):
        return TimedOut(str(getattr(exc, "message", None) or exc))
    if isinstance(exc, Neo4jError):
        code, message = exc.code or "", exc.message or str(exc)
        if code.startswith(_REFUSED_CODES) or code in _ADMIN_CODES:
            keyword = _first_keyword(query)
            if keyword:
                return Refused(refusal(keyword))
            return Refused(f"this endpoint is read-only: {message}")
        if code.startswith("Neo.ClientError.Security."):  # the API's own credentials
            return Unavailable("the graph database refused the API's credentials")
        if code.startswith("Neo.ClientError."):
            return Invalid(message, code)
        return Unavailable(message)
    if isinstance(exc, DriverError):
        return Unavailable(str(exc))
    if isinstance(exc, RecursionError):
        return Invalid("the parameters or the result are nested too deeply")
    # The driver could not send a parameter (an integer beyond 64 bits, a lone surrogate…).
    return Invalid(f"a parameter cannot be sent to Neo4j: {exc}")


_PROCEDURES: dict[str, dict[str, str]] = {}


async def procedure_modes(*, driver: AsyncDriver, database: str) -> dict[str, str]:
    """Procedure name (lower case) → mode; read once per database and process."""
    if database not in _PROCEDURES:
        records, _, _ = await driver.execute_query(
            cypher.load("queries/procedure_modes"), database_=database,
            routing_=RoutingControl.READ, result_transformer_=eager,
        )
        _PROCEDURES[database] = {r["name"].lower(): r["mode"] for r in records}
    return _PROCEDURES[database]


class _Enough(Exception):
    """Raised inside the transaction once the row limit is passed: it ends (rolls back)
    the transaction without reading the rest."""

    def __init__(self, columns: list[str], rows: list[dict[str, Any]]):
        super().__init__("row limit reached")
        self.columns, self.rows = columns, rows


def _leading_directive(query: str) -> str | None:
    head = _without_strings_and_comments(query).lstrip().split(None, 1)
    word = head[0].upper() if head else ""
    return word if word in ("EXPLAIN", "PROFILE") else None


async def run_read_only(
    *, driver: AsyncDriver, database: str, query: str, parameters: dict[str, Any] | None = None,
    timeout: float = 10.0, row_limit: int = 1000,
) -> CypherResult:
    """EXPLAIN the query, refuse anything but a read, then run it in a READ transaction
    with `timeout` seconds and at most `row_limit` rows."""
    if len(query) > MAX_QUERY_LENGTH:
        raise Invalid(f"the query is longer than {MAX_QUERY_LENGTH} characters")
    if directive := _leading_directive(query):
        raise Invalid(f"send the query without {directive}: it is explained before it runs")
    parameters = parameters or {}
    try:
        modes = await procedure_modes(driver=driver, database=database)
        async with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
            explained = await session.run(Query("EXPLAIN " + query, timeout=timeout), parameters)
            summary = await explained.consume()
            check_plan(query, summary.query_type, summary.plan, modes)

            @unit_of_work(timeout=timeout)
            async def work(tx: AsyncManagedTransaction) -> tuple[list[str], list[dict[str, Any]]]:
                with not_retried_when_too_large():
                    result = await tx.run(query, parameters)
                    columns = list(result.keys())
                    rows: list[dict[str, Any]] = []
                    async for record in result:
                        if len(rows) == row_limit:
                            raise _Enough(columns, rows)
                        rows.append({c: jsonable(record[c]) for c in columns})
                    return columns, rows

            try:
                columns, rows = await session.execute_read(work)
                truncated = False
            except _Enough as enough:
                columns, rows, truncated = enough.columns, enough.rows, True
    except (Refused, Invalid):
        raise
    except (Neo4jError, DriverError, ValueError, TypeError, OverflowError,
            RecursionError) as exc:
        raise translate(exc, query) from exc
    return CypherResult(columns=columns, rows=rows, truncated=truncated, row_limit=row_limit)
