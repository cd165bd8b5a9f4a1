// queue: the documents that have proposals nobody has reviewed, most proposals first;
// each kind of proposal read from its proposal_document index.
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
WITH n WHERE n.proposal_record IS NOT NULL
WITH n.proposal_document AS id, count(n) AS proposals
MATCH (d:Document {id: id})
RETURN d.id AS id, d.title AS title, d.published_raw AS published, proposals
ORDER BY proposals DESC, id
