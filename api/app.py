"""Builds the FastAPI application: one async driver per process, opened in the lifespan
and closed on shutdown."""

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api import bilingual, errors, openapi_examples, security
from api.routers import ROUTERS, cypher, reconcile
from graph.driver import open_driver
from partnergraph import __version__
from partnergraph.settings import Settings, get_settings

log = logging.getLogger("partnergraph.api")

#: Routers that run a caller's Cypher or could write: behind the API key when one is set.
GUARDED = (cypher.router, reconcile.guarded)
UNAVAILABLE = {503: {"description": "Neo4j is unreachable or could not answer; `Retry-After` "
                     "says when to try again"}}

#: The headers Neo4j Browser 5 sends when it fetches a guide or a style (`:play`, `:style`).
BROWSER_FETCH_HEADERS = ["Content-Type", "X-Ajax-Browser-Auth", "X-Stream"]

DESCRIPTION = """\
Ask the partnership graph: partners, donations, agreements, projects, how partners are
connected, and the source quote behind every answer. Every query the API runs is a named
Cypher file in `cypher/queries/`, runnable as it is in Neo4j Browser.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """The API for these settings; raises security.InsecureSettings for settings it will
    not serve with (beyond loopback without an API key, or with the development password)."""
    settings = settings or get_settings()
    security.check_settings(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        driver = open_driver(settings, retry_seconds=settings.api_retry_seconds)
        try:
            await driver.verify_connectivity()
        except Exception as exc:  # noqa: BLE001 - the API still starts; /health reports it
            log.warning("Neo4j is not reachable at %s yet: %s", settings.bolt_uri, exc)
        app.state.driver = driver
        app.state.settings = settings
        # What the process holds from here on (modules, the app and its schemas, the driver)
        # lives as long as it does. Out of the collector's reach, a full collection walks
        # only what requests made: 2 ms instead of about 40 in the tail of some answer.
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            await driver.close()
            gc.unfreeze()

    app = FastAPI(
        title="partnergraph",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        # Served by api/routers/docs.py: the docs from local files, the schema in the
        # language asked.
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    errors.install(app)
    openapi_examples.install(app)
    for router in ROUTERS:
        guarded = router in GUARDED
        app.include_router(
            router, dependencies=security.guard(settings) if guarded else None,
            responses=UNAVAILABLE | (security.UNAUTHORIZED | security.TOO_LARGE if guarded else {}))
    app.add_middleware(bilingual.NamesInLanguage)
    app.add_middleware(security.BodyLimit, max_bytes=settings.max_request_bytes)
    # Neo4j Browser fetches the guide and its style from its own page (another origin),
    # with headers that make its browser ask first (a preflight).
    app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                       allow_methods=["GET", "HEAD"], allow_headers=BROWSER_FETCH_HEADERS)
    return app
