"""The dataset commands as a user runs them, in a subprocess against the test Neo4j:
`load --dry-run` names the change a correction makes and writes nothing, `load` prints the
same summary and makes it, `history` lists both loads, `unload` removes the dataset, and
an unknown dataset is a one-line error."""

import shutil
from pathlib import Path

from graphdb import fingerprint
from test_cli_data import cli, env  # noqa: F401  (env is a fixture)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "templates" / "example"


def test_dry_run_load_history_and_unload(env, db, tmp_path):  # noqa: F811
    folder = tmp_path / "aozora"
    shutil.copytree(EXAMPLE, folder)
    assert cli(env, "load", str(folder)).returncode == 0
    donations = folder / "donations.csv"
    donations.write_text(donations.read_text(encoding="utf-8").replace(
        "aozora-city;hikari-kokusai,", "aozora-city,", 1), encoding="utf-8")
    before = fingerprint(db)

    dry = cli(env, "load", "--dry-run", str(folder))

    assert dry.returncode == 0, dry.stderr
    assert "dataset aozora: 0 would add, 1 would change, 0 would remove" in dry.stdout
    assert "would change: Donation: aozora-hki-medical-2022" in dry.stdout
    assert fingerprint(db) == before
    done = cli(env, "load", str(folder))
    assert "changed: Donation: aozora-hki-medical-2022" in done.stdout
    assert fingerprint(db) != before
    history = cli(env, "history", "--dataset", "aozora")
    assert history.returncode == 0 and history.stdout.count("aozora") == 2
    unload = cli(env, "unload", "aozora")
    assert unload.returncode == 0, unload.stderr
    assert "16 removed" in unload.stdout
    assert fingerprint(db) == ([], [])
    unknown = cli(env, "unload", "no-such-dataset")
    assert unknown.returncode == 1
    assert "no dataset 'no-such-dataset'" in unknown.stderr
    assert "Traceback" not in unknown.stderr
