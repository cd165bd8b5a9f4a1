// known_partners_by_iati: partners that hold one of the given IATI organisation identifiers,
// so that an IATI import refers to them instead of creating twins.
// $refs: list of identifiers, e.g. ['XM-DAC-41114'].
UNWIND $refs AS ref
MATCH (p:Partner {iati: ref})
RETURN p.id AS id, p.iati AS identifier, p.kind AS kind, coalesce(p.search_keys, []) AS keys
