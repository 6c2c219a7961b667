"""Events: the sides of a passive act, third round (the twenty-fifth session, issue 4). Sentences of our own
(and the session lead's four of the brief).

- A passive verb's agent in the instrumental is its source whichever label the parser gives it: an "iobj"
  ("Заявление Байдена было осуждено Евросоюзом") as an "obl" or "obl:agent"; so is a qualifying participle's agent
  whose owner a judged thing names ("Поправка, выдвинутая депутатами ЛДПР, была отклонена").
- A judged act in the passive is its doer's, as in the active ("Визит Пелоси был осуждён Китаем" as "Китай
  осудил визит Пелоси"); an act undergone ("Арест Петрова был осуждён") still names no doer, so no target.
- The noun of an act that is the subject of a passive verb carrying it out ("Санкции ... были введены
  Евросоюзом") takes that verb's agent as its source, as "ЕС ввёл санкции" takes the subject; a verb that is an
  act of its own ("Визит ... был осуждён Китаем") gives the visit no visitor.
- A "против" phrase the parser hung on the passive's agent ("были введены Японией против КНДР") aims the act.
- A case opened in the passive, with no agent, "в" an organisation ("В Следственном комитете России возбуждено
  уголовное дело") is that body's, as "в Кремле заявили" is the Kremlin's; "в Москве" (a place) names no opener.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Решение Трампа было осуждено Евросоюзом.", ("ACCUSE", "ЕС", "Трамп", "asserted")),
    ("Заявление Байдена было осуждено Евросоюзом.", ("ACCUSE", "ЕС", "Байден", "asserted")),
    # the near case the parser already read as "obl"
    ("Позиция Вашингтона была раскритикована Евросоюзом.", ("ACCUSE", "ЕС", "Вашингтон", "asserted")),
])
def test_an_instrumental_agent_read_as_an_indirect_object(pipeline: Pipeline, text: str,
                                                          expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Визит Пелоси был осуждён Китаем.", ("ACCUSE", "Китай", "Пелоси", "asserted")),
    ("Поездка Макрона в Пекин была раскритикована Польшей.", ("ACCUSE", "Польша", "Макрон", "asserted")),
])
def test_a_judged_act_in_the_passive_is_its_doers(pipeline: Pipeline, text: str, expected: Described) -> None:
    found = events(pipeline, text)
    assert expected in found
    # the judging verb gives the visit no visitor
    assert not any(e[0] == "CONSULT" and e[1] == expected[1] for e in found)


def test_an_undergone_act_judged_in_the_passive_names_no_target(pipeline: Pipeline) -> None:
    found = events(pipeline, "Арест Петрова был осуждён Евросоюзом.")
    assert ("ACCUSE", "ЕС", None, "asserted") in found
    assert not any(e[0] == "ACCUSE" and e[2] == "Петров" for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Санкции против России были введены Евросоюзом.", ("SANCTION", "ЕС", "Россия", "asserted")),
    ("Санкции против Ирана были введены Евросоюзом.", ("SANCTION", "ЕС", "Иран", "asserted")),
    ("Санкции были введены ЕС против России.", ("SANCTION", "ЕС", "Россия", "asserted")),
    ("Санкции были введены Японией против КНДР.", ("SANCTION", "Япония", "КНДР", "asserted")),
    # the near case whose "против" phrase the parser already hung on the verb
    ("Новые санкции были введены Канадой против Белоруссии.", ("SANCTION", "Канада", "Беларусь", "asserted")),
])
def test_a_sanction_introduced_in_the_passive(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_verb_that_does_not_carry_the_act_out_lends_no_agent(pipeline: Pipeline) -> None:
    # "обсуждаться" is no introducing of the sanctions: the union is no source of them
    found = events(pipeline, "Санкции против Ирана обсуждались Евросоюзом.")
    assert not any(e[0] == "SANCTION" and e[1] == "ЕС" for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Поправка, выдвинутая депутатами ЛДПР, была отклонена.", ("REJECT", None, "ЛДПР", "asserted")),
    ("Инициатива, предложенная Францией, была поддержана Германией.",
     ("SUPPORT", "Германия", "Франция", "asserted")),
])
def test_a_judged_things_owner_by_its_participles_agent(pipeline: Pipeline, text: str,
                                                         expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_citys_police_as_the_agent(pipeline: Pipeline) -> None:
    # by the conventions a city's police acts as the city (EVENTS.md, the sets' "a city's police as the city")
    assert ("COERCE", "Москва", "Петров", "asserted") in events(pipeline, "Петров был задержан полицией Москвы.")


@pytest.mark.parametrize(("text", "expected"), [
    ("В Следственном комитете России возбуждено уголовное дело против Ивана Петрова.",
     ("ACCUSE", "Следственный комитет России", "Иван Петров", "asserted")),
    ("В прокуратуре Москвы было возбуждено дело против Ивана Петрова.",
     ("ACCUSE", "прокуратура Москвы", "Иван Петров", "asserted")),
])
def test_a_case_opened_in_a_body_is_that_bodys(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "В Москве возбуждено уголовное дело против Ивана Петрова.",
    "Против Ивана Петрова возбуждено уголовное дело.",
])
def test_a_case_opened_in_a_place_names_no_opener(pipeline: Pipeline, text: str) -> None:
    assert ("ACCUSE", None, "Иван Петров", "asserted") in events(pipeline, text)
