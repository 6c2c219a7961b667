"""Which story an article belongs to, as it is stored: ``letopis.stories.StoryIndex`` kept in the writing
process, fed with what the store already holds around each new article's date::

    stories = StoryGrouping()
    with store.write() as conn:
        story_id = stories.place(conn, item)      # loads the stored items of the window on first need
        ...                                       # the article is written with story_id
        stories.stored(conn, item, story_id)      # its item persisted, and added to the index

Each analysed article's ``StoryItem`` (with its MinHash signature) is persisted in ``story_items`` beside the
day it counts from: its publication, else the day it was ingested. When an article arrives, the items of the
days within the time window around its day are read back once, each under the story the store gave it, so an
ingest that starts later (or a second one) groups new reports with stories already stored, and story ids once
handed out never change. The index lives in the writing process only; workers send it items, not stories.
An article that was not analysed (another language) is a story of its own.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import replace

from sqlalchemy import Connection, insert, select

from letopis.store.models import ArticleRow, StoryItemRow
from letopis.store.write import Later, Prepared, story_json
from letopis.stories import StoryIndex, StoryItem
from letopis.stories.score import WINDOW_DAYS
from letopis.stories.weights import default_idf

_INSERT_ITEM = insert(StoryItemRow)


def item_day(item: StoryItem, now: dt.datetime) -> dt.date:
    """The day an item counts from in the time window: its publication (UTC), else ``now``."""
    return (item.published or now).astimezone(dt.UTC).date()


def dated(item: StoryItem, ingested: dt.datetime) -> StoryItem:
    """The item as the index sees it: an article without a date counts from when it was ingested (the index
    itself would take an undated article as within the window of every other)."""
    if item.published is not None:
        return item
    when = ingested if ingested.tzinfo else ingested.replace(tzinfo=dt.UTC)
    return replace(item, published=when.astimezone(dt.UTC))


class StoryGrouping:
    """The story index of one ingest, filled from the store day by day as new articles need it."""

    def __init__(self, window_days: float = WINDOW_DAYS, now: dt.datetime | None = None) -> None:
        self.index = StoryIndex(window_days=window_days)
        self._now = now  # None: the clock, read at each article (a watch runs for days)
        # Days whose stored items are in the index. One more day each side than the window: a datetime near
        # midnight is within the window of a day further off than its date says.
        self._reach = math.ceil(window_days) + 1
        self._loaded: set[dt.date] = set()

    def place(self, conn: Connection, item: Prepared) -> str:
        """The story the article joins (the id of an earlier article, or its own id); nothing is written."""
        story = item.story
        if story is None:
            return item.doc.article.id
        self._load(conn, item_day(story, self.now))
        made = item.profile if self.index.idf is default_idf() else None  # made with the shipped weights
        return self.index.place(dated(story, self.now), made)[0]

    def stored(self, conn: Connection, item: Prepared, story_id: str, later: Later | None = None) -> None:
        """Persist the article's item (in the caller's transaction, or with ``later``'s rows). The index takes
        it in ``committed``."""
        story = item.story
        if story is None:
            return
        encoded = item.story_json if item.story_json is not None else story_json(story)
        row: dict[str, object] = {"article_id": story.article_id, "day": item_day(story, self.now), "item": encoded}
        if later is None:
            conn.execute(_INSERT_ITEM, row)
        else:
            later.add(_INSERT_ITEM, [row])

    def committed(self, item: Prepared, story_id: str) -> None:
        """The article is stored: later articles may join its story."""
        if item.story is not None:
            self.index.restore(dated(item.story, self.now), story_id)

    @property
    def now(self) -> dt.datetime:
        return self._now or dt.datetime.now(dt.UTC)

    def _load(self, conn: Connection, day: dt.date) -> None:
        wanted = {day + dt.timedelta(days=d) for d in range(-self._reach, self._reach + 1)} - self._loaded
        if not wanted:
            return
        rows = conn.execute(
            select(StoryItemRow.item, ArticleRow.story_id, ArticleRow.ingested_at)
            .join(ArticleRow, ArticleRow.id == StoryItemRow.article_id)
            .where(StoryItemRow.day.in_(sorted(wanted))).order_by(StoryItemRow.id))
        for row in rows:
            item = dated(StoryItem.from_json(json.loads(row.item)), row.ingested_at)
            self.index.restore(item, row.story_id or "")
        self._loaded |= wanted
