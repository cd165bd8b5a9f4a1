// owned_records: what a dataset holds of one label: each node it owns (properties
// included) with every relationship it owns at that node — the "before" of a reload,
// compared with the rows the load would write (graph/plan.py). `holds`: the dataset is the
// first owner, whose version of the properties the graph shows.
// {label} comes from graph.model.Label; $dataset: the dataset's name.
// Try it: :param dataset => 'seed'  (write Donation for {label})
MATCH (n:{label})
WHERE $dataset IN n.datasets
RETURN n.id AS id, properties(n) AS props, n.datasets[0] = $dataset AS holds,
       COLLECT { MATCH (n)-[r]-(m)
                 WHERE $dataset IN r.datasets
                 RETURN [startNode(r) = n, type(r), labels(m)[0], m.id, properties(r),
                         r.datasets[0] = $dataset] } AS rels
