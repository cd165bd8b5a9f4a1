"""The HTTP API for analysts."""
