"""Base forms of names, round 19. Sentences of our own; the cases were met in news texts where natasha alone
gave the right base form and we did not.

- a one-word place whose dictionary nominative differs from a name the article writes is not taken for an
  oblique form of that name ("Бразилии" beside the capital "Бразилиа" was "Бразилиа");
- a name whose surname does not decline takes no oblique case from a guess at its other words ("Премьер Мамаду
  Оури Ба" was "Мамад Оури Ба");
- a surname in "-ых"/"-их" stays as written and tells nothing of gender ("Дмитрия Тяжёлых" was "Дмитрия
  Тяжёлый", "Андрея Черных" was left as written);
- a noun the tagger takes for an adjective before a genitive heads the name ("Колледжа метрополитена" was
  "Колледж метрополитен");
- a name made only of adjectives, its noun outside it, declines whole ("Малой Очаковской [улицы]" was "Малая
  Очаковской");
- a nominative singular the tagger puts in a case it has no form of stays ("монастыря Оптина Пустынь" was
  "Оптина Пустыни");
- a guessed adjective in "-ской" yields to "-ский" ("Авдинском" was "Авдинской");
- a woman's given name in "-ы" is no man's indeclinable name the tagger's gender denies ("Ады Лавлейс" was left as
  written, "от Юли" too);
- a lone surname after a post noun in a list is a woman's nominative also where the list names its people each
  after a post ("министр Чистюхин, зампред Полякова и директор Пронин"), as where it names them bare.
"""

from __future__ import annotations

import pytest
from forms_described import names_pipeline, normals

from letopis.analysis import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return names_pipeline()


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Полиция Бразилии задержала подозреваемых. Обыски прошли в Бразилиа и Сан-Паулу.", "Бразилии", "Бразилия"),
    ("Совет министров Бразилии собрался в Бразилиа.", "Бразилии", "Бразилия"),
])
def test_a_dictionary_place_beside_a_similar_name(pipeline: Pipeline, sentence: str, written: str,
                                                 normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Премьер Мамаду Оури Ба подписал указ.", "Мамаду Оури Ба", "Мамаду Оури Ба"),
    # near case left alone: an unknown given name before a surname that declines into the dative
    ("Интервью Такеру Карлсону вышло вчера.", "Такеру Карлсону", "Такер Карлсон"),
])
def test_a_name_whose_surname_does_not_decline(pipeline: Pipeline, sentence: str, written: str,
                                               normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Суд арестовал Дмитрия Тяжёлых.", "Дмитрия Тяжёлых", "Дмитрий Тяжёлых"),
    ("Суд оштрафовал Андрея Черных.", "Андрея Черных", "Андрей Черных"),
    # near cases left alone: a woman of such a surname, a family's plural of a surname in "-ин" or "-ский"
    ("Награду вручили Ольге Седых.", "Ольге Седых", "Ольга Седых"),
    ("Лерчек и Артёма Чекалиных задержали.", "Артёма Чекалиных", "Артём Чекалин"),
    ("Книги Аркадия и Бориса Стругацких переиздали.", "Бориса Стругацких", "Борис Стругацкий"),
])
def test_a_surname_in_ykh(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Студент Колледжа метрополитена получил награду.", "Колледжа метрополитена", "Колледж метрополитена"),
    ("Ремонт на участках Малой Очаковской и Никулинской улиц завершён.", "Малой Очаковской", "Малая Очаковская"),
    ("Паломники собрались у монастыря Оптина Пустынь.", "Оптина Пустынь", "Оптина Пустынь"),
    ("Собрание прошло в Авдинском сельсовете.", "Авдинском сельсовете", "Авдинский сельсовет"),
    # near case left alone: an adjective heading the name before its noun
    ("Жители Соединённого Королевства проголосовали.", "Соединённого Королевства", "Соединённое Королевство"),
])
def test_a_place_or_organisation_as_a_phrase(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Премию назвали в честь Ады Лавлейс.", "Ады Лавлейс", "Ада Лавлейс"),
    ("Угрозы от Юли не прекращались.", "Юли", "Юля"),
])
def test_a_womans_given_name_in_y(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("В список внесены министр Чистюхин, зампред Полякова и директор Пронин.", "Полякова", "Полякова"),
    # a man's genitive after a post noun, in no list
    ("На встречу пришёл помощник Полякова.", "Полякова", "Поляков"),
])
def test_a_surname_after_a_post_in_a_list(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal
