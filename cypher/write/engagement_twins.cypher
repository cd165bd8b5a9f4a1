// engagement_twins: engagements already in the graph that a proposed one may be another
// telling of: exactly the same participants, on dates within $days of the proposed ones.
// The loader then compares kinds (loaders/article/twins.py) and, on a match, cites the
// existing engagement instead of adding a new one.
// $rows: [{key, partners, start, end}] (dates), $days: integer.
// Try it: :param rows => [{key: 'k', partners: ['lai-chau', 'embassy-south-korea'],
//         start: date('2024-05-21'), end: date('2024-05-21')}]  :param days => 3
UNWIND $rows AS row
MATCH (:Partner {id: row.partners[0]})-[:TOOK_PART_IN]->(e:Engagement)
WHERE e.when_start IS NOT NULL
  AND e.when_start <= row.end + duration({days: $days})
  AND coalesce(e.when_end, e.when_start) >= row.start - duration({days: $days})
  AND COUNT { (:Partner)-[:TOOK_PART_IN]->(e) } = size(row.partners)
  AND all(p IN row.partners WHERE EXISTS { (:Partner {id: p})-[:TOOK_PART_IN]->(e) })
RETURN row.key AS key, e.id AS id, e.kind AS kind, null AS count,
       null AS value, null AS currency, coalesce(e.title_vi, e.title_en) AS title,
       [(e)-[:CITED_IN]->(doc:Document) | doc.id] AS documents
ORDER BY key, id
