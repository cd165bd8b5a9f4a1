// create_action: one entry of the review log: what was done, by whom, when, to which
// record from which proposal, what changed, and what undoing it needs.
// $props: the action's properties.
CREATE (a:ReviewAction)
SET a = $props
