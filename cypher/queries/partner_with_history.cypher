// partner_with_history: one partner's id, name and kind, whether it is a proposal, and
// the units merged into it (as queries/partner_predecessors gives them: nearest first,
// with the day each merger took effect and the unit it was merged into), or nothing. A
// question about a partner reads both with this one statement, in its own transaction.
// Parameters: $id (partner id).
// Try it: :param id => 'tuyen-quang'
MATCH (p:Partner {id: $id})
CALL (p) {
  OPTIONAL MATCH path = (old:Partner)-[:MERGED_INTO]->{1,5}(p)
  WITH old, path, relationships(path)[0] AS merger, nodes(path)[1] AS into
  WITH old, merger, into, length(path) AS steps
  ORDER BY steps, coalesce(merger.since, date('0001-01-01')) DESC, old.id
  RETURN collect(CASE WHEN old IS NOT NULL THEN {
           id: old.id, name: old.name, name_vi: coalesce(old.name_vi, old.name),
           since: merger.since, into_id: into.id, into_name: into.name,
           into_name_vi: coalesce(into.name_vi, into.name)} END) AS predecessors
}
RETURN p.id AS id, p.name AS name, p.kind AS kind, p.method = 'extracted' AS proposal,
       predecessors
