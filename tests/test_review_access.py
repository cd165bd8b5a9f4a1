"""Who may review, and two reviewers at once. Every review action changes data: it needs
the API key even on loopback (401 without it or with a wrong one, 403 when the server has
none configured) and a reviewer's name; refused requests leave the graph and the curated
folder as they were. Two reviewers acting on one proposal at the same moment: one wins,
the other is told who decided — whether their requests meet in one server (one curated
folder) or in two servers sharing the database (the version check in the write
transaction decides)."""

import threading
from pathlib import Path

import pytest
from pydantic import SecretStr

from reviewing import ARTICLE, HEADERS, KEY, SEED, dump, load, query, use_folder

GIFT = "donation-943c9358-s002-1"
ACTIONS = [("post", f"/review/proposals/{GIFT}/accept", {"version": 0}),
           ("post", f"/review/proposals/{GIFT}/reject", {"version": 0, "reason": "no"}),
           ("post", "/review/partners/extracted-ubnd-tinh-tuyen-quang/merge",
            {"into": "tuyen-quang"}),
           ("post", "/review/partners/extracted-ubnd-tinh-tuyen-quang/promote", None),
           ("post", "/review/actions/any-action/undo", None)]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / "curated"
    use_folder(monkeypatch, path)
    return path


@pytest.fixture
def graph(db, folder):
    load(db, SEED)
    load(db, ARTICLE)
    return db


def _settings(neo4j_settings, folder, key: str | None):
    return neo4j_settings.model_copy(update={"api_key": SecretStr(key) if key else None,
                                             "curated_dir": folder})


@pytest.mark.parametrize("method, path, body", ACTIONS)
def test_review_actions_need_the_key_even_on_loopback(make_client, neo4j_settings, graph,
                                                      folder, method, path, body):
    before = dump(graph, owners=True)
    with make_client(_settings(neo4j_settings, folder, KEY)) as client:
        missing = client.post(path, json=body, headers={"X-Reviewer": "Lan"})
        wrong = client.post(path, json=body, headers={"X-Reviewer": "Lan",
                                                      "X-API-Key": "not-the-key-at-all"})
        nameless = client.post(path, json=body, headers={"X-API-Key": KEY})
    with make_client(_settings(neo4j_settings, folder, None)) as client:
        unconfigured = client.post(path, json=body, headers=HEADERS)

    assert (missing.status_code, wrong.status_code) == (401, 401)
    assert missing.headers["WWW-Authenticate"] == "X-API-Key"
    assert nameless.status_code == 422 and "X-Reviewer" in nameless.json()["detail"]
    assert unconfigured.status_code == 403
    assert unconfigured.json()["detail"] == "review needs API_KEY to be set on the server"
    assert dump(graph, owners=True) == before
    assert not list(folder.glob("*.yaml"))


def test_review_reads_stay_open(make_client, neo4j_settings, graph, folder):
    with make_client(_settings(neo4j_settings, folder, KEY)) as client:
        assert client.get("/review/documents").status_code == 200
        assert client.get(f"/review/proposals/{GIFT}").status_code == 200


def _race(clients, requests) -> list:
    # FastAPI builds a server's routes on its first request, muting pydantic's warnings
    # meanwhile with a filter that is global to the process. Two first requests in two
    # threads at once could unmute each other, so each server answers one request first:
    # a path no route has, so that every route is built.
    for client in clients:
        assert client.get("/no-such-path").status_code == 404
    barrier = threading.Barrier(len(clients))
    answers: list = [None] * len(clients)

    def act(i: int) -> None:
        barrier.wait()
        method, path, body, headers = requests[i]
        answers[i] = clients[i].post(path, json=body, headers=headers)

    threads = [threading.Thread(target=act, args=(i,)) for i in range(len(clients))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return answers


def _two_reviewers_on_one_proposal(clients) -> None:
    answers = _race(clients, [
        ("post", f"/review/proposals/{GIFT}/accept", {"version": 0}, HEADERS),
        ("post", f"/review/proposals/{GIFT}/reject", {"version": 0, "reason": "duplicate"},
         {**HEADERS, "X-Reviewer": "Minh"}),
    ])

    codes = sorted(a.status_code for a in answers)
    assert codes == [200, 409], [a.text for a in answers]
    won, lost = sorted(answers, key=lambda a: a.status_code)
    winner = won.json()["action"]["who"]
    assert f"decided by {winner}" in lost.json()["detail"]
    assert lost.json()["current"]["status"] == won.json()["proposal"]["status"]


def test_two_reviewers_on_one_server_one_wins_the_other_is_told(make_client, neo4j_settings,
                                                                graph, folder):
    settings = _settings(neo4j_settings, folder, KEY)
    with make_client(settings) as one, make_client(settings) as two:
        _two_reviewers_on_one_proposal([one, two])
    assert len(query(graph, "MATCH (a:ReviewAction) RETURN a.id AS id")) == 1


def test_two_servers_sharing_the_database_one_wins_the_other_is_told(
        make_client, neo4j_settings, graph, folder, tmp_path):
    """Each server writes its own curated folder, so nothing but the database's write
    transaction stands between the two decisions."""
    other = tmp_path / "elsewhere"
    with make_client(_settings(neo4j_settings, folder, KEY)) as one, \
            make_client(_settings(neo4j_settings, other, KEY)) as two:
        _two_reviewers_on_one_proposal([one, two])
    states = query(graph, "MATCH (s:ReviewState {id: $id}) RETURN s.version AS v", id=GIFT)
    assert states == [{"v": 1}]
    assert len(query(graph, "MATCH (a:ReviewAction) RETURN a.id AS id")) == 1
    written = [f for f in (folder, other) if (f / "review.yaml").exists()]
    assert len(written) == 1


def test_refusals_are_said_in_vietnamese_when_asked(make_client, neo4j_settings, graph, folder):
    vi = {"Accept-Language": "vi"}
    with make_client(_settings(neo4j_settings, folder, None)) as client:
        unconfigured = client.post(f"/review/proposals/{GIFT}/accept", json={"version": 0},
                                   headers={**HEADERS, **vi})
    with make_client(_settings(neo4j_settings, folder, KEY)) as client:
        client.post(f"/review/proposals/{GIFT}/accept", json={"version": 0}, headers=HEADERS)
        late = client.post(f"/review/proposals/{GIFT}/reject",
                           json={"version": 0, "reason": "trùng"}, headers={**HEADERS, **vi})
        unknown = client.get("/review/proposals/khong-co", headers=vi)

    assert unconfigured.json()["detail"] == "việc duyệt cần đặt API_KEY trên máy chủ"
    assert late.status_code == 409
    assert late.json()["detail"].startswith(f"đề xuất {GIFT} đã được chấp nhận bởi Lan lúc ")
    assert unknown.json()["detail"] == "không có đề xuất 'khong-co'"
