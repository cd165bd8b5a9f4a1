// partner_linked: partners linked to one partner, nearest first, each with a path that
// explains the link. A hop is one partner-to-partner link: an affiliation (PART_OF,
// OFFICE_OF, MEMBER_OF, MERGED_INTO: one relationship) or a shared fact (two donors of
// one donation, a donor and its recipient, co-parties of an agreement, funders,
// implementers and beneficiaries of a project, participants of an engagement: two
// relationships through the fact).
// The search walks LINKED, the partner-to-partner links written with the facts (one per
// pair of partners, however many facts they share), so its cost follows the number of
// partners, not of facts: a province with millions of donations is one step. Only the
// page's paths are then spelled out: for each hop an affiliation if there is one, else a
// donation, agreement or project the two share, else an engagement, each found from the
// partner with fewer relationships. Cypher takes no parameter as a path-length bound, so
// {hops} ($max_hops: 1-4) is written into the pattern from a closed enum (graph.links.Hops).
// Parameters: $id (partner id), $kind (partner kind or null), $max_hops (1-4), $skip,
//   $limit; slot {hops}.
// Try it: :param id => 'gni'  :param kind => 'foreign_ngo'
//         :param max_hops => 2  :param skip => 0  :param limit => 50   (and write 2 for {hops})
MATCH (start:Partner {id: $id})
// One search from the start (StatefulShortestPath(All)): its target carries no label.
CALL (start) {
  MATCH p = ANY SHORTEST (start)-[:LINKED]-{1,{hops}}(other)
  WHERE other <> start
  RETURN other, length(p) AS hops, nodes(p) AS route,
         reduce(n = 0, r IN relationships(p) | n + CASE WHEN r.affiliated THEN 1 ELSE 2 END) AS rels
}
WITH other, hops, route, rels WHERE $kind IS NULL OR other.kind = $kind
// Nearest first; among equals, fewer relationships (an affiliation is the closer link).
WITH other, hops, route ORDER BY hops, rels, other.name, other.id
WITH collect({other: other, hops: hops, route: route}) AS found
UNWIND found[$skip..$skip + $limit] AS hit
CALL (hit) {
  WITH hit.route AS route
  UNWIND range(0, size(route) - 2) AS i
  WITH route, i, route[i] AS x, route[i + 1] AS y
  WITH route, i, x, y,
       CASE WHEN COUNT { (x)--() } <= COUNT { (y)--() } THEN [x, y] ELSE [y, x] END AS ends
  CALL (x, y, ends) {
    WITH x, y, ends[0] AS s, ends[1] AS l
    CALL (x, y, s, l) {
      MATCH (x)-[a:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO]-(y)
      RETURN 0 AS rank, [] AS between, [a] AS rels
      LIMIT 1
      UNION
      MATCH (s)-[q1:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS]-(f)-[q2:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS]-(l)
      RETURN 1 AS rank, [f] AS between, CASE WHEN s = x THEN [q1, q2] ELSE [q2, q1] END AS rels
      LIMIT 1
      UNION
      MATCH (s)-[q1:TOOK_PART_IN]->(f)<-[q2:TOOK_PART_IN]-(l)
      RETURN 2 AS rank, [f] AS between, CASE WHEN s = x THEN [q1, q2] ELSE [q2, q1] END AS rels
      LIMIT 1
    }
    RETURN between, rels ORDER BY rank LIMIT 1
  }
  WITH route, i, between + [y] AS step, rels ORDER BY i
  WITH route, collect(step) AS steps, collect(rels) AS rel_steps
  RETURN reduce(ns = [route[0]], s IN steps | ns + s) AS ns,
         reduce(rs = [], r IN rel_steps | rs + r) AS rs
}
WITH size(found) AS total, hit.other AS other, hit.hops AS hops, ns, rs
RETURN total, other {.id, .name, .kind} AS partner, hops,
       [n IN ns | {id: n.id, name: n.name, kind: n.kind, label: head(labels(n)),
         sources: CASE WHEN n:Partner THEN [] ELSE COLLECT {
           MATCH (n)-[c:CITED_IN]->(d:Document)
           RETURN {document: d.id, quote: c.quote, method: coalesce(c.method, 'curated'), confidence: c.confidence}
           ORDER BY d.id, c.quote } END}] AS nodes,
       [i IN range(0, size(rs) - 1) | {type: type(rs[i]), out: startNode(rs[i]) = ns[i],
         documents: rs[i].source_documents, quotes: rs[i].source_quotes,
         method: rs[i].method}] AS rels
ORDER BY hops, size(rels), partner.name, partner.id
