"""The analysts' words as query parameters: a partner kind ("ngo", "phi chính phủ",
"PCPNN") and a donated item ("khẩu trang", "face mask"). OpenAPI lists every word each kind
accepts; a word that names nothing is a 422 listing the nearest ones, never a guess."""

from typing import Annotated

from fastapi import HTTPException, Query

from graph.errors import NotFound
from graph.items import item_in, resolve_item
from partnergraph import words
from partnergraph.domain import PartnerKind

_KIND_HELP = {
    "en": "A partner kind, in English or Vietnamese, with or without diacritics, in any case. "
          "An unknown word is a 422 that lists the nearest known ones. Accepted:",
    "vi": "Loại đối tác, bằng tiếng Việt hoặc tiếng Anh, có dấu hoặc không dấu, chữ hoa hay "
          "chữ thường đều được. Từ không có trong danh sách bị trả lỗi 422 kèm các từ gần "
          "nhất. Các từ được nhận:",
}


def kind_description(lang: str) -> str:
    """The `kind` parameter's description in `lang`: the words are the same in both."""
    lines = [_KIND_HELP[lang]]
    lines += [f"- `{kind.value}`: " + ", ".join(f'"{w}"' for w in words.all_words(kind)[1:])
              for kind in PartnerKind]
    return "\n".join(lines)


KIND_QUERY = Query(
    max_length=100, description=kind_description("en"),
    examples=["ngo", "phi chính phủ", "PCPNN", "chinh quyen dia phuong", "foreign_ngo"],
    # The enum lists every word as written; its variants without diacritics or in another
    # case are accepted too (the description says so).
    json_schema_extra={"enum": [w for k in PartnerKind for w in words.all_words(k)],
                       "x-words": {k.value: words.all_words(k) for k in PartnerKind}},
)


def unknown_word(field: str, word: str, message: str, suggestions: list[dict]) -> HTTPException:
    """The 422 for a word that names nothing: `suggestions` are the nearest words, best first,
    each with what it names."""
    return HTTPException(422, detail=[{
        "loc": ["query", field], "type": "value_error", "input": word, "msg": message,
        "suggestions": suggestions,
    }])


async def partner_kind(kind: Annotated[str | None, KIND_QUERY] = None) -> PartnerKind | None:
    """The kind a request names, or None; a 422 with suggestions for a word no kind has.
    A dependency, `async` so that FastAPI runs it in the request, not in its thread pool."""
    if kind is None or not kind.strip():
        return None
    try:
        return words.partner_kind(kind)
    except words.UnknownWord as exc:
        raise unknown_word("kind", kind, str(exc), [{"word": w, "kind": k.value}
                                                    for w, k in exc.suggestions]) from None


ITEM_HELP = ("A donated item by id or any of its names, in Vietnamese or English, with or "
             "without diacritics (\"khẩu trang\", \"face mask\"). A word no item has is a 422 "
             "that lists the nearest ones.")
UNKNOWN_ITEM = {422: {"description": "An item word no item has; `suggestions` lists the "
                      "nearest words and their items"}}


async def item_word(driver, database: str, word: str | None, *, tx=None) -> str | None:
    """The id of the item a request names, or None; a 422 with the nearest words when no
    item answers to it. With `tx`, read in that transaction (the answer's own)."""
    if word is None or not word.strip():
        return None
    try:
        if tx is not None:
            return await item_in(tx, ref=word)
        return await resolve_item(driver=driver, database=database, ref=word)
    except NotFound as exc:
        near = ", ".join(f"{s['word']!r} ({s['id']})" for s in exc.suggestions)
        raise unknown_word("item", word, f"unknown item {word!r}"
                           + (f"; did you mean {near}?" if near else ""),
                           [{"word": s["word"], "item": s["id"], "name": s["name"]}
                            for s in exc.suggestions]) from None
