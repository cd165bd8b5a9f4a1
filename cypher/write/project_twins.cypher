// project_twins: projects already in the graph that a proposed project may be another
// telling of: funded by exactly the same partners, over a period that overlaps the
// proposed one widened by $days on each side. The loader then compares kind, budget and
// title (loaders/article/twins.py) and, on a match, cites the existing project.
// $rows: [{key, partners, start, end}] (dates), $days: integer.
// Try it: :param rows => [{key: 'k', partners: ['koica'],
//         start: date('2024-01-01'), end: date('2027-12-31')}]  :param days => 30
UNWIND $rows AS row
MATCH (:Partner {id: row.partners[0]})-[:FUNDS]->(p:Project)
WHERE p.period_start IS NOT NULL
  AND p.period_start <= row.end + duration({days: $days})
  AND coalesce(p.period_end, p.period_start) >= row.start - duration({days: $days})
  AND COUNT { (:Partner)-[:FUNDS]->(p) } = size(row.partners)
  AND all(f IN row.partners WHERE EXISTS { (:Partner {id: f})-[:FUNDS]->(p) })
RETURN row.key AS key, p.id AS id, p.kind AS kind, p.count AS count,
       p.budget AS value, p.budget_currency AS currency, coalesce(p.title_vi, p.title_en) AS title,
       [(p)-[:CITED_IN]->(doc:Document) | doc.id] AS documents
ORDER BY key, id
