// partners_linked: the id of every partner with a link to a partner of larger id, for
// recounting the strength kept on LINKED (write/recount_links_of). Parameters: none.
// Try it: (no parameters)
MATCH (a:Partner) WHERE EXISTS { (a)-[:LINKED]->(:Partner) }
RETURN a.id AS id
