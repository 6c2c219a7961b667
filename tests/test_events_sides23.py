"""Events: sides of events found with the right type (twenty-third session, issue 4).

Three mechanisms that gave an event of the right type the wrong side:

- A person's word with genitives of its own, then a name in the word's own case that the parser hung on another
  word ("с чемпионом мира ФИДЕ Веселином Топаловым, второй с ... Владимиром Крамником"), is that person, not the
  organisation of the genitive; a person named in apposition to the word wins over a person hung below it in any
  case the tagger gives ("Соратник блогера Алексея Навального Владимир Ашурков", "блогера" tagged accusative); and
  a post phrase with an abbreviation declined in the text ("главы японского МИДа") is the lexicon's post, whose
  holder the article names.
- A possessive on an act's noun tells whose act it is, as a genitive does ("его сотрудничество с Германией", "её
  визит в Китай"); an act undergone ("его арест") keeps its reading.
- An organisation told again by its head word alone ("Глава конгресса Анна Петрова" after "Конгресс русских
  американцев") gives the post of its head to the one the article names.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


@pytest.mark.parametrize(("text", "expected", "not_a_side"), [
    # the champion's name hung by the parser on the later noun of the gapped clause
    ("Президент федерации Олег Смирнов подписал два договора. Первый договор был подписан с чемпионом мира ФИДЕ "
     "Иваном Петровым, второй с «народным чемпионом мира» Сергеем Кузнецовым.",
     ("AGREE", "Олег Смирнов", "Иван Петров", "asserted"), "ФИДЕ"),
    # the associate's own name in apposition wins over the one whose associate he is (passes before too: the
    # tagger gives "блогера" the genitive here; the set's text had it accusative)
    ("Соратник блогера Андрея Орлова Павел Громов встречался с послом Франции.",
     ("CONSULT", "Павел Громов", "Франция", "asserted"), "Андрей Орлов"),
])
def test_own_name_over_genitive(pipeline: Pipeline, text: str, expected: Described, not_a_side: str) -> None:
    events = described_events(pipeline, text, published="2024-03-15")
    assert expected in events, events
    assert not any(not_a_side in (e[1], e[2]) for e in events), events


def test_declined_abbreviation_post(pipeline: Pipeline) -> None:
    # "главы японского МИДа" is the minister of foreign affairs the article named, not the ministry
    text = ("Министр иностранных дел Японии Кэнта Ямада прибудет в Москву в пятницу. Премьер-министр Японии Сато "
            "накануне визита главы японского МИДа в Москву пообещал добиваться возвращения островов.")
    events = described_events(pipeline, text, published="2024-03-15")
    visits = [e for e in events if e[0] == "CONSULT"]
    assert visits and all(e[1] == "Кэнта Ямада" for e in visits), events


@pytest.mark.parametrize(("text", "expected"), [
    # whose cooperation: the person the possessive stands for
    ("Иван Петров был известным политиком. Многие сторонники Петрова скрывали его сотрудничество с Германией.",
     ("COOPERATE", "Иван Петров", "Германия", "asserted")),
    # whose visit
    ("Анна Смирнова возглавляет фонд. Её визит в Китай прошёл успешно.",
     ("CONSULT", "Анна Смирнова", "Китай", "asserted")),
    # whose meeting
    ("Анна Смирнова возглавляет фонд. Её встреча с Путиным прошла в Кремле.",
     ("CONSULT", "Анна Смирнова", "Путин", "asserted")),
    # whose lawsuit: the one who sues
    ("Олег Кузнецов много лет спорил с агентством «Вектор». Суд отклонил его иск против агентства «Вектор».",
     ("ACCUSE", "Олег Кузнецов", "Вектор", "asserted")),
])
def test_possessive_is_doer(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    # an act undergone: the possessive is whom it is done to, as before
    ("Полиция задержала Ивана Петрова. Его арест вызвал протесты.", ("COERCE", None, "Иван Петров", "asserted")),
    # a genitive named beside the act is its doer, as before
    ("Анна Смирнова возглавляет фонд. Визит Смирновой в Китай прошёл успешно.",
     ("CONSULT", "Анна Смирнова", "Китай", "asserted")),
])
def test_possessive_near_cases(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in described_events(pipeline, text, published="2024-03-15")


def test_head_word_of_organisation(pipeline: Pipeline) -> None:
    # the head of the congress asks; she is named in the next sentence by the congress's head word alone
    text = ("Ранее глава Конгресса русских американцев попросил компанию Bright Storage убрать плакат. Глава конгресса "
            "Анна Петрова подчеркнула, что плакат оскорбляет жителей города.")
    events = described_events(pipeline, text, published="2024-03-15")
    assert ("REQUEST", "Анна Петрова", "Bright Storage", "asserted") in events, events
