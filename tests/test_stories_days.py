"""The same-story score on telegram posts of one topic on different days (stories issue 5, second round).

Posts of our own, written after the false merges left on tests/data/stories_telegram_blind.jsonl (its section in
tests/data/README.md counts them); each read as the bench reads a post (text, channel, date, no title):

- a label line opens the post ("⚡️Минобороны РФ:"): the head runs on through the line it introduces, so its
  numbers and actions count as a title's, while a label over a list of dash items keeps the label alone;
- a night named by its morning, written ("в ночь на 3 декабря") or relative to the publication ("прошедшей
  ночью", "за ночь", a morning post's bare "ночью"): two nights' reports of one ministry conflict, one night's
  reports of two outlets do not, and an evening post's bare "ночью" names no night;
- a day a post's day words point at ("в четверг" in a post of Friday, "сегодня", "вчера"): days two apart
  conflict, the same day told as "вчера" and "сегодня" does not, a day written out ("до 20 декабря") is not held
  against a "сегодня", and "накануне выборов" is no day.
"""

from __future__ import annotations

from datetime import date

import pytest

from letopis.analysis.pipeline import Pipeline
from letopis.records import Article
from letopis.stories import StoryItem, same_story, story_item
from letopis.stories.cluster import THRESHOLD
from letopis.stories.items import year_day
from letopis.stories.score import dates_conflict, numbers_conflict, profile

# (text, publication time in UTC; Moscow is three hours ahead)
POSTS = {
    # one ministry's drone reports of two nights, under a label line and without one
    "night_1": ("Средства ПВО за ночь уничтожили 9 украинских беспилотников над Белгородской областью, сообщило "
                "Минобороны РФ.\n\nПострадавших нет.", "2024-12-02T04:40:00+00:00"),
    "night_2": ("⚡️Минобороны РФ:\n\n«В течение прошедшей ночи дежурными средствами ПВО уничтожены 12 беспилотных "
                "летательных аппаратов над территорией Белгородской области».",
                "2024-12-03T04:40:00+00:00"),
    "night_2_retold": ("Средства ПВО в ночь на 3 декабря сбили 12 украинских беспилотников над Белгородской "
                       "областью, сообщило Минобороны России.\n\nПострадавших нет.",
                       "2024-12-03T06:10:00+00:00"),
    "night_2_count": ("⚡️Минобороны РФ:\n\n«За ночь над территорией Белгородской области перехвачены и уничтожены "
                      "7 беспилотных летательных аппаратов».", "2024-12-03T05:20:00+00:00"),
    # a bare "ночью" in an evening post: the coming night or one in a far time zone, not the night just past
    "evening": ("Президент страны ночью провел экстренное совещание с министрами, сообщает агентство.\n\nПосле "
                "совещания он выступил с обращением к нации.", "2024-12-03T17:30:00+00:00"),
    # a label over a list of dash items
    "list": ("⚡️Путин:\n\n— Россия продолжит поставки газа в Узбекистан;\n— Сотрудничество с Казахстаном "
             "развивается планомерно.", "2024-11-28T10:00:00+00:00"),
    # a protest of Thursday told on Friday, another called for Saturday evening
    "thursday": ("Акция оппозиции у здания парламента в Тбилиси прошла в четверг, полиция задержала 40 человек.\n\n"
                 "Протестующие требовали новых выборов.", "2024-11-29T06:30:00+00:00"),
    "saturday": ("Сегодня вечером у здания парламента в Тбилиси снова пройдет акция оппозиции.\n\nПротестующие "
                 "требуют новых выборов, полиция стягивает силы к центру.", "2024-11-30T12:00:00+00:00"),
    # the Thursday protest told on the day and the next morning
    "thursday_today": ("Сегодня у здания парламента в Тбилиси прошла акция оппозиции, задержаны 40 человек.\n\n"
                       "Протестующие требовали новых выборов.", "2024-11-28T19:00:00+00:00"),
    "thursday_yesterday": ("Вчера у здания парламента в Тбилиси прошла акция оппозиции, задержаны 40 человек.\n\n"
                           "Протестующие требовали новых выборов.", "2024-11-29T07:00:00+00:00"),
    # a deadline written out against a "сегодня"
    "launch": ("Сегодня сервис запустил реакции под статьями, оставить их может любой читатель.\n\nНовые значки "
               "уже работают в приложении.", "2024-11-29T11:00:00+00:00"),
    "launch_deadline": ("Сервис запустил реакции под статьями: до 20 декабря их тестируют все читатели.\n\nНовые "
                        "значки уже работают в приложении.", "2024-11-29T11:30:00+00:00"),
    # "накануне" of an event, not of the post
    "eve": ("Накануне выборов в Румынии власти усилили охрану участков.\n\nГолосование начнется в восемь утра.",
            "2024-11-29T09:00:00+00:00"),
}


