// open_proposals: records the extractor wrote that nobody has reviewed yet (they keep
// the record as written in `proposal_record`), by document then id. Each kind is read
// from its proposal_document index, so the cost follows the proposals, not the graph.
// $document, $type (a label in lower case): null for all.
CALL () {
  MATCH (n:Donation) WHERE n.proposal_document IS NOT NULL RETURN n
  UNION ALL
  MATCH (n:Agreement) WHERE n.proposal_document IS NOT NULL RETURN n
  UNION ALL
  MATCH (n:Project) WHERE n.proposal_document IS NOT NULL RETURN n
  UNION ALL
  MATCH (n:Engagement) WHERE n.proposal_document IS NOT NULL RETURN n
  UNION ALL
  MATCH (n:Partner) WHERE n.proposal_document IS NOT NULL RETURN n
  UNION ALL
  MATCH (n:Item) WHERE n.proposal_document IS NOT NULL RETURN n
  UNION ALL
  MATCH (n:Place) WHERE n.proposal_document IS NOT NULL RETURN n
}
WITH n
WHERE n.proposal_record IS NOT NULL
  AND ($document IS NULL OR n.proposal_document = $document)
  AND ($type IS NULL OR toLower(labels(n)[0]) = $type)
RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS props
ORDER BY n.proposal_document, n.id
