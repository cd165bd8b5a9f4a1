// document_detail: a source document and every fact drawn from it, with the quotes: the
// facts that cite it, and the parts of those facts that carry quotes of their own (a
// donation's item lines, a partner's affiliations), named by `via` and `target`.
// Parameters: $id.   Try it: :param id => 'article-004-47f6c6ea85a0549f'
MATCH (d:Document {id: $id})
CALL (d) {
  MATCH (f)-[c:CITED_IN]->(d)
  RETURN collect({id: f.id, label: head(labels(f)), name: f.name, kind: f.kind,
                  props: properties(f), quote: c.quote,
                  method: coalesce(c.method, 'curated'), confidence: c.confidence}) AS direct,
         collect(DISTINCT f) AS cited
}
CALL (cited) {
  UNWIND cited AS f
  MATCH (f)-[r]->(o)
  WHERE $id IN coalesce(r.source_documents, [])
  UNWIND range(0, size(r.source_documents) - 1) AS i
  WITH f, r, o, i
  WHERE r.source_documents[i] = $id AND r.source_quotes[i] <> ''
  RETURN collect({id: f.id, label: head(labels(f)), name: f.name, kind: f.kind,
                  props: properties(f), quote: r.source_quotes[i],
                  method: coalesce(r.method, 'curated'), via: type(r), target: o.id}) AS parts
}
RETURN properties(d) AS document, direct + parts AS facts
