// reindex_donations: the order keys of donations where they are missing — `active_until`
// on the donation, with `partner_id` on its GAVE and TO — computed as graph/rows.py does,
// for graphs loaded before those keys existed. Idempotent; batched, as it may touch
// millions of donations (run it in an implicit transaction). Parameters: none.
MATCH (d:Donation) WHERE d.active_until IS NULL
CALL (d) {
  WITH d, CASE WHEN d.when_end IS NOT NULL THEN d.when_end
               WHEN d.when_start IS NOT NULL THEN date('9999-12-31')
               ELSE date('0001-01-01') END AS until
  SET d.active_until = until
  WITH d, until
  CALL (d, until) {
    MATCH (p:Partner)-[g:GAVE]->(d)
    SET g.partner_id = p.id, g.active_until = until
  }
  CALL (d, until) {
    MATCH (d)-[t:TO]->(p:Partner)
    SET t.partner_id = p.id, t.active_until = until
  }
} IN TRANSACTIONS OF 1000 ROWS
