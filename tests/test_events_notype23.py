"""Events: acts whose type the system never gave (the twenty-third session, issue 4), wordings that recur across the
tuning sets, each with the near cases it leaves alone. Sentences of our own.

- Coalitions formed ("создала коалицию с", "сформировал альянс с"): COOPERATE with the partner "с" whom; none
  without a partner named ("не смог сформировать правящую коалицию").
- Hacking told as getting into a network or falling victim to hackers ("проник в компьютерную сеть НАСА", "стал
  жертвой хакерской атаки"): COERCE; a bare "проникнуть в" a place is no act.
- Military action told by its nouns ("военная операция НАТО против Ливии", "подверглась бомбардированию"): ASSAULT,
  the genitive of a noun with "против" its doer; an operation against no one named is none.
- A gerund's doer is its clause's grammatical subject, a passive verb's too ("был отстранён ..., сформировав
  альянс").
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Весной Партия зелёных сформировала коалицию с Либеральной партией.",
     ("COOPERATE", "Партия зелёных", "Либеральная партия", "asserted")),
    ("Бывший премьер Иван Соколов создал альянс с Аграрной партией Молдавии.",
     ("COOPERATE", "Иван Соколов", "Аграрная партия Молдавии", "asserted")),
    ("Бывший премьер Иван Соколов ушёл с поста. В 2012 году он был отстранён от должности, однако продолжал "
     "участвовать в управлении страной, сформировав альянс с Аграрной партией.",
     ("COOPERATE", "Иван Соколов", "Аграрная партия", "asserted")),
])
def test_coalition_formed(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_coalition_without_partner_is_none(pipeline: Pipeline) -> None:
    found = events(pipeline, "Премьер-министр Израиля Нетаньяху не смог сформировать правящую коалицию.")
    assert not [e for e in found if e[0] == "COOPERATE"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Хакер Джон Смит проник в компьютерную сеть НАСА.", ("COERCE", "Джон Смит", "НАСА", "asserted")),
    ("Банк «Восток» стал жертвой хакерской атаки.", ("COERCE", None, "Банк «Восток»", "asserted")),
])
def test_hacking(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_entering_a_place_is_no_hacking(pipeline: Pipeline) -> None:
    assert not [e for e in events(pipeline, "Грабители проникли в дом бизнесмена Петрова.") if e[0] == "COERCE"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Военная операция НАТО против Ливии длилась семь месяцев.", ("ASSAULT", "НАТО", "Ливия", "asserted")),
    ("В 1999 году Югославия подверглась бомбардированию.", ("ASSAULT", None, "Югославия", "asserted")),
])
def test_military_action_nouns(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_operation_against_no_one_is_none(pipeline: Pipeline) -> None:
    assert not [e for e in events(pipeline, "Полиция провела операцию против коррупции в Самаре.")
                if e[0] == "ASSAULT"]


def test_gerund_under_a_passive_takes_its_subject(pipeline: Pipeline) -> None:
    found = events(pipeline, "Министр Олег Рябов был отстранён от должности, встретившись накануне с лидером талибов.")
    assert ("CONSULT", "Олег Рябов", "Талибан", "asserted") in found
