// stats_labels: how many nodes carry each label (read from the count store, so it is
// instant on any size of graph).
// Parameters: none.   Try it: (no parameters)
CALL apoc.meta.stats() YIELD labels
UNWIND keys(labels) AS label
RETURN label, labels[label] AS count
ORDER BY label
