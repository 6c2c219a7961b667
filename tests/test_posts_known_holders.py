"""Posts: a well-known official (``data/people.tsv``) named by a state's office without the state holds it for his
own state, whatever other state the article names ("пресс-секретарь президента Путина" in a post on the dollar
is no president of the United States). An office the article gives a state keeps it; a person the table does not
know, or a surname it gives several people, is left to the article."""

from __future__ import annotations

import pytest

from letopis import Pipeline
from letopis.records import Article


def posts(pipeline: Pipeline, text: str) -> list[tuple[str | None, str, str | None]]:
    doc = pipeline.analyze_one(Article(text=text, published="2024-12-02"))
    names = {e.id: e.name for e in doc.entities}
    return [(names.get(p.person), p.post, names.get(p.of)) for p in doc.posts]


@pytest.mark.parametrize(("text", "expected"), [
    ("Если США будут принуждать другие страны использовать доллар, это усилит переход на нацвалюты, — считает "
     "президент Путин.", ("Путин", "президент", "Россия")),
    ("В Казахстане прошли выборы. Премьер-министр Владимир Путин поздравил победителя.",
     ("Владимир Путин", "премьер-министр", "Россия")),
    ("Бывший президент Трамп прилетел в Москву.", ("Трамп", "бывший президент", "США")),
    # the state the article gives stays
    ("Президент Франции Эммануэль Макрон встретился с Путиным.", ("Эммануэль Макрон", "президент", "Франция")),
])
def test_a_known_officials_office_is_his_states(pipeline: Pipeline, text: str,
                                                expected: tuple[str, str, str]) -> None:
    assert expected in posts(pipeline, text)


def test_an_unknown_person_takes_the_state_the_article_names(pipeline: Pipeline) -> None:
    found = posts(pipeline, "В Казахстане прошли выборы. Премьер-министр Иван Петров поздравил победителя.")
    assert ("Иван Петров", "премьер-министр", "Казахстан") in found
