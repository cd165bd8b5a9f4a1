// partner_links_top: the strongest links of each of some partners, strongest first: an
// affiliation before any shared fact, then more shared facts, more value, more recent
// (LINKED.rank, kept by write/recount_links), links of equal rank by the other partner's
// id, the larger first; and how many links each has in all.
// Each end of LINKED has its own index, by the partner's id, the rank and the other
// partner's id (linked_from_rank_to, linked_to_rank_from): both are read in that order and
// only $per entries of each, so a hub linked to 100,000 partners costs no more than one
// linked to a hundred, and the first $per links are the first $per of any longer read (a
// page never depends on how far a search read). The hints keep that plan whatever the
// statistics.
// $kind and $proposal keep only the links to partners of that kind / that are proposals
// (or are not), read in order until $per of them are found: a page of a hub's NGOs costs
// the page, not the hub.
// With $shown, each link says only what a view needs: the partner's id, the link's rank
// and which of the facts behind it the view shows (`shown`, kept by write/recount_links),
// so the view reads those by id without finding the link again; the view reads the
// partners themselves (queries/graph_neighbourhood).
// With $then above 0, the next hop comes in the same statement: for each of the $frontier
// strongest partners linked (ranked as graph.reach ranks them: by rank, then id), its own
// $then strongest links (`then`, rows of the same shape, never filtered);
// the index reads are written twice for it, since Cypher cannot call a query of its own.
// Each row names its partner too (name, kind, whether it is a proposal): a search that
// starts from an id reads the partner with its links, in one statement.
// Parameters: $ids (partner ids), $per (links per partner at most), $shown (true: the id,
//   the rank and the facts a view of each link shows, as 'Label:id' keys, and no more),
//   $then (links of each partner linked, 0 for none), $frontier (how many of the partners
//   linked are read further), $kind (a partner kind; null: any), $proposal (true: proposed
//   partners only, false: decided ones only, null: both).
// Try it: :param ids => ['gni']  :param per => 25  :param shown => false  :param then => 0
//         :param frontier => 0  :param kind => null  :param proposal => null
UNWIND $ids AS id
MATCH (p:Partner {id: id})
CALL (id) {
  CALL (id) {
    MATCH ()-[l:LINKED]->(o)
    USING INDEX l:LINKED(from_id, rank, to_id)
    WHERE l.from_id = id AND l.rank >= '' AND l.to_id >= ''
      AND ($kind IS NULL OR o.kind = $kind)
      AND ($proposal IS NULL OR (coalesce(o.method, '') = 'extracted') = $proposal)
    // Naming every key of the index, in its order, lets it give the order (no sort).
    WITH l, o ORDER BY l.from_id DESC, l.rank DESC, l.to_id DESC LIMIT $per
    RETURN l, o
    UNION ALL
    MATCH (o)-[l:LINKED]->()
    USING INDEX l:LINKED(to_id, rank, from_id)
    WHERE l.to_id = id AND l.rank >= '' AND l.from_id >= ''
      AND ($kind IS NULL OR o.kind = $kind)
      AND ($proposal IS NULL OR (coalesce(o.method, '') = 'extracted') = $proposal)
    WITH l, o ORDER BY l.to_id DESC, l.rank DESC, l.from_id DESC LIMIT $per
    RETURN l, o
  }
  WITH l, o ORDER BY l.rank DESC, o.id DESC LIMIT $per
  RETURN collect(CASE WHEN $shown THEN {id: o.id, rank: l.rank, shown: l.shown}
                 ELSE o {.id, .name, .kind, proposal: o.method = 'extracted', rank: l.rank,
                         affiliated: l.affiliated, facts: l.facts, value_usd: l.value_usd,
                         last_year: l.last_year} END) AS links
}
CALL (links) {
  UNWIND CASE WHEN $then > 0 THEN links ELSE [] END AS next
  WITH next ORDER BY coalesce(next.rank, '') DESC, next.id DESC
  LIMIT $frontier
  MATCH (q:Partner {id: next.id})
  CALL (next) {
    CALL (next) {
      MATCH ()-[l:LINKED]->(o)
      USING INDEX l:LINKED(from_id, rank, to_id)
      WHERE l.from_id = next.id AND l.rank >= '' AND l.to_id >= ''
      WITH l, o ORDER BY l.from_id DESC, l.rank DESC, l.to_id DESC LIMIT $then
      RETURN l, o
      UNION ALL
      MATCH (o)-[l:LINKED]->()
      USING INDEX l:LINKED(to_id, rank, from_id)
      WHERE l.to_id = next.id AND l.rank >= '' AND l.from_id >= ''
      WITH l, o ORDER BY l.to_id DESC, l.rank DESC, l.from_id DESC LIMIT $then
      RETURN l, o
    }
    WITH l, o ORDER BY l.rank DESC, o.id DESC LIMIT $then
    RETURN collect(CASE WHEN $shown THEN {id: o.id, rank: l.rank, shown: l.shown}
                   ELSE o {.id, .name, .kind, proposal: o.method = 'extracted', rank: l.rank,
                           affiliated: l.affiliated, facts: l.facts, value_usd: l.value_usd,
                           last_year: l.last_year} END) AS next_links
  }
  RETURN collect({id: next.id, links: next_links, degree: COUNT { (q)-[:LINKED]-() }}) AS then
}
// The node's own count of its relationships: no walk over them.
RETURN id, p.name AS name, p.kind AS kind, p.method = 'extracted' AS proposal, links,
       COUNT { (p)-[:LINKED]-() } AS degree, then
