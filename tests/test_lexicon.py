"""The lexicons: data files read by ``letopis.lexicon``. Tables of Russian cases, one behaviour per test."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

import pytest

from letopis.lexicon import (
    POST_CATEGORIES,
    Lexicon,
    LexiconError,
    adjective_stem,
    key,
    load_lexicon,
    read_lexicon,
)


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def _clashes(
    items: Iterable[object], names: Callable[[object], Iterable[str]], target: Callable[[object], object]
) -> dict[str, set[object]]:
    """Lookup keys that point to more than one target."""
    seen: dict[str, set[object]] = defaultdict(set)
    for item in items:
        for name in names(item):
            if name:
                seen[key(name)].add(target(item))
    return {name: targets for name, targets in seen.items() if len(targets) > 1}


# --- data integrity -------------------------------------------------------------------------------


def test_loaded_once() -> None:
    assert load_lexicon() is load_lexicon()


def test_every_iso2_is_two_upper_case_letters(lex: Lexicon) -> None:
    bad = [c.iso2 for c in lex.countries if not (len(c.iso2) == 2 and c.iso2.isascii() and c.iso2.isupper())]
    assert bad == []


def test_every_iso2_is_unique(lex: Lexicon) -> None:
    codes = [c.iso2 for c in lex.countries]
    assert sorted({c for c in codes if codes.count(c) > 1}) == []


def test_all_un_members_and_observers_are_there(lex: Lexicon) -> None:
    # 193 UN member states + Palestine, Kosovo, Taiwan, Vatican.
    assert len(lex.countries) == 197


def test_no_country_alias_points_to_two_countries(lex: Lexicon) -> None:
    clashes = _clashes(lex.countries, lambda c: (c.name, *c.aliases), lambda c: c.iso2)  # type: ignore[attr-defined]
    assert clashes == {}


def test_no_adjective_stem_points_to_two_countries(lex: Lexicon) -> None:
    stems: dict[str, set[str]] = defaultdict(set)
    for country in lex.countries:
        for adjective in country.adjectives:
            stems[adjective_stem(adjective)].add(country.iso2)
    assert {stem: codes for stem, codes in stems.items() if len(codes) > 1} == {}


def test_every_country_has_a_capital_and_a_head_of_state_post(lex: Lexicon) -> None:
    assert [c.iso2 for c in lex.countries if not c.capital or not c.head_of_state_post] == []


def test_every_place_belongs_to_a_known_country(lex: Lexicon) -> None:
    codes = {c.iso2 for c in lex.countries}
    assert [p.name for p in lex.places if p.country not in codes] == []


def test_every_org_country_is_known(lex: Lexicon) -> None:
    codes = {c.iso2 for c in lex.countries}
    assert [o.name for o in lex.orgs if o.country is not None and o.country not in codes] == []


def test_no_org_alias_points_to_two_orgs(lex: Lexicon) -> None:
    clashes = _clashes(lex.orgs, lambda o: (o.name, *o.aliases, o.full), lambda o: o.name)  # type: ignore[attr-defined]
    assert clashes == {}


def test_no_post_alias_points_to_two_posts(lex: Lexicon) -> None:
    clashes = _clashes(lex.posts, lambda p: (p.post, *p.aliases), lambda p: p.post)  # type: ignore[attr-defined]
    assert clashes == {}


def test_no_place_name_points_to_two_countries(lex: Lexicon) -> None:
    clashes = _clashes(lex.places, lambda p: (p.name, *p.aliases), lambda p: p.country)  # type: ignore[attr-defined]
    assert clashes == {}


def test_posts_are_lower_case(lex: Lexicon) -> None:
    assert [p.post for p in lex.posts if p.post != p.post.lower()] == []


def test_post_categories_are_known(lex: Lexicon) -> None:
    assert {p.category for p in lex.posts} <= set(POST_CATEGORIES)


# --- countries ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "iso2"),
    [
        ("Беларусь", "BY"),
        ("Белоруссия", "BY"),
        ("РБ", "BY"),
        ("Республика Беларусь", "BY"),
        ("Россия", "RU"),
        ("РФ", "RU"),
        ("Российская Федерация", "RU"),
        ("США", "US"),
        ("Соединенные Штаты Америки", "US"),
        ("Соединённые Штаты", "US"),
        ("Америка", "US"),
        ("КНР", "CN"),
        ("ФРГ", "DE"),
        ("КНДР", "KP"),
        ("Северная Корея", "KP"),
        ("ОАЭ", "AE"),
        ("Кыргызстан", "KG"),
        ("Молдова", "MD"),
        ("Туркменистан", "TM"),
        ("Великобритания", "GB"),
        ("Казахстан", "KZ"),
        ("РК", "KZ"),
        ("Косово", "XK"),
        ("Палестина", "PS"),
    ],
    ids=lambda value: str(value),
)
def test_country_by_name_or_alias(lex: Lexicon, name: str, iso2: str) -> None:
    country = lex.country(name)
    assert country is not None and country.iso2 == iso2


def test_country_by_code_ignores_case(lex: Lexicon) -> None:
    country = lex.country_by_code("by")
    assert country is not None and country.name == "Беларусь"


@pytest.mark.parametrize("name", ["белоруссия", "БЕЛОРУССИЯ", "соединенные штаты"], ids=str)
def test_country_lookup_ignores_case_and_yo(lex: Lexicon, name: str) -> None:
    assert lex.country(name) is not None


@pytest.mark.parametrize("name", ["Абхазия", "Конго", "Минск", "BY", ""], ids=lambda n: n or "empty")
def test_not_a_country(lex: Lexicon, name: str) -> None:
    assert lex.country(name) is None


@pytest.mark.parametrize(
    ("iso2", "field", "value"),
    [
        ("BY", "capital", "Минск"),
        ("KZ", "capital", "Астана"),
        ("KZ", "demonyms", ("казахстанец", "казах")),
        ("GB", "head_of_state_post", "король"),
        ("JP", "head_of_state_post", "император"),
        ("IR", "head_of_state_post", "верховный лидер"),
        ("RU", "adjectives", ("российский",)),
    ],
    ids=lambda value: str(value),
)
def test_country_fields(lex: Lexicon, iso2: str, field: str, value: object) -> None:
    country = lex.country_by_code(iso2)
    assert country is not None and getattr(country, field) == value


# --- adjectives -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "codes"),
    [
        ("белорусский", ("BY",)),
        ("российскому", ("RU",)),
        ("казахстанского", ("KZ",)),
        ("казахской", ("KZ",)),
        ("американскими", ("US",)),
        ("британскую", ("GB",)),
        ("Узбекистанских", ("UZ",)),
        ("белорусско-казахстанского", ("BY", "KZ")),
        ("американо-китайские", ("US", "CN")),
        ("российско-американских", ("RU", "US")),
        ("армяно-азербайджанский", ("AM", "AZ")),
        ("франко-германское", ("FR", "DE")),
        ("англо-американский", ("GB", "US")),
        ("российско-белорусско-китайский", ("RU", "BY", "CN")),
        ("шри-ланкийский", ("LK",)),
        ("шри-ланкийско-индийских", ("LK", "IN")),
        ("белорусско-российских", ("BY", "RU")),
    ],
    ids=lambda value: str(value),
)
def test_country_of_adjective(lex: Lexicon, word: str, codes: tuple[str, ...]) -> None:
    assert lex.country_of_adjective(word) == codes


@pytest.mark.parametrize("word", ["русский", "торгово-экономический", "корейский", "новый", "стол"], ids=str)
def test_adjective_of_no_state(lex: Lexicon, word: str) -> None:
    assert lex.country_of_adjective(word) == ()


@pytest.mark.parametrize(
    ("word", "stem"),
    [("белорусского", "белорусск"), ("российскими", "российск"), ("Казахстанская", "казахстанск")],
    ids=str,
)
def test_adjective_stem(word: str, stem: str) -> None:
    assert adjective_stem(word) == stem


# --- places ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "type_", "iso2"),
    [
        ("Костанайская область", "region", "KZ"),
        ("Костанай", "city", "KZ"),
        ("Алма-Ата", "city", "KZ"),
        ("Нур-Султан", "city", "KZ"),
        ("Татарстан", "region", "RU"),
        ("Питер", "city", "RU"),
        ("Гомельская область", "region", "BY"),
        ("Могилев", "city", "BY"),
        ("Самарканд", "city", "UZ"),
        ("Крым", "region", "UA"),
        ("Абхазия", "region", "GE"),
        ("Приднестровье", "region", "MD"),
        ("Ош", "city", "KG"),
    ],
    ids=lambda value: str(value),
)
def test_place(lex: Lexicon, name: str, type_: str, iso2: str) -> None:
    place = lex.place(name)
    assert place is not None and (place.type, place.country) == (type_, iso2)


# --- organisations --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonical", "iso2"),
    [
        ("БЕЛТА", "БелТА", "BY"),
        ("Белорусское телеграфное агентство", "БелТА", "BY"),
        ("Казинформ", "Казинформ", "KZ"),
        ("МИА «Казинформ»", "Казинформ", "KZ"),
        ("Акорда", "Акорда", "KZ"),
        ("Кремль", "Кремль", "RU"),
        ("Белый дом", "Белый дом", "US"),
        ("Совфед", "Совет Федерации", "RU"),
        ("Рада", "Верховная рада", "UA"),
        ("ЦБ", "Банк России", "RU"),
        ("Сбер", "Сбербанк", "RU"),
        ("ООН", "ООН", None),
        ("Евросоюз", "ЕС", None),
        ("МИД", "МИД", None),
    ],
    ids=lambda value: str(value),
)
def test_org(lex: Lexicon, name: str, canonical: str, iso2: str | None) -> None:
    org = lex.org(name)
    assert org is not None and (org.name, org.country) == (canonical, iso2)


# --- posts ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "post", "category"),
    [
        ("премьер-министр", "премьер-министр", "head_of_government"),
        ("премьер", "премьер-министр", "head_of_government"),
        ("глава государства", "глава государства", "head_of_state"),
        ("глава правительства", "глава правительства", "head_of_government"),
        ("президент", "президент", "head_of_state"),
        ("аким", "аким", "official"),
        ("хоким", "хоким", "official"),
        ("генсек", "генеральный секретарь", "official"),
        ("глава МИД", "министр иностранных дел", "minister"),
        ("госсекретарь", "государственный секретарь", "minister"),
        ("гендиректор", "генеральный директор", "business"),
        ("вице-премьер", "вице-премьер", "deputy"),
        ("заместитель председателя правительства", "вице-премьер", "deputy"),
        ("первый заместитель", "первый заместитель", "deputy"),
        ("постпред", "постоянный представитель", "diplomat"),
        ("посол", "посол", "diplomat"),
        ("депутат", "депутат", "legislator"),
        ("верховный главнокомандующий", "верховный главнокомандующий", "military"),
    ],
    ids=lambda value: str(value),
)
def test_post(lex: Lexicon, phrase: str, post: str, category: str) -> None:
    entry = lex.post(phrase)
    assert entry is not None and (entry.post, entry.category) == (post, category)


@pytest.mark.parametrize("phrase", ["бывший", "экс-", "главы государств"], ids=str)
def test_not_a_post(lex: Lexicon, phrase: str) -> None:
    assert lex.post(phrase) is None


# --- country_code ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "iso2"),
    [
        ("Белоруссия", "BY"),
        ("Минск", "BY"),
        ("Костанайская область", "KZ"),
        ("Акорда", "KZ"),
        ("БЕЛТА", "BY"),
        ("Пентагон", "US"),
        ("ООН", None),
        ("Неизвестно", None),
    ],
    ids=lambda value: str(value),
)
def test_country_code(lex: Lexicon, name: str, iso2: str | None) -> None:
    assert lex.country_code(name) == iso2


def test_every_head_of_state_post_is_a_known_post(lex: Lexicon) -> None:
    assert [c.iso2 for c in lex.countries if lex.post(c.head_of_state_post) is None] == []


@pytest.mark.parametrize(
    ("name", "iso2"),
    [
        ("Нью-Йорк", "US"),
        ("Давос", "CH"),
        ("Женева", "CH"),
        ("Стамбул", "TR"),
        ("Дубай", "AE"),
        ("Брюссель", "BE"),
        ("Гонконг", "CN"),
        ("Сектор Газа", "PS"),
        ("Севастополь", "UA"),
    ],
    ids=lambda value: str(value),
)
def test_place_abroad(lex: Lexicon, name: str, iso2: str) -> None:
    place = lex.place(name)
    assert place is not None and place.country == iso2


@pytest.mark.parametrize("word", ["индо-тихоокеанский", "латиноамериканский"], ids=str)
def test_adjective_that_looks_like_a_state_but_is_not(lex: Lexicon, word: str) -> None:
    assert lex.country_of_adjective(word) == ()


# --- bad data ----------------------------------------------------------------------------------------------

_GOOD = {
    "countries.tsv": "# iso2\tname\n"
    + "\t".join(["BY", "Беларусь", "РБ", "белорусский", "", "Минск", "белорус", "президент"]),
    "places.tsv": "Минск\tcity\tBY\t",
    "orgs.tsv": "БелТА\tORG\tBY\tБЕЛТА\tБелорусское телеграфное агентство",
    "posts.tsv": "президент\thead_of_state\t",
}


@pytest.mark.parametrize(
    ("filename", "text", "message"),
    [
        ("countries.tsv", "Bel\tБеларусь", "countries.tsv, line 1: 'Bel' is not a two-letter"),
        (
            "countries.tsv",
            "BY\tБеларусь\nRU\tБеларусь",
            "countries.tsv, line 2: 'Беларусь' already points to 'BY'",
        ),
        ("places.tsv", "Минск\tтown\tBY", "places.tsv, line 1: type"),
        ("orgs.tsv", "БелТА\tLOC\tBY", "orgs.tsv, line 1: type 'LOC', expected ORG"),
        ("posts.tsv", "# posts\nпрезидент\tboss", "posts.tsv, line 2: category 'boss'"),
        ("posts.tsv", "a\tother\t\tx\ty", "posts.tsv, line 1: 5 cells, expected 3"),
    ],
    ids=[
        "bad-iso2",
        "alias-of-two-countries",
        "bad-place-type",
        "bad-org-type",
        "bad-category",
        "extra-cells",
    ],
)
def test_bad_row_names_file_and_line(filename: str, text: str, message: str) -> None:
    files = {**_GOOD, filename: text}
    with pytest.raises(LexiconError, match=re.escape(message)):
        read_lexicon(files.__getitem__)


def test_small_lexicon_reads(lex: Lexicon) -> None:
    small = read_lexicon(_GOOD.__getitem__)
    assert small.country_code("БЕЛТА") == "BY" and small.country_of_adjective("белорусского") == ("BY",)


@pytest.mark.parametrize(("name", "found"), [
    ("Лос Анджелес", "Лос-Анджелес"),  # the gazetteer writes it with a hyphen, the text apart
    ("Сан  Франциско", "Сан-Франциско"),
    ("Лос-Анджелес", "Лос-Анджелес"),
])
def test_place_written_apart_is_found_hyphenated(lex: Lexicon, name: str, found: str) -> None:
    place = lex.place(name)
    assert place is not None and place.name == found


def test_place_written_apart_needs_the_hyphenated_name(lex: Lexicon) -> None:
    assert lex.place("Лос Москва") is None
