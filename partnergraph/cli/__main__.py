"""`python -m partnergraph.cli`, the same as the `partnergraph` command."""

from partnergraph.cli import app

app(prog_name="partnergraph")
