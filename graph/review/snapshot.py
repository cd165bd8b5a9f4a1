"""Records as they were before a review action, kept on the action so that undoing it puts
them back exactly: properties with their Neo4j types (a date stays a date), and every
relationship at them but the derived LINKED."""

import json
from datetime import date, datetime
from typing import Any


def plain(value: Any) -> Any:
    """Neo4j's temporal values as Python's."""
    return value.to_native() if hasattr(value, "to_native") else value


def _encode(value: Any) -> Any:
    value = plain(value)
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "$datetime" in value:
            return datetime.fromisoformat(value["$datetime"])
        if "$date" in value:
            return date.fromisoformat(value["$date"])
        return {k: _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value


def dumps(data: Any) -> str:
    return json.dumps(_encode(data), ensure_ascii=False, sort_keys=True)


def loads(text: str) -> Any:
    return _decode(json.loads(text))
