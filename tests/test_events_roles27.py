"""Events: role words standing for the one person a crime story has accused or hurt (twenty-seventh session,
issue 4).

Crime and court stories tell the person acted on by a role word once he is named: "подозреваемого отправили в
СИЗО", "преступнику предъявлены обвинения", "пострадавший попросил суд". ``Actors._role_person`` reads such a word
(``ACCUSED_ROLES``, ``VICTIM_ROLES`` in event_words.tsv) as the one person the events found before put in that
role: an ACCUSE's or COERCE's target or an ASSAULT's source for the accused, an ASSAULT's target for the victim.
With two such people, none, a word of the other gender or a word that picks out another ("второго
подозреваемого"), nothing is guessed.
"""

from __future__ import annotations

from events_described import described_events

from letopis import Pipeline

DETAINED = "Полиция Самары задержала 35-летнего Андрея Кузнецова по подозрению в убийстве соседа.\n"
DETAINED_WOMAN = "Полиция Самары задержала 35-летнюю Анну Кузнецову по подозрению в убийстве соседа.\n"
DETAINED_TWO = ("Полиция Самары задержала 35-летнего Андрея Кузнецова и 40-летнего Олега Смирнова по подозрению в "
                "убийстве соседа.\n")
ATTACKED = "В Самаре неизвестный напал на 35-летнего Андрея Кузнецова у подъезда.\n"
ATTACKED_TWO = "В Самаре неизвестный напал на 35-летнего Андрея Кузнецова и 40-летнего Олега Смирнова у подъезда.\n"


def test_suspect_is_the_one_detained(pipeline: Pipeline) -> None:
    text = DETAINED + "Как сообщает прокуратура, подозреваемого отправили в СИЗО на два месяца."
    events = described_events(pipeline, text, published="2024-03-15")
    assert ("COERCE", None, "Андрей Кузнецов", "asserted") in events, events


def test_criminal_is_the_one_accused(pipeline: Pipeline) -> None:
    text = DETAINED + "Преступнику будут предъявлены обвинения в ближайшие дни."
    events = described_events(pipeline, text, published="2024-03-15")
    assert any(e[0] == "ACCUSE" and e[2] == "Андрей Кузнецов" and e[3] == "future" for e in events), events


def test_victim_is_the_one_attacked(pipeline: Pipeline) -> None:
    text = ATTACKED + "Пострадавший попросил суд строго наказать нападавшего."
    events = described_events(pipeline, text, published="2024-03-15")
    assert ("REQUEST", "Андрей Кузнецов", None, "asserted") in events, events


def test_two_detained_are_not_guessed(pipeline: Pipeline) -> None:
    text = DETAINED_TWO + "Преступнику будут предъявлены обвинения в ближайшие дни."
    events = described_events(pipeline, text, published="2024-03-15")
    assert not any(e[0] == "ACCUSE" and e[3] == "future" for e in events), events


def test_two_attacked_are_not_guessed(pipeline: Pipeline) -> None:
    text = ATTACKED_TWO + "Пострадавший попросил суд строго наказать нападавшего."
    events = described_events(pipeline, text, published="2024-03-15")
    assert not any(e[0] == "REQUEST" for e in events), events


def test_no_one_accused_yet(pipeline: Pipeline) -> None:
    # the attacker is unknown: the victim is no suspect, and "подозреваемый" names no one
    text = "В Самаре неизвестный напал на 35-летнюю Анну Кузнецову у подъезда.\nПодозреваемого задержали через два дня."
    events = described_events(pipeline, text, published="2024-03-15")
    assert not any(e[0] == "COERCE" for e in events), events


def test_gender_and_another_one_guard(pipeline: Pipeline) -> None:
    # a masculine word for a woman, and "второго подозреваемого" after one detained, stand for no one named
    for text in (DETAINED_WOMAN + "Как сообщает прокуратура, подозреваемого отправили в СИЗО на два месяца.",
                 DETAINED + "Как сообщает прокуратура, второго подозреваемого отправили в СИЗО на два месяца."):
        events = described_events(pipeline, text, published="2024-03-15")
        assert not any(e[0] == "COERCE" and e[1] is None for e in events), events
    events = described_events(pipeline, DETAINED_WOMAN + "Как сообщает прокуратура, подозреваемую отправили в СИЗО "
                              "на два месяца.", published="2024-03-15")
    assert ("COERCE", None, "Анна Кузнецова", "asserted") in events, events
