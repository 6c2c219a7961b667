"""Story matching by names: places as areas, surnames by stem, speakers and places of titles that conflict."""

from __future__ import annotations

import pytest

from letopis.analysis.pipeline import Pipeline
from letopis.records import Article
from letopis.stories import StoryItem, same_story, story_item
from letopis.stories.minhash import signature
from letopis.stories.names import canonical, is_area, lemma_area, name_stem, read_areas, state_of
from letopis.stories.score import Knobs, places_conflict, profile, speakers_conflict, title_cover

CANONICAL = [
    ("a city and its region are one area", "LOC:тула", "LOC:тульская область"),
    ("a region is its own area", "LOC:тульская область", "LOC:тульская область"),
    ("an alias of places.tsv", "LOC:подмосковье", "LOC:московская область"),
    ("a Moscow district lies in Moscow", "LOC:юзао", "LOC:московская область"),
    ("links are followed", "LOC:донецк", "LOC:донбасс"),
    ("a state stays as it is", "LOC:RU", "LOC:RU"),
    ("an unknown place keeps its stem", "LOC:беляевка", "LOC:беляевк"),
    ("a known place in another case", "LOC:венеции", "LOC:венеция"),
    ("a surname in the genitive", "PER:полякова", "PER:поляков"),
    ("a surname in the instrumental", "PER:куркабом", "PER:куркаб"),
    ("the nominative keeps its last consonant", "PER:поляков", "PER:поляков"),
    ("an organisation's words", "ORG:слуги народа", "ORG:слуг народ"),
]


@pytest.mark.parametrize(("key", "expected"), [c[1:] for c in CANONICAL], ids=[c[0] for c in CANONICAL])
def test_canonical_keys(key: str, expected: str) -> None:
    assert canonical(key) == expected


LEMMAS = [
    ("a demonym", "туляк", "LOC:тульская область"),
    ("a demonym inside a compound the lemmatiser left whole", "туляк-ветеран", "LOC:тульская область"),
    ("a region's adjective", "тверской", "LOC:тверская область"),
    ("an adjective in an oblique form", "волгоградского", "LOC:волгоградская область"),
    ("an irregular adjective", "подмосковный", "LOC:московская область"),
    ("an adjective the lemmatiser left plural", "сыктывкарские", "LOC:коми"),
    ("a regional nickname", "белгородчина", "LOC:белгородская область"),
    ("a first name is no place", "владимир", None),
    ("a word of direction is no place", "северный", None),
    ("autonomy is no place", "автономный", None),
    ("a state's adjective is left to the entities", "украинский", None),
]


@pytest.mark.parametrize(("lemma", "expected"), [c[1:] for c in LEMMAS], ids=[c[0] for c in LEMMAS])
def test_lemma_areas(lemma: str, expected: str | None) -> None:
    assert lemma_area(lemma) == expected


def test_name_stems_and_states() -> None:
    assert [name_stem(w) for w in ("башаги", "башагой", "ион", "иона", "путин")] == [
        "башаг", "башаг", "ион", "ион", "путин"]
    assert state_of("LOC:тульская область") == "LOC:RU"


def test_a_bad_places_row_is_reported() -> None:
    from letopis.lexicon import LexiconError

    with pytest.raises(LexiconError, match="line 1"):
        read_areas("туляк\tТулостан\tdemonym\n")
    with pytest.raises(LexiconError, match="line 1"):
        read_areas("туляк\tТула\tжитель\n")


def item(key: str, head: list[str], body: list[str]) -> StoryItem:
    lemmas = tuple(head + body)
    return StoryItem(article_id=key, title=" ".join(head), published=None, outlet=None, lemmas=lemmas,
                     entities=(), signature=signature(list(lemmas)), head=tuple(head))


def test_title_cover_is_the_worse_fit_of_the_two_titles() -> None:
    crash = item("a", ["пять", "человек", "погибнуть", "дтп", "трасса"], ["автобус", "грузовик", "амур"])
    retold = item("b", ["дтп", "амур", "погибнуть"], ["пять", "человек", "трасса", "автобус"])
    goal = item("c", ["геррейру", "забить", "гол"], ["боруссия", "матч"])
    assert title_cover(profile(crash), profile(retold)) == 1.0
    cover = title_cover(profile(crash), profile(goal))
    assert cover is not None and cover == 0.0
    assert title_cover(profile(crash), profile(item("d", [], ["пять"]))) is None


CRASH_VILLAGE = ("Число погибших в ДТП у села Ленинское выросло до пяти\n\nВ Еврейской автономной области число "
                 "погибших в аварии у села Ленинское выросло до пяти человек, сообщили в ГИБДД региона. Легковой "
                 "автомобиль столкнулся с грузовиком и загорелся.")
CRASH_HIGHWAY = ("Пять человек погибли в ДТП на трассе «Амур»\n\nНа трассе «Амур» в Еврейской автономной области "
                 "легковой автомобиль столкнулся с грузовиком и загорелся, погибли пять человек, сообщили в ГИБДД.")
WEATHER_SARATOV = ("Саратовцев ждет облачное воскресенье\n\nВ Саратовской области в воскресенье ожидается облачная "
                   "погода, днём до +18 градусов, ветер северо-западный.")
WEATHER_BELGOROD = ("На Белгородчине сохранятся грозы\n\nВ Белгородской области в воскресенье ожидается облачная "
                    "погода с грозами, днём до +18 градусов, ветер северо-западный.")

