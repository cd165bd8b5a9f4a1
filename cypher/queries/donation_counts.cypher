// donation_counts: how many donations a partner gave and received whose period ends in
// $since_year or later (ongoing ones included; undated ones only when $since_year is 1),
// read from the counts kept on the partner by year and direction
// (write/recount_donations_of) instead of counting the index entries of thousands of
// donations. `kept` is false on a graph whose counts were never kept (loaded by an older
// version, before `partnergraph schema reindex`): the caller then counts.
// Parameters: $id (partner id), $since_year (1 for every donation).
// Try it: :param id => 'guangxi'  :param since_year => 2020
MATCH (p:Partner {id: $id})
WITH p, coalesce(p.given_years, []) AS gy, coalesce(p.received_years, []) AS ry
RETURN reduce(n = 0, i IN range(0, size(gy) - 1) |
         n + CASE WHEN gy[i] >= $since_year THEN p.given_counts[i] ELSE 0 END) AS given,
       reduce(n = 0, i IN range(0, size(ry) - 1) |
         n + CASE WHEN ry[i] >= $since_year THEN p.received_counts[i] ELSE 0 END) AS received,
       p.given_years IS NOT NULL AND p.received_years IS NOT NULL AS kept
