// graph_neighbourhood: the nodes and edges around one partner, for visualisation: the
// partners $ids (the center first, then those within a few hops of it, strongest links
// first, as graph.reach finds them with queries/partner_links_top), the fact nodes of the
// partners $inner (those nearer than the view's depth), and the countries (IN_COUNTRY) of
// the partners; at most $limit nodes, partners first, with their relationships of those
// types (graph.links keeps those between two kept nodes). A hop is an affiliation or a
// shared donation, agreement, project or engagement.
// Documents and items are left out; a donation that is part of another keeps its PART_OF
// link to it. Each inner partner brings at most $share fact nodes (the room the partners
// leave, shared among the inner ones), so a partner with millions of donations costs no
// more than its share.
// Parameters: $ids, $inner (partner ids), $limit, $share.
// Try it: :param ids => ['gni', 'good-neighbors-vietnam', 'ffi']
//         :param inner => ['gni']  :param limit => 2000  :param share => 2000
CALL () {
  UNWIND range(0, size($ids) - 1) AS i
  MATCH (p:Partner {id: $ids[i]})
  WITH p ORDER BY i
  RETURN collect(p) AS partners
}
CALL () {
  UNWIND $inner AS id
  MATCH (p:Partner {id: id})
  RETURN collect(p) AS inner
}
// Facts come after partners in the view: when the partners fill it, none is read.
CALL (partners, inner) {
  UNWIND CASE WHEN $limit > size(partners) THEN inner ELSE [] END AS a
  CALL (a) {
    MATCH (a)-[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(f)
    RETURN f LIMIT $share
  }
  WITH DISTINCT f ORDER BY head(labels(f)), f.id LIMIT $limit + 1
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
  UNWIND kept AS f
  OPTIONAL MATCH (f)-[r:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(:Partner)
  WHERE NOT f:Partner
  RETURN collect(r) AS shares
}
// A donation recorded as part of a larger one: lets a reader add values up without
// counting a part and its whole twice.
CALL (kept) {
  UNWIND kept AS d
  OPTIONAL MATCH (d:Donation)-[r:PART_OF]->(:Donation)
  RETURN collect(r) AS parts
}
RETURN [n IN kept | {label: head(labels(n)), props: properties(n)}] AS nodes,
       [r IN links + shares + parts | {type: type(r),
         source: {label: head(labels(startNode(r))), id: startNode(r).id},
         target: {label: head(labels(endNode(r))), id: endNode(r).id},
         props: properties(r)}] AS edges,
       truncated
