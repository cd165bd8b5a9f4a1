"""The figures a partner keeps of its donations are named in three places that cannot
import one list (graph.plan.KEPT_PROPS, the recount that sets them, the node write that
keeps them across a rewrite): all three name the same properties."""

import re

from graph import cypher
from graph.plan import KEPT_PROPS


def test_the_recount_sets_and_the_node_write_keeps_exactly_the_kept_figures():
    recount = cypher.load("write/recount_donations_of")
    merge = cypher.load("write/merge_nodes")
    set_clause = recount[recount.index("\nSET "):]

    assert set(re.findall(r"p\.(\w+) =", set_clause)) == KEPT_PROPS
    projection = re.search(r"n \{([^}]*)\} AS kept", merge).group(1)
    assert {name.strip().lstrip(".") for name in projection.split(",")} == KEPT_PROPS
