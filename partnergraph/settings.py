"""The one place that reads configuration (environment variables or a `.env` file)."""

import getpass
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from partnergraph import ROOT

#: Documented development password of the managed local Neo4j; change it anywhere else.
DEV_PASSWORD = "partnergraph-dev"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    neo4j_uri: str | None = Field(
        default=None,
        description="Bolt URI of an existing server (neo4j://, neo4j+s://, bolt://). "
        "Unset: partnergraph runs its own local Neo4j.",
    )
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr = SecretStr(DEV_PASSWORD)
    neo4j_database: str = "neo4j"

    neo4j_home: Path = Field(
        default=ROOT / ".neo4j", description="Where the managed local Neo4j is installed."
    )
    neo4j_instance: str = Field(
        default="main", description="Name of the managed instance (its own data and logs)."
    )
    neo4j_bolt_port: int = 7687
    neo4j_http_port: int = 7474
    neo4j_heap: str = "512m"
    neo4j_pagecache: str = "256m"
    neo4j_start_timeout: float = 120.0
    neo4j_transaction_memory: str | None = Field(
        default=None, pattern=r"^[0-9]+[kmgKMG]?$",
        description="Managed instance: the most memory one transaction may use "
        "(db.memory.transaction.max, e.g. 512m), so that one oversized question is refused "
        "(503, never retried) before it crowds out the others. Unset: Neo4j's own limits.")

    test_neo4j_uri: str | None = Field(
        default=None,
        description="Server the test suite uses and wipes. Unset: a managed 'test' instance "
        "on ports 7688/7475.",
    )

    api_host: str = "127.0.0.1"
    api_port: int = 8000
    api_key: SecretStr | None = Field(
        default=None,
        description="When set, POST /cypher (and any endpoint that could write) needs it in "
        "the X-API-Key header. Required when api_host is not a loopback address.",
    )
    api_retry_seconds: float = Field(
        default=2.0, ge=0, description="How long an API request retries Neo4j failures that "
        "may pass before it answers 503: short, so that clients are not kept waiting while "
        "Neo4j is down (loaders keep the driver's 15 s).")
    max_request_bytes: int = Field(
        default=1_048_576, ge=1024, description="Largest request body the API reads (413 beyond).")
    browser_origins: Annotated[list[str], NoDecode] = Field(
        default=[], description="Origins of the Neo4j Browser pages that may fetch the "
        "guide and its style from the API (CORS), comma-separated. Unset: the managed "
        "Browser's, http://127.0.0.1:<neo4j_http_port> and http://localhost:<neo4j_http_port>.")

    curated_dir: Path = Field(
        default=ROOT / "data" / "curated",
        description="The curated dataset folder review actions write (same YAML format as "
        "data/seed, plus review.yaml: rejections, merges and the action log); loaded after "
        "data/seed by `partnergraph up` when it exists.")
    reviewer: str = Field(
        default_factory=lambda: _login(), min_length=1, max_length=100,
        description="Who the CLI's review commands act as (the API takes X-Reviewer).")

    query_timeout: float = Field(default=10.0, description="Seconds a read query may run.")
    cypher_row_limit: int = Field(default=1000, description="Rows POST /cypher returns at most.")

    @field_validator("browser_origins", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip().rstrip("/") for origin in value.split(",") if origin.strip()]
        return value

    @property
    def cors_origins(self) -> list[str]:
        """The Browser origins allowed to fetch the guide: browser_origins, or the managed
        Browser's."""
        port = self.neo4j_http_port
        return self.browser_origins or [f"http://127.0.0.1:{port}", f"http://localhost:{port}"]

    @property
    def managed(self) -> bool:
        """True when partnergraph runs the Neo4j server itself."""
        return self.neo4j_uri is None

    @property
    def bolt_uri(self) -> str:
        return self.neo4j_uri or f"neo4j://127.0.0.1:{self.neo4j_bolt_port}"


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in a bare container
        return "reviewer"


@lru_cache
def get_settings() -> Settings:
    return Settings()
