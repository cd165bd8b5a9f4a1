"""The order in which graph.reach ranks the partners it reaches: pure functions, no Neo4j."""

import random

from graph.reach import Reached, _desc, ranked


def _first_before(a: str, b: str) -> bool:
    """Descending text order: the larger character at the first difference first; a text
    before the longer texts it begins."""
    for x, y in zip(a, b, strict=False):
        if x != y:
            return x > y
    return len(a) < len(b)


def test_the_sort_key_orders_ranks_and_any_text_descending():
    rng = random.Random(16)
    alphabet = "0123459ab\u00e9\U0001f600"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5)))
             for _ in range(400)]
    texts += ["", "0", "1", "10", "100000000000000000000000000000", "099999"]
    for a in texts:
        for b in texts[:60]:
            if a != b:
                assert (_desc(a) < _desc(b)) == _first_before(a, b), (a, b)


def test_partners_are_ranked_by_hops_then_strongest_link_then_id_larger_first():
    """Equal links in the order the indexes read them (the other partner's id, the larger
    first), whatever their names: the order a short read and a long one share."""
    def reached(id, hops, rank, name=None):
        return Reached(id, name, None, hops, ["start", id], {"rank": rank})

    found = [reached("d", 2, "1900"), reached("c", 1, "0100", "Zeta"),
             reached("b", 1, "0100", "Alpha"), reached("a", 1, "0200"),
             reached("f", 1, "0100", "Alpha"), reached("ff", 1, "0100")]
    assert [r.id for r in sorted(found, key=Reached.order)] == ["a", "ff", "f", "c", "b", "d"]


def test_a_hop_is_ranked_as_the_sort_key_ranks_it():
    """graph.reach ranks each hop by one sort on plain keys; it gives Reached.order's order
    for ranks of one width, ties of rank, ids one the prefix of another, and a link
    without a rank."""
    rng = random.Random(35)
    for _ in range(200):
        hop = [Reached(rng.choice([f"p{i}", f"p{i}x", f"p{i}-2"]),
                       rng.choice([None, "Alpha", "Beta", "beta", "Ánh"]), None, 1,
                       ["start", f"p{i}"],
                       {"rank": rng.choice(["", None, *(f"{rng.choice('01')}{rng.randint(0, 3):09d}"
                                                      f"{rng.randint(0, 99):016d}2024"
                                                      for _ in range(3))])})
               for i in rng.sample(range(60), rng.randint(0, 25))]
        assert [r.id for r in ranked(hop)] == [r.id for r in sorted(hop, key=Reached.order)]
