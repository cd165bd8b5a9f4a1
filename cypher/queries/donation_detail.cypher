// donation_detail: donations by id, in the order given, with their donors, recipients,
// items (with quantities as written), value, period, part/whole links and the quote of
// every source: what an analyst needs to cite each one. Partners, items and linked
// donations say whether they are proposals (extracted, not yet decided).
// Parameters: $ids (donation ids).
// Try it: :param ids => ['donation-ha-giang-masks-yunnan', 'donation-2020-2022-yunnan-guangxi']
UNWIND range(0, size($ids) - 1) AS pos
MATCH (d:Donation {id: $ids[pos]})
RETURN properties(d) AS donation,
       [(p:Partner)-[:GAVE]->(d) | p {.id, .name, .kind, proposal: p.method = 'extracted'}] AS donors,
       [(d)-[:TO]->(p:Partner) | p {.id, .name, .kind, proposal: p.method = 'extracted'}] AS recipients,
       [(d)-[i:INCLUDES]->(it:Item) | {item: it.id, proposal: it.method = 'extracted', name_vi: it.name_vi, name_en: it.name_en,
         quantity: i.quantity, unit: i.unit, raw: i.quantity_raw,
         qualifier: i.quantity_qualifier}] AS items,
       head([(d)-[:PART_OF]->(parent:Donation) | parent {.id, .name, proposal: parent.method = 'extracted'}]) AS part_of,
       [(child:Donation)-[:PART_OF]->(d) | child {.id, .name, proposal: child.method = 'extracted'}] AS parts,
       [(d)-[c:CITED_IN]->(doc:Document) | {document: doc.id, quote: c.quote,
         method: coalesce(c.method, 'curated'), confidence: c.confidence}] AS sources
ORDER BY pos
