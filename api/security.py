"""Who may run what, and how much a request may carry.

- An API key guards the endpoints that run a caller's Cypher or could write (GUARDED);
  the other endpoints answer named queries over public sources and stay open.
- The API refuses to start listening beyond loopback without an API key, or with Neo4j's
  documented development password: such settings are a development machine's, not a
  server's.
- Request bodies are read up to `max_request_bytes`; a larger one is answered 413 before
  any of it reaches a router."""

import ipaddress
import json
import secrets
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import Depends, HTTPException
from fastapi.security import APIKeyHeader

from partnergraph.settings import DEV_PASSWORD, Settings

API_KEY_HEADER = "X-API-Key"
#: A key shorter than this is guessable; settings with one are refused at start.
MIN_KEY_LENGTH = 16

_header = APIKeyHeader(name=API_KEY_HEADER, auto_error=False,
                       description="The API key configured in API_KEY.")
#: The key as a dependency, for routers that check it themselves (review: even on loopback).
api_key_header = _header


class InsecureSettings(RuntimeError):
    """Settings the API will not serve with; the message names the setting to change."""


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def check_settings(settings: Settings) -> None:
    """Raise InsecureSettings when the API would listen beyond loopback unprotected. Never
    quotes a secret, only names the variable."""
    key = settings.api_key.get_secret_value() if settings.api_key else ""
    if key and len(key) < MIN_KEY_LENGTH:
        raise InsecureSettings(f"API_KEY is shorter than {MIN_KEY_LENGTH} characters: "
                               "choose a long random key (e.g. `openssl rand -hex 32`)")
    if is_loopback(settings.api_host):
        return
    if not key:
        raise InsecureSettings(
            f"API_HOST is {settings.api_host}, beyond loopback, and API_KEY is not set: set "
            "API_KEY so that only its holders can run Cypher, or serve on 127.0.0.1")
    if settings.neo4j_password.get_secret_value() == DEV_PASSWORD:
        raise InsecureSettings(
            f"API_HOST is {settings.api_host}, beyond loopback, and NEO4J_PASSWORD is the "
            "documented development password: set another one")


def _api_key_checker(settings: Settings) -> Callable[..., Awaitable[None]]:
    expected = settings.api_key.get_secret_value().encode() if settings.api_key else b""

    async def require_api_key(key: Annotated[str | None, Depends(_header)]) -> None:
        # compare_digest: the answer's timing says nothing about how much of a key matched.
        if not key or not secrets.compare_digest(key.encode(), expected):
            raise HTTPException(401, detail=f"this endpoint needs the API key in the "
                                f"{API_KEY_HEADER} header",
                                headers={"WWW-Authenticate": API_KEY_HEADER})

    return require_api_key


def guard(settings: Settings) -> list[Any]:
    """Dependencies for a GUARDED router: the key check when a key is configured (an
    unconfigured key documents no security the API would not enforce)."""
    return [Depends(_api_key_checker(settings))] if settings.api_key else []


UNAUTHORIZED = {401: {"description": f"No or a wrong {API_KEY_HEADER} (when API_KEY is set)"}}
TOO_LARGE = {413: {"description": "The request body is larger than the API reads"}}


class BodyLimit:
    """ASGI middleware: 413 for a body beyond `max_bytes`, declared or streamed."""

    def __init__(self, app: Callable, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._too_large(send)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                await self.app(scope, _replay(message, receive), send)
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._too_large(send)
                return
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body = {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        await self.app(scope, _replay(body, receive), send)

    async def _too_large(self, send: Callable) -> None:
        detail = (f"the request body is larger than {self.max_bytes} bytes, the most this "
                  "API reads (MAX_REQUEST_BYTES)")
        payload = json.dumps({"detail": detail}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(payload)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": payload})


def _replay(first: dict, receive: Callable) -> Callable[[], Awaitable[dict]]:
    sent = False

    async def again() -> dict:
        nonlocal sent
        if not sent:
            sent = True
            return first
        return await receive()

    return again

