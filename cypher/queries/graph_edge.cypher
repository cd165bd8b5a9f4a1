// graph_edge: one edge of a graph view with every property it has (its sources, the
// method and datasets behind it): the detail a view leaves out, for the edge a reader
// clicks. Both ends are looked up by their labels' id indexes, then the relationship of
// type $type from one to the other; a label that is none of these finds nothing.
// Parameters: $source, $target ([label, id] of each end: label Partner, Place, Donation,
//   Agreement, Project or Engagement), $type (the relationship's type).
// Try it: :param source => ['Partner', 'good-neighbors-vietnam']
//         :param target => ['Partner', 'gni']  :param type => 'PART_OF'
CALL () {
  UNWIND [0, 1] AS i
  WITH i, [$source, $target][i][0] AS label, [$source, $target][i][1] AS id
  CALL (label, id) {
    WITH * WHERE label = 'Partner' MATCH (n:Partner {id: id}) RETURN n
    UNION ALL
    WITH * WHERE label = 'Place' MATCH (n:Place {id: id}) RETURN n
    UNION ALL
    WITH * WHERE label = 'Donation' MATCH (n:Donation {id: id}) RETURN n
    UNION ALL
    WITH * WHERE label = 'Agreement' MATCH (n:Agreement {id: id}) RETURN n
    UNION ALL
    WITH * WHERE label = 'Project' MATCH (n:Project {id: id}) RETURN n
    UNION ALL
    WITH * WHERE label = 'Engagement' MATCH (n:Engagement {id: id}) RETURN n
  }
  WITH i, n ORDER BY i
  RETURN collect(n) AS ends
}
WITH ends WHERE size(ends) = 2
WITH ends[0] AS a, ends[1] AS b
MATCH (a)-[r]->(b) WHERE type(r) = $type
RETURN properties(r) AS props
LIMIT 1
