"""The titles' actions (letopis/stories/actions.py): what a title says happened, and actions that contradict each
other. Measured by the stories benchmark and not part of the same-story score."""

from __future__ import annotations

import pytest

from letopis.analysis.pipeline import Pipeline
from letopis.records import Article, Doc
from letopis.stories import story_item
from letopis.stories.actions import action_key, actions_conflict, actions_table, opposed, report_actions

TEXTS = {
    "postponed": ("ОБСЕ сообщила о переносе разведения сил в Петровском\n\nМиссия ОБСЕ сообщила, что разведение сил "
                  "у Петровского перенесено по просьбе сторон."),
    "resumed": ("ДНР подтвердила готовность к возобновлению разведения сил в Петровском\n\nВ ДНР заявили, что "
                "готовы возобновить разведение сил у Петровского 9 ноября."),
    "arrested": ("Суд арестовал бывшего главу «Метростроя»\n\nСуд в Петербурге арестовал бывшего главу компании "
                 "на два месяца."),
    "released": ("Суд освободил бывшего главу «Метростроя»\n\nСуд в Петербурге освободил бывшего главу компании "
                 "из-под стражи."),
    "infected": ("На Дону коронавирусом заразились 120 медработников\n\nВ Ростовской области коронавирусом "
                 "заразились 120 медицинских работников."),
    "infected_retold": ("На Дону коронавирусом заражен 121 медицинский работник\n\nВ Ростовской области выявлено "
                        "заражение коронавирусом у 121 медика: они заразились на работе."),
    "forecast": ("Прогноз погоды на 8 ноября\n\nВ пятницу в Москве облачно, до плюс пяти градусов."),
}


@pytest.fixture(scope="module")
def docs() -> dict[str, Doc]:
    articles = [Article(text=text, id=key, title=text.split("\n")[0]) for key, text in TEXTS.items()]
    return {doc.article.id: doc for doc in Pipeline().analyze(articles)}


HEADS = [
    ("a framing verb's oblique noun", "postponed", "перен"),
    ("a plain verb", "arrested", "арест"),
    ("a reflexive verb", "infected", "зараз"),
]


@pytest.mark.parametrize(("key", "action"), [c[1:] for c in HEADS], ids=[c[0] for c in HEADS])
def test_the_action_of_a_title(docs: dict[str, Doc], key: str, action: str) -> None:
    assert action in report_actions(docs[key], story_item(docs[key])).head


def test_a_nominal_headline_has_no_action(docs: dict[str, Doc]) -> None:
    assert report_actions(docs["forecast"], story_item(docs["forecast"])).head == frozenset()


CASES = [
    ("postponed against resumed", "postponed", "resumed", True),
    ("arrested against released", "arrested", "released", True),
    ("one infection told with another verb", "infected", "infected_retold", False),
    ("a nominal headline is neutral", "forecast", "arrested", False),
]


@pytest.mark.parametrize(("first", "second", "conflict"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_actions_conflict(docs: dict[str, Doc], first: str, second: str, conflict: bool) -> None:
    a = report_actions(docs[first], story_item(docs[first]))
    b = report_actions(docs[second], story_item(docs[second]))
    assert actions_conflict(a, b) is conflict
    assert actions_conflict(b, a) is conflict


KEYS = [
    ("a verb and its reflexive form", "заразить", "заразиться", True),
    ("a verb and its action noun", "перенести", "перенос", True),
    ("two verbs of one prefix", "перенести", "переехать", False),
]


@pytest.mark.parametrize(("a", "b", "same"), [c[1:] for c in KEYS], ids=[c[0] for c in KEYS])
def test_action_keys(a: str, b: str, same: bool) -> None:
    assert (action_key(a) == action_key(b)) is same


def test_the_table_reads_opposites_both_ways() -> None:
    assert opposed(frozenset({action_key("задержать")}), frozenset({action_key("освободить")}))
    assert opposed(frozenset({action_key("освобождение")}), frozenset({action_key("задержание")}))
    assert "стать" in actions_table().light


ODD = [
    ("emoji only", "🔥🔥🔥"),
    ("punctuation only", "!!! ??? …"),
    ("a link only", "https://t.me/news/12345"),
    ("a long post without a title", "Суд арестовал бывшего главу компании. " * 400),
]


@pytest.mark.parametrize("text", [c[1] for c in ODD], ids=[c[0] for c in ODD])
def test_odd_posts_have_actions_or_none(text: str) -> None:
    doc = next(iter(Pipeline().analyze([Article(text=text, id="odd")])))
    actions = report_actions(doc, story_item(doc))
    assert actions_conflict(actions, actions) is False
