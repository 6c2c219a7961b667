"""Events: the general rules of the twentieth session (events_dev12's misses read), each with the near cases it
leaves alone. Sentences of our own, of the patterns the set's Wikinews texts hold.

- An organisation named once with its kind noun ("Газета «Коммерсант»", "Арбитражный суд Москвы") and then by the
  bare noun ("обвинил газету", "Суд отказался"): that organisation, when the article so named only one. Not a noun
  with a word of its own ("Суд более низкой инстанции", "другой суд").
- Whatever deed the investigators' or prosecutors' account tells of a named person ("По версии следствия, Петров
  продавал ...", "По формулировке обвинения, ... угрожал") is their charge of him, not only an attack. Not dying or
  being somewhere ("По данным полиции, Петров погиб"); the police's or a ministry's data only as their "версия" ("По
  данным МВД, министр провёл совещание" is their own officer's work).
- Held in custody ("находился в СИЗО", "под домашним арестом", "под подпиской о невыезде", "содержится под
  стражей"): COERCE by no one named, the one held the target. Not being in a town.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Компания «Северсталь» объявила о сокращениях. В письме министру глава региона Иван Петров обвинил компанию "
     "в нарушении договора.", ("ACCUSE", "Иван Петров", "Северсталь", "asserted")),
    ("Арбитражный суд Москвы рассмотрел иск компании «Северсталь». Суд отказался удовлетворить иск «Газпрома».",
     ("REJECT", "Арбитражный суд Москвы", None, "asserted")),
])
def test_an_organisation_by_its_bare_kind_noun(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_kind_noun_with_a_word_of_its_own_is_another(pipeline: Pipeline) -> None:
    found = events(pipeline, "Арбитражный суд Москвы рассмотрел иск компании «Северсталь». Другой суд отказался "
                             "удовлетворить иск «Газпрома».")
    assert not any(e[1] == "Арбитражный суд Москвы" for e in found if e[0] == "REJECT")


@pytest.mark.parametrize(("text", "expected"), [
    ("По версии следствия, Иван Петров продавал похищенные данные.", ("ACCUSE", None, "Иван Петров", "asserted")),
    ("По данным следствия, в 2015 году Олег Сидоров связался с вербовщиком.",
     ("ACCUSE", None, "Олег Сидоров", "asserted")),
    ("По формулировке обвинения, Сергей Иванов кинул камень и тем самым угрожал полицейскому.",
     ("ACCUSE", None, "Сергей Иванов", "asserted")),
])
def test_an_investigators_account_of_a_deed(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "По данным полиции, Иван Петров погиб на месте.",
    "По данным полиции, Иван Петров не причастен к нападению.",
    # the police's or a ministry's data tell their own officers' work too: a charge only as their "версия"
    "По данным МВД, министр внутренних дел Владимир Колокольцев провёл совещание с губернаторами.",
    "По информации полиции, Иван Петров вызвал наряд и помог задержать грабителя.",
])
def test_no_deed_in_the_account(pipeline: Pipeline, text: str) -> None:
    assert not any(e[0] == "ACCUSE" for e in events(pipeline, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Иван Петров находился в СИЗО с 9 августа.", ("COERCE", None, "Иван Петров", "asserted")),
    ("Сергей Иванов находился под подпиской о невыезде.", ("COERCE", None, "Сергей Иванов", "asserted")),
    ("Бизнесмен Иван Петров содержится под стражей в Лефортово.", ("COERCE", None, "Иван Петров", "asserted")),
    # the state that arrested him is not the one that holds him
    ("В ноябре власти Таиланда задержали Ивана Петрова. Сейчас он находится в СИЗО.",
     ("COERCE", None, "Иван Петров", "asserted")),
])
def test_held_in_custody(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_being_in_a_town_is_no_custody(pipeline: Pipeline) -> None:
    assert not any(e[0] == "COERCE" for e in events(pipeline, "Иван Петров находился в Москве под наблюдением "
                                                              "врачей."))
