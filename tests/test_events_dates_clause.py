"""Events: a date of the sentence dates the act only where it belongs to the act's own predicate. A date inside a
participle, a relative clause or another verb's clause tells of something else ("закон, позволяющий с 1 января
...", "выборы, которые прошли 26 октября"); the act then has no date of its own rather than a wrong one. A date on
the verb that carries a noun trigger, on the verb an infinitive trigger hangs on, on a conjoined verb above the
act, or in a participle or gerund on the act itself, still dates it."""

from __future__ import annotations

import pytest

from letopis import Pipeline
from letopis.records import Article

PUBLISHED = "2024-11-30"  # a Saturday


def dated(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = pipeline.analyze_one(Article(text=text, published=PUBLISHED))
    return [(e.type, e.date, e.date_text) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    # the date belongs to a participle or a relative clause about something else: no date
    ("Путин подписал закон, позволяющий с 1 января 2025 года расширять действие полиса ОСАГО на территорию "
     "Белоруссии.", [("AGREE", None, None)]),
    ("Украинских военнослужащих, добровольно вернувшихся в строй до 1 января 2025 года, освободят от уголовной "
     "ответственности.", [("CONCEDE", None, None)]),
    # (the hearing is a charge heard, ACCUSE, and the date is its own)
    ("Суд освободил Ивана Петрова под залог, и он вновь предстанет перед судом 12 декабря.",
     [("ACCUSE", "2024-12-12", "12 декабря"), ("CONCEDE", None, None)]),
    ("Президент Грузии Саломе Зурабишвили заявила, что обратится в Конституционный суд с иском в связи с выборами, "
     "которые прошли 26 октября.", [("ACCUSE", None, None)]),
    ("Трамп поблагодарил сторонников, многие из которых собрались в четверг вечером в «Мар-а-Лаго».",
     [("SUPPORT", None, None)]),
    # another date of the sentence that does belong to the act is taken instead
    ("В субботу Путин подписал закон, позволяющий с 1 января 2025 года расширять действие полиса ОСАГО на "
     "территорию Белоруссии.", [("AGREE", "2024-11-30", "В субботу")]),
    # the verb that carries a noun trigger, and an infinitive's verb
    ("В субботу Токаев провел телефонный разговор с Лукашенко.", [("CONSULT", "2024-11-30", "В субботу")]),
    ("Путин планирует посетить Китай в мае.", [("CONSULT", "2025-05", "в мае")]),
    # conjoined verbs: the date of the first tells of the second, not the other way round
    ("В пятницу Лавров встретился с Блинкеном, а в субботу провел переговоры с Ваном И.",
     [("CONSULT", "2024-11-29", "В пятницу"), ("CONSULT", "2024-11-30", "в субботу")]),
])
def test_a_date_dates_the_act_of_its_own_clause(pipeline: Pipeline, text: str,
                                                 expected: list[tuple[str, str | None, str | None]]) -> None:
    assert dated(pipeline, text) == expected


def test_a_gerund_on_the_act_dates_it(pipeline: Pipeline) -> None:
    events = dated(pipeline, "Прибыв в субботу в Пекин, Путин провел переговоры с Си Цзиньпином.")
    assert ("CONSULT", "2024-11-30", "в субботу") in events
    assert all(date == "2024-11-30" for _, date, _ in events)
