"""One router per resource, gathered here."""

from api.routers import donations, facts, health, partners, stats

ROUTERS = [health.router, partners.router, donations.router, facts.router, stats.router]
