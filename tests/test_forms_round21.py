"""Base forms of names and their joins, round 21. Sentences of our own; the cases were met in news texts.

- a surname in "-ец", "-ек", "-ок" whose vowel drops as it declines is the nominative the article writes
  ("Смилянца" beside "Смилянец" was a second person "Смилянц"; "Мазурка" beside "Мазурок" the dance), and a
  surname in "-ь" the same ("Амстеля" beside "Вадима Амстеля" stayed as written); with no nominative written the
  guess stays; a given name the article writes in a full name's nominative with an ending no nominative
  declines from keeps it ("Бени Ганца" beside "Бени Ганц" was a "Беня Ганц");
- the lexicon's long name of an organisation the recogniser ends before its "по ..." complement is the whole
  name ("Европейского суда | по правам человека" was a "Европейский суд" apart from the ЕСПЧ);
- the common noun of an organisation's kind, capitalised ("Суд признал", "решением Суда", "Комиссия
  проинформировала"), is no organisation of its own; names the lexicon knows by such a word stay ("Сенат");
- armed groups Russian names by the plural of their members in lower case are organisations ("хуситы",
  "талибами", "Талибы" opening a sentence).
"""

from __future__ import annotations

import pytest
from forms_described import entity_names, names_pipeline, normals

from letopis.analysis import Pipeline
from letopis.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return names_pipeline()


@pytest.mark.parametrize(("sentence", "written", "name"), [
    ("Защитник Смилянец подал жалобу. Суд отклонил жалобу Смилянца.", "Смилянца", "Смилянец"),
    ("Смилянцу предъявлено обвинение, Дмитрий Смилянец молчит.", "Смилянцу", "Дмитрий Смилянец"),
    ("Депутат Мазурок выступил против. Предложение Мазурка отвергли.", "Мазурка", "Мазурок"),
    ("Губернатор принял отставку Вадима Амстеля. «Я возвращаюсь в Москву», — процитировал Амстеля собеседник.",
     "Амстеля", "Вадим Амстель"),
    # near cases left alone: a surname with no fleeting vowel, a dictionary noun's own declension
    ("Министр Рудек подал в отставку. Отставку Рудека приняли.", "Рудека", "Рудек"),
    ("Адвокат Стрелец заявил о невиновности. Показания Стрельца суд не принял.", "Стрельца", "Стрелец"),
])
def test_a_surname_with_a_fleeting_vowel_joins_its_nominative(pipeline: Pipeline, sentence: str, written: str,
                                                               name: str) -> None:
    assert entity_names(pipeline, sentence)[written] == name
    assert normals(pipeline, sentence)[written] == name.split()[-1]


def test_a_given_name_the_article_writes_undeclined(pipeline: Pipeline) -> None:
    sentence = ("Кнессет проголосовал за самороспуск, чтобы избежать назначения премьером главы партии Бени Ганца. "
                "Соперником премьера является Бени Ганц.")
    assert normals(pipeline, sentence)["Бени Ганца"] == "Бени Ганц"
    assert entity_names(pipeline, sentence)["Бени Ганца"] == "Бени Ганц"


def test_a_name_left_in_its_case_is_no_nominative(pipeline: Pipeline) -> None:
    # the normaliser leaves "Селену Гомес" as written; its "Селену" is no undeclined word beside "Селена Гомес"
    sentence = ("Селена Гомес выпустила альбом. Певица рассказала о рехабе. «Возможно, это привлекло Селену Гомес», "
                "— сказал источник.")
    assert normals(pipeline, sentence)["Селену Гомес"] == "Селена Гомес"


def test_a_woman_of_the_same_surname_keeps_hers(pipeline: Pipeline) -> None:
    names = normals(pipeline, "Иван Петров подал иск. Анна Петрова поддержала мужа.")
    assert names["Анна Петрова"] == "Анна Петрова"


@pytest.mark.parametrize("sentence", [
    "Судья Европейского суда по правам человека от России Дмитрий Дедов поддержал жалобу.",
    "Викиновости сообщали, что в ноябре Европейский суд по правам человека вынес решение по делу.",
])
def test_an_organisations_name_with_its_complement(pipeline: Pipeline, sentence: str) -> None:
    doc = pipeline.analyze_one(Article(text=sentence, id="t"))
    courts = [m for m in doc.mentions if "суд" in m.text]
    assert [m.normal for m in courts] == ["Европейский суд по правам человека"]
    assert doc.entity(courts[0].entity).name == "ЕСПЧ"


def test_a_bare_kind_noun_is_no_organisation(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Европейский суд по правам человека вынес решение. Суд признал, что "
                                            "власти нарушили конвенцию, и опубликовал его вместе с решением Суда.",
                                       id="t"))
    assert [e.name for e in doc.entities if e.type == "ORG"] == ["ЕСПЧ"]
    doc = pipeline.analyze_one(Article(text="Комиссия по ценным бумагам США начала проверку. На днях Комиссия "
                                            "проинформировала Белый дом.", id="t"))
    assert "Комиссия" not in {e.name for e in doc.entities}


def test_a_name_the_lexicon_knows_by_its_kind_noun_stays(pipeline: Pipeline) -> None:
    assert normals(pipeline, "Его кандидатура ждет утверждения Сенатом.")["Сенатом"] == "Сенат"


@pytest.mark.parametrize(("sentence", "written", "name"), [
    ("Удары по позициям хуситов продолжились.", "хуситов", "Хуситы"),
    ("Представители хути заявили о перемирии.", "хути", "Хуситы"),
    ("Переговоры с талибами зашли в тупик.", "талибами", "Талибан"),
    ("Талибы захватили Кабул.", "Талибы", "Талибан"),
])
def test_a_group_named_in_lower_case(pipeline: Pipeline, sentence: str, written: str, name: str) -> None:
    doc = pipeline.analyze_one(Article(text=sentence, id="t"))
    found = {m.text: m for m in doc.mentions}
    assert found[written].type == "ORG"
    assert doc.entity(found[written].entity).name == name


def test_a_word_that_only_starts_as_a_group_is_none(pipeline: Pipeline) -> None:
    assert normals(pipeline, "Талия у неё тонкая, а хутор стоит на холме.") == {}
