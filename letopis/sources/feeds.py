"""RSS and Atom feeds: each entry becomes the article its link points to, fetched and read with
trafilatura, with the entry's title, date and link; when the page cannot be had, the entry's own summary::

    with Fetcher() as fetcher:
        for article in read_feed(data, "https://belta.by/rss", fetcher, on_error=log):
            ...

``watch_feeds`` polls feeds with their ETag and Last-Modified and yields only entries not seen before.
An entry's article id is known before its page is fetched (the feed's title as outlet + the entry's link),
so what is already stored is never fetched again.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from time import struct_time
from typing import Any
from urllib.parse import urlsplit

import feedparser

from letopis.errors import ArticleError
from letopis.records import Article, article_id
from letopis.sources.fetch import Fetcher
from letopis.sources.html import fragment_text, read_html
from letopis.sources.lang import with_language

OnError = Callable[[ArticleError], None]


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed item as the feed tells it."""

    number: int  # 1-based position in the feed, for messages
    link: str | None
    title: str | None
    published: str | None  # ISO 8601, UTC
    summary: str  # plain text of the summary or content
    outlet: str | None  # the feed's title, else the link's host

    @property
    def id(self) -> str:
        """The id its article will have: outlet + link, else its text (``Article.with_id``)."""
        return article_id(self.summary, self.outlet, self.link)


@dataclass(frozen=True, slots=True)
class Feed:
    name: str
    title: str | None
    entries: tuple[Entry, ...]


def parse_feed(data: bytes, name: str, base_url: str | None = None) -> Feed:
    """The entries of an RSS or Atom document. Slightly broken XML is read as far as it goes (feedparser
    is lenient); a document with no feed in it raises ``ArticleError`` naming ``name``."""
    headers = {"content-location": base_url} if base_url else {}
    # A file-like object: given a str or bytes, feedparser would try to open it as a path or a URL.
    parsed: Any = feedparser.parse(io.BytesIO(data), response_headers=headers)
    version = parsed.get("version", "")
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = _reason(parsed.get("bozo_exception"))
            raise ArticleError(f"{name}: not a readable RSS or Atom feed ({reason})")
        if not version:
            raise ArticleError(f"{name}: not an RSS or Atom feed")
    title = _text(parsed.feed.get("title")) or None
    entries = tuple(_entry(number, item, title) for number, item in enumerate(parsed.entries, start=1))
    return Feed(name, title, entries)


def _entry(number: int, item: Any, feed_title: str | None) -> Entry:
    link = (item.get("link") or "").strip()
    # feedparser takes an entry's id for its link when there is none; a "urn:..." id is no page to fetch.
    link = link if link.lower().startswith(("http://", "https://")) else None
    content = item.get("content") or []
    html = item.get("summary") or (content[0].get("value") if content else "") or ""
    outlet = feed_title or (urlsplit(link).hostname if link else None)
    return Entry(number, link, _text(item.get("title")) or None,
                 _iso(item.get("published_parsed") or item.get("updated_parsed")),
                 fragment_text(html), outlet)


def read_feed(data: bytes, name: str, fetcher: Fetcher, on_error: OnError, base_url: str | None = None
              ) -> Iterator[Article]:
    """The articles of a feed's entries, in the feed's order. An entry whose page fails is reported
    through ``on_error`` (its summary is kept when it has one); the other entries go on."""
    feed = parse_feed(data, name, base_url)
    for entry in feed.entries:
        article = entry_article(entry, feed, fetcher, on_error)
        if article is not None:
            yield article


def entry_article(entry: Entry, feed: Feed, fetcher: Fetcher, on_error: OnError) -> Article | None:
    """The article of an entry: its linked page read with trafilatura, else its summary."""
    if entry.link is None:
        if entry.summary:
            return _summary_article(entry)
        on_error(ArticleError(f"{feed.name}: entry {entry.number} has neither a link nor text"))
        return None
    try:
        response = fetcher.get(entry.link, expect="html")
        page = read_html(response.body, entry.link, url=entry.link, charset=response.charset)
    except ArticleError as error:
        if entry.summary:
            on_error(ArticleError(f"{error}; kept the feed's summary instead"))
            return _summary_article(entry)
        on_error(error)
        return None
    return Article(
        text=page.text, id=entry.id, title=entry.title or page.title, outlet=entry.outlet, cites=page.cites,
        published=entry.published or page.published, url=entry.link,
    )


def _summary_article(entry: Entry) -> Article:
    return Article(text=entry.summary, id=entry.id, title=entry.title, outlet=entry.outlet,
                   published=entry.published, url=entry.link)


def watch_feeds(
    feeds: Sequence[str],
    every_seconds: float,
    seen: Callable[[str], bool],
    on_error: OnError,
    stop: threading.Event | None = None,
    *,
    polls: int | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Article]:
    """Poll each feed URL every ``every_seconds`` and yield the articles of entries that ``seen(id)`` says
    are new (and not yielded before by this watch), each with its language. Stops when ``stop`` is set,
    after ``polls`` rounds when given, or when the caller stops iterating. A feed that fails is reported
    and polled again next round."""
    stop = stop or threading.Event()
    own = fetcher is None
    client = fetcher or Fetcher()
    validators: dict[str, tuple[str | None, str | None]] = {}
    yielded: set[str] = set()
    rounds = 0
    try:
        while not stop.is_set():
            for url in feeds:
                if stop.is_set():
                    return
                feed = _poll(url, client, validators, on_error)
                if feed is None:
                    continue
                for entry in feed.entries:
                    # Asked before the page is fetched: what is stored is never downloaded again.
                    if entry.id in yielded or seen(entry.id):
                        continue
                    article = entry_article(entry, feed, client, on_error)
                    if article is not None:
                        yielded.add(entry.id)
                        yield with_language(article)
            rounds += 1
            if polls is not None and rounds >= polls:
                return
            stop.wait(every_seconds)
    finally:
        if own:
            client.close()


def _poll(url: str, fetcher: Fetcher, validators: dict[str, tuple[str | None, str | None]], on_error: OnError
          ) -> Feed | None:
    """The feed at ``url`` if it changed since the last poll; None when unchanged or failed (reported)."""
    etag, modified = validators.get(url, (None, None))
    try:
        response = fetcher.get(url, expect="feed", etag=etag, last_modified=modified)
        if response.not_modified:
            return None
        feed = parse_feed(response.body, url, response.final_url)
    except ArticleError as error:
        on_error(error)
        return None
    validators[url] = (response.etag, response.last_modified)
    return feed


def _iso(value: struct_time | None) -> str | None:
    if value is None:
        return None
    return datetime(*value[:6], tzinfo=UTC).isoformat()


def _text(value: object) -> str:
    return fragment_text(value) if isinstance(value, str) else ""


def _reason(error: object) -> str:
    text = str(error).strip() if error is not None else ""
    return text.splitlines()[0] if text else "unknown error"
