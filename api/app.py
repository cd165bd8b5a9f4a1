"""Builds the FastAPI application: one async driver per process, opened in the lifespan
and closed on shutdown."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api import errors
from api.routers import ROUTERS
from graph.driver import open_driver
from partnergraph import __version__
from partnergraph.settings import Settings, get_settings

log = logging.getLogger("partnergraph.api")

DESCRIPTION = """\
Ask the partnership graph: partners, donations, agreements, projects, how partners are
connected, and the source quote behind every answer. Every query the API runs is a named
Cypher file in `cypher/queries/`, runnable as it is in Neo4j Browser.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        driver = open_driver(settings)
        try:
            await driver.verify_connectivity()
        except Exception as exc:  # noqa: BLE001 - the API still starts; /health reports it
            log.warning("Neo4j is not reachable at %s yet: %s", settings.bolt_uri, exc)
        app.state.driver = driver
        app.state.settings = settings
        try:
            yield
        finally:
            await driver.close()

    app = FastAPI(
        title="partnergraph",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    errors.install(app)
    for router in ROUTERS:
        app.include_router(router)
    return app
