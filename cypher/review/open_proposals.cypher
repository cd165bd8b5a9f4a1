// open_proposals: records the extractor wrote that nobody has reviewed yet (they keep
// the record as written in `proposal_record`), by document then id.
// $document, $type (a label in lower case): null for all.
MATCH (n)
WHERE n.proposal_record IS NOT NULL
  AND ($document IS NULL OR n.proposal_document = $document)
  AND ($type IS NULL OR toLower(labels(n)[0]) = $type)
RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS props
ORDER BY n.proposal_document, n.id
