"""A reload killed with SIGKILL in the middle of its write, against the real Neo4j: in one
transaction it leaves the previous version exactly as it was; with --commit-each-batch it
leaves part of the new one. Either way the same command run again gives exactly the graph
a clean load of the new version gives — removals and LINKED pairs included."""

import json
import signal
import subprocess
from pathlib import Path

import pytest
import reloads
from graphdb import fingerprint, read_rows
from test_resilience import CLI, PARTNERS, cli_env, dataset, kill_while_waiting

from graph import reload_steps
from loaders import pipeline


def _versions(folder: Path) -> tuple[str, str]:
    """The big dataset, and a version without every other donation and with the partners
    of those donations affiliated to the first partner."""
    folder.mkdir()
    dataset.write(folder / "big.json", PARTNERS)
    first = (folder / "big.json").read_text(encoding="utf-8")
    data = json.loads(first)
    data["donations"] = data["donations"][::2]
    for partner in data["partners"][2::2]:
        partner["affiliations"] = [{"target": data["partners"][1]["id"]}]
    return first, json.dumps(data, ensure_ascii=False)


@pytest.mark.slow
@pytest.mark.parametrize("options", [[], ["--commit-each-batch"]], ids=["one", "each-batch"])
def test_a_reload_killed_mid_write_is_completed_by_a_rerun(db, neo4j_settings, tmp_path,
                                                           options):
    folder = tmp_path / "big"
    first, second = _versions(folder)
    (folder / "big.json").write_text(second, encoding="utf-8")
    db.run(pipeline.load, paths=[folder])
    clean = fingerprint(db)
    db.wipe()
    (folder / "big.json").write_text(first, encoding="utf-8")
    db.run(pipeline.load, paths=[folder])
    before = fingerprint(db)
    (folder / "big.json").write_text(second, encoding="utf-8")
    env, command = cli_env(neo4j_settings), [CLI, "load", *options, str(folder)]

    # The last partner, which the new version changes, is held: the reload waits in its
    # last batch of partners (with --commit-each-batch, the batches before it committed).
    loader = kill_while_waiting(db, command, env=env, cwd=tmp_path,
                                hold="MATCH (p:Partner {id: $id}) SET p.held = true",
                                id=f"partner-{PARTNERS - 1:06d}")
    after_kill = fingerprint(db)
    rerun = subprocess.run(command, check=False, env=env, cwd=tmp_path, capture_output=True,
                           text=True, timeout=900)

    assert loader.returncode == -signal.SIGKILL
    if not options:
        assert after_kill == before  # the killed reload left the previous version whole
    assert rerun.returncode == 0, rerun.stderr
    assert fingerprint(db) == clean


def test_a_batched_reload_that_dies_before_relinking_is_completed_by_a_rerun(
        db, tmp_path, monkeypatch):
    """--commit-each-batch, dying after its removals but before it recomputed LINKED:
    the pair the removed donation made is still there; the next run, which finds nothing
    left to remove, recomputes it all the same (from the unfinished history node)."""
    cite = [{"document": "c-doc", "quote": "alpha"}]
    data = {"documents": [{"id": "c-doc", "text": reloads.TEXT}],
            "partners": [{"id": p, "kind": "foreign_ngo", "name_en": p, "sources": cite}
                         for p in ("c-a", "c-b")],
            "donations": [{"id": "c-gift", "donors": ["c-a", "c-b"],
                           "recipients_note": "the province", "sources": cite}]}
    folder = reloads.write(tmp_path / "batched", data)
    db.run(pipeline.load, paths=[folder])
    data["donations"] = []
    reloads.write(folder, data)

    def dies(*args, **kwargs):
        raise RuntimeError("killed")

    monkeypatch.setattr(reload_steps, "relink", dies)
    with pytest.raises(RuntimeError):
        db.run(pipeline.load, paths=[folder], one_transaction=False)
    linked = "MATCH ()-[l:LINKED]->() RETURN count(l) AS n"
    assert db.run(read_rows, text=linked) == [{"n": 1}]  # the run died with the pair due
    monkeypatch.undo()

    db.run(pipeline.load, paths=[folder], one_transaction=False)

    assert db.run(read_rows, text=linked) == [{"n": 0}]
    assert db.run(read_rows, text="MATCH (l:Load {action: 'unfinished'}) "
                  "RETURN count(l) AS n") == [{"n": 0}]
