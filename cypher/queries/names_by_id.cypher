// names_by_id: the Vietnamese and English names of the partners, places, items and facts
// with these ids, so that an answer can name each in the language asked with the other
// beside it. A place and a partner may share an id (the country and its government):
// both come back, each with the name the answers carry (`name`).
// Parameters: $ids (list of ids).
// Try it: :param ids => ['guangxi', 'vietnam', 'face-mask', 'donation-2020-2022-vero-cell']
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Partner {id: id}) RETURN n
  UNION MATCH (n:Place {id: id}) RETURN n
  UNION MATCH (n:Item {id: id}) RETURN n
  UNION MATCH (n:Donation {id: id}) RETURN n
  UNION MATCH (n:Agreement {id: id}) RETURN n
  UNION MATCH (n:Project {id: id}) RETURN n
  UNION MATCH (n:Engagement {id: id}) RETURN n
}
RETURN id, n.name AS name, coalesce(n.name_vi, n.title_vi) AS name_vi,
       coalesce(n.name_en, n.title_en) AS name_en
