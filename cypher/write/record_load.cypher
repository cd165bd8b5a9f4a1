// record_load: one node of history per dataset a load or an unload wrote: which dataset,
// when, from which files (and their SHA-256), and how many records it added, changed,
// removed and had to keep because another dataset still refers to them.
// $props: {id, name, dataset, action, at, files, checksums, added, changed, removed, kept}.
// Try it: :param props => {id: 'example@2026-01-01T00:00:00Z', name: 'example 2026-01-01', dataset: 'example', action: 'load', at: datetime('2026-01-01T00:00:00Z'), files: [], checksums: [], added: 0, changed: 0, removed: 0, kept: 0}
CREATE (l:Load)
SET l = $props
