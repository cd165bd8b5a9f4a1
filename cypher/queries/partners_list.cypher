// partners_list: partners in name order, optionally of one kind and/or one country.
// Parameters: $kind (or null), $country (place id or null), $skip, $limit.
// Try it: :param kind => 'foreign_ngo'  :param country => null  :param skip => 0  :param limit => 50
MATCH (p:Partner)
WHERE ($kind IS NULL OR p.kind = $kind) AND ($country IS NULL OR p.country = $country)
WITH p ORDER BY p.name, p.id
WITH collect(p {.id, .name, .kind}) AS partners
RETURN size(partners) AS total, partners[$skip..$skip + $limit] AS items
