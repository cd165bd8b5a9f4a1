// donations: donations with their donors, recipients, items, value, period and sources,
// newest first. Direction matters: $donor matches who GAVE, $recipient who it went TO.
// A period matches by overlap with [$since, $until]; an open end counts as ongoing, and
// a donation with no known date matches only when neither bound is given.
// Parameters: $donor, $recipient (partner ids or null), $item (item id or null),
//   $since, $until (dates or null), $skip, $limit.
// Try it: :param donor => 'guangxi'  :param recipient => null  :param item => null
//         :param since => date('2020-01-01')  :param until => null  :param skip => 0  :param limit => 50
// Start from the donor or the recipient when one is given (an index seek and its own
// relationships), and scan the donations only when neither is: on a graph of millions of
// donations the scan is what made "Guangxi's donations" slow.
CALL () {
  MATCH (:Partner {id: $donor})-[:GAVE]->(d:Donation)
  RETURN d
  UNION
  MATCH (:Partner {id: $recipient})<-[:TO]-(d:Donation)
  WHERE $donor IS NULL
  RETURN d
  UNION
  MATCH (d:Donation)
  WHERE $donor IS NULL AND $recipient IS NULL
  RETURN d
}
WITH d
WHERE ($donor IS NULL OR EXISTS { (:Partner {id: $donor})-[:GAVE]->(d) })
  AND ($recipient IS NULL OR EXISTS { (d)-[:TO]->(:Partner {id: $recipient}) })
  AND ($item IS NULL OR EXISTS { (d)-[:INCLUDES]->(:Item {id: $item}) })
  AND ($since IS NULL OR d.when_end >= $since
       OR (d.when_end IS NULL AND d.when_start IS NOT NULL))
  AND ($until IS NULL OR d.when_start <= $until
       OR (d.when_start IS NULL AND d.when_end IS NOT NULL))
WITH d ORDER BY coalesce(d.when_start, d.when_end) DESC, d.id
WITH collect(d) AS matched
UNWIND matched[$skip..$skip + $limit] AS d
RETURN size(matched) AS total,
       properties(d) AS donation,
       [(p:Partner)-[:GAVE]->(d) | p {.id, .name, .kind}] AS donors,
       [(d)-[:TO]->(p:Partner) | p {.id, .name, .kind}] AS recipients,
       [(d)-[i:INCLUDES]->(it:Item) | {item: it.id, name_vi: it.name_vi, name_en: it.name_en,
         quantity: i.quantity, unit: i.unit, raw: i.quantity_raw,
         qualifier: i.quantity_qualifier}] AS items,
       head([(d)-[:PART_OF]->(parent:Donation) | parent {.id, .name}]) AS part_of,
       [(child:Donation)-[:PART_OF]->(d) | child {.id, .name}] AS parts,
       [(d)-[c:CITED_IN]->(doc:Document) | {document: doc.id, quote: c.quote,
         method: coalesce(c.method, 'curated'), confidence: c.confidence}] AS sources
