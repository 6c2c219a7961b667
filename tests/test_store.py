"""The store on SQLite and PostgreSQL: ingest with every layer, idempotence, canonical entities, full-text
search over lemmas, filters and the data functions the explorer uses."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from letopis.errors import UsageError
from letopis.lexicon import load_lexicon
from letopis.records import Article, Entity
from letopis.sources import read_jsonl, read_path
from letopis.store import (
    Store,
    article,
    commitments,
    dyad,
    entity,
    events,
    find_entities,
    ingest,
    one_entity,
    quotes,
    search,
    stats,
    stories,
    story,
)
from letopis.store import models as m
from letopis.store.canon import resolve

pytest_plugins = ("pg",)

DEMO = Path(__file__).resolve().parents[1] / "letopis" / "data" / "demo" / "kazinform-belta-visit.txt"
TABLES = (m.ArticleRow, m.ArticleTerms, m.EntityRow, m.Alias, m.MentionRow, m.PostRow, m.PostSighting,
          m.QuoteRow, m.EventRow, m.EventGroup, m.EventParticipant, m.CommitmentRow, m.CommitmentStep, m.Story)


def counts(store: Store) -> dict[str, int]:
    with store.read() as conn:
        return {t.__tablename__: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in TABLES}


def lines(*items: dict[str, str]) -> list[Article]:
    return list(read_jsonl([json.dumps(i, ensure_ascii=False) for i in items], "test.jsonl", on_error=print))


def test_demo_page_is_stored_with_every_layer(db: str) -> None:
    with Store.open(db) as store:
        report = ingest(store, read_path(DEMO))
        found = stats(store)
    assert (report.stored, report.skipped) == (2, 0)
    assert (found.articles, found.stories, found.outlets) == (2, 1, 2)  # two outlets, one story
    assert min(found.entities, found.mentions, found.posts, found.quotes, found.events, found.commitments) > 0


def test_ingesting_again_changes_nothing(db: str) -> None:
    with Store.open(db) as store:
        ingest(store, read_path(DEMO))
        before = counts(store)
        report = ingest(store, read_path(DEMO))
        assert (report.stored, report.already) == (0, 2)
        assert counts(store) == before


def test_an_article_twice_in_one_input_is_stored_once(db: str) -> None:
    item = {"id": "twice", "text": "Путин прибыл в Минск."}
    with Store.open(db) as store:
        report = ingest(store, lines(item, item))
        assert (report.stored, report.already, stats(store).articles) == (1, 1, 1)


SAME_ENTITY = [
    pytest.param(("PER", "Касым-Жомарт Токаев"), ("PER", "Токаев"), True, id="фамилия-без-имени"),
    pytest.param(("PER", "Токаев"), ("PER", "Касым-Жомарт Токаев"), True, id="полное-имя-после-фамилии"),
    pytest.param(("PER", "Р.Головченко"), ("PER", "Роман Головченко"), True, id="инициал"),
    pytest.param(("PER", "Ерлан Токаев"), ("PER", "Касым-Жомарт Токаев"), False, id="другое-имя"),
    pytest.param(("LOC", "Беларусь"), ("LOC", "Белоруссия"), True, id="страна-по-коду"),
    pytest.param(("LOC", "Костанай"), ("ORG", "Костанай"), False, id="другой-тип"),
    pytest.param(("ORG", "Казинформ"), ("ORG", "МИА «Казинформ»"), True, id="организация-по-псевдониму"),
]


@pytest.mark.parametrize(("first", "second", "same"), SAME_ENTITY)
def test_entities_are_one_across_articles(db: str, first: tuple[str, str], second: tuple[str, str],
                                          same: bool) -> None:
    lexicon = load_lexicon()
    with Store.open(db) as store, store.write() as conn:
        aliases = {"МИА «Казинформ»": ["Казинформ"]}
        ids = [resolve(conn, Entity(id="e1", type=t, name=n, country=None), aliases.get(n, []), lexicon)
               for t, n in (first, second)]
    assert (ids[0] == ids[1]) is same


def test_a_person_named_in_two_articles_is_one_entity_with_the_fullest_name(
        db: str, demo_lines: list[dict[str, str]]) -> None:
    with Store.open(db) as store:
        ingest(store, lines(demo_lines[1], demo_lines[0]))
        found = find_entities(store, "Токаев")
        assert [e.name for e in found] == ["Касым-Жомарт Токаев"]
        view = entity(store, found[0].id)
    assert view is not None and view.num_articles == 2


SEARCHES = [
    pytest.param("переговоров", {"minsk-talks"}, id="падеж-находит-лемму"),
    pytest.param("переговоры", {"minsk-talks"}, id="лемма"),
    pytest.param("Минске", {"minsk-talks"}, id="слово-как-написано"),
    pytest.param("торговли Россией", {"tokaev-said"}, id="два-слова"),
    pytest.param("talks", {"english"}, id="не-проанализированная-статья"),
    pytest.param("ксилофон", set(), id="нет-такого"),
]


@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_full_text_search_finds_any_form(demo_db: str, query: str, expected: set[str]) -> None:
    with Store.open(demo_db) as store:
        found = {h.id for h in search(store, query).items}
    assert found - {a.id for a in read_path(DEMO)} == expected


FILTERS = [
    pytest.param({"outlet": "Казинформ"}, {"tokaev-said"}, id="издание"),
    pytest.param({"date_from": dt.date(2024, 12, 2)}, {"tokaev-said"}, id="с-даты"),
    pytest.param({"date_to": dt.date(2024, 11, 30)}, {"minsk-talks"}, id="по-дату"),
    pytest.param({"event_type": "AGREE", "date_from": dt.date(2024, 1, 1)}, {"minsk-talks"}, id="тип-события"),
]


@pytest.mark.parametrize(("filters", "expected"), FILTERS)
def test_search_filters(demo_db: str, filters: dict[str, object], expected: set[str]) -> None:
    with Store.open(demo_db) as store:
        found = {h.id for h in search(store, "", **filters).items}  # type: ignore[arg-type]
    assert found == expected


def test_a_word_search_reads_the_full_text_index(demo_db: str) -> None:
    """On PostgreSQL the words are found through the GIN index, never by reading every article's tsvector
    (which the planner prefers once a word is common: ten times slower); SQLite's FTS5 always uses its index."""
    from sqlalchemy import text

    from letopis.store.queries import article_filters, matching_read

    with Store.open(demo_db) as store:
        where = article_filters(store, "переговоры")
        assert {h.id for h in search(store, "переговоры").items} >= {"minsk-talks"}
        if store.dialect != "postgresql":
            return
        statement = select(func.count()).select_from(m.ArticleRow).where(*where.conditions)
        sql = str(statement.compile(store.engine)).replace("%(", ":").replace(")s", "")
        with matching_read(store, where) as conn:
            plan = "\n".join(row[0] for row in conn.execute(text("EXPLAIN " + sql), where.params))
        with store.read() as conn:  # the setting ends with the read
            assert conn.exec_driver_sql("SHOW enable_seqscan").scalar() == "on"
    assert "ix_article_terms_tsv" in plan
    assert "Seq Scan on article_terms" not in plan


