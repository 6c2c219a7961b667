"""The API benchmark's clients (``letopis.bench.web``): keep-alive connections, one timing per request, failures
counted, a connection the server closed opened again, against a small HTTP server here."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from letopis.bench.web import _measure


class Answers(BaseHTTPRequestHandler):
    """200 for /ok/..., 404 otherwise; /close/... answers and closes the connection, saying so; /drop/...
    answers and drops it without a word (as a server does with an idle keep-alive connection)."""

    protocol_version = "HTTP/1.1"
    connections: set[int] = set()

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        Answers.connections.add(id(self.connection))
        found = self.path.startswith(("/ok/", "/close/", "/drop/"))
        body = "ответ".encode() if found else b"no"
        self.send_response(200 if found else 404)
        self.send_header("Content-Length", str(len(body)))
        if self.path.startswith("/close/"):
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(body)
        if self.path.startswith("/drop/"):
            self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[tuple[str, int]]:
    Answers.connections = set()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Answers)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield "127.0.0.1", httpd.server_address[1]
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize(("paths", "count", "clients", "failures"), [
    ([f"/ok/{i}" for i in range(30)], 30, 5, 0),
    ([f"/ok/{i}" for i in range(10)] + ["/missing"] * 10, 20, 4, 10),
    ([f"/close/{i}" for i in range(12)], 12, 3, 0),
    ([f"/drop/{i}" for i in range(12)], 12, 3, 0),
    (["/ok/%D0%BE%D0%B4%D0%B8%D0%BD"], 7, 1, 0),
])
def test_each_request_is_timed_once(server: tuple[str, int], paths: list[str], count: int, clients: int,
                                    failures: int) -> None:
    timings, failed = _measure(server, paths, count, clients)
    assert len(timings) == count
    assert all(t > 0 for t in timings)
    assert failed == failures


def test_clients_keep_their_connections(server: tuple[str, int]) -> None:
    _measure(server, [f"/ok/{i}" for i in range(40)], 40, 4)
    assert len(Answers.connections) <= 4
