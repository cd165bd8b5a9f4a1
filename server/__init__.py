"""Runs Neo4j for partnergraph on this machine: the Maven build that fetches the server
(`pom.xml`) and the manager of local instances that drives it (`localneo4j`)."""
