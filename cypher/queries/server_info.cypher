// server_info: the server's name, version and edition, for /health.
// Parameters: none.   Try it: (no parameters)
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
