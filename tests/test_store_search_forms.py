"""Full-text search finds a word by any of its forms and by its lemma, on SQLite (FTS5 over the terms) and
PostgreSQL (the russian configuration's stems of the terms): "человек" finds "людей", which stemming alone
misses. A database of schema 0006 (PostgreSQL's vectors made from the text and the terms as they were) is migrated
to the stems of the terms, and back."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from letopis.records import Article
from letopis.store import Store, ingest, search
from letopis.store.migrate import config

pytest_plugins = ("pg",)

ARTICLES = [
    Article(id="crowd", outlet="ТАСС", published="2024-11-20",
            text="На площади в Минске собрались тысячи людей. Президент Беларуси Александр Лукашенко выступил "
                 "перед ними."),
    Article(id="steel", outlet="РИА Новости", published="2024-11-21",
            text="Казахстан и Китай подписали соглашение о поставках стали."),
]


@pytest.mark.parametrize(("query", "expected"), [
    pytest.param("человек", {"crowd"}, id="лемма-другой-основы"),
    pytest.param("люди", {"crowd"}, id="форма-другого-падежа"),
    pytest.param("собралось", {"crowd"}, id="глагол-в-другой-форме"),
    pytest.param("Лукашенко Минск", {"crowd"}, id="два-слова-оба"),
    pytest.param("Лукашенко Китай", set(), id="два-слова-не-вместе"),
    pytest.param("соглашения о поставке", {"steel"}, id="предлог-среди-слов"),
    pytest.param("поставки", {"steel"}, id="множественное-число"),
])
def test_a_word_is_found_by_its_forms_and_lemma(db: str, query: str, expected: set[str]) -> None:
    with Store.open(db) as store:
        ingest(store, ARTICLES)
        assert {h.id for h in search(store, query).items} == expected


def test_a_store_of_schema_0006_is_migrated_to_stems_of_the_terms(db: str) -> None:
    with Store.open(db) as store:
        ingest(store, ARTICLES)
        if store.dialect != "postgresql":
            pytest.skip("SQLite's FTS5 index is not changed by 0007")
    store = Store.open(db, migrate=False)
    cfg = config()
    try:
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0006")
            old = conn.execute(text("SELECT tsv::text FROM article_terms WHERE article_id = 'crowd'")).scalar_one()
            assert "'людей'" in old  # the simple configuration's terms beside the text's stems
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0007")
            stale = conn.execute(text(
                "SELECT count(*) FROM article_terms WHERE tsv <> to_tsvector('russian', terms)")).scalar_one()
            assert stale == 0
        assert {h.id for h in search(store, "человек").items} == {"crowd"}
    finally:
        store.close()
