// engagements: meetings, visits, calls for support and hand-overs, optionally those a
// partner took part in (its offices and parts count as the partner) and/or whose period
// overlaps [$since, $until] (an open end counts as ongoing; an undated engagement matches
// only when neither bound is given).
// Parameters: $partner (partner id or null), $since, $until (dates or null), $skip, $limit,
//   $proposal (true: proposals only, false: none, null: all).
// Try it: :param partner => 'good-neighbors-vietnam'  :param since => null  :param until => null
//         :param skip => 0  :param limit => 50  :param proposal => null
MATCH (e:Engagement)
WHERE ($partner IS NULL OR EXISTS {
         (p:Partner)-[:TOOK_PART_IN]->(e)
         WHERE p.id = $partner OR EXISTS { (p)-[:PART_OF|OFFICE_OF]->{1,3}(:Partner {id: $partner}) } })
  AND ($since IS NULL OR e.when_end >= $since
       OR (e.when_end IS NULL AND e.when_start IS NOT NULL))
  AND ($until IS NULL OR e.when_start <= $until
       OR (e.when_start IS NULL AND e.when_end IS NOT NULL))
  AND ($proposal IS NULL OR coalesce(e.method = 'extracted', false) = $proposal)
WITH e ORDER BY coalesce(e.when_start, e.when_end) DESC, e.id
WITH collect(e) AS matched
UNWIND matched[$skip..$skip + $limit] AS e
RETURN size(matched) AS total,
       properties(e) AS engagement,
       [(p:Partner)-[:TOOK_PART_IN]->(e) | p {.id, .name, .kind, proposal: p.method = 'extracted'}] AS participants,
       [(e)-[:LED_TO]->(f) | {id: f.id, label: head(labels(f)), name: f.name,
         proposal: f.method = 'extracted'}] AS led_to,
       [(e)-[c:CITED_IN]->(doc:Document) | {document: doc.id, quote: c.quote,
         method: coalesce(c.method, 'curated'), confidence: c.confidence}] AS sources
