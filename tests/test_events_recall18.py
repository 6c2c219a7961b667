"""Events: the rules of the eighteenth session's recall audit (120 fresh telegram posts), each with a near case.

- Arms, ammunition or intelligence delivered to someone ("поставила Молдавии боеприпасы", "передает в Эстонию
  боеприпасы") is military aid; arms put "на вооружение" are taken into one's own service.
- A duty on goods "из" a state ("пошлины на товары из Бразилии") is aimed at that state.
- Talks under way ("между Арменией и Азербайджаном ведутся переговоры") are talks.
- An approval given to someone in the dative ("Запуск ракет по территории Ирана Израилю одобрили США") is given to
  that one, not to the state a thing approved names inside it.
- A strike whose object names no one is on the region "в" which it stands, when a state's side strikes outside
  its own land; a private person's shot in a city strikes no city.
- A prison term begun ("сел на три года в колонию") is a sentence; "сел в автобус у колонии" is none.
- A hacking told by its noun ("о взломе Центробанка Бразилии") is a cyber attack on what is hacked.
- An appeal sent to a body ("направил в Минтруд России обращение") asks that body.
- A refusal "от" something offered names whose thing it is: its genitive ("от кредита МВФ"), or the body one
  would join ("от переговоров о вступлении в ОДКБ"); not a body named inside an adjective's phrase.
- Arms delivered to armed forces of no other state than the giver's ("передал Вооружённым силам танки") are
  supplies to its own forces, not aid; to another state's forces they are aid.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Норвегия поставила Молдавии боеприпасы.", ("AID", "Норвегия", "Молдавия", "asserted")),
    ("Канада передает в Эстонию боеприпасы.", ("AID", "Канада", "Эстония", "asserted")),
    ("Канада введет пошлины на товары из Бразилии.", ("SANCTION", "Канада", "Бразилия", "future")),
    ("Между Арменией и Азербайджаном ведутся переговоры.", ("CONSULT", "Армения", "Азербайджан", "asserted")),
    ("Запуск ракет по территории Ирана Израилю одобрили США.", ("SUPPORT", "США", "Израиль", "asserted")),
    ("В Харьковской области российские войска нанесли удар по электростанции.",
     ("ASSAULT", "Россия", "Харьковская область", "asserted")),
    ("Блогер Петр Сидоров сел на три года в колонию.", ("COERCE", None, "Петр Сидоров", "asserted")),
    ("Хакеры объявили о взломе Центробанка Бразилии.", ("COERCE", None, "Центробанк Бразилии", "asserted")),
    ("Профсоюз металлургов направил в Минтруд России обращение.",
     ("REQUEST", "Профсоюз металлургов", "Минтруд России", "asserted")),
    ("Молдавия отказалась от кредита МВФ.", ("REJECT", "Молдавия", "МВФ", "asserted")),
    ("Армения отказалась от переговоров о вступлении в ОДКБ.", ("REJECT", "Армения", "ОДКБ", "asserted")),
])
def test_the_rule_fires(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Новый танк будет поставлен на вооружение армии Норвегии.", "AID"),
    ("Изъятое оружие передано в распоряжение агентства Bloomberg.", "AID"),
    ("Канада ввела пошлину на вывоз леса.", "SANCTION"),
    ("Между Арменией и Азербайджаном ведутся бои.", "CONSULT"),
    ("Петр Сидоров сел в автобус у колонии.", "COERCE"),
    ("Минтруд России направил делегацию в Казахстан.", "REQUEST"),
])
def test_the_near_case_has_no_such_event(pipeline: Pipeline, text: str, kind: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == kind] == []


def test_a_private_shot_strikes_no_city(pipeline: Pipeline) -> None:
    assert all(e[2] != "Москва" for e in events(pipeline, "В Москве актёр Иван Петров выстрелил в посетительницу."))


def test_an_approval_keeps_its_genitive_without_a_dative(pipeline: Pipeline) -> None:
    assert ("SUPPORT", "Германия", "Франция", "asserted") in events(pipeline, "Германия одобрила план Франции.")


def test_a_body_inside_an_adjectives_phrase_is_not_refused(pipeline: Pipeline) -> None:
    found = events(pipeline, "Армения отказалась от альтернативных членству в ОДКБ гарантий.")
    assert ("REJECT", "Армения", None, "asserted") in found


@pytest.mark.parametrize("text", [
    "Завод «Уралвагонзавод» передал Вооружённым силам 30 танков.",
    "Министр обороны Украины пообещал поставлять вооружение Силам обороны быстрее.",
])
def test_arms_to_ones_own_forces_are_no_aid(pipeline: Pipeline, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "AID"] == []


def test_arms_to_another_states_forces_are_aid(pipeline: Pipeline) -> None:
    found = events(pipeline, "Германия передала Вооружённым силам Украины 30 танков.")
    assert [e for e in found if e[0] == "AID" and e[1] == "Германия"]
