// path_hops: the ways each of some pairs of linked partners are linked, to spell the paths
// between two partners that graph.pathsearch found over LINKED: for each pair ($pairs:
// [a, b], from a to b in the path's direction), its affiliations (PART_OF, OFFICE_OF, MEMBER_OF,
// MERGED_INTO: one relationship), then the donations, agreements and projects the two
// share, then their engagements (two relationships through the fact); at most $per of
// each, with the relationships' direction (`out`: from the earlier node of the path) and
// each fact's quotes; every node says whether it is a proposal. Shared facts are found
// from the partner with fewer relationships, each checked against the other, and $per of
// them end the walk: two hubs' millions of donations are never read.
// Parameters: $pairs ([a, b] pairs of partner ids), $per.
// Try it: :param pairs => [['good-neighbors-vietnam', 'gni'], ['gni', 'ffi']]
//         :param per => 5
UNWIND range(0, size($pairs) - 1) AS k
MATCH (x:Partner {id: $pairs[k][0]}), (y:Partner {id: $pairs[k][1]})
WITH k, x, y, CASE WHEN COUNT { (x)--() } <= COUNT { (y)--() } THEN [x, y] ELSE [y, x] END AS ends
CALL (x, y, ends) {
  WITH x, y, ends[0] AS s, ends[1] AS l
  CALL (x, y, s, l) {
    MATCH (x)-[a:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO]-(y)
    RETURN 0 AS rank, null AS f, [a] AS rels
    LIMIT $per
    UNION
    MATCH (s)-[q1:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS]-(f)
    WHERE EXISTS { (f)-[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS]-(l) }
    WITH DISTINCT x, s, l, f LIMIT $per
    MATCH (s)-[q1:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS]-(f)
          -[q2:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS]-(l)
    WITH x, s, f, q1, q2 LIMIT $per
    RETURN 1 AS rank, f, CASE WHEN s = x THEN [q1, q2] ELSE [q2, q1] END AS rels
    UNION
    MATCH (s)-[q1:TOOK_PART_IN]->(f)<-[q2:TOOK_PART_IN]-(l)
    WITH x, s, f, q1, q2 LIMIT $per
    RETURN 2 AS rank, f, CASE WHEN s = x THEN [q1, q2] ELSE [q2, q1] END AS rels
  }
  WITH x, rank, f, rels ORDER BY rank, f.id
  RETURN collect({rank: rank, rels: [i IN range(0, size(rels) - 1) | {
             type: type(rels[i]),
             out: startNode(rels[i]) = CASE WHEN i = 0 THEN x ELSE f END,
             documents: rels[i].source_documents, quotes: rels[i].source_quotes,
             method: rels[i].method}],
           between: CASE WHEN f IS NULL THEN [] ELSE [{
             id: f.id, name: f.name, kind: f.kind, label: head(labels(f)),
             proposal: f.method = 'extracted',
             sources: COLLECT {
               MATCH (f)-[c:CITED_IN]->(d:Document)
               RETURN {document: d.id, quote: c.quote, method: coalesce(c.method, 'curated'),
                       confidence: c.confidence}
               ORDER BY d.id, c.quote }}] END})[..$per * 3] AS options
}
RETURN k, {id: x.id, name: x.name, kind: x.kind, label: 'Partner', sources: [],
          proposal: x.method = 'extracted'} AS a,
       {id: y.id, name: y.name, kind: y.kind, label: 'Partner', sources: [],
        proposal: y.method = 'extracted'} AS b, options
ORDER BY k
