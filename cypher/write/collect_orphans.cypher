// collect_orphans: records no dataset declares any more that were kept only because a
// relationship of another dataset pointed at them: those of the given ids that nothing
// refers to now are deleted (with their derived LINKED pairs). Nodes that never had owners
// are left alone. {label} comes from graph.model.Label; $ids: ids.
// Try it: :param ids => ['hikari-kokusai']  (write Partner for {label})
UNWIND $ids AS id
MATCH (n:{label} {id: id})
WHERE n.datasets = [] AND NOT EXISTS { (n)-[r]-() WHERE r.datasets IS NOT NULL }
DETACH DELETE n
