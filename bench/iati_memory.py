"""Peak memory of the IATI loader on a generated large activity file.

    .venv/bin/python bench/iati_memory.py [ACTIVITIES ...]    (default: 1000 10000 40000)

For each size, a file of that many activities (copies of the first activity of
tests/fixtures/iati/activities.xml under new identifiers: 6 transactions, 3 budgets, 2
locations each) is written to a temporary folder, then two fresh processes measure their
peak resident memory (libxml2's allocations included): one only streams the activities,
the other reads the file into validated records as a load does before writing. Streaming
should stay flat; the records of a file are held until its one transaction, so the
second grows with the number of records. Nothing here is asserted; figures are printed."""

import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "tests" / "fixtures" / "iati" / "activities.xml"

_MEASURE = """
import resource, sys, time
from pathlib import Path
from loaders.iati import read, xmlsafe
path, mode = Path(sys.argv[1]), sys.argv[2]
start = time.perf_counter()
if mode == "stream":
    count = sum(1 for _ in xmlsafe.activities(path)) - 1
else:
    count = sum(1 for _ in read(path).dataset.records())
print(count, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.perf_counter() - start)
"""


def generate(path: Path, activities: int) -> None:
    block = TEMPLATE.read_text(encoding="utf-8").split("<iati-activity ")[1]
    block = "<iati-activity " + block.split("</iati-activities>")[0]
    with path.open("w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n')
        for i in range(activities):
            f.write(block.replace("HG-WATER", f"HG-WATER-{i}"))
        f.write("</iati-activities>\n")


def measure(path: Path, mode: str) -> tuple[int, int, float]:
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path), mode], check=True,
                          capture_output=True, text=True, cwd=ROOT)
    count, rss, seconds = done.stdout.split()
    return int(count), int(rss), float(seconds)


def main(sizes: list[int]) -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} "
          f"{platform.release()}, Python {platform.python_version()}")
    print(f"{'activities':>10} {'file MB':>8} {'mode':>7} {'items':>8} {'peak RSS MB':>12} "
          f"{'s':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"iati-{size}.xml"
            generate(path, size)
            mb = path.stat().st_size / 2**20
            for mode in ("stream", "read"):
                count, rss, seconds = measure(path, mode)
                print(f"{size:>10} {mb:>8.1f} {mode:>7} {count:>8} {rss / 1024:>12.1f} "
                      f"{seconds:>7.2f}")
            path.unlink()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000, 40000])
