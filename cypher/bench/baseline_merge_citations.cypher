// baseline_merge_citations: the minimal hand-written batched citation write.
// {label} comes from graph.model.Label; rows: [{from, to, quote, props}].
UNWIND $rows AS row
MATCH (a:{label} {id: row.from})
MATCH (d:Document {id: row.to})
MERGE (a)-[c:CITED_IN {quote: row.quote}]->(d)
SET c += row.props
