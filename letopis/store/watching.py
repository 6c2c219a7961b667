"""Watching feeds: poll RSS/Atom feeds every so often and ingest what is new, until told to stop::

    stop = threading.Event()                    # set it (Ctrl-C does, in `letopis watch`) to end after the round
    report = watch(store, ["https://www.belta.by/rss"], every_seconds=600, stop=stop)

Each round's new articles are ingested when the round ends, before the wait for the next one, so what a feed
brought is in the store within one round. An entry whose article id is already stored is not fetched again
(``letopis.sources.watch_feeds`` asks ``seen`` first), and feeds are asked with their ETag and Last-Modified.
One story index serves the whole watch: the stored items of a day are read once, so reports another process
stores meanwhile on a day already read are not joined by the watch's articles (each stays its own story).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from sqlalchemy import select

from letopis.errors import ArticleError, UsageError
from letopis.records import Article
from letopis.sources import watch_feeds
from letopis.sources.fetch import Fetcher
from letopis.store.db import Store
from letopis.store.grouping import StoryGrouping
from letopis.store.ingestion import IngestReport, ingest
from letopis.store.models import ArticleRow

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(value: str) -> float:
    """Seconds of "10m", "30s", "1h", "1.5h" or a bare number of seconds; a clear error otherwise."""
    text = value.strip().lower()
    unit = UNITS.get(text[-1:])
    number = text[:-1] if unit else text
    try:
        seconds = float(number) * (unit or 1)
    except ValueError:
        raise UsageError(f"--every: not a duration: {value!r} (say 30s, 10m, 1h)") from None
    if seconds <= 0:
        raise UsageError(f"--every must be more than zero, not {value!r}")
    return seconds


class _Rounds(threading.Event):
    """The stop event ``watch_feeds`` waits on between rounds: the wait is where a round ends, so the round's
    articles are ingested first."""

    def __init__(self, stop: threading.Event, end_round: Callable[[], None]) -> None:
        super().__init__()
        self._stop = stop
        self._end_round = end_round

    def is_set(self) -> bool:
        return self._stop.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        self._end_round()
        return self._stop.wait(timeout)


def watch(store: Store, feeds: Sequence[str], every_seconds: float, *, stop: threading.Event | None = None,
          polls: int | None = None, on_skip: Callable[[ArticleError], None] = lambda error: None,
          on_round: Callable[[IngestReport], None] | None = None, fetcher: Fetcher | None = None) -> IngestReport:
    """Poll ``feeds`` every ``every_seconds`` and ingest new articles after each round, until ``stop`` is set
    or ``polls`` rounds are done; the totals over all rounds. A round being ingested when ``stop`` is set
    is finished first."""
    if not feeds:
        raise UsageError("give at least one feed URL to watch")
    stop = stop or threading.Event()
    total = IngestReport()
    pending: list[Article] = []
    stories = StoryGrouping()  # one story index for the whole watch, not read back every round

    def seen(article_id: str) -> bool:
        with store.read() as conn:
            return conn.execute(select(ArticleRow.id).where(ArticleRow.id == article_id)).first() is not None

    def end_round() -> None:
        batch = pending[:]
        pending.clear()
        done = ingest(store, batch, on_skip=on_skip, stories=stories)
        for name in ("read", "stored", "already", "skipped"):
            setattr(total, name, getattr(total, name) + getattr(done, name))
        total.seconds += done.seconds
        total.reasons += done.reasons
        if on_round is not None:
            on_round(done)

    rounds = _Rounds(stop, end_round)
    for article in watch_feeds(feeds, every_seconds, seen, on_skip, rounds, polls=polls, fetcher=fetcher):
        pending.append(article)
    end_round()
    return total
