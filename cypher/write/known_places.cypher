// known_places: places that hold one of the given ISO 3166 codes, or one of whose folded
// names (search_keys) is exactly one of the given keys. Places are few: a scan is enough.
// $codes: ISO 3166 codes, e.g. ['VN']; $keys: folded names, e.g. ['ha giang'].
MATCH (p:Place)
WHERE p.iso_3166 IN $codes OR any(k IN coalesce(p.search_keys, []) WHERE k IN $keys)
RETURN p.id AS id, p.iso_3166 AS identifier, p.kind AS kind, coalesce(p.search_keys, []) AS keys
