// merge_relationships: create or replace one relationship per row between nodes found by
// id, owned by $dataset: its properties become exactly the row's, its owners list
// `datasets` keeps the other datasets that declare it, sorted.
// {from_label}, {rel_type}, {to_label} come from graph.model; rows: [{from, to, props}];
// $dataset: the dataset's name.
// Try it: :param dataset => 'example'  :param rows => [{from: 'aozora-city', to: 'aozora-hki-medical-2022', props: {}}]  (write Partner for {from_label}, GAVE for {rel_type}, Donation for {to_label})
UNWIND $rows AS row
MATCH (a:{from_label} {id: row.from})
MATCH (b:{to_label} {id: row.to})
MERGE (a)-[r:{rel_type}]->(b)
WITH r, row, coalesce(r.datasets, []) AS owners
SET r = row.props
SET r.datasets = COLLECT { UNWIND owners + [$dataset] AS d RETURN DISTINCT d ORDER BY d }
