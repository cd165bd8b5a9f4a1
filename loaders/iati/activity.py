"""One `<iati-activity>` → a Project, the Donations its transactions record, and the
partners and places it names (gathered in the file's registries)."""

from dataclasses import dataclass, field

from pydantic import ValidationError

from loaders.iati import codes, money
from loaders.iati.context import Ctx, Element, narratives, period, pick, slug
from loaders.iati.registry import Orgs, Places
from loaders.iati.transactions import read_transactions
from loaders.iati.xmlsafe import XML_LANG
from partnergraph.domain import Donation, Item, Period, PlaceKind, Project


@dataclass
class Records:
    """What a file's activities declare, each with its line."""

    projects: list[tuple[Project, int | None]] = field(default_factory=list)
    donations: list[tuple[Donation, int | None]] = field(default_factory=list)
    items: dict[str, Item] = field(default_factory=dict)
    project_ids: set[str] = field(default_factory=set)
    reporter: str | None = None  # the first activity's: the file's publisher


def read_activity(elem: Element, n: int, ctx: Ctx, orgs: Orgs, places: Places,
                  out: Records) -> None:
    where = f"iati-activity[{n}]"
    lang = (elem.get(XML_LANG) or ctx.language).lower()
    ident = (elem.findtext("iati-identifier") or "").strip()
    if not ident:
        ctx.problem(elem, f"{where}/iati-identifier", "every activity needs an iati-identifier")
        return
    pid = "iati-" + slug(ident)
    if pid in out.project_ids:
        ctx.problem(elem, f"{where}/iati-identifier", f"activity {ident!r} appears twice")
        return
    out.project_ids.add(pid)
    reporting = elem.find("reporting-org")
    reporter = orgs.add(reporting, f"{where}/reporting-org", lang)
    if reporter is None:
        ctx.problem(elem if reporting is None else reporting, f"{where}/reporting-org",
                    "every activity needs a reporting-org with a ref or a name")
    out.reporter = out.reporter or reporter
    roles: dict[str, list[str]] = {f: [] for f in codes.ROLES.values()}
    for i, org in enumerate(elem.iterchildren("participating-org"), 1):
        at, role = f"{where}/participating-org[{i}]", (org.get("role") or "").strip()
        if role not in codes.ROLES:
            ctx.problem(org, f"{at}/@role", f"unknown organisation role {role!r} (1 Funding, "
                        "2 Accountable, 3 Extending, 4 Implementing)")
            continue
        if (partner := orgs.add(org, at, lang)) and partner not in roles[codes.ROLES[role]]:
            roles[codes.ROLES[role]].append(partner)
    countries = [c for i, e in enumerate(elem.iterchildren("recipient-country"), 1)
                 if (c := places.country(e, f"{where}/recipient-country[{i}]", lang))]
    located, unplaced = _locations(elem, where, lang, places, countries)
    currency = (elem.get("default-currency") or "").strip().upper() or None
    budgets = _budgets(elem, where, currency, ctx)
    donations = read_transactions(elem, where, pid, lang, currency, reporter, ctx, orgs,
                                  out.items)
    title = narratives(elem.find("title"), lang)
    description = narratives(elem.find("description"), lang)
    title_en = pick(title, "en") or (title[0].text if title and not pick(title, "vi") else None)
    notes = [pick(description, "en") or (description[0].text if description else None)]
    if unplaced:
        notes.append("Locations: " + "; ".join(unplaced))
    dates, planned = _dates(elem, where, ctx)
    status = elem.find("activity-status")
    status_code = (status.get("code") or "").strip() if status is not None else ""
    if status_code and status_code not in codes.ACTIVITY_STATUS:
        ctx.problem(status, f"{where}/activity-status/@code",
                    f"unknown activity status {status_code!r} (1-6)")
    disbursed = [d.value for d, _ in donations if d.transaction_type == "disbursement" and d.value]
    record = {
        "id": pid, "kind": "project", "title_en": title_en, "title_vi": pick(title, "vi"),
        "notes": "\n".join(n for n in notes if n) or None,
        "status": codes.ACTIVITY_STATUS.get(status_code), "period": dates, "planned": planned,
        "identifiers": {"iati": ident}, **roles, "places": [*countries, *located],
        "recipient_regions": _codes(elem, "recipient-region", codes.REGION_DAC),
        "sectors": _codes(elem, "sector", codes.SECTOR_DAC5),
        "budget": money.total(money.current_budgets(budgets), "budgets", currency, ctx.rates),
        "disbursed": money.total(disbursed, "disbursements", currency, ctx.rates),
        "sources": [ctx.source(title[0].text if title else None, f"{where}/title", elem)],
    }
    try:
        out.projects.append((Project.model_validate(record), elem.sourceline))
    except ValidationError as exc:
        for e in exc.errors():
            ctx.problem(elem, where, f"{'.'.join(map(str, e['loc']))}: {e['msg']}")
    out.donations += donations


