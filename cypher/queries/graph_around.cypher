// graph_around: the nodes and edges within one or two links of a partner, for
// visualisation, found and read in one statement: the partner $center, its $first strongest
// links, and with $depth 2 the $per strongest links of each of the first $frontier of
// those; the donations, agreements, projects or engagements behind each link followed
// ($facts_per of those its LINKED keeps in `shown`: the latest dated, then the larger USD
// value); the countries (IN_COUNTRY) of the partners; at most $limit nodes, partners
// first, with their relationships of those types.
// The partners are found and ranked as graph.reach finds them (queries/partner_links_top,
// then the ranking in Python), which a view of depth 3 still uses: by hops, then by the
// weakest link on the way (LINKED.rank, kept by write/recount_links), then by id, the
// larger first; a partner reached from several gets the strongest way, the first read
// among equals. Each link is read from the ordered indexes linked_from_rank_to and
// linked_to_rank_from, so a hub costs what a small partner costs.
// `complete` is false when a partner read has more links than were read, or more partners
// were linked at the first hop than were read further: the view is then the strongest
// part of a larger neighbourhood, and a larger $first / $per widens it.
// The rest (countries, edges, the drawn properties of each label) is as in
// queries/graph_neighbourhood, which views of depth 3 read.
// Parameters: $center (a partner id), $depth (1 or 2), $first, $per, $frontier (links
//   read, as graph.links.view_bounds sets them), $facts_per (facts shown per link), $limit
//   (nodes at most), $drawn (true: the drawn properties; false: all).
// Try it: :param center => 'gni'  :param depth => 2  :param first => 50  :param per => 5
//         :param frontier => 50  :param facts_per => 3  :param limit => 2000
//         :param drawn => true
MATCH (c:Partner {id: $center})
// Links are read by the other partner's id, which the index holds: no partner is read
// until the view keeps it.
CALL (c) {
  CALL () {
    MATCH ()-[l:LINKED]->()
    USING INDEX l:LINKED(from_id, rank, to_id)
    WHERE l.from_id = $center AND l.rank >= '' AND l.to_id >= ''
    // Naming every key of the index, in its order, lets it give the order (no sort).
    WITH l ORDER BY l.from_id DESC, l.rank DESC, l.to_id DESC LIMIT $first
    RETURN l, l.to_id AS other
    UNION ALL
    MATCH ()-[l:LINKED]->()
    USING INDEX l:LINKED(to_id, rank, from_id)
    WHERE l.to_id = $center AND l.rank >= '' AND l.from_id >= ''
    WITH l ORDER BY l.to_id DESC, l.rank DESC, l.from_id DESC LIMIT $first
    RETURN l, l.from_id AS other
  }
  WITH l, other ORDER BY l.rank DESC, other DESC LIMIT $first
  WITH collect({id: other, rank: l.rank, shown: coalesce(l.shown, [])}) AS hop1
  // The node's own count of its relationships: no walk over them.
  RETURN hop1, COUNT { (c)-[:LINKED]-() } > size(hop1) AS cut
}
// The second hop: $per links of each of the first $frontier partners of the first; a
// partner of the first hop, or the center, is not reached again.
CALL (hop1) {
  UNWIND CASE WHEN $depth > 1 THEN range(0, size(hop1[..$frontier]) - 1) ELSE [] END AS i
  WITH i, hop1[i] AS via
  MATCH (v:Partner {id: via.id})
  CALL (v) {
    CALL (v) {
      MATCH ()-[l:LINKED]->()
      USING INDEX l:LINKED(from_id, rank, to_id)
      WHERE l.from_id = v.id AND l.rank >= '' AND l.to_id >= ''
      WITH l ORDER BY l.from_id DESC, l.rank DESC, l.to_id DESC LIMIT $per
      RETURN l, l.to_id AS other
      UNION ALL
      MATCH ()-[l:LINKED]->()
      USING INDEX l:LINKED(to_id, rank, from_id)
      WHERE l.to_id = v.id AND l.rank >= '' AND l.from_id >= ''
      WITH l ORDER BY l.to_id DESC, l.rank DESC, l.from_id DESC LIMIT $per
      RETURN l, l.from_id AS other
    }
    WITH l, other ORDER BY l.rank DESC, other DESC LIMIT $per
    WITH collect({id: other, rank: l.rank, shown: coalesce(l.shown, [])}) AS links
    RETURN links, COUNT { (v)-[:LINKED]-() } > size(links) AS cut
  }
  RETURN collect({i: i, rank: via.rank, links: links}) AS reads,
         coalesce(max(cut), false) AS cut_further
}
CALL (hop1, reads) {
  WITH reads, [$center] + [h IN hop1 | h.id] AS seen
  UNWIND reads AS read
  UNWIND range(0, size(read.links) - 1) AS j
  WITH read.i AS i, j, read.rank AS via, read.links[j] AS link, seen
  WHERE NOT link.id IN seen
  // The weakest link on the way ranks the partner reached.
  WITH link.id AS id, CASE WHEN link.rank < via THEN link.rank ELSE via END AS weakest,
       link.shown AS shown, i, j
  ORDER BY id, weakest DESC, i, j
  WITH id, collect({weakest: weakest, shown: shown})[0] AS best
  ORDER BY best.weakest DESC, id DESC
  RETURN collect({id: id, shown: best.shown}) AS hop2
}
WITH c, (hop1 + hop2)[..$limit] AS found,
     NOT (cut OR cut_further OR ($depth > 1 AND size(hop1) > $frontier)) AS complete
