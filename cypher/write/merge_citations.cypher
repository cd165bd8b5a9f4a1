// merge_citations: link a fact to the document it rests on, one relationship per quote,
// owned by $dataset (properties replaced, owners list `datasets` as merge_nodes keeps it).
// {label} comes from graph.model.Label; rows: [{from, to, quote, props}]; $dataset: the
// dataset's name.
// Try it: :param dataset => 'example'  :param rows => [{from: 'aozora-city', to: 'example-article', quote: 'Aozora', props: {method: 'curated'}}]  (write Partner for {label})
UNWIND $rows AS row
MATCH (a:{label} {id: row.from})
MATCH (d:Document {id: row.to})
MERGE (a)-[c:CITED_IN {quote: row.quote}]->(d)
WITH c, row, coalesce(c.datasets, []) AS owners
// The first dataset that declares it holds its properties; another one declaring the same
// record joins its owners without overwriting them.
FOREACH (_ IN CASE WHEN size(owners) = 0 OR owners[0] = $dataset THEN [1] ELSE [] END |
  SET c = row.props, c.quote = row.quote)
SET c.datasets = CASE WHEN $dataset IN owners THEN owners ELSE owners + $dataset END
