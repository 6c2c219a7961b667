"""Entity and name errors the events and quotes work ran into (every actor and speaker is an entity): a surname
glued to a common noun, a misspelt oblique surname, a full name opening a short text, a foreign man's dative in
-у, a state's adjective before its ministry, aircraft and weapon models, a place after "под", Chinese names."""

from __future__ import annotations

import pytest

from letopis import Article, Doc
from letopis.analysis import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable={"posts", "quotes", "events", "commitments"})


def analyze(pipeline: Pipeline, text: str) -> Doc:
    return pipeline.analyze_one(Article(text=text))


def normals(doc: Doc, kind: str) -> list[str]:
    return [m.normal for m in doc.mentions if m.type == kind]


def people(doc: Doc) -> list[str]:
    return [e.name for e in doc.entities if e.type == "PER"]


GLUED = [
    # a surname, a hyphen and a common noun: the surname is the person, the compound no name
    ("Эксперты не согласились с Путиным-версией событий. Владимир Путин заявил, что всё идёт по плану.",
     ["Владимир Путин"]),
    ("Депутаты спорили с Навальным-планом весь вечер. Алексей Навальный не ответил.", ["Алексей Навальный"]),
]
KEPT_HYPHENATED = [
    # a title or a second capitalised part stays in the name
    ("Байден-младший прилетел в Киев на переговоры.", "Байден-младший"),
    ("Министр Бен-Гвир приехал в Хеврон.", "Бен-Гвир"),
    ("Байден-старший прилетел в Делавэр.", "Байден-старший"),
]


NO_PERSON_COMPOUNDS = [
    # the first part is no surname of the dictionary: no person is cut out of the compound
    "Арт-директор Гугл-таблицу открыл утром.",
    "Клиенты Озон-банка пожаловались на сбой.",
]


@pytest.mark.parametrize("text", NO_PERSON_COMPOUNDS, ids=[t.split()[0] for t in NO_PERSON_COMPOUNDS])
def test_no_person_cut_from_a_common_compound(pipeline: Pipeline, text: str) -> None:
    doc = analyze(pipeline, text)
    assert not [m.text for m in doc.mentions if m.type == "PER" and "-" not in m.text]


@pytest.mark.parametrize(("text", "names"), GLUED, ids=[c[1][0] for c in GLUED])
def test_surname_glued_to_a_noun_is_the_surname(pipeline: Pipeline, text: str, names: list[str]) -> None:
    doc = analyze(pipeline, text)
    assert people(doc) == names
    assert not any("-" in m.text for m in doc.mentions if m.type == "PER")


@pytest.mark.parametrize(("text", "name"), KEPT_HYPHENATED, ids=[c[1] for c in KEPT_HYPHENATED])
def test_hyphenated_names_stay(pipeline: Pipeline, text: str, name: str) -> None:
    assert name in people(analyze(pipeline, text))


MISSPELT = [
    ("Президент США Джо Байден провёл переговоры в Женеве. Позже Байдана раскритиковали республиканцы.",
     "Джо Байден", "Байдана"),
    ("Канцлер Олаф Шольц приехал в Париж. Журналисты спросили Шолеца о поставках.", "Олаф Шольц", "Шолеца"),
]


@pytest.mark.parametrize(("text", "name", "written"), MISSPELT, ids=[c[2] for c in MISSPELT])
def test_misspelt_oblique_surname_joins_the_person(pipeline: Pipeline, text: str, name: str, written: str) -> None:
    doc = analyze(pipeline, text)
    assert people(doc) == [name]
    mention = next(m for m in doc.mentions if m.text == written)
    assert mention.normal == name.split()[-1]


def test_misspelt_surname_of_two_people_joins_neither(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "Джо Байден и Хантер Байден приехали в Делавэр. Республиканцы раскритиковали Байдана "
                            "за поездку.")
    mention = next(m for m in doc.mentions if m.text == "Байдана")
    assert doc.entities[int(mention.entity[1:]) - 1].name not in ("Джо Байден", "Хантер Байден")


OPENING_NAMES = [
    ("Джо Байден позвонил Владимиру Путину.", {"Джо Байден", "Владимир Путин"}),
    ("Джо Байден позвонил Владимиру Путину", {"Джо Байден", "Владимир Путин"}),
    ("Эммануэль Макрон прибыл в Пекин.", {"Эммануэль Макрон"}),
]


@pytest.mark.parametrize(("text", "names"), OPENING_NAMES, ids=[c[0] for c in OPENING_NAMES])
def test_full_name_opening_a_short_text(pipeline: Pipeline, text: str, names: set[str]) -> None:
    assert set(people(analyze(pipeline, text))) == names


