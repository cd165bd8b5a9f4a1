// partner_linked: partners linked to one partner, nearest first, each with one shortest path
// that explains the link. A hop is one partner-to-partner link: an affiliation
// (PART_OF, OFFICE_OF, MEMBER_OF, MERGED_INTO: one relationship) or a shared fact (two
// donors of one donation, a donor and its recipient, co-parties of an agreement, funders,
// implementers and beneficiaries of a project, participants of an engagement: two
// relationships through the fact). Every relationship crossed touches a partner, so
// documents (CITED_IN), places, items and fact-to-fact links are never crossed.
// "Shortest" counts relationships (an affiliation is the closer link); hops are reported.
// Cypher takes no parameter as a path-length bound, and a filter on length(p) does not
// prune the search, so the bound {max_rels} (2 × $max_hops: 2, 4, 6 or 8 relationships)
// is written into the pattern from a closed enum (graph.links.Reach).
// Parameters: $id (partner id), $kind (partner kind or null), $max_hops (1-4), $skip,
//   $limit; slot {max_rels}.
// Try it: :param id => 'gni'  :param kind => 'foreign_ngo'
//         :param max_hops => 2  :param skip => 0  :param limit => 50   (and write 4 for {max_rels})
MATCH (start:Partner {id: $id})
// One search from the start (StatefulShortestPath(All)), never one per partner pair: the
// search runs in a subquery from the imported start, and its target carries no label.
CALL (start) {
  MATCH p = ANY SHORTEST (start)
        ((a)-[:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO|GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(b)
          WHERE a:Partner OR b:Partner){1,{max_rels}}
        (other)
  WITH other, p WHERE other:Partner AND other <> start
  RETURN other, p
}
WITH other, p, size([n IN nodes(p) WHERE n:Partner]) - 1 AS hops
WHERE hops <= $max_hops AND ($kind IS NULL OR other.kind = $kind)
WITH other, p, hops ORDER BY hops, length(p), other.name, other.id
WITH collect({other: other, path: p, hops: hops}) AS found
UNWIND found[$skip..$skip + $limit] AS hit
// A direct link found through an engagement (a meeting, an appeal) is explained by a
// donation, agreement or project of the same two partners when there is one; the search
// for it starts from the one with fewer relationships.
OPTIONAL CALL (hit) {
  WITH hit WHERE hit.hops = 1 AND length(hit.path) = 2 AND nodes(hit.path)[1]:Engagement
  WITH nodes(hit.path)[0] AS s, hit.other AS o
  WITH s, o, CASE WHEN COUNT { (s)--() } <= COUNT { (o)--() } THEN [s, o] ELSE [o, s] END AS ends
  WITH s, o, ends[0] AS x, ends[1] AS y
  CALL (x, y) {
    MATCH (x)-[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS]-(f)
    WHERE (f:Donation OR f:Agreement OR f:Project)
      AND EXISTS { (f)-[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS]-(y) }
    RETURN f ORDER BY f.id LIMIT 1
  }
  MATCH fact = (s)-[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS]-(f)-[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS]-(o)
  RETURN fact LIMIT 1
}
WITH found, hit, coalesce(fact, hit.path) AS chosen
WITH size(found) AS total, hit.other AS other, hit.hops AS hops,
     nodes(chosen) AS ns, relationships(chosen) AS rs
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
