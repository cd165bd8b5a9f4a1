"""The README's examples in the OpenAPI schema: the parameters of its questions are the
ones the docs pages fill in, and the description lists the questions, so that /docs asks
what the README shows."""

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from api.openapi_i18n import document_language

#: (path, parameter) → the README's value.
EXAMPLES: dict[tuple[str, str], str] = {
    ("/donations", "donor"): "quang tay",
    ("/donations", "since"): "2020",
    ("/partners/{id}/linked", "id"): "Good Neighbors",
    ("/partners/{id}/linked", "kind"): "foreign_ngo",
    ("/partners", "q"): "广西",
    ("/stats/donations", "group_by"): "year",
}

README_QUESTIONS = """
Examples (from the README):

- All Guangxi donations since 2020: `GET /donations?donor=quang tay&since=2020`
- NGOs linked to Good Neighbors, each with the path that explains the link:
  `GET /partners/Good Neighbors/linked?kind=foreign_ngo`
- Search by any name: `GET /partners?q=广西`
- Totals by year, normalised to USD and VND: `GET /stats/donations?group_by=year`
"""


def install(app: FastAPI) -> None:
    """Build the app's schema with the README's examples (once, as FastAPI does)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, routes=app.routes,
                                 description=app.description + README_QUESTIONS)
            for (path, name), value in EXAMPLES.items():
                for parameter in schema["paths"][path]["get"].get("parameters", []):
                    if parameter["name"] == name:
                        parameter["example"] = value
            document_language(schema)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi
