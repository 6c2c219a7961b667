"""Rows written many at once (``letopis.store.bulk``): on PostgreSQL one statement reading a JSON recordset, on
SQLite executemany. Either way every value comes back as it went in: text with quotes, backslashes, newlines and
characters outside the BMP, NULLs, dates, times with their zone and integers."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Connection, bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from letopis.store import Store, bulk
from letopis.store import models as m
from letopis.store.bulk import as_json, bump_counts, insert_rows

pytest_plugins = ("pg",)

AWKWARD = ['Заявил: «Мы \\ не "уйдём"»', "строка\nвторая\tтаб", "эмодзи 🇰🇿 и \u2028 разделитель", "{1,2}", "NULL", ""]


def _article(conn: Connection, article_id: str) -> None:
    conn.execute(insert(m.ArticleRow), {
        "id": article_id, "title": None, "text": "текст", "outlet": None, "cites": None, "published": None,
        "published_on": None, "url": None, "lang": "ru", "analysed": True,
        "ingested_at": dt.datetime(2024, 11, 26, 9, 30, tzinfo=dt.UTC), "story_id": None})


def test_rows_come_back_as_written(db: str) -> None:
    with Store.open(db) as store, store.write() as conn:
        _article(conn, "a1")
        entity = conn.execute(insert(m.EntityRow).returning(m.EntityRow.id), {
            "type": "PER", "name": "Касым-Жомарт Токаев", "key": "PER:токаев", "first": "касым-жомарт",
            "country": None, "num_articles": 0}).scalar_one()
        quotes = [{"article_id": "a1", "speaker_id": entity if k % 2 else None, "speaker_text": text,
                   "kind": "direct", "cue": "заявил", "start": k, "stop": k + len(text), "text": text,
                   "terms": f" {text} ", "said_on": dt.date(2024, 12, 31) if k % 3 else None}
                  for k, text in enumerate(AWKWARD)]
        insert_rows(conn, insert(m.QuoteRow), quotes)
        stored = conn.execute(
            select(m.QuoteRow.speaker_id, m.QuoteRow.speaker_text, m.QuoteRow.start, m.QuoteRow.stop,
                   m.QuoteRow.text, m.QuoteRow.terms, m.QuoteRow.said_on).order_by(m.QuoteRow.start)).all()
        assert [tuple(r) for r in stored] == [
            (q["speaker_id"], q["speaker_text"], q["start"], q["stop"], q["text"], q["terms"], q["said_on"])
            for q in quotes]


def test_counts_bumped(db: str) -> None:
    with Store.open(db) as store, store.write() as conn:
        ids = [conn.execute(insert(m.EntityRow).returning(m.EntityRow.id), {
            "type": "LOC", "name": name, "key": f"LOC:{name}", "first": None, "country": None,
            "num_articles": 1}).scalar_one() for name in ("Минск", "Астана", "Костанай")]
        bump_counts(conn, {ids[0]: 2, ids[2]: 5})
        bump_counts(conn, {})
        counts = dict(conn.execute(select(m.EntityRow.name, m.EntityRow.num_articles)).all())
        assert counts == {"Минск": 3, "Астана": 1, "Костанай": 6}


def test_nothing_to_write(db: str) -> None:
    with Store.open(db) as store, store.write() as conn:
        insert_rows(conn, insert(m.QuoteRow), [])
        assert conn.execute(select(m.QuoteRow.id)).first() is None


def test_json_of_dates_and_times() -> None:
    assert as_json([{"d": dt.date(2024, 2, 29), "t": dt.datetime(2024, 11, 26, 9, 30, tzinfo=dt.UTC),
                     "s": "«Казинформ»", "n": None, "b": True}]) == (
        '[{"d": "2024-02-29", "t": "2024-11-26T09:30:00+00:00", "s": "«Казинформ»", "n": null, "b": true}]')


def test_json_refuses_what_is_no_column_value() -> None:
    with pytest.raises(TypeError, match="set is not a column value"):
        as_json([{"x": {1, 2}}])


def test_long_texts_go_in_several_statements(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows past ``PART_CHARS`` of text are split over statements; every row is written once, in order."""
    monkeypatch.setattr(bulk, "PART_CHARS", 100)
    texts = ["а" * 60, "б" * 60, "в" * 150, "г" * 10, "д" * 10]
    assert [len(part) for part in bulk._parts([{"text": t} for t in texts])] == [1, 1, 1, 2]
    with Store.open(db) as store, store.write() as conn:
        _article(conn, "a1")
        insert_rows(conn, insert(m.QuoteRow), [
            {"article_id": "a1", "speaker_id": None, "speaker_text": "", "kind": "direct", "cue": "сказал",
             "start": k, "stop": k + 1, "text": t, "terms": "", "said_on": None} for k, t in enumerate(texts)])
        assert list(conn.scalars(select(m.QuoteRow.text).order_by(m.QuoteRow.start))) == texts


