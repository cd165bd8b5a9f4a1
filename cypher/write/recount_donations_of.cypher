// recount_donations_of: each of some partners' donations counted by year and direction,
// kept on the partner so that the answers that count a partner's donations
// (graph.donations: "how many donations Guangxi gave since 2020") read a few numbers
// instead of counting thousands of index entries. On the partner:
//   given_years, given_counts, given_usd           the donations it GAVE,
//   received_years, received_counts, received_usd  the donations given TO it,
// one entry per year, years ascending: the year a donation's period ends (its
// `active_until`: 9999 while ongoing, 1 when undated), how many, and the sum of their USD
// values (a value without an exchange rate adds nothing). Every load, reload and unload
// recounts the partners it touched (graph.reload.relink), the bulk import and `schema
// reindex` every partner. Parameters: $ids (partner ids).
// Try it: :param ids => ['guangxi', 'ha-giang']
UNWIND $ids AS id
MATCH (p:Partner {id: id})
CALL (p) {
  MATCH (p)-[g:GAVE]->(d:Donation)
  WITH coalesce(g.active_until.year, 1) AS year, count(*) AS n, sum(coalesce(d.value_usd, 0.0)) AS usd
  ORDER BY year
  RETURN collect(year) AS years, collect(n) AS counts, collect(round(usd, 2)) AS usd
}
CALL (p) {
  MATCH (d:Donation)-[t:TO]->(p)
  WITH coalesce(t.active_until.year, 1) AS year, count(*) AS n, sum(coalesce(d.value_usd, 0.0)) AS usd
  ORDER BY year
  RETURN collect(year) AS in_years, collect(n) AS in_counts, collect(round(usd, 2)) AS in_usd
}
SET p.given_years = years, p.given_counts = counts, p.given_usd = usd,
    p.received_years = in_years, p.received_counts = in_counts, p.received_usd = in_usd
