// paths: how two partners are connected, the 5 shortest paths first.
// A path crosses affiliations (PART_OF, OFFICE_OF, MEMBER_OF, MERGED_INTO) and shared
// facts (donations via GAVE/TO, agreements via PARTY_TO, projects via FUNDS/IMPLEMENTS/
// BENEFITS, engagements via TOOK_PART_IN); every relationship crossed touches a partner, so
// documents, places and items are never crossed, and no path visits a node twice.
// A hop is one partner-to-partner link (an affiliation, or a shared fact).
// The slot {max_rels} (2 × $max_hops: 2, 4, 6 or 8 relationships) bounds the search; it
// is written from a closed enum (graph.links.Reach), as Cypher takes no parameter there.
// Parameters: $from, $to (partner ids), $max_hops (1-4); slot {max_rels}.
// Try it: :param from => 'good-neighbors-vietnam'  :param to => 'ffi'  :param max_hops => 4
//         (and write 8 for {max_rels})
MATCH (source:Partner {id: $from}), (target:Partner {id: $to})
MATCH p = SHORTEST 5 (source)
      ((a)-[:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO|GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(b)
        WHERE a:Partner OR b:Partner){1,{max_rels}}
      (target)
WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH p, size([n IN nodes(p) WHERE n:Partner]) - 1 AS hops
WHERE hops <= $max_hops
WITH p, hops, nodes(p) AS ns, relationships(p) AS rs
ORDER BY length(p), hops, size([n IN ns WHERE n:Engagement]), [n IN ns | n.id]
RETURN hops,
       [n IN ns | {id: n.id, name: n.name, kind: n.kind, label: head(labels(n)),
         sources: CASE WHEN n:Partner THEN [] ELSE COLLECT {
           MATCH (n)-[c:CITED_IN]->(d:Document)
           RETURN {document: d.id, quote: c.quote, method: coalesce(c.method, 'curated'), confidence: c.confidence}
           ORDER BY d.id, c.quote } END}] AS nodes,
       [i IN range(0, size(rs) - 1) | {type: type(rs[i]), out: startNode(rs[i]) = ns[i],
         documents: rs[i].source_documents, quotes: rs[i].source_quotes,
         method: rs[i].method}] AS rels
