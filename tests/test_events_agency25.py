"""Events: precision on agency news (the twenty-fifth session, issue 4), each case with the near ones it leaves
alone. Sentences of our own, of the patterns news-agency reports on sport and culture hold.

- A trade named by one of data/posts.tsv's aliases is that trade ("наставник", "бундестренер" are "тренер",
  "вокалист" is "солист", "голкипер" is "вратарь"): a demand or a promise between such people, or of one of them to
  no one named, is a dealing of sport or show business, as it is when the text says "тренер" or "солист"
  (the twentieth session's ``_show_business``).
- A side of state or office keeps the act ("Министр спорта ... потребовал от наставника сборной"), and so does a
  crime story (an arrest of a vocalist) and a plain call ("призвал").
"""

from __future__ import annotations

from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


def types(pipeline: Pipeline, text: str) -> set[str]:
    return {event[0] for event in events(pipeline, text)}


def test_a_coach_named_by_an_alias_demanding_of_his_goalkeeper_is_no_event(pipeline: Pipeline) -> None:
    assert "REQUEST" not in types(pipeline, "Наставник «Ротора» Игорь Семёнов потребовал от вратаря Олега Кузина "
                                            "больше работать на тренировках.")


def test_a_vocalists_promise_to_his_fans_is_no_event(pipeline: Pipeline) -> None:
    assert "AGREE" not in types(pipeline, "Вокалист группы «Полёт» Иван Смирнов пообещал поклонникам новый альбом.")


def test_a_ministers_demand_of_a_coach_named_by_an_alias_stays(pipeline: Pipeline) -> None:
    assert ("REQUEST", "Олег Матыцин", "Игорь Семёнов", "asserted") in events(
        pipeline, "Министр спорта Олег Матыцин потребовал от наставника сборной Игоря Семёнова объяснений.")


def test_a_governors_thanks_to_a_coach_named_by_an_alias_stays(pipeline: Pipeline) -> None:
    assert ("SUPPORT", "Андрей Бочаров", "Игорь Семёнов", "asserted") in events(
        pipeline, "Губернатор Андрей Бочаров поблагодарил наставника команды Игоря Семёнова за победу.")


def test_a_vocalists_detention_stays(pipeline: Pipeline) -> None:
    assert ("COERCE", None, "Иван Смирнов", "asserted") in events(
        pipeline, "Полиция задержала вокалиста Ивана Смирнова по подозрению в убийстве.")


def test_a_mentors_plain_call_stays(pipeline: Pipeline) -> None:
    assert ("REQUEST", "Иван Смирнов", None, "asserted") in events(
        pipeline, "Духовный наставник Иван Смирнов призвал верующих к миру.")
