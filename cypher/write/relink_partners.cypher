// relink_partners: recompute the derived LINKED pairs of the given partners from the facts
// and affiliations the graph holds now, as graph/rows.py derives them: every LINKED at
// these partners is deleted, then one is made from the smaller id to the larger for each
// partner that shares a donation, agreement, project or engagement with one of them, or
// an affiliation (then `affiliated: true`). Returns the pairs before and after, so a load
// knows every pair it touched.
// $ids: partner ids.
// Try it: :param ids => ['aozora-city', 'hikari-kokusai']
CALL () {
  UNWIND $ids AS id
  MATCH (:Partner {id: id})-[l:LINKED]-()
  WITH DISTINCT l
  WITH l, [startNode(l).id, endNode(l).id] AS pair
  DELETE l
  RETURN collect(pair) AS before
}
CALL () {
  UNWIND $ids AS id
  MATCH (a:Partner {id: id})
  CALL (a) {
    MATCH (a)-[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(f)
          -[:GAVE|TO|PARTY_TO|FUNDS|IMPLEMENTS|BENEFITS|TOOK_PART_IN]-(b:Partner)
    WHERE (f:Donation OR f:Agreement OR f:Project OR f:Engagement) AND b <> a
    RETURN b, false AS affiliated
    UNION
    MATCH (a)-[:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO]-(b:Partner)
    WHERE b <> a
    RETURN b, true AS affiliated
  }
  WITH CASE WHEN a.id < b.id THEN a ELSE b END AS x,
       CASE WHEN a.id < b.id THEN b ELSE a END AS y, affiliated
  WITH x, y, true IN collect(affiliated) AS affiliated
  MERGE (x)-[l:LINKED]->(y)
  SET l.affiliated = CASE WHEN affiliated THEN true END
  RETURN collect([x.id, y.id]) AS after
}
RETURN before, after
