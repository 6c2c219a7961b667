"""A tiny web site on 127.0.0.1 for the sources tests: routes set by the test, every request recorded.
Nothing here reaches beyond the machine; the server stops when the test ends."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from letopis.sources import Fetcher
from letopis.sources.fetch import MAX_BYTES


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)  # Location, ETag, Last-Modified
    sized: bool = True  # False: no Content-Length, the body ends when the connection closes


@dataclass
class Site:
    base: str
    # A list serves its routes one per request, in order, the last one for good: a feed that grows.
    routes: dict[str, Route | list[Route]] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    agents: list[str] = field(default_factory=list)
    not_modified: int = 0  # 304 answers sent

    def url(self, path: str) -> str:
        return self.base + path


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            site.hits[self.path] += 1
            site.agents.append(self.headers.get("User-Agent", ""))
            found = site.routes.get(self.path, Route(b"not found", 404, "text/plain"))
            route = found[min(site.hits[self.path], len(found)) - 1] if isinstance(found, list) else found
            etag = route.headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                site.not_modified += 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            if route.sized:
                self.send_header("Content-Length", str(len(route.body)))
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(route.body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
            pass

    return Handler


@contextmanager
def serving() -> Iterator[Site]:
    """A site on a free port of 127.0.0.1, served from a thread until the block ends."""
    site = Site("")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.timeout = 5
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def quick_fetcher(max_bytes: int = MAX_BYTES) -> Fetcher:
    """A Fetcher with short timeouts: a test that goes wrong fails in seconds, not in half a minute."""
    return Fetcher(max_bytes=max_bytes, timeout=3.0)
