// delete_records: records a review action removes (a rejected proposal, a partner merged
// into another), with every relationship at them.
// {label} comes from graph.model.Label; $ids: ids.
UNWIND $ids AS id
MATCH (n:{label} {id: id})
DETACH DELETE n
