"""Error messages in Vietnamese for whoever asks for it (`Accept-Language: vi`, or `?lang=vi`).

The API writes its messages in English, in one place each; this middleware says a JSON
error in Vietnamese on the way out, message by message (the `detail` string, or each `msg`
of a 422's list), and marks the answer `Content-Language`. What a message quotes back — a
name, a date, a suggestion — stays as it was. An English message with no Vietnamese form
is kept in English rather than guessed."""

import json
import re
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

Say = Callable[[re.Match], str]

_DATE_HELP_VI = 'một năm ("2020"), một tháng ("2020-06") hoặc một ngày ("2020-06-30").'
_WHAT = {"partner": "đối tác", "item": "hàng", "document": "tài liệu", "donation": "khoản viện trợ",
         "proposal": "đề xuất", "action": "thao tác duyệt",
         "explorer file": "tệp của trang khám phá", "explorer library": "thư viện của trang khám phá"}

# (English pattern, its Vietnamese); the first that matches the whole message is used.
MESSAGES: list[tuple[re.Pattern, Say]] = [(re.compile(p, re.S), say) for p, say in [
    (r"no (partner|item|document|donation|proposal|action|explorer file|explorer library) (.+)",
     lambda m: f"không có {_WHAT[m[1]]} {m[2]}"),
    (r"unknown partner kind (.+?); did you mean (.+)\?",
     lambda m: f"không có loại đối tác {m[1]}; có phải là {m[2]}?"),
    (r"unknown partner kind (.+)", lambda m: f"không có loại đối tác {m[1]}"),
    (r"unknown item (.+?); did you mean (.+)\?",
     lambda m: f"không có mặt hàng {m[1]}; có phải là {m[2]}?"),
    (r"unknown item (.+)", lambda m: f"không có mặt hàng {m[1]}"),
    (r"not a date: .*", lambda m: f"không phải ngày: {_DATE_HELP_VI}"),
    (r"impossible date: (.+)", lambda m: f"ngày không tồn tại: {m[1]}"),
    (r"not a cursor this API gave", lambda m: "không phải con trỏ trang do API này cấp"),
    (r"the graph database is unreachable; try again shortly",
     lambda m: "không kết nối được cơ sở dữ liệu đồ thị; vui lòng thử lại sau ít phút"),
    (r"the graph database could not answer; try again shortly",
     lambda m: "cơ sở dữ liệu đồ thị chưa trả lời được; vui lòng thử lại sau ít phút"),
    (r"the graph database refused the API's credentials",
     lambda m: "cơ sở dữ liệu đồ thị từ chối thông tin đăng nhập của API"),
    (r"the query ran longer than (.+) and was stopped",
     lambda m: f"truy vấn chạy quá {m[1]} nên đã bị dừng"),
    (r"from and to are the same partner \((.+)\)",
     lambda m: f"from và to là cùng một đối tác ({m[1]})"),
    (r"unknown breakdown (.+): use (.+)",
     lambda m: f"không có cách nhóm {m[1]}: dùng {m[2]}"),
    # Review (api/routers/review.py, graph/review/).
    (r"review needs API_KEY to be set on the server",
     lambda m: "việc duyệt cần đặt API_KEY trên máy chủ"),
    (r"review actions need the API key in the (\S+) header",
     lambda m: f"các thao tác duyệt cần khóa API trong tiêu đề {m[1]}"),
    (r"review actions name their reviewer in the (\S+) header \(1-100 characters\)",
     lambda m: f"các thao tác duyệt cần tên người duyệt trong tiêu đề {m[1]} (1-100 ký tự)"),
    (r"proposal (\S+) was already (accepted|rejected): decided by (.+) at (.+)",
     lambda m: f"đề xuất {m[1]} đã được {'chấp nhận' if m[2] == 'accepted' else 'bác bỏ'} "
               f"bởi {m[3]} lúc {m[4]}"),
    (r"proposal (\S+) changed since version (\d+) \(now (\d+)\): last acted on by (.+) at (.+)",
     lambda m: f"đề xuất {m[1]} đã thay đổi từ phiên bản {m[2]} (nay là {m[3]}): "
               f"thao tác gần nhất của {m[4]} lúc {m[5]}"),
    (r"action (\S+) was already undone by (\S+)",
     lambda m: f"thao tác {m[1]} đã được hoàn tác bởi {m[2]}"),
    (r"action (\S+) cannot be undone: later actions depend on it \((.+)\); undo them first",
     lambda m: f"không thể hoàn tác thao tác {m[1]}: các thao tác sau phụ thuộc vào nó "
               f"({m[2]}); hãy hoàn tác chúng trước"),
    (r"(\S+) is still named by (.+): reject or edit those first, or merge it into another partner",
     lambda m: f"{m[1]} vẫn được nêu trong {m[2]}: hãy bác bỏ hoặc sửa chúng trước, hoặc "
               f"gộp nó vào một đối tác khác"),
    (r"a partner cannot merge into itself", lambda m: "không thể gộp một đối tác vào chính nó"),
    (r"Field required", lambda m: "thiếu tham số bắt buộc"),
    (r"String should match pattern (.+)", lambda m: f"chuỗi phải khớp mẫu {m[1]}"),
    (r"String should have at most (\d+) characters?",
     lambda m: f"chuỗi dài tối đa {m[1]} ký tự"),
    (r"String should have at least (\d+) characters?",
     lambda m: f"chuỗi dài tối thiểu {m[1]} ký tự"),
    (r"Input should be a valid integer.*", lambda m: "phải là số nguyên"),
    (r"Input should be less than or equal to (.+)",
     lambda m: f"phải nhỏ hơn hoặc bằng {m[1]}"),
    (r"Input should be greater than or equal to (.+)",
     lambda m: f"phải lớn hơn hoặc bằng {m[1]}"),
    (r"Input should be (.+)", lambda m: f"phải là {m[1].replace(' or ', ' hoặc ')}"),
    (r"Not Found", lambda m: "không tìm thấy"),
    (r"Method Not Allowed", lambda m: "phương thức không được hỗ trợ"),
]]


