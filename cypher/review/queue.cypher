// queue: the documents that have proposals nobody has reviewed, most proposals first.
MATCH (n)
WHERE n.proposal_record IS NOT NULL AND n.proposal_document IS NOT NULL
WITH n.proposal_document AS id, count(n) AS proposals
MATCH (d:Document {id: id})
RETURN d.id AS id, d.title AS title, d.published_raw AS published, proposals
ORDER BY proposals DESC, id
