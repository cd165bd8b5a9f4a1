"""Every named query of cypher/queries/ as a power user meets it: the question it answers,
and the HTTP request that gives the same answer for the query's "Try it" values.

A query the API runs as part of a larger answer (the names a request resolves, the page a
donation search reads) says which request that is in `note`. A query no endpoint runs on
its own (the extractor's gazetteer, the counts of `partnergraph stats`) is answered over
HTTP by POST /cypher with its very text. The Browser guides (api/routers/guide.py) are
built from this table; tests check that it names every query file and that every request
answers on the seed data."""

import json
import shlex
from dataclasses import dataclass

from graph import cypher


@dataclass(frozen=True)
class Entry:
    name: str
    question: str
    #: "GET /path?query" for the Try it values; None: POST /cypher with the query's text.
    get: str | None
    note: str = ""

    @property
    def file(self) -> str:
        return f"cypher/{self.name}.cypher"


def _entries(*rows: tuple) -> dict[str, Entry]:
    return {f"queries/{row[0]}": Entry(f"queries/{row[0]}", *row[1:]) for row in rows}


CATALOGUE = _entries(
    ("donations_given", "All Guangxi donations since 2020",
     "GET /donations?donor=guangxi&since=2020-01-01"),
    ("partner_links_top", "The strongest links of Good Neighbors",
     "GET /partners/gni/linked?max_hops=1&limit=25",
     "GET /partners/{id}/linked reads the strongest links with it, hop after hop, then "
     "spells out the path behind each with linked_paths."),
    ("linked_paths", "The facts behind a link", "GET /partners/gni/linked?max_hops=1",
     "Each linked partner of GET /partners/{id}/linked comes with the path this query "
     "spells out."),
    ("path_hops", "How two partners are connected",
     "GET /paths?from=good-neighbors-vietnam&to=ffi&max_hops=4",
     "GET /paths finds the routes of fewest hops with partner_links_top, from both ends "
     "at once, then spells each hop of them with this query."),
    ("donation_totals", "What totals are built from",
     "GET /stats/donations?group_by=donor&direction=inbound",
     "The API adds the values up, normalised to USD and VND, without counting a part and "
     "its whole twice."),
    ("partner_search", "Find a partner by any spelling", "GET /partners?q=guangxi&limit=10",
     "The API folds the search text (\"Quảng Tây\", \"quang tay\", \"广西\") into $lucene."),
    ("graph_around", "The network around a partner", "GET /graph?center=gni&depth=2",
     "GET /graph reads a view of one or two links out with this one query."),
    ("graph_neighbourhood", "The network three links around a partner",
     "GET /graph?center=gni&depth=3",
     "GET /graph reads three links out with partner_links_top, hop after hop, then this "
     "query."),
    ("document_detail", "A source and every fact drawn from it",
     "GET /documents/article-004-47f6c6ea85a0549f"),
    ("agreements", "Agreements in force on a date",
     "GET /agreements?partner=world-bank&active_on=2023-01-01"),
    ("donation_counts", "How many donations a partner gave and received since a year",
     "GET /donations?donor=guangxi&since=2020-01-01",
     "GET /donations reads its total from these counts, kept on the partner by year, when "
     "the period asked starts on the first of January (inside donations_given and "
     "donations_received, with the page)."),
    ("donation_detail", "Donations by id, with what it takes to cite them",
     "GET /donations?donor=yunnan", "Every page of GET /donations is read by this query, "
     "from the ids the page's search found."),
    ("donations", "Every donation since 2020, newest first", "GET /donations?since=2020-01-01"),
    ("donations_received", "Donations to Hà Giang since 2020",
     "GET /donations?recipient=ha-giang&since=2020-01-01"),
    ("engagements", "Meetings, visits and calls for support of a partner",
     "GET /engagements?partner=good-neighbors-vietnam"),
    ("gazetteer", "Every name the article extractor knows", None,
     "`partnergraph extract` resolves an article's mentions against it."),
    ("graph_all", "The whole partner network", "GET /graph?limit=2000"),
    ("graph_node", "One node of a graph view, every property",
     "GET /graph/node?id=Donation:donation-2020-2022-yunnan-guangxi",
     "A view carries what a picture of its nodes needs; the explorer reads the rest of the "
     "node a reader picks with this query."),
    ("graph_edge", "One edge of a graph view, every property",
     "GET /graph/edge?source=Partner:good-neighbors-vietnam&type=PART_OF&target=Partner:gni",
     "The sources of the affiliation a reader picks in the explorer."),
    ("items", "The catalogue of donated things", "GET /donations?item=vero%20cell",
     "The API resolves the `item` of GET /donations (any of its names) with it."),
    ("partner_by_id", "A partner by id", "GET /partners/guangxi",
     "A request that names a partner resolves the name with it (GET /donations and "
     "GET /graph with partner_with_history, which reads the units merged into it too)."),
    ("partner_detail", "Everything about one partner", "GET /partners/guangxi"),
    ("partners_list", "Foreign NGOs by name", "GET /partners?kind=foreign_ngo"),
    ("procedure_modes", "Which procedures Cypher over HTTP may call", None,
     "POST /cypher lets a query call only the procedures it lists as READ."),
    ("projects", "Projects and programmes", "GET /projects"),
    ("server_info", "The server's name, version and edition", "GET /health"),
    ("stats_labels", "How many nodes carry each label", None,
     "`partnergraph stats` prints it."),
    ("load_history", "The history of loads: what each load added, changed and removed", None,
     "`partnergraph history` prints it."),
    ("names_by_id", "Both names of partners, places, items and facts",
     "GET /partners?q=guangxi&lang=vi",
     "An answer asked for in one language (`lang=vi|en` or Accept-Language) names every "
     "partner, place, item and fact in it with it, the other language beside."),
    ("partner_predecessors", "The units merged into a partner, with the date",
     "GET /donations?recipient=tuyen-quang",
     "Answers about a unit include its predecessors' facts; `includes` names them."),
    ("partner_with_history", "A partner by id, with the units merged into it",
     "GET /donations?recipient=tuyen-quang",
     "GET /donations and GET /graph read the partner they name and its predecessors "
     "with it, in the answer's own transaction."),
    ("report_aid", "Aid received over a period, every donation with its figures",
     "GET /reports/aid?since=2020-01-01&until=2022-12-31"),
    ("stats_relationships", "How many relationships of each type", None,
     "`partnergraph stats` prints it."),
)

