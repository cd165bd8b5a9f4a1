"""The OpenAPI document in the language asked: every summary and description of the English
document said in Vietnamese from one table (api/openapi_vi.py), keyed by the English text as
the pages' translations are. A description the table lacks stays in English in the
document and fails tests/test_openapi_vi.py, which names it: a new endpoint cannot go
untranslated unnoticed. Names, paths, parameters and examples are the same in both."""

import copy
from functools import cache
from typing import Any

from api import kinds
from api.openapi_vi import VI

TEXT_KEYS = ("summary", "description")

#: The `lang` parameter every GET documents: the answers' names and the errors follow it.
LANG_PARAMETER = {
    "name": "lang", "in": "query", "required": False,
    "schema": {"type": "string", "enum": ["vi", "en"]},
    "description": "The language of the answer: each partner, place, item and fact named in "
    "it as `name`, the other language beside as `name_other`, and error messages in it. "
    "Without it, Accept-Language chooses; with neither, the answer is as it always was "
    "(English names, no `name_other`).",
}


#: A `lang` the API does not speak is refused (api/bilingual.py), wherever it is sent.
REFUSED_LANG = {"description": "Validation Error", "content": {"application/json": {
    "schema": {"$ref": "#/components/schemas/HTTPValidationError"}}}}


def document_language(schema: dict[str, Any]) -> None:
    """Adds the `lang` parameter, and the 422 a wrong one gets, to every GET operation that
    has none of its own."""
    for operations in schema.get("paths", {}).values():
        get = operations.get("get")
        if get is None:
            continue
        parameters = get.setdefault("parameters", [])
        if not any(p.get("name") == "lang" for p in parameters):
            parameters.append(copy.deepcopy(LANG_PARAMETER))
        get.setdefault("responses", {}).setdefault("422", copy.deepcopy(REFUSED_LANG))


def texts(schema: Any) -> list[str]:
    """Every summary and description of the document, in document order, once each."""
    found: dict[str, None] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in TEXT_KEYS and isinstance(value, str):
                    found[value] = None
                elif key != "example" and key != "examples":
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    return list(found)


@cache
def table() -> dict[str, str]:
    """English → Vietnamese: the written table, and the texts made from the analysts' words."""
    return VI | {kinds.kind_description("en"): kinds.kind_description("vi")}


def missing(schema: dict[str, Any]) -> list[str]:
    """The English texts of `schema` that have no Vietnamese form."""
    return [text for text in texts(schema) if text not in table()]


def translated(schema: dict[str, Any], lang: str) -> dict[str, Any]:
    """The document in `lang` (vi or en); what has no Vietnamese form stays in English."""
    if lang != "vi":
        return schema
    words = table()

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: (words.get(value, value) if key in TEXT_KEYS and isinstance(value, str)
                          else value if key in ("example", "examples") else walk(value))
                    for key, value in node.items()}
        if isinstance(node, list):
            return [walk(value) for value in node]
        return node

    out = walk(schema)
    out["info"] = {**out["info"], "title": f"{schema['info']['title']} — tài liệu API"}
    return out
