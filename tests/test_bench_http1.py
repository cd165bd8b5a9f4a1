"""The benchmarks' lean HTTP client reads answers whole and right: a body of a given length,
a chunked body, the status, over connections it keeps and reuses, and many requests at once.
The server here is a few lines of asyncio written for the test."""

import asyncio

from bench import http1

BIG = b"x" * 200_000


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                 opened: list[int]) -> None:
    opened.append(1)
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            path = head.split(b" ")[1]
            if path == b"/chunked":
                writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                             b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
            elif path == b"/big":
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(BIG) + BIG)
            else:
                writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot found")
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        writer.close()


def test_the_lean_client_reads_whole_answers_over_kept_connections():
    async def scenario():
        opened: list[int] = []
        server = await asyncio.start_server(lambda r, w: _serve(r, w, opened), "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server, http1.Client("127.0.0.1", port, max_connections=4) as client:
            chunked = await client.get("/chunked")
            big = await client.get("/big")
            missing = await client.get("/nowhere")
            many = await asyncio.gather(*(client.get("/big") for _ in range(20)))
        return opened, chunked, big, missing, many

    opened, chunked, big, missing, many = asyncio.run(scenario())

    assert chunked == (200, b"hello world")
    assert big == (200, BIG)
    assert missing == (404, b"not found")
    assert all(answer == (200, BIG) for answer in many)
    assert len(opened) <= 4  # at most max_connections, each kept for the next request
