"""What analysts already decided about an article's proposals (the curated folder,
graph/review/folder.py) shapes what reading the article again proposes: a record the
folder holds (accepted, edited, promoted) is left to the folder, a rejected record comes
back only if the extractor now reads it differently, and a partner merged into another is
that other partner wherever the article names it."""

from partnergraph.domain import Dataset, roles
from partnergraph.domain.dataset import SECTIONS
from partnergraph.domain.review import as_data
from graph.review.folder import Folder, fingerprint


def _dump(record) -> dict:
    return as_data(record)


def _renamed(section: str, record, merges: dict[str, str]):
    for role in roles.of(section):
        if not role.partner_role:
            continue
        value = getattr(record, role.field, None)
        if isinstance(value, list):
            setattr(record, role.field, list(dict.fromkeys(merges.get(v, v) for v in value)))
        elif isinstance(value, str) and value in merges:
            setattr(record, role.field, merges[value])
    return record


def _names_any(section: str, record, ids: set[str]) -> bool:
    for role in roles.of(section):
        if role.targets == ("partners",) or role.targets == ("items",) or role.field == "items":
            found = roles.ids(record, role) if role.field != "affiliations" else \
                [a.target for a in record.affiliations]
            if ids & set(found):
                return True
    return False


def leave_out(dataset: Dataset, folder: Folder) -> Dataset:
    declared, rejected, merges = folder.decided()
    if not (declared or rejected or merges):
        return dataset
    kept: dict[str, list] = {s: [] for s in SECTIONS}
    refused: set[str] = set()
    for section, _, record in dataset.records():
        if section == "partners" and record.id in merges:
            continue
        record = _renamed(section, record, merges)
        if record.id in declared:
            continue  # the folder holds it: its version is the one loaded
        if section != "documents" and rejected.get(record.id) == fingerprint(_dump(record)):
            refused.add(record.id)
            continue
        kept[section].append(record)
    # A fact naming a partner or item that was rejected cannot stand without it.
    for section in ("donations", "agreements", "projects", "engagements", "policies"):
        standing = [r for r in kept[section] if not _names_any(section, r, refused)]
        refused |= {r.id for r in kept[section]} - {r.id for r in standing}
        kept[section] = standing
    for donation in kept["donations"]:
        if donation.part_of in refused:
            donation.part_of = None
    for engagement in kept["engagements"]:
        engagement.related = [i for i in engagement.related if i not in refused]
    return Dataset(home=dataset.home, **kept)
