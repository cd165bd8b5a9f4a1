"""What the review tests share: a graph of data/seed plus one extracted article, a curated
folder of the test's own, the API over both with a key, and canonical dumps of the graph."""

import json
from pathlib import Path

from neo4j import RoutingControl

from graphdb import GraphDb
from loaders import pipeline
from partnergraph.settings import get_settings

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "seed"
ARTICLE = Path(__file__).parent / "fixtures" / "articles" / "tuyen-quang-hope-bridge.txt"
KEY = "k3y-0f-the-review-tests-8e1f0c5a"
HEADERS = {"X-API-Key": KEY, "X-Reviewer": "Lan"}
#: Review bookkeeping and load history: how the graph was made, not what it holds.
BOOKKEEPING = ("Load", "ReviewAction", "ReviewState")


def use_folder(monkeypatch, folder: Path) -> None:
    """The article reader reads the settings' curated folder: point it at the test's."""
    monkeypatch.setenv("CURATED_DIR", str(folder))
    get_settings.cache_clear()


def load(db: GraphDb, *paths: Path):
    return db.run(pipeline.load, paths=list(paths))


def query(db: GraphDb, cypher: str, **params) -> list[dict]:
    async def run(*, driver, database):
        records, _, _ = await driver.execute_query(cypher, params, database_=database,
                                                   routing_=RoutingControl.READ)
        return [r.data() for r in records]

    return db.run(run)


def dump(db: GraphDb, *, owners: bool = False) -> tuple[list[str], list[str]]:
    """Every node and relationship with its properties, sorted; `datasets` (which dataset
    declared a record) left out unless `owners`."""
    drop = [] if owners else ["datasets"]
    nodes = query(db, "MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skip) "
                      "RETURN labels(n) AS labels, properties(n) AS props", skip=list(BOOKKEEPING))
    rels = query(db, "MATCH (a)-[r]->(b) WHERE none(l IN labels(a) WHERE l IN $skip) "
                     "RETURN labels(a) AS la, a.id AS a, type(r) AS type, labels(b) AS lb, "
                     "b.id AS b, properties(r) AS props", skip=list(BOOKKEEPING))

    def canon(row: dict) -> str:
        row["props"] = {k: v for k, v in row["props"].items() if k not in drop}
        return json.dumps(row, sort_keys=True, default=str, ensure_ascii=False)

    return sorted(map(canon, nodes)), sorted(map(canon, rels))
