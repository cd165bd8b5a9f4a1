"""Articles as sources: a Vietnamese news article (plain text or HTML) read into the facts
it reports, every one marked machine-extracted with the clause it rests on.

    page (text, metadata, sentences) → mentions (gazetteer + head words) → facts
    (donations, agreements, projects, engagements) → a Dataset the pipeline loads.
"""

import re
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from graph.review.folder import Folder
from loaders.article import decided
from loaders.article.extract import Extraction, extract
from loaders.article.gazetteer import Gazetteer
from loaders.article.page import HTML_SUFFIXES, TEXT_SUFFIXES, read_page
from loaders.errors import LoadError, Problem
from loaders.source import SourceFile
from partnergraph.domain import Dataset
from partnergraph.domain.review import as_data
from partnergraph.settings import get_settings

SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES


@cache
def seed_gazetteer() -> Gazetteer:
    """The curated partners, places, items and documents of data/seed."""
    return Gazetteer.from_files()


def extract_file(path: Path, gazetteer: Gazetteer | None = None) -> Extraction:
    try:
        page = read_page(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise LoadError([Problem(path, None, None, f"cannot read the article: {exc}")]) from None
    try:
        return extract(page, gazetteer or seed_gazetteer())
    except ValidationError as exc:
        problems = [Problem(path, None, ".".join(map(str, e["loc"])) or None, e["msg"])
                    for e in exc.errors()]
        raise LoadError(problems) from None


def dump(dataset: Dataset) -> dict[str, Any]:
    """The dataset as JSON-ready data that validates again: a date written without its year
    ("15/3") carries the year it was read with as `default_year`."""
    return as_data(dataset)


def read(path: Path) -> SourceFile:
    """The pipeline's reader for articles. A document the curated data already holds (same
    sha256) is cited by its id and left as curated: only the extracted facts are new."""
    extraction = extract_file(path)
    dataset = extraction.dataset
    if extraction.document_known:
        dataset = dataset.model_copy(update={"documents": []})
    dataset = decided.leave_out(dataset, Folder(get_settings().curated_dir))
    return SourceFile(path, dataset)


__all__ = ["SUFFIXES", "Extraction", "Gazetteer", "dump", "extract", "extract_file", "read",
           "seed_gazetteer"]
