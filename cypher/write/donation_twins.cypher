// donation_twins: donations already in the graph that a proposed donation may be another
// telling of: given by exactly the same donors to exactly the same recipients, in a period
// that overlaps the proposed one widened by $days on each side. The loader then compares
// value and item quantities (loaders/article/corroborate.py) and, on a match, cites the
// existing donation instead of adding a new one.
// $rows: [{key, donors, recipients, start, end}] (dates), $days: integer.
// Try it: :param rows => [{key: 'k', donors: ['gni'], recipients: ['ha-giang'],
//         start: date('2020-01-01'), end: date('2022-12-31')}]  :param days => 30
UNWIND $rows AS row
MATCH (:Partner {id: row.donors[0]})-[:GAVE]->(d:Donation)
WHERE d.when_start IS NOT NULL
  AND d.when_start <= row.end + duration({days: $days})
  AND coalesce(d.when_end, d.when_start) >= row.start - duration({days: $days})
  AND COUNT { (:Partner)-[:GAVE]->(d) } = size(row.donors)
  AND all(p IN row.donors WHERE EXISTS { (:Partner {id: p})-[:GAVE]->(d) })
  AND COUNT { (d)-[:TO]->(:Partner) } = size(row.recipients)
  AND all(p IN row.recipients WHERE EXISTS { (d)-[:TO]->(:Partner {id: p}) })
RETURN row.key AS key, d.id AS id, d.value AS value, d.value_currency AS currency,
       [(d)-[i:INCLUDES]->(it:Item) | {item: it.id, quantity: i.quantity}] AS items,
       [(d)-[:CITED_IN]->(doc:Document) | doc.id] AS documents
ORDER BY key, id
