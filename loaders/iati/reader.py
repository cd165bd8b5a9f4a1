"""Reading one IATI activity file into a validated dataset: the file is a Document, its
activities Projects, their transactions Donations, the organisations Partners and the
recipient countries and named areas Places; every record cites the file with the
narrative it rests on, or the element and line where there is no sentence."""

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from loaders.errors import LoadError, Problem
from loaders.iati.activity import Records, read_activity
from loaders.iati.context import Ctx, period, slug
from loaders.iati.registry import Orgs, Places
from loaders.iati.xmlsafe import FileInfo, activities
from loaders.source import SourceFile
from partnergraph.domain import Dataset, Document
from partnergraph.rates import Rates, load_rates

SUFFIX = ".xml"
#: Past this many problems the file is plainly not what it claims; reading on would only
#: fill memory with more of the same.
MAX_PROBLEMS = 1000


@dataclass
class IatiSource(SourceFile):
    """A SourceFile that also says who and where its partners and places are, so that
    they can be matched with those the graph already holds."""

    org_identity: dict[str, tuple[str | None, set[str]]] = field(default_factory=dict)
    place_identity: dict[str, tuple[str | None, str, set[str]]] = field(default_factory=dict)
    lines_by_id: dict[tuple[str, str], int | None] = field(default_factory=dict)

    def reindex(self) -> None:
        """Rebuild `origins` after records were dropped or renamed."""
        self.origins = {
            (section, i): (self.path, self.lines_by_id.get((section, record.id)))
            for section, i, record in self.dataset.records()
        }


def read(path: Path, rates: Rates | None = None) -> IatiSource:
    """Stream the file's activities; raises LoadError naming every problem found."""
    ctx = Ctx(path=path, document=f"iati-{slug(path.stem)}", rates=rates or load_rates(),
              language="en")
    orgs, places, out = Orgs(ctx), Places(ctx), Records()
    info: FileInfo | None = None
    count = 0
    for elem in activities(path):
        if isinstance(elem, FileInfo):
            info = elem
            ctx.language = (info.language or "en").lower()
            continue
        count += 1
        read_activity(elem, count, ctx, orgs, places, out)
        if len(ctx.problems) >= MAX_PROBLEMS:
            ctx.problems.append(Problem(path, elem.sourceline, None,
                                        f"stopped reading after {MAX_PROBLEMS} problems"))
            break
    if count == 0 and not ctx.problems:
        ctx.problems.append(Problem(path, None, "iati-activity", "the file holds no activity"))
    if ctx.problems:
        raise LoadError(sorted(ctx.problems, key=lambda p: p.line or 0))
    partners, place_records = orgs.records(), places.records()
    publisher = next((p.display_name for p, _ in partners if p.id == out.reporter), None)
    document = Document(
        id=ctx.document, title=path.name, kind="iati_activity_file", publisher=publisher,
        published=_generated(info), language=ctx.language.split("-")[0], sha256=_sha256(path),
        notes=f"IATI {info.version} activity file with {count} activities" if info else None,
    )
    dataset = Dataset(
        documents=[document], places=[p for p, _ in place_records],
        partners=[p for p, _ in partners], items=list(out.items.values()),
        projects=[p for p, _ in out.projects], donations=[d for d, _ in out.donations],
    )
    lines = {("documents", document.id): 1}
    for section, pairs in (("places", place_records), ("partners", partners),
                           ("projects", out.projects), ("donations", out.donations)):
        lines.update({(section, r.id): line for r, line in pairs})
    source = IatiSource(path=path, dataset=dataset, org_identity=orgs.identity(),
                        place_identity=places.identity(), lines_by_id=lines)
    source.reindex()
    return source


def _generated(info: FileInfo | None):
    raw = (info.generated or "").strip() if info else ""
    try:
        day = date.fromisoformat(raw[:10])
    except ValueError:
        return None
    return period(raw, day, day)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
