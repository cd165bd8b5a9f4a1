// set_states: an action's outcome on each proposal it touched: the new status and who
// decided when; the version counts the actions taken on the proposal.
// $rows: [{id, props}].
UNWIND $rows AS row
MATCH (s:ReviewState {id: row.id})
SET s += row.props, s.version = s.version + 1
REMOVE s.locked_by
