"""`python -m cli`, the same as the `partnergraph` command."""

from cli import app

app(prog_name="partnergraph")
