// bulk_restore_nodes: after a bulk import, set the node values its CSV files cannot carry
// (an empty list, a list of one empty text), so the graph equals a transactional load.
// {label} comes from graph.model.Label; rows: [{id, props}].
UNWIND $rows AS row
MATCH (n:{label} {id: row.id})
SET n += row.props
