"""Events: claims and criticism told with no trigger word (twenty-second session, issue 4). Sentences of our own, of
the shapes read on the tuning sets, telegram posts and NEREL texts ("ошибки, которые допустил специальный прокурор",
"ответственность за это лежит на французских властях", "власти несут «значительную ответственность»"), each with
the near cases the rules leave alone.

- A fault held by a named other party, said in a named speaker's words, is the speaker's ACCUSE of that party
  (events.py ``_fault_holder``, FAULT_WORDS): the subject of a verb of fault whose object the fault is or which
  qualifies it ("допустил ошибку", "ошибки, которые допустил X", "зло, которое команда X причинила"), the one it
  lies on ("ответственность лежит на X"), the one who bears it ("X несёт ответственность за"), the owner of a
  mistake ("ошибка X"). Asserted: the fault is done, whatever is to come of it ("поможет исправить ошибки").
- Nothing where no named party holds the fault ("это была ошибка"), where it is the speaker's own ("мы допустили
  ошибку"), where it is denied ("не допускал ошибок"), in praise, or where the word is wine's ("российских вин").
- Words of moral condemnation the list lacked (CONDEMNING_WORDS: "нелегитимный", "коррупционный", "отвратительно",
  ...) are read by the quote rule as the older words are: "это нелегитимно" said by a named speaker is criticism.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def accusations(pipeline: Pipeline, text: str) -> list[Described]:
    return [e for e in described_events(pipeline, text, published="2024-03-15") if e[0] == "ACCUSE"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Сенатор Олег Смирнов заявил, что губернатор Иван Петров допустил серьёзную ошибку.",
     ("ACCUSE", "Олег Смирнов", "Иван Петров", "asserted")),
    ("Депутат Олег Смирнов сказал, что новый закон поможет исправить ошибки, которые допустил министр Иван Петров.",
     ("ACCUSE", "Олег Смирнов", "Иван Петров", "asserted")),
    ("«Реформа исправит то зло, которое команда Ивана Петрова причинила пенсионерам», — сказал Олег Смирнов.",
     ("ACCUSE", "Олег Смирнов", "Иван Петров", "asserted")),
    ("Министр обороны России Олег Смирнов заявил, что ответственность за гибель людей лежит на властях Грузии.",
     ("ACCUSE", "Олег Смирнов", "Грузия", "asserted")),
    ("Министерство иностранных дел Франции заявило, что всю ответственность за кризис несёт Иран.",
     ("ACCUSE", "Министерство иностранных дел Франции", "Иран", "asserted")),
    ("Политолог Олег Смирнов отметил, что отставка министра стала ошибкой Ивана Петрова.",
     ("ACCUSE", "Олег Смирнов", "Иван Петров", "asserted")),
])
def test_a_fault_held_by_a_named_party_accuses_it(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in accusations(pipeline, text)


@pytest.mark.parametrize("text", [
    "Сенатор Олег Смирнов заявил, что это была ошибка.",
    "«Мы допустили ошибку», — сказал губернатор Олег Смирнов.",
    "Сенатор Олег Смирнов заявил, что губернатор Иван Петров не допускал ошибок.",
    "Сенатор Олег Смирнов сказал, что губернатор Иван Петров блестяще провёл переговоры и заслуживает награды.",
    "Министр Олег Смирнов сказал, что доля российских вин в меню должна быть не меньше четверти.",
    "Министр Олег Смирнов заявил, что ответственность за безопасность на дорогах лежит на водителях.",
])
def test_no_fault_of_a_named_other_party_accuses_no_one(pipeline: Pipeline, text: str) -> None:
    assert accusations(pipeline, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("«Нынешние власти полностью нелегитимны», — заявил депутат Олег Смирнов.",
     ("ACCUSE", "Олег Смирнов", None, "asserted")),
    ("Адвокат Олег Смирнов сказал, что руководство прокуратуры — коррупционная группировка.",
     ("ACCUSE", "Олег Смирнов", None, "asserted")),
])
def test_moral_condemnation_told_as_speech_accuses(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in accusations(pipeline, text)


@pytest.mark.parametrize("text", [
    "«Нынешние власти вполне легитимны», — заявил депутат Олег Смирнов.",
    "Адвокат Олег Смирнов сказал, что в прокуратуре нет никакой коррупционной группировки.",
])
def test_moral_condemnation_denied_accuses_no_one(pipeline: Pipeline, text: str) -> None:
    assert accusations(pipeline, text) == []
