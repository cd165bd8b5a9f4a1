// disown_nodes: $dataset no longer declares these records: it leaves their owners list.
// A record no dataset declares any more is deleted with its derived LINKED pairs — unless
// a relationship some dataset still declares points at it (a partner cited by another
// dataset's donation): then it stays, and is returned, until nothing refers to it.
// Nodes that never had owners (loaded before datasets existed) are left alone.
// {label} comes from graph.model.Label; $ids: ids; $dataset: the dataset's name.
// Returns the records kept and whether they were the dataset's own.
// Try it: :param dataset => 'example'  :param ids => ['hikari-kokusai']  (write Partner for {label})
UNWIND $ids AS id
MATCH (n:{label} {id: id})
WITH n, $dataset IN coalesce(n.datasets, []) AS ours
SET n.datasets = [d IN n.datasets WHERE d <> $dataset]
WITH n, ours
WHERE n.datasets IS NOT NULL AND size(n.datasets) = 0
WITH n, ours, n.id AS id, EXISTS { (n)-[r]-() WHERE r.datasets IS NOT NULL } AS referenced
CALL (n, referenced) {
  WITH n WHERE NOT referenced
  DETACH DELETE n
}
WITH id, ours, referenced
WHERE referenced
RETURN id, ours
