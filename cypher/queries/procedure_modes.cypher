// procedure_modes: every procedure the server offers and its mode (READ, WRITE, SCHEMA,
// DBMS, DEFAULT); POST /cypher allows only READ procedures.
// Parameters: none.   Try it: (no parameters)
SHOW PROCEDURES YIELD name, mode
RETURN name, mode
