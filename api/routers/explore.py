"""The partner network explorer: a page at /explore that draws GET /graph with Cytoscape.js,
and a readable view of a source document at /explore/documents/{id}.

Everything the pages load comes from this server: the page's own modules from web/src/,
and the graph library from web/node_modules/ (installed by `make install`, `npm ci` in
web/). Files are served from a closed list, never from a path the client chooses."""

import re
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter
from fastapi import Path as PathParam
from fastapi.responses import FileResponse

from api.errors import NotFound, Unavailable
from partnergraph import ROOT

router = APIRouter(prefix="/explore", include_in_schema=False)

WEB = ROOT / "web"
PAGES = WEB / "src"
MODULES = WEB / "node_modules"

#: The library files the explorer loads, in the order explorer.html loads them: fcose
#: registers itself with the Cytoscape it finds, and needs cose-base, which needs layout-base.
VENDOR: dict[str, Path] = {
    "cytoscape.min.js": MODULES / "cytoscape" / "dist" / "cytoscape.min.js",
    "layout-base.js": MODULES / "layout-base" / "layout-base.js",
    "cose-base.js": MODULES / "cose-base" / "cose-base.js",
    "cytoscape-fcose.js": MODULES / "cytoscape-fcose" / "cytoscape-fcose.js",
}
#: The explorer's own files: modules and style sheets directly in web/src/, by plain name.
ASSET_NAME = re.compile(r"[a-z][a-z0-9-]*\.(js|css)")

NOT_INSTALLED = ("the explorer's libraries are not installed: run `make install` "
                 "(it runs `npm ci` in web/)")


def _file(path: Path, media_type: str | None = None) -> FileResponse:
    return FileResponse(path, media_type=media_type, headers={"Cache-Control": "no-cache"})


@router.get("")
async def explorer() -> FileResponse:
    """The explorer page; a clear 503 when its libraries were never installed."""
    missing = [name for name, path in VENDOR.items() if not path.is_file()]
    if missing:
        raise Unavailable(NOT_INSTALLED, missing=missing)
    return _file(PAGES / "explorer.html", "text/html; charset=utf-8")


@router.get("/documents/{id}")
async def document_page(id: Annotated[str, PathParam(max_length=200)]) -> FileResponse:
    """A source document to read, its quotes marked; the page fetches GET /documents/{id}."""
    return _file(PAGES / "document.html", "text/html; charset=utf-8")


@router.get("/vendor/{name}")
async def vendor(name: str) -> FileResponse:
    path = VENDOR.get(name)
    if path is None:
        raise NotFound(f"no explorer library {name!r}")
    if not path.is_file():
        raise Unavailable(NOT_INSTALLED, missing=[name])
    return _file(path, "text/javascript; charset=utf-8")


@router.get("/assets/{name}")
async def asset(name: str) -> FileResponse:
    path = PAGES / name
    if not ASSET_NAME.fullmatch(name) or not path.is_file():
        raise NotFound(f"no explorer file {name!r}")
    media = "text/css; charset=utf-8" if name.endswith(".css") else "text/javascript; charset=utf-8"
    return _file(path, media)
