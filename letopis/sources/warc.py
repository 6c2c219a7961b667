"""WARC archives (the format of news crawls, plain or gzip-compressed per record): each response record
that holds an HTML page becomes an article, read with trafilatura like any page::

    with open("crawl.warc.gz", "rb") as stream:
        for article in read_warc(stream, "crawl.warc.gz", on_error=log, on_skip=count):
            ...

Records that are not responses (warcinfo, request, metadata, revisit), responses that are not HTML (images,
scripts) or not 200 are passed to ``on_skip`` with the reason. A page with no article text is an
``ArticleError`` naming its record; a truncated or damaged archive reports where reading stopped, and the
articles before it still come out.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.limitreader import LimitReader

from letopis.errors import ArticleError, InputError
from letopis.records import Article
from letopis.sources.fetch import HTML_TYPES, MAX_BYTES, looks_html
from letopis.sources.html import read_html
from letopis.sources.skipped import OnSkip, Skipped, ignore

_CHUNK = 65536
_READ_ERRORS = (ArchiveLoadFailed, zlib.error, EOFError, OSError)


def read_warc(
    stream: IO[bytes], name: str, on_error: Callable[[ArticleError], None], on_skip: OnSkip = ignore
) -> Iterator[Article]:
    """The articles of the HTML responses in a WARC stream, each with its stable id."""
    records = ArchiveIterator(stream)
    number = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            # A record cut inside its first bytes ends the iteration quietly; the bytes it left say so.
            left = records.fh.tell() - records.offset
            if left > 0:
                on_error(ArticleError(f"{name}: the last {left} bytes, after record {number}, are not a whole "
                                      "record; the archive is truncated"))
            return
        # warcio fails on a cut or damaged archive in many ways (zlib, EOF, its own errors, even an
        # AttributeError on a header cut in half); each means the same: the archive cannot be read further.
        except Exception as broken:  # noqa: BLE001
            offset = records.offset if hasattr(records, "offset") else None
            after = f"after record {number}" + (f" (byte {offset})" if offset is not None else "")
            reason = _reason(broken) if isinstance(broken, _READ_ERRORS) else "a record header is cut or malformed"
            on_error(ArticleError(f"{name}: truncated or damaged {after}: {reason}; "
                                  "the rest of the archive is not read"))
            return
        if record.format != "warc":
            # warcio reads almost any text as an old ARC record; letopis reads WARC only.
            on_error(ArticleError(f"{name}: not a WARC archive (record {number + 1} does not start with WARC/)"))
            return
        number += 1
        error: ArticleError | None = None
        article: Article | None = None
        try:
            article = _article(record, name, number, on_skip)
        except InputError as bad:
            error = _as_article_error(bad)
        except (zlib.error, EOFError, OSError, ValueError) as bad:  # a record body that cannot be inflated
            error = ArticleError(f"{name}: record {number}: cannot read its body ({_reason(bad)})")
        missing = _missing_bytes(record)
        if missing:
            # warcio reads a gzip member cut short without complaint; the record's length tells.
            on_error(ArticleError(f"{name}: record {number} is truncated ({missing} bytes missing); "
                                  "the archive ends there"))
            return
        if error is not None:
            on_error(error)
        elif article is not None:
            yield article.with_id()


def _missing_bytes(record: Any) -> int:
    """Bytes the record's Content-Length promised that the archive does not hold."""
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    return raw.limit if isinstance(raw, LimitReader) else 0


def _article(record: Any, name: str, number: int, on_skip: OnSkip) -> Article | None:
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    where = f"{name}: record {number}" + (f" ({uri})" if uri else "")
    kind = record.rec_type or "unknown"
    if kind != "response":
        on_skip(Skipped(where, kind, f"a {kind} record, not a response"))
        return None
    if record.http_headers is None:
        on_skip(Skipped(where, "not-http", "a response with no HTTP headers"))
        return None
    status = record.http_headers.get_statuscode() or ""
    if status != "200":
        on_skip(Skipped(where, f"http-{status or 'none'}", f"HTTP status {status or 'missing'}, not a page"))
        return None
    media, _, params = (record.http_headers.get_header("Content-Type") or "").partition(";")
    media = media.strip().lower()
    charset = params.partition("charset=")[2].strip(" \"'") or None
    body = record.content_stream().read(MAX_BYTES + 1)
    if len(body) > MAX_BYTES:
        on_skip(Skipped(where, "too-large", f"larger than {MAX_BYTES // 1024 // 1024} MB"))
        return None
    if media not in HTML_TYPES and not (media in ("", "text/plain") and looks_html(body)):
        on_skip(Skipped(where, "not-html", f"{media or 'no content type'}, not an HTML page"))
        return None
    return read_html(body, where, url=uri, charset=charset)


def _as_article_error(error: InputError) -> ArticleError:
    return error if isinstance(error, ArticleError) else ArticleError(str(error))


def _reason(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
