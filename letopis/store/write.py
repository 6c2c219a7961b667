"""Writing one analysed article with all its layers, in the caller's transaction: all of it or nothing.

    with store.write() as conn:
        saved = save(conn, store.dialect, prepare(doc), stories, lexicon)   # False: it was already there

``prepare`` runs where the analysis ran (a worker process or a Dask worker): it keeps what the store needs
(with the article's story item) and drops the tokens, so little crosses the wire. The tokens stay only when a
sentence holds a progress cue ("открыт", "подписано"), sealed (``records.Sealed``): the writer checks the article
against the open commitments it may report on (``letopis.store.tracking``) and unpickles the tokens only when one
has all its parties named in the article.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from functools import cache
from typing import Protocol

from sqlalchemy import Connection, Executable, Integer, bindparam, func, insert, select, text, update
from sqlalchemy import exists as sql_exists
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from letopis.analysis.entities import fold
from letopis.analysis.quotes_direct import LINK, MARKUP
from letopis.lexicon import Lexicon, load_lexicon
from letopis.memo import Memo
from letopis.records import Article, Doc, Sealed, pickled_by_fields
from letopis.store.bulk import Direct, insert_rows, recordset
from letopis.store.canon import Canon
from letopis.store.models import (
    ArticleRow,
    ArticleTerms,
    CommitmentParty,
    CommitmentRow,
    CommitmentStep,
    EventGroup,
    EventParticipant,
    EventRow,
    MentionRow,
    PostRow,
    PostSighting,
    QuoteRow,
    Story,
)
from letopis.store.terms import doc_terms, span_terms, words
from letopis.store.tracking import advances, reached
from letopis.stories import StoryItem, story_item
from letopis.stories.commitments import load_cues
from letopis.stories.score import Profile, profile

# Longer than any news report; a "text" this long is a file read by mistake.
MAX_TEXT = 1_000_000


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Prepared:
    """An article ready to store: its Doc without tokens, its search terms and each quote's terms, its story
    item (None when not analysed), and the Doc with its tokens, sealed, when it may report progress on a
    commitment."""

    doc: Doc
    terms: str
    quote_terms: tuple[str, ...]
    analysed: bool
    story: StoryItem | None = None
    progress: Sealed[Doc] | None = None
    # The states the article speaks of by an adjective ("белорусский": BY), with ``progress``: the writer needs
    # them before it knows whether the article's tokens are worth unpickling.
    adjective_states: tuple[str, ...] = ()
    # What the story index compares of ``story`` (``letopis.stories.score.profile`` with the shipped weights),
    # made where the analysis ran; None for an undated item, which is dated when it is stored.
    profile: Profile | None = None
    # ``story`` as the store keeps it (``story_items.item``), made where the analysis ran: the one writing process
    # does not encode every article's item (None: encoded when it is stored).
    story_json: str | None = None


def prepare(doc: Doc, analysed: bool = True) -> Prepared:
    quote_terms = tuple(span_terms(doc, q.start, q.stop) for q in doc.quotes)
    slim = replace(doc, tokens=(), sents=(), notes={})
    story = story_item(doc) if analysed and doc.tokens else None
    progress = Sealed(replace(doc, notes={})) if analysed and _has_progress_cue(doc) else None
    states = _adjective_states(doc) if progress is not None else ()
    made = profile(story) if story is not None and story.published is not None else None
    return Prepared(doc=slim, terms=doc_terms(doc), quote_terms=quote_terms, analysed=analysed, story=story,
                    progress=progress, adjective_states=states, profile=made,
                    story_json=None if story is None else story_json(story))


def story_json(story: StoryItem) -> str:
    """A story item as ``story_items.item`` holds it."""
    return json.dumps(story.to_json(), ensure_ascii=False)


def _has_progress_cue(doc: Doc) -> bool:
    """Whether a token is the first word of a status cue: only then can the article move a commitment."""
    # any over map walks the words in C, and stops at the first cue word.
    return any(map(_CUE_WORDS.__getitem__, {t.lemma or t.text for t in doc.tokens}))


def _adjective_states(doc: Doc) -> tuple[str, ...]:
    codes: set[str] = set()
    states = _ADJECTIVE_STATES
    for token in doc.tokens:
        if token.pos == "ADJ":
            codes.update(states[token.text])
    return tuple(sorted(codes))


# The states an adjective speaks of, remembered: an article's adjectives are mostly ones every article has.
_ADJECTIVE_STATES: Memo[str, tuple[str, ...]] = Memo(lambda word: load_lexicon().country_of_adjective(word))


@cache
def _cue_firsts() -> frozenset[str]:
    return frozenset(cue.lemmas[0] for cue in load_cues() if cue.status != "hold")


# Whether a lemma (or a word without one) is the first word of a status cue, folded: an article's words are mostly
# words every article has.
_CUE_WORDS: Memo[str, bool] = Memo(lambda word: fold(word) in _cue_firsts())


def check(article: Article) -> str | None:
    """Why the article cannot be stored, or None."""
    if not article.text.strip():
        return "the text is empty"
    if "\x00" in article.text or "\x00" in (article.title or ""):
        return "the text holds NUL characters (binary data?)"
    if len(article.text) > MAX_TEXT:
        return f"the text is {len(article.text):,} characters long, more than {MAX_TEXT:,}"
    # PostgreSQL enforces these column lengths and SQLite does not: check them here, so both agree.
    for name, value, limit in (("id", article.id, 64), ("outlet", article.outlet, 200),
                               ("published", article.published, 40), ("lang", article.lang, 16)):
        if value is not None and len(value) > limit:
            return f'"{name}" is {len(value)} characters long, more than {limit}'
    return None


def parse_date(value: str | None) -> dt.date | None:
    """The day of an ISO 8601 date or datetime ("2024-11-26T10:03:00+00:00" -> 2024-11-26); None if not one."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def month(day: dt.date | None) -> str | None:
    return f"{day.year:04d}-{day.month:02d}" if day else None


