// single_merge_node: one MERGE per record, the way a naive loader writes: one node.
// {label} comes from graph.model.Label; $id, $props.
MERGE (n:{label} {id: $id})
SET n += $props
