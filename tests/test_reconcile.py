"""/reconcile over the seed data in the real Neo4j, with the request shapes of the W3C
Entity Reconciliation API as OpenRefine sends them: the service manifest; a batch of names
in any spelling as a form-encoded POST and as a GET parameter; types in the analysts' words;
the country property; the older string-only queries and JSONP; and a 422 for what cannot
be read."""

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.app import create_app
from graphdb import load

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"


@pytest.fixture(scope="module")
def client(neo4j_settings, module_db):
    load(module_db, SEED)
    with TestClient(create_app(neo4j_settings)) as c:
        yield c


def post(client, queries: dict) -> dict:
    # OpenRefine posts application/x-www-form-urlencoded with one field, `queries`.
    response = client.post("/reconcile", data={"queries": json.dumps(queries)})
    assert response.status_code == 200, response.text
    return response.json()


def test_the_manifest_describes_the_service(client):
    manifest = client.get("/reconcile").json()

    assert manifest["versions"] == ["0.2"]
    assert manifest["identifierSpace"] == "http://testserver/partners/"
    assert manifest["schemaSpace"].startswith("http://testserver/")
    assert manifest["view"]["url"] == "http://testserver/explore?center={{id}}"
    types = {t["id"]: t["name"] for t in manifest["defaultTypes"]}
    assert types["Partner"] == "Partner · Đối tác"
    assert types["foreign_ngo"] == "foreign NGO · tổ chức phi chính phủ nước ngoài"


@pytest.mark.parametrize("spelling", ["Guangxi", "Quảng Tây", "quang tay", "广西",
                                      "Khu tự trị dân tộc Choang Quảng Tây"])
def test_a_column_of_spellings_reconciles_to_one_partner(client, spelling):
    answer = post(client, {"q0": {"query": spelling, "type": "Partner", "limit": 3,
                                  "type_strict": "should"}})

    best = answer["q0"]["result"][0]
    assert (best["id"], best["name"], best["match"]) == \
        ("guangxi", "Guangxi Zhuang Autonomous Region", True)
    assert best["type"] == [{"id": "local_government",
                             "name": "local government · chính quyền địa phương"}]
    assert len(answer["q0"]["result"]) <= 3


def test_a_batch_answers_each_query_under_its_own_key(client):
    answer = post(client, {"a": {"query": "Ngân hàng Thế giới"}, "b": {"query": "Van Nam"},
                           "c": {"query": "GNI"}})

    assert {k: v["result"][0]["id"] for k, v in answer.items()} == \
        {"a": "world-bank", "b": "yunnan", "c": "gni"}


def test_get_with_queries_answers_as_post_does(client):
    queries = {"q0": {"query": "good neighbours"}, "q1": {"query": "quang tay"}}

    response = client.get("/reconcile", params={"queries": json.dumps(queries)})

    assert response.status_code == 200
    assert response.json() == post(client, queries)


def test_a_near_name_is_a_candidate_but_not_a_match(client):
    [*results] = post(client, {"q0": {"query": "good neighbours"}})["q0"]["result"]

    assert results[0]["id"] == "gni" and results[0]["score"] < 100
    assert not any(r["match"] for r in results)


@pytest.mark.parametrize("type_", ["ngo", "PCPNN", "phi chinh phu", "foreign_ngo"])
def test_a_type_in_the_analysts_words_keeps_that_kind(client, type_):
    results = post(client, {"q0": {"query": "Good Neighbors", "type": type_,
                                   "limit": 10}})["q0"]["result"]

    assert results and all(r["type"][0]["id"] == "foreign_ngo" for r in results)


def test_the_country_property_narrows_the_candidates(client):
    anywhere = post(client, {"q0": {"query": "Quang"}})["q0"]["result"]
    china = post(client, {"q0": {"query": "Quang", "properties": [
        {"pid": "country", "v": "china"}]}})["q0"]["result"]

    assert {r["id"] for r in china} < {r["id"] for r in anywhere}
    assert "guangxi" in {r["id"] for r in china}


def test_string_queries_and_jsonp_of_the_older_protocol(client):
    response = client.get("/reconcile", params={"queries": json.dumps({"q0": "Quảng Tây"}),
                                                "callback": "jsonp123"})

    assert response.headers["content-type"].startswith("application/javascript")
    assert response.text.startswith("jsonp123(") and response.text.endswith(")")
    body = json.loads(response.text[len("jsonp123("):-1])
    assert body["q0"]["result"][0]["id"] == "guangxi"


@pytest.mark.parametrize(("params", "says"), [
    ({"queries": "{not json"}, "not JSON"),
    ({"queries": "[]"}, "a JSON object of queries"),
    ({"queries": json.dumps({"q0": {"query": ""}})}, "query 'q0'"),
    ({"queries": json.dumps({"q0": {"query": "x", "type": "phi chin phu"}})},
     "did you mean 'phi chính phủ'"),
    ({"queries": json.dumps({"q0": {"query": "x", "properties": [{"pid": "size", "v": 1}]}})},
     "unknown property 'size'"),
    ({"queries": json.dumps({f"q{i}": "x" for i in range(201)})}, "at most 200"),
    ({"callback": "alert(1)//"}, "JavaScript function name"),
])
def test_what_cannot_be_read_is_a_422_saying_why(client, params, says):
    response = client.get("/reconcile", params=params)

    assert response.status_code == 422
    assert says in response.json()["detail"][0]["msg"]


def test_a_post_without_queries_is_a_422(client):
    response = client.post("/reconcile", data={"query": "Guangxi"})

    assert response.status_code == 422
    assert "no `queries` field" in response.json()["detail"][0]["msg"]


def test_with_an_api_key_post_needs_it_and_get_stays_open(neo4j_settings, client):
    """POST is guarded like every endpoint that is not a GET; OpenRefine sends the key."""
    key = "k" * 24
    queries = json.dumps({"q0": "Quảng Tây"})
    with TestClient(create_app(neo4j_settings.model_copy(
            update={"api_key": SecretStr(key)}))) as keyed:
        refused = keyed.post("/reconcile", data={"queries": queries})
        allowed = keyed.post("/reconcile", data={"queries": queries}, headers={"X-API-Key": key})
        open_get = keyed.get("/reconcile", params={"queries": queries})

    assert refused.status_code == 401
    assert allowed.json() == open_get.json()
    assert allowed.json()["q0"]["result"][0]["id"] == "guangxi"


def test_a_method_the_service_has_not_is_a_405_naming_both_it_has(client):
    response = client.put("/reconcile")

    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"
