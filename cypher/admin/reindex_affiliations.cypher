// reindex_affiliations: LINKED {affiliated: true} from the smaller id to the larger for
// every two affiliated partners (PART_OF, OFFICE_OF, MEMBER_OF, MERGED_INTO), as
// graph/rows.py writes them, for graphs loaded before LINKED existed. Idempotent; batched
// (run it in an implicit transaction). Parameters: none.
MATCH (a:Partner)-[:PART_OF|OFFICE_OF|MEMBER_OF|MERGED_INTO]-(b:Partner)
WHERE a.id < b.id
WITH DISTINCT a, b
CALL (a, b) {
  MERGE (a)-[l:LINKED]->(b)
  SET l.affiliated = true
} IN TRANSACTIONS OF 1000 ROWS
