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
// With $drawn, each node's props are those the explorer draws (graph.links.DRAWN_PROPS,
// with the name, kind and method: one map projection per label, of the properties nodes
// of that label can have) and each edge's props only its `method`: a view the explorer draws carries what it
// draws, and GET /graph/node and /graph/edge (queries/graph_node, graph_edge) give the
// rest of one node or edge. $drawn false: every property.
// Each edge names its ends by element id, which the nodes carry (`eid`): no property of an
// end is read again for it.
// Parameters: $ids (partner ids), $facts ([label, id] of the facts, the strongest links'
//   first), $limit, $drawn (true: the drawn properties; false: all).
// Try it: :param ids => ['gni', 'good-neighbors-vietnam', 'ffi']
//         :param facts => [['Engagement', 'engagement-dofa-good-neighbors-vietnam-covid-advocacy']]
//         :param limit => 2000
//         :param drawn => false
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
// A drawn node reads only the drawn properties its label can have (graph.links.DRAWN_BY_LABEL):
// reading one a node does not have walks all of its properties to find it missing.
RETURN [n IN kept | {label: head(labels(n)), eid: elementId(n),
         props: CASE
           WHEN NOT $drawn THEN n {.*, search_text: null, search_keys: null, text: null}
           WHEN n:Partner THEN n {.id, .name, .kind, .method, .name_vi, .name_en, .country}
           WHEN n:Place THEN n {.id, .name, .kind, .method, .name_vi, .name_en}
           WHEN n:Donation THEN n {.id, .name, .method, .title_vi, .title_en, .value_usd,
                                   when_start: toString(n.when_start),
                                   when_end: toString(n.when_end)}
           WHEN n:Agreement THEN n {.id, .name, .kind, .method, .title_vi, .title_en,
                                    period_start: toString(n.period_start),
                                    period_end: toString(n.period_end),
                                    signed_start: toString(n.signed_start),
                                    signed_end: toString(n.signed_end)}
           WHEN n:Project THEN n {.id, .name, .kind, .method, .title_vi, .title_en,
                                  period_start: toString(n.period_start),
                                  period_end: toString(n.period_end)}
           ELSE n {.id, .name, .kind, .method, .title_vi, .title_en,
                   when_start: toString(n.when_start), when_end: toString(n.when_end)} END}]
       AS nodes,
       [r IN links + shares + parts | {type: type(r), source: elementId(startNode(r)),
         target: elementId(endNode(r)),
         props: CASE WHEN $drawn THEN {method: r.method} ELSE properties(r) END}] AS edges,
       truncated
