// report_aid: every donation the province received (direction inbound), with what the aid
// report is built from: the rows of queries/donation_totals, the donors' kinds, the year of
// the exchange rate used, whether its period overlaps [$since, $until], every quote it
// rests on with its document, and whether it is a proposal (extracted, not yet decided).
// A donation with no known date overlaps only when neither bound is given; an open end
// counts as ongoing.
// Parameters: $since, $until (dates or null).
// Try it: :param since => date('2020-01-01')  :param until => date('2022-12-31')
MATCH (d:Donation {direction: 'inbound'})
WITH d, d.when_start IS NOT NULL OR d.when_end IS NOT NULL AS dated
RETURN d.id AS id, d.name AS name, d.method = 'extracted' AS proposal,
       d.value_raw AS raw, d.value AS value,
       d.value_currency AS currency, d.value_usd AS usd, d.value_vnd AS vnd,
       d.value_unconverted AS unconverted, d.value_rate_year AS rate_year,
       d.value_qualifier AS qualifier, coalesce(d.value_ambiguous, false) AS ambiguous,
       d.value_note AS value_note,
       d.when_start AS start, d.when_end AS end, d.when_raw AS when_raw,
       d.donors_note AS donors_note, dated,
       ($since IS NULL AND $until IS NULL)
         OR (dated AND ($since IS NULL OR coalesce(d.when_end, date('9999-12-31')) >= $since)
                   AND ($until IS NULL OR coalesce(d.when_start, date('0001-01-01')) <= $until))
         AS in_period,
       [(p:Partner)-[:GAVE]->(d) | p {.id, .name, .kind}] AS donors,
       [(d)-[:TO]->(p:Partner) | p {.id, .name}] AS recipients,
       [(p:Partner)-[:GAVE]->(d) | [(p)-[:IN_COUNTRY]->(c:Place) | c {.id, .name}]] AS countries,
       [(d)-[i:INCLUDES]->(it:Item) | {id: it.id, name: it.name, quantity: i.quantity,
         unit: i.unit, qualifier: i.quantity_qualifier}] AS items,
       EXISTS { (d)<-[:PART_OF*1..]-(part:Donation) WHERE part.value IS NOT NULL } AS itemised,
       [(d)-[c:CITED_IN]->(doc:Document) | {document: doc.id, title: doc.title,
         publisher: doc.publisher, url: doc.url, quote: c.quote,
         method: coalesce(c.method, 'curated')}] AS sources
ORDER BY id
