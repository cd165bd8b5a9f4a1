"""The `kind` query parameter in the analysts' words ("ngo", "phi chính phủ", "PCPNN"),
resolved to a partner kind; OpenAPI lists every word each kind accepts."""

from typing import Annotated

from fastapi import HTTPException, Query

from partnergraph import words
from partnergraph.domain import PartnerKind


def _description() -> str:
    lines = ["A partner kind, in English or Vietnamese, with or without diacritics, in any "
             "case. An unknown word is a 422 that lists the nearest known ones. Accepted:"]
    lines += [f"- `{kind.value}`: " + ", ".join(f'"{w}"' for w in words.all_words(kind)[1:])
              for kind in PartnerKind]
    return "\n".join(lines)


KIND_QUERY = Query(
    max_length=100, description=_description(),
    examples=["ngo", "phi chính phủ", "PCPNN", "chinh quyen dia phuong", "foreign_ngo"],
    # The enum lists every word as written; its variants without diacritics or in another
    # case are accepted too (the description says so).
    json_schema_extra={"enum": [w for k in PartnerKind for w in words.all_words(k)],
                       "x-words": {k.value: words.all_words(k) for k in PartnerKind}},
)


def partner_kind(kind: Annotated[str | None, KIND_QUERY] = None) -> PartnerKind | None:
    """The kind a request names, or None; a 422 with suggestions for a word no kind has."""
    if kind is None or not kind.strip():
        return None
    try:
        return words.partner_kind(kind)
    except words.UnknownWord as exc:
        raise HTTPException(422, detail=[{
            "loc": ["query", "kind"], "type": "value_error", "input": kind, "msg": str(exc),
            "suggestions": [{"word": w, "kind": k.value} for w, k in exc.suggestions],
        }]) from None
