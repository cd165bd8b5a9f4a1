"""The bulk import's checks spread over processes (loaders.stream with workers) write the
very files one process writes, and report the same problems with the same file and line:
on a generated set split over several files, on the seed (a folder of YAML files), and on
files with a duplicate id, an unknown reference and a quote not in its document."""

import json
import shutil
from pathlib import Path

import pytest

from graph.bulk import write_csvs
from loaders import stream
from loaders.errors import LoadError
from loaders.synthetic import Size, generate
from partnergraph.rates import load_rates

pytestmark = pytest.mark.process

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"
SMALL = Size(partners=200, agreements=150, projects=150, donations=2_000, engagements=40,
             policies=3)


def written(paths: list[Path], out: Path, workers: int):
    rates = load_rates()
    files = write_csvs(chunks=stream.stream(paths, workers=workers, rates=rates, out=out),
                       out=out, rates=rates)
    # Each file is numbered in writing order, and holds its rows in building order, both
    # of which may differ (a file's engagements are built last): the rows of each file,
    # its header first, must not.
    def rows(p: Path) -> tuple[str, list[str]]:
        header, *lines = p.read_text(encoding="utf-8").splitlines()
        return header, sorted(lines)

    contents = sorted((p.name.split("-", 1)[1], rows(p))
                      for p in out.iterdir() if p.suffix == ".csv")
    return files, contents


@pytest.mark.parametrize("source", ["generated", "seed"])
def test_workers_write_the_files_one_process_writes(tmp_path, source):
    if source == "seed":
        paths = [SEED]
    else:
        generate(out=tmp_path / "gen", size=SMALL, seed=3)
        paths = [tmp_path / "gen"]
    one, one_csv = written(paths, tmp_path / "one", workers=1)
    two, two_csv = written(paths, tmp_path / "two", workers=2)

    assert one_csv == two_csv and len(one_csv) > 5
    assert (one.records, one.node_count, one.relationship_count, one.owned, one.linked) == (
        two.records, two.node_count, two.relationship_count, two.owned, two.linked)
    def fixes(found):
        return ({k: sorted(v, key=repr) for k, v in found.node_fixes.items()},
                {k: sorted(v, key=repr) for k, v in found.rel_fixes.items()})

    assert fixes(one) == fixes(two)


def test_workers_report_the_problems_one_process_reports(tmp_path):
    """A duplicate id, an unknown partner and a quote its document does
    not hold: the same problems, each with its file, line and field, in both modes."""
    generate(out=tmp_path / "gen", size=SMALL, seed=4)
    bad = tmp_path / "bad"
    shutil.copytree(tmp_path / "gen", bad)
    donations = sorted(bad.glob("*donations*.json"))[0]
    data = json.loads(donations.read_text(encoding="utf-8"))
    data["donations"][3]["id"] = data["donations"][2]["id"]
    data["donations"][5]["donors"] = ["nobody-at-all"]
    data["donations"][7]["sources"][0]["quote"] = "một câu không có trong tài liệu"
    donations.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

    reports = []
    for workers in (1, 2):
        with pytest.raises(LoadError) as caught:
            written([bad], tmp_path / f"out{workers}", workers=workers)
        reports.append(sorted(map(str, caught.value.problems)))

    assert reports[0] == reports[1] and len(reports[0]) == 3
    assert all(f"{donations}:" in line for line in reports[0])
    assert any("also declared at" in line for line in reports[0])


def test_a_figure_refused_twice_is_reported_twice_by_workers_and_by_one_process(tmp_path):
    """The same unreadable sum in two donations: readings are kept by their text, a
    refusal never is, so each donation's problem is reported, with its line and field,
    the same in both modes."""
    generate(out=tmp_path / "gen", size=SMALL, seed=5)
    donations = sorted((tmp_path / "gen").glob("*donations*.json"))[0]
    data = json.loads(donations.read_text(encoding="utf-8"))
    for index in (4, 9):
        data["donations"][index]["value"] = "không rõ bao nhiêu"
    donations.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

    reports = []
    for workers in (1, 2):
        with pytest.raises(LoadError) as caught:
            written([tmp_path / "gen"], tmp_path / f"out{workers}", workers=workers)
        reports.append(sorted(map(str, caught.value.problems)))

    # The file refused whole, its donations are unknown to the engagements that name them.
    refused = [line for line in reports[0] if "không rõ bao nhiêu" in line]
    assert reports[0] == reports[1]
    assert [line.split(": ", 2)[1] for line in refused] == ["donations[4].value",
                                                            "donations[9].value"]
    assert all(line.startswith(f"{donations}:") for line in refused)
