"""HTTP for sources: one httpx client with timeouts, a User-Agent naming letopis, redirects followed,
a size cap, and every failure turned into a one-line ``ArticleError`` that names the URL::

    with Fetcher() as fetcher:
        page = fetcher.get("https://example.ru/news/1", expect="html")
    # ArticleError: https://example.ru/news/1: redirected to https://example.ru/a.pdf, which is application/pdf,
    #               not an HTML page

A feed is polled with its ETag and Last-Modified (``etag=``, ``last_modified=``); an unchanged feed answers
``status == 304`` with no body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from types import TracebackType
from typing import Literal

import httpx

from letopis.errors import ArticleError

Expect = Literal["html", "feed", "any"]

# News pages weigh well under 2 MB; 20 MB is room for the largest feeds and pages with inline images,
# while a video or an archive behind a link is refused before it fills memory.
MAX_BYTES = 20 * 1024 * 1024
# Agencies' sites answer in well under a second; a slow one still gets its page read.
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
MAX_REDIRECTS = 10

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
})
# Types a server may put on any text; the body then says what it is.
_VAGUE_TYPES = frozenset({"", "text/plain", "application/octet-stream", "binary/octet-stream"})
JSONL_TYPES = frozenset({"application/x-ndjson", "application/jsonl", "application/x-jsonlines"})
# What a URL of any kind may answer: a page, a feed, plain text or JSON lines of articles.
_TEXT_TYPES = HTML_TYPES | FEED_TYPES | _VAGUE_TYPES | JSONL_TYPES
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.DOTALL | re.IGNORECASE)


def user_agent() -> str:
    try:
        release = version("letopis")
    except PackageNotFoundError:  # run from a source tree that was never installed
        release = "dev"
    return f"letopis/{release} (news chronicle reader; python-httpx)"


@dataclass(frozen=True, slots=True)
class Response:
    """What a GET brought back; ``body`` is empty when the server answered 304 Not Modified."""

    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    content_type: str  # media type in lower case, without parameters: "text/html"
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def kind(self) -> Literal["html", "feed", "other"]:
        """What the body is by its type, or by its first bytes when the type says nothing."""
        if self.content_type in HTML_TYPES and not looks_feed(self.body):
            return "html"
        if self.content_type in FEED_TYPES or looks_feed(self.body):
            return "feed"
        if self.content_type in _VAGUE_TYPES and looks_html(self.body):
            return "html"
        return "other"


def looks_feed(data: bytes) -> bool:
    return _FEED_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")) is not None


def looks_html(data: bytes) -> bool:
    return _HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")) is not None


class Fetcher:
    """GETs pages and feeds with one pooled client; ``get`` raises ``ArticleError`` for anything that is not
    a page (or feed) to read. Pass ``client`` to use one already configured (tests, proxies)."""

    def __init__(
        self, client: httpx.Client | None = None, max_bytes: int = MAX_BYTES, timeout: float | httpx.Timeout = TIMEOUT
    ) -> None:
        self._own = client is None
        self.client = client or httpx.Client(
            timeout=timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS,
            headers={"User-Agent": user_agent()},
        )
        self.max_bytes = max_bytes

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._own:
            self.client.close()

    def get(
        self, url: str, expect: Expect = "any", etag: str | None = None, last_modified: str | None = None
    ) -> Response:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self.client.stream("GET", url, headers=headers) as answer:
                return self._read(url, answer, expect)
        except httpx.TooManyRedirects:
            raise ArticleError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL):
            raise ArticleError(f"{url}: not an http(s) URL") from None
        except httpx.ConnectTimeout:
            raise ArticleError(f"{url}: cannot connect (timed out)") from None
        except httpx.TimeoutException:
            raise ArticleError(f"{url}: timed out while reading") from None
        except httpx.ConnectError as error:
            raise ArticleError(f"{url}: cannot connect ({_reason(error)})") from None
        except httpx.HTTPError as error:
            raise ArticleError(f"{url}: {type(error).__name__} ({_reason(error)})") from None

    def _read(self, url: str, answer: httpx.Response, expect: Expect) -> Response:
        final = str(answer.url)
        if answer.status_code == 304:
            return Response(url, final, 304, "", None, b"", answer.headers.get("ETag"),
                            answer.headers.get("Last-Modified"))
        if answer.status_code >= 400:
            phrase = f" {answer.reason_phrase}" if answer.reason_phrase else ""
            raise fetch_error(url, final, "answered", f"HTTP {answer.status_code}{phrase}")
        if not 200 <= answer.status_code < 300:
            raise fetch_error(url, final, "answered", f"HTTP {answer.status_code}, expected a page")
        size = answer.headers.get("Content-Length", "")
        if size.isdigit() and int(size) > self.max_bytes:
            raise fetch_error(url, final, "is", f"too large ({_megabytes(int(size))}, the limit is "
                                           f"{_megabytes(self.max_bytes)})")
        media, charset = _content_type(answer.headers.get("Content-Type", ""))
        # A binary type is refused before its body is read: a PDF or a video behind a news link.
        if media not in (_TEXT_TYPES if expect == "any" else HTML_TYPES | FEED_TYPES | _VAGUE_TYPES):
            raise fetch_error(url, final, "is", f"{media}, {_not(expect)}")
        body = bytearray()
        for chunk in answer.iter_bytes():
            body.extend(chunk)
            if len(body) > self.max_bytes:
                raise fetch_error(url, final, "is", f"too large (over {_megabytes(self.max_bytes)})")
        response = Response(url, final, answer.status_code, media, charset, bytes(body),
                            answer.headers.get("ETag"), answer.headers.get("Last-Modified"))
        if expect != "any" and response.kind != expect:
            raise fetch_error(url, final, "is", f"{media or 'of no declared type'}, {_not(expect)}")
        return response


def fetch_error(url: str, final: str, verb: str, what: str) -> ArticleError:
    """"URL: what", or "URL: redirected to FINAL, which is what" when the answer came from elsewhere."""
    if final == url:
        return ArticleError(f"{url}: {what}")
    return ArticleError(f"{url}: redirected to {final}, which {verb} {what}")


def _not(expect: Expect) -> str:
    return {"html": "not an HTML page", "feed": "not an RSS or Atom feed"}.get(
        expect, "not an HTML page, a feed or text")


def _content_type(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = re.search(r"charset\s*=\s*\"?([\w.:-]+)", params, re.IGNORECASE)
    return media.strip().lower(), charset.group(1) if charset else None


def _megabytes(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.0f} MB"
    return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} bytes"


def _reason(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