class Later:
    """Rows that nothing reads before the transaction commits (search terms, mentions, quotes, story items,
    post sightings, event participants), held to be written together: one statement per table for a batch of
    articles, not one per article (``letopis.store.bulk``). A batch written article by article (after one of it
    failed) gives each article's rows to the batch's only once that article's savepoint is released."""

    def __init__(self) -> None:
        self._rows: dict[Executable, list[dict[str, object]]] = {}

    def add(self, statement: Executable, rows: list[dict[str, object]]) -> None:
        if rows:
            self._rows.setdefault(statement, []).extend(rows)

    def take(self, other: Later) -> None:
        for statement, rows in other._rows.items():
            self.add(statement, rows)
        other._rows = {}

    def write(self, conn: Connection) -> None:
        for statement, rows in self._rows.items():
            insert_rows(conn, statement, rows)
        self._rows = {}


class Stories(Protocol):
    """Where an article's story comes from (``letopis.store.grouping.StoryGrouping``)."""

    def place(self, conn: Connection, item: Prepared) -> str: ...

    def stored(self, conn: Connection, item: Prepared, story_id: str, later: Later | None = None) -> None: ...


class Tracker(Protocol):
    """What checks an article against the open commitments (``letopis.store.tracking``)."""

    def __call__(self, conn: Connection, item: Prepared, ids: dict[str, int], day: dt.date | None) -> None: ...


def exists(conn: Connection, article_id: str) -> bool:
    return conn.execute(select(ArticleRow.id).where(ArticleRow.id == article_id)).first() is not None


def save(conn: Connection, dialect: str, item: Prepared, stories: Stories, lexicon: Lexicon,
         now: dt.datetime | None = None, track: Tracker | None = None, *, canon: Canon | None = None,
         new: bool = False, later: Later | None = None, ids: dict[str, int] | None = None) -> str | None:
    """Store the article and every layer; its story id, or None (and nothing written) when its id is already
    stored (``new``: the caller has checked that it is not, in this transaction). ``track`` checks it against
    the open commitments before its own are stored. ``canon`` carries the stored entities over from one
    article to the next (``Canon.begin`` called in this transaction); without it they are read afresh.
    ``later`` receives the rows nothing reads before commit, for the caller to write (``Later.write``)
    before the transaction ends; without it they are written here. ``ids``: the article's entities already
    resolved (``Canon.resolve_docs`` for a batch), else they are resolved here."""
    doc = item.doc
    article = doc.article
    if not new and exists(conn, article.id):
        return None
    day = parse_date(article.published)
    story_id = stories.place(conn, item)
    row = {
        "id": article.id, "title": article.title, "text": article.text, "outlet": article.outlet,
        "cites": article.cites, "published": article.published, "published_on": day, "url": article.url,
        "lang": article.lang, "analysed": item.analysed,
        "ingested_at": now or dt.datetime.now(dt.UTC), "story_id": story_id,
    }
    if dialect == "postgresql":
        # The story's row made or updated by the article's own statement: one round trip, nothing read first.
        conn.execute(_INSERT_ARTICLE_IN_STORY, row | {"story_title": article.title or headline(article.text)})
    else:
        story = _story(conn, story_id, article, day)
        if story.joined:
            _INSERT_ARTICLE.run(conn, row)
            _JOIN_STORY.run(conn, story.params)
        else:
            _INSERT_STORY.run(conn, story.params)
            _INSERT_ARTICLE.run(conn, row)
    rows = later or Later()
    _terms(rows, dialect, article, item.terms)
    if ids is None:
        ids = (canon or Canon(lexicon)).resolve_all(conn, doc)
    _mentions(rows, doc, ids)
    _posts(conn, rows, doc, ids, day)
    _quotes(rows, item, ids, day)
    _events(conn, rows, doc, ids, day, story_id)
    if track is not None:
        track(conn, item, ids, day)
    _commitments(conn, doc, ids, day)
    stories.stored(conn, item, story_id, rows)
    if later is None:
        rows.write(conn)
    return story_id


