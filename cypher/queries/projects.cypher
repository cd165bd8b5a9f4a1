// projects: projects, programmes and aggregates the sources report as a count and a total,
// optionally those a partner funds, implements or benefits from.
// Parameters: $partner (partner id or null), $skip, $limit.
// Try it: :param partner => null  :param skip => 0  :param limit => 50
MATCH (pr:Project)
WHERE $partner IS NULL
   OR EXISTS { (:Partner {id: $partner})-[:FUNDS|IMPLEMENTS]->(pr) }
   OR EXISTS { (pr)-[:BENEFITS]->(:Partner {id: $partner}) }
WITH pr ORDER BY coalesce(pr.period_start, pr.period_end) DESC, pr.id
WITH collect(pr) AS matched
UNWIND matched[$skip..$skip + $limit] AS pr
RETURN size(matched) AS total,
       properties(pr) AS project,
       [(p:Partner)-[:FUNDS]->(pr) | p {.id, .name, .kind}] AS funders,
       [(p:Partner)-[:IMPLEMENTS]->(pr) | p {.id, .name, .kind}] AS implementers,
       [(pr)-[:BENEFITS]->(p:Partner) | p {.id, .name, .kind}] AS beneficiaries,
       [(pr)-[c:CITED_IN]->(doc:Document) | {document: doc.id, quote: c.quote,
         method: coalesce(c.method, 'curated')}] AS sources
