// merge_relationships: create or replace one relationship per row between nodes found by
// id, owned by $dataset: its properties become exactly the row's, its owners list
// `datasets` as merge_nodes keeps it.
// {from_label}, {rel_type}, {to_label} come from graph.model; rows: [{from, to, props}];
// $dataset: the dataset's name.
// Try it: :param dataset => 'example'  :param rows => [{from: 'aozora-city', to: 'aozora-hki-medical-2022', props: {}}]  (write Partner for {from_label}, GAVE for {rel_type}, Donation for {to_label})
UNWIND $rows AS row
MATCH (a:{from_label} {id: row.from})
MATCH (b:{to_label} {id: row.to})
MERGE (a)-[r:{rel_type}]->(b)
WITH r, row, coalesce(r.datasets, []) AS owners
// The first dataset that declares it holds its properties; another one declaring the same
// record joins its owners without overwriting them.
FOREACH (_ IN CASE WHEN size(owners) = 0 OR owners[0] = $dataset THEN [1] ELSE [] END |
  SET r = row.props)
SET r.datasets = CASE WHEN $dataset IN owners THEN owners ELSE owners + $dataset END
