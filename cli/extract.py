"""`partnergraph extract FILE`: the facts an article reports, as a dataset, written nowhere."""

import asyncio
import json
from pathlib import Path
from typing import Annotated

import typer
from neo4j.exceptions import AuthError, ServiceUnavailable

from cli.common import err
from graph.driver import open_driver
from graph.gazetteer import gazetteer_rows
from loaders import article
from loaders.article import evaluate
from loaders.errors import LoadError
from partnergraph.settings import get_settings


def _graph_rows() -> list[dict] | None:
    settings = get_settings()

    async def main() -> list[dict]:
        driver = open_driver(settings)
        try:
            return await gazetteer_rows(driver=driver, database=settings.neo4j_database)
        finally:
            await driver.close()

    try:
        return asyncio.run(main())
    except (ServiceUnavailable, AuthError, OSError) as exc:
        err.print(f"note: names resolved against data/seed only (Neo4j at {settings.bolt_uri}: "
                  f"{type(exc).__name__})", highlight=False)
        return None


def extract(
    file: Annotated[Path, typer.Argument(help="One article: .txt, .html or .htm.", exists=True,
                                         dir_okay=False)],
    use_graph: Annotated[bool, typer.Option("--graph/--no-graph",
                                            help="Also resolve names against the graph's partners "
                                                 "when Neo4j is reachable.")] = True,
    with_text: Annotated[bool, typer.Option("--text/--no-text",
                                            help="Include the document's text.")] = True,
) -> None:
    """Print, as a JSON dataset, the facts FILE reports (partners, donations, agreements,
    projects, engagements), each with the clause it comes from and a confidence. Nothing is
    written; `partnergraph load FILE` writes the same facts, marked extracted."""
    if file.suffix.lower() not in article.SUFFIXES:
        err.print(f"error: {file}: unknown format {file.suffix!r}: an article is .txt, .html "
                  "or .htm", highlight=False, markup=False)
        raise typer.Exit(1)
    gazetteer = article.Gazetteer.from_files()
    if use_graph and (rows := _graph_rows()):
        gazetteer.add_graph_rows(rows)
    try:
        extraction = article.extract_file(file, gazetteer)
    except LoadError as exc:
        for problem in exc.problems:
            err.print(f"  {problem}", highlight=False, markup=False)
        raise typer.Exit(1) from None
    for note in extraction.skipped:
        err.print(f"note: left out {note}", highlight=False, markup=False)
    data = article.dump(extraction.dataset)
    if not with_text:
        for doc in data["documents"]:
            doc.pop("text", None)
    print(json.dumps(data, ensure_ascii=False, indent=2))


def extract_eval(
    folder: Annotated[Path, typer.Argument(help="A folder of NAME.txt articles, each with its "
                                                "NAME.gold.yaml.", exists=True, file_okay=False)],
    show_misses: Annotated[bool, typer.Option("--misses",
                                              help="Also list missed and wrong facts.")] = False,
    show_causes: Annotated[bool, typer.Option(
        "--causes", help="Also count what differs in each wrong fact from the gold event "
                         "nearest to it, and the gold events nothing came near.")] = False,
) -> None:
    """Score `extract` on FOLDER event by event: precision and recall of donations and
    agreements by fact type and per article, against the gold files. Names resolve against
    data/seed and data/gazetteer only, so the figures do not depend on a graph."""
    try:
        scores = evaluate.evaluate(folder, article.Gazetteer.from_files())
    except LoadError as exc:
        for problem in exc.problems:
            err.print(f"  {problem}", highlight=False, markup=False)
        raise typer.Exit(1) from None
    print(evaluate.report(scores))
    if show_misses:
        print()
        print(evaluate.misses(scores))
    if show_causes:
        print()
        print(evaluate.causes_report(scores))


def register(app: typer.Typer) -> None:
    app.command()(extract)
    app.command("extract-eval")(extract_eval)
