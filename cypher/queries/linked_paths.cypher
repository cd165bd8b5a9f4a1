// linked_paths: the path that explains each of some links between partners, as
// queries/partner_links_top found them: for each route of partner ids (one LINKED step
// after another), its steps spelled out as the facts behind them. A hop is one
// partner-to-partner link: an affiliation (PART_OF, OFFICE_OF, MEMBER_OF, MERGED_INTO:
// one relationship) or a shared fact (two donors of one donation, a donor and its
// recipient, co-parties of an agreement, funders, implementers and beneficiaries of a
// project, participants of an engagement: two relationships through the fact).
// For each hop: an affiliation if there is one, else a donation, agreement or project the
// two share, else an engagement, each found from the partner with fewer relationships (a
// hub's millions of donations are never walked: the first shared one ends the search),
// and each kind looked for only when the ones before it found nothing.
// Parameters: $routes (lists of partner ids).
// Try it: :param routes => [['gni', 'ffi'], ['gni', 'good-neighbors-vietnam']]
UNWIND range(0, size($routes) - 1) AS k
WITH k, [id IN $routes[k] | head(COLLECT { MATCH (p:Partner {id: id}) RETURN p })] AS route
CALL (route) {
  UNWIND range(0, size(route) - 2) AS i
  WITH route, i, route[i] AS x, route[i + 1] AS y
  WITH route, i, x, y,
       CASE WHEN COUNT { (x)--() } <= COUNT { (y)--() } THEN [x, y] ELSE [y, x] END AS ends
  WITH route, i, x, y, ends[0] AS s, ends[1] AS l
  // Each kind is looked for only when the one before found nothing (OPTIONAL CALL): an
  // affiliation ends it at once, without walking the facts of either partner.
  OPTIONAL CALL (x, y) {
    MATCH (x)-[a:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO]-(y)
    RETURN a
    LIMIT 1
  }
  OPTIONAL CALL (x, s, l, a) {
    // Lazily from the smaller partner, each fact checked against the other: the first
    // shared one ends it (a join would read the larger partner's facts too).
    WITH x, s, l, a WHERE a IS NULL
    MATCH (s)-[q1:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS]-(f)
    WHERE EXISTS { (f)-[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS]-(l) }
    WITH x, s, l, q1, f LIMIT 1
    MATCH (f)-[q2:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS]-(l)
    WHERE q2 <> q1
    RETURN f AS fact, CASE WHEN s = x THEN [q1, q2] ELSE [q2, q1] END AS fact_rels
    LIMIT 1
  }
  OPTIONAL CALL (x, s, l, a, fact) {
    WITH x, s, l, a, fact WHERE a IS NULL AND fact IS NULL
    MATCH (s)-[q1:TOOK_PART_IN]->(e)<-[q2:TOOK_PART_IN]-(l)
    RETURN e AS meeting, CASE WHEN s = x THEN [q1, q2] ELSE [q2, q1] END AS meeting_rels
    LIMIT 1
  }
  WITH route, i, y, a, fact, fact_rels, meeting, meeting_rels
  WHERE a IS NOT NULL OR fact IS NOT NULL OR meeting IS NOT NULL
  WITH route, i, y,
       CASE WHEN a IS NOT NULL THEN [] WHEN fact IS NOT NULL THEN [fact] ELSE [meeting] END
         AS between,
       CASE WHEN a IS NOT NULL THEN [a] WHEN fact IS NOT NULL THEN fact_rels
         ELSE meeting_rels END AS rels
  WITH route, i, between + [y] AS step, rels ORDER BY i
  WITH route, collect(step) AS steps, collect(rels) AS rel_steps
  RETURN reduce(ns = [route[0]], s IN steps | ns + s) AS ns,
         reduce(rs = [], r IN rel_steps | rs + r) AS rs
}
RETURN k AS route,
       [n IN ns | {id: n.id, name: n.name, kind: n.kind, label: head(labels(n)),
         proposal: n.method = 'extracted',
         sources: CASE WHEN n:Partner THEN [] ELSE COLLECT {
           MATCH (n)-[c:CITED_IN]->(d:Document)
           RETURN {document: d.id, quote: c.quote, method: coalesce(c.method, 'curated'), confidence: c.confidence}
           ORDER BY d.id, c.quote } END}] AS nodes,
       [i IN range(0, size(rs) - 1) | {type: type(rs[i]), out: startNode(rs[i]) = ns[i],
         documents: rs[i].source_documents, quotes: rs[i].source_quotes,
         method: rs[i].method}] AS rels
ORDER BY route
