"""One router per resource, gathered here."""

from api.routers import (
    agreements,
    documents,
    donations,
    engagements,
    health,
    partners,
    projects,
    stats,
)

ROUTERS = [health.router, partners.router, donations.router, agreements.router,
           projects.router, documents.router, engagements.router, stats.router]

from api.routers import cypher, graph_view, guide, links  # noqa: E402

ROUTERS += [links.router, graph_view.router, cypher.router, guide.router]

from api.routers import explore  # noqa: E402

ROUTERS += [explore.router]

from api.routers import reports  # noqa: E402

ROUTERS += [reports.router]

from api.routers import reconcile  # noqa: E402

ROUTERS += [reconcile.router, reconcile.guarded]

from api.routers import docs, home  # noqa: E402

ROUTERS += [docs.router, home.router]

from api.routers import items, review  # noqa: E402

ROUTERS += [items.router, review.router]

from api.routers import review_page  # noqa: E402

ROUTERS += [review_page.router]
