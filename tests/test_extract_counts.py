"""How many of each thing a gift gave, on sentences written for each reading: every count
in a list is one, whatever is written between the number and the thing; a number that says
whose receivers, or a building's size, counts no gift. Checked on the extraction alone."""

from extracting import extract_text as _extract


def _counts(extraction) -> list[list[str]]:
    return [sorted(i.quantity.value for i in g.items if i.quantity)
            for g in extraction.dataset.donations]


def test_every_count_in_an_english_list_is_one(tmp_path):
    """"3 infant incubators, 2 LED phototherapy units and 1 non-invasive breathing support
    (CPAP) machine": three things, an acronym before or inside a name notwithstanding."""
    extraction = _extract(tmp_path, "Posted: 14/05/2024\n\nOn May 13, the Rotary Club of Saigon "
                          "handed over neonatal care equipment worth USD 35,000 to Tu Du "
                          "Hospital in Ho Chi Minh City. The donation includes 3 infant "
                          "incubators, 2 LED phototherapy units and 1 non-invasive breathing "
                          "support (CPAP) machine.\n")

    assert [[str(v) for v in c] for c in _counts(extraction)] == [["1", "2", "3"]]
