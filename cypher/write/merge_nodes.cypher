// merge_nodes: create or replace nodes of one label by their stable id, owned by $dataset.
// The properties become exactly the row's (a field removed from the file disappears); the
// owners list `datasets` keeps the other datasets that declare the same record, sorted.
// {label} comes from graph.model.Label; rows: [{id, props}]; $dataset: the dataset's name.
// Try it: :param dataset => 'example'  :param rows => [{id: 'aozora-city', props: {kind: 'local_government', name: 'Aozora City'}}]  (write Partner for {label})
UNWIND $rows AS row
MERGE (n:{label} {id: row.id})
WITH n, row, coalesce(n.datasets, []) AS owners
SET n = row.props
SET n.id = row.id,
    n.datasets = COLLECT { UNWIND owners + [$dataset] AS d RETURN DISTINCT d ORDER BY d }
