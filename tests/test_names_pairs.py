"""Two people's names side by side with no comma between, which the recogniser reads as one person ("с Лавровым
Карлсон, игнорируя ...", "Шольц Макрон"), and an editor's square brackets inside a name ("Валентина Ивановна
[Матвиенко]") — and the real names of several words that must stay whole."""

from __future__ import annotations

import pytest

from letopis import Article, Doc
from letopis.analysis import Pipeline


def analyze(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.analyze_one(Article(text=text))


def persons(doc: Doc) -> set[str]:
    return {e.name for e in doc.entities if e.type == "PER"}


# (text, the persons found)
CASES = [
    # a declined surname, then a word agreeing with it in no case, number and gender: two people
    ("В анонсе интервью с Лавровым Карлсон, игнорируя вопросы, рассказал о войне.", {"Лавров", "Карлсон"}),
    # two surnames of different well-known people, no given name between them
    ("Встреча Шольц Макрон прошла в Берлине.", {"Шольц", "Макрон"}),
    ("Шольц Макрон и Мелони обсудили помощь Украине.", {"Шольц", "Макрон", "Мелони"}),
    ("На форум приедут Карин Кнайсль и экс-помощница Байдена Тара Рид.", {"Карин Кнайсль", "Байден", "Тара Рид"}),
    ("Сотрудничать с Дорохиным Север решил не случайно.", {"Дорохин", "Север"}),
    ("Зеленский осудил звонок Шольца Путину.", {"Зеленский", "Шольц", "Путин"}),
    # a given name so declined, then another given name: the second is someone else ("брат Сергея")
    ("В аэропорту их встречал брат Сергея Михаил.", {"Сергей", "Михаил"}),
    ("Сын Ольги Никита оплатил установку.", {"Ольга", "Никита"}),
    # an editor's brackets inside a name: the name as written without them
    ("Документ подписала Валентина Ивановна [Матвиенко] с группой сенаторов.", {"Валентина Ивановна Матвиенко"}),
    ("Документ подписала Валентина Ивановна Матвиенко с группой сенаторов.", {"Валентина Ивановна Матвиенко"}),
    ("Деньги пришли через [президента России Владимира] Путина.", {"Владимир Путин"}),
    # real names of several words stay whole
    ("Ким Чен Ын посетил завод.", {"Ким Чен Ын"}),
    ("Мун Чжэ Ин встретился с Ким Чен Ыном.", {"Мун Чжэ Ин", "Ким Чен Ын"}),
    ("Си Цзиньпин встретился с Путиным.", {"Си Цзиньпин", "Путин"}),
    ("Ли Цян заявил об этом.", {"Ли Цян"}),
    ("Жан-Клод Юнкер заявил об этом.", {"Жан-Клод Юнкер"}),
    ("Анна Каренина бросилась под поезд.", {"Анна Каренина"}),
    ("Такер Карлсон взял интервью у Путина.", {"Такер Карлсон", "Путин"}),
    ("Алексей Навальный умер в колонии.", {"Алексей Навальный"}),
    ("Встреча с Сергеем Лавровым прошла в Москве.", {"Сергей Лавров"}),
    ("Касым-Жомарт Токаев прибыл в Минск.", {"Касым-Жомарт Токаев"}),
    ("Встреча с Ангелой Меркель прошла в Берлине.", {"Ангела Меркель"}),
    ("Президент встретился с Валентиной Матвиенко.", {"Валентина Матвиенко"}),
    ("Президент встретился с Сергеем Шойгу.", {"Сергей Шойгу"}),
    ("Президент поговорил с Владимиром Владимировичем Путиным.", {"Владимир Владимирович Путин"}),
    ("Президент Мексики Андрес Мануэль Лопес Обрадор выступил.", {"Андрес Мануэль Лопес Обрадор"}),
    ("Встреча с Кейт Миддлтон прошла в Лондоне.", {"Кейт Миддлтон"}),
    ("Встреча с Хиллари Клинтон прошла в Вашингтоне.", {"Хиллари Клинтон"}),
    ("Встреча с Реджепом Тайипом Эрдоганом прошла в Анкаре.", {"Реджеп Тайип Эрдоган"}),
    ("Встреча с Марин Ле Пен прошла в Париже.", {"Марин Ле Пен"}),
    ("Он поговорил с Эммануэлем Макроном и Олафом Шольцем.", {"Эммануэль Макрон", "Олаф Шольц"}),
    ("Марин Ле Пен выдвинула ультиматум премьеру Мишелю Барнье.", {"Марин Ле Пен", "Мишель Барнье"}),
    ("Глава МИД Ирана Аббас Аракчи прибыл в Дамаск.", {"Аббас Аракчи"}),
    ("Применялась программа GpuOwl, написанная Михаем Предой.", {"Михай Преда"}),
    ("Лидер партии Джордже Симион выступил на митинге.", {"Джордже Симион"}),
    ("Сына судьи Елены Кондрат задержали.", {"Елена Кондрат"}),
    ("Картину написал Мамин-Сибиряк.", {"Мамин-Сибиряк"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_persons(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert persons(analyze(pipeline, text)) == expected


# (text, a person's span that stays one mention): its words in different cases to pymorphy, one of them a
# foreign given name that does not decline (the nominative of "Барака" is another matter)
WHOLE = [
    ("Партия утвердила Джилл Стайн кандидатом в президенты, а Аджаму Барака кандидатом в вице-президенты.",
     "Аджаму Барака"),
    ("Лидер партии Джордже Симион выступил на митинге.", "Джордже Симион"),
]


@pytest.mark.parametrize(("text", "name"), WHOLE, ids=[c[1] for c in WHOLE])
def test_span_stays_whole(pipeline: Pipeline, text: str, name: str) -> None:
    assert name in {m.text for m in analyze(pipeline, text).mentions}


@pytest.mark.parametrize("text", [
    "Документ подписала Валентина Ивановна [Матвиенко] с группой сенаторов.",
    "Он поблагодарил [законопроект] Володина за поддержку.",
    "Депутат [Госдумы] Вячеслав Володин выступил.",
])
def test_no_bracket_at_mention_edges(pipeline: Pipeline, text: str) -> None:
    for mention in analyze(pipeline, text).mentions:
        assert mention.text[:1] not in "[]" and mention.text[-1:] not in "[]"
        assert "[" not in mention.normal and "]" not in mention.normal