_INSERT_ARTICLE = Direct(insert(ArticleRow), ("id", "title", "text", "outlet", "cites", "published", "published_on",
                                             "url", "lang", "analysed", "ingested_at", "story_id"))
_INSERT_TERMS = insert(ArticleTerms)
# The russian configuration's stems of the terms (each word as written and its lemmas: "людей" is found as
# "человек" too, which stemming alone misses).
_INSERT_TERMS_PG = recordset(
    "INSERT INTO article_terms (article_id, terms, tsv) SELECT r.id, r.terms, to_tsvector('russian', r.terms) "
    "FROM json_to_recordset(CAST(:rows AS json)) AS r(id VARCHAR, terms TEXT)")
_INSERT_MENTIONS = insert(MentionRow)
_INSERT_QUOTES = insert(QuoteRow)
_POST_COLUMNS = (PostRow.id, PostRow.first_seen, PostRow.last_seen)
_POST = select(*_POST_COLUMNS).where(PostRow.person_id == bindparam("person"), PostRow.post == bindparam("post"),
                                     PostRow.of_id.is_(None))
_POST_OF = select(*_POST_COLUMNS).where(PostRow.person_id == bindparam("person"),
                                        PostRow.post == bindparam("post"), PostRow.of_id == bindparam("of"))
_INSERT_POST = Direct(insert(PostRow).returning(PostRow.id),
                      ("person_id", "post", "of_id", "first_seen", "last_seen", "num_articles"))
_UPDATE_POST = Direct(update(PostRow).where(PostRow.id == bindparam("post_id")).values(
    first_seen=bindparam("first"), last_seen=bindparam("last"), num_articles=PostRow.num_articles + 1))
_INSERT_SIGHTING = insert(PostSighting)
_GROUP = select(EventGroup.id).where(EventGroup.key == bindparam("key"))
_INSERT_GROUP = insert(EventGroup).returning(EventGroup.id)
# (SQLite) A group made unless its key is stored: no row back when it is.
_INSERT_NEW_GROUP = Direct(
    sqlite_insert(EventGroup).on_conflict_do_nothing(index_elements=["key"]).returning(EventGroup.id),
    ("key", "story_id", "type", "cameo", "source_id", "target_id", "date", "month", "num_articles", "num_sources",
     "modality"))
_INSERT_EVENT = Direct(insert(EventRow).returning(EventRow.id), (
    "article_id", "type", "mode", "source_id", "target_id", "place_id", "date", "date_text", "modality", "cameo",
    "start", "stop", "text", "group_id"))
_INSERT_PARTICIPANTS = insert(EventParticipant)
# On PostgreSQL an event and its group in one statement, not three: the group is made when its key is new
# (writers take turns, so no other one makes it meanwhile), the event is stored in it, and ``made`` says which.
_INSERT_EVENT_GROUPED = text(
    "WITH new_group AS (INSERT INTO event_groups (key, story_id, type, cameo, source_id, target_id, date, month, "
    "num_articles, num_sources, modality) VALUES (:key, :story_id, :type, :cameo, CAST(:source_id AS INTEGER), "
    "CAST(:target_id AS INTEGER), CAST(:group_date AS DATE), :month, 1, 1, :modality) "
    "ON CONFLICT (key) DO NOTHING RETURNING id), "
    "event_group AS (SELECT id, TRUE AS made FROM new_group "
    "UNION ALL SELECT id, FALSE FROM event_groups WHERE key = :key) "
    "INSERT INTO events (article_id, group_id, type, mode, source_id, target_id, place_id, date, date_text, "
    "modality, cameo, start, stop, text) SELECT :article_id, event_group.id, :type, :mode, "
    "CAST(:source_id AS INTEGER), CAST(:target_id AS INTEGER), CAST(:place_id AS INTEGER), CAST(:date AS DATE), "
    ":date_text, :modality, :cameo, :start, :stop, :text FROM event_group "
    "RETURNING id, group_id, (SELECT bool_or(made) FROM event_group) AS made")
