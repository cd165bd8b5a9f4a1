"""The period report of aid mobilised, as JSON, CSV, an Excel workbook or a printable page."""

from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, Response

from api import reportfiles
from api.deps import Config, Driver
from api.params import DATE_HELP, DATE_PATTERN, TotalProposals, parse_bound
from graph.reports import AidReport, Dimension, aid_report
from partnergraph.domain.views import Proposals

router = APIRouter(prefix="/reports", tags=["reports"])


class Format(StrEnum):
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    html = "html"


_ONE = "(?:" + "|".join(d.value for d in Dimension) + ")"
GROUP_BY_PATTERN = rf"^\s*{_ONE}(?:\s*,\s*{_ONE})*\s*$"


def _dimensions(value: str | None) -> list[Dimension]:
    """The breakdowns asked for (GROUP_BY_PATTERN admits only known ones), all by default."""
    if not value or not value.strip():
        return list(Dimension)
    return list(dict.fromkeys(Dimension(w.strip()) for w in value.split(",")))


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


@router.get(
    "/aid",
    response_model=AidReport,
    summary="Aid mobilised over a period, by partner kind, country, partner, year and item",
    description="What the province received (inbound donations) whose period overlaps "
    "`since`–`until`, with totals in VNĐ and USD (each value at its own year's rate, listed "
    "under `rates`). The breakdowns are those of `/stats/donations` (`partner` is its "
    "`donor`), from the same code, plus the donors' partner `kind`. A total resting on a "
    "lower bound says so; what is not counted is listed with the reason; every donation's "
    "quotes are under `sources`. `format=xlsx` is a workbook with a sheet per breakdown "
    "and sheets of donations, what is not counted, sources and rates; `format=csv` one row "
    "per group; `format=html` a page that prints on A4. Proposals (extracted, not yet "
    "decided) are left out unless `proposals=include`; `proposals_excluded` says how many were.",
    responses={200: {"content": {reportfiles.XLSX_MEDIA_TYPE: {"schema": {"type": "string",
                                                                           "format": "binary"}},
                                 "text/csv": {"schema": {"type": "string"}},
                                 "text/html": {"schema": {"type": "string"}}}},
               422: {"description": "A date or a breakdown that cannot be read"}},
)
async def aid(
    driver: Driver,
    settings: Config,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description=DATE_HELP,
                                       examples=["2020"])] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description=DATE_HELP,
                                       examples=["2022"])] = None,
    group_by: Annotated[str | None, Query(
        max_length=100, pattern=GROUP_BY_PATTERN, description="Breakdowns, comma-separated, in this order: "
        + ", ".join(d.value for d in Dimension) + " (all when absent).",
        examples=["kind,year"])] = None,
    format: Annotated[Format, Query(description="json, csv, xlsx or html")] = Format.json,
    proposals: TotalProposals = Proposals.exclude,
):
    start, end = parse_bound("since", since, end=False), parse_bound("until", until, end=True)
    report = await aid_report(driver=driver, database=settings.neo4j_database, since=start,
                              until=end, dimensions=_dimensions(group_by), proposals=proposals)
    name = "bao-cao-vien-tro" + "".join(f"-{v}" for v in (since, until) if v)
    if format is Format.csv:
        return Response(reportfiles.to_csv(report), media_type=reportfiles.CSV_MEDIA_TYPE,
                        headers=_attachment(f"{name}.csv"))
    if format is Format.xlsx:
        return Response(reportfiles.to_xlsx(report), media_type=reportfiles.XLSX_MEDIA_TYPE,
                        headers=_attachment(f"{name}.xlsx"))
    if format is Format.html:
        return HTMLResponse(reportfiles.to_html(report))
    return report
