"""`partnergraph review`: the review page's actions for scripts, through the same graph/
functions as the API. The reviewer is the REVIEWER setting (the login name by default);
what is accepted, edited, merged or rejected is written to the curated folder CURATED_DIR."""

import json
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

import typer
import yaml

from cli.common import console, fail, with_driver
from graph.errors import Conflict, InvalidRecord, NotFound
from graph.review import actions, merge as merging, read, undo as undoing
from graph.review.folder import Folder
from partnergraph.domain.review import ActionAnswer

app = typer.Typer(help="Review extracted facts: list, accept, edit, reject, merge, undo.",
                  no_args_is_help=True)


def _run(work: Callable[..., Awaitable[Any]], **kwargs: Any) -> Any:
    async def call(driver, settings):
        return await work(driver=driver, database=settings.neo4j_database, **kwargs)

    try:
        return with_driver(call)
    except (NotFound, Conflict, InvalidRecord) as exc:
        fail(getattr(exc, "detail", None) or str(exc))


def _act(work: Callable[..., Awaitable[ActionAnswer]], **kwargs: Any) -> None:
    from partnergraph.settings import get_settings

    settings = get_settings()
    answer = _run(work, folder=Folder(settings.curated_dir), who=settings.reviewer, **kwargs)
    a = answer.action
    console.print(f"{a.kind} {a.record} by {a.who} (action {a.id})", highlight=False,
                  markup=False)


def _print_json(model: Any) -> None:
    console.print_json(model.model_dump_json())


@app.command("list")
def list_(
    as_json: Annotated[bool, typer.Option("--json", help="The API's JSON.")] = False,
    document: Annotated[str | None, typer.Option(help="Only this document's.")] = None,
    status: Annotated[str, typer.Option(help="proposed, accepted or rejected.")] = "proposed",
) -> None:
    """The proposals, by document."""
    found = _run(read.proposals, document=document, status=status, limit=10_000)
    if as_json:
        print(found.model_dump_json())
        return
    for p in found.items:
        console.print(f"{p.id}\t{p.type}\tv{p.version}\t{p.document}\t"
                      f"{p.confidence if p.confidence is not None else '-'}",
                      highlight=False, markup=False)
    console.print(f"{found.total} {status}", highlight=False)


@app.command()
def show(id: Annotated[str, typer.Argument(help="A proposal's id.")]) -> None:
    """One proposal: its record, the names of what it names, its quotes."""
    _print_json(_run(read.proposal, id=id))


def _parsed(sets: list[str]) -> dict[str, Any]:
    edits = {}
    for item in sets:
        field, sep, value = item.partition("=")
        if not sep or not field.strip():
            fail(f"--set takes field=value, not {item!r}")
        edits[field.strip()] = yaml.safe_load(value) if value.strip() else None
    return edits


@app.command()
def accept(
    id: Annotated[str, typer.Argument(help="A proposal's id.")],
    set_: Annotated[list[str] | None, typer.Option(
        "--set", help="field=value (YAML: `donors=[a, b]`, `value=25.000 USD`); repeatable: "
        "the record is accepted as edited.")] = None,
) -> None:
    """Accept a proposal, as proposed or edited."""
    current = _run(read.proposal, id=id)
    record = None
    if set_:
        record = {k: v for k, v in (current.record | _parsed(set_)).items() if v is not None}
    _act(actions.accept, id=id, version=current.version, record=record)


@app.command()
def reject(
    id: Annotated[str, typer.Argument(help="A proposal's id.")],
    reason: Annotated[str, typer.Option(help="Why: kept in the curated folder.")],
) -> None:
    """Reject a proposal; reading its article again will not propose it again."""
    current = _run(read.proposal, id=id)
    _act(actions.reject, id=id, version=current.version, reason=reason)


@app.command()
def merge(
    id: Annotated[str, typer.Argument(help="The proposed partner.")],
    into: Annotated[str, typer.Argument(help="The partner it is.")],
) -> None:
    """Merge a proposed partner into another: its names become aliases, its facts move."""
    _act(merging.merge, id=id, into=into)


@app.command()
def promote(id: Annotated[str, typer.Argument(help="A proposed partner, item or place.")]) -> None:
    """Make a proposed partner (or item, or place) curated."""
    _act(actions.promote, id=id)


@app.command()
def undo(action_id: Annotated[str, typer.Argument(help="The action's id.")]) -> None:
    """Undo a review action."""
    _act(undoing.undo, action_id=action_id)


@app.command()
def history(
    id: Annotated[str, typer.Argument(help="A record's id.")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Every review action that changed a record, oldest first."""
    found = _run(read.history, record=id)
    if as_json:
        print(found.model_dump_json())
        return
    for a in found.items:
        undone = f" (undone by {a.undone_by})" if a.undone_by else ""
        reason = f": {a.reason}" if a.reason else ""
        console.print(f"{a.at:%Y-%m-%d %H:%M:%S} {a.who} {a.kind} {a.record}{reason} "
                      f"[{a.id}]{undone} {json.dumps(a.changes, ensure_ascii=False)}",
                      highlight=False, markup=False)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="review")
