"""What routers receive: the process's driver and settings."""

from typing import Annotated

from fastapi import Depends, Request
from neo4j import AsyncDriver

from partnergraph.settings import Settings


def _driver(request: Request) -> AsyncDriver:
    return request.app.state.driver


def _settings(request: Request) -> Settings:
    return request.app.state.settings


Driver = Annotated[AsyncDriver, Depends(_driver)]
Config = Annotated[Settings, Depends(_settings)]
