"""Neo4j Browser guides that put every named query one click away:
`:play http://127.0.0.1:8000/guide` for the headline questions, and `/guide/queries` for
every query of cypher/queries/. Each slide is built from a named query — its header, its
"Try it" parameters and its text — so Browser users run exactly what the API runs and the
guides can never drift from it; each says which HTTP request gives the same answer
(api/query_catalogue.py). `/guide/partnergraph.grass` is the Browser style of the
explorer's colours, for `:style`."""

from html import escape
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse

from api import i18n
from api.query_catalogue import CATALOGUE, HEADLINE, QUESTIONS_VI, Entry, curl, param_commands
from graph import cypher

router = APIRouter(tags=["guide"])

GRASS = cypher.CYPHER_DIR / "browser" / "partnergraph.grass"

_INTRO = """
<slide class="row-fluid">
  <div class="col-sm-3"><h3>partnergraph</h3>
    <p class="lead">Partners, agreements, projects and donations, each fact citing the
    sentence it comes from.</p></div>
  <div class="col-sm-9">
    <p>Each slide is one of the named queries in <code>cypher/queries/</code>, the very
    text the HTTP API runs, with example parameters. Click &#9654; on the
    <code>:param</code> block, then &#9654; on the query: its rows appear in a new frame
    (a click elsewhere on a block puts it in the editor, to change before running). Each
    slide also says how to ask the API the same over HTTP.</p>
    <p>The model (labels, relationships, properties) is in <code>cypher/README.md</code>.
    Its shape, from the database itself:</p>
    <figure><pre class="pre-scrollable code runnable">CALL db.schema.visualization()</pre></figure>
    <p>Facts and the sentences they rest on:</p>
    <figure><pre class="pre-scrollable code runnable">MATCH (f)-[c:CITED_IN]-&gt;(d:Document)
RETURN labels(f)[0] AS fact, f.name AS name, c.quote AS quote, d.id AS document
LIMIT 25</pre></figure>
  </div>
</slide>"""

_INTRO_VI = """
<slide class="row-fluid">
  <div class="col-sm-3"><h3>partnergraph</h3>
    <p class="lead">Đối tác, thỏa thuận, dự án và viện trợ; mỗi dữ kiện dẫn câu văn mà nó
    dựa vào.</p></div>
  <div class="col-sm-9">
    <p>Mỗi trang là một truy vấn có tên trong <code>cypher/queries/</code>, đúng văn bản mà
    API chạy, với tham số ví dụ. Bấm &#9654; ở khối <code>:param</code> trước, rồi &#9654;
    ở truy vấn: kết quả hiện ra trong một khung mới. Mỗi trang cũng cho biết cách hỏi API
    điều tương tự qua HTTP. Phần mô tả truy vấn (tiếng Anh) lấy nguyên từ tệp.</p>
    <p>Mô hình (nhãn, quan hệ, thuộc tính) ở <code>cypher/README.md</code>. Hình dạng của
    nó, từ chính cơ sở dữ liệu:</p>
    <figure><pre class="pre-scrollable code runnable">CALL db.schema.visualization()</pre></figure>
    <p>Các dữ kiện và câu văn làm nguồn:</p>
    <figure><pre class="pre-scrollable code runnable">MATCH (f)-[c:CITED_IN]-&gt;(d:Document)
RETURN labels(f)[0] AS fact, f.name AS name, c.quote AS quote, d.id AS document
LIMIT 25</pre></figure>
  </div>
</slide>"""


def _pre(text: str, *, runnable_block: bool = True) -> str:
    kind = "code runnable" if runnable_block else "code"
    return f'<pre class="pre-scrollable {kind}">{escape(text)}</pre>'


def _over_http(entry: Entry, base: str) -> str:
    if entry.get:
        url = base + entry.get.removeprefix("GET ")
        ask = (f'<p>Over HTTP: <a href="{escape(url)}" target="_blank" rel="noopener">'
               f"<code>{escape(entry.get)}</code></a></p>")
    else:
        ask = "<p>Over HTTP: <code>POST /cypher</code> with the query's text (and the " \
              "<code>X-API-Key</code> header when the API has a key):</p>"
    note = f"<p>{escape(entry.note)}</p>" if entry.note else ""
    return f"{note}{ask}{_pre(curl(entry, base), runnable_block=False)}"


