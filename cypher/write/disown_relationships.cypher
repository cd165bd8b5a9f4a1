// disown_relationships: $dataset no longer declares these relationships: it leaves their
// owners list, and a relationship no dataset declares any more is deleted.
// {from_label}, {rel_type}, {to_label} come from graph.model; rows: [{from, to, quote}]
// (quote only for CITED_IN, else null); $dataset: the dataset's name.
// Try it: :param dataset => 'example'  :param rows => [{from: 'hikari-kokusai', to: 'aozora-hki-medical-2022', quote: null}]  (write Partner for {from_label}, GAVE for {rel_type}, Donation for {to_label})
UNWIND $rows AS row
MATCH (a:{from_label} {id: row.from})-[r:{rel_type}]->(b:{to_label} {id: row.to})
WHERE row.quote IS NULL OR r.quote = row.quote
SET r.datasets = [d IN r.datasets WHERE d <> $dataset]
WITH r
WHERE size(r.datasets) = 0
DELETE r
