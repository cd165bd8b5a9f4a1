// mark_undone: an action undone names the action that undid it.
// $id: the action undone; $by: the undo.
MATCH (a:ReviewAction {id: $id})
SET a.undone_by = $by
