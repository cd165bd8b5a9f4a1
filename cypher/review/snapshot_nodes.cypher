// snapshot_nodes: records as they are before a review action changes them, with every
// relationship at them but the derived LINKED: what undoing the action puts back.
// {label} comes from graph.model.Label; $ids: ids.
UNWIND $ids AS id
MATCH (n:{label} {id: id})
RETURN n.id AS id, properties(n) AS props,
       COLLECT { MATCH (n)-[r]-(m) WHERE type(r) <> 'LINKED'
                 RETURN {key: elementId(r), type: type(r), props: properties(r),
                         start: startNode(r).id, start_label: labels(startNode(r))[0],
                         end: endNode(r).id, end_label: labels(endNode(r))[0]} } AS rels
