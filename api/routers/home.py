"""The front door at /: what partnergraph is, and where everything is. A web browser gets
a small page; a client that asks for JSON (`Accept: application/json`) the same links."""

from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel

from api.deps import Config

router = APIRouter(tags=["home"])

ABOUT = ("A knowledge graph of a province's international partnerships: partners, "
         "agreements, projects and donations drawn from news articles and reports, every "
         "fact traceable to the sentence it comes from.")


class Link(BaseModel):
    rel: str
    href: str
    title: str


class Home(BaseModel):
    name: str
    about: str
    links: list[Link]
    #: What to type in Neo4j Browser to play the guide of the named queries.
    guide_command: str


def _home(request: Request, browser_origin: str) -> Home:
    base = str(request.base_url).rstrip("/")
    links = [
        Link(rel="explorer", href=f"{base}/explore",
             title="Explorer: the partner network, its facts and their quotes"),
        Link(rel="review", href=f"{base}/review",
             title="Review: accept, edit or reject the facts extracted from articles"),
        Link(rel="docs", href=f"{base}/docs", title="API docs: try every endpoint"),
        Link(rel="reference", href=f"{base}/redoc", title="API reference"),
        Link(rel="openapi", href=f"{base}/openapi.json", title="OpenAPI schema"),
        Link(rel="neo4j-browser", href=f"{browser_origin}/browser/",
             title="Neo4j Browser: the same graph in Cypher"),
        Link(rel="guide", href=f"{base}/guide", title="Neo4j Browser guide"),
        Link(rel="queries", href=f"{base}/guide/queries",
             title="Neo4j Browser guide to every named query"),
        Link(rel="style", href=f"{base}/guide/partnergraph.grass",
             title="Neo4j Browser style (:style)"),
        Link(rel="health", href=f"{base}/health", title="Health of the API and Neo4j"),
    ]
    return Home(name="partnergraph", about=ABOUT, links=links,
                guide_command=f":play {base}/guide")


def _wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def _page(home: Home) -> str:
    items = "".join(f'<li><a href="{escape(link.href)}" rel="{escape(link.rel)}">'
                    f"{escape(link.title)}</a></li>" for link in home.links)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>partnergraph</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 3rem auto;
       padding: 0 1rem; color: #1d2733; }}
h1 {{ margin-bottom: .25rem; }} li {{ margin: .3rem 0; }} a {{ color: #2f6db5; }}
code {{ background: #eef1f5; padding: .15rem .35rem; border-radius: 3px; }}
</style></head>
<body>
<h1>partnergraph</h1>
<p>{escape(home.about)}</p>
<ul>{items}</ul>
<p>In Neo4j Browser, after connecting, paste
<code id="guide-command">{escape(home.guide_command)}</code>
to play the guide: every named query, one click away.</p>
<p>Clients may ask this page for JSON (<code>Accept: application/json</code>).</p>
</body></html>"""


@router.get("/", response_model=Home, summary="What partnergraph is, and where everything is",
            responses={200: {"content": {"text/html": {}}}})
async def home(request: Request, settings: Config):
    page = _home(request, settings.cors_origins[0])
    if _wants_json(request):
        return JSONResponse(page.model_dump())
    return HTMLResponse(_page(page))
