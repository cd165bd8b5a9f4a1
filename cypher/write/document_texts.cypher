// document_texts: the stored text of documents, to check that quotes occur in them.
// $ids: list of document ids.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.text AS text
