// merge_nodes: create or update nodes of one label by their stable id.
// {label} comes from graph.model.Label; rows: [{id, props}].
UNWIND $rows AS row
MERGE (n:{label} {id: row.id})
SET n += row.props
