"""Helpers of the extraction tests that run the extractor on a short article written for
the test."""

from pathlib import Path

from loaders import article


def extract_text(tmp_path: Path, text: str) -> article.Extraction:
    """What `partnergraph extract` proposes for `text`, saved as a plain-text article."""
    path = tmp_path / "bai.txt"
    path.write_text(text, encoding="utf-8")
    return article.extract_file(path)


def partner_names(extraction: article.Extraction) -> dict[str, str]:
    """Each proposed partner's id → its Vietnamese name, else its English one."""
    return {p.id: p.name_vi or p.name_en for p in extraction.dataset.partners}
