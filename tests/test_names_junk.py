"""Junk names seen on telegram posts and news texts, and the near cases where the name stays. Sentences of our own;
the cases were met on 2,000 telegram posts and Wikinews texts.

- a capitalised finite verb or full participle opening a sentence or a line is no person ("Отстрелялся сам",
  "Споёт артист", "Сообщивший о минировании"), also after the emoji a post puts before a line; a short one may be a
  foreign name ("Мори") and one the dictionary reads as a participle only may be a given name ("Серена");
- an adjective opening a sentence before the lower-case noun it agrees with is no name ("Этичный хакер",
  "Беличьи кафе"), unless the noun is that of a street, bridge or line ("Чёртов мост") or the two do not agree
  ("Раздольное расположено");
- a one-word person alone in quotation marks after the noun of a kind of thing is the thing's name ("фильм
  «Линкольн»"), and a nominative plural is no one person ("Тельцы и Стрельцы"), where a surname that reads as a
  genitive plural stays ("Председатель Шнуров");
- a surname the dictionary reads as a common noun whose vowel stands for the name's "й" keeps its stem ("Роба
  Пайка" was "Роб Паек"), where a Slavic "-ец" keeps its vowel ("Оселедцем" is "Оселедец").
"""

from __future__ import annotations

import pytest
from forms_described import names_pipeline, normals

from letopis.analysis import Pipeline
from letopis.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return names_pipeline()


def persons(pipeline: Pipeline, text: str) -> set[str]:
    return {m.normal for m in pipeline.analyze_one(Article(text=text, id="t")).mentions if m.type == "PER"}


def mentioned(pipeline: Pipeline, text: str) -> set[str]:
    return {m.text for m in pipeline.analyze_one(Article(text=text, id="t")).mentions}


@pytest.mark.parametrize(("text", "junk"), [
    ("Певец даст концерт в Сочи. Споёт артист все свои хиты.", "Споёт"),
    ("Сосед принёс ружьё во двор. Отстрелялся сам и ушёл домой.", "Отстрелялся"),
    ("Угадайте, кто победил?\n\nПредставляешь, оказывается, это был студент.", "Угадайте"),
    ("⚡️ Сообщивший о минировании школы задержан в Самаре.", "Сообщивший"),
])
def test_a_verb_opening_a_sentence_is_no_name(pipeline: Pipeline, text: str, junk: str) -> None:
    assert junk not in mentioned(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Встречу провёл премьер Японии Ёсиро Мори. Мори заявил, что доволен.", "Мори"),
    ("Серена Уильямс выиграла турнир. Серена поблагодарила болельщиков.", "Серена"),
])
def test_a_name_the_dictionary_reads_as_a_verb_or_participle_stays(pipeline: Pipeline, text: str,
                                                                      name: str) -> None:
    assert name in persons(pipeline, text)


@pytest.mark.parametrize(("text", "junk"), [
    ("Этичный хакер нашёл уязвимость в приложении банка.", "Этичный"),
    ("🐿 Беличьи кафе появились в парке Сокольники.", "Беличьи"),
    ("🤩 Северное сияние над Москвой сняли горожане.", "Северное"),
])
def test_an_adjective_opening_a_sentence_is_no_name(pipeline: Pipeline, text: str, junk: str) -> None:
    assert junk not in mentioned(pipeline, text)


@pytest.mark.parametrize(("text", "place"), [
    ("Чёртов мост в Швейцарии закрыли на ремонт.", "Чёртов мост"),
    ("Раздольное расположено к северу от Донецка.", "Раздольное"),
    ("Спасатели работают в станице Полтавской, обломки убраны.", "Полтавской"),
])
def test_a_place_named_with_an_adjective_stays(pipeline: Pipeline, text: str, place: str) -> None:
    assert place in mentioned(pipeline, text)


def test_a_role_before_a_name_after_an_emoji_is_cut(pipeline: Pipeline) -> None:
    assert persons(pipeline, "⚡️Миллиардера Усманова избрали президентом федерации фехтования.") == {"Усманов"}


@pytest.mark.parametrize("text", [
    "Фильм «Линкольн» снял Стивен Спилберг.",
    "Фильм «Линкольн» снял Стивен Спилберг. Сам Авраам Линкольн был президентом США.",
])
def test_a_work_named_after_a_person_is_no_person(pipeline: Pipeline, text: str) -> None:
    assert "Линкольн" not in mentioned(pipeline, text)
    assert "Стивен Спилберг" in persons(pipeline, text)


def test_the_person_a_work_is_named_after_stays(pipeline: Pipeline) -> None:
    text = "Фильм «Линкольн» снял Стивен Спилберг. Сам Авраам Линкольн был президентом США."
    assert "Авраам Линкольн" in persons(pipeline, text)


@pytest.mark.parametrize(("text", "junk"), [
    ("Весы, Тельцы и Стрельцы должны уволиться до конца года, уверены астрологи.", "Стрельцы"),
    ("Близнецы и Скорпионы в декабре будут ссориться.", "Скорпионы"),
    ("Козероги, Рыбы и Водолеи станут самыми везучими, считают астрологи.", "Водолеи"),
])
def test_a_plural_is_no_person(pipeline: Pipeline, text: str, junk: str) -> None:
    assert junk not in persons(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Председатель Шнуров выступил на форуме.", "Шнуров"),
    ("На Олимпиаде Гарри Стрельцов и Иван Тельцов выиграли медали.", "Гарри Стрельцов"),
])
def test_a_surname_like_a_plural_stays(pipeline: Pipeline, text: str, name: str) -> None:
    assert name in persons(pipeline, text)


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Доклад Роба Пайка собрал тысячи зрителей.", "Роба Пайка", "Роб Пайк"),
    ("Выступление Роба Пайка на конференции GopherCon стало главным событием.", "Роба Пайка", "Роб Пайк"),
    # near cases: a Slavic surname in "-ец" keeps the dictionary's vowel
    ("Интервью с Иваном Оселедцем вышло в субботу.", "Иваном Оселедцем", "Иван Оселедец"),
])
def test_a_surname_keeps_its_short_i(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal
