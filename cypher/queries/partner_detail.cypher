// partner_detail: everything about one partner: names, identifiers, kind, where it is
// based, its affiliations both ways, how many facts involve it (and how many of those are
// proposals: extracted, not yet reviewed), and its sources.
// Parameters: $id.   Try it: :param id => 'guangxi'
MATCH (p:Partner {id: $id})
OPTIONAL MATCH (p)-[:IN_COUNTRY]->(country:Place)
OPTIONAL MATCH (p)-[:BASED_IN]->(place:Place)
CALL (p) {
  OPTIONAL MATCH (p)-[r:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO]->(o:Partner)
  RETURN collect(CASE WHEN o IS NULL THEN null ELSE
    {direction: 'out', type: type(r), id: o.id, name: o.name, kind: o.kind,
     proposal: o.method = 'extracted',
     since: r.since, until: r.until, props: properties(r)} END) AS outgoing
}
CALL (p) {
  OPTIONAL MATCH (p)<-[r:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO]-(o:Partner)
  RETURN collect(CASE WHEN o IS NULL THEN null ELSE
    {direction: 'in', type: type(r), id: o.id, name: o.name, kind: o.kind,
     proposal: o.method = 'extracted',
     since: r.since, until: r.until, props: properties(r)} END) AS incoming
}
CALL (p) {
  RETURN COUNT { (p)-[:GAVE]->(:Donation) } AS donations_given,
         COUNT { (p)<-[:TO]-(:Donation) } AS donations_received,
         COUNT { (p)-[:PARTY_TO]->(:Agreement) } AS agreements,
         COUNT { (p)-[:FUNDS|IMPLEMENTS]->(:Project) } + COUNT { (p)<-[:BENEFITS]-(:Project) } AS projects,
         COUNT { (p)-[:TOOK_PART_IN]->(:Engagement) } AS engagements,
         COUNT { (p)-[:GAVE|PARTY_TO|FUNDS|IMPLEMENTS|TOOK_PART_IN]->(f)
                 WHERE f.method = 'extracted' }
           + COUNT { (p)<-[:TO|BENEFITS]-(f) WHERE f.method = 'extracted' } AS proposals
}
CALL (p) {
  OPTIONAL MATCH (p)-[c:CITED_IN]->(d:Document)
  RETURN collect(CASE WHEN d IS NULL THEN null ELSE
    {document: d.id, quote: c.quote, method: coalesce(c.method, 'curated'), confidence: c.confidence} END) AS sources
}
RETURN properties(p) AS partner,
       country {.id, .name, .iso_3166} AS country,
       place {.id, .name, .kind} AS place,
       outgoing + incoming AS affiliations,
       {donations_given: donations_given, donations_received: donations_received,
        agreements: agreements, projects: projects, engagements: engagements,
        proposals: proposals} AS counts,
       sources
