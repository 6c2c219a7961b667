"""Events: ACCUSE recall across the tuning sets (twenty-first session, issue 4). Sentences of our own, of the
patterns the tuning sets hold ("Противники покойного лидера также обвиняли его", "Лофнер предстал перед судом"),
each rule with the near cases it leaves alone.

- Those told by whom they oppose ("противники министра", "недоброжелатели", "ярый критик президента": ASSOCIATES in
  event_words.tsv) are not the one opposed: their accusation is by no named side and aims at whom it names, and an
  act done to them ("критик президента застрелен") is not done to the one they criticise.
- A charge or a name called by people told only by a participle ("лидеры оппозиции, обвиняющие его в коррупции",
  "оппозиционеры, называющие его диктатором", "женщин, обвинивших продюсера") is an accusation by no named side;
  other judging participles of unnamed people ("эксперты, выступавшие против министра", "критикующие") stay a
  description of whom the text means.
- Who appears in court ("предстал перед судом", "предстанет перед судом") is the one charged: ACCUSE with no accuser
  named (the sets' convention for a hearing), with the modality of the verb; appearing before anyone else is no
  charge.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def accusations(pipeline: Pipeline, text: str) -> list[Described]:
    return [e for e in events(pipeline, text) if e[0] == "ACCUSE"]


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("Губернатор Иван Петров проиграл выборы. Противники губернатора упрекали Петрова в лени.",
     ("ACCUSE", None, "Иван Петров", "asserted"), ("ACCUSE", "Иван Петров", None, "asserted")),
    ("Министр Иван Петров ушёл в отставку. Противники министра обвиняют Петрова в коррупции.",
     ("ACCUSE", None, "Иван Петров", "asserted"), ("ACCUSE", "Иван Петров", None, "asserted")),
])
def test_opponents_accuse_the_one_they_oppose(pipeline: Pipeline, text: str, expected: Described,
                                              wrong: Described) -> None:
    found = accusations(pipeline, text)
    assert expected in found
    assert wrong not in found


def test_an_act_on_a_critic_is_not_on_whom_he_criticised(pipeline: Pipeline) -> None:
    found = events(pipeline, "Ярый критик президента Ивана Петрова застрелен в Стамбуле.")
    assert not any(e[2] == "Иван Петров" for e in found)


def test_an_accusation_of_opponents_keeps_its_accuser(pipeline: Pipeline) -> None:
    found = accusations(pipeline, "Министр Олег Смирнов обвинил противников реформы в саботаже.")
    assert ("ACCUSE", "Олег Смирнов", None, "asserted") in found


def test_opponents_gathering_accuse_no_one(pipeline: Pipeline) -> None:
    assert accusations(pipeline, "Противники министра Олега Смирнова собрались на митинг у здания правительства.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Бизнесмен Сергей Кузнецов предстал перед судом по обвинению в мошенничестве.",
     ("ACCUSE", None, "Сергей Кузнецов", "asserted")),
    ("Бывший мэр Олег Смирнов предстанет перед судом в марте.",
     ("ACCUSE", None, "Олег Смирнов", "future")),
    ("Бизнесмен Сергей Кузнецов не предстанет перед судом.",
     ("ACCUSE", None, "Сергей Кузнецов", "negated")),
    ("Бизнесмен Сергей Кузнецов может предстать перед судом, если вернётся в страну.",
     ("ACCUSE", None, "Сергей Кузнецов", "hypothetical")),
])
def test_who_appears_in_court_is_charged(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert accusations(pipeline, text) == [expected]


@pytest.mark.parametrize("text", [
    "Певец Сергей Кузнецов предстал перед публикой в новом образе.",
    "Адвокат Сергей Кузнецов выступил перед судом присяжных.",
])
def test_appearing_before_others_is_no_charge(pipeline: Pipeline, text: str) -> None:
    assert accusations(pipeline, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Лидеры оппозиции, обвиняющие министра Ивана Петрова в коррупции, вышли на митинг.",
     ("ACCUSE", None, "Иван Петров", "asserted")),
    ("Президент Иван Петров сталкивается с протестами оппозиционных лидеров, называющих его диктатором.",
     ("ACCUSE", None, "Иван Петров", "asserted")),
    ("Женщин, обвинивших продюсера Игоря Волкова в домогательствах, несколько десятков.",
     ("ACCUSE", None, "Игорь Волков", "asserted")),
])
def test_a_charge_by_unnamed_people_told_by_a_participle(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert accusations(pipeline, text) == [expected]


@pytest.mark.parametrize("text", [
    "Эксперты, выступавшие против министра Ивана Петрова, собрались в Москве.",
    "Эксперты, критикующие министра Ивана Петрова, собрались в Москве.",
    "Эксперты, критикующие реформу, собрались в Москве.",
])
def test_a_stance_of_unnamed_people_stays_a_description(pipeline: Pipeline, text: str) -> None:
    assert accusations(pipeline, text) == []
