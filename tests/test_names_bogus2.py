"""More bogus names the recogniser makes, found on telegram posts and the event dev sets: a plural common noun
opening a sentence taken for a place or an organisation ("Власти заявили", "Россиянам стали приходить"), a plural
made with a productive prefix taken for a person ("Криптомайнерам запретят"), a person's role swept into the name
it stands before in apposition ("Рэпера Гуфа задержали", "Экс-помощница Байдена рассказала"), and a well-known
surname glued to the full name of someone else before it ("Вивеку Рамасвами Трамп предложил") — and the real names
that look like them and must stay."""

from __future__ import annotations

import pytest

from letopis import Article, Doc
from letopis.analysis import Pipeline


def analyze(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.analyze_one(Article(text=text))


def entities(doc: Doc) -> set[str]:
    return {f"{e.type}:{e.name}" for e in doc.entities}


def names(doc: Doc) -> set[str]:
    return {e.name for e in doc.entities}


# (text, a name no entity of the text may have)
DROPPED = [
    # a plural common noun opening a sentence: no place, no organisation
    ("Власти заявили о повреждении промышленного предприятия в Днепре.", "Власти"),
    ("Курс рубля упал.\n\nВласти США арестовали жительницу Нью-Йорка.", "Власти"),
    ("Россиянам стали массово приходить фишинговые ссылки.", "Россияне"),
    ("Спасатели прибыли по указанному адресу через десять минут.", "Спасатели"),
    ("Аферисты размещают объявления в районных чатах.", "Аферисты"),
    # a plural made with a prefix ("крипто", "одно") opening a sentence: no person
    ("Криптомайнерам запретят работать в зимний период.", "Криптомайнерам"),
    # a person's role before the name it agrees with, in an oblique case or before a full name
    ("Рэпера Гуфа задержали в Подмосковье за драку.", "Рэпер Гуф"),
    ("Блогеру Аязу Шабутдинову продлили арест на два месяца.", "Блогер Аяз Шабутдинов"),
    ("Экс-сенатор Рауф Арашуков заработал новое уголовное дело.", "Экс-сенатор Рауф Арашуков"),
    # a role in another case than the name's, written with a prefix and a hyphen
    ("Экс-помощница Байдена рассказала о домогательствах.", "Экс-помощница Байдена"),
    # a well-known surname after the full name of someone else
    ("Вивеку Рамасвами Трамп предложил пост в новой администрации.", "Вивеку Рамасвами Трамп"),
]


@pytest.mark.parametrize(("text", "bogus"), DROPPED, ids=[c[1] for c in DROPPED])
def test_bogus_name_dropped(pipeline: Pipeline, text: str, bogus: str) -> None:
    assert bogus not in names(analyze(pipeline, text))


# (text, an entity that must be there)
KEPT = [
    # the government of a state keeps its name ("власти" and the state's name, as the actors stage reads it)
    ("Власти Великобритании заявили о высылке дипломатов.", "ORG:Власти Великобритании"),
    ("Курс рубля упал.\n\nВласти США арестовали жительницу Нью-Йорка.", "ORG:Власти США"),
    # a plural name the lexicon knows, a plural name in quotation marks, a street after an abbreviation
    ("Штаты поддержали резолюцию о прекращении огня.", "LOC:США"),
    ("«Известия» сообщили о новых назначениях.", "ORG:Известия"),
    # the person after the role, the role cut off
    ("Рэпера Гуфа задержали в Подмосковье за драку.", "PER:Гуф"),
    ("Экс-сенатор Рауф Арашуков заработал новое уголовное дело.", "PER:Рауф Арашуков"),
    ("Экс-помощница Байдена рассказала о домогательствах.", "PER:Байден"),
    ("Вивеку Рамасвами Трамп предложил пост в новой администрации.", "PER:Трамп"),
    # a given name the dictionary reads as a common noun, before a one-word surname in the nominative
    ("Эмир Кустурица снял новый фильм о войне.", "PER:Эмир Кустурица"),
    # a character's name of a common noun and a word that is a common noun too
    ("Деда Мороза встретили в парке Горького.", "PER:Дед Мороз"),
    # an East Asian name whose short first part the dictionary reads as a common noun ("пан")
    ("Пан Ги Мун обратился в Совбез ООН.", "PER:Пан Ги Мун"),
    # one person's full name with a middle name before a famous surname
    ("Дональд Джон Трамп выступил в Нью-Йорке.", "PER:Дональд Джон Трамп"),
    # real names of people and organisations opening a sentence
    ("Мосгорсуд отклонил жалобу адвокатов.", "ORG:Мосгорсуд"),
    ("Медиазона опубликовала список погибших.", "ORG:Медиазона"),
    ("Владимир Путин провёл совещание с членами правительства.", "PER:Владимир Путин"),
]


@pytest.mark.parametrize(("text", "name"), KEPT, ids=[c[1] for c in KEPT])
def test_real_name_kept(pipeline: Pipeline, text: str, name: str) -> None:
    assert name in entities(analyze(pipeline, text))


def test_street_after_abbreviation_is_no_sentence_opening(pipeline: Pipeline) -> None:
    """"ул. Оптиков": the abbreviation's dot opens no sentence, the plural is a street's name."""
    doc = analyze(pipeline, "Пункты приёма: Пермь, ул. Попова, 22; Санкт-Петербург, ул. Оптиков, 4.")
    assert any(m.text == "Оптиков" for m in doc.mentions)


def test_a_given_name_the_dictionary_lacks_and_its_surname_are_one_person() -> None:
    # slovnet reads no person in a short text's first words; the two recovered words are one name
    from letopis import analyze

    doc = analyze("Харви Вайнштейн сдался полиции.")[0]
    assert [(m.text, m.type) for m in doc.mentions] == [("Харви Вайнштейн", "PER")]
    doc = analyze("Захарова Песков прокомментировали.")[0]
    assert [m.text for m in doc.mentions] == ["Захарова", "Песков"]
