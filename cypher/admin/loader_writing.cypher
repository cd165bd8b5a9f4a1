// loader_writing: how many open transactions of the loader (those it marks with the
// metadata {partnergraph: 'load'}, graph/write.py) are writing right now — whether a
// statement is running or the loader is preparing its next batch. The crash tests use it
// to stop a load mid-write; operators can watch loads with it. Parameters: none.
SHOW TRANSACTIONS YIELD metaData, status
WHERE metaData.partnergraph = 'load' AND status <> 'Closing'
RETURN count(*) AS writing
