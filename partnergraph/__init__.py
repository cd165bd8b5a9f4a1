"""partnergraph: a knowledge graph of a province's international partnerships."""

from pathlib import Path

__version__ = "0.1.0"

#: The repository root: cypher/, data/ and server/ are found from here.
ROOT = Path(__file__).resolve().parent.parent
