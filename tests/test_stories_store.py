"""Stories in the store: reports of one story from different outlets share a story id as they are ingested, an
event they both report is one event group with its articles and outlets counted, and other events stay apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from visit_texts import VISIT_BELTA, VISIT_KAZINFORM

from letopis.records import Article
from letopis.sources import read_path
from letopis.store import Store, ingest, stats, story
from letopis.store import models as m
from letopis.store.write import event_group_key
from letopis.stories import StoryItem

pytest_plugins = ("pg",)

DEMO = Path(__file__).resolve().parents[1] / "letopis" / "data" / "demo" / "kazinform-belta-visit.txt"

# Same topic, same day, same outlet: two matches of one round are two stories.
MATCH_ZENIT = (
    "«Зенит» обыграл «Спартак» в Санкт-Петербурге\n\n"
    "Петербургский «Зенит» в 12-м туре РПЛ обыграл московский «Спартак» со счётом 3:1. "
    "Дубль оформил Сердар Азмун, ещё один мяч забил Малком. У «Спартака» отличился Промес."
)
MATCH_CSKA = (
    "ЦСКА и «Локомотив» сыграли вничью в Москве\n\n"
    "Московские ЦСКА и «Локомотив» в 12-м туре РПЛ сыграли со счётом 1:1. "
    "У армейцев забил Федор Чалов, у железнодорожников отличился Антон Миранчук."
)


def report(key: str, text: str, outlet: str, published: str = "2020-10-14T10:00:00+00:00") -> Article:
    return Article(id=key, text=text, outlet=outlet, title=text.split("\n")[0], published=published)


def story_ids(store: Store) -> dict[str, str | None]:
    with store.read() as conn:
        return {r.id: r.story_id for r in conn.execute(select(m.ArticleRow.id, m.ArticleRow.story_id))}


def test_demo_page_reports_are_one_story(db: str) -> None:
    with Store.open(db) as store:
        ingest(store, read_path(DEMO))
        ids = story_ids(store)
        assert len(ids) == 2 and len(set(ids.values())) == 1
        view = story(store, next(iter(ids.values())) or "")
    assert view is not None
    assert view.story.num_articles == 2 and view.story.num_outlets == 2
    assert sorted(view.story.outlets) == ["БЕЛТА", "МИА «Казинформ»"]


def test_an_event_both_outlets_report_is_one_group(db: str) -> None:
    with Store.open(db) as store:
        ingest(store, read_path(DEMO))
        with store.read() as conn:
            merged = list(conn.execute(select(m.EventGroup.type, m.EventGroup.num_articles, m.EventGroup.num_sources)
                                       .where(m.EventGroup.num_articles > 1)))
            reports = list(conn.execute(select(m.EventRow.article_id, m.EventRow.group_id)
                                        .where(m.EventRow.type == "AGREE")))
    # Казинформ: "были достигнуты конкретные договоренности"; БЕЛТА: "принято решение", "подписаны".
    assert [tuple(r) for r in merged] == [("AGREE", 2, 2)]
    assert len({group for _, group in reports}) == 1 and len({a for a, _ in reports}) == 2


def test_same_topic_other_event_stays_apart(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "letopis.db")) as store:
        ingest(store, [report("zenit", MATCH_ZENIT, "Спорт-Экспресс"), report("cska", MATCH_CSKA, "Спорт-Экспресс")])
        ids = story_ids(store)
        assert (ids["zenit"], ids["cska"]) == ("zenit", "cska")
        assert stats(store).stories == 2


def test_a_later_ingest_joins_a_stored_story(tmp_path: Path) -> None:
    # Two ingests, as two runs of `letopis ingest`: the second reads the first one's items back.
    with Store.open(str(tmp_path / "letopis.db")) as store:
        ingest(store, [report("belta", VISIT_BELTA, "БелТА", "2020-10-14T08:00:00+00:00")])
        ingest(store, [report("kazinform", VISIT_KAZINFORM, "Kazinform", "2020-10-14T12:00:00+00:00")])
        assert story_ids(store) == {"belta": "belta", "kazinform": "belta"}
        view = story(store, "belta")
    assert view is not None and view.story.num_outlets == 2
    assert view.story.title == "Головченко прибыл с официальным визитом в Казахстан"


def test_an_earlier_report_stored_later_titles_the_story(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "letopis.db")) as store:
        ingest(store, [report("kazinform", VISIT_KAZINFORM, "Kazinform", "2020-10-15T12:00:00+00:00")])
        ingest(store, [report("belta", VISIT_BELTA, "БелТА", "2020-10-14T08:00:00+00:00")])
        view = story(store, "kazinform")
    assert view is not None
    assert view.story.title == "Головченко прибыл с официальным визитом в Казахстан"
    assert (str(view.story.first_seen), str(view.story.last_seen)) == ("2020-10-14", "2020-10-15")


def test_outside_the_window_is_another_story(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "letopis.db")) as store:
        ingest(store, [report("belta", VISIT_BELTA, "БелТА", "2020-10-14T08:00:00+00:00"),
                       report("kazinform", VISIT_KAZINFORM, "Kazinform", "2020-11-20T12:00:00+00:00")])
        assert story_ids(store) == {"belta": "belta", "kazinform": "kazinform"}


def test_story_item_is_persisted_with_its_signature(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "letopis.db")) as store:
        ingest(store, [report("belta", VISIT_BELTA, "БелТА"),
                       Article(id="english", text="Leaders met in Minsk.", lang="en")])
        with store.read() as conn:
            rows = {r.article_id: r for r in conn.execute(select(m.StoryItemRow))}
    assert set(rows) == {"belta"}  # not analysed: no item, a story of its own
    item = StoryItem.from_json(json.loads(rows["belta"].item))
    assert item.article_id == "belta" and len(item.signature) > 0 and "PER:головченко" in item.entities
    assert str(rows["belta"].day) == "2020-10-14"


GROUP_KEYS = [
    pytest.param(("AGREE", 3, 1), ("AGREE", 1, 3), True, id="agree-either-way"),
    pytest.param(("CONSULT", 8, 9), ("CONSULT", 9, 8), True, id="talks-either-way"),
    pytest.param(("ACCUSE", 3, 1), ("ACCUSE", 1, 3), False, id="accuse-has-a-direction"),
    pytest.param(("AGREE", 3, 1), ("CONSULT", 3, 1), False, id="other-type"),
]


@pytest.mark.parametrize(("first", "second", "same"), GROUP_KEYS)
def test_event_group_key(first: tuple[str, int, int], second: tuple[str, int, int], same: bool) -> None:
    assert (event_group_key("s", *first, None, "asserted")
            == event_group_key("s", *second, None, "asserted")) is same


def test_event_group_key_dates() -> None:
    import datetime as dt

    day = dt.date(2024, 11, 26)
    undated = event_group_key("s", "AGREE", 1, 3, None, "asserted")
    assert event_group_key("s", "AGREE", 1, 3, day, "asserted") != undated
    assert event_group_key("s", "AGREE", 1, 3, None, "asserted") == undated


def test_event_group_key_modality() -> None:
    """An act done and the same act announced, denied or only possible are four events."""
    keys = {event_group_key("s", "SANCTION", 1, 3, None, m) for m in ("asserted", "future", "negated", "hypothetical")}
    assert len(keys) == 4


def test_an_undated_report_counts_from_its_ingest_time(tmp_path: Path) -> None:
    undated = Article(id="kazinform", text=VISIT_KAZINFORM, outlet="Kazinform")
    with Store.open(str(tmp_path / "letopis.db")) as store:
        ingest(store, [report("belta", VISIT_BELTA, "БелТА", "2020-10-14T08:00:00+00:00"), undated])
        assert story_ids(store) == {"belta": "belta", "kazinform": "kazinform"}


def test_the_profile_made_beside_the_analysis_places_as_the_writer_would(tmp_path: Path) -> None:
    """``prepare`` profiles a dated story item where the analysis runs; the story index takes that profile
    instead of making its own, and places every article where it would have placed it anyway."""
    from dataclasses import replace

    from letopis.analysis import Pipeline
    from letopis.store.grouping import StoryGrouping
    from letopis.store.write import prepare
    from letopis.stories.score import profile

    articles = [report("belta", VISIT_BELTA, "БелТА", "2020-10-14T08:00:00+00:00"),
                report("kazinform", VISIT_KAZINFORM, "Kazinform", "2020-10-14T09:00:00+00:00"),
                report("zenit", MATCH_ZENIT, "Спорт"), report("cska", MATCH_CSKA, "Спорт"),
                Article(id="undated", text=MATCH_ZENIT, outlet="Матч")]
    items = [prepare(doc) for doc in Pipeline().analyze(articles)]
    dated = [i for i in items if i.profile is not None]
    assert [i.doc.article.id for i in dated] == ["belta", "kazinform", "zenit", "cska"]  # not the undated one
    assert all(i.story is not None and i.profile == profile(i.story) for i in dated)
    placed: list[list[str]] = []
    for given in (items, [replace(i, profile=None) for i in items]):
        with Store.open(str(tmp_path / f"{len(placed)}.db")) as store, store.write() as conn:
            grouping = StoryGrouping()
            placed.append([])
            for item in given:
                story_id = grouping.place(conn, item)
                grouping.committed(item, story_id)
                placed[-1].append(story_id)
    assert placed[0] == placed[1]
    assert placed[0][:4] == ["belta", "belta", "zenit", "cska"]


def test_a_post_without_a_title_titles_its_story_as_a_reader_sees_it(tmp_path: Path) -> None:
    """A Telegram post's first line, without its markdown, titles the story it starts."""
    post = Article(id="post", outlet="Москва - новостная", published="2024-12-04T09:00:00+00:00",
                   text="⚡️**Законы о запрете** пропаганды чайлдфри [вступили в силу](https://t.me/moscow/1)\n\n"
                        "Президент подписал закон о запрете пропаганды отказа от деторождения.")
    with Store.open(str(tmp_path / "letopis.db")) as store:
        ingest(store, [post])
        view = story(store, "post")
    assert view is not None
    assert view.story.title == "⚡️Законы о запрете пропаганды чайлдфри вступили в силу"


def test_snippets_and_headlines_show_no_markdown() -> None:
    from letopis.store.queries import snippet
    from letopis.store.write import headline

    text = "**Законы о запрете** вступили в [силу](https://t.me/moscow/1) __сегодня__"
    assert snippet(text, [["закон"]]) == "Законы о запрете вступили в силу сегодня"
    assert headline(text + "\nВторая строка") == "Законы о запрете вступили в силу сегодня"
