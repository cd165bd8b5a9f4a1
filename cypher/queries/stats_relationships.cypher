// stats_relationships: how many relationships there are of each type (count store).
// Parameters: none.   Try it: (no parameters)
CALL apoc.meta.stats() YIELD relTypesCount
UNWIND keys(relTypesCount) AS type
RETURN type, relTypesCount[type] AS count
ORDER BY type
