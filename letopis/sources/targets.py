"""Everything ``letopis ingest`` is pointed at, read into articles: files, directories (walked in sorted
order), standard input ("-") and http(s) URLs of pages or feeds::

    for article in iter_sources(["news/", "https://www.belta.by/rss", "crawl.warc.gz"], on_error=log):
        ...

The kind of a file comes from its name (.txt .jsonl .ndjson .csv .html .htm .xml .rss .atom .warc .warc.gz),
else from its first bytes. Each article has its stable id and its language. A bad file, record, row or URL
is reported through ``on_error`` as one line naming it, and the rest goes on; things passed over on purpose
(a WARC request record, a picture in a directory) go to ``on_skip``.
"""

from __future__ import annotations

import io
import os
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Literal, cast, get_args

from letopis.errors import ArticleError, InputError, UsageError
from letopis.records import Article
from letopis.sources.csvfile import read_csv
from letopis.sources.decode import decode_bytes
from letopis.sources.feeds import read_feed
from letopis.sources.fetch import JSONL_TYPES, Fetcher, fetch_error, looks_feed, looks_html
from letopis.sources.files import _looks_jsonl, raise_error
from letopis.sources.html import read_html
from letopis.sources.jsonl import read_jsonl
from letopis.sources.lang import with_language
from letopis.sources.page import read_text
from letopis.sources.skipped import OnSkip, Skipped, ignore
from letopis.sources.warc import read_warc

Format = Literal["auto", "text", "jsonl", "csv", "html", "feed", "warc"]
FORMATS: tuple[str, ...] = get_args(Format)
OnError = Callable[[ArticleError], None]

# Longest suffix first: ".warc.gz" before ".gz" would matter if .gz were listed.
SUFFIXES: tuple[tuple[str, Format], ...] = (
    (".warc.gz", "warc"), (".warc", "warc"),
    (".jsonl", "jsonl"), (".ndjson", "jsonl"),
    (".csv", "csv"),
    (".html", "html"), (".htm", "html"), (".xhtml", "html"),
    (".xml", "feed"), (".rss", "feed"), (".atom", "feed"),
    (".txt", "text"),
)


def iter_sources(
    targets: Sequence[str],
    fmt: str = "auto",
    on_error: OnError = raise_error,
    *,
    on_skip: OnSkip = ignore,
    fetcher: Fetcher | None = None,
) -> Iterator[Article]:
    """The articles of every target in order, each with its id and language. ``fmt`` forces one format
    for every file (not for URLs, whose answer says what they are). The default ``on_error`` raises."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})")
    reader = _Reader(cast(Format, fmt), on_error, on_skip, fetcher)
    try:
        for target in targets:
            for article in reader.target(target):
                yield with_language(article.with_id())
    finally:
        reader.close()


def format_of(name: str) -> Format | None:
    """The format a file's name says, or None."""
    lower = name.lower()
    return next((fmt for suffix, fmt in SUFFIXES if lower.endswith(suffix)), None)


def sniff(data: bytes) -> Format:
    """The format of a file by its first bytes: WARC (plain or gzip), feed, HTML, JSON lines, else text."""
    head = data[:65536]
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        try:
            inflated = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
        except zlib.error:
            inflated = b""
        if inflated.startswith(b"WARC/"):
            return "warc"
    if looks_feed(head):
        return "feed"
    if looks_html(head):
        return "html"
    try:
        first = head.decode("utf-8", "ignore")
    except UnicodeDecodeError:  # pragma: no cover - "ignore" never raises
        first = ""
    return "jsonl" if _looks_jsonl(first) else "text"


class _Reader:
    """The state one ``iter_sources`` call shares between targets: its callbacks and one HTTP client,
    opened on the first URL."""

    def __init__(self, fmt: Format, on_error: OnError, on_skip: OnSkip, fetcher: Fetcher | None) -> None:
        self.fmt = fmt
        self._on_error = on_error
        self._last_reported: ArticleError | None = None
        self.on_skip = on_skip
        self._fetcher = fetcher
        self._own: Fetcher | None = None

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._own = self._fetcher = Fetcher()
        return self._fetcher

    def close(self) -> None:
        if self._own is not None:
            self._own.close()

    def on_error(self, error: ArticleError) -> None:
        self._last_reported = error
        self._on_error(error)

    def report(self, error: InputError) -> None:
        """Pass a whole file's or URL's error to ``on_error``; one that ``on_error`` itself raised (to stop
        at the first error) goes on up instead of being reported again."""
        if error is self._last_reported:
            raise error
        self.on_error(error if isinstance(error, ArticleError) else ArticleError(str(error)))

    def target(self, target: str) -> Iterator[Article]:
        try:
            if target == "-":
                yield from self.data(sys.stdin.buffer.read(), "<stdin>", self.fmt)
            elif target.lower().startswith(("http://", "https://")):
                yield from self.url(target)
            elif os.path.isdir(target):
                yield from self.directory(Path(target))
            else:
                yield from self.file(Path(target), self.fmt)
        except InputError as error:
            self.report(error)

    def directory(self, root: Path) -> Iterator[Article]:
        for path in sorted(root.rglob("*")):
            if any(part.startswith(".") for part in path.relative_to(root).parts) or not path.is_file():
                continue
            fmt = self.fmt if self.fmt != "auto" else format_of(path.name)
            if fmt is None:
                self.on_skip(Skipped(str(path), "unknown-file", "not a known kind of news file"))
                continue
            try:
                yield from self.file(path, fmt)
            except InputError as error:
                self.report(error)

    def file(self, path: Path, fmt: Format) -> Iterator[Article]:
        name = str(path)
        fmt = fmt if fmt != "auto" else format_of(name) or "auto"
        try:
            if fmt == "warc":
                with path.open("rb") as stream:
                    yield from read_warc(stream, name, self.on_error, self.on_skip)
                return
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{name}: no such file or directory") from None
        except PermissionError:
            raise InputError(f"{name}: permission denied") from None
        except OSError as error:
            raise InputError(f"{name}: cannot read ({error.strerror or error})") from None
        yield from self.data(data, name, fmt)

    def data(self, data: bytes, name: str, fmt: Format) -> Iterator[Article]:
        if not data.strip():
            raise InputError(f"{name}: empty input")
        fmt = sniff(data) if fmt == "auto" else fmt
        if fmt == "warc":
            yield from read_warc(io.BytesIO(data), name, self.on_error, self.on_skip)
        elif fmt == "html":
            yield read_html(data, name)
        elif fmt == "feed":
            yield from read_feed(data, name, self.fetcher, self.on_error)
        else:
            text = decode_bytes(data, name)
            if fmt == "csv":
                yield from read_csv(text, name, self.on_error)
            elif fmt == "jsonl":
                yield from read_jsonl(text.split("\n"), name, self.on_error)
            else:
                yield from read_text(text, name)

    def url(self, url: str) -> Iterator[Article]:
        response = self.fetcher.get(url)
        kind = response.kind
        if kind == "html":
            yield read_html(response.body, url, url=response.final_url, charset=response.charset)
        elif kind == "feed":
            yield from read_feed(response.body, url, self.fetcher, self.on_error, base_url=response.final_url)
        elif response.content_type in JSONL_TYPES:
            yield from read_jsonl(decode_bytes(response.body, url).split("\n"), url, self.on_error)
        elif response.content_type == "text/plain":
            yield from read_text(decode_bytes(response.body, url), url)
        else:
            what = f"{response.content_type or 'of no declared type'}, not an HTML page, a feed or text"
            raise fetch_error(url, response.final_url, "is", what)
