// items: the catalogue of donated things, with every name they go by.
// Parameters: none.   Try it: (no parameters)
MATCH (i:Item)
RETURN i.id AS id, i.name AS name, [i.name_vi, i.name_en] + coalesce(i.aliases, []) AS names
ORDER BY i.id
