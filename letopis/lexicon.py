"""The lexicons: countries, places, posts and organisations, read once from ``letopis/data/*.tsv``.

The linguistic knowledge is data; this module only reads it and answers lookups. Every lookup is
case-insensitive and treats "ё" as "е"; names passed in are nominative (the caller normalises)::

    lex = load_lexicon()
    lex.country("Белоруссия").iso2                          # "BY"
    lex.country_of_adjective("белорусско-казахстанского")   # ("BY", "KZ")
    lex.place("Костанай").country                           # "KZ"
    lex.org("БЕЛТА").name                                   # "БелТА"
    lex.post("премьер-министр").category                    # "head_of_government"
    lex.country_code("Акорда")                              # "KZ"

A data file is TAB-separated, lines starting with "#" are comments, lists inside a cell are ";"-separated.
A broken row raises ``LexiconError`` naming the file and line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal, TypeVar, cast, get_args

from letopis.errors import LetopisError

__all__ = [
    "ADJECTIVE_ENDINGS",
    "POST_CATEGORIES",
    "PLACE_TYPES",
    "Country",
    "Lexicon",
    "LexiconError",
    "Org",
    "Place",
    "PostCategory",
    "PostEntry",
    "PlaceType",
    "adjective_stem",
    "key",
    "load_lexicon",
    "package_file",
    "read_lexicon",
]

PostCategory = Literal[
    "head_of_state",
    "head_of_government",
    "minister",
    "deputy",
    "legislator",
    "diplomat",
    "official",
    "military",
    "judge",
    "business",
    "party",
    "religious",
    "other",
]
POST_CATEGORIES: tuple[str, ...] = get_args(PostCategory)
_T = TypeVar("_T")

PlaceType = Literal["city", "region", "other"]
PLACE_TYPES: tuple[str, ...] = ("city", "region", "other")

# Nominative and oblique endings of Russian adjectives, longest first so "ого" is tried before "ой" and "ими"
# before "им". Stripping one of them from "белорусского" leaves the stem "белорусск" of "белорусский".
ADJECTIVE_ENDINGS: tuple[str, ...] = (
    *("ого", "его", "ому", "ему", "ыми", "ими"),
    *(
        "ий",
        "ый",
        "ой",
        "ая",
        "яя",
        "ое",
        "ее",
        "ие",
        "ые",
        "ым",
        "им",
        "ом",
        "ем",
        "ую",
        "юю",
        "ей",
        "ых",
        "их",
    ),
)


class LexiconError(LetopisError):
    """A lexicon data file is malformed: the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Country:
    """A state: "BY", "Беларусь", aliases ("Белоруссия", "РБ"), adjectives ("белорусский")."""

    iso2: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    combining: tuple[str, ...]
    capital: str
    demonyms: tuple[str, ...]
    head_of_state_post: str


@dataclass(frozen=True, slots=True)
class Place:
    """A city, a region or another named place, with the ISO code of its state: "Костанай", "city", "KZ"."""

    name: str
    type: PlaceType
    country: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Org:
    """An organisation with its canonical name: "БелТА" (BY), full "Белорусское телеграфное агентство"."""

    name: str
    country: str | None
    full: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PostEntry:
    """A post a person holds, nominative and lower case: "премьер-министр", "head_of_government"."""

    post: str
    category: PostCategory
    aliases: tuple[str, ...]


def key(text: str) -> str:
    """The lookup key of a name: lower case, "ё" as "е", inner whitespace collapsed.

    >>> key("Соединённые  Штаты")
    'соединенные штаты'
    """
    return " ".join(text.lower().replace("ё", "е").split())


