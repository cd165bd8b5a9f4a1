"""Answers serialised once. A route builds its answer as the declared response model and
returns it as a ModelResponse: pydantic's own serialiser writes the JSON in one pass, so
FastAPI neither validates the answer again against `response_model` nor walks it through
`jsonable_encoder`. The route's `response_model` stays what the OpenAPI schema shows."""

from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel


class ModelResponse(JSONResponse):
    def render(self, content: Any) -> bytes:
        if isinstance(content, BaseModel):
            # by_alias: as FastAPI writes a response model (PathsView's "from").
            return content.__pydantic_serializer__.to_json(content, by_alias=True)
        return super().render(content)
