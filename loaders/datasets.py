"""Which dataset each file of a load belongs to, by a name that does not depend on where
the folder sits on disk.

- A folder is one dataset named after the folder: `data/seed/` is `seed`, a folder of CSV
  templates `~/aozora/` is `aozora`, with every dataset file (.yaml, .yml, .json) and IATI
  file directly inside it. A folder of CSV templates inside it is a dataset of its own,
  named after that folder, whichever way it is reached.
- A file given on its own (a dataset file, an IATI file, an article) is a dataset of its
  own named `<its folder>/<its name>`: `articles/bao-ha-giang.txt`.
- `--dataset NAME` makes every path of the load one dataset of that name.

Loading a dataset again makes the graph hold exactly its current records, so two
different folders must not share a name (`--dataset` tells them apart)."""

import hashlib
from pathlib import Path

from loaders.errors import LoadError, Problem


def name_of(given: Path, found: Path) -> str:
    """The dataset of `found`, discovered from the path `given` on the command line."""
    if found.is_dir():
        return found.resolve().name
    if given.is_dir():
        return given.resolve().name
    return f"{given.resolve().parent.name}/{given.name}"


def checked_name(name: str | None, where: Path) -> None:
    """`--dataset`, when given, names the one dataset every path of the load forms."""
    if name is not None and not name.strip():
        raise LoadError([Problem(where, None, None, "--dataset needs a name")])


def files_of(path: Path) -> list[Path]:
    """The files a source was read from: a folder's visible files, or the file."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith((".", "~")))
    return [path]


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
