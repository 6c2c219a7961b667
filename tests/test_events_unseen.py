"""Events: rules from the fifth dev set's long articles (issue 4), each a general shape of Russian news prose
rather than one sentence: who "который" and "последняя" stand for, subjects that name no one, refusals to
comment. Stated on real Russian sentences.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def described(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2011-01-20")


@pytest.mark.parametrize(("text", "expected"), [
    # "последняя" with no noun of its own is the one named last
    ("Угроза нависла из-за конфликта между руководством канала и компанией «Алтек». Последняя обвиняет WFC в "
     "просрочке погашения векселей.", [("ACCUSE", "Алтек", "WFC", "asserted")]),
    # "который" whose clause the parser hung on a later word stands for the name before its comma
    ("Эту панихиду прокомментировал журналист Виктор Шендерович, который 26 декабря провел антифашистский митинг "
     "против тех, кто вышел на площадь.", [("PROTEST", "Виктор Шендерович", None, "asserted")]),
    # a subject of its own that names no one is not replaced by the main clause's subject ...
    ("И напротив, если партнёры договорятся, WFC имеет все шансы стать доходным бизнесом.", []),
    # ... nor by the speaker of the quote
    ("«Очень странно, что некоторые представители демократического лагеря даже пытались вести переговоры с "
     "ДПНИ», — сказал Александр Брод.", [("CONSULT", None, "ДПНИ", "asserted")]),
    ("«Мы вели переговоры с ДПНИ», — сказал Александр Брод.", [("CONSULT", "Александр Брод", "ДПНИ", "asserted")]),
    # a refusal to comment refuses nothing to anyone
    ("От комментариев по поводу покупки DST следующих 5% акций представители DST и Facebook отказались.", []),
    ("Представитель Газпрома отказался комментировать решение суда.", []),
    ("Грузия отказалась от переговоров с ЕС.", [("CONSULT", "Грузия", "ЕС", "negated"),
                                               ("REJECT", "Грузия", "ЕС", "asserted")]),
    # a document's active participle is the act of whoever adopts it; an unnamed parliament is its state; the
    # judged act's adjective names whose act it is
    ("Накануне парламент Пакистана проголосовал за резолюцию, осуждающую американский рейд на территории их "
     "страны.", [("ACCUSE", "Пакистан", "США", "asserted")]),
    ("Парламент Пакистана осудил американский рейд.", [("ACCUSE", "Пакистан", "США", "asserted")]),
    ("Сенатор прочитал статью, осуждающую рейд США.", [("ACCUSE", None, "США", "asserted")]),
    # lexicon: attempts on a life, reproach, import control
    ("Как передала радиостанция «Маяк», по факту покушения на Ису Ямадаева возбуждено уголовное дело.",
     [("ASSAULT", None, "Иса Ямадаев", "asserted")]),
    ("«Ключевым был момент, когда Владимир Путин попенял Громову на то, что, если не можете сделать, не обещайте», "
     "— цитирует ИА Regnum Минченко.", [("ACCUSE", "Владимир Путин", "Громов", "asserted")]),
    ("Российские власти также объявили об ужесточении контроля за мясным импортом из Германии.",
     [("SANCTION", "Россия", "Германия", "asserted")]),
    # the case's name after "по делу" is no one the act is aimed at
    ("Люди, которые были арестованы по делу Сулима Ямадаева в Эмиратах, дают показания.", []),
    # a long list of those who act: each is a source, up to six
    ("По неподтверждённым данным, шахматная федерация Израиля поддержит Илюмжинова вместе с федерациями Ирака, "
     "Сирии, Иордании, Ливана и другими арабскими странами.",
     [("SUPPORT", "Израиль", "Илюмжинов", "future"), ("SUPPORT", "Ирак", "Илюмжинов", "future"),
      ("SUPPORT", "Сирия", "Илюмжинов", "future"), ("SUPPORT", "Иордания", "Илюмжинов", "future"),
      ("SUPPORT", "Ливан", "Илюмжинов", "future")]),
    # a relative clause inside a "против" phrase describes those opposed; its place is no one opposed
    ("Журналист Виктор Шендерович 26 декабря провел антифашистский митинг против тех, кто вышел на Манежную "
     "площадь.", [("PROTEST", "Виктор Шендерович", None, "asserted")]),
    # what is discussed is a topic, not a side; a discussion with no partner is internal, no event
    ("Менеджеры НАСА обсуждают варианты эвакуации своего астронавта с МКС на шаттле «Дискавери».", []),
    ("Сергей Лавров обсудил с Джоном Керри ситуацию в Сирии.",
     [("CONSULT", "Сергей Лавров", "Джон Керри", "asserted")]),
    # the direct object undergoes the act before a prepositional phrase hung on the verb
    ("К Кронштадтскому бульвару, где болельщика «Спартака» Егора Свиридова убили в драке, пришли возложить цветы "
     "десятки людей.", [("ASSAULT", None, "Егор Свиридов", "asserted")]),
    # a request names who is asked by the subject of its "чтобы" clause
    ("Всеволод Чаплин призвал к тому, чтобы «Россия жила не по законам джунглей и гор, а по божьему и человеческим "
     "законам».", [("REQUEST", "Всеволод Чаплин", "Россия", "asserted")]),
])
def test_unseen_long_article_shapes(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert described(pipeline, text) == expected
