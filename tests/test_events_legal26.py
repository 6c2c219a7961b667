"""Events: the twenty-sixth session's legal acts told as nouns and participles, each rule with the near cases it
leaves alone. Sentences of our own, of the patterns the tuning sets' texts hold.

- An investigation taken up ("приступило к расследованию") is one opened, as "начало расследование" is: ACCUSE
  (investigate) by the body that takes it up, of whom it is "в отношении"; the perfective and the imperfective alike.
- A bare "приступить к" something else ("приступили к работе", "к строительству") is no investigation.
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def test_an_investigation_taken_up_is_opened(pipeline: Pipeline) -> None:
    found = events(pipeline, "Прокуратура Казахстана приступила к расследованию гибели шахтёров.")
    assert ("ACCUSE", "Прокуратура Казахстана", None, "asserted") in found


def test_an_investigation_taken_up_names_whom_it_concerns(pipeline: Pipeline) -> None:
    found = events(pipeline, "Следственный комитет приступил к расследованию в отношении Олега Сидорова.")
    assert ("ACCUSE", "Следственный комитет", "Олег Сидоров", "asserted") in found


def test_an_investigation_to_be_taken_up_is_future(pipeline: Pipeline) -> None:
    found = events(pipeline, "Полиция Бельгии приступит к расследованию на следующей неделе.")
    assert ("ACCUSE", "Бельгия", None, "future") in found


def test_the_imperfective_is_the_same_act(pipeline: Pipeline) -> None:
    found = events(pipeline, "Прокуратура Казахстана уже приступает к расследованию аварии.")
    assert ("ACCUSE", "Прокуратура Казахстана", None, "asserted") in found


def test_work_taken_up_is_no_investigation(pipeline: Pipeline) -> None:
    found = events(pipeline, "Компания «Альфа» приступила к строительству моста через Обь.")
    assert not any(e[0] == "ACCUSE" for e in found)


def test_an_investigation_opened_is_unchanged(pipeline: Pipeline) -> None:
    found = events(pipeline, "Прокуратура Казахстана начала расследование в отношении Олега Сидорова.")
    assert ("ACCUSE", "Прокуратура Казахстана", "Олег Сидоров", "asserted") in found
