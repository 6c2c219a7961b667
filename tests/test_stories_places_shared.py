"""The places conflict: titles naming different places agree where both reports lie in one area of the tables.

"Число погибших в ДТП у села Белгородское выросло до пяти" and "Пять человек погибли в ДТП на трассе «Амур»" name
a village and a highway, but both reports place the crash in the Jewish Autonomous Oblast: one event. Two weather
reports of two regions, or of two cities of one state, share no area below the state and still conflict.
"""

from __future__ import annotations

import pytest

from letopis.analysis.pipeline import Pipeline
from letopis.records import Article
from letopis.stories import StoryItem, same_story, story_item
from letopis.stories.names import is_area
from letopis.stories.score import Knobs, places_conflict, profile

CRASH_VILLAGE = ("Число погибших в ДТП у села Ленинское выросло до пяти\n\nВ Еврейской автономной области число "
                 "погибших в аварии у села Ленинское выросло до пяти человек, сообщили в ГИБДД региона. Легковой "
                 "автомобиль столкнулся с грузовиком и загорелся.")
CRASH_HIGHWAY = ("Пять человек погибли в ДТП на трассе «Амур»\n\nНа трассе «Амур» в Еврейской автономной области "
                 "легковой автомобиль столкнулся с грузовиком и загорелся, погибли пять человек, сообщили в ГИБДД.")
WEATHER_BREST = ("Погода в Бресте на 17 мая\n\nВ Бресте в воскресенье ожидается облачная погода, днём до +18 градусов, "
                 "ветер северо-западный.")
WEATHER_GOMEL = ("Погода в Гомеле на 17 мая\n\nВ Гомеле в воскресенье ожидается облачная погода, днём до +17 градусов, "
                 "ветер северо-западный.")
WEATHER_SARATOV = ("Саратовцев ждет облачное воскресенье\n\nВ Саратовской области в воскресенье ожидается облачная "
                   "погода, днём до +18 градусов, ветер северо-западный.")
WEATHER_BELGOROD = ("На Белгородчине сохранятся грозы\n\nВ Белгородской области в воскресенье ожидается облачная "
                    "погода с грозами, днём до +18 градусов, ветер северо-западный.")


@pytest.fixture(scope="module")
def items() -> dict[str, StoryItem]:
    texts = {"village": CRASH_VILLAGE, "highway": CRASH_HIGHWAY, "brest": WEATHER_BREST, "gomel": WEATHER_GOMEL,
             "saratov": WEATHER_SARATOV, "belgorod": WEATHER_BELGOROD}
    articles = [Article(text=text, id=key, title=text.split("\n")[0]) for key, text in texts.items()]
    return {doc.article.id: story_item(doc) for doc in Pipeline().analyze(articles)}


AREAS = [
    ("a region of the tables", "LOC:еврейская автономная область", True),
    ("a city that is an area of its own", "LOC:санкт-петербург", True),
    ("a state is not an area below it", "LOC:RU", False),
    ("a place no table knows", "LOC:красн площадь", False),
]


@pytest.mark.parametrize(("key", "area"), [c[1:] for c in AREAS], ids=[c[0] for c in AREAS])
def test_areas_are_the_tables_places_below_a_state(key: str, area: bool) -> None:
    assert is_area(key) is area


PLACES = [
    ("a village and a highway of one region", "village", "highway", False),
    ("two cities of one state", "brest", "gomel", True),
    ("a region's demonym and another region's nickname", "saratov", "belgorod", True),
]


@pytest.mark.parametrize(("first", "second", "conflict"), [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_titles_places_conflict_unless_the_reports_share_an_area(items: dict[str, StoryItem], first: str,
                                                                  second: str, conflict: bool) -> None:
    a, b = profile(items[first]), profile(items[second])
    assert a.head_places and b.head_places  # each title names a place
    assert places_conflict(a, b) is conflict
    assert places_conflict(b, a) is conflict
    off = Knobs(place_conflict=1.0)
    assert (same_story(items[first], items[second]) < same_story(items[first], items[second], knobs=off)) is conflict
