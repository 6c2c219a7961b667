"""Events: the rules of the twentieth session's third recall audit (120 fresh telegram posts), each with a near
case where it must not fire.

- Being freed "от должности" is a dismissal, not a release ("освободил замминистра от должности"); "освободил из-под
  стражи" still is one.
- Nouns and forms the lexicon held only as other words: "о лишении аккредитации" (expulsion, its genitive the one
  expelled), "о выделении ... помощи" (aid), "прерывает переговоры" (a halt of talks).
- The staff of an organisation who strike ("Сотрудники компании Ford объявили забастовку") strike against it.
- Armed forces named by an abbreviation (ВСУ) striking in a region of another state strike the region.
- Aid a side prepares or announces ("Байден готовит пакет помощи Украине") is that side's.
- A strike "вглубь" a state is on that state: never its striker ("удары американским оружием вглубь России").
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-11-20")


@pytest.mark.parametrize(("text", "expected"), [
    ("МИД России заявил о лишении аккредитации корреспондента Петра Сидорова.",
     ("SANCTION", "МИД России", "Петр Сидоров", "asserted")),
    ("Канцлер Австрии объявил о выделении Молдавии пакета помощи.", ("AID", "Австрия", "Молдавия", "asserted")),
    ("Армения прерывает переговоры с Азербайджаном.", ("SANCTION", "Армения", "Азербайджан", "asserted")),
    ("Сотрудники компании Ford объявили забастовку.", ("PROTEST", None, "Ford", "asserted")),
    ("ВСУ нанесли удар в Белгородской области.", ("ASSAULT", "ВСУ", "Белгородская область", "asserted")),
    ("Макрон готовит пакет помощи Молдавии.", ("AID", "Макрон", "Молдавия", "asserted")),
    ("Польша нанесла удары британским оружием вглубь Литвы.", ("ASSAULT", "Польша", "Литва", "asserted")),
])
def test_the_rule_fires(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_dismissal_is_no_release(pipeline: Pipeline) -> None:
    # removal from office (COERCE dismiss, the NEREL precision round's rule that the two rounds share)
    found = events(pipeline, "Премьер Мишустин освободил Ивана Петрова от должности замминистра.")
    assert [e for e in found if e[0] == "CONCEDE"] == []
    found = events(pipeline, "Президент освободил Ивана Петрова от полномочий губернатора.")
    assert [e[0] for e in found] == ["COERCE"]


def test_a_release_from_custody_stays(pipeline: Pipeline) -> None:
    found = events(pipeline, "Суд освободил Ивана Петрова из-под стражи.")
    assert [e for e in found if e[0] == "CONCEDE" and e[2] == "Иван Петров"]


def test_a_company_that_strikes_stays_the_striker(pipeline: Pipeline) -> None:
    assert ("PROTEST", "Ford", None, "asserted") in events(pipeline, "Компания Ford объявила забастовку.")


def test_forces_striking_at_home_name_no_region(pipeline: Pipeline) -> None:
    found = events(pipeline, "ВСУ нанесли удар в Харьковской области.")
    assert [e for e in found if e[0] == "ASSAULT" and e[2] == "Харьковская область"] == []


def test_aid_only_discussed_is_no_aid(pipeline: Pipeline) -> None:
    assert [e for e in events(pipeline, "Макрон обсудил пакет помощи Молдавии.") if e[0] == "AID"] == []


def test_the_land_struck_into_is_not_the_striker(pipeline: Pipeline) -> None:
    found = events(pipeline, "По его словам, эта атака стала ответом на удары американским и британским оружием "
                             "вглубь Литвы.")
    assert [e for e in found if e[0] == "ASSAULT" and e[1] == "Литва"] == []
    assert [e for e in found if e[0] == "ASSAULT" and e[2] == "Литва"]


def test_a_strike_deep_into_ones_own_land_names_no_target(pipeline: Pipeline) -> None:
    found = events(pipeline, "Польские войска отступили вглубь Польши, а затем нанесли удар.")
    assert [e for e in found if e[0] == "ASSAULT" and e[2] == "Польша"] == []
