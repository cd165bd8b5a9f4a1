// finish_loads: a load committed batch by batch is complete: its unfinished history
// nodes (write/unfinished_loads) go. $ids: the ids of those nodes.
// Try it: :param ids => []
UNWIND $ids AS id
MATCH (l:Load {id: id, action: 'unfinished'})
DELETE l
