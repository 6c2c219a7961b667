"""The explorer's reads on both databases: the search page's one pass (facets, total and page from one
statement) agrees with ``search`` and the separate facet counts; the read indexes are there, on a new store and
on one migrated from the schema before them; names are found by their beginning."""

from __future__ import annotations

from typing import Any

import pytest
from alembic import command
from sqlalchemy import inspect

from letopis.store import Store, find_entities, search
from letopis.store.migrate import config
from letopis.store.queries import article_filters
from letopis.web.facets import counted_facets, facets_and_page

pytest_plugins = ("pg",)

READ_INDEXES = {"articles": "ix_articles_listing", "mentions": "ix_mentions_article_entity",
                "events": "ix_events_article_type"}


@pytest.mark.parametrize(("q", "filters", "limit", "offset"), [
    ("переговоры", {}, 20, 0),
    ("Токаев", {}, 1, 1),
    ("", {"outlet": "БЕЛТА"}, 20, 0),
    ("соглашение", {"outlet": "БЕЛТА"}, 5, 0),
    ("нет такого слова", {}, 20, 0),
])
def test_one_pass_agrees_with_search_and_facets(demo_db: str, q: str, filters: dict[str, Any], limit: int,
                                                offset: int) -> None:
    with Store.open(demo_db) as store:
        where = article_filters(store, q, **filters)
        facets, total, ids = facets_and_page(store, where, limit, offset)
        expected_facets, expected_total = counted_facets(store, where)
        page = search(store, q, limit=limit, offset=offset, **filters)
    assert (facets, total) == (expected_facets, expected_total)
    assert total == page.total
    assert ids == [hit.id for hit in page.items]


def test_one_pass_by_entity(demo_db: str) -> None:
    with Store.open(demo_db) as store:
        tokayev = find_entities(store, "Токаев")[0].id
        where = article_filters(store, entity=tokayev)
        _, total, ids = facets_and_page(store, where, 20, 0)
        assert ids == [hit.id for hit in search(store, entity=tokayev).items]
    assert total == len(ids) > 0


def _indexes(store: Store) -> dict[str, set[str]]:
    with store.read() as conn:
        found = inspect(conn)
        return {table: {str(i["name"]) for i in found.get_indexes(table)} for table in READ_INDEXES}


def test_a_new_store_has_the_read_indexes(db: str) -> None:
    with Store.open(db) as store:
        indexes = _indexes(store)
    for table, name in READ_INDEXES.items():
        assert name in indexes[table]
    # The two-column indexes replace those on the article alone.
    assert "ix_mentions_article_id" not in indexes["mentions"]
    assert "ix_events_article_id" not in indexes["events"]


def test_a_store_of_the_schema_before_gets_them_on_open(db: str) -> None:
    with Store.open(db, migrate=False) as store, store.engine.connect() as conn:
        cfg = config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.commit()
    with Store.open(db) as store:
        indexes = _indexes(store)
    assert all(name in indexes[table] for table, name in READ_INDEXES.items())


@pytest.mark.parametrize(("beginning", "name"), [("Токае", "Токаев"), ("Роман Голов", "Головченко")])
def test_a_name_is_found_by_its_beginning(demo_db: str, beginning: str, name: str) -> None:
    with Store.open(demo_db) as store:
        found = find_entities(store, beginning)
    assert any(name in ref.name for ref in found)




def test_story_cards_read_at_once_agree_with_each_story(demo_db: str) -> None:
    """The stories page reads every card's latest events in one pass; each must be what the story's own page
    shows first, with the story's whole count."""
    from letopis.store import chronicle

    with Store.open(demo_db) as store:
        page = chronicle.stories(store, min_articles=2, limit=30)
        cards = chronicle.story_events(store, [s.id for s in page.items], 3)
        assert set(cards) == {s.id for s in page.items}
        with_events = 0
        for summary in page.items:
            full = chronicle.story(store, summary.id)
            assert full is not None
            latest, count = cards[summary.id]
            assert [e.id for e in latest] == [e.id for e in full.events[:3]]
            assert count == len(full.events)
            with_events += count > 0
        assert chronicle.story_events(store, [], 3) == {}
    assert with_events > 0  # the demo's stories do carry events
