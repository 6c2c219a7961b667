"""Names in nominative: each case is a sentence, the mention as written, and its expected normal form."""

from __future__ import annotations

import pytest

from letopis.analysis import Pipeline
from letopis.records import Article, Doc


def mention_normal(doc: Doc, written: str) -> str:
    for mention in doc.mentions:
        if mention.text == written:
            return mention.normal
    found = [m.text for m in doc.mentions]
    raise AssertionError(f"no mention {written!r}; found {found}")


CASES = [
    ("Премьер-министр встретился с Аскаром Маминым в Астане.", "Аскаром Маминым", "Аскар Мамин"),
    ("Журналисты спросили Путина о переговорах.", "Путина", "Путин"),
    ("В субботу я разговаривал с Александром Григорьевичем Лукашенко.",
     "Александром Григорьевичем Лукашенко", "Александр Григорьевич Лукашенко"),
    ("Казахстан развивает отношения с Беларусью.", "Беларусью", "Беларусь"),
    ("Об этом сообщила пресс-служба Акорды.", "Акорды", "Акорда"),
    ("Об этом передает корреспондент БЕЛТА.", "БЕЛТА", "БЕЛТА"),
    ("Президент посетил Костанайскую область.", "Костанайскую область", "Костанайская область"),
    ("Представитель Белого дома отказался от комментариев.", "Белого дома", "Белый дом"),
    ("Посол встретился с Марией Захаровой в Москве.", "Марией Захаровой", "Мария Захарова"),
    ("Договор подписали в Москве.", "Москве", "Москва"),
    ("Санкции против Соединенных Штатов Америки обсуждались в Пекине.",
     "Соединенных Штатов Америки", "Соединенные Штаты Америки"),
    ("Решение поддержали в Министерстве иностранных дел.",
     "Министерстве иностранных дел", "Министерство иностранных дел"),
    ("Эксперты Сбербанка ожидают роста.", "Сбербанка", "Сбербанк"),
    # Foreign names in -и do not decline; unknown places decline by the tagger's gender.
    ("Сторонники Берни Сандерса вышли на улицы.", "Берни Сандерса", "Берни Сандерс"),
    ("Адвокаты Мартина Шкрели подали апелляцию.", "Мартина Шкрели", "Мартин Шкрели"),
    ("Выборы в Нью-Гэмпшире прошли спокойно.", "Нью-Гэмпшире", "Нью-Гэмпшир"),
    ("Встреча с Айгуль Мусиной прошла в Алматы.", "Айгуль Мусиной", "Айгуль Мусина"),
    # The models see "е" for "ё"; the name keeps its "ё".
    ("Посол Соединённых Штатов прибыл в Минск.", "Соединённых Штатов", "Соединённые Штаты"),
    ("Встреча с Пётром Семёновым прошла в Минске.", "Пётром Семёновым", "Пётр Семёнов"),
    ("Лидер республиканцев Митча Макконнелла не поддержал.", "Митча Макконнелла", "Митч Макконнелл"),
    ("Интервью с Андреем Ромашковым вышло вчера.", "Андреем Ромашковым", "Андрей Ромашков"),
    ("Интервью со Светланой Леонтьевой вышло вчера.", "Светланой Леонтьевой", "Светлана Леонтьева"),
    ("Журналисты встретились с Джоанной Стингрей в Москве.", "Джоанной Стингрей", "Джоанна Стингрей"),
    ("Встреча с Р. Скляром прошла в Астане.", "Р. Скляром", "Р. Скляр"),
    ("Голосование в Неваде завершилось.", "Неваде", "Невада"),
    # A man's foreign surname pymorphy reads as a participle or a woman's name declines by rule.
    ("Неудача постигла его преследователей - Кими Райкконена и Марка Уэббера.", "Кими Райкконена",
     "Кими Райкконен"),
    ("Бундестренер Юрген Клинсман назвал Йенса Лемана первым вратарём сборной.", "Йенса Лемана", "Йенс Леман"),
    # The tagger's cases disagree within a name; a woman's foreign surname does not decline.
    ("В начале 90-х он женился на сестре Джоанны Стингрей и переехал в США.", "Джоанны Стингрей",
     "Джоанна Стингрей"),
    ("Письмо направили Нэнси Пелоси и Чаку Шумеру.", "Нэнси Пелоси", "Нэнси Пелоси"),
    ("По словам Сундара Пичаи, компания поддержит сотрудников.", "Сундара Пичаи", "Сундар Пичаи"),
    # A surname with "младший" declines as two words.
    ("Администрация Джорджа Буша-младшего начала войну в Ираке.", "Джорджа Буша-младшего",
     "Джордж Буш-младший"),
    ("Речь Кеннеди-младшего вызвала споры.", "Кеннеди-младшего", "Кеннеди-младший"),
    # A place pymorphy guesses as a woman's name is masculine when the tagger says so.
    ("Матч прошёл в Тоттенхэме при пустых трибунах.", "Тоттенхэме", "Тоттенхэм"),
    ("Спектакль показали перед Большим театром в понедельник.", "Большим театром", "Большой театр"),
    # The tagger's cases disagree and neither reads: the case both words share.
    ("Его работа понравилась супруге первого президента — Наине Иосифовне.", "Наине Иосифовне",
     "Наина Иосифовна"),
    # The parser heads the name with its participle: the noun after it is the head.
    ("Жители Соединённого Королевства продолжают возмущаться.", "Соединённого Королевства",
     "Соединённое Королевство"),
    # A word the tagger takes for a particle does not decline.
    ("С 13 по 14 апреля в Аль Аин состоялось заседание совета ФИДЕ.", "Аль Аин", "Аль Аин"),
    # One person's word that pymorphy reads only as a plural stays as written.
    ("Журналисты встретились с Эми Кони Барретт в Вашингтоне.", "Эми Кони Барретт", "Эми Кони Барретт"),
    ("Заявление Джейкоба Чански прозвучало вчера в Вашингтоне.", "Джейкоба Чански", "Джейкоб Чански"),
    # A man in the genitive whose words the dictionary knows only as feminine nominatives.
    ("Заявление Илона Маска прозвучало вчера в Вашингтоне.", "Илона Маска", "Илон Маск"),
    ("Заявление Билла Барра прозвучало вчера в Вашингтоне.", "Билла Барра", "Билл Барр"),
    ("О смерти Мендонсы сообщила его дочь.", "Мендонсы", "Мендонса"),
    ("Кинопрограмма включает лучшие работы Василия Шукшина.", "Василия Шукшина", "Василий Шукшин"),
    # A word the tagger reads as a nominative keeps it when another word of the name is in an oblique case.
    ("В борьбе участвует одна женщина — Айссата Хайдара Сиссе.", "Айссата Хайдара Сиссе",
     "Айссата Хайдара Сиссе"),
    # An adjective keeps its stem: "высшее" is no "высочайшее" of the lemma "высокий".
    ("Он окончил Строгановское высшее художественное училище в 1990 году.",
     "Строгановское высшее художественное училище", "Строгановское высшее художественное училище"),
    # An organisation is no guessed person.
    ("Решение приняли в Госдуме и Совфеде.", "Совфеде", "Совфед"),
]


