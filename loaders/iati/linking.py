"""Partners and places of IATI files that are already known: declared by an earlier file
of the same load, or held by the graph (or by the other files of the load) under their
own ids. A known partner is referred to by its id and the IATI record is dropped, so a
curated partner keeps its curated names and no twin appears beside it."""

from neo4j import AsyncDriver

from graph import known
from graph.known import Known
from loaders.iati.reader import IatiSource
from loaders.source import SourceFile
from partnergraph import names
from partnergraph.domain import roles

_DEDUPED = ("partners", "places", "items")


def dedupe(sources: list[SourceFile]) -> None:
    """Several IATI files name the same organisations and countries: the first file's
    record stands and the later files refer to it."""
    seen: dict[str, set[str]] = {section: set() for section in _DEDUPED}
    for source in sources:
        if not isinstance(source, IatiSource):
            continue
        for section in _DEDUPED:
            records = getattr(source.dataset, section)
            setattr(source.dataset, section, [r for r in records if r.id not in seen[section]])
            seen[section].update(r.id for r in records)
        source.reindex()


async def link_known(*, sources: list[SourceFile], driver: AsyncDriver, database: str) -> None:
    iati = [s for s in sources if isinstance(s, IatiSource)]
    if not iati:
        return
    others = [s.dataset for s in sources if not isinstance(s, IatiSource)]
    orgs = {pid: ident for s in iati for pid, ident in s.org_identity.items()}
    areas = {pid: ident for s in iati for pid, ident in s.place_identity.items()}
    known_partners = await known.partners(
        driver=driver, database=database, refs=[ref for ref, _ in orgs.values() if ref],
        keys=[k for _, keys in orgs.values() for k in keys])
    known_partners += [Known(id=p.id, identifier=p.identifiers.iati, kind=p.kind,
                             keys=sorted(names.keys(*p.all_names)))
                       for d in others for p in d.partners]
    known_places = await known.places(
        driver=driver, database=database, codes=[c for c, _, _ in areas.values() if c],
        keys=[k for _, kind, keys in areas.values() if kind != "country" for k in keys])
    known_places += [Known(id=p.id, identifier=p.identifiers.iso_3166, kind=p.kind,
                           keys=sorted(names.keys(p.name_en, p.name_vi, *p.aliases)))
                     for d in others for p in d.places]
    partner_ids = {pid: target for pid, (ref, keys) in orgs.items()
                   if (target := _match(pid, ref, keys, known_partners))}
    place_ids = {pid: target for pid, (code, kind, keys) in areas.items()
                 if (target := _match(pid, code, set() if kind == "country" else keys,
                                      [k for k in known_places
                                       if (k.kind == "country") == (kind == "country")]))}
    for source in iati:
        _rename(source, partner_ids, place_ids)


def _match(pid: str, identifier: str | None, keys: set[str], candidates: list[Known]) -> str | None:
    """The one known id this record stands for: by identifier first, else by an exact name
    (never when both carry identifiers and they differ); none when it is itself
    known under its own id (a reload) or when the name fits several."""
    found = {k.id for k in candidates if identifier and k.identifier == identifier}
    if not found:
        found = {k.id for k in candidates
                 if keys & set(k.keys)
                 and not (identifier and k.identifier and k.identifier != identifier)}
    if pid in found or len(found) != 1:
        return None
    return found.pop()


def _rename(source: IatiSource, partners: dict[str, str], places: dict[str, str]) -> None:
    if not (partners or places):
        return
    ds = source.dataset
    ds.partners = [p for p in ds.partners if p.id not in partners]
    ds.places = [p for p in ds.places if p.id not in places]
    renames = {"partners": partners, "places": places}
    for section, _, record in ds.records():
        for role in roles.of(section):
            table = renames.get(role.targets[0]) if len(role.targets) == 1 else None
            if not table or role.field in roles.STRUCTURED:
                continue
            value = getattr(record, role.field)
            if role.many:
                setattr(record, role.field, _renamed(value, table))
            elif value:
                setattr(record, role.field, table.get(value, value))
    source.reindex()


def _renamed(ids: list[str], renames: dict[str, str]) -> list[str]:
    return list(dict.fromkeys(renames.get(i, i) for i in ids))
