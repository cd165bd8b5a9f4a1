// recount_links: the strength kept on LINKED pairs, recounted from the facts the two
// partners share, so every load, reload, reindex (and a later removal) keeps it true by
// running this for the pairs it touched. For each pair, from the smaller id $rows[].a to
// the larger $rows[].b:
//   facts      how many donations, agreements, projects and engagements they share;
//   value_usd  the USD value of the donations among them, to the cent, so that a sum
//              taken in another order (write/recount_links_of) agrees; a donation
//              recorded as part of a larger one they also share is left out, its whole
//              counts; a sum without an exchange rate adds nothing;
//   last_year  the latest year those facts are dated to (0: none is dated);
//   affiliated whether one is part of, an office of, a member of or merged into the other;
//   shown      the facts a view of the link shows (queries/graph_neighbourhood), as
//              'Label:id' keys: the 3 the two share that are dated latest (the end of
//              their period, else its start; undated last), then of larger USD value,
//              then by label and id; empty when they share none;
//   rank       one text ordering the links, strongest first: affiliation, then facts, then
//              value, then recency (fixed-width digits, so text order is number order);
//   from_id, to_id  the two ids, keys of the indexes linked_from_rank_to and linked_to_rank_from
//              that read a partner's strongest links first (queries/partner_links_top).
// The facts are walked from the partner with fewer relationships, so a pair with a hub
// costs what the smaller partner holds. A pair whose LINKED is missing is skipped.
// Parameters: $rows (the pairs: [{a, b}]).
// Try it: :param rows => [{a: 'bcdf', b: 'gni'}]
UNWIND $rows AS pair
MATCH (a:Partner {id: pair.a})-[l:LINKED]->(b:Partner {id: pair.b})
WITH a, b, l, CASE WHEN COUNT { (a)--() } <= COUNT { (b)--() } THEN [a, b] ELSE [b, a] END AS ends
CALL (ends) {
  WITH ends[0] AS s, ends[1] AS t
  OPTIONAL MATCH (s)-[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(f)
                 -[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(t)
  WITH DISTINCT s, t, f
  WITH s, t, f, coalesce(f.when_end, f.period_end, f.signed_end,
                         f.when_start, f.period_start, f.signed_start) AS dated
  ORDER BY coalesce(dated, date('0001-01-01')) DESC, coalesce(f.value_usd, 0.0) DESC,
           head(labels(f)), f.id
  RETURN count(f) AS facts, collect(head(labels(f)) + ':' + f.id)[..3] AS shown,
         sum(CASE WHEN f:Donation AND NOT EXISTS {
               (f)-[:PART_OF]->(w:Donation)
               WHERE EXISTS { (w)-[:GAVE|TO]-(s) } AND EXISTS { (w)-[:GAVE|TO]-(t) } }
             THEN coalesce(f.value_usd, 0.0) ELSE 0.0 END) AS value_usd,
         coalesce(max(dated.year), 0) AS last_year
}
WITH l, facts, shown, value_usd, last_year,
     EXISTS { (a)-[:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO]-(b) } AS affiliated, a, b
SET l.facts = facts, l.value_usd = round(value_usd, 2), l.last_year = last_year,
    l.shown = shown, l.affiliated = affiliated, l.from_id = a.id, l.to_id = b.id,
    l.rank = CASE WHEN affiliated THEN '1' ELSE '0' END
             + right('000000000' + toString(facts), 9)
             + right('0000000000000000' + toString(toInteger(round(value_usd))), 16)
             + right('0000' + toString(last_year), 4)