def _blocks(name: str) -> str:
    params = param_commands(name)
    query = _pre(cypher.browser_text(name))
    return f"{_pre(params)}{query}" if params else query


def _slide(entry: Entry, base: str, question: str | None = None) -> str:
    summary = cypher.header(entry.name).split("Parameters:")[0].split(": ", 1)[-1]
    return f"""
<slide class="row-fluid">
  <div class="col-sm-3"><h3>{escape(question or entry.question)}</h3>
    <p class="lead"><code>{escape(entry.file)}</code></p></div>
  <div class="col-sm-9">
    <p>{escape(" ".join(summary.split()))}</p>
    <figure>{_blocks(entry.name)}</figure>
    {_over_http(entry, base)}
  </div>
</slide>"""


def _index(base: str) -> str:
    rows = "".join(f"<li><code>{escape(e.name.removeprefix('queries/'))}</code>: "
                   f"{escape(e.question)}</li>" for e in sorted(CATALOGUE.values(),
                                                                key=lambda e: e.name))
    return f"""
<slide class="row-fluid">
  <div class="col-sm-3"><h3>Every named query</h3>
    <p class="lead">{len(CATALOGUE)} queries, one slide each, in this order.</p></div>
  <div class="col-sm-9">
    <figure>{_pre(f":play {base}/guide/queries")}</figure>
    <ol>{rows}</ol>
  </div>
</slide>"""


def _deck(slides: str) -> str:
    return (f'<article class="guide"><carousel class="deck container-fluid">{slides}'
            "</carousel></article>")


def render_guide(base: str, lang: str = "en") -> str:
    """The headline questions; `base` is the API's address as the Browser reached it. With
    `lang` vi, the questions and the introduction are in Vietnamese."""
    vi = lang == "vi"
    slides = "".join(_slide(CATALOGUE[name], base, QUESTIONS_VI[name] if vi else None)
                     for name in HEADLINE)
    return _deck(f"{_INTRO_VI if vi else _INTRO}{slides}{_index(base)}")


def render_queries(base: str) -> str:
    """Every named query, by name."""
    slides = "".join(_slide(entry, base) for entry in sorted(CATALOGUE.values(),
                                                             key=lambda e: e.name))
    return _deck(f"{_index(base)}{slides}")


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


# Browser fetches these from its own page (another origin): the app's CORS allows the
# Browser origins of the settings.
@router.get("/guide", response_class=HTMLResponse,
            summary="Neo4j Browser guide to the headline questions",
            description="Play it in Neo4j Browser with `:play http://127.0.0.1:8000/guide`; "
            "in Vietnamese with `?lang=vi`, or by default when the browser prefers it.")
async def guide(request: Request,
                lang: Annotated[Literal["vi", "en"] | None, Query()] = None) -> HTMLResponse:
    chosen = lang or i18n.language("", request.headers.get("accept-language"))
    return HTMLResponse(render_guide(_base(request), chosen),
                        headers={"Content-Language": chosen})


@router.get("/guide/queries", response_class=HTMLResponse,
            summary="Neo4j Browser guide to every named query",
            description="Every query of `cypher/queries/`, with example parameters and the "
            "HTTP request that answers the same: `:play http://127.0.0.1:8000/guide/queries`.")
async def queries_guide(request: Request) -> HTMLResponse:
    return HTMLResponse(render_queries(_base(request)))


@router.get("/guide/partnergraph.grass", response_class=PlainTextResponse,
            summary="Neo4j Browser style: the explorer's colours and readable captions",
            description="Apply it in Neo4j Browser with "
            "`:style http://127.0.0.1:8000/guide/partnergraph.grass`.")
async def grass() -> PlainTextResponse:
    return PlainTextResponse(GRASS.read_text(encoding="utf-8"))
