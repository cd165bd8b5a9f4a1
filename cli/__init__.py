"""The `partnergraph` command. Each group of sub-commands lives in its own module."""

import typer

from cli import data, datasets, extract, generate, neo4j, review, run

# No pretty exceptions: rich's tracebacks can print local variables, settings included.
app = typer.Typer(help="partnergraph: a knowledge graph of international partnerships.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
app.add_typer(neo4j.app, name="neo4j")
data.register(app)
datasets.register(app)
run.register(app)
extract.register(app)
generate.register(app)
review.register(app)
