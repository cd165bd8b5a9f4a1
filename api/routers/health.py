from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from api.deps import Config, Driver
from api.errors import RETRY_AFTER_SECONDS
from graph.health import server_info
from partnergraph import __version__

router = APIRouter(tags=["health"])


class Neo4jHealth(BaseModel):
    status: str
    uri: str
    version: str | None = None
    edition: str | None = None
    error: str | None = None


class Health(BaseModel):
    status: str
    version: str
    neo4j: Neo4jHealth


@router.get(
    "/health",
    response_model=Health,
    responses={503: {"model": Health, "description": "Neo4j is unreachable"}},
    summary="Is the API up, and is Neo4j?",
)
async def health(driver: Driver, settings: Config):
    try:
        info = await server_info(driver=driver, database=settings.neo4j_database)
    except Exception as exc:  # noqa: BLE001 - any failure to reach Neo4j is the answer itself
        body = Health(
            status="degraded",
            version=__version__,
            neo4j=Neo4jHealth(status="unreachable", uri=settings.bolt_uri,
                              error=type(exc).__name__),
        )
        return JSONResponse(body.model_dump(), 503, headers={"Retry-After": str(RETRY_AFTER_SECONDS)})
    return Health(
        status="ok",
        version=__version__,
        neo4j=Neo4jHealth(status="up", uri=settings.bolt_uri, version=info.version,
                          edition=info.edition),
    )
