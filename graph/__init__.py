"""The only code that talks to Neo4j: small functions that take a driver and return models."""
