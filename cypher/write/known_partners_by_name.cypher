// known_partners_by_name: partners one of whose folded names (search_keys) is exactly one of
// the given keys; the full-text index finds the candidates, the list check keeps exact ones.
// $keys: folded names as partnergraph/names.py writes them, e.g. ['world bank'].
UNWIND $keys AS key
CALL db.index.fulltext.queryNodes('partner_search', '"' + key + '"') YIELD node
WITH node, key
WHERE key IN node.search_keys
RETURN DISTINCT node.id AS id, node.iati AS identifier, node.kind AS kind,
       node.search_keys AS keys
