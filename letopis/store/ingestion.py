"""Ingest: articles in, analysed, stored with all their layers. Idempotent and safe to kill::

    report = ingest(store, read_path("page.txt"), workers=2)
    print(report.stored, report.already, report.skipped, report.rate)

- An article's id is stable (``Article.with_id()``); one already stored is not analysed again.
- Articles are committed in small batches, each article whole or not at all: a process killed at any moment
  leaves whole articles only, and running it again stores the rest, each exactly once.
- A bad article (empty, binary, failing analysis or storage) goes to ``on_skip`` with its reason; the rest go on.
- A database that is locked or full stops the ingest with a ``StoreError``; the open batch is rolled back.
- Stories are found in this (the writing) process, whatever runs the analysis: ``letopis.store.grouping``.
  Each new article is also checked against the open commitments it may report on (``letopis.store.tracking``).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from letopis.errors import ArticleError, UsageError
from letopis.lexicon import Lexicon, load_lexicon
from letopis.records import Article
from letopis.store.analyse import CHUNK as ANALYSIS_CHUNK
from letopis.store.analyse import Failure, analyse
from letopis.store.canon import Canon
from letopis.store.db import Store
from letopis.store.errors import StoreError
from letopis.store.grouping import StoryGrouping
from letopis.store.models import ArticleRow
from letopis.store.tracking import track_progress
from letopis.store.write import Later, Prepared, check, save

log = logging.getLogger("letopis.ingest")

# Articles per transaction. Bigger batches save commits (PostgreSQL syncs its log on each; SQLite writes the pages
# a commit touched, the same index pages again and again) and statements (a batch's entities are resolved
# together); a kill loses at most one batch of work, redone on the next run. Writing only, CPU ms per post:
# 20,000 telegram posts into SQLite 2.66 at 32, 2.54 at 128; 8,000 into PostgreSQL 2.35 / 2.52 at 32, 2.19 / 2.39
# at 128 (16 -> 32 had saved 10-15% on PostgreSQL). Those figures are of an older writer (about 2.5 ms a post then,
# about 1.0-1.4 ms now); the size was not measured again since.
BATCH = 128


@dataclass
class IngestReport:
    read: int = 0  # articles that came from the sources
    stored: int = 0  # new articles written
    already: int = 0  # already in the store (or twice in the input): nothing to do
    skipped: int = 0  # bad articles, reported
    seconds: float = 0.0
    reasons: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Articles handled per second (stored and already there)."""
        return (self.stored + self.already) / self.seconds if self.seconds > 0 else 0.0


Progress = Callable[[IngestReport], None]


def _report_skip(report: IngestReport, on_skip: Callable[[ArticleError], None], message: str) -> None:
    report.skipped += 1
    report.reasons.append(message)
    log.warning("skipped: %s", message)
    on_skip(ArticleError(message))


def ingest(store: Store, articles: Iterable[Article], *, workers: int = 1, scheduler: str | None = None,
           on_skip: Callable[[ArticleError], None] = lambda error: None,
           progress: Progress | None = None, stories: StoryGrouping | None = None) -> IngestReport:
    """Analyse and store ``articles``; ``stories`` carries the story index over from an earlier call (a watch
    round after round), else a new one is filled from the store as needed."""
    if workers < 1:
        raise UsageError(f"--workers must be 1 or more, not {workers}")
    if scheduler and store.dialect != "postgresql":
        raise UsageError("--scheduler needs a PostgreSQL store (--db postgresql://...): "
                         "workers on other machines feed one shared database")
    report = IngestReport()
    started = time.perf_counter()
    lexicon = load_lexicon()
    stories = stories or StoryGrouping()

    def new_articles() -> Iterator[Article]:
        seen: set[str] = set()
        for batch in _batches(_checked(articles, report, on_skip), 256):
            with store.read() as conn:
                stored = set(conn.scalars(select(ArticleRow.id).where(ArticleRow.id.in_([a.id for a in batch]))))
            for article in batch:
                if article.id in stored or article.id in seen:
                    report.already += 1
                    continue
                seen.add(article.id)
                yield article

    results = analyse(new_articles(), workers=workers, scheduler=scheduler)
    if workers == 1 and not scheduler:
        # A whole chunk of the analysis and then some: while the writing goes through one chunk's results,
        # the thread analyses the next instead of waiting for room to hand its last results over.
        results = _ahead(results, ANALYSIS_CHUNK + 2 * BATCH)
    canon = Canon(lexicon)
    writer = _BatchWriter(store, stories, lexicon, canon)
    try:
        for batch in _batches(results, BATCH):
            with store.write() as conn:
                canon.begin(conn)
                _write_batch(conn, batch, writer, report, on_skip)
            report.seconds = time.perf_counter() - started
            if progress is not None:
                progress(report)
    finally:
        # Stopped by an error: the analysis (a thread, worker processes) stops now, not when it is collected.
        close = getattr(results, "close", None)
        if close is not None:
            close()
    report.seconds = time.perf_counter() - started
    return report