# (SQLite) The story's row and whether the article's outlet has reported it already.
_STORY = select(Story.first_seen, Story.last_seen, Story.title, sql_exists(
    select(ArticleRow.id).where(ArticleRow.story_id == bindparam("sid"), ArticleRow.outlet == bindparam("outlet"))
).label("outlet_seen")).where(Story.id == bindparam("sid"))
_INSERT_STORY = Direct(insert(Story).values(
    id=bindparam("sid"), title=bindparam("story_title"), first_seen=bindparam("first"),
    last_seen=bindparam("last"), num_articles=1, num_outlets=bindparam("outlets", type_=Integer)))
# (SQLite) A joined story: one more article, and one more outlet when the article's outlet is new to it, counted up
# in the statement itself, with the dates and title ``_story`` read.
_JOIN_STORY = Direct(update(Story).where(Story.id == bindparam("sid"))
                     .values(first_seen=bindparam("first"), last_seen=bindparam("last"),
                             title=bindparam("story_title"), num_articles=Story.num_articles + 1,
                             num_outlets=Story.num_outlets + bindparam("new_outlet", type_=Integer)))
# On PostgreSQL the story's row is written by the article's own INSERT, in a WITH of its own: made by the
# story's first article, else joined as ``_story`` and ``_JOIN_STORY`` do it on SQLite (the dates widened, the
# title of the earliest report, one more article, one more outlet when the article's is new to the story),
# computed from the row as it stands. Written out: the article's parameters named like the stories' columns
# ("id", "title") would join a Core UPDATE's SET.
_INSERT_ARTICLE_IN_STORY = text(
    "WITH story AS (INSERT INTO stories AS s (id, title, first_seen, last_seen, num_articles, num_outlets) "
    "VALUES (:story_id, :story_title, CAST(:published_on AS DATE), CAST(:published_on AS DATE), 1, "
    "CASE WHEN CAST(:outlet AS VARCHAR) IS NULL THEN 0 ELSE 1 END) "
    "ON CONFLICT (id) DO UPDATE SET "
    "title = CASE WHEN EXCLUDED.first_seen < s.first_seen "
    "OR (s.first_seen IS NULL AND EXCLUDED.first_seen IS NOT NULL) THEN EXCLUDED.title ELSE s.title END, "
    "first_seen = LEAST(s.first_seen, EXCLUDED.first_seen), "
    "last_seen = GREATEST(s.last_seen, EXCLUDED.last_seen), "
    "num_articles = s.num_articles + 1, "
    "num_outlets = s.num_outlets + CASE WHEN EXCLUDED.num_outlets = 1 AND NOT EXISTS (SELECT 1 FROM articles "
    "WHERE articles.story_id = EXCLUDED.id AND articles.outlet = CAST(:outlet AS VARCHAR)) THEN 1 ELSE 0 END) "
    "INSERT INTO articles (id, title, text, outlet, cites, published, published_on, url, lang, analysed, "
    "ingested_at, story_id) VALUES (:id, :title, :text, :outlet, :cites, :published, CAST(:published_on AS DATE), "
    ":url, :lang, :analysed, CAST(:ingested_at AS TIMESTAMP WITH TIME ZONE), :story_id)")


@dataclass(frozen=True, slots=True)
class _StoryRow:
    """What the article does to its story's row: makes it (``joined`` False) or joins it; the parameters of
    ``_INSERT_STORY`` or ``_JOIN_STORY``."""

    joined: bool
    params: dict[str, object]


