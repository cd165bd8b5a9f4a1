// load_history: the loads and unloads the graph has seen, newest first: dataset, when,
// files and their SHA-256, records added, changed, removed and kept.
// Parameters: $dataset (a dataset's name, or null for all), $limit.
// Try it: :param dataset => null  :param limit => 20
MATCH (l:Load)
WHERE $dataset IS NULL OR l.dataset = $dataset
RETURN l.dataset AS dataset, l.action AS action, l.at AS at, l.files AS files,
       l.checksums AS checksums, l.added AS added, l.changed AS changed,
       l.removed AS removed, l.kept AS kept
ORDER BY l.at DESC
LIMIT $limit
