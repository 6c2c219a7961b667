"""Rows written many at once (``letopis.store.bulk``): on PostgreSQL one statement reading a JSON recordset, on
SQLite executemany. Either way every value comes back as it went in: text with quotes, backslashes, newlines and
characters outside the BMP, NULLs, dates, times with their zone and integers."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Connection, insert, select

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
