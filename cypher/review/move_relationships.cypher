// move_relationships: a merged partner's part in facts passes to the partner it was merged
// into; where that one already has the same part, it keeps its own.
// {from_label}, {rel_type}, {to_label} come from graph.model; $rows: [{from, to, props}].
UNWIND $rows AS row
MATCH (a:{from_label} {id: row.from})
MATCH (b:{to_label} {id: row.to})
MERGE (a)-[r:{rel_type}]->(b)
  ON CREATE SET r = row.props