def test_search_by_entity(demo_db: str) -> None:
    with Store.open(demo_db) as store:
        tokaev = one_entity(store, "Токаев")
        found = {h.id for h in search(store, "", entity=tokaev.id).items}
    assert {"minsk-talks", "tokaev-said"} <= found


def test_search_pages_through_results(demo_db: str) -> None:
    with Store.open(demo_db) as store:
        everything = search(store, limit=100)
        pages = [h.id for offset in range(everything.total) for h in search(store, limit=1, offset=offset).items]
    assert pages == [h.id for h in everything.items]


@pytest.mark.parametrize("limit", [0, 501], ids=["ноль", "больше-500"])
def test_a_page_size_out_of_range_is_a_usage_error(demo_db: str, limit: int) -> None:
    with Store.open(demo_db) as store, pytest.raises(UsageError):
        search(store, "переговоры", limit=limit)


def test_stats_count_articles_analysed_or_not(demo_db: str) -> None:
    with Store.open(demo_db) as store:
        found = stats(store)
    assert (found.articles, found.analysed, found.not_analysed) == (5, 4, 1)
    assert (found.first_published, found.last_published) == (dt.date(2024, 11, 26), dt.date(2024, 12, 3))


def test_article_has_every_layer_with_store_entity_ids(demo_db: str) -> None:
    with Store.open(demo_db) as store:
        view = article(store, "minsk-talks")
        assert view is not None
        data = view.to_json()
        tokaev = one_entity(store, "Токаев")
    assert data["schema"] == 1 and data["analysed"] is True
    assert str(tokaev.id) in {e["id"] for e in data["entities"]}
    for e in data["entities"]:
        for mention in e["mentions"]:
            assert data["text"][mention["start"]:mention["stop"]] == mention["text"]


