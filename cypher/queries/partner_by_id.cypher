// partner_by_id: one partner's id, name and kind, and whether it is a proposal, or nothing.
// Parameters: $id.   Try it: :param id => 'guangxi'
MATCH (p:Partner {id: $id})
RETURN p.id AS id, p.name AS name, p.kind AS kind, p.method = 'extracted' AS proposal
