// update_records: set some properties of records (a partner's aliases after a merge, a
// proposal's record once a partner it names was merged into another).
// {label} comes from graph.model.Label; $rows: [{id, props}].
UNWIND $rows AS row
MATCH (n:{label} {id: row.id})
SET n += row.props
