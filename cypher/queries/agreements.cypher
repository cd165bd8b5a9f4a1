// agreements: agreements (and aggregates of several, with their count), optionally of one
// partner and/or in force on a date (period overlaps it; an open end counts as in force).
// A partner's offices and parts count as the partner: the World Bank's agreements include
// those its Vietnam office signed.
// Parameters: $partner (partner id or null), $active_on (date or null), $skip, $limit,
//   $proposal (true: proposals only, false: none, null: all).
// Try it: :param partner => 'world-bank'  :param active_on => date('2023-01-01')  :param skip => 0  :param limit => 50
//         :param proposal => null
MATCH (a:Agreement)
WHERE ($partner IS NULL OR EXISTS {
         (p:Partner)-[:PARTY_TO]->(a)
         WHERE p.id = $partner OR EXISTS { (p)-[:PART_OF|OFFICE_OF]->{1,3}(:Partner {id: $partner}) } })
  AND ($active_on IS NULL OR (
        (a.period_start IS NOT NULL OR a.period_end IS NOT NULL)
        AND (a.period_start IS NULL OR a.period_start <= $active_on)
        AND (a.period_end IS NULL OR a.period_end >= $active_on)))
  AND ($proposal IS NULL OR coalesce(a.method = 'extracted', false) = $proposal)
WITH a ORDER BY coalesce(a.signed_start, a.period_start) DESC, a.id
WITH collect(a) AS matched
UNWIND matched[$skip..$skip + $limit] AS a
RETURN size(matched) AS total,
       properties(a) AS agreement,
       [(p:Partner)-[:PARTY_TO]->(a) | p {.id, .name, .kind, proposal: p.method = 'extracted'}] AS parties,
       [(a)-[c:CITED_IN]->(doc:Document) | {document: doc.id, quote: c.quote,
         method: coalesce(c.method, 'curated'), confidence: c.confidence}] AS sources
