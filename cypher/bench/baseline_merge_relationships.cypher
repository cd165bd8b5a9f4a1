// baseline_merge_relationships: the minimal hand-written batched relationship write the
// loader is measured against (citations are written with it too, keyed on the quote by
// the caller's rows). {from_label}, {rel_type}, {to_label} from graph.model;
// rows: [{from, to, props}].
UNWIND $rows AS row
MATCH (a:{from_label} {id: row.from})
MATCH (b:{to_label} {id: row.to})
MERGE (a)-[r:{rel_type}]->(b)
SET r += row.props
