// lock_states: the review state of each proposal an action decides, made on first use,
// and write-locked until the action's transaction ends: a second reviewer acting on the
// same proposal waits here, then reads the first one's decision (review/states).
// $ids: proposal ids; $token: this action's id.
UNWIND $ids AS id
MERGE (s:ReviewState {id: id})
  ON CREATE SET s.version = 0, s.status = 'proposed', s.name = id
SET s.locked_by = $token
