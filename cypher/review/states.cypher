// states: the review state (status, version, who decided when) of these proposals.
// $ids: proposal ids.
MATCH (s:ReviewState)
WHERE s.id IN $ids
RETURN s.id AS id, properties(s) AS props
