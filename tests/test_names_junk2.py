"""Junk names seen on telegram posts, second round, and the near cases where the name stays. Sentences of our own;
the cases were met on 8,000 telegram posts and Wikinews texts.

- a common noun opening a line, a sentence or a link's words is no name where the line or the link ends with it
  ("👉 [Источник](...)"), where a lower-case noun, adjective or preposition follows it ("Промзона на севере",
  "Помощь в изучении"), or where the name it is the kind of follows in quotation marks; a name the lexicon knows
  ("Кремль"), one in quotation marks ("«Коммерсант»") or one a verb or a conjunction follows ("Мосгорсуд
  отклонил", "Следком и полиция") stays;
- whatever follows, a common noun opening a sentence that the text also writes in small letters is none ("Камин
  взорвался ... камин был самодельным"), unless a capitalised word it may head follows ("Аэропорт Антальи ...
  аэропортом") or the text also writes it capitalised inside a sentence ("кот по кличке Мир ... Мир
  соответствовал ... символом мира");
- the place or person a post asks to subscribe to is a channel ("Подписаться на Москву - новостную"), where an
  organisation stays ("Подписывайся на Mash") and the city itself elsewhere in the post stays;
- a common noun after a hyphen and a technology's or field's prefix is no name ("Python-разработчиков",
  "IT-компаний"), where a one-letter prefix ("Т-Страхование"), a name in quotation marks ("«РИА-новости»") and a
  singular noun of an organisation's or place's kind ("IT-парк") stay;
- the abbreviations of common nouns "КПП" and "ТВ" name no organisation.
"""

from __future__ import annotations

import pytest
from forms_described import names_pipeline

from letopis.analysis import Pipeline
from letopis.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return names_pipeline()


def mentioned(pipeline: Pipeline, text: str) -> set[str]:
    return {m.text for m in pipeline.analyze_one(Article(text=text, id="t")).mentions}


@pytest.mark.parametrize(("text", "junk"), [
    ("Разбираем, как устроен кэш в Redis: на заметку разработчику\n\n👉 [Источник](https://x.com/someone/status/1)",
     "Источник"),
    ("⚡️Промзона на севере Купянска полностью зачищена, сообщили в Минобороны.", "Промзона"),
    ("Репозиторий подходит для:\n➡️ Поиск ресурсов\n➡️ Помощь в изучении Python", "Помощь"),
    ("Собянин открыл новую станцию метро.\n\n🔴 [Подписаться на Москву - новостную](https://t.me/moskva_news)",
     "Москву"),
    ("Возле одного из КПП стояли рабочие, когда в них въехала машина.", "КПП"),
    ("Он работал журналистом на федеральном ТВ, потом ушёл в продюсеры.", "ТВ"),
    ("Камин взорвался в однокомнатной квартире в Москве. По словам соседей, камин был самодельным.", "Камин"),
    ("Спецназ вытеснил участников митинга с площади. Позже спецназ применил слезоточивый газ.", "Спецназ"),
    ("Компания ищет Python-разработчиков в команду, опыт от трёх лет.", "Python-разработчиков"),
])
def test_junk_is_no_name(pipeline: Pipeline, text: str, junk: str) -> None:
    assert junk not in mentioned(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Кремль пока не комментирует эти сообщения.", "Кремль"),
    ("Мосгорсуд отклонил жалобу адвокатов.", "Мосгорсуд"),
    ("«Коммерсант» сообщил о продаже завода.", "Коммерсант"),
    ("Лед тронулся. Следком и полиция проводят проверку.", "Следком"),
    ("Путин прилетел в Москву из Казани.\n\n❗️ [Подписывайся на Mash](https://t.me/breakingmash)", "Москву"),
    ("Путин прилетел в Москву из Казани.\n\n❗️ [Подписывайся на Mash](https://t.me/breakingmash)", "Mash"),
    ("Зенит в гостях обыграл «Ростов», болельщики «Зенита» ликовали.", "Зенит"),
    ("⚡️Аэропорт Антальи возобновил работу в обычном режиме, — заместитель управляющего аэропортом.",
     "Аэропорт Антальи"),
    ("В Японии умер кот по кличке Мир, которого подарили губернатору. Мир соответствовал своему имени и был "
     "символом мира.", "Мир"),
    ("Полис можно оформить в Т-Страховании, сообщил банк.", "Т-Страховании"),
    ("Об этом сообщило агентство «РИА-новости».", "РИА-новости"),
    ("Резиденты IT-парка в Казани получили льготы.", "IT-парка"),
])
def test_name_stays(pipeline: Pipeline, text: str, name: str) -> None:
    assert name in mentioned(pipeline, text)