def _codes(elem: Element, tag: str, default_vocabulary: str) -> list[str]:
    found = []
    for e in elem.iterchildren(tag):
        code, vocab = (e.get("code") or "").strip(), (e.get("vocabulary") or "").strip()
        if code:
            found.append(code if vocab in ("", default_vocabulary) else f"{vocab}:{code}")
    return list(dict.fromkeys(found))


def _dates(elem: Element, where: str, ctx: Ctx) -> tuple[Period | None, Period | None]:
    """(the activity's period, actual dates where known; its planned period, if given)."""
    dates = {}
    for i, d in enumerate(elem.iterchildren("activity-date"), 1):
        at, kind = f"{where}/activity-date[{i}]", (d.get("type") or "").strip()
        if kind not in codes.ACTIVITY_DATE_TYPES:
            ctx.problem(d, f"{at}/@type", f"unknown activity date type {kind!r} (1-4)")
            continue
        if (day := ctx.date(d, "iso-date", at)) is not None:
            dates.setdefault(kind, (day, d, at))
    labels = {codes.PLANNED_START: "planned start", codes.ACTUAL_START: "actual start",
              codes.PLANNED_END: "planned end", codes.ACTUAL_END: "actual end"}

    def span(start_kinds: tuple[str, ...], end_kinds: tuple[str, ...]) -> Period | None:
        start = next((k for k in start_kinds if k in dates), None)
        end = next((k for k in end_kinds if k in dates), None)
        if start is None and end is None:
            return None
        s, e = (dates[start][0] if start else None), (dates[end][0] if end else None)
        if s and e and e < s:
            ctx.problem(dates[end][1], f"{dates[end][2]}/@iso-date",
                        f"{labels[end]} {e} is before {labels[start]} {s}")
            return None
        raw = " – ".join(f"{dates[k][0]} ({labels[k]})" if k else "?" for k in (start, end))
        return period(raw, s, e)

    actual = span((codes.ACTUAL_START, codes.PLANNED_START), (codes.ACTUAL_END, codes.PLANNED_END))
    planned = span((codes.PLANNED_START,), (codes.PLANNED_END,))
    return actual, planned


def _locations(elem: Element, where: str, lang: str, places: Places,
               countries: list[str]) -> tuple[list[str], list[str]]:
    """Place ids of the named administrative areas and towns; the names of locations too
    vague to be a place (a point, a facility) are kept as text."""
    country = countries[0] if len(countries) == 1 else None
    placed, unplaced = [], []
    for i, loc in enumerate(elem.iterchildren("location"), 1):
        level = loc.find("administrative")
        feature = loc.find("feature-designation")
        designation = (feature.get("code") or "").strip() if feature is not None else ""
        kind = (codes.FEATURE_KINDS.get(designation)
                or (codes.ADMIN_LEVEL_KINDS.get((level.get("level") or "").strip())
                    if level is not None else None)
                or ("city" if designation.startswith(codes.POPULATED_PLACE_PREFIX) else None))
        if kind and (pid := places.area(loc, f"{where}/location[{i}]", lang, PlaceKind(kind),
                                        country)):
            placed.append(pid)
        elif found := narratives(loc.find("name"), lang):
            unplaced.append(found[0].text)
    return list(dict.fromkeys(placed)), unplaced


def _budgets(elem: Element, where: str, currency: str | None, ctx: Ctx) -> list[money.Budget]:
    found = []
    for i, b in enumerate(elem.iterchildren("budget"), 1):
        at = f"{where}/budget[{i}]"
        start = ctx.date(b.find("period-start"), "iso-date", f"{at}/period-start")
        end = ctx.date(b.find("period-end"), "iso-date", f"{at}/period-end")
        if (amount := ctx.amount(b, at, currency)) is not None:
            kind = (b.get("type") or money.ORIGINAL).strip()
            found.append(money.Budget(kind, start, end, amount))
    return found

