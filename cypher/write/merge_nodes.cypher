// merge_nodes: create or replace nodes of one label by their stable id, owned by $dataset.
// The properties become exactly the row's (a field removed from the file disappears); the
// owners list `datasets` keeps every dataset that declares the record, in the order they
// first did: the first holds its properties (graph/plan.py).
// {label} comes from graph.model.Label; rows: [{id, props}]; $dataset: the dataset's name.
// Try it: :param dataset => 'example'  :param rows => [{id: 'aozora-city', props: {kind: 'local_government', name: 'Aozora City'}}]  (write Partner for {label})
UNWIND $rows AS row
MERGE (n:{label} {id: row.id})
WITH n, row, coalesce(n.datasets, []) AS owners
// The first dataset that declares it holds its properties; another one declaring the same
// record joins its owners without overwriting them.
// A partner's donations counted by year (write/recount_donations_of) are derived, not
// the row's: they stay until the next recount (graph.plan.KEPT_PROPS).
WITH n, row, owners, n {.given_years, .given_counts, .given_usd, .received_years,
                        .received_counts, .received_usd} AS kept
FOREACH (_ IN CASE WHEN size(owners) = 0 OR owners[0] = $dataset THEN [1] ELSE [] END |
  SET n = row.props, n.id = row.id, n += kept)
SET n.datasets = CASE WHEN $dataset IN owners THEN owners ELSE owners + $dataset END
