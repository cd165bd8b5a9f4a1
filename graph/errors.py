"""Every error the graph layer raises, each named for what it means to the caller. Callers
decide the answer (the API maps each to an HTTP status in api/errors.py; the CLI to a
message); nothing here knows about HTTP."""

from neo4j.exceptions import Neo4jError


class NotFound(LookupError):
    """No node answers to this reference; `suggestions` lists near matches ({id, name}),
    best first, for a caller to offer instead."""

    def __init__(self, what: str, ref: str, suggestions: list[dict] | None = None):
        self.what, self.ref, self.suggestions = what, ref, suggestions or []
        super().__init__(f"no {what} {ref!r}")


class Refused(Exception):
    """The query would change something or reach outside the graph, and was not run; the
    graph is unchanged. `reason` names what was refused. Asking again will not help."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class SamePartner(ValueError):
    """A question about two partners names the same partner twice."""

    def __init__(self, id: str):
        super().__init__(f"from and to are the same partner ({id})")
        self.id = id


class Invalid(Exception):
    """Neo4j cannot run the query as written (syntax, types, parameters); `message` says
    why and `code` is Neo4j's status code when Neo4j gave one. The caller must change it."""

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        self.message, self.code = message, code


class TimedOut(Exception):
    """The query ran longer than its timeout and was stopped; nothing it read is returned.
    A narrower question, or a longer timeout, may succeed."""


class Unavailable(Exception):
    """Neo4j failed for reasons of its own (unreachable, restarting, refusing the
    application's credentials); the same query may succeed later."""


class QueryTooLarge(RuntimeError):
    """A read needed more memory than the server grants a transaction. It was not retried:
    the same query would fail again, only a narrower one may succeed."""


class BulkError(ValueError):
    """A value the bulk import format cannot carry; the message names it."""


_TIMEOUT_CODES = ("Neo.ClientError.Transaction.TransactionTimedOut",
                  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                  "Neo.TransientError.Transaction.LockClientStopped")


def is_timeout(exc: BaseException) -> bool:
    """Whether a driver error is the server stopping a query at its timeout (Neo4j reports
    it under several codes, one of them a generic "terminated")."""
    if not isinstance(exc, Neo4jError):
        return False
    code = exc.code or ""
    message = (exc.message or "").lower()
    return code.startswith(_TIMEOUT_CODES) or (
        code.startswith("Neo.ClientError.Transaction.Terminated") and "timeout" in message)


class Conflict(Exception):
    """Someone acted first: the proposal was decided, or changed since the version the
    caller saw, or a later action depends on the one to undo. `current` is the proposal
    as it stands now, when there is one."""

    def __init__(self, detail: str, current: object | None = None):
        super().__init__(detail)
        self.detail, self.current = detail, current


class InvalidRecord(ValueError):
    """A record a reviewer sent does not hold: `problems` lists {field, reason}; nothing
    was written."""

    def __init__(self, problems: list[dict[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{p['field']}: {p['reason']}" for p in problems))
