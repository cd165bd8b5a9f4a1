// delete_relationships: the relationships a review action left at its records (its
// snapshot's "after"), before undo puts back the ones it found; relationships made since
// by anything else stay. A CITED_IN is told apart by its quote.
// {from_label}, {rel_type}, {to_label} come from graph.model; $rows: [{from, to, quote}].
UNWIND $rows AS row
MATCH (a:{from_label} {id: row.from})-[r:{rel_type}]->(b:{to_label} {id: row.to})
WHERE row.quote IS NULL OR r.quote = row.quote
DELETE r
