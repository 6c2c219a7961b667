"""Events: the round checked on the seventh dev set (issue 4): general rules for rivals told instead of a name,
lists spelled out after a dash or a colon, blacklists, claims and findings of interference, and participles that
name the people who act, each stated on real Russian sentences of the kinds the long election articles hold.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


def described(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2020-12-15")


@pytest.mark.parametrize(("text", "expected"), [
    # a bare rival word stands for the person the article mentions most besides the other side
    ("Джо Байден победил Дональда Трампа на выборах. Трамп не признал поражение. Комментируя результаты, Байден "
     "призвал оппонента их уважать.",
     [("REJECT", "Дональд Трамп", None, "asserted"), ("REQUEST", "Джо Байден", "Дональд Трамп", "asserted")]),
    # a rival word that names whose rival it is, or a plural one, is left to the names
    ("Джо Байден победил Дональда Трампа на выборах. Байден призвал конкурентов уважать результаты.",
     [("REQUEST", "Джо Байден", None, "asserted")]),
    # each item of a list spelled out after a dash or a colon is a target
    ("США ввели санкции против четырех компаний - \"Роснефти\", \"Газпрома\", \"Лукойла\" и \"Новатэка\".",
     [("SANCTION", "США", "Роснефть", "asserted"), ("SANCTION", "США", "Газпром", "asserted"),
      ("SANCTION", "США", "Лукойл", "asserted"), ("SANCTION", "США", "Новатэк", "asserted")]),
    ("Евросоюз ввел санкции против трех банков: Сбербанка, ВТБ и Газпромбанка.",
     [("SANCTION", "ЕС", "Сбербанк", "asserted"), ("SANCTION", "ЕС", "ВТБ", "asserted"),
      ("SANCTION", "ЕС", "Газпромбанк", "asserted")]),
    # a word that names someone itself keeps it: the dash there explains it
    ("Минфин США ввел санкции против компании \"Роснефть\" - крупнейшего экспортера нефти.",
     [("SANCTION", "Минфин США", "Роснефть", "asserted")]),
    # a blacklist is a sanction
    ("Украина внесла в чёрный список певца Филиппа Киркорова.",
     [("SANCTION", "Украина", "Филипп Киркоров", "asserted")]),
    # a claim or a finding that someone interfered accuses who interfered
    ("Специальный прокурор Роберт Мюллер установил, что Россия вмешивалась в президентские выборы в США.",
     [("ACCUSE", "Роберт Мюллер", "Россия", "asserted")]),
    ("Директор ФБР Кристофер Рэй заявил, что Россия пытается вмешаться в выборы в США.",
     [("ACCUSE", "Кристофер Рэй", "Россия", "asserted")]),
    ("Конгресс США представил доклад о так называемом «вмешательстве РФ» в американские выборы.",
     [("ACCUSE", "Конгресс США", "Россия", "asserted")]),
    ("\"Стенограммы подтверждают выводы Мюллера о том, что Россия вмешалась в выборы\", - говорится на сайте "
     "комитета.", [("ACCUSE", "Мюллер", "Россия", "asserted")]),
    # the accusation already told is not told twice; a denial accuses no one
    ("Джо Байден обвинил Россию во вмешательстве в выборы.", [("ACCUSE", "Джо Байден", "Россия", "asserted")]),
    ("Москва заявила, что не вмешивалась в выборы.", []),
    # a participle in a noun's role names people who act, no act of the sentence's subject
    ("Трамп призвал протестующих в Вашингтоне действовать мирно и разойтись по домам.",
     [("REQUEST", "Трамп", None, "asserted")]),
    ("Протестующие у парламента Грузии метают в здание петарды.", []),
    # a thing banned or blocked with no one named it is aimed at is a rule, not an act between actors
    ("Попытки Трампа подать судебные иски в попытке заблокировать голосование выборщиков завершились провалом.",
     [("ACCUSE", "Трамп", None, "future")]),
    ("Минтранс намерен запретить вождение самокатов для лиц младше 16 лет.", []),
    # a post word's holder named after the genitives that say whose post it is, in the post word's case
    ("Решение последовало после призывов республиканцев к главе спецкомитета Адаму Шиффу обнародовать документы.",
     [("REQUEST", None, "Адам Шифф", "asserted")]),
    # a place below the results a suit is about is where the vote was counted, not whom the suit is against
    ("К настоящему моменту Сидни Пауэлл подала иски на результаты выборов Мичиган.",
     [("ACCUSE", "Сидни Пауэлл", None, "asserted")]),
    ("Трамп подал иск против штата Пенсильвания.", [("ACCUSE", "Трамп", "Пенсильвания", "asserted")]),
    # help to a person, no aid named, is support; help by money or arms is aid
    ("Россия вмешалась в выборы, чтобы помочь Трампу.", [("SUPPORT", "Россия", "Трамп", "asserted")]),
    ("Илон Маск помог Трампу деньгами.", [("AID", "Илон Маск", "Трамп", "asserted")]),
])
def test_general_round(pipeline: Pipeline, text: str, expected: list[Described]) -> None:
    assert described(pipeline, text) == expected
