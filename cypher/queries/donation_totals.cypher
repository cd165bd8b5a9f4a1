// donation_totals: every donation with what totals are built from: donors, recipients,
// the donors' countries, items, value (as written and normalised, or why it could not be
// normalised), period, and whether a part of it reports its own value (then its parts are
// counted instead, never both), and whether it is a proposal (extracted, not yet decided).
// Parameters: $direction ('inbound', 'outbound' or null for all).
// Try it: :param direction => 'inbound'
MATCH (d:Donation)
WHERE $direction IS NULL OR d.direction = $direction
RETURN d.id AS id, d.name AS name, d.method = 'extracted' AS proposal,
       d.value_raw AS raw, d.value AS value,
       d.value_currency AS currency, d.value_usd AS usd, d.value_vnd AS vnd,
       d.value_unconverted AS unconverted,
       d.value_qualifier AS qualifier, coalesce(d.value_ambiguous, false) AS ambiguous,
       d.when_start AS start, d.when_end AS end, d.when_raw AS when_raw,
       d.donors_note AS donors_note,
       [(p:Partner)-[:GAVE]->(d) | p {.id, .name}] AS donors,
       [(d)-[:TO]->(p:Partner) | p {.id, .name}] AS recipients,
       [(p:Partner)-[:GAVE]->(d) | [(p)-[:IN_COUNTRY]->(c:Place) | c {.id, .name}]] AS countries,
       [(d)-[i:INCLUDES]->(it:Item) | {id: it.id, name: it.name, quantity: i.quantity,
         unit: i.unit, qualifier: i.quantity_qualifier}] AS items,
       EXISTS { (d)<-[:PART_OF*1..]-(part:Donation) WHERE part.value IS NOT NULL } AS itemised
ORDER BY id