def adjective_stem(word: str) -> str:
    """The stem of a Russian adjective in any case form: "белорусского" -> "белорусск".

    Strips the longest matching ending; a word without one comes back as is (lower case, "ё" as "е").
    """
    word = key(word)
    for ending in ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All lexicons, with lookup tables built once at load. Use ``load_lexicon()`` to get the shared one."""

    countries: tuple[Country, ...]
    places: tuple[Place, ...]
    orgs: tuple[Org, ...]
    posts: tuple[PostEntry, ...]
    _countries: dict[str, Country]
    _by_code: dict[str, Country]
    _adjective_stems: dict[str, str]
    _combining: dict[str, str]
    _places: dict[str, Place]
    _orgs: dict[str, Org]
    _posts: dict[str, PostEntry]

    def country(self, name: str) -> Country | None:
        """A country by its name or an alias: "Белоруссия", "РБ" -> Беларусь."""
        return self._countries.get(key(name))

    def country_by_code(self, iso2: str) -> Country | None:
        """A country by its ISO code, any case: "by" -> Беларусь."""
        return self._by_code.get(iso2.upper())

    def country_of_adjective(self, word: str) -> tuple[str, ...]:
        """ISO codes an adjective refers to, in any case, plain or compound.

        "российскому" -> ("RU",); "белорусско-казахстанского" -> ("BY", "KZ");
        "американо-китайские" -> ("US", "CN"). Parts of a compound that name no state
        ("торгово-экономический") are skipped; no state at all gives ().
        """
        parts = key(word).split("-")
        codes: list[str] = []
        i = 0
        while i < len(parts):
            # Longest run of parts first, so hyphenated names ("шри-ланкийский", "сан-маринский") stay whole.
            for j in range(len(parts), i, -1):
                code = self._adjective_part("-".join(parts[i:j]), last=j == len(parts))
                if code is not None:
                    if code not in codes:
                        codes.append(code)
                    i = j
                    break
            else:
                i += 1
        return tuple(codes)

    def _adjective_part(self, part: str, *, last: bool) -> str | None:
        if not part:
            return None
        if not last:
            code = self._combining.get(part)
            if code is not None:
                return code
        for ending in ADJECTIVE_ENDINGS:
            if part.endswith(ending):
                code = self._adjective_stems.get(part[: -len(ending)])
                if code is not None:
                    return code
        return None

    def place(self, name: str) -> Place | None:
        """A place by its name or an alias: "Костанайская область" (region, KZ); "Питер"; a name of words written
        apart that the gazetteer writes with hyphens ("Лос Анджелес" as "Лос-Анджелес")."""
        name = key(name)
        found = self._places.get(name)
        if found is None and " " in name:
            found = self._places.get(name.replace(" ", "-"))
        return found

    def org(self, name: str) -> Org | None:
        """An organisation by its name, an alias or its full name: "БЕЛТА" -> БелТА."""
        return self._orgs.get(key(name))

    def post(self, phrase: str) -> PostEntry | None:
        """A post by its nominative phrase or an alias: "генсек" -> генеральный секретарь."""
        return self._posts.get(key(phrase))

    def country_code(self, name: str) -> str | None:
        """The ISO code a name belongs to: a country's, else a place's, else an organisation's."""
        country = self.country(name)
        if country is not None:
            return country.iso2
        place = self.place(name)
        if place is not None:
            return place.country
        org = self.org(name)
        return org.country if org is not None else None


# --- reading ---------------------------------------------------------------------------------------------


Reader = Callable[[str], str]


def package_file(filename: str) -> str:
    """The text of a data file shipped in ``letopis.data``."""
    return resources.files("letopis.data").joinpath(filename).read_text(encoding="utf-8")


def _rows(read: Reader, filename: str, columns: int) -> Iterator[tuple[int, list[str]]]:
    text = read(filename)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) > columns:
            raise LexiconError(f"{filename}, line {number}: {len(cells)} cells, expected {columns}")
        cells += [""] * (columns - len(cells))
        if not cells[0]:
            raise LexiconError(f"{filename}, line {number}: the first cell is empty; fix the row")
        yield number, cells


@dataclass(frozen=True, slots=True)
class Person:
    """A well-known person of ``data/people.tsv`` (its header says what each column holds)."""

    name: str  # the full name as Russian news writes it
    surnames: tuple[str, ...]  # the spellings of the surname news use side by side ("Кисида", "Кишида")
    gender: str  # "m" or "f"
    iso: str  # the state the person served (or comes from, for heads of international bodies)
    role: str  # the office
    forms: tuple[str, ...]  # oblique forms the ordinary rules do not give
    context: str  # "": the surname alone is the person; "verb": only before a verb or after a title; "full"


@lru_cache(maxsize=1)
def load_people() -> tuple[Person, ...]:
    """``data/people.tsv``, read once for every stage that asks (surnames, heads of state, offices)."""
    return tuple(Person(name=c[0], surnames=tuple(s for s in c[1].split("|") if s), gender=c[2], iso=c[3],
                        role=c[4], forms=tuple(f.strip() for f in c[5].split(",") if f.strip()), context=c[6])
                 for _, c in _rows(package_file, "people.tsv", 7))