#: The main guide's slides: the headline questions, in this order.
HEADLINE = [f"queries/{name}" for name in (
    "donations_given", "partner_links_top", "path_hops", "donation_totals", "partner_search",
    "graph_around", "document_detail")]


def param_commands(name: str) -> str | None:
    """Browser's `:param` commands for the query's Try it values, one a line; None for a
    query without parameters. The `=>` form has Neo4j evaluate each value, so 50 stays an
    integer (Browser reads `:params {limit: 50}` as the float 50.0, which LIMIT refuses)
    and date('2020-01-01') is a date. Every line ends with `;`: Browser runs the lines in
    turn, and ignores a click on a block whose text ends with "null"."""
    params, _ = cypher.try_it(name)
    return "\n".join(f":param {key} => {value};" for key, value in params.items()) or None


def cypher_body(name: str) -> dict:
    """The POST /cypher body that runs a query over HTTP with its Try it values (literals
    only: null, numbers, strings, as such a query's header gives them)."""
    lines = cypher.browser_text(name).splitlines()
    query = "\n".join(line for line in lines if not line.lstrip().startswith("//")).strip()
    params, _ = cypher.try_it(name)
    return {"query": query,
            "parameters": {k: json.loads(v.replace("'", '"')) for k, v in params.items()}}


def curl(entry: Entry, base: str) -> str:
    """The shell command that asks the API the same question."""
    if entry.get:
        return f"curl -s {shlex.quote(base + entry.get.removeprefix('GET '))}"
    body = json.dumps(cypher_body(entry.name), ensure_ascii=False)
    return (f"curl -s -X POST {base}/cypher -H 'Content-Type: application/json' "
            f"-d {shlex.quote(body)}")


#: The headline questions as a Vietnamese analyst asks them (the guide with ?lang=vi).
QUESTIONS_VI = {
    "queries/donations_given": "Mọi khoản viện trợ của Quảng Tây từ năm 2020",
    "queries/partner_links_top": "Các liên hệ mạnh nhất của Good Neighbors",
    "queries/path_hops": "Hai đối tác liên hệ với nhau thế nào",
    "queries/donation_totals": "Các tổng số được tính từ đâu",
    "queries/partner_search": "Tìm đối tác theo mọi cách viết",
    "queries/graph_around": "Mạng lưới quanh một đối tác",
    "queries/document_detail": "Một nguồn và mọi dữ kiện lấy từ nguồn đó",
}
