"""Base forms of names and their joins, round 23. Sentences of our own; the cases were met in news texts.

- a man's name chained to his father's by "бен"/"бин"/"ибн" declines name by name in the case of its first word
  ("Тамиму бен Хамаду" was "Тамим бен Хамаду", "Хамада бин Халифы" kept "Хамада"); the links and an Arabic
  article written apart stay ("Аль Тани" was "Аля Тани" and "Аль Таня"); "Бин" written large is a middle name;
- a surname the dictionary reads as a woman's nominative is a man's genitive where the twin of the name is a
  man's ("Ю.Синдеева" beside "Юрий Синдеев" made him "Юрий Синдеева"), and the initial's mention takes his form;
- a given name in "-и" the dictionary knows as indeclinable, before a surname that does not decline, stays
  ("медсестры Люси Летби" was "Люся Летби");
- a man's foreign given name the dictionary reads only as a common noun's nominative declines with his
  declining surname ("Марена Мерсенна" was "Марена Мерсенн", "Риза Ахмеда" "Риза Ахмед");
- one capitalised word in "-ах"/"-ях" after "в"/"на" is a place, no person ("на Филлипинах").
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
    ("Президент позвонил Тамиму бен Хамаду Аль Тани.", "Тамиму бен Хамаду Аль Тани", "Тамим бен Хамад Аль Тани"),
    ("Путин провёл переговоры с шейхом Тамимом бен Хамадом Аль Тани.", "Тамимом бен Хамадом Аль Тани",
     "Тамим бен Хамад Аль Тани"),
    ("Делегацию возглавил сын Хамада бин Халифы Аль Тани.", "Хамада бин Халифы Аль Тани",
     "Хамад бин Халифа Аль Тани"),
    # near cases left alone: a dynasty's name that declines, a chain already right, a nominative
    ("Письмо Мухаммеду бин Салману Аль Сауду передали вчера.", "Мухаммеду бин Салману Аль Сауду",
     "Мухаммед бин Салман Аль Сауд"),
    ("Освобождение родственников Усамы бин Ладена обсуждали.", "Усамы бин Ладена", "Усама бин Ладен"),
    ("Эмир шейх Хамад бен Халифа Аль Тани встретится с семьёй.", "Хамад бен Халифа Аль Тани",
     "Хамад бен Халифа Аль Тани"),
])
def test_an_arabic_chain_declines_name_by_name(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal


def test_a_middle_name_bin_written_large_is_no_link(pipeline: Pipeline) -> None:
    assert normals(pipeline, "Баскетболист Коби Бин Брайант погиб.").get("Коби Бин Брайант") == "Коби Бин Брайант"


def test_a_mans_genitive_beside_his_full_name(pipeline: Pipeline) -> None:
    sentence = "Юрий Синдеев возглавил завод. Об этом сообщил пресс-секретарь Ю.Синдеева."
    names = entity_names(pipeline, sentence)
    assert names["Юрий Синдеев"] == "Юрий Синдеев"
    assert names["Ю.Синдеева"] == "Юрий Синдеев"
    assert normals(pipeline, sentence)["Ю.Синдеева"] == "Ю.Синдеев"


def test_a_womans_name_keeps_her_surname(pipeline: Pipeline) -> None:
    sentence = "Анна Синдеева возглавила завод. Об этом сообщил пресс-секретарь А.Синдеевой."
    names = entity_names(pipeline, sentence)
    assert names["Анна Синдеева"] == "Анна Синдеева"
    assert names["А.Синдеевой"] == "Анна Синдеева"


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Суд по делу медсестры Люси Летби возобновился.", "Люси Летби", "Люси Летби"),
    # near cases left alone: a declining surname, a name no indeclinable one, a Russian genitive in "-ии"
    ("Письмо Анне Ивановой отправили.", "Анне Ивановой", "Анна Иванова"),
    ("Портрет Софии Ротару висит в зале.", "Софии Ротару", "София Ротару"),
    ("Приз вручили Мии Фэрроу.", "Мии Фэрроу", "Мия Фэрроу"),
])
def test_an_indeclinable_given_name_in_i(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal


def test_a_plural_locative_is_a_place(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Бучиба платил женщинам на Филлипинах за молчание.", id="t"))
    found = {m.text: (m.type, m.normal) for m in doc.mentions}
    assert found["Филлипинах"] == ("LOC", "Филлипины")
    # a person in the locative without "-ах" stays a person
    doc = pipeline.analyze_one(Article(text="Статью написали о Петрове.", id="t"))
    assert all(m.type == "PER" for m in doc.mentions if m.text == "Петрове")


@pytest.mark.parametrize(("sentence", "written", "normal"), [
    ("Числа назвали в честь монаха Марена Мерсенна.", "Марена Мерсенна", "Марен Мерсенн"),
    ("Студия видит в главной роли Риза Ахмеда.", "Риза Ахмеда", "Риз Ахмед"),
    # near cases left alone: a woman's name the dictionary knows, a surname that does not decline
    ("Письмо Розы Сябитовой прочитали.", "Розы Сябитовой", "Роза Сябитова"),
    ("Фильм с участием Миры Сорвино вышел в прокат.", "Миры Сорвино", "Мира Сорвино"),
])
def test_a_given_name_read_as_a_common_noun(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    assert normals(pipeline, sentence).get(written) == normal
