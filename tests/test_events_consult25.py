"""Events: CONSULT and AGREE sides, the twenty-fifth session (the misses and false events of the two types over the
seventeen tuning sets read), each rule with the near cases it leaves alone. Sentences of our own.

- "говорил об этом плане с генсеком НАТО": "говорить" is talks only with its partner in "с" (or coordinated
  subjects); "— говорит Моди" says, "говорил Макрону, что ..." tells.
- "рассказал ... на встрече в Фонде «Наследие»": a meeting's noun as the occasion where one subject acts, with no
  one named it is held with ("с", a genitive, a dative of the verb, many subjects), is no CONSULT; "во время встречи
  с избирателями", "Во время встречи Лукашенко и Токаев обсудили" stay.
- "вручил Шольцу письмо на переговорах": a talk told as the circumstance of a telling or handing verb is held with
  the person told (the verb's bare dative). Not another verb's dative, not a verb whose dative is its doer.
- "Президенты России и Казахстана договорились": a plural post word at a sentence's start that the tagger reads as a
  feminine genitive singular is the subject (a lemma in a consonant has no genitive in -ы).
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def events(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2024-03-15")


@pytest.mark.parametrize(("text", "expected"), [
    ("Христодулидис также говорил об этом плане с генсеком НАТО в Бухаресте.",
     ("CONSULT", "Христодулидис", "НАТО", "asserted")),
    ("Сергей Лавров говорил с Энтони Блинкеном о гарантиях безопасности.",
     ("CONSULT", "Сергей Лавров", "Энтони Блинкен", "asserted")),
    ("Эммануэль Макрон не говорил с Владимиром Путиным с сентября.",
     ("CONSULT", "Эммануэль Макрон", "Владимир Путин", "negated")),
])
def test_talking_with_someone_is_talks(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", [
    "Нарендра Моди говорил Эммануэлю Макрону, что Индия закупит самолёты.",
    "Нарендра Моди говорил о России как о надёжном партнёре.",
    "Говоря с журналистами, Дмитрий Песков отметил, что Кремль не комментирует эти сообщения.",
])
def test_saying_or_telling_is_no_talks(pipeline: Pipeline, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "CONSULT"] == []


@pytest.mark.parametrize("text", [
    "Посол Франции в Японии Филипп Сетон рассказал о французских корнях Макрона на встрече в Институте Азии.",
    "Посол Франции в Японии Филипп Сетон выступил на встрече в честь годовщины договора.",
])
def test_a_meeting_attended_with_no_one_named_is_an_occasion(pipeline: Pipeline, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "CONSULT"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Во время встречи с избирателями Эммануэль Макрон пообещал снизить налоги.",
     ("CONSULT", "Эммануэль Макрон", None, "asserted")),
    ("Во время встречи Эммануэль Макрон и Олаф Шольц обсудили вопросы сотрудничества.",
     ("CONSULT", "Эммануэль Макрон", "Олаф Шольц", "asserted")),
    ("На встрече Эммануэль Макрон сообщил депутату о своём решении.",
     ("CONSULT", "Эммануэль Макрон", None, "asserted")),
])
def test_a_meeting_with_others_stays(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("На переговорах Эммануэль Макрон вручил Олафу Шольцу письмо.",
     ("CONSULT", "Эммануэль Макрон", "Олаф Шольц", "asserted")),
    ("Во время встречи в Берлине Эммануэль Макрон передал Олафу Шольцу приглашение посетить Париж.",
     ("CONSULT", "Эммануэль Макрон", "Олаф Шольц", "asserted")),
])
def test_a_talk_as_a_circumstance_is_held_with_the_one_told(pipeline: Pipeline, text: str,
                                                            expected: Described) -> None:
    assert expected in events(pipeline, text)


def test_a_dative_doer_is_no_partner(pipeline: Pipeline) -> None:
    assert [e for e in events(pipeline, "Олафу Шольцу удалось во время встречи убедить коллег.")
            if e[0] == "CONSULT" and e[2] is not None] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Президенты России и Казахстана договорились о строительстве АЭС.",
     ("AGREE", "Россия", "Казахстан", "asserted")),
    ("Лидеры России и Казахстана договорились о строительстве АЭС.",
     ("AGREE", "Россия", "Казахстан", "asserted")),
])
def test_a_plural_post_word_first_is_the_subject(pipeline: Pipeline, text: str, expected: Described) -> None:
    assert expected in events(pipeline, text)
