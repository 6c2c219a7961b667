"""The nineteenth session, issue 4: an aid noun's giver and an invasion's target (tests/data/EVENTS.md, "The
nineteenth session: aid's giver, an invasion's target")."""
from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    # a bare "помощь" with its giver (a genitive, a state's adjective) and its receiver (a dative, "для")
    ("Помощь США Украине составит 300 млн долларов.", ("AID", "США", "Украина", "future")),
    ("Американская помощь Украине выросла.", ("AID", "США", "Украина", "asserted")),
    ("Помощь ЕС для Греции одобрена.", ("AID", "ЕС", "Греция", "asserted")),
    # the agent between a passive participle and its noun gives, it does not receive
    ("Киев получил партию поставляемого США оружия.", ("AID", "США", None, "asserted")),
    # an invasion's genitive invades the land its "в" + accusative names
    ("Вторжение Израиля в Ливан началось в понедельник.", ("ASSAULT", "Израиль", "Ливан", "asserted")),
    ("Вторжение в Ливан осудили.", ("ASSAULT", None, "Ливан", "asserted")),
])
def test_aid_giver_and_invasion_target(pipeline: Pipeline, text: str, expected: tuple[str, str | None, str | None,
                                                                                     str]) -> None:
    assert expected in [(e[0], e[1], e[2], e[3]) for e in events(pipeline, text)]


@pytest.mark.parametrize("text", [
    # guards: a bare "помощь" without a giver or a receiver on the noun is no act
    "Врачи скорой помощи прибыли на место.",
    "С помощью США Украина построила завод.",
    "Помощь Украине составит 300 млн долларов.",
])
def test_bare_aid_without_both_sides_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "AID"] == []


def test_an_invasion_without_a_land_keeps_its_genitive_as_invaded(pipeline: Pipeline) -> None:
    # guard: with no "в" + accusative named, the old reading of the genitive stands
    assert ("ASSAULT", None, "Израиль", "asserted") in [(e[0], e[1], e[2], e[3])
                                                        for e in events(pipeline, "Вторжение Израиля началось.")]
