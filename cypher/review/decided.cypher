// decided: proposals an analyst decided, as they were shown when decided, newest first.
// $statuses: ['accepted', 'rejected']; $document, $type: null for all.
MATCH (s:ReviewState)
WHERE s.status IN $statuses AND s.proposal IS NOT NULL
  AND ($document IS NULL OR s.document = $document) AND ($type IS NULL OR s.type = $type)
RETURN properties(s) AS props
ORDER BY s.decided_at DESC, s.id
