// actions: the review log, newest first (or oldest first: $oldest), of one record
// ($record: actions that changed it), one proposal, or all; with the total.
// $record, $proposal: null for all; $skip, $limit; $oldest: boolean.
MATCH (a:ReviewAction)
WHERE ($record IS NULL OR $record IN a.affected) AND ($proposal IS NULL OR a.proposal = $proposal)
WITH a ORDER BY CASE WHEN $oldest THEN a.at END ASC, CASE WHEN $oldest THEN null ELSE a.at END DESC
WITH collect(properties(a)) AS found
RETURN size(found) AS total, found[$skip..$skip + $limit] AS items
