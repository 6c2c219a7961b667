"""Events: an act that someone waits or hopes for is not yet done ("бизнес ждет встречи с Путиным"): future, as
one that is planned or promised. The act awaited in the past and then told as done stays asserted."""

from __future__ import annotations

import pytest

from letopis import Pipeline
from letopis.records import Article


@pytest.mark.parametrize(("text", "expected"), [
    ("Крупный российский бизнес ждет встречи с Путиным, сообщил глава РСПП Александр Шохин.",
     [("CONSULT", "future")]),
    ("Минск ожидает визита Токаева в следующем месяце.", [("CONSULT", "future")]),
    ("Токаев надеется на встречу с Путиным.", [("CONSULT", "future")]),
    # told as done: the waiting is only background
    ("Переговоры, которых все ждали, прошли в Минске между Лукашенко и Токаевым.", [("CONSULT", "asserted")]),
    ("Как и ожидалось, Лукашенко и Токаев подписали соглашение.", [("AGREE", "asserted")]),
    ("Путина ждали в Минске, где он встретился с Лукашенко.", [("CONSULT", "asserted")]),
])
def test_an_awaited_act_is_future(pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    doc = pipeline.analyze_one(Article(text=text, published="2024-12-04"))
    assert [(e.type, e.modality) for e in doc.events] == expected
