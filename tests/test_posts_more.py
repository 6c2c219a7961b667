"""Posts: professions held in an organisation, an organisation inside a lexicon post named elsewhere, a plural post
of the people listed after it."""

from __future__ import annotations

import pytest

from letopis.analysis import Pipeline
from letopis.records import Article, Doc


def posts(doc: Doc) -> set[tuple[str, str, str | None]]:
    return {(doc.entity(p.person).name, p.post, doc.entity(p.of).name if p.of else None) for p in doc.posts}


PROFESSIONS = [
    ("Солистка Большого театра Анна Нетребко выступила в Вене.", ("Анна Нетребко", "солистка", "Большой театр")),
    ("Программист компании «Яндекс» Иван Петров написал библиотеку.", ("Иван Петров", "программист", "Яндекс")),
    ("Актриса театра «Современник» Чулпан Хаматова получила премию.",
     ("Чулпан Хаматова", "актриса", "Современник")),
]


@pytest.mark.parametrize(("text", "post"), PROFESSIONS, ids=[c[1][1] for c in PROFESSIONS])
def test_profession_of_an_organisation(pipeline: Pipeline, text: str, post: tuple[str, str, str]) -> None:
    assert post in posts(pipeline.analyze_one(Article(text=text)))


def test_organisation_inside_a_post_named_elsewhere(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Республиканцы взяли под контроль Палату представителей. Бывший спикер "
                                            "палаты представителей, Нэнси Пелоси, отметила, что борьба с дефицитом "
                                            "будет трудной."))
    assert ("Нэнси Пелоси", "бывший спикер", "Палата представителей") in posts(doc)


def test_post_holding_its_organisation_stays_whole_when_named_nowhere(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Спикер палаты представителей Нэнси Пелоси прилетела на Тайвань."))
    assert ("Нэнси Пелоси", "спикер палаты представителей", None) in posts(doc)


SHARED = [
    ("Депутаты Госдумы Иван Петров и Сергей Иванов внесли законопроект.",
     {("Иван Петров", "депутат", "Госдума"), ("Сергей Иванов", "депутат", "Госдума")}),
    ("Сотрудники ФСБ Иван Петров, Олег Козлов и Сергей Сидоров задержаны.",
     {("Иван Петров", "сотрудник", "ФСБ"), ("Олег Козлов", "сотрудник", "ФСБ"),
      ("Сергей Сидоров", "сотрудник", "ФСБ")}),
    ("Игроки «Зенита» Андрей Аршавин и Александр Кержаков забили по голу.",
     {("Андрей Аршавин", "игрок", "Зенит"), ("Александр Кержаков", "игрок", "Зенит")}),
]


@pytest.mark.parametrize(("text", "expected"), SHARED, ids=[t[:20] for t, _ in SHARED])
def test_plural_post_of_people_listed(pipeline: Pipeline, text: str,
                                      expected: set[tuple[str, str, str]]) -> None:
    assert expected <= posts(pipeline.analyze_one(Article(text=text)))


def test_plural_post_with_one_name_is_nobody_elses(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Депутаты Госдумы и Иван Петров обсудили законопроект."))
    assert not any(p.post == "депутат" for p in doc.posts)


def test_plural_post_of_two_words_is_one_post(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Первые зампреды ЦБ Сергей Швецов и Дмитрий Тулин выступили в Думе."))
    assert {p.post for p in doc.posts} == {"первый зампред"}
