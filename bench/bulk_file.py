"""CPU seconds of one dataset file through the bulk import's parallel path: the worker's
part (read, check, build the rows, write the import files), the hand-over (what the
worker sends back, pickled and unpickled) and the main process's part (the engagements
and LINKED pairs). Process CPU time, so a busy machine slows it far less than the wall
clock.

    python -m bench.bulk_file FILE [HOME]   (a file of `partnergraph generate`)"""

import pickle
import sys
import tempfile
import time
from pathlib import Path

from graph.bulk import Chunk, CsvWriter
from loaders import stream
from partnergraph.domain import Dataset
from partnergraph.rates import load_rates


def main(path: Path, home: str) -> None:
    rates = load_rates()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        started = time.process_time()
        done = stream.prepare(path, rates, home, "bench", out, 0)
        worked = time.process_time()
        done = pickle.loads(pickle.dumps(done))
        handed = time.process_time()
        with stream.gc_paused():
            CsvWriter(out, rates).add(Chunk(
                path, Dataset(home=home, engagements=done.engagements), {}, "bench",
                written=done.written, links=done.links, records=len(done.summary.records)))
        ended = time.process_time()
    records = len(done.summary.records)
    print(f"{path.name}: {records} records; worker {worked - started:.1f} s, hand-over "
          f"{handed - worked:.1f} s, main process {ended - handed:.1f} s; "
          f"{records / (ended - started):,.0f} records per CPU-second")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "ha-giang")
