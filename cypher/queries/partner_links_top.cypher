// partner_links_top: the strongest links of each of some partners, strongest first: an
// affiliation before any shared fact, then more shared facts, more value, more recent
// (LINKED.rank, kept by write/recount_links), and how many links each has in all.
// Each end of LINKED has its own index (linked_from_rank, linked_to_rank): both are read
// in rank order and only $per entries of each, so a hub linked to 100,000 partners costs
// no more than one linked to a hundred. The hints keep that plan whatever the statistics.
// With $shown, each link also says which of the facts behind it a view shows (`shown`,
// kept by write/recount_links), so the view reads those by id without finding the link
// again. With $then above 0, the next hop comes in the same statement: for each of the
// $frontier strongest partners linked (ranked as graph.reach ranks them: by rank, then
// name, then id), its own $then strongest links (`then`, rows of the same shape); the
// index reads are written twice for it, since Cypher cannot call a query of its own.
// The next hop is not read when the links read hold $enough partners of $kind (and of
// $proposal) and the partner has more links than $frontier: a page the first hop fills
// needs no second, and such a start is never read completely, however far one reads.
// Parameters: $ids (partner ids), $per (links per partner at most), $shown (true: the
//   facts a view of each link shows, as 'Label:id' keys), $then (links of each partner
//   linked, 0 for none), $frontier (how many of the partners linked are read further),
//   $enough (0: always read the next hop), $kind (null: any), $proposal (true: proposed
//   partners, false: decided ones, null: both).
// Try it: :param ids => ['gni']  :param per => 25  :param shown => false  :param then => 0
//         :param frontier => 0  :param enough => 0  :param kind => null
//         :param proposal => null
UNWIND $ids AS id
MATCH (p:Partner {id: id})
CALL (id) {
  CALL (id) {
    MATCH ()-[l:LINKED]->(o)
    USING INDEX l:LINKED(from_id, rank)
    WHERE l.from_id = id AND l.rank >= ''
    // Naming the index's leading key lets it give the order (no sort at all).
    WITH l, o ORDER BY l.from_id DESC, l.rank DESC LIMIT $per
    RETURN l, o
    UNION ALL
    MATCH (o)-[l:LINKED]->()
    USING INDEX l:LINKED(to_id, rank)
    WHERE l.to_id = id AND l.rank >= ''
    WITH l, o ORDER BY l.to_id DESC, l.rank DESC LIMIT $per
    RETURN l, o
  }
  WITH l, o ORDER BY l.rank DESC, o.id LIMIT $per
  RETURN collect(o {.id, .name, .kind, proposal: o.method = 'extracted', rank: l.rank, affiliated: l.affiliated, facts: l.facts,
                    value_usd: l.value_usd, last_year: l.last_year,
                    shown: CASE WHEN $shown THEN l.shown END}) AS links
}
CALL (p, links) {
  UNWIND CASE WHEN $then > 0 AND ($enough = 0
              OR COUNT { (p)-[:LINKED]-() } <= $frontier
              OR size([x IN links WHERE ($kind IS NULL OR x.kind = $kind)
                         AND ($proposal IS NULL OR coalesce(x.proposal, false) = $proposal)])
                 < $enough)
         THEN links ELSE [] END AS next
  WITH next ORDER BY coalesce(next.rank, '') DESC, coalesce(next.name, ''), next.id
  LIMIT $frontier
  MATCH (q:Partner {id: next.id})
  CALL (next) {
    CALL (next) {
      MATCH ()-[l:LINKED]->(o)
      USING INDEX l:LINKED(from_id, rank)
      WHERE l.from_id = next.id AND l.rank >= ''
      WITH l, o ORDER BY l.from_id DESC, l.rank DESC LIMIT $then
      RETURN l, o
      UNION ALL
      MATCH (o)-[l:LINKED]->()
      USING INDEX l:LINKED(to_id, rank)
      WHERE l.to_id = next.id AND l.rank >= ''
      WITH l, o ORDER BY l.to_id DESC, l.rank DESC LIMIT $then
      RETURN l, o
    }
    WITH l, o ORDER BY l.rank DESC, o.id LIMIT $then
    RETURN collect(o {.id, .name, .kind, proposal: o.method = 'extracted', rank: l.rank, affiliated: l.affiliated, facts: l.facts,
                      value_usd: l.value_usd, last_year: l.last_year,
                      shown: CASE WHEN $shown THEN l.shown END}) AS next_links
  }
  RETURN collect({id: next.id, links: next_links, degree: COUNT { (q)-[:LINKED]-() }}) AS then
}
// The node's own count of its relationships: no walk over them.
RETURN id, links, COUNT { (p)-[:LINKED]-() } AS degree, then