WEATHER_BREST = ("Погода в Бресте на 17 мая\n\nВ Бресте в воскресенье ожидается облачная погода, днём до +18 градусов, "
                 "ветер северо-западный.")
WEATHER_GOMEL = ("Погода в Гомеле на 17 мая\n\nВ Гомеле в воскресенье ожидается облачная погода, днём до +17 градусов, "
                 "ветер северо-западный.")
POSTMEN_TVER = ("Тверские почтальоны доставят поздравления ветеранам\n\nС 6 по 8 мая сотрудники Почты России в "
                "Тверской области доставят ветеранам персональные поздравления с 75-летием Победы.")
POSTMEN_TULA = ("Туляки-ветераны получат поздравительные открытки через почтальонов\n\nС 6 по 8 мая сотрудники Почты "
                "России в Тульской области доставят ветеранам персональные поздравления с 75-летием Победы.")
POSTMEN_TULA_CITY = ("В Туле почтальоны доставят поздравления ветеранам\n\nС 6 по 8 мая сотрудники Почты России в "
                     "Тульской области доставят ветеранам персональные поздравления с 75-летием Победы.")
ALCOHOL_RPN = ("Роспотребнадзор объяснил влияние алкоголя на коронавирус\n\nВ Роспотребнадзоре заявили, что алкоголь "
               "не защищает от коронавируса и ослабляет иммунитет.")
ALCOHOL_WHO = ("ВОЗ: Алкоголь не защищает от коронавируса\n\nВсемирная организация здравоохранения предупредила, что "
               "алкоголь не защищает от коронавируса и ослабляет иммунитет.")
ALCOHOL_WHO_AGAIN = ("ВОЗ предупредила, что алкоголь не спасает от коронавируса\n\nВсемирная организация "
                     "здравоохранения заявила, что алкоголь не защищает от коронавируса.")
KUDRIN = ("Кудрин: На борьбу с бедностью уйдет 2,5 трлн рублей за три года\n\nГлава Счётной палаты Алексей Кудрин "
          "выступил в Думе.")


@pytest.fixture(scope="module")
def items() -> dict[str, StoryItem]:
    texts = {"brest": WEATHER_BREST, "gomel": WEATHER_GOMEL, "village": CRASH_VILLAGE, "highway": CRASH_HIGHWAY,
             "saratov": WEATHER_SARATOV, "belgorod": WEATHER_BELGOROD, "tver": POSTMEN_TVER, "tula": POSTMEN_TULA,
             "tula_city": POSTMEN_TULA_CITY, "rpn": ALCOHOL_RPN, "who": ALCOHOL_WHO, "who2": ALCOHOL_WHO_AGAIN,
             "kudrin": KUDRIN}
    articles = [Article(text=text, id=key, title=text.split("\n")[0]) for key, text in texts.items()]
    return {doc.article.id: story_item(doc) for doc in Pipeline().analyze(articles)}


PLACES = [
    ("two cities' weather", "brest", "gomel", True),
    ("a region's adjective and another region's demonym", "tver", "tula", True),
    ("a demonym and its city", "tula", "tula_city", False),
    # titles naming different places agree where both reports lie in one area of the tables: a village and a
    # highway, both reports placing the crash in the Jewish Autonomous Oblast
    ("a village and a highway of one region", "village", "highway", False),
    ("a region's demonym and another region's nickname", "saratov", "belgorod", True),
]
AREAS = [
    ("a region of the tables", "LOC:еврейская автономная область", True),
    ("a city that is an area of its own", "LOC:санкт-петербург", True),
    ("a state is not an area below it", "LOC:RU", False),
    ("a place no table knows", "LOC:красн площадь", False),
]


@pytest.mark.parametrize(("key", "area"), [c[1:] for c in AREAS], ids=[c[0] for c in AREAS])
def test_areas_are_the_tables_places_below_a_state(key: str, area: bool) -> None:
    assert is_area(key) is area


@pytest.mark.parametrize(("first", "second", "conflict"), [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_titles_naming_other_places_conflict(items: dict[str, StoryItem], first: str, second: str,
                                             conflict: bool) -> None:
    a, b = profile(items[first]), profile(items[second])
    assert a.head_places and b.head_places  # each title names a place
    assert places_conflict(a, b) is conflict
    assert places_conflict(b, a) is conflict
    off = Knobs(place_conflict=1.0)
    assert (same_story(items[first], items[second]) < same_story(items[first], items[second], knobs=off)) is conflict


SPEAKERS = [
    ("a speech verb's subject", "rpn", ("ORG:роспотребнадзор",)),
    ("the name before a colon", "who", ("ORG:воз",)),
    ("a person before a colon", "kudrin", ("PER:кудрин",)),
    ("no one speaks", "brest", ()),
]


@pytest.mark.parametrize(("key", "speakers"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_title_speakers(items: dict[str, StoryItem], key: str, speakers: tuple[str, ...]) -> None:
    assert items[key].head_speakers == speakers
    assert StoryItem.from_json(items[key].to_json()).head_speakers == speakers


def test_titles_giving_other_speakers_words_conflict(items: dict[str, StoryItem]) -> None:
    assert speakers_conflict(profile(items["rpn"]), profile(items["who"]))
    assert not speakers_conflict(profile(items["who"]), profile(items["who2"]))
    assert not speakers_conflict(profile(items["rpn"]), profile(items["brest"]))  # one title only
