"""What a long bulk import says while it runs: records checked per second and the time
the check phase has left, reckoned from the bytes of the input files read so far (the
number of records is not known before they are read), then each later phase as it
starts."""

import time
from collections.abc import Callable, Iterable
from pathlib import Path

from loaders.pipeline import discover

Say = Callable[[str], None]


def _size(path: Path) -> int:
    if path.is_dir():  # a folder of CSV files
        return sum(p.stat().st_size for p in path.iterdir() if p.is_file())
    return path.stat().st_size


class ImportProgress:
    def __init__(self, paths: Iterable[Path], say: Say, every: float = 5.0):
        self.sizes = {p: _size(p) for p in discover(paths)}
        self.total = sum(self.sizes.values()) or 1
        self.say, self.every = say, every
        self.started = self.last = time.perf_counter()
        self.records = 0
        self.done: set[Path] = set()

    def checked(self, path: Path, records: int) -> None:
        """A chunk of `path` was checked and written: `records` more records."""
        self.records += records
        self.done.add(path)
        now = time.perf_counter()
        if now - self.last < self.every:
            return
        self.last = now
        elapsed = now - self.started
        share = sum(self.sizes.get(p, 0) for p in self.done) / self.total
        left = elapsed * (1 - share) / share if share else float("nan")
        self.say(f"checked {self.records:,} records ({self.records / elapsed:,.0f}/s), "
                 f"{share:.0%} of the input, about {left / 60:.1f} min left")

    def phase(self, name: str) -> None:
        self.say(f"{name}…")
