// linked_pairs: every LINKED pair, smaller id first, for recounting what is kept on them
// (write/recount_links) in a graph loaded before the strength existed. Parameters: none.
// Try it: (no parameters)
MATCH (a:Partner)-[:LINKED]->(b:Partner)
RETURN a.id AS a, b.id AS b
