// dump_nodes: every node with its labels and properties, to compare two graphs whole
// (the bulk import against the transactional load). No parameters.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
