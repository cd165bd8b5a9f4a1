"""The partnership domain, declared once: loaders validate against it, the graph layer
writes and reads it, and the API serves it."""

from partnergraph.domain.common import (
    Amount,
    Id,
    Method,
    Period,
    Quantity,
    Source,
)
from partnergraph.domain import roles
from partnergraph.domain.dataset import Dataset
from partnergraph.domain.entities import (
    Affiliation,
    AffiliationKind,
    Document,
    Identifiers,
    Item,
    Partner,
    PartnerKind,
    Place,
    PlaceKind,
)
from partnergraph.domain.facts import (
    Agreement,
    Direction,
    Donation,
    DonationItem,
    Engagement,
    Policy,
    Project,
)

__all__ = [
    "Affiliation",
    "AffiliationKind",
    "Agreement",
    "Amount",
    "Dataset",
    "Direction",
    "Document",
    "Donation",
    "DonationItem",
    "Engagement",
    "Id",
    "Identifiers",
    "Item",
    "Method",
    "Partner",
    "PartnerKind",
    "Period",
    "Place",
    "PlaceKind",
    "Policy",
    "Project",
    "Quantity",
    "Source",
    "roles",
]
