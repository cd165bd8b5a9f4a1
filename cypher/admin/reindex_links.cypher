// reindex_links: one LINKED from the smaller id to the larger for every two partners that
// share a donation, agreement, project or engagement, as graph/rows.py writes them, for
// graphs loaded before LINKED existed. Idempotent; batched (run it in an implicit
// transaction). Affiliations: admin/reindex_affiliations. Parameters: none.
MATCH (f) WHERE f:Donation OR f:Agreement OR f:Project OR f:Engagement
CALL (f) {
  MATCH (a:Partner)-[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(f)
        -[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(b:Partner)
  WHERE a.id < b.id
  WITH DISTINCT a, b
  MERGE (a)-[:LINKED]->(b)
} IN TRANSACTIONS OF 1000 ROWS