@pytest.mark.parametrize(("sentence", "written", "normal"), CASES, ids=[c[1] for c in CASES])
def test_nominative(pipeline: Pipeline, sentence: str, written: str, normal: str) -> None:
    doc = pipeline.analyze_one(Article(text=sentence))
    assert mention_normal(doc, written) == normal


def test_quoted_part_stays_as_written(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Об этом сообщает МИА «Казинформ» со ссылкой на источники."))
    assert mention_normal(doc, "МИА «Казинформ»") == "МИА «Казинформ»"


def test_indeclinable_surname_stays(pipeline: Pipeline) -> None:
    doc = pipeline.analyze_one(Article(text="Делегацию принял Роман Головченко, а затем Лукашенко."))
    assert mention_normal(doc, "Лукашенко") == "Лукашенко"


def test_a_common_noun_alone_is_no_mans_genitive(pipeline: Pipeline) -> None:
    """The tagger calls the sentence's first word a man in the genitive; a dictionary noun alone keeps its form."""
    doc = pipeline.analyze_one(Article(text="Кинопрограмма включает лучшие работы Василия Шукшина."))
    assert all(m.normal != "Кинопрограмм" for m in doc.mentions)


def test_a_nominative_surname_keeps_its_case(pipeline: Pipeline) -> None:
    """The tagger reads "Амаду" as a dative and "Туре" as a nominative: the surname is no dative of "Тура"."""
    doc = pipeline.analyze_one(Article(text="Во втором туре он проиграл Амаду Тумани Туре."))
    assert mention_normal(doc, "Амаду Тумани Туре").endswith(" Туре")
