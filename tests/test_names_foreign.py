"""Base forms of foreign and unusual names that pymorphy only guesses (found on the factRuEval devset, the BSNLP
training topics and telegram posts; sentences of our own): each case is a sentence, the mention as written, and
its expected nominative."""

from __future__ import annotations

import pytest

from letopis.analysis import Pipeline
from letopis.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable=("posts", "quotes", "events", "commitments"))


CASES = [
    # a possessor the parser hangs on a woman's noun as an apposition is still a man
    ("Журналисты поговорили с вдовой Бориса Немцова, Ириной.", "Бориса Немцова", "Борис Немцов"),
    ("На вечер пришла вдова Алексея Балабанова, Надежда.", "Алексея Балабанова", "Алексей Балабанов"),
    # a guessed indeclinable given name says nothing of the gender: the surname after it declines
    ("Новый альбом Канье Уэста вышел в пятницу.", "Канье Уэста", "Канье Уэст"),
    # a given name read only as a plural ("марчела") lends no case to a foreign surname in the nominative
    ("Премьер-министр Румынии Марчел Чолаку прибыл в Брюссель.", "Марчел Чолаку", "Марчел Чолаку"),
    # a soft stem in -ай/-ей in the instrumental
    ("Программа написана Михаем Предой.", "Михаем Предой", "Михай Преда"),
    # a man's name in -ий is no woman's genitive plural
    ("Луций Цецилий, судя по табличкам, вёл дела обстоятельно.", "Луций Цецилий", "Луций Цецилий"),
    # a foreign name in -аи/-еи the tagger reads as a man's does not decline into a woman's "-ея"
    ("Теперь вновь в игре аль-Барадеи.", "аль-Барадеи", "аль-Барадеи"),
    # a word ending in a vowel beside a nominative is no common noun's oblique case ("тор", "яук")
    ("• Сигэру Исиба (Япония) • Тору Камикава (Япония)", "Тору Камикава", "Тору Камикава"),
    ("Глава авиакомпании Яуке Шрале заявил о рекордных продажах.", "Яуке Шрале", "Яуке Шрале"),
    # a village in -овка/-евка the tagger calls masculine declines as a feminine noun
    ("В Чуприяновке всё починят не раньше 3 декабря.", "Чуприяновке", "Чуприяновка"),
    ("Аналогичная ситуация в Мартыновке.", "Мартыновке", "Мартыновка"),
    # a name the tagger reads in the genitive singular that pymorphy only guesses as a genitive plural stays
    ("Доставкой и продукцией Вкусвилл стоит пользоваться аккуратно.", "Вкусвилл", "Вкусвилл"),
    ("Силовики провели рейды в клубах «Арма» (бывший «Мутабор») и других.", "Мутабор", "Мутабор"),
    # ... and a guessed adjective of another gender than the tagger's
    ("Лидером продаж стал \"Остров\" от Донстрой в Мневниковской пойме.", "Донстрой", "Донстрой"),
    # a name in quotes after a noun naming its kind stays in the nominative; a possessor in quotes declines
    ("Специалисты компании \"Четыре Лапы\" подсчитали питомцев.", "Четыре Лапы", "Четыре Лапы"),
    ("Он владеет долей компании «Мэлон фэшн груп».", "Мэлон фэшн груп", "Мэлон фэшн груп"),
    ("Рейс «Аэрофлота» задержали на два часа.", "Аэрофлота", "Аэрофлот"),
    ("Банк завершает интеграцию «Открытия» к осени.", "Открытия", "Открытие"),
    ("Танкеры обходят ценовой потолок «Большой семерки» на нефть.", "Большой семерки", "Большая семерка"),
    # a name joined by "и" to a name in the genitive, read by the tagger as a nominative it can only be as a plural
    ("Представители Гринпис, сотрудники Росприроднадзора и Рыбохраны накануне провели рейд.", "Рыбохраны",
     "Рыбохрана"),
    # ... but not an organisation the lexicon writes so
    ("Ряд вопросов Минпромторга, Минтруда и Минцифры так и остался без регуляции.", "Минцифры", "Минцифры"),
    # a foreign place of words written apart declines in its last word only
    ("Первый такой турнир состоялся в 2005 году в Сан Луисе (Аргентина).", "Сан Луисе", "Сан Луис"),
    ("В Гусе Хрустальном открыли завод.", "Гусе Хрустальном", "Гусь Хрустальный"),
    # ... also where its first word has a reading in that case only of another gender ("нови": of "новь"), or is
    # no Russian word at all, whatever the parser made of the rest
    ("Встреча прошла в Нови Саде.", "Нови Саде", "Нови Сад"),
    ("Затем в Лос Анджелесе снова прошли переговоры.", "Лос Анджелесе", "Лос Анджелес"),
    ("Он прибыл в Нью Йорке вчера.", "Нью Йорке", "Нью Йорк"),
    # ... and where the tagger puts the case on that first word and reads the last as a nominative
    ("Он вернулся из Лос Анджелеса в среду.", "Лос Анджелеса", "Лос Анджелес"),
    # a name in -и after the Arabic article does not decline, whatever the dictionary or the guesser reads into it
    ("Переговоры с ас-Сиси прошли в Каире.", "ас-Сиси", "ас-Сиси"),
    ("Встреча с Нури аль-Малики состоялась в Багдаде.", "Нури аль-Малики", "Нури аль-Малики"),
    ("Путин направил послание Башару аль-Асаду.", "Башару аль-Асаду", "Башар аль-Асад"),
    # a street named after a person keeps its genitive; the person alone declines
    ("Жительница дома на улице Академика Павлова в столичном Кунцево рассказала о беде.", "Академика Павлова",
     "Академика Павлова"),
    ("Трагедия произошла ночью на набережной Лейтенанта Шмидта, где жил артист.", "Лейтенанта Шмидта",
     "Лейтенанта Шмидта"),
    ("Книги Карла Маркса переиздали.", "Карла Маркса", "Карл Маркс"),
    # ... a name of one word too, also one shaped like an adjective ("в парке Горького"), where the kind noun is
    # singular and the word no place of the dictionary; an adjective agreeing with its noun declines
    ("Экипаж заметил их у гаражей на улице Лузана.", "Лузана", "Лузана"),
    ("Ёлку поставили у входа в парке Горького.", "Горького", "Горького"),
    ("Авария случилась у парка Победы.", "Победы", "Победы"),
    ("Пробки на улицах Москвы достигли девяти баллов.", "Москвы", "Москва"),
    ("Сбой в метро Москвы устранили.", "Москвы", "Москва"),
    ("Пожар у станции Горьковской потушили.", "Горьковской", "Горьковская"),
    ("Авария произошла на Тверской улице.", "Тверской улице", "Тверская улица"),
    # an ordinal in figures takes its noun's nominative ending
    ("Авария произошла на 1-й Садовой улице в Москве.", "1-й Садовой улице", "1-я Садовая улица"),
    ("Пожар случился во 2-м Силикатном проезде.", "2-м Силикатном проезде", "2-й Силикатный проезд"),
]


@pytest.mark.parametrize(("sentence", "written", "normal"), CASES)
def test_nominative(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    doc = pipeline.analyze_one(Article(text=sentence, id="t"))
    found = {m.text: m.normal for m in doc.mentions}
    assert found.get(written) == normal, found
