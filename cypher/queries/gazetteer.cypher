// gazetteer: every name the article extractor resolves mentions against — partners,
// places and donated items with their names, aliases and acronym, and the sha256 of every
// stored document (an article already in the graph keeps its id).
// Parameters: none.   Try it: (no parameters)
MATCH (n)
WHERE n:Partner OR n:Place OR n:Item OR n:Document
OPTIONAL MATCH (n)-[:PART_OF]->(up:Place)
WITH n, head(collect(up.id)) AS part_of
RETURN head([l IN labels(n) WHERE l IN ['Partner', 'Place', 'Item', 'Document']]) AS label,
       n.id AS id, n.kind AS kind, n.country AS country, part_of, n.sha256 AS sha256,
       [x IN [n.name_vi, n.name_en, n.acronym] WHERE x IS NOT NULL] + coalesce(n.aliases, [])
         AS names
ORDER BY label, id
