"""What routers receive: the process's driver and settings. Dependencies are `async def`:
FastAPI runs a plain `def` dependency in its thread pool, a thread hand-off per dependency
per request for what is an attribute read."""

from typing import Annotated

from fastapi import Depends, Request
from neo4j import AsyncDriver

from partnergraph.settings import Settings


async def _driver(request: Request) -> AsyncDriver:
    return request.app.state.driver


async def _settings(request: Request) -> Settings:
    return request.app.state.settings


Driver = Annotated[AsyncDriver, Depends(_driver)]
Config = Annotated[Settings, Depends(_settings)]
