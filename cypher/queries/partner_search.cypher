// partner_search: partners whose names, aliases or acronyms match a search, best first.
// The search text is folded (lower case, no diacritics, other scripts transliterated), so
// "quang tay", "Quảng Tây", "Guangxi" and "广西" meet the same keys.
// Parameters: $lucene (full-text query over folded keys, e.g. "quang~1 tay"),
//             $kind (partner kind or null), $country (place id or null), $limit.
// Try it: :param lucene => 'guangxi'  :param kind => null  :param country => null  :param limit => 10
CALL db.index.fulltext.queryNodes('partner_search', $lucene) YIELD node, score
WHERE ($kind IS NULL OR node.kind = $kind)
  AND ($country IS NULL OR node.country = $country)
RETURN node.id AS id, node.name AS name, node.kind AS kind,
       node.method = 'extracted' AS proposal,
       [n IN [node.name_vi, node.name_en, node.acronym] WHERE n IS NOT NULL] + coalesce(node.aliases, []) AS names,
       score
ORDER BY score DESC, id
LIMIT $limit
