"""Events: sides from the names stage (twenty-fifth session, issue 4).

Mechanisms of the names stage that gave an event a wrong side, read on the tuning sets' misses and false events:

- A title with no holder beside it is linked to the first person named after it (``posts._introduced``), but not
  to one named in a list of people ("Вместе с президентом приехали X, Y и ..."), nor to the one who is the subject
  of the very verb the title hangs on ("X назначил временным губернатором ... Y": X appoints someone else).
- Kin by marriage and the family's own words ("пасынок", "отчим", "мама") are kin: "Его пасынок обвинил ..." is
  someone else than the one the article is about, no side unless named.
"""

from __future__ import annotations

from events_described import described_events

from letopis import Pipeline
from letopis.records import Article


def _titles(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = pipeline.analyze_one(Article(text=text, id="names25", published="2024-03-15"))
    names = {e.id: e.name for e in doc.entities}
    return [(m.text, names.get(m.entity or "")) for m in doc.mentions if m.kind == "title"]


def test_title_not_one_of_a_list(pipeline: Pipeline) -> None:
    # the people who came with the president are not the president
    text = ("Выставка открылась в рамках визита президента Франции в Италию.\n"
            "Вместе с президентом приехали Пьер Дюбуа, Жан Мартен и ряд министров.")
    assert ("президента Франции", "Пьер Дюбуа") not in _titles(pipeline, text)
    events = described_events(pipeline, text, published="2024-03-15")
    assert ("CONSULT", "Франция", "Италия", "asserted") in events, events
    assert not any(e[1] == "Пьер Дюбуа" for e in events), events


def test_title_introduced_near_case(pipeline: Pipeline) -> None:
    # one person named after the title, alone: he holds it (as before)
    text = ("Визит президента Франции в Италию продлится два дня.\n"
            "Пьер Дюбуа прибыл в Рим в понедельник.")
    assert ("президента Франции", "Пьер Дюбуа") in _titles(pipeline, text)
    assert ("CONSULT", "Пьер Дюбуа", "Италия", "future") in described_events(pipeline, text, published="2024-03-15")


def test_title_not_its_verbs_subject(pipeline: Pipeline) -> None:
    # the one who appoints is not the one appointed, though he is the next named
    text = ("Андрей Волков назначил временным губернатором Самарской области Игоря Сомова.\n"
            "Андрей Волков подписал указ в понедельник.")
    assert not any(holder == "Андрей Волков" for _, holder in _titles(pipeline, text))


def test_title_not_one_of_a_caption(pipeline: Pipeline) -> None:
    text = ("Андрей Волков назначил временным губернатором Самарской области Игоря Сомова.\n"
            "Андрей Волков и Игорь Сомов.\n"
            "Сомов поблагодарил за доверие.")
    assert _titles(pipeline, text) == []


def test_stepson_is_no_one_named(pipeline: Pipeline) -> None:
    # the stepson of the one detained accuses the police: not the detained man himself
    text = "Полиция задержала Ивана Петрова. Его пасынок обвинил полицию в превышении полномочий."
    events = described_events(pipeline, text, published="2024-03-15")
    assert ("COERCE", None, "Иван Петров", "asserted") in events, events
    assert not any(e[0] == "ACCUSE" and e[1] == "Иван Петров" for e in events), events


def test_mother_is_no_one_named(pipeline: Pipeline) -> None:
    # near case: "мама задержанного" was never the detained man
    text = "В Самаре задержан Иван Петров. Мама задержанного обвинила полицейских в избиении сына."
    events = described_events(pipeline, text, published="2024-03-15")
    assert not any(e[0] == "ACCUSE" and e[1] == "Иван Петров" for e in events), events
