// await_indexes: block until every index is online, so a fresh schema is usable at once.
CALL db.awaitIndexes(300)