CALL (found) {
  UNWIND range(0, size(found) - 1) AS i
  MATCH (p:Partner {id: found[i].id})
  WITH p ORDER BY i
  RETURN collect(p) AS reached
}
WITH c, [c] + reached AS partners, found, complete
// The facts each link shows, the strongest links' first, each once, after the partners in
// the view: when the partners fill it, none is read. Each is looked up by its label and
// id; rows carry no list, so that sorting them holds no copy of one.
CALL (found, partners) {
  WITH found WHERE $limit > size(partners)
  UNWIND range(0, size(found) - 1) AS i
  UNWIND range(0, size(found[i].shown[..$facts_per]) - 1) AS j
  WITH found[i].shown[j] AS key, min(i * $facts_per + j) AS at
  WITH split(key, ':')[0] AS label, key, at
  WITH label, substring(key, size(label) + 1) AS id, at
  CALL (label, id) {
    UNWIND CASE WHEN label = 'Donation' THEN [id] ELSE [] END AS own
    MATCH (f:Donation {id: own}) RETURN f
    UNION ALL
    UNWIND CASE WHEN label = 'Agreement' THEN [id] ELSE [] END AS own
    MATCH (f:Agreement {id: own}) RETURN f
    UNION ALL
    UNWIND CASE WHEN label = 'Project' THEN [id] ELSE [] END AS own
    MATCH (f:Project {id: own}) RETURN f
    UNION ALL
    UNWIND CASE WHEN label = 'Engagement' THEN [id] ELSE [] END AS own
    MATCH (f:Engagement {id: own}) RETURN f
  }
  WITH f ORDER BY at LIMIT $limit + 1
  RETURN collect(f) AS facts
}
CALL (partners) {
  UNWIND partners AS a
  MATCH (a)-[:IN_COUNTRY]->(place:Place)
  WITH DISTINCT place ORDER BY place.id
  RETURN collect(place) AS places
}
WITH c, partners + facts + places AS everything, complete
WITH everything[..$limit] AS kept, size(everything) > $limit AS truncated, complete, c
// Edges: the links of the kept nodes; those whose other end was not kept are left out
// by the caller (a membership test per row here would cost memory for every row).
CALL (kept) {
  UNWIND kept AS n
  OPTIONAL MATCH (n:Partner)-[r:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO|IN_COUNTRY]->()
  RETURN collect(r) AS links
}
CALL (kept) {
  // From the facts only: a hub's own relationships of these types are never walked.
  UNWIND [n IN kept WHERE NOT n:Partner] AS f
  OPTIONAL MATCH (f)-[r:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(:Partner)
  RETURN collect(r) AS shares
}
// A donation recorded as part of a larger one: lets a reader add values up without
// counting a part and its whole twice.
CALL (kept) {
  UNWIND [n IN kept WHERE n:Donation] AS d
  OPTIONAL MATCH (d)-[r:PART_OF]->(:Donation)
  RETURN collect(r) AS parts
}
// A drawn node reads only the drawn properties its label can have (graph.links.DRAWN_BY_LABEL):
// reading one a node does not have walks all of its properties to find it missing.
RETURN [n IN kept | {label: head(labels(n)), eid: elementId(n),
         props: CASE
           WHEN NOT $drawn THEN n {.*, search_text: null, search_keys: null, text: null}
           WHEN n:Partner THEN n {.id, .name, .kind, .method, .name_vi, .name_en, .country}
           WHEN n:Place THEN n {.id, .name, .kind, .method, .name_vi, .name_en}
           WHEN n:Donation THEN n {.id, .name, .method, .title_vi, .title_en, .value_usd,
                                   when_start: toString(n.when_start),
                                   when_end: toString(n.when_end)}
           WHEN n:Agreement THEN n {.id, .name, .kind, .method, .title_vi, .title_en,
                                    period_start: toString(n.period_start),
                                    period_end: toString(n.period_end),
                                    signed_start: toString(n.signed_start),
                                    signed_end: toString(n.signed_end)}
           WHEN n:Project THEN n {.id, .name, .kind, .method, .title_vi, .title_en,
                                  period_start: toString(n.period_start),
                                  period_end: toString(n.period_end)}
           ELSE n {.id, .name, .kind, .method, .title_vi, .title_en,
                   when_start: toString(n.when_start), when_end: toString(n.when_end)} END}]
       AS nodes,
       [r IN links + shares + parts | {type: type(r), source: elementId(startNode(r)),
         target: elementId(endNode(r)),
         props: CASE WHEN $drawn THEN {method: r.method} ELSE properties(r) END}] AS edges,
       truncated, complete,
       // The partner itself, as queries/partner_with_history names it: a view asked for by
       // id needs no statement before this one, unless units were merged into it.
       c.id AS id, c.name AS name, c.kind AS kind, c.method = 'extracted' AS proposal,
       EXISTS { (:Partner)-[:MERGED_INTO]->(c) } AS merged
