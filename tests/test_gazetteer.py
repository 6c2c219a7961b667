"""The towns' gazetteer (letopis/gazetteer.py, letopis/data/cities.tsv): the state of a place the lexicon does not
know, from GeoNames; how the table is built from GeoNames records; and what the analysis makes of it."""

from __future__ import annotations

import re

import pytest

from letopis import analyze
from letopis.gazetteer import DOMINANCE, MIN_PEOPLE, build, city_country, load_cities
from letopis.lexicon import package_file


@pytest.mark.parametrize(("name", "code"), [
    ("Долгопрудный", "RU"), ("Видное", "RU"), ("Королёв", "RU"), ("Королев", "RU"), ("Купянск", "UA"),
    ("Кемер", "TR"), ("Варадеро", "CU"), ("Исси-Ле-Мулино", "FR"),
])
def test_a_town_the_lexicon_does_not_know_has_its_state(name: str, code: str) -> None:
    assert city_country(name) == code


@pytest.mark.parametrize("name", [
    "Кембридж",  # British and American towns of close size
    "Саки",  # the Crimean town and a Nigerian one
    "Азия", "Кавказ", "Юпитер",  # no state's, though GeoNames has small towns so named
    "Восток", "Победа",  # common words
    "Ленин", "Маркс", "Шевченко",  # people's names only, for the dictionary
    "ЯО",  # an abbreviation (Ярославская область), not the Japanese town Яо
    "Нарния",  # no town at all
])
def test_no_state_where_the_name_does_not_say_one(name: str) -> None:
    assert city_country(name) is None


def test_the_shipped_table_is_well_formed() -> None:
    text = package_file("cities.tsv")
    assert "GeoNames" in text.splitlines()[1] and "CC BY 4.0" in text.splitlines()[1]
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert len(rows) > 30_000
    for name, code in rows:
        assert re.fullmatch(r"[А-ЯЁ][а-яё]*(?:[- ][А-ЯЁа-яё][а-яё]*)*", name), name
        assert re.fullmatch(r"[A-Z]{2}", code), (name, code)
    assert len(load_cities()) == len(rows)  # one row a name


def _town(name: str, code: str, people: int, *russian: str) -> dict[str, object]:
    return {"name": name, "countrycode": code, "population": people, "alternatenames": [name, *russian]}


def test_build_keeps_a_name_one_state_holds_or_dominates() -> None:
    rows = build([
        _town("Dolgoprudnyy", "RU", 68_259, "Долгопрудный"),
        _town("Cambridge", "GB", 120_000, "Кембридж"), _town("Cambridge", "US", 105_000, "Кембридж"),
        _town("Alexandria", "EG", 4_000_000, "Александрия"), _town("Alexandria", "US", 150_000, "Александрия"),
        _town("Tiny", "FR", MIN_PEOPLE - 1, "Крошка"),
    ], placelike=lambda word: True, known=lambda name: False)
    assert rows == [("Александрия", "EG"), ("Долгопрудный", "RU")]
    assert DOMINANCE * 150_000 < 4_000_000


def test_build_weighs_home_towns_and_lets_small_ones_veto() -> None:
    rows = build([
        # a large foreign town and a home village of 1,000 people (counted tenfold): too close
        _town("Saki", "NG", 40_000, "Саки"), _town("Saky", "UA", 1_000, "Саки"),
        # a home village too small to be kept on its own still shares the name
        _town("Aleksandrovka", "UA", 6_000, "Александровка"), _town("Aleksandrovka", "RU", 2_000, "Александровка"),
        # a foreign town against a home village smaller even counted tenfold: the foreign one
        _town("Kemer", "TR", 17_000, "Кемер"), _town("Kemer", "KZ", 300, "Кемер"),
    ], placelike=lambda word: True, known=lambda name: False)
    assert rows == [("Кемер", "TR")]


def test_build_leaves_out_what_a_place_mention_would_more_likely_be_something_else() -> None:
    towns = [_town("Asia", "PH", 30_000, "Азия"), _town("Yao", "JP", 260_000, "ЯО"),
             _town("Pobeda", "RU", 9_000, "Победа"), _town("Kyiv", "UA", 2_800_000, "Київ"),
             _town("Moscow", "RU", 10_000_000, "Москва"), _town("Vidnoye", "RU", 51_721, "Видное")]
    rows = build(towns, placelike=lambda word: word != "Победа", known=lambda name: name == "Москва")
    assert rows == [("Видное", "RU")]


