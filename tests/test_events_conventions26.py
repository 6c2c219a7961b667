"""Events: the conventions the twenty-sixth session settled across the tuning sets (EVENTS.md "## Conventions").

- An appointment or an election by someone named of a person named is SUPPORT of the appointee; one by no one
  named ("назначен послом"), of no person named, the body whose post it is ("тренером команды"), or the title
  "избранный президент" is no event.
- A decree that ends a term ("подписал указ об отставке мэра") is COERCE by its signer beside the signing's AGREE;
  one that accepts a resignation asked for ("по собственному желанию") gives no COERCE.
- A decree or law signed is AGREE of the signer with no target.
- Being held or serving a sentence, told as a state ("отбывает срок", "содержится в СИЗО"), is COERCE `null` →
  the one held.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Мэр Москвы Сергей Собянин назначил Петра Бирюкова своим заместителем.",
     ("SUPPORT", "Сергей Собянин", "Петр Бирюков", "asserted")),
    ("Президент Казахстана Касым-Жомарт Токаев назначил Олжаса Бектенова премьер-министром.",
     ("SUPPORT", "Касым-Жомарт Токаев", "Олжас Бектенов", "asserted")),
])
def test_an_appointment_by_someone_named_is_support(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Указом президента Кирилл Петров назначен послом во Франции.",
    "Нового министра назначили в понедельник.",
    "Главным тренером клуба «Зенит» был назначен Сергей Семак.",
])
def test_an_appointment_by_no_one_named_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e[0] == "SUPPORT"]


def test_a_decree_ending_a_term_is_coerce_by_its_signer(pipeline: Pipeline) -> None:
    found = events(pipeline, "Президент Дмитрий Медведев подписал указ об отставке мэра Омска Игоря Сизова.")
    assert ("COERCE", "Дмитрий Медведев", "Игорь Сизов", "asserted") in found
    assert ("AGREE", "Дмитрий Медведев", None, "asserted") in found


def test_a_decree_accepting_a_resignation_is_no_coercion(pipeline: Pipeline) -> None:
    found = events(pipeline, "Путин подписал указ о досрочном прекращении полномочий губернатора Ивана Петрова "
                             "по собственному желанию.")
    assert not [e for e in found if e[0] == "COERCE"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Журналист Олег Смирнов отбывает срок в колонии под Пермью.", ("COERCE", None, "Олег Смирнов", "asserted")),
    ("Предприниматель Иван Сидоров содержится в СИЗО.", ("COERCE", None, "Иван Сидоров", "asserted")),
])
def test_custody_told_as_a_state_is_coercion(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)