def test_only_a_bare_insert_goes_as_a_recordset() -> None:
    """RETURNING, values or a SELECT of its own: the statement is run as it is, by executemany."""
    table = bulk._plain_insert_table(insert(m.MentionRow))
    assert table is not None and table.name == "mentions"
    assert bulk._plain_insert_table(insert(m.EntityRow).returning(m.EntityRow.id)) is None
    assert bulk._plain_insert_table(insert(m.Story).values(id="s1", num_articles=1)) is None
    assert bulk._plain_insert_table(insert(m.Story).from_select(["id"], select(m.ArticleRow.id))) is None
    assert bulk._plain_insert_table(select(m.Story.id)) is None


_STORY = bulk.Direct(insert(m.Story).values(id=bindparam("sid"), title=bindparam("title"), first_seen=bindparam("day"),
                                            last_seen=bindparam("day"), num_articles=1, num_outlets=0))
_ARTICLE_COLUMNS = ("id", "title", "text", "outlet", "cites", "published", "published_on", "url", "lang", "analysed",
                    "ingested_at", "story_id")


def test_direct_statements_store_what_sqlalchemy_stores(db: str) -> None:
    """A ``Direct`` statement (SQLite's cursor; ``conn.execute`` elsewhere) stores values as SQLAlchemy does: dates,
    a time with its zone, booleans and the statement's own values read back alike, and RETURNING gives the id."""
    at = dt.datetime(2024, 11, 26, 9, 30, 15, 120, tzinfo=dt.UTC)
    with Store.open(db) as store, store.write() as conn:
        _STORY.run(conn, {"sid": "s1", "title": AWKWARD[0], "day": dt.date(2024, 12, 31)})
        bulk.Direct(insert(m.ArticleRow), _ARTICLE_COLUMNS).run(conn, {
            "id": "a1", "title": AWKWARD[2], "text": AWKWARD[1], "outlet": None, "cites": None, "published": None,
            "published_on": dt.date(2024, 12, 31), "url": None, "lang": "ru", "analysed": False, "ingested_at": at,
            "story_id": "s1"})
        entity = bulk.Direct(insert(m.EntityRow).returning(m.EntityRow.id),
                             ("type", "name", "key", "first", "country", "num_articles")).scalar(conn, {
            "type": "PER", "name": "Токаев", "key": "PER:токаев", "first": None, "country": "KZ", "num_articles": 0})
        story = conn.execute(select(m.Story.title, m.Story.first_seen, m.Story.num_articles)).one()
        article = conn.execute(select(m.ArticleRow.title, m.ArticleRow.text, m.ArticleRow.published_on,
                                      m.ArticleRow.analysed, m.ArticleRow.ingested_at)).one()
        assert tuple(story) == (AWKWARD[0], dt.date(2024, 12, 31), 1)
        assert tuple(article)[:4] == (AWKWARD[2], AWKWARD[1], dt.date(2024, 12, 31), False)
        assert article.ingested_at.replace(tzinfo=dt.UTC) == at  # SQLite keeps no zone: read back as UTC
        assert conn.execute(select(m.EntityRow.id)).scalar_one() == entity


def test_direct_errors_are_sqlalchemys(db: str) -> None:
    """A driver error on SQLite's cursor is raised as SQLAlchemy's own class, so the ingest tells a full or locked
    database (OperationalError) from an article's own fault as it does for every other statement."""
    with Store.open(db) as store, store.write() as conn:
        _STORY.run(conn, {"sid": "s1", "title": "t", "day": None})
        with pytest.raises(IntegrityError), conn.begin_nested():
            _STORY.run(conn, {"sid": "s1", "title": "t", "day": None})
        with pytest.raises(IntegrityError), conn.begin_nested():
            bulk.Direct(insert(m.Story), ("id", "title")).run_many(conn, [{"id": "s2", "title": "a"},
                                                                          {"id": "s2", "title": "b"}])
        assert conn.execute(select(m.Story.id)).scalars().all() == ["s1"]
