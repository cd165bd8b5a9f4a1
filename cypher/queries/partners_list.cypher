// partners_list: partners in name order, optionally of one kind and/or one country.
// Parameters: $kind (or null), $country (place id or null), $skip, $limit, $proposal (true:
//   proposed partners only, false: none, null: all).
// Try it: :param kind => 'foreign_ngo'  :param country => null  :param skip => 0  :param limit => 50
//         :param proposal => null
MATCH (p:Partner)
WHERE ($kind IS NULL OR p.kind = $kind) AND ($country IS NULL OR p.country = $country)
  AND ($proposal IS NULL OR coalesce(p.method = 'extracted', false) = $proposal)
WITH p ORDER BY p.name, p.id
WITH collect(p {.id, .name, .kind, proposal: p.method = 'extracted'}) AS partners
RETURN size(partners) AS total, partners[$skip..$skip + $limit] AS items
