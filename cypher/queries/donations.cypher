// donations: one page of all donations, newest first, and how many match in all, when no
// partner is named (queries/donations_given and donations_received serve those). A period
// matches by overlap with [$since, $until]; an open end counts as ongoing (and sorts
// first), and a donation with no known date matches only when neither bound is given (and
// sorts last). The page is one ordered seek of the index donation_active_until (the last
// day of the donation's period); queries/donation_detail reads the page.
// Donations whose periods end the same day come in the index's order, the same on every
// page: breaking the tie by id would mean reading all of them.
// Parameters: $item (item id or null), $since, $until (dates or null), $skip, $limit,
//   $proposal (true: proposals only, false: none, null: all).
// Try it: :param item => null  :param since => date('2020-01-01')  :param until => null
//         :param skip => 0  :param limit => 50  :param proposal => null
CALL () {
  MATCH (d:Donation)
  USING INDEX d:Donation(active_until)
  WHERE d.active_until >= coalesce($since, date('0001-01-01'))
    AND ($until IS NULL OR d.when_start <= $until
         OR (d.when_start IS NULL AND d.when_end IS NOT NULL))
    AND ($item IS NULL OR EXISTS { (d)-[:INCLUDES]->(:Item {id: $item}) })
    AND ($proposal IS NULL OR coalesce(d.method = 'extracted', false) = $proposal)
  RETURN count(*) AS total
}
CALL () {
  MATCH (d:Donation)
  USING INDEX d:Donation(active_until)
  WHERE d.active_until >= coalesce($since, date('0001-01-01'))
    AND ($until IS NULL OR d.when_start <= $until
         OR (d.when_start IS NULL AND d.when_end IS NOT NULL))
    AND ($item IS NULL OR EXISTS { (d)-[:INCLUDES]->(:Item {id: $item}) })
    AND ($proposal IS NULL OR coalesce(d.method = 'extracted', false) = $proposal)
  WITH d ORDER BY d.active_until DESC SKIP $skip LIMIT $limit
  RETURN collect(d {.id, .name, .when_raw, .value_raw}) AS page
}
RETURN total, page
