"""One router per resource, gathered here."""

from api.routers import donations, facts, health, partners, stats

ROUTERS = [health.router, partners.router, donations.router, facts.router, stats.router]

from api.routers import cypher, graph_view, guide, links  # noqa: E402

ROUTERS += [links.router, graph_view.router, cypher.router, guide.router]

from api.routers import explore  # noqa: E402

ROUTERS += [explore.router]

from api.routers import docs, home  # noqa: E402

ROUTERS += [docs.router, home.router]