def test_analysis_gives_a_town_the_lexicon_lacks_its_state() -> None:
    doc = analyze("Пожар произошёл в Долгопрудном. Жители Видного сообщили о дыме.")[0]
    countries = {e.name: e.country for e in doc.entities if e.type == "LOC"}
    assert countries == {"Долгопрудный": "RU", "Видное": "RU"}


def test_a_person_named_like_a_town_stays_a_person_with_no_state() -> None:
    doc = analyze("Пушкин написал «Евгения Онегина».")[0]
    pushkin = next(e for e in doc.entities if e.name == "Пушкин")
    assert pushkin.type == "PER" and pushkin.country is None


def test_us_states_are_places_of_the_united_states() -> None:
    doc = analyze("Голоса в Монтане и Западной Вирджинии пересчитают.")[0]
    countries = {e.name: e.country for e in doc.entities if e.type == "LOC"}
    assert countries == {"Монтана": "US", "Западная Вирджиния": "US"}


def test_build_is_the_same_whatever_order_the_records_come_in() -> None:
    towns = [
        {"name": "Shchyolkovo", "countrycode": "RU", "population": 110_000,
         "alternatenames": ["Щелково", "Щёлково", "Shchelkovo"]},
        {"name": "Basse-Terre", "countrycode": "GP", "population": 11_000, "alternatenames": ["Бас-тер", "Бас-Тер"]},
        {"name": "Budyonnovsk", "countrycode": "RU", "population": 60_000, "alternatenames": ["Будённовск"]},
    ]
    forward = build(towns, placelike=lambda word: True, known=lambda name: False)
    backward = build([{**t, "alternatenames": t["alternatenames"][::-1]} for t in reversed(towns)],  # type: ignore[index]
                     placelike=lambda word: True, known=lambda name: False)
    assert forward == backward == [("Бас-Тер", "GP"), ("Будённовск", "RU"), ("Щёлково", "RU")]


def test_divisions_of_large_states_abroad_are_their_states_places() -> None:
    doc = analyze("Наводнение в Керале и лесные пожары в Квинсленде. Завод построят в провинции Гуандун.")[0]
    countries = {e.name: e.country for e in doc.entities if e.type == "LOC"}
    assert countries == {"Керала": "IN", "Квинсленд": "AU", "Гуандун": "CN"}


def test_a_division_of_the_lexicon_outweighs_a_foreign_town_of_its_name() -> None:
    doc = analyze("Выборы в индийском штате Гуджарат выиграла правящая партия.")[0]
    assert {e.name: e.country for e in doc.entities if e.type == "LOC"} == {"Гуджарат": "IN"}


def _countries(text: str) -> dict[str, str | None]:
    return {entity.name: entity.country for entity in analyze(text)[0].entities if entity.type == "LOC"}


@pytest.mark.parametrize(("text", "town", "code"), [
    # The gazetteer's guess for the name (a Ukrainian town; GeoNames lacks the Russian village) yields to the
    # region the text puts it in: after the town in the genitive, after "в" in the locative, after a comma.
    ("Беспилотник атаковал село Любимовка Курской области, сообщил губернатор.", "Любимовка", "RU"),
    ("Жители Любимовки в Курской области получили гуманитарную помощь.", "Любимовка", "RU"),
    ("Новый мост построили в селе Петровка, Тамбовская область.", "Петровка", "RU"),
    # A place the gazetteer knows nothing of gets a state at all.
    ("На Ленинском проспекте в Москве ограничат движение.", "Ленинский проспект", "RU"),
    ("Извержение началось на полуострове Рейкьянес в Исландии.", "Рейкьянес", "IS"),
])
def test_a_town_takes_the_state_of_the_region_the_text_places_it_in(text: str, town: str, code: str) -> None:
    assert _countries(text)[town] == code


def test_a_town_is_not_placed_by_a_region_in_another_role() -> None:
    # The region of another clause, a list in the genitive and a city after a comma place nothing.
    apart = _countries("ВСУ атаковали село Любимовка. Об этом сообщил губернатор Курской области.")
    assert apart.get("Любимовка") == "UA"
    assert _countries("Банк работал с клиентами из Латинской Америки, Пакистана и России.").get(
        "Латинская Америка") is None
    assert _countries("Обломки упали у Казанки, Москва пока не комментирует.").get("Казанка") == "UA"
