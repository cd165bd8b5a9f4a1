"""Query parameters analysts type by hand: "2020", "2020-06" or "2020-06-30" for dates, and
a partner by id or by any of its names."""

import calendar
import re
from datetime import date
from typing import Annotated

from fastapi import HTTPException, Query
from neo4j import AsyncDriver

from graph.partners import resolve_partner
from partnergraph.domain.views import Proposals

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DATE_HELP = 'A year ("2020"), a month ("2020-06") or a day ("2020-06-30").'

_YEAR = r"[1-9]\d{3}"
_MONTH = r"(?:0[1-9]|1[0-2])"
_DAY = (r"(?:" + _MONTH + r"-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)"
        r"|(?:0[13578]|1[02])-31)")
_LEAP = r"(?:[1-9]\d(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26])00)"
#: Exactly the dates parse_bound accepts, so the schema admits no date the API refuses.
DATE_PATTERN = (f"^(?:{_YEAR}|{_YEAR}-{_MONTH}|{_YEAR}-{_DAY}|{_LEAP}-02-29)$")


def _invalid(field: str, value: str, why: str) -> HTTPException:
    return HTTPException(422, detail=[{"loc": ["query", field], "msg": why, "input": value,
                                       "type": "value_error"}])


def parse_bound(field: str, value: str | None, *, end: bool) -> date | None:
    """The first day of what `value` names (or the last day when `end`)."""
    if value is None:
        return None
    match = _DATE.match(value.strip())
    if not match:
        raise _invalid(field, value, f"not a date: {DATE_HELP}")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day:
            return date(year, month, day)
        if month:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, last if end else 1)
        return date(year, 12, 31) if end else date(year, 1, 1)
    except ValueError as exc:
        raise _invalid(field, value, f"impossible date: {exc}") from None


PartnerParam = Annotated[str | None, Query(max_length=200, description="Partner id or any name.",
                                           examples=["World Bank"])]


async def partner_id(driver: AsyncDriver, database: str, ref: str | None) -> str | None:
    """The id of the partner a `partner` parameter names (graph.errors.NotFound when none
    does), or None when the parameter is absent."""
    return (await resolve_partner(driver=driver, database=database, ref=ref)).id if ref else None


_PROPOSALS = ("Proposals are records extracted from articles that no analyst has decided yet "
              "(`proposal: true`; /review accepts or rejects them). ")
#: Lists show proposals, each flagged, unless asked otherwise.
ListProposals = Annotated[Proposals, Query(description=_PROPOSALS + "`include` (default): "
                                           "all, each flagged; `exclude`: none; `only`: "
                                           "proposals alone.")]
#: Totals never count a proposal unless asked to, and say how many they left out.
TotalProposals = Annotated[Proposals, Query(description=_PROPOSALS + "`exclude` (default): "
                                            "left out of every total, their number in "
                                            "`proposals_excluded`; `include`: counted, each "
                                            "group saying how many of its donations are "
                                            "proposals; `only`: proposals alone.")]
