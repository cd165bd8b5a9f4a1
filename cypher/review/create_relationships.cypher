// create_relationships: relationships as a snapshot holds them (undo).
// {from_label}, {rel_type}, {to_label} come from graph.model; $rows: [{from, to, props}].
UNWIND $rows AS row
MATCH (a:{from_label} {id: row.from})
MATCH (b:{to_label} {id: row.to})
CREATE (a)-[r:{rel_type}]->(b)
SET r = row.props
