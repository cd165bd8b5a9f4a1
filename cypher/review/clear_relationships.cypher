// clear_relationships: every relationship at these records but the derived LINKED, before
// undo puts back the ones its snapshot holds.
// {label} comes from graph.model.Label; $ids: ids.
UNWIND $ids AS id
MATCH (n:{label} {id: id})-[r]-()
WHERE type(r) <> 'LINKED'
DELETE r
