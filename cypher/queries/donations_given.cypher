// donations_given: one page of the donations a partner GAVE, newest first, and how many
// match in all. A period matches by overlap with [$since, $until]; an open end counts as
// ongoing (and sorts first), and a donation with no known date matches only when neither
// bound is given (and sorts last). $recipient and $item narrow the match further.
// The page is one ordered seek of the index gave_partner_until (GAVE.partner_id,
// GAVE.active_until: the last day of the donation's period), so a donor with 100,000
// donations costs no more than one with ten; queries/donation_detail reads the page. The
// hint keeps that plan whatever the statistics say (on a small graph the planner may
// prefer a scan that a large one would pay for).
// Donations whose periods end the same day come in the index's order, the same on every
// page: breaking the tie by id would mean reading all of them.
// The total is read from the counts kept on the partner by year (write/recount_donations_of,
// as queries/donation_counts reads them) when $kept_year is given and the partner keeps
// them; otherwise the matches are counted.
// Parameters: $kept_year (the year from which the kept counts answer: the year of a
//   $since on the first of January, 1 for no bound; null when they cannot answer),
//   $donor (partner id),
//   $recipient (partner id or null), $item (item id or null), $since, $until (dates or
//   null), $skip, $limit, $proposal (true: proposals only, false: none, null: all).
// Try it: :param kept_year => 2020
//         :param donor => 'guangxi'  :param recipient => null  :param item => null
//         :param since => date('2020-01-01')  :param until => null  :param skip => 0  :param limit => 50
//         :param proposal => null
CALL () {
  OPTIONAL MATCH (p:Partner {id: $donor})
  WHERE $kept_year IS NOT NULL AND p.given_years IS NOT NULL AND p.received_years IS NOT NULL
  RETURN CASE WHEN p IS NOT NULL THEN reduce(n = 0, i IN range(0, size(p.given_years) - 1) |
           n + CASE WHEN p.given_years[i] >= $kept_year THEN p.given_counts[i] ELSE 0 END)
         END AS kept
}
CALL (kept) {
  // Skipped when the partner's kept counts answer.
  UNWIND CASE WHEN kept IS NULL THEN [1] ELSE [] END AS once
  MATCH ()-[g:GAVE]->(d)
  USING INDEX g:GAVE(partner_id, active_until)
  WHERE g.partner_id = $donor AND g.active_until >= coalesce($since, date('0001-01-01'))
    AND ($until IS NULL OR d.when_start <= $until
         OR (d.when_start IS NULL AND d.when_end IS NOT NULL))
    AND ($recipient IS NULL OR EXISTS { (d)-[t:TO]->() WHERE t.partner_id = $recipient })
    AND ($item IS NULL OR EXISTS { (d)-[:INCLUDES]->(:Item {id: $item}) })
    AND ($proposal IS NULL OR coalesce(d.method = 'extracted', false) = $proposal)
  RETURN count(*) AS counted
}
CALL () {
  MATCH ()-[g:GAVE]->(d)
  USING INDEX g:GAVE(partner_id, active_until)
  WHERE g.partner_id = $donor AND g.active_until >= coalesce($since, date('0001-01-01'))
    AND ($until IS NULL OR d.when_start <= $until
         OR (d.when_start IS NULL AND d.when_end IS NOT NULL))
    AND ($recipient IS NULL OR EXISTS { (d)-[t:TO]->() WHERE t.partner_id = $recipient })
    AND ($item IS NULL OR EXISTS { (d)-[:INCLUDES]->(:Item {id: $item}) })
    AND ($proposal IS NULL OR coalesce(d.method = 'extracted', false) = $proposal)
  // Naming the index's leading key lets it give the order (no sort at all).
  WITH d ORDER BY g.partner_id DESC, g.active_until DESC SKIP $skip LIMIT $limit
  RETURN collect(d {.id, .name, .when_raw, .value_raw}) AS page
}
RETURN coalesce(kept, counted) AS total, page
