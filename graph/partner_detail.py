"""One partner, in full."""

from neo4j import AsyncDriver, RoutingControl

from graph import cypher
from graph.driver import eager
from graph.partners import resolve_partner
from graph.props import sources_view, to_date
from partnergraph.domain.views import (
    AffiliationView,
    Identifiers,
    PartnerCounts,
    PartnerDetail,
    PartnerRef,
    PlaceRef,
    SourceRef,
    is_proposal,
)


async def partner_detail(*, driver: AsyncDriver, database: str, id: str) -> PartnerDetail:
    """The partner with this id, or else the one any of its names clearly designates;
    NotFound carries suggestions."""
    records, _, _ = await driver.execute_query(
        cypher.load("queries/partner_detail"), id=id, database_=database,
        routing_=RoutingControl.READ, result_transformer_=eager,
    )
    if not records:
        partner = await resolve_partner(driver=driver, database=database, ref=id)
        records, _, _ = await driver.execute_query(
            cypher.load("queries/partner_detail"), id=partner.id, database_=database,
            routing_=RoutingControl.READ, result_transformer_=eager,
        )
    row = records[0]
    p = row["partner"]
    return PartnerDetail(
        id=p["id"], name=p["name"], kind=p["kind"], proposal=is_proposal(p.get("method")),
        name_vi=p.get("name_vi"),
        name_en=p.get("name_en"), aliases=p.get("aliases") or [], acronym=p.get("acronym"),
        acronym_expanded=p.get("acronym_expanded", True),
        identifiers=Identifiers(wikidata=p.get("wikidata"), iso_3166=p.get("iso_3166"),
                                iati=p.get("iati")),
        country=PlaceRef(**row["country"]) if row["country"] else None,
        based_in=PlaceRef(**row["place"]) if row["place"] else None,
        valid_from=to_date(p.get("valid_from")), valid_until=to_date(p.get("valid_until")),
        notes=p.get("notes"),
        affiliations=[
            AffiliationView(
                direction=a["direction"], type=a["type"],
                partner=PartnerRef(id=a["id"], name=a["name"], kind=a["kind"],
                                   proposal=a["proposal"]),
                since=to_date(a["since"]), until=to_date(a["until"]),
                sources=sources_view(a["props"]),
            )
            for a in row["affiliations"]
        ],
        counts=PartnerCounts(**row["counts"]),
        sources=[SourceRef(**s) for s in row["sources"]],
    )
