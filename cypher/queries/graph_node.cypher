// graph_node: one node of a graph view with every property it has (those kept for search
// only are not sent): the detail a view leaves out, for the node a reader clicks.
// The node is looked up by its label's id index; a label that is none of these finds
// nothing.
// Parameters: $label (Partner, Place, Donation, Agreement, Project or Engagement), $id.
// Try it: :param label => 'Donation'  :param id => 'donation-2020-2022-yunnan-guangxi'
CALL () {
  WITH * WHERE $label = 'Partner' MATCH (n:Partner {id: $id}) RETURN n
  UNION ALL
  WITH * WHERE $label = 'Place' MATCH (n:Place {id: $id}) RETURN n
  UNION ALL
  WITH * WHERE $label = 'Donation' MATCH (n:Donation {id: $id}) RETURN n
  UNION ALL
  WITH * WHERE $label = 'Agreement' MATCH (n:Agreement {id: $id}) RETURN n
  UNION ALL
  WITH * WHERE $label = 'Project' MATCH (n:Project {id: $id}) RETURN n
  UNION ALL
  WITH * WHERE $label = 'Engagement' MATCH (n:Engagement {id: $id}) RETURN n
}
RETURN $label AS label, n {.*, search_text: null, search_keys: null, text: null} AS props
LIMIT 1
