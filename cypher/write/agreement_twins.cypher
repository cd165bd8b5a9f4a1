// agreement_twins: agreements already in the graph that a proposed agreement may be another
// telling of: signed by exactly the same parties, on a date within $days of the proposed
// one. The loader then compares kinds (loaders/article/twins.py) and, on a match, cites the
// existing agreement instead of adding a new one.
// $rows: [{key, partners, start, end}] (dates), $days: integer.
// Try it: :param rows => [{key: 'k', partners: ['lao-cai', 'honghe'],
//         start: date('2024-04-10'), end: date('2024-04-10')}]  :param days => 30
UNWIND $rows AS row
MATCH (:Partner {id: row.partners[0]})-[:PARTY_TO]->(a:Agreement)
WHERE a.signed_start IS NOT NULL
  AND a.signed_start <= row.end + duration({days: $days})
  AND coalesce(a.signed_end, a.signed_start) >= row.start - duration({days: $days})
  AND COUNT { (:Partner)-[:PARTY_TO]->(a) } = size(row.partners)
  AND all(p IN row.partners WHERE EXISTS { (:Partner {id: p})-[:PARTY_TO]->(a) })
RETURN row.key AS key, a.id AS id, a.kind AS kind, a.count AS count,
       null AS value, null AS currency, a.title_vi AS title,
       [(a)-[:CITED_IN]->(doc:Document) | doc.id] AS documents
ORDER BY key, id