def test_unknown_ids_are_none(demo_db: str) -> None:
    with Store.open(demo_db) as store:
        assert (article(store, "nope"), entity(store, 10**6), story(store, "nope"), dyad(store, 10**6, 1)) == \
            (None, None, None, None)


def test_entity_page_has_posts_quotes_and_neighbours(demo_db: str) -> None:
    with Store.open(demo_db) as store:
        view = entity(store, one_entity(store, "Головченко").id)
    assert view is not None
    assert [(p.post, p.of.name if p.of else None) for p in view.posts] == [("премьер-министр", "Беларусь")]
    assert view.posts[0].evidence.text.endswith("Роман Головченко")
    assert "Казахстан" in {c.entity.name for c in view.cooccurring}


def test_quotes_by_speaker_and_by_word_in_any_form(demo_db: str) -> None:
    with Store.open(demo_db) as store:
        tokaev = one_entity(store, "Токаев")
        by_speaker = quotes(store, speaker=tokaev.id)
        said = " ".join(q.text for q in by_speaker.items).lower()
        word = next(w for w in said.split() if len(w) > 6 and w.isalpha())
        by_word = quotes(store, word=word)
    assert by_speaker.total > 0
    assert by_word.total > 0


def test_events_between_two_states_include_their_officials(demo_db: str) -> None:
    with Store.open(demo_db) as store:
        kz, by = one_entity(store, "Казахстан"), one_entity(store, "Беларусь")
        page = events(store, a=kz.id, b=by.id)
    assert page.total > 0
    assert all(e.evidence.text for e in page.items)


def test_dyad_counts_events_per_month_with_a_balance(demo_db: str) -> None:
    with Store.open(demo_db) as store:
        kz, by = one_entity(store, "Казахстан"), one_entity(store, "Беларусь")
        view = dyad(store, kz.id, by.id)
    assert view is not None
    assert [month.month for month in view.months] == sorted(month.month for month in view.months)
    for month in view.months:
        assert month.cooperation + month.conflict == sum(month.counts.values())
        assert month.balance is not None and -1 <= month.balance <= 1


def test_stories_list_their_articles_and_outlets(demo_db: str) -> None:
    with Store.open(demo_db) as store:
        page = stories(store, limit=100)
        one = story(store, page.items[0].id)
    assert page.total == 4  # the demo page's two reports are one story
    assert one is not None and one.story.article_ids == [a.id for a in one.articles]


def test_commitments_of_a_party_have_a_history_with_evidence(demo_db: str) -> None:
    with Store.open(demo_db) as store:
        by = one_entity(store, "Беларусь")
        page = commitments(store, party=by.id)
    assert page.total > 0
    centre = [c for c in page.items if "индустриальный центр" in c.text]
    assert centre and centre[0].history[0].evidence.text


def test_country_is_found_by_any_of_its_names(demo_db: str) -> None:
    with Store.open(demo_db) as store:
        assert one_entity(store, "Белоруссия").name == "Беларусь"


def test_unknown_entity_name_is_a_usage_error(demo_db: str) -> None:
    with Store.open(demo_db) as store, pytest.raises(UsageError, match="no entity"):
        one_entity(store, "Ксилофонов")


def test_same_answers_on_both_databases(tmp_path: Path, new_db: Any, demo_lines: list[dict[str, str]]) -> None:
    """Filled the same way, SQLite and PostgreSQL give the same counts and search results."""
    answers = []
    for backend in ("sqlite", "postgresql"):
        with new_db(backend, tmp_path) as url, Store.open(url) as store:
            ingest(store, [*read_path(DEMO), *lines(*demo_lines)])
            answers.append((counts(store), [h.id for h in search(store, "переговоров").items],
                            [(c.text, c.status) for c in commitments(store).items]))
    assert answers[0] == answers[1]
