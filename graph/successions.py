"""The units merged into a partner, so that asking for a unit includes its history."""

from neo4j import AsyncDriver, RoutingControl

from graph import cypher
from graph.driver import eager
from graph.props import to_date
from partnergraph.domain.history import Predecessor


def predecessor(row: dict) -> Predecessor:
    since = to_date(row["since"])
    when_vi = f" từ ngày {since:%d/%m/%Y}" if since else ""
    when_en = f" on {since.isoformat()}" if since else ""
    return Predecessor(
        id=row["id"], name=row["name"], merged_into=row["into_id"],
        merged_into_name=row["into_name"], since=since,
        note_vi=f"{row['name_vi']} đã được sáp nhập vào {row['into_name_vi']}{when_vi}: "
                "các dữ kiện của đơn vị này được tính vào kết quả.",
        note_en=f"{row['name']} was merged into {row['into_name']}{when_en}: its facts "
                "are included.")


async def predecessors(*, driver: AsyncDriver, database: str, id: str) -> list[Predecessor]:
    records, _, _ = await driver.execute_query(
        cypher.load("queries/partner_predecessors"), id=id, database_=database,
        routing_=RoutingControl.READ, result_transformer_=eager,
    )
    return [predecessor(r.data()) for r in records]
