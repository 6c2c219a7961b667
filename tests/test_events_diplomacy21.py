"""Events: the diplomatic types' recall round of the twenty-first session (REQUEST, CONSULT, AGREE, REJECT and
CONCEDE misses of the thirteen tuning sets read), each rule with the near cases it leaves alone. Sentences of our
own, of the patterns the sets hold.

- "обсудил экономические вопросы с ирландскими лидерами": the parser hangs the "с" partner of talks on the topic
  discussed; a person there (or leaders named by their state's adjective) is the partner. Not a relation's or an
  affair's "с" ("ситуацию с Навальным", "сотрудничество с Китаем"), and not with no subject (a channel's "Обсуждаем
  ... с обозревателем").
- "предложил парламенту Чечни рассмотреть кандидатуру": a proposal to someone named in the dative to do something is
  REQUEST of that one. Not a measure proposed to no one ("Минюст предложил добавить ..."), not an offer of a thing
  ("предложил ему должность"), not talks proposed (the proposer is their side), not a private person asked by no
  one named.
- Coordinated partners of a meeting, talks or an agreement ("согласовано с МИД, Верховным судом и Генпрокуратурой")
  are one event each, as coordinated objects are.
- "прибывает в Турцию": the imperfective of "прибыть" is a visit too.
- "получило от Гаваны отказ": a refusal received; the one "от" whom it comes refuses, whoever receives it (or whose
  thing it is) is refused.
- "издала указ о трауре": a decree issued is AGREE of its issuer, as a decree signed is.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Эммануэль Макрон обсудил этот план с генсеком ООН.", ("CONSULT", "Эммануэль Макрон", "ООН", "asserted")),
    ("Реджеп Тайип Эрдоган обсудил торговые вопросы с японскими лидерами.",
     ("CONSULT", "Реджеп Тайип Эрдоган", "Япония", "asserted")),
    ("Эммануэль Макрон не обсуждал этот план с Олафом Шольцем.",
     ("CONSULT", "Эммануэль Макрон", "Олаф Шольц", "negated")),
])
def test_a_partner_hung_on_the_topic_is_the_partner(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Эммануэль Макрон обсудил ситуацию с Алексеем Навальным.",
    "Эммануэль Макрон обсудил отношения с Дональдом Трампом.",
    "Обсуждаем последние новости с политологом Иваном Смирновым.",
])
def test_a_topic_with_someone_is_no_partner(pipeline: Pipeline, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "CONSULT"] == []


def test_cooperation_with_a_state_discussed_is_a_topic(pipeline: Pipeline) -> None:
    assert [e for e in events(pipeline, "Эммануэль Макрон обсудил сотрудничество с Китаем.")
            if e[0] == "CONSULT"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Премьер-министр Венгрии Виктор Орбан предложил Евросоюзу пересмотреть бюджет.",
     ("REQUEST", "Виктор Орбан", "ЕС", "asserted")),
    ("Президент Франции Эммануэль Макрон предложил парламенту Молдавии рассмотреть кандидатуру своего советника.",
     ("REQUEST", "Эммануэль Макрон", "Молдавия", "asserted")),
])
def test_a_proposal_to_someone_asks_them(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Министерство финансов предложило повысить налог на роскошь.",
    "Виктор Орбан предложил Евросоюзу новые условия сделки.",
    "Соседи предложили пенсионерке Марии Ивановой переехать к дочери.",
])
def test_a_proposal_to_no_one_or_of_a_thing_asks_no_one(pipeline: Pipeline, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "REQUEST"] == []


def test_talks_proposed_make_the_proposer_their_side(pipeline: Pipeline) -> None:
    found = events(pipeline, "Германия предложила Франции возобновить переговоры по бюджету.")
    assert [e for e in found if e[0] == "REQUEST"] == []
    assert [e for e in found if e[0] == "CONSULT"]


def test_coordinated_partners_are_an_event_each(pipeline: Pipeline) -> None:
    found = events(pipeline, "Реджеп Тайип Эрдоган провёл переговоры с Владимиром Путиным и Ильхамом Алиевым.")
    assert ("CONSULT", "Реджеп Тайип Эрдоган", "Владимир Путин", "asserted") in found
    assert ("CONSULT", "Реджеп Тайип Эрдоган", "Ильхам Алиев", "asserted") in found


def test_an_agreement_with_coordinated_bodies_is_an_event_each(pipeline: Pipeline) -> None:
    found = events(pipeline, "Проект Минфина был согласован с Минюстом, Генпрокуратурой и Верховным судом.")
    assert len([e for e in found if e[0] == "AGREE"]) == 3


def test_arriving_is_a_visit(pipeline: Pipeline) -> None:
    assert ("CONSULT", "Энтони Блинкен", "Израиль", "asserted") in events(
        pipeline, "Госсекретарь США Энтони Блинкен в понедельник прибывает в Израиль.")


@pytest.mark.parametrize("text", [
    "В Израиль прибывают беженцы из Ливана.",
    "Поезд прибывает в Москву в семь утра.",
])
def test_arrivals_of_no_one_named_are_no_visit(pipeline: Pipeline, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "CONSULT"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Компания Boeing получила отказ от правительства Индии.", ("REJECT", "Индия", "Boeing", "asserted")),
    ("Предложение Японии о совместной разработке шельфа получило от Китая отказ.",
     ("REJECT", "Китай", "Япония", "asserted")),
    ("Украина не получила отказа от США.", ("REJECT", "США", "Украина", "negated")),
])
def test_a_refusal_received(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_decree_issued_is_agreed(pipeline: Pipeline) -> None:
    assert ("AGREE", "Касым-Жомарт Токаев", None, "asserted") in events(
        pipeline, "Президент Казахстана Касым-Жомарт Токаев издал указ об общенациональном трауре.")


def test_a_book_issued_is_no_decree(pipeline: Pipeline) -> None:
    assert [e for e in events(pipeline, "Издательство «Эксмо» издало книгу о Касым-Жомарте Токаеве.")
            if e[0] == "AGREE"] == []
