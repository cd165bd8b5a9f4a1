// wipe: delete every node and relationship (schema stays). Used by the test suite only.
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
