"""Events: general shapes of long agency and Wikinews articles (issue 4, the session that tuned on events_dev8): one
private citizen told by their state is no side, a city's government is the city, a plural post of two states is both
holders, a continent toured is no one visited, a candidacy is the candidate, an interview given to an agency is no
talks, a law a legislature approves is passed, not supported, a court's finding of guilt is its sentence, a verb
joined to the one before acts on its object, a release told by the one released, help received "от" someone as that
one's aid. Stated on real Russian sentences of the same shape as the dev texts, not copies of them.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def described(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2019-07-11")


@pytest.mark.parametrize(("text", "expected"), [
    # one citizen or resident told by the state is an unnamed person: the state neither acts nor is acted on
    pytest.param("В аэропорту Стамбула задержан гражданин Германии, который пытался провезти оружие.", [],
                 id="citizen-genitive"),
    pytest.param("В Ираке похищен французский гражданин.", [], id="citizen-adjective"),
    pytest.param("Полиция задержала гражданина России Ивана Петрова.",
                 [("COERCE", None, "Иван Петров", "asserted")], id="citizen-named"),
    pytest.param("Россия ввела санкции против 30 граждан Британии.",
                 [("SANCTION", "Россия", "Великобритания", "asserted")], id="citizens-plural-stay"),
    # a court finding someone guilty sentences them (COERCE); a politician finding someone guilty accuses
    pytest.param("Мещанский суд Москвы признал Олега Навального виновным в мошенничестве.",
                 [("COERCE", "Мещанский суд Москвы", "Олег Навальный", "asserted")], id="court-guilty"),
    pytest.param("Лавров признал Запад виновным в эскалации.",
                 [("ACCUSE", "Лавров", "Запад", "asserted")], id="politician-guilty"),
    # a verb joined to the one before, with no object of its own, acts on that one's object
    pytest.param("Тверской суд признал Илью Яшина виновным в неповиновении полиции и арестовал на 15 суток.",
                 [("COERCE", "Тверской суд", "Илья Яшин", "asserted"),
                  ("COERCE", "Тверской суд", "Илья Яшин", "asserted")], id="joined-verb-shares-object"),
    pytest.param("Полиция задержала Илью Яшина и допросила свидетелей.",
                 [("COERCE", None, "Илья Яшин", "asserted")], id="joined-verb-own-object"),
    # a release told by the one released; the arrest told as its time is his too (events_dev8 annotates both)
    pytest.param("Илья Яшин вышел на свободу после 15 суток ареста.",
                 [("COERCE", None, "Илья Яшин", "asserted"), ("CONCEDE", None, "Илья Яшин", "asserted")],
                 id="released"),
    # a city's government is the city's, a state's government the state's
    pytest.param("Власти Санкт-Петербурга задержали Илью Яшина в России.",
                 [("COERCE", "Санкт-Петербург", "Илья Яшин", "asserted")], id="city-government"),
    pytest.param("Правительство Японии выразило протест России.",
                 [("PROTEST", "Япония", "Россия", "asserted")], id="state-government"),
    # a plural post of two states stands for both holders the article names
    pytest.param("Президент Франции Эмманюэль Макрон встретился с президентом Турции Реджепом Тайипом Эрдоганом. "
                 "Президенты Франции и Турции обсудили ситуацию в Ливии.",
                 [("CONSULT", "Эмманюэль Макрон", "Реджеп Тайип Эрдоган", "asserted"),
                  ("CONSULT", "Эмманюэль Макрон", "Реджеп Тайип Эрдоган", "asserted")], id="plural-post"),
    # a tour of a continent visits no one; the state arrived in is visited
    pytest.param("Президент США Джо Байден прибыл в Польшу, откуда начнётся его турне по Европе.",
                 [("CONSULT", "Джо Байден", "Польша", "asserted")], id="continent-tour"),
    pytest.param("Председатель КНР Си Цзиньпин совершит турне по Африке.", [], id="continent-only"),
    # a candidacy stands for the candidate its genitive names
    pytest.param("Франция выступила в поддержку кандидатуры Кристин Лагард.",
                 [("SUPPORT", "Франция", "Кристин Лагард", "asserted")], id="candidacy"),
    # a conversation with an agency or an organisation is an interview given; one with a person stays talks
    pytest.param("Об этом заместитель министра иностранных дел России Сергей Рябков заявил в беседе с ТАСС.", [],
                 id="interview-to-agency"),
    pytest.param("Об этом глава МИД Венгрии Петер Сийярто сказал в беседе с Сергеем Лавровым.",
                 [("CONSULT", "Петер Сийярто", "Сергей Лавров", "asserted")], id="conversation-with-person"),
    pytest.param("Министр иностранных дел России Сергей Лавров провёл беседу с главой МИД Ирана.",
                 [("CONSULT", "Сергей Лавров", "МИД Ирана", "asserted")], id="conversation-with-post"),
    # a legislature approving a law passes it; a party's support of a bill stays support
    pytest.param("Вчера закон о повышении пошлин одобрил Совет Федерации.", [], id="law-passed"),
    pytest.param("Партия «Справедливая Россия» поддержала законопроект о пошлинах.",
                 [("SUPPORT", "Справедливая Россия", None, "asserted")], id="bill-supported"),
    # a meeting told as a circumstance of another clause is held by the nearest subject up that names one actor
    pytest.param("Премьер-министр Армении Никол Пашинян вернулся в Ереван. Он рассказал, что во время встречи с "
                 "президентом Франции Эмманюэлем Макроном они обсуждали поставки.",
                 [("CONSULT", "Никол Пашинян", "Эмманюэль Макрон", "asserted")], id="circumstance-meeting"),
    # "они" agreeing in the sentence that told a meeting are the meeting's sides
    pytest.param("Премьер-министр Армении Никол Пашинян вернулся в Ереван. Он рассказал, что во время встречи с "
                 "президентом Франции Эмманюэлем Макроном они договорились о поставках.",
                 [("AGREE", "Никол Пашинян", "Эмманюэль Макрон", "asserted"),
                  ("CONSULT", "Никол Пашинян", "Эмманюэль Макрон", "asserted")], id="they-agreed-at-meeting"),
    # help or a loan received "от" someone is that one's aid to the receiver
    pytest.param("Португалия получила финансовую помощь от МВФ и ЕС.",
                 [("AID", "МВФ", "Португалия", "asserted"), ("AID", "ЕС", "Португалия", "asserted")],
                 id="aid-received"),
    pytest.param("Пострадавшие получили медицинскую помощь.", [], id="aid-received-from-no-one"),
])
def test_long_article_shapes(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert described(pipeline, text) == expected
