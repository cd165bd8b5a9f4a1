// dependents: later actions, not undone, that changed what an action touched or touched
// what it changed: undoing the action first would pull the ground from under them.
// $at: the action's time; $affected, $touched: the ids it changed and those it touched.
MATCH (a:ReviewAction)
WHERE a.at > $at AND a.undone_by IS NULL AND a.kind <> 'undo'
  AND (any(x IN a.affected WHERE x IN $touched) OR any(x IN a.touched WHERE x IN $affected))
RETURN a.id AS id, a.kind AS kind, a.record AS record
ORDER BY a.at
