// dump_relationships: every relationship with its type, properties and the label and id
// of both ends, to compare two graphs whole. No parameters.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, head(labels(a)) AS from_label, a.id AS from_id,
       head(labels(b)) AS to_label, b.id AS to_id, properties(r) AS props