def vietnamese(message: str) -> str:
    for pattern, say in MESSAGES:
        if match := pattern.fullmatch(message):
            return say(match)
    return message


_TAG = re.compile(r"\s*([A-Za-z]{1,8})(?:-[A-Za-z0-9]{1,8})*\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*")


def language(query_string: str, accept_language: str | None) -> str:
    """vi or en: `lang=` in the query, else the preferred of the two in Accept-Language."""
    for pair in query_string.split("&"):
        if pair in ("lang=vi", "lang=en"):
            return pair[5:]
    best, weight = "en", 0.0
    for index, part in enumerate((accept_language or "").split(",")):
        match = _TAG.fullmatch(part)
        if not match:
            continue
        try:
            q = float(match[2]) if match[2] else 1.0
        except ValueError:
            continue
        tag = match[1].lower()
        if tag in ("vi", "en") and q > weight:
            best, weight = tag, q
    return best


def _localise(body: object) -> object:
    if isinstance(body, dict) and isinstance(body.get("detail"), str):
        return {**body, "detail": vietnamese(body["detail"])}
    if isinstance(body, dict) and isinstance(body.get("detail"), list):
        return {**body, "detail": [{**e, "msg": vietnamese(e["msg"])}
                                   if isinstance(e, dict) and isinstance(e.get("msg"), str)
                                   else e for e in body["detail"]]}
    return body


class LocalisedErrors:
    """ASGI middleware: JSON errors in the language the request asks for."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        lang = language(scope.get("query_string", b"").decode("latin-1"),
                        headers.get(b"accept-language", b"").decode("latin-1"))
        if lang == "en":
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                content_type = dict(message.get("headers") or []).get(b"content-type", b"")
                if message["status"] >= 400 and content_type.startswith(b"application/json"):
                    start = message
                    return
                await send(message)
            elif start is not None and message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    await _send_localised(send, start, b"".join(chunks))
            else:
                await send(message)

        await self.app(scope, receive, capture)


async def _send_localised(send: Send, start: Message, raw: bytes) -> None:
    try:
        body = json.dumps(_localise(json.loads(raw)), ensure_ascii=False).encode("utf-8")
        language_header = [(b"content-language", b"vi")]
    except ValueError:
        body, language_header = raw, []
    headers = [(k, v) for k, v in start.get("headers") or [] if k != b"content-length"]
    headers += [(b"content-length", str(len(body)).encode())] + language_header
    await send({**start, "headers": headers})
    await send({"type": "http.response.body", "body": body})
