"""Events: paths that were wrong more often than right on the eight tuning sets (issue 4), pruned or restricted.
Each was found by counting, per way an event is produced, the system events and how many match gold; stated here
on real Russian sentences of the same shape as the dev texts, not copies of them.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def described(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2019-07-11")


@pytest.mark.parametrize(("text", "expected"), [
    # support told as done by no one named is a stance or a vote of unnamed people, no act between actors
    pytest.param("Пятеро из восьми депутатов поддержали кандидатуру Ивана Петрова.", [], id="support-unnamed-count"),
    pytest.param("На сайте Андрея Филатова перечислены региональные отделения, которые его поддерживают.", [],
                 id="support-unnamed-relative"),
    pytest.param("Мы поддерживаем независимость Абхазии.", [], id="support-we"),
    # a denied support of no one named stays, as the sets annotate it; a named supporter stays
    pytest.param("Многие эксперты не одобряют инициативу Сергея Собянина.",
                 [("SUPPORT", None, "Сергей Собянин", "negated")], id="support-denied-stays"),
    pytest.param("Франция поддержала кандидатуру Кристин Лагард.",
                 [("SUPPORT", "Франция", "Кристин Лагард", "asserted")], id="support-named-stays"),
    # a place in the genitive of a visit noun is where one goes, no visitor: with nobody named going, no visit
    pytest.param("Певцу запретили въезд в Украину на три года за посещение Крыма.",
                 [("SANCTION", "Украина", None, "asserted")], id="visit-place-genitive"),
    pytest.param("МИД советует россиянам воздерживаться от посещений Сирии.", [], id="visit-place-genitive-advice"),
    pytest.param("Президент Ирана посетит Россию в декабре.",
                 [("CONSULT", "Иран", "Россия", "future")], id="visit-verb-stays"),
    # a killing by no one named of people the text does not name (told by their state or employer) is a crime
    # told, no act between actors; one whose victim is a named person stays
    pytest.param("Президент Франции выступил с осуждением убийства двух французских заложников в Мали.",
                 [("ACCUSE", "Франция", None, "asserted")], id="killing-unnamed-victims"),
    pytest.param("Ему предъявлено обвинение в покушении на убийство сотрудника федерального правительства.", [],
                 id="killing-employee"),
    pytest.param("Полиция расследует убийство Ивана Петрова.",
                 [("ASSAULT", None, "Иван Петров", "asserted")], id="killing-named-victim-stays"),
    pytest.param("По факту покушения на Ивана Петрова возбуждено уголовное дело.",
                 [("ASSAULT", None, "Иван Петров", "asserted")], id="attempt-named-victim-stays"),
])
def test_pruned_paths(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert described(pipeline, text) == expected
