"""The bulk import's progress lines: records per second and the time the check phase has
left, from the share of the input's bytes read so far; quiet between its intervals."""

from pathlib import Path

from loaders.importprogress import ImportProgress


def test_progress_reports_rate_share_and_time_left(tmp_path: Path, monkeypatch):
    small, large = tmp_path / "a.json", tmp_path / "b.json"
    small.write_text("x" * 100)
    large.write_text("x" * 300)
    clock = iter([0.0, 10.0, 12.0, 40.0])
    monkeypatch.setattr("loaders.importprogress.time.perf_counter", lambda: next(clock))
    lines: list[str] = []
    progress = ImportProgress([tmp_path], lines.append, every=5.0)

    progress.checked(small, 1000)   # at 10 s: a quarter of the bytes
    progress.checked(large, 10)     # at 12 s: within the interval, nothing said
    progress.checked(large, 2990)   # at 40 s: all of it

    assert lines == [
        "checked 1,000 records (100/s), 25% of the input, about 0.5 min left",
        "checked 4,000 records (100/s), 100% of the input, about 0.0 min left",
    ]
