// merge_relationships: create or update one relationship per row between nodes found by id.
// {from_label}, {rel_type}, {to_label} come from graph.model; rows: [{from, to, props}].
UNWIND $rows AS row
MATCH (a:{from_label} {id: row.from})
MATCH (b:{to_label} {id: row.to})
MERGE (a)-[r:{rel_type}]->(b)
SET r += row.props
