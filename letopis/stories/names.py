"""How names compare across reports: places as areas, surnames and organisation names by their stems.

Two reports of one story name its place and people in different words and cases: "в Туле", "туляки" and "в
Тульской области" are one area; "Полякова", "Поляков" and "Поляковым" one man; "Слуги народа" the party "Слуга
народа". The entity recogniser gives keys as it read them ("PER:полякова", "LOC:тула"), and a place named by an
adjective or a demonym is no entity at all. This module maps both to one key, so shared names count as shared and a
place the other report never names is seen::

    canonical("LOC:тула")   # "LOC:тульская область"
    canonical("PER:куркабом")  # "PER:куркаб"
    lemma_area("туляк")     # "LOC:тульская область"

Areas come from ``places.tsv`` (every place is an area of its own) and ``story_places.tsv`` (which region a city
lies in, demonyms, adjectives, nicknames); a region's adjective ("тульский" from "Тульская область") needs no row.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from letopis.analysis.entities import fold
from letopis.lexicon import LexiconError, adjective_stem, load_lexicon, package_file

PLACES_FILE = "story_places.tsv"
KINDS = ("city", "demonym", "adjective", "nickname")
# Second words after which a region's first word is its adjective: "Тульская область", "Краснодарский край",
# "Чувашская Республика". Not "Северная Осетия" or "Еврейская автономная область": "северный" and "еврейский"
# say nothing of a place.
REGION_WORDS = frozenset({"область", "край", "округ", "республика", "велаят", "острова"})
NOT_PLACE_STEMS = frozenset({"автономн"})  # "Автономная Республика Крым": any autonomy, not Crimea
# Case and number endings a surname or a word of a name may carry, stripped (longest first) down to a stem of at
# least MIN_STEM letters: "полякова", "поляковым" -> "поляков"; "башаги", "башагой" -> "башаг". Not "ов"/"ев":
# "Поляков" would lose them and "Полякова" keep them.
NAME_ENDINGS = re.compile(r"(?:ого|его|ому|ему|ыми|ими|ами|ями|ой|ей|ом|ем|ым|им|ую|юю|ая|яя|ое|ее|ые|ие|ах|ях|ам|ям"
                          r"|а|я|у|ю|е|ы|и|о|й)$")
MIN_STEM = 3
# Apostrophes a name may be written with: "Кот-д`Ивуар", "Кот-д'Ивуар", "Кот-д’Ивуар" are one place.
APOSTROPHES = str.maketrans({"`": "'", "’": "'", "ʼ": "'", "‘": "'", "´": "'"})


@dataclass(frozen=True, slots=True)
class Areas:
    """Area keys by name (places and forms of ``story_places.tsv``), by lemma (demonyms, adjectives, nicknames)
    and by adjective stem (regions' adjectives)."""

    by_name: dict[str, str]
    by_lemma: dict[str, str]
    by_stem: dict[str, str]
    country: dict[str, str]  # area key -> the state's key: "LOC:тульская область" -> "LOC:RU"


@functools.cache
def areas() -> Areas:
    """The area tables, read once from the shipped lexicons."""
    return read_areas(package_file(PLACES_FILE))


def read_areas(text: str) -> Areas:
    """Areas from the text of ``story_places.tsv`` and the shipped ``places.tsv``: each form's chain of links is
    followed to the place it ends at, whose folded name is the area key."""
    places = load_lexicon().places
    canonical: dict[str, str] = {}  # any name or alias of a place -> its name
    for known in places:
        for name in (known.name, *known.aliases):
            canonical.setdefault(fold(name), fold(known.name))
    links: dict[str, str] = {}
    lemma_forms: set[str] = set()
    adjectives: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 3 or cells[2] not in KINDS:
            raise LexiconError(f"{PLACES_FILE}, line {number}: expected 'form<TAB>place<TAB>kind' ({'/'.join(KINDS)})")
        form, place = fold(cells[0]), fold(cells[1])
        if place not in canonical and place not in links:
            raise LexiconError(f"{PLACES_FILE}, line {number}: {cells[1]!r} is neither in places.tsv nor a form above")
        source, target = canonical.get(form, form), canonical.get(place, place)
        if source != target:  # a nickname places.tsv already lists as an alias ("Подмосковье")
            links[source] = target
        if cells[2] != "city":
            lemma_forms.add(form)
        if cells[2] == "adjective":
            adjectives.add(form)

    def area(name: str) -> str:
        seen = {name}
        while name in links:
            name = links[name]
            if name in seen:
                raise LexiconError(f"{PLACES_FILE}: the links of {name!r} run in a circle")
            seen.add(name)
        return f"LOC:{name}"

    by_name = {name: area(target) for name, target in canonical.items()}
    by_name.update({form: area(form) for form in links})
    by_stem: dict[str, str] = {}
    for known in places:
        for name in (known.name, *known.aliases):
            words = fold(name).split(" ")
            stem = adjective_stem(words[0])
            if len(words) >= 2 and words[1] in REGION_WORDS and stem != words[0] and stem not in NOT_PLACE_STEMS:
                by_stem.setdefault(stem, by_name[fold(known.name)])
    for form in adjectives:  # "сыктывкарские", a form the lemmatiser left as it was, finds "сыктывкарский"
        by_stem.setdefault(adjective_stem(form), by_name[form])
    country = {by_name[fold(p.name)]: f"LOC:{p.country}" for p in places if p.country}
    return Areas(by_name, {form: by_name[form] for form in lemma_forms}, by_stem, country)


@functools.cache
def _areas_by_stem() -> dict[str, str]:
    """Area keys by the stems of a place's name's words ("венеци" -> "LOC:венеция"); the first place wins."""
    found: dict[str, str] = {}
    for name, area in areas().by_name.items():
        found.setdefault(" ".join(name_stem(w) for w in name.split(" ")), area)
    return found


@functools.lru_cache(maxsize=1 << 16)
def lemma_area(lemma: str) -> str | None:
    """The area a lemma names, when it is a demonym, a place adjective or a regional nickname ("туляк",
    "подмосковный", "белгородчина"); place names themselves come through the entities (a lemma "владимир" is
    more often a first name than the city). A hyphenated word is looked up by its parts: "туляк-ветеран"."""
    table = areas()
    found = table.by_lemma.get(lemma)
    if found is not None:
        return found
    stem = adjective_stem(lemma)
    if stem != lemma:
        found = table.by_stem.get(stem)
        if found is not None:
            return found
    if "-" in lemma:
        for part in lemma.split("-"):
            found = table.by_lemma.get(part)
            if found is not None:
                return found
    return None


@functools.lru_cache(maxsize=1 << 16)
def name_stem(word: str) -> str:
    """A word of a name without its case ending: "полякова" -> "поляков", "куркабом" -> "куркаб"; short words
    and words ending in a consonant stay as they are."""
    match = NAME_ENDINGS.search(word)
    if match is None or match.start() < MIN_STEM:
        return word
    return word[:match.start()]


def is_state(key: str) -> bool:
    """A state's key: "LOC:RU"."""
    return len(key) == 6 and key.startswith("LOC:") and key[4:].isupper()


@functools.cache
def _known_areas() -> frozenset[str]:
    return frozenset(areas().by_name.values())


def is_area(key: str) -> bool:
    """An area of the tables below a state: a region ("LOC:еврейская автономная область") or a city that is one
    ("LOC:санкт-петербург"); not a state, not a place no table knows ("LOC:красн площадь")."""
    return key in _known_areas() and not is_state(key)


def state_of(area: str) -> str | None:
    """The key of the state an area lies in: "LOC:тульская область" -> "LOC:RU"; None for one not in places.tsv."""
    return areas().country.get(area)


@functools.lru_cache(maxsize=1 << 16)
def canonical(key: str) -> str:
    """The key a name is compared by: a place's area ("LOC:тула" -> "LOC:тульская область"), a surname's stem
    ("PER:полякова" -> "PER:поляков"), an organisation's words' stems ("ORG:слуги народа" -> "ORG:слуг народ"),
    a place no table knows by its words' stems ("LOC:венеции" -> "LOC:венец"); a state ("LOC:RU") unchanged.
    Apostrophes are one ("Кот-д`Ивуаре", "Кот-д’Ивуаре"), as outlets type them differently."""
    kind, _, name = key.partition(":")
    name = name.translate(APOSTROPHES)
    if kind == "LOC":
        found = areas().by_name.get(name)
        if found is not None or is_state(key):
            return found or key
        # A place named in another case than the tables' ("Венеции") is found by its words' stems; one no table
        # knows keeps its stems, so its cases meet: "Порт-Саида" / "Порт-Саиды".
        stems = " ".join(name_stem(w) for w in name.split(" "))
        return _areas_by_stem().get(stems, f"LOC:{stems}") if name else key
    if kind in ("PER", "ORG") and name:
        return f"{kind}:{' '.join(name_stem(w) for w in name.split(' '))}"
    return key
