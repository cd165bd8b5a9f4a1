// merge_citations: link a fact to the document it rests on, one relationship per quote,
// owned by $dataset (properties replaced, owners list `datasets` kept sorted).
// {label} comes from graph.model.Label; rows: [{from, to, quote, props}]; $dataset: the
// dataset's name.
// Try it: :param dataset => 'example'  :param rows => [{from: 'aozora-city', to: 'example-article', quote: 'Aozora', props: {method: 'curated'}}]  (write Partner for {label})
UNWIND $rows AS row
MATCH (a:{label} {id: row.from})
MATCH (d:Document {id: row.to})
MERGE (a)-[c:CITED_IN {quote: row.quote}]->(d)
WITH c, row, coalesce(c.datasets, []) AS owners
SET c = row.props
SET c.quote = row.quote,
    c.datasets = COLLECT { UNWIND owners + [$dataset] AS d RETURN DISTINCT d ORDER BY d }