def _list(cell: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in cell.split(";") if item.strip())


def _add(table: dict[str, str], name: str, value: str, where: str) -> None:
    """Index ``name`` -> ``value``; a name that already points elsewhere is a data error, not an override."""
    k = key(name)
    if table.setdefault(k, value) != value:
        raise LexiconError(f"{where}: {name!r} already points to {table[k]!r}, here to {value!r}; keep one")


def _read_countries(
    read: Reader,
) -> tuple[tuple[Country, ...], dict[str, str], dict[str, str], dict[str, str]]:
    countries: list[Country] = []
    names: dict[str, str] = {}
    stems: dict[str, str] = {}
    combining: dict[str, str] = {}
    for number, c in _rows(read, "countries.tsv", 8):
        where = f"countries.tsv, line {number}"
        iso2 = c[0]
        if len(iso2) != 2 or not iso2.isascii() or not iso2.isupper():
            raise LexiconError(f"{where}: {iso2!r} is not a two-letter upper-case code")
        country = Country(iso2, c[1], _list(c[2]), _list(c[3]), _list(c[4]), c[5], _list(c[6]), c[7])
        countries.append(country)
        for name in (country.name, *country.aliases):
            _add(names, name, iso2, where)
        for adjective in country.adjectives:
            stem = adjective_stem(adjective)
            _add(stems, stem, iso2, where)
            # "белорусск" + "о": the regular first part of a compound, "белорусско-казахстанский".
            _add(combining, stem + "о", iso2, where)
        for form in country.combining:
            _add(combining, form, iso2, where)
    return tuple(countries), names, stems, combining


def _read_places(read: Reader) -> tuple[Place, ...]:
    places: list[Place] = []
    for number, c in _rows(read, "places.tsv", 4):
        if c[1] not in PLACE_TYPES:
            raise LexiconError(f"places.tsv, line {number}: type {c[1]!r} is not one of {PLACE_TYPES}")
        places.append(Place(c[0], cast(PlaceType, c[1]), c[2], _list(c[3])))
    return tuple(places)


def _read_orgs(read: Reader) -> tuple[Org, ...]:
    orgs: list[Org] = []
    for number, c in _rows(read, "orgs.tsv", 5):
        if c[1] != "ORG":
            raise LexiconError(f"orgs.tsv, line {number}: type {c[1]!r}, expected ORG")
        orgs.append(Org(c[0], c[2] or None, c[4], _list(c[3])))
    return tuple(orgs)


def _read_posts(read: Reader) -> tuple[PostEntry, ...]:
    posts: list[PostEntry] = []
    for number, c in _rows(read, "posts.tsv", 3):
        if c[1] not in POST_CATEGORIES:
            raise LexiconError(f"posts.tsv, line {number}: category {c[1]!r} is unknown")
        posts.append(PostEntry(c[0], cast(PostCategory, c[1]), _list(c[2])))
    return tuple(posts)


def _index(items: tuple[_T, ...], names: Callable[[_T], tuple[str, ...]]) -> dict[str, _T]:
    """Name -> item; the first item wins for a shared name (files list the more newsworthy entry first)."""
    table: dict[str, _T] = {}
    for item in items:
        for name in names(item):
            if name:
                table.setdefault(key(name), item)
    return table


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicons shipped with letopis, read once; later calls return the same ``Lexicon``."""
    return read_lexicon(package_file)


def read_lexicon(read: Reader) -> Lexicon:
    """Build a ``Lexicon`` from the four files ``read(filename)`` returns (tests pass their own texts)."""
    countries, country_names, stems, combining = _read_countries(read)
    by_iso = {country.iso2: country for country in countries}
    places = _read_places(read)
    orgs = _read_orgs(read)
    posts = _read_posts(read)
    return Lexicon(
        countries=countries,
        places=places,
        orgs=orgs,
        posts=posts,
        _countries={name: by_iso[iso2] for name, iso2 in country_names.items()},
        _by_code=by_iso,
        _adjective_stems=stems,
        _combining=combining,
        _places=_index(places, lambda p: (p.name, *p.aliases)),
        _orgs=_index(orgs, lambda o: (o.name, *o.aliases, o.full)),
        _posts=_index(posts, lambda p: (p.post, *p.aliases)),
    )
