"""The article's own nominative of a name beats pymorphy's guess for an unknown word in an oblique case."""

from __future__ import annotations

import pytest

from letopis import analyze


def _people(text: str) -> dict[str, list[str]]:
    doc = analyze(text)[0]
    return {e.name: [m.normal for m in doc.mentions_of(e.id)] for e in doc.entities if e.type == "PER"}


@pytest.mark.parametrize(("text", "people"), [
    ("Канцлер ФРГ Олаф Шольц прибыл в Киев. Визит Шольца продлился день.",
     {"Олаф Шольц": ["Олаф Шольц", "Шольц"]}),
    ("Глава Минфина Владимир Кравец выступил. Слова Кравца подтвердили.",  # a real fleeting vowel stays
     {"Владимир Кравец": ["Владимир Кравец", "Кравец"]}),
    ("Иван Петров и Анна Петрова пришли на встречу.",  # a woman's surname is no oblique form of a man's
     {"Иван Петров": ["Иван Петров"], "Анна Петрова": ["Анна Петрова"]}),
])
def test_attested_nominatives(text: str, people: dict[str, list[str]]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "normal"), [
    ("Кандидат Джилл Стайн выступила в Нью-Йорке.", "Джилл Стайн"),
    ("Глава МВФ Кристин Лагард прибыла в Москву.", "Кристин Лагард"),
    ("Бывший госсекретарь Колин Пауэлл заявил об этом.", "Колин Пауэлл"),
])
def test_a_name_is_no_genitive_plural_of_a_guessed_name(text: str, normal: str) -> None:
    doc = analyze(text)[0]
    assert normal in {m.normal for m in doc.mentions if m.type == "PER"}


@pytest.mark.parametrize(("text", "written", "normal"), [
    ("Вспышка началась в китайском городе Ухань. Жителей Ухани эвакуировали.", "Ухани", "Ухань"),
    ("Власти Ухани сообщили о новых случаях. Город Ухань закрыт.", "Ухани", "Ухань"),
    # a nominative is no oblique form of its own oblique forms, and known names keep their dictionary nominative
    ("Вспышка началась в китайском городе Ухань. Жителей Ухани эвакуировали.", "Ухань", "Ухань"),
    ("Иран и Ирак подписали договор. В Иране и Ираке прошли выборы.", "Ираке", "Ирак"),
])
def test_attested_place_nominatives(text: str, written: str, normal: str) -> None:
    doc = analyze(text)[0]
    assert {m.normal for m in doc.mentions if m.text == written} == {normal}


@pytest.mark.parametrize(("text", "written", "normal"), [
    # a lone surname in an oblique plural is the family, in the nominative plural
    ("Сергей Скрипаль и его дочь Юлия отравлены. Отравление Скрипалей вызвало скандал.", "Скрипалей", "Скрипали"),
    ("Отравление Сергея Скрипаля расследуют. Дом Скрипалей опечатан.", "Скрипалей", "Скрипали"),
    ("Бизнесмен Аркадий Ротенберг купил завод. Компании Ротенбергов растут.", "Ротенбергов", "Ротенберги"),
    # ... never a surname made from a given name ("Максимов" is no family of a "Максим")
    ("Тренер Максим Петров ушел. Сергей Максимов заявил об этом.", "Сергей Максимов", "Сергей Максимов"),
])
def test_family_plurals(text: str, written: str, normal: str) -> None:
    doc = analyze(text)[0]
    assert {m.normal for m in doc.mentions if m.text == written} == {normal}


def test_a_compound_organisation_named_as_a_person_once_is_the_organisation() -> None:
    """slovnet calls the first "БКС-банка" a person, the second an organisation: one organisation, "БКС-банк"."""
    doc = analyze("Компания подала иск против БКС-банка. Представитель БКС-банка отказался от комментариев.")[0]
    assert {(m.type, m.normal) for m in doc.mentions if m.text == "БКС-банка"} == {("ORG", "БКС-банк")}
