"""Events: sides missing on unread text, the twenty-seventh session (issue 4). Sentences of our own.

A random sample of 100 one-sided events of the telegram + NEREL dump (EVENTS.md, "The twenty-seventh session:
missing sides on unread text") showed the striker told only by the adjective of the weapon that is the strike's
subject ("российские самолеты нанесли удар"): a weapon names no side by itself, its adjective names the state whose
weapon it is (``_weapon_owner``); and the striker told as the subject of a verb of use the strike's noun hangs on
("применил ракеты во время удара", ``_weapon_user``). Near cases: a weapon with no adjective names no one; a
weapon in the instrumental tells its make, not who fired it; a named striker stays; one permitting the use of
weapons is no striker.
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-11-20")


def test_a_weapons_adjective_names_the_striker(pipeline: Pipeline) -> None:
    assert ("ASSAULT", "Израиль", "Ливан", "asserted") in events(
        pipeline, "Израильские самолеты нанесли удар по Ливану.")


def test_each_coordinated_adjective_names_a_striker(pipeline: Pipeline) -> None:
    found = events(pipeline, "Турецкие и иракские вертолеты обстреляли позиции боевиков в Сирии.")
    strikers = {e[1] for e in found if e[0] == "ASSAULT"}
    assert {"Турция", "Ирак"} <= strikers


def test_a_weapon_of_no_adjective_names_no_striker(pipeline: Pipeline) -> None:
    found = events(pipeline, "Беспилотники нанесли удар по Ливану.")
    assert [e for e in found if e[0] == "ASSAULT" and e[1] is not None] == []


def test_a_weapon_in_the_instrumental_tells_its_make_not_the_striker(pipeline: Pipeline) -> None:
    found = events(pipeline, "Украина нанесла удар по Белгороду американскими ракетами.")
    assert [e for e in found if e[0] == "ASSAULT" and e[1] == "США"] == []
    assert [e for e in found if e[0] == "ASSAULT" and e[1] == "Украина"] != []


def test_a_named_striker_stays(pipeline: Pipeline) -> None:
    found = events(pipeline, "Иран атаковал Израиль российскими беспилотниками.")
    assert ("ASSAULT", "Иран", "Израиль", "asserted") in found
    assert [e for e in found if e[1] == "Россия"] == []


def test_who_uses_weapons_for_a_strike_strikes(pipeline: Pipeline) -> None:
    assert ("ASSAULT", "Турция", "Ирак", "asserted") in events(
        pipeline, "Турция использовала беспилотники для ударов по Ираку.")
    assert ("ASSAULT", "Азербайджан", "Армения", "asserted") in events(
        pipeline, "Азербайджан применил артиллерию при атаке на Армению.")


def test_one_permitting_the_use_is_no_striker(pipeline: Pipeline) -> None:
    found = events(pipeline, "Франция разрешила использовать свои ракеты для ударов по Ираку.")
    assert [e for e in found if e[0] == "ASSAULT" and e[1] == "Франция"] == []
