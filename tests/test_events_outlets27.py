"""Events: news outlets as sides, and acts' nouns named as points in time (the twenty-seventh session, issue 4).
Sentences of our own.

- A news outlet that tells, asks or hears the news is no side of the act it reports: the subject of a verb of
  reporting ("пишет The Washington Post", "Корреспондент Би-би-си поговорил с ..."), the genitive of a word of its
  staff or reports ("журналистам Би-би-си", "со ссылкой на"), the speaker a quote is attributed to. One acted on or
  acting ("Суд оштрафовал Би-би-си", "Кремль обвинил Би-би-си", "Би-би-си обвинила Кремль") stays.
- An act's noun in the genitive of "начало" or "годовщина" after "с", "после", "до", "от" only dates another
  clause by when it began ("с начала вторжения ... провела три акции"): no event. The invasion told as news
  ("Россия начала вторжение") and a meeting about to be held ("Перед началом встречи с ...") stay; so does an act
  that dates a clause itself ("С момента задержания", "После ареста": tests/test_events_retold20.py).
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-11-20")


def test_an_act_that_only_dates_another_is_no_event(pipeline: Pipeline) -> None:
    for text in ("С начала вторжения в Украину оппозиция провела в Берлине три акции протеста.",
                 "После начала вторжения России в Украину Иван Петров уехал в Израиль.",
                 "Спустя 500 дней с начала вторжения России в Украину Кремль объяснил затянувшиеся бои."):
        assert [e for e in events(pipeline, text) if e[0] == "ASSAULT"] == [], text


def test_an_invasion_or_a_meeting_told_as_news_stays(pipeline: Pipeline) -> None:
    assert ("ASSAULT", "Россия", "Украина", "asserted") in events(
        pipeline, "Россия начала вторжение в Украину 24 февраля 2022 года.")
    assert ("CONSULT", "Владимир Путин", "Си Цзиньпин", "asserted") in events(
        pipeline, "Перед началом встречи с Си Цзиньпином Владимир Путин заявил журналистам, что ждёт переговоров.")


def test_an_outlet_that_reports_is_no_side(pipeline: Pipeline) -> None:
    assert events(pipeline, "Корреспондент Би-би-си поговорил с жителями Херсона.") == []
    assert events(pipeline, "Министр отказался давать комментарии журналистам Би-би-си.") == []
    found = events(pipeline, "«Иран должен прекратить поставки оружия», — сказал американский чиновник, пишет "
                             "The Washington Post.")
    assert [e for e in found if "The Washington Post" in (e[1], e[2])] == []
    found = events(pipeline, "Армия Израиля нанесла удар по Ливану, — Би-би-си со ссылкой на источники.")
    assert ("ASSAULT", "Израиль", "Ливан", "asserted") in found
    assert [e for e in found if "Би-би-си" in (e[1], e[2])] == []


def test_an_outlet_acted_on_or_acting_stays(pipeline: Pipeline) -> None:
    assert ("COERCE", None, "Би-би-си", "asserted") in events(pipeline, "Суд оштрафовал Би-би-си на 5 млн рублей.")
    assert ("ACCUSE", "Кремль", "Би-би-си", "asserted") in events(pipeline, "Кремль обвинил Би-би-си во лжи.")
    assert ("ACCUSE", "Би-би-си", "Кремль", "asserted") in events(pipeline, "Би-би-си обвинила Кремль во лжи.")
    assert ("ACCUSE", "Дмитрий Песков", "The Washington Post", "asserted") in events(
        pipeline, "Дмитрий Песков назвал выдумкой публикацию The Washington Post.")
    assert ("ACCUSE", "Мария Захарова", "Би-би-си", "asserted") in events(
        pipeline, "Мария Захарова раскритиковала Би-би-си за репортаж о Курской области.")
