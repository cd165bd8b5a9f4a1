// graph_all: the partner network for visualisation: partners and the donations,
// agreements, projects and engagements that link them, the most connected first, at most
// $limit nodes, with their affiliation and fact relationships (graph.links keeps those
// between two kept nodes).
// Documents, places and items are left out; a donation that is part of another keeps its
// PART_OF link to it.
// Parameters: $limit.
// Try it: :param limit => 2000
CALL () {
  MATCH (n)
  WHERE n:Partner OR n:Donation OR n:Agreement OR n:Project OR n:Engagement
  WITH n, COUNT { (n)-[:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO|GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-() } AS degree
  RETURN n ORDER BY degree DESC, n.id LIMIT $limit + 1
}
WITH collect(n) AS found
WITH found[..$limit] AS kept, size(found) > $limit AS truncated
// Edges: the links of the kept nodes; those whose other end was not kept are left out
// by the caller (a membership test per row here would cost memory for every row).
CALL (kept) {
  UNWIND kept AS n
  OPTIONAL MATCH (n:Partner)-[r:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO]->()
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
// Each edge names its ends by element id, which the nodes carry (`eid`): no property of
// an end is read again for it.
RETURN [n IN kept | {label: head(labels(n)), eid: elementId(n), props: properties(n)}] AS nodes,
       [r IN links + shares + parts | {type: type(r), source: elementId(startNode(r)),
         target: elementId(endNode(r)), props: properties(r)}] AS edges,
       truncated
