"""The API's docs at /docs (Swagger UI) and /redoc (ReDoc), served with their libraries
from web/node_modules/ (installed by `make install`, `npm ci` in web/): FastAPI's own
pages load them from a public CDN, which leaves a machine without internet a blank page.
Nothing the pages load comes from elsewhere: no fonts, no validator badge, no favicon, no
logo. The schema (/openapi.json) and both pages come in Vietnamese or English: `?lang=`,
else Accept-Language; each page has a switch between the two."""

from functools import cache
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response

from api import i18n, openapi_i18n
from api.errors import NotFound, Unavailable
from partnergraph import ROOT

router = APIRouter(include_in_schema=False)

OPENAPI_URL = "/openapi.json"
MODULES = ROOT / "web" / "node_modules"
SWAGGER = MODULES / "swagger-ui-dist"
#: The files the docs pages load, by the name they are served under.
ASSETS = {
    "swagger-ui-bundle.js": SWAGGER / "swagger-ui-bundle.js",
    "swagger-ui.css": SWAGGER / "swagger-ui.css",
    "favicon-32x32.png": SWAGGER / "favicon-32x32.png",
    "redoc.standalone.js": MODULES / "redoc" / "bundles" / "redoc.standalone.js",
}
#: ReDoc's sidebar shows Redocly's logo from their CDN: an empty picture stands in for it.
REDOC_LOGO = b"https://cdn.redoc.ly/redoc/logo-mini.svg"
EMPTY_PICTURE = b"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"
NOT_INSTALLED = ("the API docs' libraries are not installed: run `make install` "
                 "(it runs `npm ci` in web/)")
TITLES = {"docs": {"en": "API docs", "vi": "tài liệu API"},
          "redoc": {"en": "API reference", "vi": "tham chiếu API"}}
SWITCH_STYLE = ("font: 14px system-ui, sans-serif; padding: 6px 16px; text-align: right; "
                "border-bottom: 1px solid #ddd; background: #fafafa")

Lang = Annotated[Literal["vi", "en"] | None, Query()]


def _asset_url(name: str) -> str:
    return f"/docs/assets/{name}"


def _installed(*names: str) -> None:
    missing = [name for name in names if not ASSETS[name].is_file()]
    if missing:
        raise Unavailable(NOT_INSTALLED, missing=missing)


def _language(request: Request, lang: str | None) -> str:
    return lang or i18n.language("", request.headers.get("accept-language"))


def _switch(path: str, lang: str) -> str:
    links = [f'<a href="{path}?lang={code}" lang="{code}" hreflang="{code}"'
             + (' aria-current="page" style="font-weight: bold"' if code == lang else "")
             + f">{label}</a>" for code, label in (("vi", "Tiếng Việt"), ("en", "English"))]
    return (f'<nav class="lang-switch" aria-label="Ngôn ngữ · Language" '
            f'style="{SWITCH_STYLE}">{" · ".join(links)}</nav>')


def _page(response: HTMLResponse, path: str, lang: str, before: str) -> HTMLResponse:
    """The page with the language switch above `before`, in `lang`."""
    html = response.body.decode("utf-8").replace("<html>", f'<html lang="{lang}">', 1)
    html = html.replace(before, _switch(path, lang) + before, 1)
    return HTMLResponse(html, headers={"Content-Language": lang, "Vary": "Accept-Language"})


@router.get(OPENAPI_URL)
async def openapi(request: Request, lang: Lang = None) -> JSONResponse:
    chosen = _language(request, lang)
    return JSONResponse(_schema(request.app, chosen),
                        headers={"Content-Language": chosen, "Vary": "Accept-Language"})


def _schema(app, lang: str) -> dict:
    # The English document is built once (FastAPI keeps it); its Vietnamese form too.
    schema = app.openapi()
    if lang == "en":
        return schema
    cached = getattr(app.state, "openapi_vi", None)
    if cached is None:
        cached = app.state.openapi_vi = openapi_i18n.translated(schema, "vi")
    return cached


@router.get("/docs")
async def swagger_ui(request: Request, lang: Lang = None) -> HTMLResponse:
    _installed("swagger-ui-bundle.js", "swagger-ui.css")
    chosen = _language(request, lang)
    page = get_swagger_ui_html(
        openapi_url=f"{OPENAPI_URL}?lang={chosen}",
        title=f"{request.app.title} — {TITLES['docs'][chosen]}",
        swagger_js_url=_asset_url("swagger-ui-bundle.js"),
        swagger_css_url=_asset_url("swagger-ui.css"),
        swagger_favicon_url=_asset_url("favicon-32x32.png"),
        # The validator badge would send the schema's address to validator.swagger.io.
        swagger_ui_parameters={"validatorUrl": None})
    return _page(page, "/docs", chosen, '<div id="swagger-ui">')


@router.get("/redoc")
async def redoc(request: Request, lang: Lang = None) -> HTMLResponse:
    _installed("redoc.standalone.js")
    chosen = _language(request, lang)
    page = get_redoc_html(
        openapi_url=f"{OPENAPI_URL}?lang={chosen}",
        title=f"{request.app.title} — {TITLES['redoc'][chosen]}",
        redoc_js_url=_asset_url("redoc.standalone.js"),
        redoc_favicon_url=_asset_url("favicon-32x32.png"), with_google_fonts=False)
    return _page(page, "/redoc", chosen, "<redoc")


@cache
def _redoc_bundle() -> bytes:
    return ASSETS["redoc.standalone.js"].read_bytes().replace(REDOC_LOGO, EMPTY_PICTURE)


@router.get("/docs/assets/{name}")
async def asset(name: str) -> Response:
    path = ASSETS.get(name)
    if path is None:
        raise NotFound(f"no docs file {name!r}")
    _installed(name)
    if name == "redoc.standalone.js":
        return Response(_redoc_bundle(), media_type="text/javascript; charset=utf-8",
                        headers={"Cache-Control": "no-cache"})
    return FileResponse(path, headers={"Cache-Control": "no-cache"})
