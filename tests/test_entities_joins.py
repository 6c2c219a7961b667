"""Entity errors the quote and event work met, one table per shape: an abbreviation beside the full name it
abbreviates (and "ООО «Алтек»" beside "Алтек"), an organisation's name the recogniser misses, a family named
by its surname in the plural, a company's name in an oblique case, a given name with a surname's initial, two
full names side by side in a photo caption."""

from __future__ import annotations

import pytest

from letopis import Article, Doc
from letopis.analysis import Pipeline
from letopis.analysis.entities import initials_spell


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable={"posts", "quotes", "events", "commitments"})


def analyze(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.analyze_one(Article(text=text))


def entity_of(doc: Doc, written: str) -> str | None:
    return next((m.entity for m in doc.mentions if m.text == written), None)


def persons(doc: Doc) -> set[str]:
    return {e.name for e in doc.entities if e.type == "PER"}


ABBREVIATIONS = [
    # Latin initials, the abbreviation in brackets after the name and again alone
    ("Компания Global Energy Partners (GEP) объявила о покупке двух электростанций. Представители GEP "
     "отказались назвать сумму сделки.", "GEP", "Global Energy Partners"),
    # Cyrillic initials over a conjunction ("и") the abbreviation skips
    ("Российский союз промышленников и предпринимателей (РСПП) выступил против повышения налогов. Глава РСПП "
     "Александр Шохин назвал эту меру преждевременной.", "РСПП", "Российский союз промышленников и предпринимателей"),
    # the full name in an oblique case, the abbreviation in a later sentence
    ("Опрос провел Всероссийский центр изучения общественного мнения. По данным ВЦИОМ, рейтинг партии вырос "
     "на два пункта.", "ВЦИОМ", "Всероссийский центр изучения общественного мнения"),
    # syllables of the words, over a preposition ("по"): the lexicon's short form and the initials agree
    ("Эксперты Международного агентства по атомной энергии прибыли на станцию. Глава МАГАТЭ Рафаэль Гросси "
     "пообещал опубликовать доклад.", "МАГАТЭ", "Международного агентства по атомной энергии"),
    ("Глава Европейского союза заявил о новых санкциях. Евросоюз обсудит меры в июне. Решение ЕС вступит в "
     "силу в июле.", "ЕС", "Евросоюз"),
    ("The Wall Street Journal (WSJ) сообщила о сделке. По данным WSJ, переговоры шли полгода.", "WSJ",
     "The Wall Street Journal"),
]


@pytest.mark.parametrize(("text", "short", "full"), ABBREVIATIONS, ids=[c[1] for c in ABBREVIATIONS])
def test_abbreviation_joins_its_full_name(pipeline: Pipeline, text: str, short: str, full: str) -> None:
    doc = analyze(pipeline, text)
    short_entity, full_entity = entity_of(doc, short), entity_of(doc, full)
    assert short_entity is not None and short_entity == full_entity, [(e.name, e.aliases) for e in doc.entities]


KIND_PREFIXED = [
    ("Кредитор телеканала, компания «Медиатек», обратилась в арбитражный суд. Почему ООО «Медиатек» решило "
     "отступить от договорённости, в телекомпании не знают.", "ООО «Медиатек»", "Медиатек"),
    ("Акции ПАО «Кокс» выросли на 5%. Ранее «Кокс» сообщил о росте выручки.", "ПАО «Кокс»", "Кокс"),
]


@pytest.mark.parametrize(("text", "long", "short"), KIND_PREFIXED, ids=[c[2] for c in KIND_PREFIXED])
def test_kind_of_body_and_name_join_the_name(pipeline: Pipeline, text: str, long: str, short: str) -> None:
    doc = analyze(pipeline, text)
    entity = entity_of(doc, long)
    assert entity is not None and entity == entity_of(doc, short) and doc.entity(entity).name == short


APART = [
    # a state's abbreviation the lexicon knows is the state, not the fund whose name starts with it
    ("Российский фонд прямых инвестиций вложит средства в завод. Правительство РФ одобрило сделку.", "РФ",
     "Российский фонд прямых инвестиций"),
    # two abbreviations, two full names: each joins its own
    ("Всероссийский центр изучения общественного мнения и Фонд общественного мнения опубликовали опросы. "
     "ФОМ насчитал больше сторонников, чем ВЦИОМ.", "ФОМ", "Всероссийский центр изучения общественного мнения"),
]


@pytest.mark.parametrize(("text", "short", "other"), APART, ids=[c[1] for c in APART])
def test_abbreviation_stays_apart_from_another_name(pipeline: Pipeline, text: str, short: str, other: str) -> None:
    doc = analyze(pipeline, text)
    assert entity_of(doc, short) is not None and entity_of(doc, short) != entity_of(doc, other)


INITIALS = [
    ("WFC", "World Fashion Channel", True),
    ("РСПП", "Российский союз промышленников и предпринимателей", True),
    ("МАГАТЭ", "Международное агентство по атомной энергии", True),
    ("ОБСЕ", "Организация по безопасности и сотрудничеству в Европе", True),
    ("ЕСПЧ", "Европейский суд по правам человека", True),
    ("АТЭС", "Азиатско-Тихоокеанское экономическое сотрудничество", True),
    ("WSJ", "The Wall Street Journal", True),
    ("РФ", "Российский фонд прямых инвестиций", False),  # a word left out
    ("ФОМ", "Всероссийский центр изучения общественного мнения", False),
    ("МВД", "Министерство обороны", False),
    ("США", "Сергей Шойгу", False),
]


@pytest.mark.parametrize(("short", "full", "spelt"), INITIALS, ids=[c[0] + "-" + str(c[2]) for c in INITIALS])
def test_initials_spell(short: str, full: str, spelt: bool) -> None:
    assert initials_spell(short, full) is spelt


MISSED_ORGANISATIONS = [
    # the recogniser misses the Latin name in brackets and the Russian one opening a paragraph
    ("США обвиняют в пытках\n\nВ Женеве завершилась сессия комитета против пыток. Делегация США отвергла все "
     "претензии.\n\nМеждународная амнистия (Amnesty International) обвиняет Вашингтон в двойных стандартах. "
     "По мнению правозащитников, тюрьмы остаются закрытыми.", "Amnesty International", "Международная амнистия"),
    # an abbreviation of the lexicon the recogniser leaves out, after the name it abbreviates
    ("Правозащитная организация Human Rights Watch (HRW) опубликовала доклад о положении мигрантов.", "HRW",
     "Human Rights Watch"),
    # a transliterated name of several words the recogniser takes for a person's
    ("Авторы доклада Хьюман Райтс Вотч призвали власти изменить закон о мигрантах.", "Хьюман Райтс Вотч",
     "Human Rights Watch"),
]


@pytest.mark.parametrize(("text", "written", "name"), MISSED_ORGANISATIONS, ids=[c[1] for c in MISSED_ORGANISATIONS])
def test_known_organisation_the_recogniser_missed(pipeline: Pipeline, text: str, written: str, name: str) -> None:
    doc = analyze(pipeline, text)
    entity = entity_of(doc, written)
    assert entity is not None, [(m.text, m.type) for m in doc.mentions]
    assert doc.entity(entity).type == "ORG" and doc.entity(entity).name == name


NO_ORGANISATION = [
    # an abbreviation of the lexicon that is a common noun's too, with its organisation named nowhere else
    ("Борт ударился левым двигателем сразу после контакта с ВПП, а через некоторое время загорелся.", "ВПП"),
    # a phrase whose words start as a name's do but whose nominative is another name
    ("Всемирные банковские конференции проходят каждый год.", "Всемирные банковские"),
]


@pytest.mark.parametrize(("text", "written"), NO_ORGANISATION, ids=[c[1] for c in NO_ORGANISATION])
def test_no_organisation_where_the_lexicon_name_is_not_meant(pipeline: Pipeline, text: str, written: str) -> None:
    doc = analyze(pipeline, text)
    assert not any(written in m.text for m in doc.mentions), [(m.text, m.type) for m in doc.mentions]


FAMILIES = [
    # a surname in the genitive plural with no member of the family named: the family, in the nominative plural
    ("Санкции против братьев Ротенбергов расширили. Минфин США внес в список еще пять компаний.", "Ротенбергов",
     "Ротенберги"),
    ("Семья Ковальчуков владеет долями в нескольких банках.", "Ковальчуков", "Ковальчуки"),
    ("Суд арестовал имущество братьев Петровых.", "Петровых", "Петровы"),
    # an ending only a family has, where the tagger reads one man
    ("У Суховых из Набережных Челнов четырнадцать детей.", "Суховых", "Суховы"),
    ("С ребенком на руках семье Поповых пришлось бежать из дома.", "Поповых", "Поповы"),
    # ... while one man's surname in the genitive stays his
    ("Суд арестовал имущество Петрова.", "Петрова", "Петров"),
    ("Такую мысль озвучил депутат Милонов.", "Милонов", "Милонов"),
    # a family's nominative the tagger reads as one man in the genitive
    ("Точное решение Суховы обещают принять в ближайшие дни.", "Суховы", "Суховы"),
]


@pytest.mark.parametrize(("text", "written", "normal"), FAMILIES, ids=[c[1] for c in FAMILIES])
def test_family_in_the_plural(pipeline: Pipeline, text: str, written: str, normal: str) -> None:
    doc = analyze(pipeline, text)
    found = [m.normal for m in doc.mentions if m.text == written]
    assert found == [normal], [(m.text, m.normal, m.type) for m in doc.mentions]


COMPANY_CASES = [
    # a company the lexicon knows, written only in an oblique case the dictionary reads as another word
    ("Правительство поможет Алросе с продажей алмазов.", "Алросе", "Алроса"),
    # two oblique forms in one article: the nominative that both are forms of
    ("Акции Алросы упали на 3%. По словам аналитиков, Алросе придется сократить добычу.", "Алросе", "Алроса"),
]


@pytest.mark.parametrize(("text", "written", "name"), COMPANY_CASES, ids=[c[0][:20] for c in COMPANY_CASES])
def test_company_in_an_oblique_case(pipeline: Pipeline, text: str, written: str, name: str) -> None:
    doc = analyze(pipeline, text)
    entity = entity_of(doc, written)
    assert entity is not None and doc.entity(entity).type == "ORG" and doc.entity(entity).name == name, \
        [(e.type, e.name, e.aliases) for e in doc.entities]


SURNAME_INITIAL = [
    ("По данным источника, это бывший сотрудник склада, 27-летний Артур К.\n\nУ Артура при обыске нашли "
     "банковскую карту.", "Артур К.", {"Артура"}),
    ("По информации полиции, 19-летняя Полина К. приехала на квест из Химок. Девушку доставили в больницу.",
     "Полина К.", set()),
    # the given name in an oblique case: a man's, whose surname's initial is no woman's surname ("Дмитрия")
    ("Несколько пуль попали в Дмитрия В. — сотрудник погиб на месте.", "Дмитрий В.", set()),
    # a surname with the initial of the given name, and a surname of one letter written with no dot
    ("В списке пострадавших значится Юсупов Г., ему 20 лет.", "Г. Юсупов", set()),
    ("В списке пострадавших значится Масин А., ему 30 лет.", "А. Масин", set()),
    # a given name the dictionary does not know, with the initial of a surname
    ("Тогда к делу подключился директор — 31-летний Мухаммадджон Х. Они перешли в подсобку.", "Мухаммадджон Х.",
     set()),
    ("Бывший инженер Google Эван Ю создал свой фреймворк.", "Эван Ю", set()),
]


@pytest.mark.parametrize(("text", "name", "others"), SURNAME_INITIAL, ids=[c[1] for c in SURNAME_INITIAL])
def test_given_name_with_a_surname_initial(pipeline: Pipeline, text: str, name: str, others: set[str]) -> None:
    doc = analyze(pipeline, text)
    assert persons(doc) == {name}
    entity = next(e.id for e in doc.entities if e.name == name)
    assert all(entity_of(doc, written) == entity for written in others)


CAPTIONS = [
    ("Боливия готова предоставить Сноудену политическое убежище\n\n Эво Моралес Эдвард Сноуден \n\nПрезидент "
     "Боливии Эво Моралес сообщил, что готов предоставить убежище Эдварду Сноудену.",
     {"Эво Моралес", "Эдвард Сноуден"}),
    ("Встреча в Кремле\n\n Владимир Путин Александр Лукашенко \n\nПрезиденты обсудили поставки газа.",
     {"Владимир Путин", "Александр Лукашенко"}),
]


@pytest.mark.parametrize(("text", "names"), CAPTIONS, ids=[sorted(c[1])[0] for c in CAPTIONS])
def test_two_full_names_side_by_side_are_two_people(pipeline: Pipeline, text: str, names: set[str]) -> None:
    doc = analyze(pipeline, text)
    assert persons(doc) == names


NOT_TWO = [
    # several given names of one person, a given name the dictionary knows in the middle
    ("Писатель Джон Рональд Руэл Толкин родился в Блумфонтейне.", "Джон Рональд Руэл Толкин"),
    ("Певица Сара Джессика Паркер приехала в Москву.", "Сара Джессика Паркер"),
]


@pytest.mark.parametrize(("text", "name"), NOT_TWO, ids=[c[1] for c in NOT_TWO])
def test_one_person_of_several_given_names_stays_one(pipeline: Pipeline, text: str, name: str) -> None:
    doc = analyze(pipeline, text)
    assert persons(doc) == {name}


ODD_TEXTS = [
    "🔥🔥🔥",
    "«»«» ООО «» ПАО «",
    "Ж. Ж. Ж. Ж.",
    "(((WFC))) WFC (W F C) World Fashion Channel WFC",
    "Иван Петров Анна Сидорова Пётр Иванов Мария Кузнецова Олег Смирнов",
    "Международная Международная амнистия амнистия Amnesty",
    "Алросе Алросы Алроса АЛРОСЕ",
    "Артур К. Артур К. К. Артур",
    "Петровых Петровы Ротенбергов " * 200,
]


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_odd_texts_give_entities_without_error(pipeline: Pipeline, text: str) -> None:
    doc = analyze(pipeline, text)
    assert all(m.entity for m in doc.mentions)
