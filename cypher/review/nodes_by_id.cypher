// nodes_by_id: the records with these ids, whatever their label (one index seek per
// label): each with its label and properties. Review reads proposals and the records a
// proposal names with it.
// $ids: ids.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Donation {id: id}) RETURN n
  UNION MATCH (n:Agreement {id: id}) RETURN n
  UNION MATCH (n:Project {id: id}) RETURN n
  UNION MATCH (n:Engagement {id: id}) RETURN n
  UNION MATCH (n:Policy {id: id}) RETURN n
  UNION MATCH (n:Partner {id: id}) RETURN n
  UNION MATCH (n:Item {id: id}) RETURN n
  UNION MATCH (n:Place {id: id}) RETURN n
  UNION MATCH (n:Document {id: id}) RETURN n
}
RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS props
