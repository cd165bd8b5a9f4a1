"""Document texts: every reader attaches them the same way, so quotes can be checked."""

import hashlib

from loaders import yamlfile
from loaders.errors import LoadError, Problem
from loaders.source import SourceFile


def attach_texts(source: SourceFile) -> None:
    """Read each document's `text_file` (relative to the file or folder that names it),
    record its sha256, and refuse a text that is unreadable or not the declared one."""
    folder = source.path if source.path.is_dir() else source.path.parent
    problems = []
    for index, doc in enumerate(source.dataset.documents):
        if not doc.text_file:
            continue
        file, line = source.where("documents", index, ("text_file",))

        def field(name: str) -> str:
            # A CSV row names its columns; a dataset file, the path inside the file.
            return name if source.origins else f"documents[{index}].{name}"

        try:
            raw = yamlfile.read_bytes(folder / doc.text_file)
            doc.text = raw.decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(file, line, field("text_file"),
                                    f"cannot read {doc.text_file}: {exc}"))
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if doc.sha256 and doc.sha256 != digest:
            problems.append(Problem(file, line, field("sha256"),
                                    f"{doc.text_file} has sha256 {digest}, not {doc.sha256}"))
        doc.sha256 = digest
    if problems:
        raise LoadError(problems)
