// loader_writing: how many open transactions of the loader (those it marks with the
// metadata {partnergraph: 'load'}, graph/write.py) are writing right now — whether a
// statement is running or the loader is preparing its next batch — and how many have a
// statement waiting for a lock that another transaction holds. Operators watch loads with
// it; the crash tests hold a lock the load needs and stop it while it waits. Parameters: none.
SHOW TRANSACTIONS YIELD metaData, status
WHERE metaData.partnergraph = 'load' AND status <> 'Closing'
RETURN count(*) AS writing, count(CASE WHEN status STARTS WITH 'Blocked' THEN 1 END) AS blocked