@pytest.fixture(scope="module")
def items() -> dict[str, StoryItem]:
    articles = [Article(text=text, id=key, outlet=f"channel {n}", published=published)
                for n, (key, (text, published)) in enumerate(POSTS.items())]
    return {doc.article.id: story_item(doc) for doc in Pipeline().analyze(articles)}


def test_a_label_line_heads_the_line_it_introduces(items: dict[str, StoryItem]) -> None:
    head = items["night_2"].head
    assert head[:2] == ("минобороны", "рф")  # the label's speaker stays in the head
    assert "12" in head and "уничтожить" in head
    # a label over dash items keeps the label alone: the first item is one statement of many
    assert items["list"].head == ("путин",)


def test_the_numbers_of_a_labelled_line_are_compared(items: dict[str, StoryItem]) -> None:
    assert numbers_conflict(profile(items["night_2"]), profile(items["night_2_count"]))


def test_nights_named_and_resolved(items: dict[str, StoryItem]) -> None:
    december_2, december_3 = year_day_of(2024, 12, 2), year_day_of(2024, 12, 3)
    assert items["night_1"].nights == (december_2,)
    assert items["night_2"].nights == (december_3,)
    assert items["night_2_retold"].nights == (december_3,)  # written: "в ночь на 3 декабря"
    assert items["night_2_count"].nights == (december_3,)  # "за ночь"
    assert items["evening"].nights == ()  # 20:30 in Moscow: which night is not said


NIGHTS = [
    ("one ministry's reports of two nights", "night_1", "night_2", True),
    ("one night written and relative", "night_2", "night_2_retold", False),
]


@pytest.mark.parametrize(("first", "second", "conflict"), [c[1:] for c in NIGHTS], ids=[c[0] for c in NIGHTS])
def test_reports_of_nights(items: dict[str, StoryItem], first: str, second: str, conflict: bool) -> None:
    a, b = profile(items[first]), profile(items[second])
    assert dates_conflict(a, b) is conflict
    assert dates_conflict(b, a) is conflict


def test_another_nights_report_is_another_story(items: dict[str, StoryItem]) -> None:
    assert same_story(items["night_1"], items["night_2"]) < THRESHOLD
    assert same_story(items["night_2"], items["night_2_retold"]) >= THRESHOLD


def test_days_resolved(items: dict[str, StoryItem]) -> None:
    assert items["thursday"].days == (year_day_of(2024, 11, 28),)  # Friday's "в четверг"
    assert items["saturday"].days == (year_day_of(2024, 11, 30),)
    assert items["thursday_today"].days == items["thursday_yesterday"].days == (year_day_of(2024, 11, 28),)
    assert items["eve"].days == ()


DAYS = [
    ("a protest of Thursday and one of Saturday", "thursday", "saturday", True),
    ("one protest told as today and yesterday", "thursday_today", "thursday_yesterday", False),
    ("a day written out against today", "launch", "launch_deadline", False),
]


@pytest.mark.parametrize(("first", "second", "conflict"), [c[1:] for c in DAYS], ids=[c[0] for c in DAYS])
def test_reports_of_days(items: dict[str, StoryItem], first: str, second: str, conflict: bool) -> None:
    a, b = profile(items[first]), profile(items[second])
    assert dates_conflict(a, b) is conflict
    assert dates_conflict(b, a) is conflict


def test_days_and_nights_are_kept(items: dict[str, StoryItem]) -> None:
    item = items["night_2_retold"]
    again = StoryItem.from_json(item.to_json())
    assert (again.days, again.nights) == (item.days, item.nights)
    old = {k: v for k, v in item.to_json().items() if k not in ("days", "nights")}  # an item stored before them
    assert StoryItem.from_json(old).nights == ()


def year_day_of(year: int, month: int, day: int) -> int:
    return year_day(date(year, month, day))
