"""Events: a passive act whose agent the sentence tells by a common noun ("задержан полицией") keeps that agent
unnamed; it does not go on with whoever did the same act in the sentence before (issue 4)."""

from __future__ import annotations

from events_described import described_events

from letopis import Pipeline


def test_a_passive_agent_told_by_a_common_noun_is_not_taken_from_the_sentence_before(pipeline: Pipeline) -> None:
    text = ("Судом Партизанского района экс-кандидат в президенты Андрей Санников был приговорён к пяти годам "
            "колонии. Алексей Навальный был задержан полицией.")
    events = described_events(pipeline, text, published="2020-12-15")
    assert ("COERCE", None, "Алексей Навальный", "asserted") in events
    assert not any(e[2] == "Алексей Навальный" and e[1] is not None for e in events)


def test_a_passive_with_no_agent_still_goes_on_with_the_one_before(pipeline: Pipeline) -> None:
    text = ("ФСБ задержала Ивана Петрова. Позже был задержан и Сергей Сидоров. Затем полицейскими был задержан "
            "Олег Иванов.")
    assert described_events(pipeline, text, published="2020-12-15") == [
        ("COERCE", "ФСБ", "Иван Петров", "asserted"),
        ("COERCE", "ФСБ", "Сергей Сидоров", "asserted"),
        ("COERCE", None, "Олег Иванов", "asserted"),
    ]
