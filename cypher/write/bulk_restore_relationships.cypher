// bulk_restore_relationships: after a bulk import, set the relationship values its CSV
// files cannot carry (an empty list, a list of one empty text).
// {from_label}, {rel_type}, {to_label} come from graph.model; rows: [{from, to, props}].
UNWIND $rows AS row
MATCH (a:{from_label} {id: row.from})-[r:{rel_type}]->(b:{to_label} {id: row.to})
SET r += row.props
