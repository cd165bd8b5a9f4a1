// partner_ids: the id of every partner, for the recounts of `schema reindex`
// (graph.strength.recount_all). Parameters: none.
MATCH (p:Partner)
RETURN p.id AS id
ORDER BY id
