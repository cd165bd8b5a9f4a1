"""Seeded, deterministic partnership data at any size, written as dataset JSON files the
loaders read (`partnergraph load` / `partnergraph import`), with the skew real data has:
a few large donors and a long tail of small ones, several currencies, bounds and
approximations, dates at every precision, and reports whose sentences the facts quote.

Layout of the output folder (file names sort in write order):

    000-reference.json         home, documents, places, items
    001-partners.json
    010-agreements-NNNN.json   020-projects-NNNN.json   030-donations-NNNN.json
    040-engagements.json       (engagements and policies)
    texts/report-*.txt         the reports' texts
"""

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from loaders.synthetic import vocab
from loaders.synthetic.facts import Facts
from loaders.synthetic.library import Library
from loaders.synthetic.partners import build as build_partners

CHUNK = 50_000  # records per file: a file is validated as a whole, so keep it bounded


@dataclass(frozen=True)
class Size:
    partners: int
    agreements: int
    projects: int
    donations: int
    engagements: int
    policies: int

    @property
    def records(self) -> int:
        return (self.partners + self.agreements + self.projects + self.donations
                + self.engagements + self.policies)


SIZES: dict[str, Size] = {
    "seed": Size(partners=60, agreements=5, projects=5, donations=20, engagements=5, policies=2),
    "small": Size(partners=500, agreements=1_000, projects=1_000, donations=10_000,
                  engagements=200, policies=10),
    "medium": Size(partners=5_000, agreements=20_000, projects=20_000, donations=200_000,
                   engagements=2_000, policies=50),
    "large": Size(partners=50_000, agreements=200_000, projects=200_000, donations=2_000_000,
                  engagements=20_000, policies=200),
}


def _write(path: Path, data: dict[str, Any]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))


def _rng(seed: int, part: str) -> random.Random:
    # One stream per part: a part's records do not depend on how many others were drawn.
    return random.Random(f"{seed}:{part}")


def generate(*, out: Path, size: Size, seed: int) -> list[Path]:
    """Write the dataset files into `out` (created if needed); returns them in load order."""
    out.mkdir(parents=True, exist_ok=True)
    home = vocab.HOME[0]
    lib = Library(out)
    ps = build_partners(_rng(seed, "partners"), lib, size.partners)
    facts = Facts(ps, lib)
    files = [out / "001-partners.json"]
    _write(files[0], {"home": home, "partners": ps.records})
    for number, section, total, make in (
        (10, "agreements", size.agreements, facts.agreements),
        (20, "projects", size.projects, facts.projects),
        (30, "donations", size.donations, facts.donations),
    ):
        for chunk, start in enumerate(range(0, total, CHUNK)):
            rng = _rng(seed, f"{section}:{chunk}")
            path = out / f"{number:03d}-{section}-{chunk:04d}.json"
            _write(path, {"home": home, section: list(make(rng, start, min(CHUNK, total - start)))})
            files.append(path)
    related = {"donation": size.donations, "agreement": size.agreements, "project": size.projects}
    path = out / "040-engagements.json"
    _write(path, {"home": home,
                  "engagements": list(facts.engagements(_rng(seed, "engagements"),
                                                        size.engagements, related)),
                  "policies": list(facts.policies(_rng(seed, "policies"), size.policies))})
    files.append(path)
    items = [{"id": i, "name_vi": vi, "name_en": en} for i, vi, en, _ in vocab.ITEMS]
    reference = out / "000-reference.json"
    _write(reference, {"home": home, "documents": lib.close(), "places": ps.places,
                       "items": items})
    return [reference, *files]
