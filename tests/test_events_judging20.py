"""Events: ACCUSE, SUPPORT and REJECT misses read across the twelve tuning sets (twentieth session, issue 4). Sentences
of our own, of the patterns the sets hold, each rule with the near cases it leaves alone.

- A judgement "в адрес" someone ("выступил с критикой в адрес журнала", "с резкой критикой в адрес Forbes
  выступил ...") is aimed at the one named below "адрес"; a bare kind noun there stands for the organisation the
  article named with it. Before, "в адрес" named no target (the parser hangs the name on "адрес", and "в" is no
  target preposition). Only for judging types; a letter sent "в адрес министерства" makes no event.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Мэр Казани Олег Ветров выступил с резкой критикой в адрес Forbes.",
     ("ACCUSE", "Олег Ветров", "Forbes", "asserted")),
    ("С резкой критикой в адрес «Газпрома» выступил губернатор Иван Петров.",
     ("ACCUSE", "Иван Петров", "Газпром", "asserted")),
    ("Журнал Forbes опубликовал рейтинг чиновников. С резкой критикой в адрес журнала выступил депутат Иван Петров.",
     ("ACCUSE", "Иван Петров", "Forbes", "asserted")),
])
def test_a_judgement_addressed_to_someone(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Письмо губернатора Ивана Петрова пришло в адрес Минфина.",
    "Иван Петров отправил документы в адрес компании «Газпром».",
])
def test_an_address_with_no_judgement_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e[0] in ("ACCUSE", "SUPPORT", "REJECT", "PROTEST")]
