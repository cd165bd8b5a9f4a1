"""The organisations and places an IATI file names, gathered across all its activities:
the same organisation appears as reporting-org, participating-org, provider-org and
receiver-org, often with its name given only once, so partner records are built at the
end from everything the file said about each one."""

from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from loaders.iati import codes
from loaders.iati.context import Ctx, Element, Narrative, narratives, pick, slug
from partnergraph import names
from partnergraph.domain import Identifiers, Partner, PartnerKind, Place, PlaceKind, Source


@dataclass
class _Seen:
    """Everything said about one organisation or place, and where it was first said."""

    line: int | None
    source: Source
    ref: str | None = None
    kind: str | None = None
    names: list[Narrative] = field(default_factory=list)
    part_of: str | None = None

    def add_names(self, found: list[Narrative]) -> None:
        for n in found:
            if n not in self.names:
                self.names.append(n)

    def name_keys(self) -> set[str]:
        return set(_keys(tuple(n.text for n in self.names)))


@lru_cache(maxsize=65536)
def _keys(texts: tuple[str, ...]) -> frozenset[str]:
    # The same few organisations recur in every activity of a file: fold each name once.
    return frozenset(names.keys(*texts))


def _languages(found: list[Narrative]) -> tuple[str | None, str | None, list[str]]:
    """(English name, Vietnamese name, every other way of writing it)."""
    en, vi = pick(found, "en"), pick(found, "vi")
    if en is None and vi is None and found:
        en = found[0].text  # a name in another language still names it
    others = [n.text for n in found if n.text not in (en, vi)]
    return en, vi, list(dict.fromkeys(others))


class Orgs:
    def __init__(self, ctx: Ctx):
        self.ctx = ctx
        self.seen: dict[str, _Seen] = {}
        self.by_name: dict[str, str] = {}

    def add(self, elem: Element | None, where: str, lang: str) -> str | None:
        """The partner id of an organisation element, or None when it names nobody (no
        ref and no narrative: a placeholder some publishers leave)."""
        if elem is None:
            return None
        ref = (elem.get("ref") or "").strip() or None
        found = narratives(elem, lang)
        if ref is None and not found:
            return None
        type_code = (elem.get("type") or "").strip() or None
        if type_code and type_code not in codes.ORGANISATION_KINDS:
            self.ctx.problem(elem, f"{where}/@type", f"unknown organisation type {type_code!r} "
                             "(IATI OrganisationType codelist: 10, 11, 15, 21-24, 30, 40, 60, "
                             "70-73, 80, 90)")
            type_code = None
        keys = _keys(tuple(n.text for n in found))
        if ref:
            pid = "org-" + slug(ref)
        else:  # known by name only: the same name elsewhere in the file is the same body
            pid = next((self.by_name[k] for k in sorted(keys) if k in self.by_name), None) \
                or "org-" + slug(pick(found, "en") or found[0].text)
        for key in keys:
            self.by_name.setdefault(key, pid)
        seen = self.seen.get(pid)
        if seen is None:
            quote = found[0].text if found else None
            seen = self.seen[pid] = _Seen(elem.sourceline, self.ctx.source(quote, where, elem), ref)
        seen.add_names(found)
        seen.kind = seen.kind or type_code
        return pid

    def records(self) -> list[tuple[Partner, int | None]]:
        out = []
        for pid, seen in self.seen.items():
            en, vi, others = _languages(seen.names)
            kind = codes.ORGANISATION_KINDS[seen.kind] if seen.kind else PartnerKind.other
            partner = Partner(
                id=pid, kind=kind, name_en=en or (None if vi else seen.ref), name_vi=vi,
                aliases=others,
                identifiers=Identifiers(iati=seen.ref), sources=[seen.source],
                notes=f"IATI organisation type {seen.kind}" if seen.kind else None,
            )
            out.append((partner, seen.line))
        return out

    def identity(self) -> dict[str, tuple[str | None, set[str]]]:
        """Partner id → (IATI ref, folded name keys), to find partners the graph holds."""
        return {pid: (s.ref, s.name_keys()) for pid, s in self.seen.items()}


class Places:
    def __init__(self, ctx: Ctx):
        self.ctx = ctx
        self.seen: dict[str, _Seen] = {}

    def country(self, elem: Element, where: str, lang: str) -> str | None:
        code = (elem.get("code") or "").strip().upper()
        country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
        if country is None:
            self.ctx.problem(elem, f"{where}/@code", f"unknown country code {code!r} "
                             "(ISO 3166-1 alpha-2, e.g. VN)")
            return None
        pid = f"country-{code.lower()}"
        found = narratives(elem, lang)
        if pid not in self.seen:
            quote = found[0].text if found else None
            self.seen[pid] = _Seen(elem.sourceline, self.ctx.source(quote, where, elem), code,
                                   PlaceKind.country)
            common = getattr(country, "common_name", None) or country.name
            self.seen[pid].add_names([Narrative("en", common)])
        self.seen[pid].add_names(found)
        return pid

    def area(self, elem: Element, where: str, lang: str, kind: PlaceKind,
             country: str | None) -> str | None:
        found = narratives(elem.find("name"), lang)
        if not found:
            return None
        scope = country.removeprefix("country-") if country else "xx"
        pid = f"place-{scope}-{slug(pick(found, 'en') or found[0].text)}"
        if pid not in self.seen:
            self.seen[pid] = _Seen(elem.sourceline, self.ctx.source(found[0].text, where, elem),
                                   None, kind, part_of=country)
        self.seen[pid].add_names(found)
        return pid

    def records(self) -> list[tuple[Place, int | None]]:
        out = []
        for pid, seen in self.seen.items():
            en, vi, others = _languages(seen.names)
            place = Place(id=pid, kind=seen.kind, name_en=en, name_vi=vi, aliases=others,
                          identifiers=Identifiers(iso_3166=seen.ref), part_of=seen.part_of,
                          sources=[seen.source])
            out.append((place, seen.line))
        return out

    def identity(self) -> dict[str, tuple[str | None, str, set[str]]]:
        """Place id → (ISO 3166 code, kind, folded name keys)."""
        return {pid: (s.ref, str(s.kind), s.name_keys()) for pid, s in self.seen.items()}