def _story(conn: Connection, story_id: str, article: Article, day: dt.date | None) -> _StoryRow:
    """(SQLite) The story's row: made by its first article, counting it. A story joined: its first and last seen
    widened, its title the one of its earliest report (a report published before the others, stored after
    them, takes over), and whether the article's outlet is new to it, for ``_JOIN_STORY`` to count. Read
    before the article is stored, so its own row is not counted."""
    title = article.title or headline(article.text)
    # A story's id is its first article's: an article that starts one finds no row (it is not stored yet).
    row = None if story_id == article.id else conn.execute(
        _STORY, {"sid": story_id, "outlet": article.outlet}).first()
    if row is None:
        return _StoryRow(False, {"sid": story_id, "story_title": title, "first": day, "last": day,
                                 "outlets": 0 if article.outlet is None else 1})
    first, last, story_title = row.first_seen, row.last_seen, row.title
    if day is not None:
        if first is None or day < first:
            story_title = title
        first = min(d for d in (first, day) if d is not None)
        last = max(d for d in (last, day) if d is not None)
    new_outlet = article.outlet is not None and not row.outlet_seen
    return _StoryRow(True, {"sid": story_id, "first": first, "last": last, "story_title": story_title,
                            "new_outlet": int(new_outlet)})


def headline(text: str) -> str:
    """A story's title from a report without one: its first line as a reader sees it, without the markdown of
    Telegram posts ("**Законы о запрете** вступили в [силу](https://t.me/...)" -> "Законы о запрете вступили в
    силу"), at most 200 characters."""
    line = MARKUP.sub("", LINK.sub(r"\1", text.strip().split("\n", 1)[0]))
    return " ".join(line.split())[:200]


def _terms(rows: Later, dialect: str, article: Article, terms: str) -> None:
    if dialect == "postgresql":
        rows.add(_INSERT_TERMS_PG, [{"id": article.id, "terms": terms}])
    else:
        rows.add(_INSERT_TERMS, [{"article_id": article.id, "terms": terms}])


def _mentions(later: Later, doc: Doc, ids: dict[str, int]) -> None:
    rows: list[dict[str, object]] = [
        {"article_id": doc.article.id, "entity_id": ids[m.entity], "start": m.start, "stop": m.stop,
         "text": m.text, "normal": m.normal, "kind": m.kind}
        for m in doc.mentions if m.entity in ids]
    later.add(_INSERT_MENTIONS, rows)


def _posts(conn: Connection, later: Later, doc: Doc, ids: dict[str, int], day: dt.date | None) -> None:
    for post in doc.posts:
        person = ids.get(post.person)
        if person is None:
            continue
        of = ids.get(post.of) if post.of else None
        found = conn.execute(_POST if of is None else _POST_OF,
                             {"person": person, "post": post.post, "of": of}).first()
        if found is None:
            post_id = _INSERT_POST.scalar(conn, {
                "person_id": person, "post": post.post, "of_id": of, "first_seen": day, "last_seen": day,
                "num_articles": 1})
        else:
            post_id = found.id
            seen = [d for d in (found.first_seen, found.last_seen, day) if d is not None]
            _UPDATE_POST.run(conn, {"post_id": post_id, "first": min(seen, default=None),
                                    "last": max(seen, default=None)})
        later.add(_INSERT_SIGHTING, [{"post_id": post_id, "article_id": doc.article.id, "seen": day,
                                      "start": post.start, "stop": post.stop}])


def _quotes(later: Later, item: Prepared, ids: dict[str, int], day: dt.date | None) -> None:
    doc = item.doc
    rows: list[dict[str, object]] = [
        {"article_id": doc.article.id, "speaker_id": ids.get(q.speaker) if q.speaker else None,
         "speaker_text": q.speaker_text, "kind": q.kind, "cue": q.cue, "start": q.start, "stop": q.stop,
         "text": q.text, "terms": terms, "said_on": day}
        for q, terms in zip(doc.quotes, item.quote_terms, strict=True)]
    later.add(_INSERT_QUOTES, rows)


# Types whose two sides act together: "Беларусь договорилась с Казахстаном" and "Казахстан договорился с
# Беларусью" report one event, so their sides are compared as a pair, not in order.
MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def event_group_key(story_id: str, type: str, source: int | None, target: int | None,
                    date: dt.date | None, modality: str) -> str:
    """What makes two reports one event: the story, the type, the two sides, the event's own date (both
    undated match) and the modality (an act done and one announced are two). ``"story|CONSULT|2|8|2024-11-26|
    asserted"``."""
    if type in MUTUAL and source is not None and target is not None and target < source:
        source, target = target, source
    return f"{story_id}|{type}|{source}|{target}|{date}|{modality}"


