"""IATI activity files (standard 2.01-2.03, `<iati-activities>`) through the common
pipeline: `read` streams one file into a validated dataset, `dedupe` lets several files
name the same organisations, and `link_known` matches their partners and places with
those the graph (or the other files of the load) already hold. See docs/iati.md."""

from loaders.iati.linking import dedupe, link_known
from loaders.iati.reader import SUFFIX, IatiSource, read

__all__ = ["SUFFIX", "IatiSource", "dedupe", "link_known", "read"]
