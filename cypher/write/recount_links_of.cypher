// recount_links_of: the strength kept on LINKED (see write/recount_links, same figures
// and rank), recounted for every link from each of some partners to a partner with a
// larger id. Each partner's facts are walked once for all its links, so recounting every
// partner of a graph (the bulk import, `schema reindex`) costs about one walk over the
// facts, where a recount pair by pair would walk a partner's facts once per link. A
// removal can recount the partners it touched the same way.
// `shown` is ordered by the same key as in write/recount_links: newest first, then the
// larger USD value, then label and id; the first 3 are kept.
// Parameters: $ids (partner ids).
// Try it: :param ids => ['bcdf', 'gni']
UNWIND $ids AS id
MATCH (s:Partner {id: id})
// Links with nothing shared (an affiliation only) keep zeros: set them first.
CALL (s) {
  MATCH (s)-[l:LINKED]->(t:Partner)
  WITH s, t, l, EXISTS { (s)-[:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO]-(t) } AS affiliated
  SET l.facts = 0, l.value_usd = 0.0, l.last_year = 0, l.affiliated = affiliated, l.shown = [],
      l.from_id = s.id, l.to_id = t.id,
      l.rank = CASE WHEN affiliated THEN '1' ELSE '0' END + '00000000000000000000000000000'
}
CALL (s) {
  MATCH (s)-[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(f)
        -[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(t:Partner)
  WHERE s.id < t.id
  WITH DISTINCT s, t, f
  WITH s, t, f, coalesce(f.when_end, f.period_end, f.signed_end,
                         f.when_start, f.period_start, f.signed_start) AS dated
  ORDER BY coalesce(dated, date('0001-01-01')) DESC, coalesce(f.value_usd, 0.0) DESC,
           head(labels(f)), f.id
  WITH s, t, count(f) AS facts, collect(head(labels(f)) + ':' + f.id)[..3] AS shown,
       sum(CASE WHEN f:Donation AND NOT EXISTS {
             (f)-[:PART_OF]->(w:Donation)
             WHERE EXISTS { (w)-[:GAVE|TO]-(s) } AND EXISTS { (w)-[:GAVE|TO]-(t) } }
           THEN coalesce(f.value_usd, 0.0) ELSE 0.0 END) AS value_usd,
       coalesce(max(dated.year), 0) AS last_year
  MATCH (s)-[l:LINKED]->(t)
  SET l.facts = facts, l.value_usd = round(value_usd, 2), l.last_year = last_year,
      l.shown = shown,
      l.rank = CASE WHEN l.affiliated THEN '1' ELSE '0' END
               + right('000000000' + toString(facts), 9)
               + right('0000000000000000' + toString(toInteger(round(value_usd))), 16)
               + right('0000' + toString(last_year), 4)
}
