"""A lean HTTP/1.1 keep-alive client for the latency benchmarks: GET over a pool of
persistent connections, reading each answer whole (Content-Length or chunked).

The API's cost over the driver is what the server adds to a question. A general-purpose
client spends time of its own on every request (httpx: about 1.6 ms here, measured by
`python -m bench.http1`); on a two-core machine that shares its CPU with the API and
Neo4j, it would count as the API's. This client spends a few tens of microseconds."""

import argparse
import asyncio
import statistics
import time


class Http1Error(Exception):
    """The connection broke or the answer was not HTTP/1.1."""


class _Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.reader, self.writer = reader, writer

    async def get(self, request: bytes) -> tuple[int, bytes]:
        self.writer.write(request)
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        parts = lines[0].split(b" ", 2)
        if len(parts) < 2 or not parts[0].startswith(b"HTTP/1."):
            raise Http1Error(f"not an HTTP/1.1 answer: {lines[0]!r}")
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            if name:
                headers[name.strip().lower()] = value.strip()
        if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            body = await self._chunked()
        else:
            body = await self.reader.readexactly(int(headers.get(b"content-length", b"0")))
        return int(parts[1]), body

    async def _chunked(self) -> bytes:
        body = bytearray()
        while True:
            size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                await self.reader.readuntil(b"\r\n")
                return bytes(body)
            body += await self.reader.readexactly(size)
            await self.reader.readexactly(2)

    def close(self) -> None:
        self.writer.close()


class Client:
    """GET `path` on host:port with at most `max_connections` open; a connection that
    fails is dropped, the next request opens another."""

    def __init__(self, host: str, port: int, max_connections: int = 32,
                 timeout: float = 60.0):
        self.host, self.port, self.timeout = host, port, timeout
        self._idle: list[_Connection] = []
        self._slots = asyncio.Semaphore(max_connections)

    async def get(self, path: str) -> tuple[int, bytes]:
        request = (f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                   "Accept: application/json\r\n\r\n").encode()
        async with self._slots:
            conn = self._idle.pop() if self._idle else _Connection(
                *await asyncio.open_connection(self.host, self.port))
            try:
                answer = await asyncio.wait_for(conn.get(request), self.timeout)
            except BaseException:
                conn.close()
                raise
            self._idle.append(conn)
            return answer

    async def aclose(self) -> None:
        for conn in self._idle:
            conn.close()
        self._idle.clear()

    async def __aenter__(self) -> "Client":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


async def _client_cost(port: int, path: str, n: int) -> dict[str, float]:
    """p50 of `n` sequential GETs through this client and through httpx, same server."""
    import httpx

    async def timed(get) -> float:
        for _ in range(20):
            await get()
        times = []
        for _ in range(n):
            t = time.perf_counter()
            await get()
            times.append(time.perf_counter() - t)
        return round(statistics.median(times) * 1000, 3)

    async with Client("127.0.0.1", port) as lean, \
            httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
        return {"lean_p50_ms": await timed(lambda: lean.get(path)),
                "httpx_p50_ms": await timed(lambda: http.get(path))}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.http1",
                                     description="What a client costs per request: the same "
                                     "GET, sequentially, through this client and through "
                                     "httpx, against a running server.")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--path", default="/health")
    parser.add_argument("--requests", type=int, default=500)
    args = parser.parse_args()
    print(asyncio.run(_client_cost(args.port, args.path, args.requests)))


if __name__ == "__main__":
    main()
