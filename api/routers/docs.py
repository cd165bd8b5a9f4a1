"""The API's docs at /docs (Swagger UI) and /redoc (ReDoc), served with their libraries
from web/node_modules/ (installed by `make install`, `npm ci` in web/): FastAPI's own
pages load them from a public CDN, which leaves a machine without internet a blank page.
Nothing the pages load comes from elsewhere: no fonts, no validator badge, no favicon, no
logo."""

from functools import cache

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, Response

from api.errors import NotFound, Unavailable
from partnergraph import ROOT

router = APIRouter(include_in_schema=False)

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


def _asset_url(name: str) -> str:
    return f"/docs/assets/{name}"


def _installed(*names: str) -> None:
    missing = [name for name in names if not ASSETS[name].is_file()]
    if missing:
        raise Unavailable(NOT_INSTALLED, missing=missing)


@router.get("/docs")
async def swagger_ui(request: Request) -> HTMLResponse:
    _installed("swagger-ui-bundle.js", "swagger-ui.css")
    return get_swagger_ui_html(
        openapi_url=request.app.openapi_url, title=f"{request.app.title} — API docs",
        swagger_js_url=_asset_url("swagger-ui-bundle.js"),
        swagger_css_url=_asset_url("swagger-ui.css"),
        swagger_favicon_url=_asset_url("favicon-32x32.png"),
        # The validator badge would send the schema's address to validator.swagger.io.
        swagger_ui_parameters={"validatorUrl": None})


@router.get("/redoc")
async def redoc(request: Request) -> HTMLResponse:
    _installed("redoc.standalone.js")
    return get_redoc_html(
        openapi_url=request.app.openapi_url, title=f"{request.app.title} — API reference",
        redoc_js_url=_asset_url("redoc.standalone.js"),
        redoc_favicon_url=_asset_url("favicon-32x32.png"), with_google_fonts=False)


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
