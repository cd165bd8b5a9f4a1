"""API errors in the language the request asks for, against the real Neo4j with the seed
loaded: Vietnamese for `Accept-Language: vi` (or `?lang=vi`), with what the message quotes
back (a name, the suggestions) unchanged and `Content-Language: vi`; English otherwise, as
before; and the choice among weighted languages."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api import i18n
from api.app import create_app
from graphdb import load

SEED = Path(__file__).resolve().parent.parent / "data" / "seed"
VI = {"Accept-Language": "vi-VN,vi;q=0.9,en;q=0.8"}


@pytest.fixture(scope="module")
def client(neo4j_settings, module_db):
    load(module_db, SEED)
    with TestClient(create_app(neo4j_settings)) as c:
        yield c


def test_an_unknown_partner_in_vietnamese_keeps_the_name_and_the_suggestions(client):
    english = client.get("/partners/guangxii")
    vietnamese = client.get("/partners/guangxii", headers=VI)

    assert vietnamese.status_code == english.status_code == 404
    assert vietnamese.json() == english.json() | {"detail": "không có đối tác 'guangxii'"}
    assert vietnamese.headers["content-language"] == "vi"
    assert english.json()["detail"] == "no partner 'guangxii'"
    assert "content-language" not in english.headers


def test_a_422_says_each_message_in_vietnamese(client):
    response = client.get("/partners", params={"limit": 0, "cursor": "x"}, headers=VI)

    assert response.status_code == 422
    messages = {tuple(e["loc"]): e["msg"] for e in response.json()["detail"]}
    assert messages[("query", "limit")] == "phải lớn hơn hoặc bằng 1"
    assert messages[("query", "cursor")].startswith("chuỗi phải khớp mẫu '^p[0-9]")


def test_the_analysts_word_for_a_kind_is_refused_in_vietnamese(client):
    response = client.get("/partners", params={"kind": "phi chin phu", "lang": "vi"})

    [error] = response.json()["detail"]
    assert error["msg"].startswith("không có loại đối tác 'phi chin phu'; có phải là "
                                   "'phi chính phủ' (foreign_ngo)")
    assert error["suggestions"][0] == {"word": "phi chính phủ", "kind": "foreign_ngo"}


def test_an_answer_that_is_not_an_error_is_left_alone(client):
    assert client.get("/partners/guangxi", headers=VI).json() == \
        client.get("/partners/guangxi").json()


@pytest.mark.parametrize(("query", "header", "expected"), [
    ("", None, "en"),
    ("", "vi", "vi"),
    ("", "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", "vi"),
    ("", "en-US,en;q=0.9,vi;q=0.8", "en"),
    ("", "fr-FR,vi;q=0.5", "vi"),
    ("", "fr, de", "en"),
    ("", "vi;q=abc", "en"),
    ("lang=en", "vi", "en"),
    ("q=x&lang=vi", "en", "vi"),
])
def test_the_language_of_a_request(query, header, expected):
    assert i18n.language(query, header) == expected


def test_a_message_with_no_vietnamese_form_stays_in_english():
    assert i18n.vietnamese("something new went wrong") == "something new went wrong"
