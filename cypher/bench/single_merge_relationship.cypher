// single_merge_relationship: one MERGE per record: one relationship between two nodes
// found by id. {from_label}, {rel_type}, {to_label} from graph.model; $from, $to, $props.
MATCH (a:{from_label} {id: $from})
MATCH (b:{to_label} {id: $to})
MERGE (a)-[r:{rel_type}]->(b)
SET r += $props
