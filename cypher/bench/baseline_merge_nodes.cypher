// baseline_merge_nodes: the minimal hand-written batched write the loader is measured
// against: MERGE nodes of one label by id, set their properties.
// {label} comes from graph.model.Label; rows: [{id, props}].
UNWIND $rows AS row
MERGE (n:{label} {id: row.id})
SET n += row.props
