"""Dataset names (loaders/datasets.py) depend on the folder's name, never on where it sits:
a folder is named after itself whether given directly or found inside another, and a file
given alone after its folder and itself."""

from pathlib import Path

from loaders.datasets import name_of
from loaders.pipeline import discover

ROOT = Path(__file__).resolve().parents[2]


def test_a_folder_is_named_after_itself_wherever_it_sits(tmp_path):
    """data/seed is `seed` from any working directory; a CSV folder copied anywhere keeps
    its name, and a CSV folder inside a given folder is its own dataset."""
    seed = ROOT / "data" / "seed"
    assert {name_of(seed, p) for p in discover([seed])} == {"seed"}
    outer = tmp_path / "somewhere" / "outer"
    (outer / "aozora").mkdir(parents=True)
    (outer / "aozora" / "partners.csv").write_text("id\n", encoding="utf-8")
    (outer / "more.yaml").write_text("{}\n", encoding="utf-8")
    found = {p.name: name_of(outer, p) for p in discover([outer])}
    assert found == {"aozora": "aozora", "more.yaml": "outer"}
    assert name_of(outer / "aozora", outer / "aozora") == "aozora"


def test_a_file_given_alone_is_named_after_its_folder_and_itself():
    """The mini fixture alone is `mini/mini.yaml`."""
    mini = ROOT / "tests" / "fixtures" / "mini" / "mini.yaml"
    assert name_of(mini, mini) == "mini/mini.yaml"
