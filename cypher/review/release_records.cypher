// release_records: the dataset that proposed these records lets go of them, so the
// curated dataset writes them as its own: the relationships the records own (those
// their fields imply, graph/plan.py) are deleted and the records own by nobody for now.
// {label} comes from graph.model.Label; $ids: ids; $inward: the relationship types that
// point at the record they belong to.
UNWIND $ids AS id
MATCH (n:{label} {id: id})
CALL (n) {
  MATCH (n)-[r]-()
  WHERE type(r) <> 'LINKED'
    AND ((startNode(r) = n AND NOT type(r) IN $inward) OR (endNode(r) = n AND type(r) IN $inward))
  DELETE r
}
SET n.datasets = []
