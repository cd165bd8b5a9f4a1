"""The analysts' words as API parameters, over the seed data in the real Neo4j: a partner
kind or a donated item named in Vietnamese or English, with diacritics or without, gives
the same answer as its id; an unknown kind is a 422 naming the nearest words; OpenAPI lists
the words every kind accepts."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graphdb import load
from partnergraph import words
from partnergraph.domain import PartnerKind

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"


@pytest.fixture(scope="module")
def client(neo4j_settings, module_db):
    load(module_db, SEED)
    with TestClient(create_app(neo4j_settings)) as c:
        yield c


def ok(client, url: str, **params) -> dict:
    response = client.get(url, params=params)
    assert response.status_code == 200, f"{url} {params}: {response.text}"
    return response.json()


@pytest.mark.parametrize("word", ["ngo", "NGO", "phi chính phủ", "phi chinh phu", "PCPNN",
                                  "tổ chức phi chính phủ nước ngoài"])
def test_ngos_linked_to_good_neighbors_in_the_analysts_words(client, word):
    """`kind=ngo` and its Vietnamese names answer exactly as `kind=foreign_ngo`."""
    expected = ok(client, "/partners/Good Neighbors/linked", kind="foreign_ngo")
    assert expected["items"], "the seed links Good Neighbors to other NGOs"

    assert ok(client, "/partners/Good Neighbors/linked", kind=word) == expected


@pytest.mark.parametrize("word", ["chính quyền địa phương", "chinh quyen dia phuong",
                                  "local government", "UBND"])
def test_partner_list_by_kind_in_either_language(client, word):
    expected = ok(client, "/partners", kind="local_government", limit=100)
    assert expected["total"] > 0
    assert all(p["kind"] == "local_government" for p in expected["items"])

    assert ok(client, "/partners", kind=word, limit=100) == expected
    assert ok(client, "/partners", q="quang tay", kind=word) \
        == ok(client, "/partners", q="quang tay", kind="local_government")


def test_an_unknown_kind_is_a_422_with_the_nearest_words(client):
    response = client.get("/partners/Good Neighbors/linked", params={"kind": "phi chin phu"})

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["query", "kind"]
    assert error["input"] == "phi chin phu"
    assert error["suggestions"][0] == {"word": "phi chính phủ", "kind": "foreign_ngo"}
    assert "did you mean" in error["msg"]


def test_openapi_lists_the_words_of_every_kind(client):
    params = client.get("/openapi.json").json()["paths"]["/partners"]["get"]["parameters"]
    kind = next(p for p in params if p["name"] == "kind")

    assert kind["schema"]["x-words"] == {k.value: words.all_words(k) for k in PartnerKind}
    for word in ("PCPNN", "phi chính phủ", "chính quyền địa phương", "NGO"):
        assert f'"{word}"' in kind["description"]


@pytest.mark.parametrize("word", ["khẩu trang", "khau trang", "face mask",
                                  "khẩu trang y tế", "medical mask"])
def test_a_donated_item_in_either_language(client, word):
    """Items already resolve by any name: the masks Hà Giang gave come back for each."""
    expected = ok(client, "/donations", item="face-mask", limit=100)
    assert expected["total"] > 0

    assert ok(client, "/donations", item=word, limit=100) == expected


def test_an_unknown_item_is_a_422_with_the_nearest_words(client):
    """A word no item has is refused like a kind: a 422 on `item`, the nearest words first,
    each with the item it names (not a 404, which would say the address is wrong)."""
    response = client.get("/donations", params={"item": "khau tranng"})

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["query", "item"]
    assert error["input"] == "khau tranng"
    assert error["suggestions"][0]["item"] == "face-mask"
    assert error["suggestions"][0]["word"] in ("khẩu trang", "khẩu trang y tế")
    assert error["msg"].startswith("unknown item 'khau tranng'; did you mean ")


def test_an_unknown_item_in_vietnamese(client):
    response = client.get("/donations", params={"item": "khau tranng", "lang": "vi"})

    [error] = response.json()["detail"]
    assert error["msg"].startswith("không có mặt hàng 'khau tranng'; có phải là ")
    assert error["suggestions"][0]["item"] == "face-mask"


def test_a_word_near_no_item_is_a_422_without_suggestions(client):
    response = client.get("/donations", params={"item": "zzzzqqqq"})

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["msg"] == "unknown item 'zzzzqqqq'"
    assert error["suggestions"] == []
