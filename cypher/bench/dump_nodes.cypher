// dump_nodes: every node with its labels and properties, to compare two graphs whole
// (the bulk import against the transactional load). The history of loads (:Load) is how
// a graph was made, not what it holds: left out. No parameters.
MATCH (n)
WHERE NOT n:Load
RETURN labels(n) AS labels, properties(n) AS props
