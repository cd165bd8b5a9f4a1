// referenced_elsewhere: of records $dataset would remove, those a relationship another
// dataset declares still points at: a load keeps them (write/disown_nodes); the dry run
// says so beforehand. {label} comes from graph.model.Label; $ids: ids; $dataset: a name.
// Try it: :param dataset => 'example'  :param ids => ['hikari-kokusai']  (write Partner for {label})
UNWIND $ids AS id
MATCH (n:{label} {id: id})
WHERE n.datasets = [$dataset]
  AND EXISTS { (n)-[r]-() WHERE any(d IN r.datasets WHERE d <> $dataset) }
RETURN n.id AS id