def _events(conn: Connection, later: Later, doc: Doc, ids: dict[str, int], day: dt.date | None,
            story_id: str) -> None:
    made: set[int] = set()
    touched: set[int] = set()  # groups of earlier articles: their counts are counted again
    pg = conn.dialect.name == "postgresql"
    for event in doc.events:
        source = ids.get(event.source) if event.source else None
        target = ids.get(event.target) if event.target else None
        date = parse_date(event.date)
        group_key = event_group_key(story_id, event.type, source, target, date, event.modality)
        place = ids.get(event.place) if event.place else None
        params = {
            "article_id": doc.article.id, "type": event.type, "mode": event.mode, "source_id": source,
            "target_id": target, "place_id": place, "date": date, "date_text": event.date_text,
            "modality": event.modality, "cameo": event.cameo, "start": event.start, "stop": event.stop,
            "text": event.text}
        found = conn.execute(_INSERT_EVENT_GROUPED, params | {
            "key": group_key, "story_id": story_id, "group_date": date or day, "month": month(date or day)
        }).first() if pg else None
        if found is not None:
            event_id, group, new_group = found
        else:  # SQLite; or on PostgreSQL a group made meanwhile by a writer not taking turns: read it now
            # Made by this article: it is its one article and (with or without an outlet) its one source.
            made_params = {
                "key": group_key, "story_id": story_id, "type": event.type, "cameo": event.cameo,
                "source_id": source, "target_id": target, "date": date or day, "month": month(date or day),
                "num_articles": 1, "num_sources": 1, "modality": event.modality}
            # On SQLite the group is made first, unless its key is there: most keys are new (one statement,
            # not a read and an insert); a key found is read after.
            group = None if pg else _INSERT_NEW_GROUP.scalar(conn, made_params)
            new_group = group is not None
            if group is None:
                group = conn.execute(_GROUP, {"key": group_key}).scalar()
                new_group = group is None
                if group is None:
                    group = conn.execute(_INSERT_GROUP, made_params).scalar_one()
            event_id = _INSERT_EVENT.scalar(conn, params | {"group_id": group})
        if new_group:
            made.add(group)
        elif group not in made:
            touched.add(group)
        participants = {ids[p] for p in event.participants if p in ids} | {i for i in (source, target) if i}
        later.add(_INSERT_PARTICIPANTS, [{"event_id": event_id, "entity_id": p} for p in sorted(participants)])
    for group in touched:
        counts = conn.execute(
            select(func.count(func.distinct(EventRow.article_id)), func.count(func.distinct(ArticleRow.outlet)))
            .join(ArticleRow, ArticleRow.id == EventRow.article_id).where(EventRow.group_id == group)
        ).one()
        # An article without an outlet is still one source.
        conn.execute(update(EventGroup).where(EventGroup.id == group)
                     .values(num_articles=counts[0], num_sources=max(counts[1], 1)))


def _commitments(conn: Connection, doc: Doc, ids: dict[str, int], day: dt.date | None) -> None:
    for commitment in doc.commitments:
        parties = sorted({ids[p] for p in commitment.parties if p in ids})
        commitment_key = (",".join(map(str, parties)) + "|" + " ".join(words(commitment.text)))[:300]
        found = conn.execute(select(CommitmentRow.id, CommitmentRow.first_seen, CommitmentRow.last_seen,
                                    CommitmentRow.status).where(CommitmentRow.key == commitment_key)).first()
        if found is None:
            commitment_id = conn.execute(insert(CommitmentRow).returning(CommitmentRow.id), {
                "key": commitment_key, "text": commitment.text, "status": commitment.status,
                "first_seen": day, "last_seen": day}).scalar_one()
            if parties:
                conn.execute(insert(CommitmentParty),
                             [{"commitment_id": commitment_id, "entity_id": p} for p in parties])
        else:
            commitment_id = found.id
            seen = [d for d in (found.first_seen, found.last_seen, day) if d is not None]
            last = max(seen, default=None)
            values: dict[str, object] = {"first_seen": min(seen, default=None), "last_seen": last}
            # A later report moves the status forward only: "решено" again after "подписано" changes nothing.
            if advances(found.status, reached(conn, commitment_id), commitment.status):
                values["status"] = commitment.status
            conn.execute(update(CommitmentRow).where(CommitmentRow.id == commitment_id).values(**values))
        conn.execute(insert(CommitmentStep), {
            "commitment_id": commitment_id, "article_id": doc.article.id, "date": day,
            "status": commitment.status, "start": commitment.start, "stop": commitment.stop,
            "text": doc.text[commitment.start:commitment.stop]})

