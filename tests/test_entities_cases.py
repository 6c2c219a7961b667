"""One person left twice in an article, once in an oblique case ("Бессель Коку" beside "Бессель Кок"): the
entities stage joins the two under the nominative name, and never joins two people of one surname."""

from __future__ import annotations

import pytest

from letopis import Article, Doc
from letopis.analysis import Pipeline
from letopis.analysis.entities import PersonName, _declined, _twin_words


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable={"posts", "quotes", "events", "commitments"})


def analyze(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.analyze_one(Article(text=text))


def people(doc: Doc) -> list[str]:
    return [e.name for e in doc.entities if e.type == "PER"]


ONE_PERSON = [
    # a foreign surname pymorphy does not know, in the dative after a declined given name
    ("Свою кампанию нидерландский предприниматель Бессель Кок проводит под девизом The Right Move. Поддержку "
     "Бесселю Коку выразили 30 шахматных федераций, также США.", "Бессель Кок", "Бесселю Коку"),
    ("Вице-премьер Аксара Кердпол посетил Москву. Российская сторона вручила Аксаре Кердполу награду.",
     "Аксара Кердпол", "Аксаре Кердполу"),
    # a given name in -а declined as a man's ("Ишибу" read as "Ишиб"), with the surname after it
    ("Премьер Ишиба Сигэру посетил Вашингтон. Президент встретил Ишибу Сигэру в Белом доме.", "Ишиба Сигэру",
     "Ишибу Сигэру"),
    # a bare foreign surname in an oblique case joins the full name, and its normal form is the nominative
    ("Предприниматель Бессель Кок выдвинул свою кандидатуру. Кроме того, Коку выразили поддержку 30 федераций.",
     "Бессель Кок", "Коку"),
]


@pytest.mark.parametrize(("text", "name", "oblique"), ONE_PERSON, ids=[c[2] for c in ONE_PERSON])
def test_oblique_twin_joins_the_nominative(pipeline: Pipeline, text: str, name: str, oblique: str) -> None:
    doc = analyze(pipeline, text)
    assert people(doc) == [name]
    mention = next(m for m in doc.mentions if m.text == oblique)
    assert mention.entity == doc.entities[[e.name for e in doc.entities].index(name)].id
    assert all(word in name.split() for word in mention.normal.split())
    assert all(set(alias.split()) <= set(name.split()) for e in doc.entities if e.type == "PER"
               for alias in e.aliases)


TWO_PEOPLE = [
    ("Бывший президент Билл Клинтон выступил на съезде. Хиллари Клинтона в зале не было.",
     {"Билл Клинтон", "Хиллари Клинтона"}),
    ("Вице-премьер Аксара Кердпол посетил Москву. Российская сторона вручила Аксаре Кердполу награду, а Иван "
     "Кердпола не пришёл.", {"Аксара Кердпол", "Иван Кердпола"}),
]


@pytest.mark.parametrize(("text", "names"), TWO_PEOPLE, ids=[sorted(c[1])[-1] for c in TWO_PEOPLE])
def test_different_given_names_stay_apart(pipeline: Pipeline, text: str, names: set[str]) -> None:
    assert set(people(analyze(pipeline, text))) == names


DECLINED = [
    ("кок", "коку", True),
    ("маехара", "маехары", True),
    ("сабирова", "сабировой", True),
    ("кердпол", "кердполу", True),
    ("сигэр", "сигэру", True),
    ("петров", "петрова", True),  # a man's genitive: only equal given names make it one person
    ("кок", "кока", True),
    ("кок", "кокс", False),
    ("ли", "лиу", False),  # too short to tell a case from another name
    ("сабирова", "сабировы", False),  # a family
    ("ганди", "гандиу", False),  # an indeclinable vowel
]


@pytest.mark.parametrize(("a", "b", "same"), DECLINED, ids=[f"{c[0]}-{c[1]}" for c in DECLINED])
def test_declined(a: str, b: str, same: bool) -> None:
    assert _declined(a, b) is same
    assert _declined(b, a) is same


TWINS = [
    (PersonName(first="Бессель", last="Кок"), PersonName(first="Бессель", last="Коку"), True),
    (PersonName(first="Анна", last="Сабирова"), PersonName(first="Анна", last="Сабировой"), True),
    (PersonName(last="Федорищев"), PersonName(last="Федорищеву"), True),
    (PersonName(initials="Б", last="Кок"), PersonName(first="Бессель", last="Коку"), True),
    # given names the dictionary knows, or that differ, make two people: husband and wife, father and son
    (PersonName(first="Билл", last="Клинтон"), PersonName(first="Хиллари", last="Клинтона"), False),
    (PersonName(first="Александр", last="Петров"), PersonName(first="Александра", last="Петрова"), False),
    (PersonName(first="Иван", middle="Петрович", last="Сидоров"),
     PersonName(first="Иван", middle="Иванович", last="Сидорова"), False),
    (PersonName(initials="А", last="Кок"), PersonName(first="Бессель", last="Коку"), False),
    # a bare surname is left to the joining of persons, which takes a full name's forms it can
    (PersonName(first="Бессель", last="Кок"), PersonName(last="Коку"), False),
    (PersonName(first="Бессель", last="Кок"), PersonName(first="Бессель", last="Кокс"), False),
]


@pytest.mark.parametrize(("a", "b", "same"), TWINS, ids=[f"{c[0].last}-{c[1].first}-{c[1].last}" for c in TWINS])
def test_twin_words(pipeline: Pipeline, a: PersonName, b: PersonName, same: bool) -> None:
    vocab = pipeline.context.vocab
    assert (_twin_words(a, b, vocab) is not None) is same
    assert (_twin_words(b, a, vocab) is not None) is same
