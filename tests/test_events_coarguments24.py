"""Events: a description is never a name its own clause gives someone else (the twenty-fourth session, issue 4).
Sentences of our own.

A lede may tell its subject by a description and name him after ("ФБР арестовало бывшего морского пехотинца. ...
Подозреваемый Иван Петров"); but a name that is another word of the description's own clause, its verb's object or
oblique ("Журналист обвинил Ивана Петрова", "Полицейский выстрелил в Ивана Петрова"), is someone the described one
acts on: the doer stays unnamed, and the one named is the target, never the doer of his own shooting. A name in a
later sentence, or one the description's own relative clause gives, still tells who it is.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Полицейский выстрелил в Ивана Петрова у здания суда.", ("ASSAULT", None, "Иван Петров", "asserted")),
    ("Вчера в Казани полицейский выстрелил в Ивана Петрова, который пытался бежать.",
     ("ASSAULT", None, "Иван Петров", "asserted")),
    ("Журналист обвинил Ивана Петрова в клевете.", ("ACCUSE", None, "Иван Петров", "asserted")),
])
def test_a_description_is_not_its_own_clauses_other_name(pipeline: Pipeline, text: str,
                                                          expected: Described) -> None:
    found = events(pipeline, text)
    assert expected in found, found
    assert not [e for e in found if e[1] == "Иван Петров"], found


def test_a_name_in_the_next_sentence_still_tells_the_described_one(pipeline: Pipeline) -> None:
    found = events(pipeline, "ФБР арестовало бывшего морского пехотинца. Задержанный Иван Петров обвиняется в "
                             "подготовке теракта.")
    assert ("COERCE", "ФБР", "Иван Петров", "asserted") in found, found
