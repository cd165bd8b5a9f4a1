// existing_ids: which of the given ids already exist as nodes of one label.
// {label} comes from graph.model.Label; $ids: list of ids.
UNWIND $ids AS id
MATCH (n:{label} {id: id})
RETURN n.id AS id
