// donations_received: one page of the donations made TO a partner, newest first, and how
// many match in all. A period matches by overlap with [$since, $until]; an open end counts
// as ongoing (and sorts first), and a donation with no known date matches only when
// neither bound is given (and sorts last). $item narrows the match further.
// The page is one ordered seek of the index to_partner_until (TO.partner_id,
// TO.active_until: the last day of the donation's period), so a recipient of 100,000
// donations costs no more than one of ten; queries/donation_detail reads the page.
// Donations whose periods end the same day come in the index's order, the same on every
// page: breaking the tie by id would mean reading all of them.
// The total is read from the counts kept on the partner by year (write/recount_donations_of,
// as queries/donation_counts reads them) when $kept_year is given and the partner keeps
// them; otherwise the matches are counted.
// Parameters: $kept_year (the year from which the kept counts answer: the year of a
//   $since on the first of January, 1 for no bound; null when they cannot answer),
//   $recipient (partner id),
//   $item (item id or null), $since, $until (dates or null), $skip, $limit, $proposal
//   (true: proposals only, false: none, null: all).
// Try it: :param kept_year => 2020
//         :param recipient => 'ha-giang'  :param item => null
//         :param since => date('2020-01-01')  :param until => null  :param skip => 0  :param limit => 50
//         :param proposal => null
CALL () {
  OPTIONAL MATCH (p:Partner {id: $recipient})
  WHERE $kept_year IS NOT NULL AND p.given_years IS NOT NULL AND p.received_years IS NOT NULL
  RETURN CASE WHEN p IS NOT NULL THEN reduce(n = 0, i IN range(0, size(p.received_years) - 1) |
           n + CASE WHEN p.received_years[i] >= $kept_year THEN p.received_counts[i] ELSE 0 END)
         END AS kept
}
CALL (kept) {
  // Skipped when the partner's kept counts answer.
  UNWIND CASE WHEN kept IS NULL THEN [1] ELSE [] END AS once
  MATCH (d)-[t:TO]->()
  USING INDEX t:TO(partner_id, active_until)
  WHERE t.partner_id = $recipient AND t.active_until >= coalesce($since, date('0001-01-01'))
    AND ($until IS NULL OR d.when_start <= $until
         OR (d.when_start IS NULL AND d.when_end IS NOT NULL))
    AND ($item IS NULL OR EXISTS { (d)-[:INCLUDES]->(:Item {id: $item}) })
    AND ($proposal IS NULL OR coalesce(d.method = 'extracted', false) = $proposal)
  RETURN count(*) AS counted
}
CALL () {
  MATCH (d)-[t:TO]->()
  USING INDEX t:TO(partner_id, active_until)
  WHERE t.partner_id = $recipient AND t.active_until >= coalesce($since, date('0001-01-01'))
    AND ($until IS NULL OR d.when_start <= $until
         OR (d.when_start IS NULL AND d.when_end IS NOT NULL))
    AND ($item IS NULL OR EXISTS { (d)-[:INCLUDES]->(:Item {id: $item}) })
    AND ($proposal IS NULL OR coalesce(d.method = 'extracted', false) = $proposal)
  // Naming the index's leading key lets it give the order (no sort at all).
  WITH d ORDER BY t.partner_id DESC, t.active_until DESC SKIP $skip LIMIT $limit
  RETURN collect(d {.id, .name, .when_raw, .value_raw}) AS page
}
RETURN coalesce(kept, counted) AS total, page
