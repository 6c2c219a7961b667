"""Stories: near-duplicates and reports of one event from different outlets join; other events stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from visit_texts import VISIT_BELTA, VISIT_KAZINFORM

from letopis.analysis.pipeline import Pipeline
from letopis.records import Article
from letopis.stories import StoryIndex, StoryItem, same_story, story_item
from letopis.stories.score import profile

# The same report re-published by another outlet with a new title line and a credit.
VISIT_COPY = (
    "Белорусский премьер прилетел в Нур-Султан\n\n"
    "Премьер-министр Беларуси Роман Головченко 14 октября прибыл с официальным визитом в Нур-Султан. "
    "В ходе визита запланированы переговоры с премьер-министром Казахстана Аскаром Маминым и встреча "
    "с президентом Касым-Жомартом Токаевым. Стороны обсудят торгово-экономическое сотрудничество и "
    "открытие белорусского индустриального центра в Костанае. Об этом сообщает Kazinform."
)
MATCH_ZENIT_SPARTAK = (
    "«Зенит» обыграл «Спартак» в Санкт-Петербурге\n\n"
    "Петербургский «Зенит» в 12-м туре РПЛ обыграл московский «Спартак» со счётом 3:1. "
    "Дубль оформил Сердар Азмун, ещё один мяч забил Малком. У «Спартака» отличился Промес."
)
MATCH_ZENIT_SPARTAK_OTHER_OUTLET = (
    "Азмун оформил дубль в матче «Зенита» со «Спартаком»\n\n"
    "Нападающий «Зенита» Сердар Азмун забил два мяча в ворота «Спартака» в матче 12-го тура РПЛ. "
    "Встреча в Санкт-Петербурге завершилась победой «Зенита» 3:1, гол у «Спартака» забил Промес, "
    "третий мяч петербуржцев на счету Малкома."
)
MATCH_CSKA_LOKO = (
    "ЦСКА и «Локомотив» сыграли вничью в Москве\n\n"
    "Московские ЦСКА и «Локомотив» в 12-м туре РПЛ сыграли со счётом 1:1. "
    "У армейцев забил Федор Чалов, у железнодорожников отличился Антон Миранчук."
)
LAVROV_MONDAY = (
    "Лавров встретился с министром иностранных дел Египта\n\n"
    "Министр иностранных дел России Сергей Лавров в понедельник провёл в Москве переговоры с министром "
    "иностранных дел Египта Самехом Шукри. Стороны обсудили ситуацию в Ливии и поставки российской пшеницы."
)
LAVROV_THURSDAY = (
    "Лавров провёл переговоры с главой МИД Индонезии\n\n"
    "Министр иностранных дел России Сергей Лавров в четверг встретился в Джакарте с министром иностранных "
    "дел Индонезии Ретно Марсуди. Министры обсудили торговлю и строительство атомной электростанции."
)


@pytest.fixture(scope="module")
def items() -> dict[str, StoryItem]:
    texts = {
        "belta": (VISIT_BELTA, "БелТА"), "copy": (VISIT_COPY, "Sputnik"), "kazinform": (VISIT_KAZINFORM, "Kazinform"),
        "zenit": (MATCH_ZENIT_SPARTAK, "Спорт-Экспресс"), "zenit2": (MATCH_ZENIT_SPARTAK_OTHER_OUTLET, "Чемпионат"),
        "cska": (MATCH_CSKA_LOKO, "Спорт-Экспресс"),
        "lavrov1": (LAVROV_MONDAY, "ТАСС"), "lavrov2": (LAVROV_THURSDAY, "ТАСС"),
    }
    dates = {"lavrov2": "2020-10-17T10:00:00+00:00"}
    articles = [Article(text=text, id=key, outlet=outlet, title=text.split("\n")[0],
                        published=dates.get(key, "2020-10-14T10:00:00+00:00")) for key, (text, outlet) in texts.items()]
    return {doc.article.id: story_item(doc) for doc in Pipeline().analyze(articles)}


def at(item: StoryItem, iso: str) -> StoryItem:
    return replace(item, published=StoryItem.from_json({**item.to_json(), "published": iso}).published)


JOIN_CASES = [
    ("near-duplicate: another outlet, new title", "belta", "copy", "duplicate"),
    ("one visit told by two outlets", "belta", "kazinform", "same-story"),
    ("one match told by two outlets", "zenit", "zenit2", "same-story"),
]


@pytest.mark.parametrize(("first", "second", "reason"), [c[1:] for c in JOIN_CASES], ids=[c[0] for c in JOIN_CASES])
def test_reports_of_one_story_join(items: dict[str, StoryItem], first: str, second: str, reason: str) -> None:
    index = StoryIndex()
    assert index.add(items[first]) == (first, "new")
    assert index.add(items[second]) == (first, reason)


APART_CASES = [
    ("two matches of one round", "zenit", "cska"),
    ("one minister, two meetings on different days", "lavrov1", "lavrov2"),
    ("a visit and a match", "belta", "zenit"),
]


@pytest.mark.parametrize(("first", "second"), [c[1:] for c in APART_CASES], ids=[c[0] for c in APART_CASES])
def test_other_events_stay_apart(items: dict[str, StoryItem], first: str, second: str) -> None:
    index = StoryIndex()
    index.add(items[first])
    assert index.add(items[second]) == (second, "new")


def test_pair_score_orders_same_story_above_same_topic(items: dict[str, StoryItem]) -> None:
    assert same_story(items["zenit"], items["zenit2"]) > same_story(items["zenit"], items["cska"])
    assert same_story(items["belta"], items["copy"]) == 1.0


def test_outside_the_window_does_not_join(items: dict[str, StoryItem]) -> None:
    index = StoryIndex(window_days=3)
    index.add(at(items["belta"], "2020-10-14T10:00:00+00:00"))
    assert index.add(at(items["copy"], "2020-10-20T10:00:00+00:00")) == ("copy", "new")


def test_an_earlier_report_arriving_later_joins(items: dict[str, StoryItem]) -> None:
    index = StoryIndex()
    index.add(at(items["kazinform"], "2020-10-15T09:00:00+00:00"))
    assert index.add(at(items["belta"], "2020-10-14T08:00:00+00:00")) == ("kazinform", "same-story")


def test_rebuild_gives_the_same_ids(items: dict[str, StoryItem]) -> None:
    order = ["zenit", "belta", "cska", "copy", "zenit2", "kazinform", "lavrov1", "lavrov2"]
    index = StoryIndex()
    first = {key: index.add(items[key])[0] for key in order}
    persisted = [StoryItem.from_json(items[key].to_json()) for key in order]
    assert StoryIndex().rebuild(persisted) == first
    assert index.rebuild(persisted) == first


def test_item_round_trips_through_json(items: dict[str, StoryItem]) -> None:
    item = items["belta"]
    assert StoryItem.from_json(item.to_json()) == item
    assert "LOC:BY" in item.entities and "PER:головченко" in item.entities


def test_adding_an_article_twice_changes_nothing(items: dict[str, StoryItem]) -> None:
    index = StoryIndex()
    index.add(items["belta"])
    assert index.add(items["belta"]) == ("belta", "duplicate")
    assert index.stories() == {"belta": ["belta"]}


def test_prune_forgets_old_articles(items: dict[str, StoryItem]) -> None:
    index = StoryIndex()
    index.add(at(items["belta"], "2020-10-01T10:00:00+00:00"))
    index.add(at(items["zenit"], "2020-10-14T10:00:00+00:00"))
    assert index.prune(datetime(2020, 10, 10, tzinfo=UTC)) == 1
    assert index.stories() == {"zenit": ["zenit"]}


def test_public_api_is_pinned() -> None:
    import letopis.stories

    assert letopis.stories.__all__ == [
        "Progress", "StoryIndex", "StoryItem", "commitment_progress", "same_story", "story_item",
    ]


def test_undated_articles_are_within_any_window(items: dict[str, StoryItem]) -> None:
    undated = replace(items["belta"], published=None)
    index = StoryIndex()
    index.add(at(items["kazinform"], "2020-10-15T09:00:00+00:00"))
    assert index.add(undated) == ("kazinform", "same-story")
    later = StoryIndex()
    later.add(undated)
    assert later.add(at(items["kazinform"], "2030-01-01T09:00:00+00:00")) == ("belta", "same-story")


def test_candidates_come_only_from_the_window(items: dict[str, StoryItem]) -> None:
    belta = at(items["belta"], "2020-10-14T08:00:00+00:00")
    index = StoryIndex(window_days=3)
    index.add(at(items["kazinform"], "2020-09-01T09:00:00+00:00"))
    index.add(replace(items["kazinform"], article_id="undated", published=None))
    index.add(at(replace(items["kazinform"], article_id="edge"), "2020-10-17T08:00:00+00:00"))
    candidates = index._candidates(profile(belta, index.idf))
    assert "kazinform" not in candidates
    assert {"undated", "edge"} <= set(candidates)
    assert index.prune(datetime(2020, 10, 1, tzinfo=UTC)) == 1
    assert "kazinform" not in index._candidates(profile(replace(belta, published=None), index.idf))
