"""Events: trigger gaps that recur across the tuning sets (the twenty-second session), each with the near cases it
leaves alone. Sentences of our own.

- Held in prison, told by where one is held ("содержится в тюрьме", "содержатся в заключении", "находится в
  тюрьме", "провёл в тюрьме", "сидит в тюрьме"): COERCE on the one held, by no one named. Not a land ("в
  итальянских тюрьмах", "в тюрьмах Китая": where or whose the jail is), nor a count of people held ("два
  журналиста находятся в заключении"), nor "находиться" of a place.
- Dismissals told by their own word ("уволил", "об увольнении", "отправлен в отставку"): COERCE on the person
  dismissed, by whoever dismisses. Not a body or a land whose officer is dismissed ("генералов полиции", "Посла
  Японии"), nor a count of people ("уволило 1400 военных"), nor "отставка" left by its holder ("подал в
  отставку", "ушёл в отставку").
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Оппозиционный блогер Андрей Кравцов уже третий год содержится в тюрьме под Минском.",
     ("COERCE", None, "Андрей Кравцов", "asserted")),
    ("Правозащитник Михаил Зотов провёл в тюрьме девять лет и вышел на свободу в мае.",
     ("COERCE", None, "Михаил Зотов", "asserted")),
    ("Бывший министр Олег Гаврилов сидит в тюрьме за растрату бюджетных средств.",
     ("COERCE", None, "Олег Гаврилов", "asserted")),
    ("Журналистка Елена Маркова находится в заключении с прошлой весны.",
     ("COERCE", None, "Елена Маркова", "asserted")),
])
def test_held_in_prison(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "В итальянских тюрьмах находятся около двухсот пожилых заключённых.",
    "Больше всего репортёров содержится в тюрьмах Китая.",
    "Правозащитники считают, что в стране три журналиста находятся в заключении.",
    "Старая тюрьма находится в пяти километрах от города.",
])
def test_no_one_named_held(pipeline: Pipeline, text: str) -> None:
    assert not any(e[0] == "COERCE" for e in events(pipeline, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Президент Виктор Ломов уволил министра финансов Аркадия Рябова.",
     ("COERCE", "Виктор Ломов", "Аркадий Рябов", "asserted")),
    ("Губернатор Тверской области Павел Сомов отправлен в отставку.", ("COERCE", None, "Павел Сомов", "asserted")),
    ("В пятницу правительство объявило об увольнении начальника таможни Игоря Белова.",
     ("COERCE", None, "Игорь Белов", "asserted")),
])
def test_a_dismissal(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Президент уволил двух генералов полиции.",
    "Посла Японии уволили за ошибку в докладе.",
    "В воскресенье правительство уволило около 1400 военных, включая советника премьера Игоря Белова.",
    "Министр финансов Аркадий Рябов подал в отставку.",
    "Генерал Павел Сомов ушёл в отставку в прошлом году.",
])
def test_no_one_named_dismissed(pipeline: Pipeline, text: str) -> None:
    assert not any(e[0] == "COERCE" for e in events(pipeline, text))
