"""Bogus names the recogniser makes of common words, found on telegram posts and the event dev sets: a common noun
made with a productive prefix ("Спецпрокурор", "Криптоинвестор") taken for a person or an organisation, a common
noun opening the sentence swept into a person's name in a case the name is not in ("Сестра Долматова"), a word
glued to the next sentence's first word ("КапитолияУтверждение"), a name run across a line break into the next
line's first word ("Должикову⏎⏎Задержанная") — and the real names that look like them and must stay."""

from __future__ import annotations

import pytest

from letopis import Article, Doc
from letopis.analysis import Pipeline


def analyze(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.analyze_one(Article(text=text))


def entities(doc: Doc) -> set[str]:
    return {f"{e.type}:{e.name}" for e in doc.entities}


def mentions(doc: Doc) -> set[str]:
    return {m.text for m in doc.mentions}


# (text, an entity that must not be there)
DROPPED = [
    # a known prefix (four letters or more) over a common noun of the dictionary, opening a sentence
    ("Спецпрокурор потребовал приговора для бывшего президента.", "ORG:Спецпрокурор"),
    ("Спецпрокурор Джек Смит закрыл дело против Трампа.", "ORG:Спецпрокурор"),
    # a common noun opening the sentence, in a case the name after it is not in
    ("Сестра Долматова рассказала SHOT, что он всё ещё находится в рехабе.", "PER:Сестра Долматова"),
    ("Развод Алсу и Яна Абрамова затянется минимум на четыре года.", "PER:Развод Алсу"),
    ("Гримёрка Королёвой была рядом с гримёркой Талькова.", "PER:Гримёрка Королёва"),
    ("Пресс-агент Гибсона подтвердил эту информацию.", "PER:Пресс-агент Гибсон"),
    # a headline's last word glued to the text's first: one word that is none, its type a guess
    ("Согласно конституции, инаугурация должна состояться 20 января.Захват КапитолияУтверждение итогов выборов "
     "в конгрессе проходило на фоне протестов.", "ORG:Капитолияутверждение"),
    ("Согласно конституции, инаугурация должна состояться 20 января.Захват КапитолияУтверждение итогов выборов "
     "в конгрессе проходило на фоне протестов.", "ORG:Капитолий"),
]


@pytest.mark.parametrize(("text", "bogus"), DROPPED, ids=[c[1] for c in DROPPED])
def test_bogus_entity_dropped(pipeline: Pipeline, text: str, bogus: str) -> None:
    assert bogus not in entities(analyze(pipeline, text))


# (text, an entity that must be there)
KEPT = [
    ("Спецпрокурор Джек Смит закрыл дело против Трампа.", "PER:Джек Смит"),
    ("Сестра Долматова рассказала SHOT, что он всё ещё находится в рехабе.", "PER:Долматов"),
    ("Пресс-агент Гибсона подтвердил эту информацию.", "PER:Гибсон"),
    ("Развод Алсу и Яна Абрамова затянется минимум на четыре года.", "PER:Алсу"),
    # a name glued to the next sentence's first word: the name, its last word read as the word before it
    ("Сенаторы отказались рассматривать претензии.Заявление Дональда ТрампаДействующий президент пообещал, что "
     "передача власти будет мирной.", "PER:Дональд Трамп"),
    # real names opening a sentence: a word the dictionary knows, an unknown prefix ("Рос"), a guessed surname,
    # a common noun that names a medium
    ("Мосгорсуд отклонил жалобу адвокатов.", "ORG:Мосгорсуд"),
    ("Роскачество проверило мёд разных марок.", "ORG:Роскачество"),
    ("Кулеба заявил о готовности к переговорам.", "PER:Кулеба"),
    ("Как пишет Медуза, журналиста задержали.", "ORG:Медуза"),
    # an organisation named by a prefix and an inanimate noun ("медиа" + "зона"): no person's role
    ("Медиазона опубликовала список погибших.", "ORG:Медиазона"),
    # surnames that begin like a prefix: a short one ("за", "не")
    ("Залужный заявил о новой стратегии.", "PER:Залужный"),
    ("Нехаммер заявил о поддержке Киева.", "PER:Нехаммер"),
    # an apposition agreeing with the name is left to the other stages
    ("Полузащитник Контрерас забил победный гол.", "PER:Полузащитник Контрерас"),
    # a brand written in camel case is no glue
    ("ООО «СЗ СтройКапитал» стало лидером рейтинга застройщиков.", "ORG:ООО «СЗ СтройКапитал»"),
    ("СберМаркет запустил доставку за 15 минут.", "ORG:СберМаркет"),
]


@pytest.mark.parametrize(("text", "name"), KEPT, ids=[c[1] for c in KEPT])
def test_real_name_kept(pipeline: Pipeline, text: str, name: str) -> None:
    assert name in entities(analyze(pipeline, text))


# Telegram posts whose person the recogniser runs across the paragraph break into the next paragraph's first word
# (whole posts: the recogniser's span depends on the rest of the post).
LINE_BREAKS = [
    ("❗️Сотрудники МВД России задержали экс-проректора РУДН Анжелу Должикову\n\nЗадержанная подозревается в "
     "хищении 1 млн рублей на заключении фиктивных контрактов по развитию и совершенствованию программ по изучению "
     "русского языка.", "Анжелу Должикову"),
    ("В Москве [задержан](https://kommersant-ru.turbopages.org/kommersant.ru/s/doc/7250059) бывший замминистра "
     "энергетики РФ Яновский\n\nПредварительно, у него сейчас проходят обыски. Летом этого года силовики задержали "
     "представителей угольной отрасли, которые дали показания на экс-чиновника и рассказали о его причастности к "
     "хищениям.\n\nПодробности выясняются.", "Яновский"),
]


@pytest.mark.parametrize(("text", "name"), LINE_BREAKS, ids=[c[1] for c in LINE_BREAKS])
def test_name_ends_at_line_break(pipeline: Pipeline, text: str, name: str) -> None:
    found = mentions(analyze(pipeline, text))
    assert name in found
    assert not any("\n" in m for m in found)


def test_next_line_word_is_no_surname(pipeline: Pipeline) -> None:
    """"Роман Вильфанд⏎⏎Снег может выпасть": the span cut at the line break before its name is read, the next
    line's first word makes no person."""
    doc = analyze(pipeline, "🌨️Снега в Москве на этой неделе практически не будет из-за высокого давления, — научный "
                            "руководитель Гидрометцентра России Роман Вильфанд\n\nСнег может выпасть высотой лишь "
                            "меньше миллиметра\n\n❤ [Подписаться](https://t.me/moscowtop)")
    assert "PER:Роман Вильфанд" in entities(doc)
    assert "PER:Снег" not in entities(doc)
