"""A Neo4j Browser guide (`:play http://localhost:8000/guide`) that puts the headline
questions one click away. Each slide is built from a named query of cypher/queries/ — its
header, its "Try it" parameters and its text — so Browser users run exactly what the API
runs, and the guide can never drift from it."""

from html import escape
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from api import i18n
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


QUESTIONS_VI = {
    "queries/donations_given": "Mọi khoản viện trợ của Quảng Tây từ năm 2020",
    "queries/partner_linked": "Các tổ chức phi chính phủ liên quan đến Good Neighbors",
    "queries/paths": "Hai đối tác liên hệ với nhau thế nào",
    "queries/donation_totals": "Các tổng số được tính từ đâu",
    "queries/partner_search": "Tìm đối tác theo mọi cách viết",
    "queries/graph_neighbourhood": "Mạng lưới quanh một đối tác",
    "queries/document_detail": "Một nguồn và mọi dữ kiện lấy từ nguồn đó",
}

_INTRO_VI = """
<slide class="row-fluid">
  <div class="col-sm-3"><h3>partnergraph</h3>
    <p class="lead">Đối tác, thỏa thuận, dự án và viện trợ; mỗi dữ kiện dẫn câu văn mà nó
    dựa vào.</p></div>
  <div class="col-sm-9">
    <p>Mỗi trang là một truy vấn có tên trong <code>cypher/queries/</code>, đúng văn bản mà
    API chạy. Bấm khối <code>:params</code> trước, rồi đến truy vấn. Phần mô tả truy vấn
    (tiếng Anh) lấy nguyên từ tệp.</p>
    <p>Mô hình (nhãn, quan hệ, thuộc tính) ở <code>cypher/README.md</code>. Hình dạng của
    nó, từ chính cơ sở dữ liệu:</p>
    <figure><pre class="pre-scrollable code runnable">CALL db.schema.visualization()</pre></figure>
    <p>Các dữ kiện và câu văn làm nguồn:</p>
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


def render_guide(lang: str = "en") -> str:
    """The guide, its questions and introduction in Vietnamese when `lang` is vi."""
    vi = lang == "vi"
    slides = "".join(_slide(name, QUESTIONS_VI[name] if vi else question)
                     for name, question in SLIDES)
    return (f'<article class="guide"><carousel class="deck container-fluid">'
            f"{_INTRO_VI if vi else _INTRO}{slides}</carousel></article>")


@router.get("/guide", response_class=HTMLResponse,
            summary="Neo4j Browser guide to the headline questions",
            description="Play it in Neo4j Browser with `:play http://localhost:8000/guide`; "
            "in Vietnamese with `?lang=vi`, or by default when the browser prefers it.")
async def guide(request: Request,
                lang: Annotated[Literal["vi", "en"] | None, Query()] = None) -> HTMLResponse:
    chosen = lang or i18n.language("", request.headers.get("accept-language"))
    # Browser fetches guides cross-origin from its own page (port 7474).
    return HTMLResponse(render_guide(chosen), headers={"Access-Control-Allow-Origin": "*",
                                                       "Content-Language": chosen})
