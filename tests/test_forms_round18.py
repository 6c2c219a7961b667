"""Base forms of names, round 18. Sentences of our own; the cases were met in news texts.

- a single-word organisation whose end is a noun of the dictionary in the nominative is no guessed adjective in an
  oblique case ("в Гринатом" was "Гринатый"), where a place named by an adjective still declines;
- a lone surname in "-ова" after a post noun, read as a man's genitive, is a woman's nominative where her verb is
  feminine or the post stands in a list of people ("заявила зампред Полякова" was "Поляков"); a lone surname whose
  written form is the surname of a person named in full in the article is that person ("Полякова" beside "Ирина
  Полякова", "Гелги" beside "Румейса Гелги");
- a surname in "-у" after a consonant beside a word that is only a man's dative is a dative ("Бесселю Коку" was
  "Бессель Коку"); a name in "-у" the tagger makes a second subject of a verb that has one is a dative ("Вивеку
  Рамасвами позвонил Трамп" was "Вивеку Рамасвами");
- the words of an indeclinable foreign name the tagger reads as nominatives share no oblique case found only in a
  place's reading ("Амаду Тумани Туре" was "Амад Тумани Тура");
- a lone man's surname in "-ки" the tagger reads as a genitive is of one in "-ка" ("Дерипаски" was "Дерипаски");
- two listed surnames side by side are two people though one is also the plural of a given name ("Лавров Блинкен"
  was one person: "Лавров" is a genitive plural of "Лавр");
- a double surname whose last part is adjectival is in the case that part shows ("Коробкову-Землянскому было 40
  лет" was "Коробкову-Землянский").
"""

from __future__ import annotations

import pytest
from forms_described import entity_names, names_pipeline, normals

from letopis.analysis import Pipeline
from letopis.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return names_pipeline()


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Он работает аналитиком в Гринатом.", "Гринатом", "Гринатом"),
    # near cases left alone: a place named by an adjective, a company the dictionary knows
    ("Он вырос в Ясиноватой.", "Ясиноватой", "Ясиноватая"),
    ("Он работает в Росатоме.", "Росатоме", "Росатом"),
])
def test_a_compound_name_is_no_adjective(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Об этом заявила зампред Полякова.", "Полякова", "Полякова"),
    ("В список внесены Чистюхин и Тулин, зампред Полякова, а также Пронин.", "Полякова", "Полякова"),
    # near cases left alone: a man's genitive after a post noun
    ("Об этом заявил помощник Полякова.", "Полякова", "Поляков"),
    ("Вчера приехал помощник Смирнова.", "Смирнова", "Смирнов"),
])
def test_a_woman_after_a_post(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal


@pytest.mark.parametrize(("sentence", "written", "name"), [
    ("Выступил помощник Полякова. Позже Ирина Полякова ответила на вопросы.", "Полякова", "Ирина Полякова"),
    ("Румейса Гелги пришла на встречу. Рост Гелги составляет 215 сантиметров.", "Гелги", "Румейса Гелги"),
    ("Журналист Майкл Томаски написал книгу. Многие работы Томаски посвящены политике.", "Томаски",
     "Майкл Томаски"),
    # near cases left alone: a man of the surname named in full, or named so alone
    ("Выступил помощник Полякова. Позже Сергей Поляков ответил на вопросы.", "Полякова", "Сергей Поляков"),
    ("Продюсер не смог простить Лёвкина после его ухода. Марина Лёвкина промолчала. Сам Лёвкин ответил.",
     "Лёвкина", "Лёвкин"),
])
def test_a_lone_surname_as_written_elsewhere(pipeline: Pipeline, sentence: str, written: str, name: str) -> None:
    assert entity_names(pipeline, sentence).get(written) == name


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Рютте передал пост Бесселю Коку.", "Бесселю Коку", "Бессель Кок"),
    # near cases left alone: a woman's undeclined given name before her accusative
    ("Блогер подарила Лерчек Чекалину машину.", "Лерчек Чекалину", "Лерчек Чекалин"),
    ("Суд арестовал Валерию Чекалину.", "Валерию Чекалину", "Валерия Чекалина"),
])
def test_a_mans_dative_beside_a_surname_in_u(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Позже Вивеку Рамасвами позвонил Трамп.", "Вивеку Рамасвами", "Вивек Рамасвами"),
    # near case left alone: a Japanese given name in "-у", the verb's only subject
    ("Вечером Сигэру Исиба заявил о поддержке.", "Сигэру Исиба", "Сигэру Исиба"),
])
def test_a_mans_dative_beside_the_subject(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Президент Мали Амаду Тумани Туре посетил Францию.", "Амаду Тумани Туре", "Амаду Тумани Туре"),
    # near case left alone: a given name and patronymic the tagger reads as nominatives, both datives
    ("Наине Иосифовне вручили цветы.", "Наине Иосифовне", "Наина Иосифовна"),
])
def test_an_indeclinable_name_in_the_nominative(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Акции компании Дерипаски упали.", "Дерипаски", "Дерипаска"),
    # near cases left alone: a Japanese and a Polish surname, a woman's foreign surname after her given name
    ("Визит Судзуки отменили.", "Судзуки", "Судзуки"),
    ("Книга Бжезински переиздана.", "Бжезински", "Бжезински"),
    ("Рост Румейсы Гелги составляет 215 сантиметров.", "Румейсы Гелги", "Румейса Гелги"),
])
def test_a_lone_surname_in_ka(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal


@pytest.mark.parametrize(("sentence", "persons"), [
    ("На встрече Лавров Блинкен обсудили Украину.", {"Лавров", "Блинкен"}),
    # near case left alone: a given name and a surname
    ("На встрече Сергей Лавров обсудил Украину.", {"Сергей Лавров"}),
])
def test_two_surnames_side_by_side(pipeline: Pipeline, sentence: str, persons: set[str]) -> None:
    doc = pipeline.analyze_one(Article(text=sentence, id="t"))
    assert {m.normal for m in doc.mentions if m.type == "PER"} == persons


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Коробкову-Землянскому было 40 лет.", "Коробкову-Землянскому", "Коробков-Землянский"),
    ("Награду вручили Коробкову-Землянскому.", "Коробкову-Землянскому", "Коробков-Землянский"),
    # near cases left alone: the nominative, a woman's double surname, a surname with a title adjective
    ("Коробков-Землянский выступил на форуме.", "Коробков-Землянский", "Коробков-Землянский"),
    ("Награду вручили Анне Коробковой-Землянской.", "Анне Коробковой-Землянской", "Анна Коробкова-Землянская"),
    ("Роман Михаила Салтыкова-Щедрина переиздали.", "Михаила Салтыкова-Щедрина", "Михаил Салтыков-Щедрин"),
])
def test_a_double_surname_with_an_adjectival_part(pipeline: Pipeline, sentence: str, written: str,
                                                  normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal
