"""A Neo4j Browser guide (`:play http://localhost:8000/guide`) that puts the headline
questions one click away. Each slide is built from a named query of cypher/queries/ — its
header, its "Try it" parameters and its text — so Browser users run exactly what the API
runs, and the guide can never drift from it."""

from html import escape

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from graph import cypher

router = APIRouter(tags=["guide"])

# (query, the question it answers for an analyst)
SLIDES = [
    ("queries/donations_given", "All Guangxi donations since 2020"),
    ("queries/partner_links_top", "The strongest links of Good Neighbors"),
    ("queries/paths", "How two partners are connected"),
    ("queries/donation_totals", "What totals are built from"),
    ("queries/partner_search", "Find a partner by any spelling"),
    ("queries/graph_neighbourhood", "The network around a partner"),
    ("queries/document_detail", "A source and every fact drawn from it"),
]

_INTRO = """
<slide class="row-fluid">
  <div class="col-sm-3"><h3>partnergraph</h3>
    <p class="lead">Partners, agreements, projects and donations, each fact citing the
    sentence it comes from.</p></div>
  <div class="col-sm-9">
    <p>Each slide is one of the named queries in <code>cypher/queries/</code>, the very
    text the HTTP API runs. Click the <code>:params</code> block first, then the query.</p>
    <p>The model (labels, relationships, properties) is in <code>cypher/README.md</code>.
    Its shape, from the database itself:</p>
    <figure><pre class="pre-scrollable code runnable">CALL db.schema.visualization()</pre></figure>
    <p>Facts and the sentences they rest on:</p>
    <figure><pre class="pre-scrollable code runnable">MATCH (f)-[c:CITED_IN]-&gt;(d:Document)
RETURN labels(f)[0] AS fact, f.name AS name, c.quote AS quote, d.id AS document
LIMIT 25</pre></figure>
  </div>
</slide>"""


def _params_command(name: str) -> str:
    params, _ = cypher.try_it(name)
    return ":params {" + ", ".join(f"{k}: {v}" for k, v in params.items()) + "}"


def _slide(name: str, question: str) -> str:
    summary = cypher.header(name).split("Parameters:")[0].split(": ", 1)[-1]
    blocks = [f'<pre class="pre-scrollable code runnable">{escape(_params_command(name))}</pre>']
    blocks.append(f'<pre class="pre-scrollable code runnable">'
                  f"{escape(cypher.browser_text(name))}</pre>")
    return f"""
<slide class="row-fluid">
  <div class="col-sm-3"><h3>{escape(question)}</h3>
    <p class="lead"><code>{escape(name)}.cypher</code></p></div>
  <div class="col-sm-9">
    <p>{escape(" ".join(summary.split()))}</p>
    <figure>{"".join(blocks)}</figure>
  </div>
</slide>"""


def render_guide() -> str:
    slides = "".join(_slide(name, question) for name, question in SLIDES)
    return (f'<article class="guide"><carousel class="deck container-fluid">'
            f"{_INTRO}{slides}</carousel></article>")


@router.get("/guide", response_class=HTMLResponse,
            summary="Neo4j Browser guide to the headline questions",
            description="Play it in Neo4j Browser with `:play http://localhost:8000/guide`.")
async def guide() -> HTMLResponse:
    # Browser fetches guides cross-origin from its own page (port 7474).
    return HTMLResponse(render_guide(), headers={"Access-Control-Allow-Origin": "*"})
