// document_detail: a source document and every fact drawn from it, with the quotes.
// Parameters: $id.   Try it: :param id => 'bhg-2020-covid-foreign-affairs'
MATCH (d:Document {id: $id})
RETURN properties(d) AS document,
       [(f)-[c:CITED_IN]->(d) | {id: f.id, label: head(labels(f)), name: f.name,
         kind: f.kind, quote: c.quote, method: coalesce(c.method, 'curated')}] AS facts
