// loader_writing: how many open transactions are running a loader's batched write
// (`UNWIND $rows …`) right now, this one left out. The crash tests use it to stop a load
// mid-write. Parameters: none.
SHOW TRANSACTIONS YIELD currentQuery
WHERE currentQuery CONTAINS 'UNWIND $rows' AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN count(*) AS writing
