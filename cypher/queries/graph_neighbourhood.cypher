// graph_neighbourhood: the nodes and edges around one partner, for visualisation: the
// partners $ids (the center first, then those within a few hops of it, strongest links
// first, as graph.reach finds them with queries/partner_links_top), for each link of that
// search ($links: the partner it was reached from, and the partner reached) at most
// $per_link of the donations, agreements, projects or engagements the two share, and the
// countries (IN_COUNTRY) of the partners; at most $limit nodes, partners first, with their
// relationships of those types (graph.links keeps those between two kept nodes).
// A link's facts are found from the partner with fewer relationships, each checked against
// the other; the first $per_link end the walk, and it looks at $scan facts at most (a link
// whose shared facts are not among them shows no fact): a hub's millions of donations are
// never read, so the view costs what its links cost, whatever the size of the hubs in it.
// Documents and items are left out; a donation that is part of another keeps its PART_OF
// link to it. The properties kept for search only are not sent.
// Parameters: $ids (partner ids), $links ([from, to] pairs of partner ids), $per_link,
//   $scan, $limit.
// Try it: :param ids => ['gni', 'good-neighbors-vietnam', 'ffi']
//         :param links => [['gni', 'good-neighbors-vietnam'], ['gni', 'ffi']]
//         :param per_link => 3  :param scan => 200  :param limit => 2000
CALL () {
  UNWIND range(0, size($ids) - 1) AS i
  MATCH (p:Partner {id: $ids[i]})
  WITH p ORDER BY i
  RETURN collect(p) AS partners
}
// Facts come after partners in the view: when the partners fill it, none is read.
CALL (partners) {
  UNWIND CASE WHEN $limit > size(partners) THEN range(0, size($links) - 1) ELSE [] END AS k
  MATCH (x:Partner {id: $links[k][0]}), (y:Partner {id: $links[k][1]})
  WITH k, CASE WHEN COUNT { (x)--() } <= COUNT { (y)--() } THEN [x, y] ELSE [y, x] END AS ends
  CALL (ends) {
    WITH ends[0] AS s, ends[1] AS l
    MATCH (s)-[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(f)
    WITH l, f LIMIT $scan
    WHERE EXISTS { (f)-[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(l) }
    RETURN DISTINCT f LIMIT $per_link
  }
  // The facts of the strongest links first.
  WITH f, min(k) AS first ORDER BY first, head(labels(f)), f.id LIMIT $limit + 1
  RETURN collect(f) AS facts
}
CALL (partners) {
  UNWIND partners AS a
  MATCH (a)-[:IN_COUNTRY]->(place:Place)
  WITH DISTINCT place ORDER BY place.id
  RETURN collect(place) AS places
}
WITH partners + facts + places AS everything
WITH everything[..$limit] AS kept, size(everything) > $limit AS truncated
// Edges: the links of the kept nodes; those whose other end was not kept are left out
// by the caller (a membership test per row here would cost memory for every row).
CALL (kept) {
  UNWIND kept AS n
  OPTIONAL MATCH (n:Partner)-[r:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO|IN_COUNTRY]->()
  RETURN collect(r) AS links
}
CALL (kept) {
  // From the facts only: a hub's own relationships of these types are never walked.
  UNWIND [n IN kept WHERE NOT n:Partner] AS f
  OPTIONAL MATCH (f)-[r:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(:Partner)
  RETURN collect(r) AS shares
}
// A donation recorded as part of a larger one: lets a reader add values up without
// counting a part and its whole twice.
CALL (kept) {
  UNWIND [n IN kept WHERE n:Donation] AS d
  OPTIONAL MATCH (d)-[r:PART_OF]->(:Donation)
  RETURN collect(r) AS parts
}
RETURN [n IN kept | {label: head(labels(n)),
         props: n {.*, search_text: null, search_keys: null, text: null}}] AS nodes,
       [r IN links + shares + parts | {type: type(r),
         source: {label: head(labels(startNode(r))), id: startNode(r).id},
         target: {label: head(labels(endNode(r))), id: endNode(r).id},
         props: properties(r)}] AS edges,
       truncated
