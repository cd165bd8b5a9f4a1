// action: one review action, with what undoing it needs.
// $id: the action's id.
MATCH (a:ReviewAction {id: $id})
RETURN properties(a) AS props
