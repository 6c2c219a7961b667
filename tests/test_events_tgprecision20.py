"""Events: precision on telegram news posts (the twentieth session, issue 4). Each rule with the near sentences it
must leave alone; sentences of our own, of the wordings the posts hold.

- An active participle above an act's noun ("Пашинян, объявивший военное положение", "суд, выдавший ордер на
  арест") has the noun it qualifies as its subject, as a participle trigger itself has; not people told only by
  their state ("немецкие болельщики, приехавшие поддержать клуб").
- A kin word ("дочку", "внучку", "невестка") is someone else than the one its genitive names, also when the tagger
  reads a man's genitive as the accusative it looks like; a noun in -а/-я ending in -у/-ю is an accusative, no
  subject, whatever the tagger says ("Внучку Сергея Иванова просят проверить").
- A reporter's verb above an act's noun tells of it: the reporter takes no part in the talks told.
- "Это поможет Украине ...": a thing helps, no one gives aid.
- "подтолкнуть / склонить / принудить X к переговорам": X is the one who would talk, not the one who pushes.
- "похитить" money, goods or an animal, or "у" someone, is a theft, no abduction.
- "приглашает на вебинар" with no one invited is an open call (an advert), no invitation between actors.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Президент Пашинян, объявивший военное положение, выступил с обращением к народу.",
     ("COERCE", "Пашинян", None, "asserted")),
    ("Суд Гааги, выдавший ордер на арест Асада, проверят.", ("ACCUSE", "Суд Гааги", "Асад", "asserted")),
])
def test_a_participle_above_an_acts_noun_gives_its_subject(pipeline: Pipeline, text: str,
                                                          expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_people_told_by_their_state_in_a_participles_head_are_no_side(pipeline: Pipeline) -> None:
    found = events(pipeline, "Немецкие болельщики, приехавшие поддержать клуб «Бавария», устроили драку.")
    assert not [e for e in found if e[0] == "SUPPORT"]


@pytest.mark.parametrize("text", [
    "Дочку Ивана Петрова задержали в аэропорту.",
    "Внучку Сергея Иванова просят проверить на шпионаж.",
])
def test_a_relative_is_not_the_one_the_genitive_names(pipeline: Pipeline, text: str) -> None:
    named = {side for e in events(pipeline, text) for side in e[1:3]}
    assert "Иван Петров" not in named and "Сергей Иванов" not in named


@pytest.mark.parametrize(("text", "expected"), [
    ("Ивана Петрова задержали в аэропорту.", ("COERCE", None, "Иван Петров", "asserted")),
    ("Сергея Иванова просят проверить на шпионаж.", ("REQUEST", None, "Сергей Иванов", "asserted")),
])
def test_the_one_named_himself_stays(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_reporter_takes_no_part_in_the_talks_told(pipeline: Pipeline) -> None:
    found = events(pipeline, "О возможных сценариях начала мирных переговоров рассказывает корреспондент Би-би-си "
                             "Анна Смирнова.")
    assert not [e for e in found if e[0] == "CONSULT"]


def test_an_official_telling_of_talks_keeps_them(pipeline: Pipeline) -> None:
    found = events(pipeline, "О возможных сценариях начала мирных переговоров рассказывает министр Анна Смирнова.")
    assert ("CONSULT", "Анна Смирнова", None, "asserted") in found


def test_a_thing_that_helps_gives_no_aid(pipeline: Pipeline) -> None:
    assert not [e for e in events(pipeline, "Это поможет Украине пережить зиму.") if e[0] == "AID"]


def test_a_state_that_helps_gives_aid(pipeline: Pipeline) -> None:
    assert ("AID", "США", "Украина", "future") in events(pipeline, "США помогут Украине пережить зиму.")


def test_the_one_pushed_to_talks_is_their_side(pipeline: Pipeline) -> None:
    found = events(pipeline, "Запад пытается подтолкнуть Россию к переговорам с Украиной.")
    assert [e for e in found if e[0] == "CONSULT" and {e[1], e[2]} == {"Россия", "Украина"}]
    assert not [e for e in found if e[0] == "CONSULT" and "Запад" in e[1:3]]


@pytest.mark.parametrize("text", [
    "Неизвестные похитили у Марии Ивановой два миллиона рублей.",
    "Мошенники похитили со счёта Марии Ивановой два миллиона рублей.",
    "Подростки похитили кота Барсика у Марии Ивановой.",
])
def test_a_theft_is_no_abduction(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e[0] == "ASSAULT"]


def test_a_person_abducted_stays(pipeline: Pipeline) -> None:
    assert ("ASSAULT", None, "Мария Иванова", "asserted") in events(
        pipeline, "Боевики похитили журналиста Марию Иванову.")


def test_an_open_call_is_no_invitation(pipeline: Pipeline) -> None:
    found = events(pipeline, "Сбербанк приглашает на бесплатный вебинар о кибербезопасности.")
    assert not [e for e in found if e[0] == "REQUEST"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Путин пригласил Токаева на саммит.", ("REQUEST", "Путин", "Токаев", "asserted")),
    ("Бизнесмена Олега Смирнова, приглашённого Путиным на форум, задержали.",
     ("REQUEST", "Путин", "Олег Смирнов", "asserted")),
])
def test_an_invitation_of_someone_named_stays(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)
