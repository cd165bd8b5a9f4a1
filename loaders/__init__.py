"""Loaders: parse a source → validate against the domain → write in one transaction."""
