// partner_predecessors: the units merged into a partner, directly or through earlier
// mergers (an administrative unit's history: Hà Giang merged into Tuyên Quang on
// 2025-07-01), nearest first, with the day each merger took effect and the unit it was
// merged into.
// Parameters: $id (partner id).
// Try it: :param id => 'tuyen-quang'
MATCH path = (old:Partner)-[:MERGED_INTO]->{1,5}(:Partner {id: $id})
WITH old, path, relationships(path)[0] AS merger, nodes(path)[1] AS into
RETURN old.id AS id, old.name AS name, coalesce(old.name_vi, old.name) AS name_vi,
       merger.since AS since, into.id AS into_id, into.name AS into_name,
       coalesce(into.name_vi, into.name) AS into_name_vi, length(path) AS steps
ORDER BY steps, coalesce(since, date('0001-01-01')) DESC, id
