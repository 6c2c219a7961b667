"""The same-story score on telegram posts: reports without a title, whose head is the lead's first sentence.

Posts of our own, written after the misjudged pairs of tests/data/stories_telegram_blind.jsonl (its section in
tests/data/README.md counts the causes); each pair read as the bench reads a post (text, channel, date, no title):

- two outlets describe one speaker in their own words ("Глава района сообщил" / "Мэр города заявил") or name him
  with and without a word ("Heineken сообщила" / "Heineken Group сообщила"): no speakers conflict between posts,
  while a described speaker against a named one still conflicts ("сообщил губернатор" / "Минобороны заявило");
- a place named with and without its kind ("на Малой Бронной улице" / "на Малой Бронной"): no names conflict,
  while another street still conflicts;
- a number written with a magnitude word and in digits ("2 тысячи километров" / "2000 км"): no numbers conflict,
  while another number still conflicts.
"""

from __future__ import annotations

import pytest

from letopis.analysis.pipeline import Pipeline
from letopis.records import Article
from letopis.stories import StoryItem, story_item
from letopis.stories.score import names_conflict, numbers_conflict, profile, speakers_conflict

POSTS = {
    # two described speakers of one announcement
    "mayor": ("Глава района сообщил, что водоснабжение в поселке Озерный восстановят к утру среды.\n\nАварию на "
              "водоводе устраняют три бригады, жителям привозят питьевую воду."),
    "mayor_retold": ("Мэр города заявил, что воду в поселке Озерный дадут к утру среды.\n\nНа водоводе работают три "
                     "аварийные бригады, питьевую воду жителям развозят машинами."),
    # a named speaker with and without a word of its name
    "brewer": ("Heineken сообщила о продаже своего бизнеса в Казахстане местному инвестору.\n\nСделку планируют "
               "закрыть до конца года, сумма не раскрывается."),
    "brewer_retold": ("Heineken Group сообщила, что продает бизнес в Казахстане.\n\nПокупателем стал местный "
                      "инвестор, сделка будет закрыта до конца года."),
    # a described speaker against a named one: another report of the same kind
    "governor": ("Над Курской областью ночью сбиты шесть беспилотников, сообщил губернатор.\n\nПострадавших нет, "
                 "повреждена крыша частного дома."),
    "ministry": ("Минобороны заявило, что средства ПВО ночью уничтожили шесть беспилотников над Курской "
                 "областью.\n\nВсе аппараты перехвачены на подлете."),
    # a street named with and without its kind
    "street": ("Пожар в ресторане на Малой Бронной улице потушили за час, пострадавших нет.\n\nОгонь охватил кухню "
               "на первом этаже здания."),
    "street_retold": ("В Москве на Малой Бронной горел ресторан, людей эвакуировали.\n\nПлощадь пожара составила "
                      "50 квадратных метров, возгорание на кухне ликвидировано."),
    "other_street": ("В Москве на Большой Ордынке горел ресторан, людей эвакуировали.\n\nПлощадь пожара составила "
                     "50 квадратных метров, возгорание на кухне ликвидировано."),
    # one number in words and in digits, and another number
    "range": ("Индия испытала ракету с дальностью полета более 2 тысяч километров.\n\nПуск прошел с полигона на "
              "острове у восточного побережья."),
    "range_digits": ("Индия испытала ракету с дальностью 2000 км.\n\nИспытание прошло на полигоне у восточного "
                     "побережья страны."),
    "range_other": ("Индия испытала ракету с дальностью 3000 км.\n\nИспытание прошло на полигоне у восточного "
                    "побережья страны."),
}


@pytest.fixture(scope="module")
def items() -> dict[str, StoryItem]:
    articles = [Article(text=text, id=key, outlet=f"channel {n}", published="2024-12-02T09:00:00+00:00")
                for n, (key, text) in enumerate(POSTS.items())]
    return {doc.article.id: story_item(doc) for doc in Pipeline().analyze(articles)}


def test_the_posts_have_no_title(items: dict[str, StoryItem]) -> None:
    assert all(item.title is None and item.head for item in items.values())


SPEAKERS = [
    ("two described speakers of one announcement", "mayor", "mayor_retold", False),
    ("a name with and without a word", "brewer", "brewer_retold", False),
    ("a described speaker against a named one", "governor", "ministry", True),
]


@pytest.mark.parametrize(("first", "second", "conflict"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_speakers_of_posts(items: dict[str, StoryItem], first: str, second: str, conflict: bool) -> None:
    a, b = profile(items[first]), profile(items[second])
    assert a.speakers and b.speakers  # each first sentence gives someone's words
    assert speakers_conflict(a, b) is conflict
    assert speakers_conflict(b, a) is conflict


NAMES = [
    ("a street with and without its kind", "street", "street_retold", False),
    ("another street", "street", "other_street", True),
]


@pytest.mark.parametrize(("first", "second", "conflict"), [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_places_named_with_and_without_their_kind(items: dict[str, StoryItem], first: str, second: str,
                                                  conflict: bool) -> None:
    assert names_conflict(profile(items[first]), profile(items[second])) is conflict
    assert names_conflict(profile(items[second]), profile(items[first])) is conflict


NUMBERS = [
    ("one number in words and in digits", "range", "range_digits", False),
    ("another number", "range", "range_other", True),
]


@pytest.mark.parametrize(("first", "second", "conflict"), [c[1:] for c in NUMBERS], ids=[c[0] for c in NUMBERS])
def test_a_number_with_its_magnitude_word(items: dict[str, StoryItem], first: str, second: str,
                                          conflict: bool) -> None:
    assert numbers_conflict(profile(items[first]), profile(items[second])) is conflict
