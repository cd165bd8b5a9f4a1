// unfinished_loads: the partners whose LINKED pairs a load committed batch by batch
// (`--commit-each-batch`) had still to recompute when it stopped, from the history node it
// leaves until it finishes (action 'unfinished'); the next load of the dataset does it.
// $datasets: dataset names.
// Try it: :param datasets => ['seed']
MATCH (l:Load {action: 'unfinished'})
WHERE l.dataset IN $datasets
RETURN l.id AS id, coalesce(l.relink, []) AS relink
