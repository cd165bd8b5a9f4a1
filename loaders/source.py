"""A parsed, validated source file and where each of its records came from."""

from dataclasses import dataclass, field
from pathlib import Path

from loaders import yamlfile
from partnergraph.domain import Dataset


@dataclass
class SourceFile:
    path: Path
    dataset: Dataset
    lines: dict[yamlfile.Loc, int] = field(default_factory=dict)
    # For CSV sources: (section, index) → (file, row line), since one dataset spans files.
    origins: dict[tuple[str, int], tuple[Path, int]] = field(default_factory=dict)
    # Read without line numbers (the fast JSON path): the slow parse that finds them is
    # made only if a problem needs a line.
    lazy_lines: bool = False

    def where(self, section: str, index: int, loc: tuple = ()) -> tuple[Path, int | None]:
        if (section, index) in self.origins:
            return self.origins[(section, index)]
        if self.lazy_lines:
            self.lazy_lines = False
            self.lines = yamlfile.parse(self.path)[1] if self.path.is_file() else {}
        return self.path, yamlfile.line_of(self.lines, (section, index, *loc))
