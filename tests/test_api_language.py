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


def test_an_answer_that_is_not_an_error_keeps_all_but_its_names(client):
    """Only the names follow the language (tests/test_api_names.py); quotes, counts and
    every other field stay as they are."""
    def without_names(body):
        if isinstance(body, dict):
            return {k: without_names(v) for k, v in body.items()
                    if k not in ("name", "name_other")}
        return [without_names(v) for v in body] if isinstance(body, list) else body

    vietnamese = client.get("/partners/guangxi", headers=VI).json()
    english = client.get("/partners/guangxi").json()

    assert without_names(vietnamese) == without_names(english)
    assert vietnamese["name"] != english["name"]


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


def test_the_browser_guide_in_vietnamese_runs_the_same_queries(client):
    """`:play …/guide?lang=vi`, or a browser preferring Vietnamese: the questions and the
    introduction are Vietnamese, the runnable blocks the very same."""
    english = client.get("/guide")
    by_parameter = client.get("/guide", params={"lang": "vi"})
    by_browser = client.get("/guide", headers=VI)

    assert by_parameter.text == by_browser.text
    assert by_parameter.headers["content-language"] == "vi"
    assert "Mọi khoản viện trợ của Quảng Tây từ năm 2020" in by_parameter.text
    assert "All Guangxi donations since 2020" in english.text
    def blocks(html: str) -> list[str]:
        return [b.split("</pre>")[0] for b in html.split('runnable">')[1:]]

    assert blocks(by_parameter.text) == blocks(english.text)
    assert len(blocks(english.text)) > 10