DATIVES = [
    ("Президент позвонил Илону Маску после запуска ракеты.", "Илон Маск"),
    ("Письмо направлено Джону Болтону в Вашингтон.", "Джон Болтон"),
    ("Премию вручили Бенедикту Камбербэтчу в Лондоне.", "Бенедикт Камбербэтч"),
    ("Сенатор направил запрос Дональду Трампу.", "Дональд Трамп"),
    # a woman's accusative stays hers
    ("Полиция задержала Илону Маску в аэропорту.", "Илона Маска"),
]


@pytest.mark.parametrize(("text", "name"), DATIVES, ids=[c[1] for c in DATIVES])
def test_foreign_mans_dative(pipeline: Pipeline, text: str, name: str) -> None:
    assert normals(analyze(pipeline, text), "PER") == [name]


STATE_BODIES = [
    ("Российский МИД выступил с заявлением по Сирии.", "Российский МИД", "RU"),
    ("Заявление российского МИД опубликовано вечером.", "российский МИД", "RU"),
    ("Российское Минобороны сообщило об ударе по аэродрому.", "Российское Минобороны", "RU"),
    ("Британское правительство ответило на запрос.", "Британское правительство", "GB"),
]


@pytest.mark.parametrize(("text", "name", "country"), STATE_BODIES, ids=[c[1] for c in STATE_BODIES])
def test_state_adjective_and_its_body(pipeline: Pipeline, text: str, name: str, country: str) -> None:
    doc = analyze(pipeline, text)
    assert [(e.name, e.country) for e in doc.entities if e.type == "ORG"] == [(name, country)]


MODELS = [
    "Су-34 нанёс удар по позициям противника.",
    "В Ярославской области разбился самолёт Ан-26.",
    "Экипаж Ми-8 эвакуировал раненых из района.",
    "Ил-76 приземлился в Чкаловском.",
    "С-400 сбил ракету над Крымом.",
    "Т-72 подбит под Авдеевкой.",
    "Истребители Су-35 и МиГ-31 перехватили цель.",
]


def test_nickname_with_a_number_stays_a_person(pipeline: Pipeline) -> None:
    doc = analyze(pipeline, "На концерте выступил рэпер Витя АК-47 из Екатеринбурга.")
    assert any(m.type == "PER" and "Витя" in m.text for m in doc.mentions)


@pytest.mark.parametrize("text", MODELS, ids=[t.split()[0] for t in MODELS])
def test_models_are_no_entities(pipeline: Pipeline, text: str) -> None:
    doc = analyze(pipeline, text)
    assert not [m.text for m in doc.mentions if any(ch.isdigit() for ch in m.text)]
    assert not [m.text for m in doc.mentions if m.type == "PER"]


PLACES_UNDER = [
    ("Тяжёлые бои идут под Покровском.", ["Покровск"]),
    ("ВСУ отступили под Покровском и Курском.", ["Покровск", "Курск"]),
    ("Бои под Угледаром не утихают.", ["Угледар"]),
    # the village in the prepositional stays itself
    ("Жители села Покровское пострадали. В Покровском нет света.", ["Покровское", "Покровское"]),
]


@pytest.mark.parametrize(("text", "places"), PLACES_UNDER, ids=[c[0] for c in PLACES_UNDER])
def test_place_after_pod(pipeline: Pipeline, text: str, places: list[str]) -> None:
    assert normals(analyze(pipeline, text), "LOC") == places


CHINESE = [
    ("Об этом заявил министр иностранных дел Китая Ван И. Позже Ван И встретился с Лавровым.", "Ван И", 2),
    ("Лавров провёл переговоры с Ван И. Ван И заявил о партнёрстве.", "Ван И", 2),
    ("Премьер Госсовета КНР Ли Цян прибыл в Москву. Мишустин встретил Ли Цяна. Ли Цяну показали Кремль.",
     "Ли Цян", 3),
    ("Путин провёл переговоры с Си Цзиньпином. Си Цзиньпину вручили орден.", "Си Цзиньпин", 2),
]


@pytest.mark.parametrize(("text", "name", "count"), CHINESE, ids=[c[0][:40] for c in CHINESE])
def test_chinese_names(pipeline: Pipeline, text: str, name: str, count: int) -> None:
    doc = analyze(pipeline, text)
    entity = next(e for e in doc.entities if e.name == name)
    mentions = [m for m in doc.mentions if m.entity == entity.id]
    assert len(mentions) == count
    assert {m.normal for m in mentions} == {name}
    assert all("." not in m.text for m in mentions)