def _write_batch(conn: Connection, batch: list[Prepared | Failure], writer: _BatchWriter, report: IngestReport,
                 on_skip: Callable[[ArticleError], None]) -> None:
    """One batch in the open write transaction, each article counted in ``report`` as stored, already there or
    skipped with its reason."""
    # Read under the write lock: another ingest may have stored some since they were read before the analysis.
    stored = _stored(conn, [i.doc.article.id for i in batch if not isinstance(i, Failure)])
    todo: list[Prepared] = []
    for item in batch:
        if isinstance(item, Failure):
            _report_skip(report, on_skip, f"{_where(item.article)}: {item.reason}")
        elif item.doc.article.id in stored:
            report.already += 1
        else:
            todo.append(item)
    for outcome in writer.write(conn, todo):
        if outcome is None:
            report.stored += 1
        elif outcome == "":
            report.already += 1
        else:
            _report_skip(report, on_skip, outcome)


class _BatchWriter:
    """Writes a batch of articles in the open write transaction, each whole or not at all.

    The batch is first written in one savepoint, its entities resolved together (``Canon.resolve_docs``: a few
    statements for the batch, not a few per article). Only when one of its articles fails is that rolled back
    and the batch written again with a savepoint per article, each resolving its own entities, so the bad one
    is skipped with its reason and the rest are stored. What the story index took in from the rolled-back
    attempt is the same on the second (an article already placed keeps its story)."""

    def __init__(self, store: Store, stories: StoryGrouping, lexicon: Lexicon, canon: Canon) -> None:
        self.store = store
        self.stories = stories
        self.lexicon = lexicon
        self.canon = canon

    def write(self, conn: Connection, items: list[Prepared]) -> list[str | None]:
        """Each item's outcome, in order: None stored, "" already there, else why it was skipped."""
        if not items:
            return []
        try:
            with conn.begin_nested():
                later = Later()
                resolved = self.canon.resolve_docs(conn, [item.doc for item in items])
                outcomes = [self._save(conn, item, later, ids) for item, ids in zip(items, resolved, strict=True)]
                later.write(conn)
            return outcomes
        except Exception as error:
            self._rolled_back(error)
        return self._one_by_one(conn, items)

    def _one_by_one(self, conn: Connection, items: list[Prepared]) -> list[str | None]:
        later = Later()  # the batch's search terms, mentions, quotes and story items: written at its end
        outcomes: list[str | None] = []
        for item in items:
            try:
                mine = Later()
                with conn.begin_nested():
                    outcome = self._save(conn, item, mine)
                later.take(mine)
                outcomes.append(outcome)
            except Exception as error:
                self._rolled_back(error)
                outcomes.append(f"{_where(item.doc.article)}: cannot be stored: "
                                f"{type(error).__name__}: {str(error).splitlines()[0]}")
        later.write(conn)
        return outcomes

    def _rolled_back(self, error: Exception) -> None:
        """A savepoint was rolled back: the entities it made are gone from the database, so from memory too. A
        database that is locked, full or gone stops the ingest (the batch rolls back); anything else is the
        article's own fault."""
        self.canon.forget()
        if isinstance(error, StoreError) or _fatal(error):
            raise error

    def _save(self, conn: Connection, item: Prepared, later: Later, ids: dict[str, int] | None = None) -> str | None:
        story_id = save(conn, self.store.dialect, item, self.stories, self.lexicon, track=track_progress,
                        canon=self.canon, new=True, later=later, ids=ids)
        if story_id is None:
            return ""
        self.stories.committed(item, story_id)
        return None


_DONE = object()


def _ahead(results: Iterator[Any], depth: int) -> Generator[Any, None, None]:
    """Analyse in a thread of its own, up to ``depth`` results ahead of the writing: with one worker the
    analysis runs in this process, and while a batch is being written (Python, or waiting on the database)
    the models go on with the next articles instead of waiting for it (their numpy releases the lock).
    An error in the analysis is raised here, in order; stopping early (an error while writing, Ctrl-C)
    stops the thread at its next result."""
    handoff: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(value: Any) -> bool:
        while not stop.is_set():
            try:
                handoff.put(value, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for result in results:
                if not put((True, result)):
                    return
        except BaseException as error:  # noqa: BLE001 - handed to the writing thread, which raises it
            put((False, error))
            return
        put((True, _DONE))

    thread = threading.Thread(target=produce, name="letopis-analysis", daemon=True)
    thread.start()
    try:
        while True:
            ok, value = handoff.get()
            if not ok:
                raise value
            if value is _DONE:
                return
            yield value
    finally:
        stop.set()
        if thread is not threading.current_thread():  # closed from the thread itself (collected there)
            thread.join(timeout=5)


def _stored(conn: Connection, ids: list[str]) -> set[str]:
    return set(conn.scalars(select(ArticleRow.id).where(ArticleRow.id.in_(ids)))) if ids else set()


def _fatal(error: Exception) -> bool:
    """A database that is locked, full or gone: stop (the batch rolls back) rather than skip every article."""
    from sqlalchemy.exc import OperationalError

    return isinstance(error, OperationalError)


def _checked(articles: Iterable[Article], report: IngestReport,
             on_skip: Callable[[ArticleError], None]) -> Iterator[Article]:
    for article in articles:
        report.read += 1
        article = article.with_id()
        reason = check(article)
        if reason is not None:
            _report_skip(report, on_skip, f"{_where(article)}: {reason}")
            continue
        yield article


def _where(article: Article) -> str:
    return f"article {article.id}" + (f" ({article.url})" if article.url else "")


def _batches(items: Iterable[Prepared | Failure] | Iterable[Article], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
