"""Events: where an existing test and the tuning sets were said to disagree (EVENTS.md "## Conventions", the
twenty-sixth session's "conventions of tests and sets").

Both disagreements were counted in the eighteen tuning sets and left open (too few cases), so the rules and the
existing tests stay as they are; these tests hold what the sets do agree on around them:
- an act done to the holder of a post who is named is done to him, not to his organisation (about ten cases in
  the sets, none writes the organisation);
- an act done to several holders of an organisation's posts, told with no name, is done to the organisation
  ("Были арестованы лидеры движения", "обвинил руководителей холдинга": two cases, both so);
- a private person's attack told with a kidnapping stays (the one case of a named private person's attack on
  one unnamed private person the sets hold is written).
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected", "not_a_side"), [
    ("Полиция задержала директора завода «Ромашка» Ивана Петрова.",
     ("COERCE", None, "Иван Петров", "asserted"), "Ромашка"),
    ("В Казани арестован председатель правления банка «Восход» Олег Смирнов.",
     ("COERCE", None, "Олег Смирнов", "asserted"), "Восход"),
    ("Главе фонда «Рассвет» Анне Ивановой предъявлено обвинение в мошенничестве.",
     ("ACCUSE", None, "Анна Иванова", "asserted"), "Рассвет"),
])
def test_a_named_post_holder_acted_on_is_himself(pipeline: Pipeline, text: str, expected: Described,
                                                 not_a_side: str) -> None:
    found = events(pipeline, text)
    assert expected in found
    assert not any(not_a_side in (e[1], e[2]) for e in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Задержаны руководители компании «Ромашка».", ("COERCE", None, "Ромашка", "asserted")),
    ("Следователи задержали руководителей банка «Восход».", ("COERCE", None, "Восход", "asserted")),
])
def test_several_post_holders_acted_on_stand_for_their_organisation(pipeline: Pipeline, text: str,
                                                                    expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_an_attack_told_with_a_kidnapping_stays(pipeline: Pipeline) -> None:
    assert ("ASSAULT", "Иван Петров", None, "asserted") in events(
        pipeline, "Иван Петров похитил девочку из автобуса, застрелив водителя.")
