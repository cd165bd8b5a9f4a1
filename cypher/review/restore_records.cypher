// restore_records: put records back exactly as a snapshot holds them (undo), made again
// when the action had removed them.
// {label} comes from graph.model.Label; $rows: [{id, props}].
UNWIND $rows AS row
MERGE (n:{label} {id: row.id})
SET n = row.props
