"""Events: sides found wrong, round 2 (the twentieth session, issue 4). Sentences of our own, each with the near
cases the rule must leave alone.

- A reflexive verb that is only ever passive ("подозревается", "обвиняется"), which the parser may read as middle
  voice with an active subject: its subject, or a relative clause's antecedent, is the one suspected ("гражданину
  Насеру, который подозревается в ..."), and "в отравлении Скрипаля" names the deed, not whom it is done to.
- The verb phrase's own noun standing first ("Расследование в отношении Михайлова проводит управление ФСБ"): the
  noun after the verb, read as a second object, is the subject; "в отношении X" is the target.
- A verb done to a person in the accusative is not done to a dative beside it ("признал Петрова виновным в
  причинении смерти Сидорову, приговорил преступника": the dead man is not the one sentenced).
- An object after a gerund that has none of its own is the gerund's ("перестал поддерживать Мулузи, основав
  партию": the party is founded, not supported).
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Генпрокуратура предъявила обвинения гражданину Сирии Ахмеду Насеру, который подозревается в подготовке "
     "теракта.", ("ACCUSE", None, "Ахмед Насер", "asserted")),
    ("В отравлении Сергея Скрипаля подозревается сотрудник ФСБ Пётр Сидоров.",
     ("ACCUSE", None, "Пётр Сидоров", "asserted")),
])
def test_a_reflexive_passive_names_the_suspect(pipeline: Pipeline, text: str, expected: Described) -> None:
    found = events(pipeline, text)
    assert expected in found
    assert not any(e[0] == "ACCUSE" and e[1] in ("Ахмед Насер", "Пётр Сидоров") for e in found)
    # the victim is not the one accused; the poisoning itself is an assault on him (the twenty-first session)
    assert not any(e[2] == "Сергей Скрипаль" for e in found if e[0] != "ASSAULT")


@pytest.mark.parametrize(("text", "expected"), [
    # the parser's passive and an active suspecting verb stay as they were
    ("Полиция задержала Ивана Петрова, который обвиняется в мошенничестве.",
     ("ACCUSE", None, "Иван Петров", "asserted")),
    ("В убийстве Бориса Немцова обвиняется Заур Дадаев.", ("ACCUSE", None, "Заур Дадаев", "asserted")),
])
def test_passives_the_parser_reads_stay(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Расследование в отношении Олега Михайлова проводит управление собственной безопасности ФСБ.",
     ("ACCUSE", "ФСБ", "Олег Михайлов", "asserted")),
    ("Расследование в отношении Олега Михайлова проводит Следственный комитет.",
     ("ACCUSE", "Следственный комитет", "Олег Михайлов", "asserted")),
])
def test_the_phrase_noun_first_and_its_subject_after(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("ФСБ проводит расследование в отношении Олега Михайлова.", ("ACCUSE", "ФСБ", "Олег Михайлов", "asserted")),
    ("Расследование проводит управление собственной безопасности ФСБ.", ("ACCUSE", "ФСБ", None, "asserted")),
])
def test_the_usual_order_stays(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert events(pipeline, text) == [expected]


def test_a_dative_beside_an_accusative_person_is_not_the_target(pipeline: Pipeline) -> None:
    found = events(pipeline, "Таганский суд Москвы признал уроженца Дагестана, чемпиона мира по боксу Олега Петрова "
                             "виновным в причинении смерти по неосторожности 20-летнему москвичу Ивану Сидорову, "
                             "приговорил преступника к двум годам ограничения свободы.")
    assert not any(e[2] == "Иван Сидоров" for e in found)
    assert ("COERCE", "Таганский суд Москвы", None, "asserted") in found


@pytest.mark.parametrize(("text", "expected"), [
    # a dative with no person in the accusative is still whom the act is addressed to
    ("Генпрокуратура предъявила обвинение Ивану Петрову.", ("ACCUSE", "Генпрокуратура", "Иван Петров", "asserted")),
    ("Суд признал Олега Петрова виновным в причинении смерти Ивану Сидорову.",
     ("COERCE", None, "Олег Петров", "asserted")),
])
def test_a_dative_otherwise_stays(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_an_object_after_a_gerund_is_the_gerunds(pipeline: Pipeline) -> None:
    found = events(pipeline, "Бингу ва Мутарика был избран при поддержке Бакили Мулузи. Впоследствии Мутарика "
                             "перестал поддерживать Мулузи, основав Демократическую прогрессивную партию, которая "
                             "в настоящее время контролирует большинство мест в парламенте Малави.")
    assert not any(e[2] == "Демократическая прогрессивная партия" for e in found)
    assert any(e[0] == "SUPPORT" and e[2] == "Бакили Мулузи" for e in found)


def test_an_object_before_the_gerund_stays(pipeline: Pipeline) -> None:
    found = events(pipeline, "Иван Петров поддержал Олега Сидорова, создав Партию труда.")
    assert ("SUPPORT", "Иван Петров", "Олег Сидоров", "asserted") in found


@pytest.mark.parametrize(("text", "expected"), [
    # a rights group's recognition of a political prisoner backs him
    ("Правозащитный центр «Мемориал» признал Ивана Петрова политическим заключённым.",
     ("SUPPORT", "Правозащитный центр «Мемориал»", "Иван Петров", "asserted")),
    ("Amnesty International признала Олега Сидорова узником совести.",
     ("SUPPORT", "Международная амнистия", "Олег Сидоров", "asserted")),
    # a guilt not found is the court's accusation denied
    ("В приговоре отмечается, что Таганский суд не нашёл вины врачей в смерти Петрова.",
     ("ACCUSE", "Таганский суд", None, "negated")),
    # removed from power: the overthrow's other wording
    ("В 2013 году Мохаммед Мурси был отстранён от власти военными.", ("COERCE", None, "Мохаммед Мурси", "asserted")),
])
def test_wordings_of_round_2(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Иван Петров заключил соглашение с политической партией.",
    "Политических заключённых в стране признали опасными.",
    "Иван Петров нашёл бутылку вина в погребе.",
])
def test_the_wordings_near_cases(pipeline: Pipeline, text: str) -> None:
    assert not any(e[0] in ("SUPPORT", "ACCUSE") and e[2] is not None for e in events(pipeline, text))
