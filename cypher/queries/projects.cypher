// projects: projects, programmes and aggregates the sources report as a count and a total,
// optionally those a partner funds, implements or benefits from (its offices and parts
// count as the partner).
// Parameters: $partner (partner id or null), $skip, $limit, $proposal (true: proposals
//   only, false: none, null: all).
// Try it: :param partner => null  :param skip => 0  :param limit => 50
//         :param proposal => null
MATCH (pr:Project)
WHERE ($partner IS NULL
   OR EXISTS {
        (p:Partner)-[:FUNDS|IMPLEMENTS|BENEFITS]-(pr)
        WHERE p.id = $partner OR EXISTS { (p)-[:PART_OF|OFFICE_OF]->{1,3}(:Partner {id: $partner}) } })
  AND ($proposal IS NULL OR coalesce(pr.method = 'extracted', false) = $proposal)
WITH pr ORDER BY coalesce(pr.period_start, pr.period_end) DESC, pr.id
WITH collect(pr) AS matched
UNWIND matched[$skip..$skip + $limit] AS pr
RETURN size(matched) AS total,
       properties(pr) AS project,
       [(p:Partner)-[:FUNDS]->(pr) | p {.id, .name, .kind, proposal: p.method = 'extracted'}] AS funders,
       [(p:Partner)-[:IMPLEMENTS]->(pr) | p {.id, .name, .kind, proposal: p.method = 'extracted'}] AS implementers,
       [(pr)-[:BENEFITS]->(p:Partner) | p {.id, .name, .kind, proposal: p.method = 'extracted'}] AS beneficiaries,
       [(pr)-[c:CITED_IN]->(doc:Document) | {document: doc.id, quote: c.quote,
         method: coalesce(c.method, 'curated'), confidence: c.confidence}] AS sources
