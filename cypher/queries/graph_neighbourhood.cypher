// graph_neighbourhood: the nodes and edges around one partner, for visualisation: the
// partners $ids (the center first, then those within a few hops of it, strongest links
// first, as graph.reach finds them with queries/partner_links_top), the donations,
// agreements, projects or engagements $facts behind the links of that search, and the
// countries (IN_COUNTRY) of the partners; at most $limit nodes, partners first, with their
// relationships of those types (graph.links keeps those between two kept nodes).
// The facts of a link are a few of those its LINKED keeps in `shown` (write/recount_links:
// the latest dated of those the two share, then the larger USD value), read with the link
// by queries/partner_links_top and looked up here by label and id: a link costs a few
// index seeks, whatever the size of the hubs at its ends.
// Documents and items are left out; a donation that is part of another keeps its PART_OF
// link to it. The properties kept for search only are not sent.
// With $keys, each node's props are the values of those keys only, in their order (null
// where a node has none; dates as ISO text, as the API writes them), and each edge's props
// only its `method`: a view the explorer
// draws carries what it draws, and GET /graph/node and /graph/edge (queries/graph_node,
// graph_edge) give the rest of one node or edge. $keys null: every property.
// Parameters: $ids (partner ids), $facts ([label, id] of the facts, the strongest links'
//   first), $limit, $keys (property names, or null for all).
// Try it: :param ids => ['gni', 'good-neighbors-vietnam', 'ffi']
//         :param facts => [['Engagement', 'engagement-dofa-good-neighbors-vietnam-covid-advocacy']]
//         :param limit => 2000
//         :param keys => null
CALL () {
  UNWIND range(0, size($ids) - 1) AS i
  MATCH (p:Partner {id: $ids[i]})
  WITH p ORDER BY i
  RETURN collect(p) AS partners
}
// Facts come after partners in the view: when the partners fill it, none is read.
CALL (partners) {
  UNWIND CASE WHEN $limit > size(partners) THEN range(0, size($facts) - 1) ELSE [] END AS k
  WITH k, $facts[k][0] AS label, $facts[k][1] AS id
  CALL (label, id) {
    WITH * WHERE label = 'Donation' MATCH (f:Donation {id: id}) RETURN f
    UNION ALL
    WITH * WHERE label = 'Agreement' MATCH (f:Agreement {id: id}) RETURN f
    UNION ALL
    WITH * WHERE label = 'Project' MATCH (f:Project {id: id}) RETURN f
    UNION ALL
    WITH * WHERE label = 'Engagement' MATCH (f:Engagement {id: id}) RETURN f
  }
  WITH f ORDER BY k LIMIT $limit + 1
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
         props: CASE WHEN $keys IS NULL
                  THEN n {.*, search_text: null, search_keys: null, text: null}
                  ELSE [k IN $keys | CASE WHEN n[k] IS :: DATE THEN toString(n[k])
                                          ELSE n[k] END] END}] AS nodes,
       [r IN links + shares + parts | {type: type(r),
         source: head(labels(startNode(r))) + ':' + startNode(r).id,
         target: head(labels(endNode(r))) + ':' + endNode(r).id,
         props: CASE WHEN $keys IS NULL THEN properties(r) ELSE {method: r.method} END}] AS edges,
       truncated
