"""Entities: the mentions of one thing in one article joined, with a canonical name and a country code.

Persons join by surname with compatible first names: "Роман Головченко", "Р.Головченко", "Головченко" and
"Романа Головченко" are one person; "Александр Лукашенко" and "Александр Григорьевич Лукашенко" too, and so are
a name the names stage left in an oblique case and its nominative ("Бессель Коку", "Бессель Кок"). Places and
organisations join by their normal form, or by the lexicon's canonical name ("РФ", "Россия" -> one state).
Posts standing for a person ("Премьер-министр Беларуси") are attached later by the posts stage.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from letopis.analysis.mentions import common_abbreviations, token_range, verb_after
from letopis.analysis.names import chinese_surnames, famous_surnames
from letopis.gazetteer import city_country
from letopis.lexicon import Lexicon
from letopis.records import Doc, Entity, Mention, Token

INITIALS = re.compile(r"^((?:[А-ЯЁA-Z]\.\s*){1,2})\s*([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)$")
TRAILING_INITIALS = re.compile(r"^([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+((?:[А-ЯЁ]\.\s*){1,2})$")
# A given name and the initial of a surname: "Артур К." (the dot the mention's edge lost is given back by
# ``_with_initial_dot``; "Эван Ю" with no dot is a surname of one letter).
SURNAME_INITIAL = re.compile(r"^([А-ЯЁ][а-яё]+)\s+([А-ЯЁ])\.$")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-folded, ё = е, single spaces: the key names are compared by. Remembered: the same few thousand
    words and names are folded for every article (each lemma of the text, for the story item and the commitment
    cues), and a hit costs a third of folding again."""
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").casefold().split())


@dataclass
class PersonName:
    first: str = ""
    middle: str = ""
    last: str = ""
    initials: str = ""  # first letters given as initials: "Р." -> "Р"

    @property
    def fullness(self) -> int:
        return (2 if self.first else 1 if self.initials else 0) + (1 if self.middle else 0) + (2 if self.last else 0)


def parse_person(normal: str, vocab: Any) -> PersonName:
    """Split a nominative person name into its parts: "Касым-Жомарт Токаев" -> first, last."""
    text = " ".join(normal.split())
    hidden = SURNAME_INITIAL.match(text)
    if hidden and (_given_name(hidden.group(1), vocab) or not _surname_like(hidden.group(1), vocab)):
        # "27-летний Артур К.", "Мухаммадджон Х.": police news keeps a suspect's surname back; the given name is
        # his, the letter his surname's (not "Юсупов Г.", a surname with the initial of a given name)
        return PersonName(first=hidden.group(1), last=f"{hidden.group(2)}.")
    match = INITIALS.match(text) or TRAILING_INITIALS.match(text)
    if match:
        groups = match.groups()
        initials_part, last = (groups[0], groups[1]) if match.re is INITIALS else (groups[1], groups[0])
        letters = "".join(ch for ch in initials_part if ch.isalpha())
        return PersonName(last=last, initials=letters)
    words = text.split(" ")
    if len(words) == 1:
        word = words[0]
        grams = _grams(word, vocab)
        if "Name" in grams and "Surn" not in grams:
            return PersonName(first=word)
        return PersonName(last=word)
    if len(words) == 2:
        if "Patr" in _grams(words[1], vocab):
            return PersonName(first=words[0], middle=words[1])
        return PersonName(first=words[0], last=words[1])
    if "Patr" in _grams(words[1], vocab):
        return PersonName(first=words[0], middle=words[1], last=" ".join(words[2:]))
    # Foreign names with several given names: "Джон Фицджеральд Кеннеди".
    return PersonName(first=" ".join(words[:-1]), last=words[-1])


def _given_name(word: str, vocab: Any) -> bool:
    """A given name of the dictionary (no guess), and no surname: "Артур", "Полина" (not "Юсупов", nor "Масин",
    which pymorphy only guesses a form of a given name)."""
    parses = vocab(word.lower())[:3]
    return any("Name" in p.tag.grammemes and p.is_known for p in parses) \
        and not any("Surn" in p.tag.grammemes for p in parses)


# Endings of Russian and neighbouring surnames: a word the dictionary does not know that ends so before an
# initial is a surname ("Масин А."); one that does not is taken for a given name ("Мухаммадджон Х.").
_SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "цкий", "ская", "цкая",
                 "енко", "ук", "юк", "ич", "ян", "дзе", "швили", "ых", "их")


def _surname_like(word: str, vocab: Any) -> bool:
    """A surname of the dictionary ("Шойгу") or a word ending as surnames do ("Масин", "Щелкунова")."""
    return word.lower().endswith(_SURNAME_ENDS) or any("Surn" in p.tag.grammemes and p.is_known
                                                       for p in vocab(word.lower())[:3])


def _grams(word: str, vocab: Any) -> set[str]:
    grams: set[str] = set()
    for form in vocab(word.lower())[:3]:
        grams |= set(form.tag.grammemes)
    return grams


@dataclass
class _Person:
    name: PersonName
    mentions: list[Mention] = field(default_factory=list)

    def accepts(self, other: PersonName) -> bool:
        mine = self.name
        if other.last and mine.last:
            if fold(other.last) != fold(mine.last):
                return False
            return _first_compatible(mine, other)
        if not other.last and other.first and mine.first:
            return fold(other.first) == fold(mine.first) and (
                not other.middle or not mine.middle or fold(other.middle) == fold(mine.middle))
        if not other.last and other.first and not mine.first:
            return False
        return False

    def absorb(self, other: PersonName) -> None:
        mine = self.name
        mine.first = mine.first or other.first
        mine.middle = mine.middle or other.middle
        mine.last = mine.last or other.last
        mine.initials = mine.initials or other.initials


def _first_compatible(a: PersonName, b: PersonName) -> bool:
    a_first = fold(a.first) if a.first else ""
    b_first = fold(b.first) if b.first else ""
    if a_first and b_first:
        # "Реджеп Тайип Эрдоган" and "Реджеп Эрдоган": one given name may be a part of the other's.
        a_words, b_words = a_first.split(), b_first.split()
        shorter, longer = sorted((a_words, b_words), key=len)
        return longer[:len(shorter)] == shorter
    a_init = fold(a.initials[:1] or a_first[:1])
    b_init = fold(b.initials[:1] or b_first[:1])
    return not a_init or not b_init or a_init == b_init


# A name ending in a capital letter: its initial, where the text has a dot after it.
_LAST_LETTER = re.compile(r"\s[А-ЯЁ]$")


def _with_initial_dot(mention: Mention, text: str) -> str:
    """The mention's normal with the dot after a last capital letter that trimming took off its edge ("Артур К"
    of "Артур К."), so that the letter reads as an initial."""
    if text[mention.stop:mention.stop + 1] == "." and _LAST_LETTER.search(mention.normal) \
            and mention.normal.split()[0] not in chinese_surnames():
        return mention.normal + "."  # not "Ван И." closing a sentence: a Chinese given name of one letter
    return mention.normal


# A surname with a generation mark: "Бажаев-старший" is the elder Бажаев, "Буш-младший" the younger.
GENERATION_MARK = re.compile(r"^([А-ЯЁ][а-яё]+)-(?:старш|младш)(?:ий|ая)$")


def _generation_surname(mention: Mention) -> str | None:
    """The surname a mention names with its generation mark ("Бажаев" of "Бажаев-старший"), if it is one."""
    match = GENERATION_MARK.match(mention.normal)
    return match.group(1) if match else None


def _join_generations(persons: list[_Person], marked: list[Mention], vocab: Any) -> None:
    """A surname with a generation mark is the person of that surname where the article names one and marks
    no other generation of it ("Муса Бажаев ... Бажаев-старший"); where it marks both the elder and the younger
    ("Бажаев-старший руководит холдингом, а Бажаев-младший — банком") they are father and son, each his own
    person, and so is one marked where several people share the surname. The mention keeps its mark in its
    normal: it tells which of the family it is."""
    marks: dict[str, set[str]] = {}
    # the marks of the article's mentions and of its full names ("Роберт Ф. Кеннеди-младший")
    for last in [m.normal for m in marked] + [p.name.last for p in persons]:
        match = GENERATION_MARK.match(last)
        if match:
            marks.setdefault(fold(match.group(1)), set()).add(fold(last)[len(match.group(1)) + 1:])
    for mention in marked:
        surname = _generation_surname(mention) or ""
        name = parse_person(mention.normal, vocab)
        same = [p for p in persons if p.accepts(name)]
        bearers = [p for p in persons if fold(p.name.last) == fold(surname)]
        if not same and len(marks[fold(surname)]) == 1 and len(bearers) == 1:
            same = bearers  # the one "Бажаев" of the article, whose generation no other mark tells apart
        if same:
            same[0].mentions.append(mention)
        else:
            persons.append(_Person(name, [mention]))


def _join_persons(mentions: list[Mention], vocab: Any, text: str = "") -> list[_Person]:
    marked = [m for m in mentions if _generation_surname(m) is not None]
    if marked:
        # the surnames without marks first: which people they name decides where a marked one goes
        unmarked = _join_persons([m for m in mentions if _generation_surname(m) is None], vocab, text)
        _join_generations(unmarked, marked, vocab)
        return unmarked
    parsed = [(m, parse_person(_with_initial_dot(m, text), vocab)) for m in mentions]
    # Fullest names first, so that "Головченко" meets "Роман Головченко" before it could start a person.
    order = sorted(range(len(parsed)), key=lambda i: (-parsed[i][1].fullness, parsed[i][0].start))
    persons: list[_Person] = []
    # each surname (or lone word) of the mentions, with how it is written: a lone "Лёвкина" read as "Лёвкин" where
    # the article also names a "Лёвкин" is his genitive, whatever woman of the surname it names
    surnames: dict[str, set[str]] = {}
    for written, parsed_name in parsed:
        surnames.setdefault(fold(parsed_name.last or parsed_name.first), set()).add(fold(written.text))
    for i in order:
        mention, name = parsed[i]
        candidates = [p for p in persons if p.accepts(name)]
        if not candidates and name.first and not name.last and not name.middle:
            # One word pymorphy took for a given name may be the surname of someone already named: "Гиффордс".
            as_surname = PersonName(last=name.first)
            candidates = [p for p in persons if p.name.last and p.accepts(as_surname)]
            if candidates:
                name = as_surname
        if not candidates and _one_word(name):
            candidates = _by_first_name(persons, name.first or name.last)
        if not candidates and name.last:
            candidates = _by_misspelt_surname(persons, name)
        if not candidates and _one_word(name):
            candidates = _by_foreign_surname_form(persons, name.first or name.last) \
                or _by_misspelt_oblique(persons, mention.text)
            if candidates:
                name = PersonName(last=candidates[0].name.last)  # "Гуфу" is the surname "Гуф", no given name
                if len(mention.text) != len(name.last):  # and its normal form is "Гуф"; a nominative
                    mention = replace(mention, normal=name.last)  # "Байдан" stays as written
        if not candidates and _one_word(name) \
                and surnames.get(fold(name.first or name.last), set()) <= {fold(mention.text)}:
            candidates = _by_written_surname(persons, mention)
            if candidates:
                name = PersonName(last=candidates[0].name.last)
                mention = replace(mention, normal=name.last)
        if len(candidates) >= 1:
            # Several people with one surname: the nearest one mentioned before wins.
            best = max(candidates, key=lambda p: max((m.start for m in p.mentions if m.start <= mention.start),
                                                     default=-1))
            best.absorb(name)
            best.mentions.append(mention)
        else:
            persons.append(_Person(PersonName(name.first, name.middle, name.last, name.initials), [mention]))
    return persons


def _one_word(name: PersonName) -> bool:
    return not name.middle and not name.initials and bool(name.first) != bool(name.last) \
        and " " not in (name.first or name.last)


# Endings of a given name in the oblique cases after the nominative ("Эмина", "Эмину" of "Эмин") or after its
# stem less a final "а"/"я" ("Камалы", "Камалу" of "Камала").
_OBLIQUE_AFTER_CONSONANT = ("а", "у", "ом", "ем", "е", "ым", "им")
_OBLIQUE_AFTER_VOWEL = ("ы", "и", "е", "у", "ю", "ой", "ей")


def _first_name_form(word: str, first: str) -> bool:
    """``word`` is the given name ``first`` in some case: "Олаф", "Эмину", "Камалы"."""
    if word == first:
        return True
    if first.endswith(("а", "я")):
        return word.startswith(first[:-1]) and word[len(first) - 1:] in _OBLIQUE_AFTER_VOWEL
    return word.startswith(first) and word[len(first):] in _OBLIQUE_AFTER_CONSONANT


def _by_first_name(persons: list[_Person], word: str) -> list[_Person]:
    """The one person of the article whose full name starts with ``word`` ("Олаф" after "Олаф Шольц", "Лонгин"
    after "Лонгин Клинский"): a given name pymorphy does not know reads as a surname and met no one. Two
    such persons ("Хантер Байден", "Хантер Бидл") leave it alone, as a single given name is no proof."""
    key = fold(word)
    found = [p for p in persons if p.name.first and p.name.last
             and _first_name_form(key, fold(p.name.first.split()[0]))]
    return found if len(found) == 1 else []


# Surname endings of Russian surnames, whose forms the normaliser knows and whose "а" makes a woman ("Петрова").
_RUSSIAN_SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын", "ий", "ой", "ый", "ая", "а", "я")


def _by_foreign_surname_form(persons: list[_Person], word: str) -> list[_Person]:
    """The one person of the article whose foreign surname this word is in an oblique case the normaliser kept:
    "Рэппу" after "Энтони Рэпп", "Спейсом" (not "Петрова" after "Иван Петров": a woman's surname is no case of
    a man's)."""
    key = fold(word)
    found = [p for p in persons if p.name.last and " " not in p.name.last
             and not fold(p.name.last).endswith(_RUSSIAN_SURNAME_ENDS) and len(p.name.last) >= 3
             and key != fold(p.name.last) and key.startswith(fold(p.name.last))
             and key[len(p.name.last):] in _OBLIQUE_AFTER_CONSONANT]
    return found if len(found) == 1 else []


def _by_written_surname(persons: list[_Person], mention: Mention) -> list[_Person]:
    """The one person named in full whose surname is this lone word as written, where the normaliser made another
    word of it: "зампред Полякова" read as a man's genitive ("Поляков") beside "Ирина Полякова", "рост Гелги" read
    as the genitive of a "Гелга" beside "Румейса Гелги". The article spells the surname so in the nominative; a
    person of the normal's surname would have met the mention already."""
    key = fold(mention.text)
    if " " in key or key == fold(mention.normal):
        return []
    found = [p for p in persons if p.name.first and p.name.last and fold(p.name.last) == key
             and any(_surname_read(m, p.name.last) for m in p.mentions)]
    return found if len(found) == 1 else []


def _surname_read(mention: Mention, surname: str) -> bool:
    """A mention of a person named in full whose surname the normaliser read: written in the nominative as a whole
    ("Ирина Полякова"), or with the surname declined ("Ксении Карелиной" -> "Ксения Карелина"). Not one whose
    given name it declined and whose surname it left as written ("Дане Милохину" -> "Даня Милохину": a dative
    surname taken for a nominative)."""
    written, normal = mention.text.split(), mention.normal.split()
    if len(written) < 2 or len(written) != len(normal) or normal[-1] != surname:
        return False
    return written == normal or written[-1] != normal[-1]


def _by_misspelt_oblique(persons: list[_Person], word: str) -> list[_Person]:
    """The one person named in full whose foreign surname this written word is, misspelt by a letter, in an
    oblique case: "Байдана" beside "Джо Байден" (the normaliser made a given name "Байдан" of it), or in the
    nominative: "Байдан заявил" (a surname of six letters or more then: "Шульц" beside "Олаф Шольц" may be
    Мартин Шульц). The stem must keep the surname's first two letters and length (five letters or more), and no
    other person may fit."""
    key = fold(word)
    if " " in key or "-" in key:
        return []
    found = [p for p in persons if p.name.first and p.name.last and " " not in p.name.last
             and len(p.name.last) >= 5 and not fold(p.name.last).endswith(_RUSSIAN_SURNAME_ENDS)
             and _misspelt_stem(key, fold(p.name.last))]
    return found if len(found) == 1 else []


# A nominative one letter off a surname is that surname's misspelling from this length on.
_MISSPELT_NOMINATIVE_LETTERS = 6


def _misspelt_stem(word: str, surname: str) -> bool:
    """``word`` is ``surname`` with one letter changed, then a case ending: "байдана" of "байден"."""
    stem, ending = word[:len(surname)], word[len(surname):]
    if not ending and len(surname) < _MISSPELT_NOMINATIVE_LETTERS:
        return False
    return (ending in _OBLIQUE_AFTER_CONSONANT or not ending) and stem[:2] == surname[:2] and stem != surname \
        and len(stem) == len(surname) and _one_edit(stem, surname)


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter inserted, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _by_misspelt_surname(persons: list[_Person], name: PersonName) -> list[_Person]:
    """The one person whose surname is another spelling of this one, first names agreeing: "Гернстермайер" and
    "Герстермайер" (a letter off a long surname), "Кабельо" and "Кабейо", "Буфье" and "Буффье" (two ways to
    transliterate one foreign name) in one article are one person. Short surnames differ by a letter too often
    ("Иванов", "Ивонов"), so a letter off only from seven letters, two only from ten, and a different ending is
    another form or person. Two different first names are two people whatever their surnames."""
    last = fold(name.last)
    if len(last) < 5:
        return []
    found = [p for p in persons if p.name.last and _spelling_of(last, fold(p.name.last))
             and _first_compatible(p.name, name)]
    return found if len(found) == 1 else []


def _spelling_of(a: str, b: str) -> bool:
    """``a`` and ``b`` (folded surnames) are spellings of one name: see ``_by_misspelt_surname``."""
    if a == b or " " in a or " " in b:
        return False
    if min(len(a), len(b)) >= 5 and _transliteration_key(a) == _transliteration_key(b):
        return True
    # The same ending: "Богданов" and "Богданова" are a man and a woman, "Чекалин" and "Чекалины" a family.
    if a[-2:] != b[-2:] or min(len(a), len(b)) < 7:
        return False
    return _one_edit(a, b) or min(len(a), len(b)) >= 10 and _two_edits(a, b)


# Letters Russian renders one foreign sound with: "ль"/"й" before a vowel ("Кабельо", "Кабейо"), a final "ль"/"л"
# ("Патель", "Пател"), "э"/"е" ("Мэй", "Мей"), "й"/"и" ("Гойя", "Гоия"); a doubled consonant is often written
# single ("Буффье", "Буфье").
_TRANSLITERATION = ((re.compile("ь$"), ""), (re.compile("ль(?=[аеёиоуыэюя])"), "й"), (re.compile("э"), "е"),
                    (re.compile("й"), "и"), (re.compile(r"(.)\1"), r"\1"))


@functools.lru_cache(maxsize=8192)
def _transliteration_key(surname: str) -> str:
    for variant, common in _TRANSLITERATION:
        surname = variant.sub(common, surname)
    return surname


def _two_edits(a: str, b: str) -> bool:
    """At most two letters inserted, dropped or changed between ``a`` and ``b`` (Levenshtein distance <= 2)."""
    if abs(len(a) - len(b)) > 2:
        return False
    previous = list(range(len(b) + 1))
    for i, letter in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other)))
        if min(current) > 2:
            return False
        previous = current
    return previous[-1] <= 2


# A Russian woman's surname declines as an adjective ("Сабировой", "Сабирову"; "Сабировы" is a family).
_WOMAN_SURNAME_ENDS = ("ова", "ева", "ёва", "ина", "ына")
_WOMAN_SURNAME_OBLIQUE = ("ой", "у")


def _declined(a: str, b: str) -> bool:
    """One of the folded words ``a`` and ``b`` is the other in an oblique case: "кок"/"коку", "маехара"/
    "маехары", "сабирова"/"сабировой" (a consonant stem and its endings, or a stem in -а/-я and its)."""
    if "-" in a and "-" in b:
        # a hyphenated name declines part by part ("саифа-ул-мулука" of "саиф-ул-мулук"; the particle stays)
        a_parts, b_parts = a.split("-"), b.split("-")
        return a != b and len(a_parts) == len(b_parts) \
            and all(x == y or _declined(x, y) for x, y in zip(a_parts, b_parts, strict=True))
    if len(a) > len(b):
        a, b = b, a
    if len(a) < 3 or a == b:
        return False
    if a[-1] not in "аеёиоуыэюяьй":
        return b.startswith(a) and b[len(a):] in _OBLIQUE_AFTER_CONSONANT
    return any(x.endswith(("а", "я")) and y.startswith(x[:-1]) and y[len(x) - 1:] in (
        _WOMAN_SURNAME_OBLIQUE if x.endswith(_WOMAN_SURNAME_ENDS) else _OBLIQUE_AFTER_VOWEL)
        for x, y in ((a, b), (b, a)))


def _twin_words(a: PersonName, b: PersonName, vocab: Any) -> list[tuple[str, str]] | None:
    """The words by which ``a`` and ``b`` differ if they are one person's name in two cases ("Бессель Коку" and
    "Бессель Кок"), else None. Given names and patronymics must be equal where both have them, so that "Билл
    Клинтон" and "Хиллари Клинтона" stay two people, unless the given names are forms of one word the
    dictionary knows as no given name ("Ишибу Сигэру" read as "Ишиб Сигэр" beside "Ишиба Сигэру"; not
    "Александр" and "Александра"). A bare surname pairs only with a bare one (the joining of persons already
    took those it could)."""
    if fold(a.middle) != fold(b.middle) and a.middle and b.middle \
            or bool(a.first or a.initials) != bool(b.first or b.initials):
        return None
    pairs = _differing_words(a.last, b.last)
    if not pairs:
        return None
    if a.first and b.first and fold(a.first) != fold(b.first):
        given = _differing_words(a.first, b.first)
        if not given or any("Name" in _grams(word, vocab) for pair in given for word in pair):
            return None
        return given + pairs
    return pairs if _first_compatible(a, b) else None


def _differing_words(a: str, b: str) -> list[tuple[str, str]]:
    """The pairs of words (folded) by which two names of as many words differ, if each pair is one word in two
    cases; else nothing."""
    a_words, b_words = fold(a).split(), fold(b).split()
    if not a_words or len(a_words) != len(b_words):
        return []
    pairs = [(x, y) for x, y in zip(a_words, b_words, strict=True) if x != y]
    return pairs if all(_declined(x, y) for x, y in pairs) else []


def _dictionary_nominative(word: str, vocab: Any, gender: str | None = None) -> bool:
    """pymorphy knows the word (no guess) and reads it as a singular nominative: "Кок" (not "Коку"); with the
    person's ``gender``, a surname's nominative of the other gender is none ("Синдеева", a woman's surname, is
    the genitive of the man's "Синдеев")."""
    return any(p.is_known and p.tag.case == "nomn" and p.tag.number != "plur"
               and (gender is None or "Surn" not in p.tag.grammemes or p.tag.gender in (None, gender))
               for p in vocab(word))


def _given_gender(a: _Person, b: _Person, vocab: Any) -> str | None:
    """The gender of the twins' given name where the dictionary reads it as a nominative of one gender only
    ("Юрий"): the gender of the one person both names are."""
    genders = {f.tag.gender for person in (a, b) for word in person.name.first.split()[:1]
               for f in vocab(word.lower()) if "Name" in f.tag.grammemes and f.tag.case == "nomn" and f.is_known}
    return genders.pop() if len(genders) == 1 else None


# Relations of a noun in an oblique case, whatever the tagger read ("манускрипта Войнича": nmod tagged Nom).
_OBLIQUE_RELATIONS = frozenset({"nmod", "obl", "obj", "iobj"})


def _nominative_mentions(doc: Doc, person: _Person) -> int:
    """How many mentions of the person the tagger reads as nominatives (each word that has a case: "Ишибу
    Сигэру" is no nominative for its indeclinable last word) in no oblique relation: a subject, an apposition
    to one, a headline."""
    tokens = doc.tokens
    count = 0
    for mention in person.mentions:
        first, last = token_range(tokens, mention.start, mention.stop)
        inside = range(first, min(last, len(tokens)))
        cases = {tokens[i].feats.get("Case") for i in inside} - {None}
        heads = [tokens[i].rel for i in inside if tokens[i].head not in inside]
        count += cases == {"Nom"} and not _OBLIQUE_RELATIONS.intersection(heads)
    return count


def _merge_case_twins(doc: Doc, persons: list[_Person], vocab: Any) -> list[_Person]:
    """Join a person the names stage left twice, once in an oblique case ("Бессель Коку" beside "Бессель Кок",
    "Сейджи Маехары" beside "Сейджи Маехара", "Анна Сабировой" beside "Анна Сабирова"), under the nominative
    name: the one the dictionary reads as a nominative, else the one the tagger reads so more often, else the
    more frequent, else the shorter."""
    if len(persons) < 2:
        return persons
    starts = [fold(p.name.last[:3]) for p in persons]  # a case ending leaves a surname's first letters alone
    twins = [(i, j, pairs) for i, a in enumerate(persons) for j in range(i + 1, len(persons))
             if starts[i] == starts[j] and starts[i]
             and (pairs := _twin_words(a.name, persons[j].name, vocab)) is not None]
    if not twins:
        return persons
    merged: dict[int, int] = {}
    for i, j, pairs in twins:
        a, b = persons[i], persons[j]
        gender = _given_gender(a, b, vocab)
        a_rank = _twin_rank(doc, a, [x for x, _ in pairs], vocab, gender)
        b_rank = _twin_rank(doc, b, [y for _, y in pairs], vocab, gender)
        keep, drop = (i, j) if a_rank >= b_rank else (j, i)
        merged.setdefault(drop, keep)
    for drop in merged:
        keep, seen = merged[drop], {drop}
        while keep in merged and keep not in seen:
            seen.add(keep)
            keep = merged[keep]
        if keep not in seen:
            _absorb_twin(persons[keep], persons[drop])
    return [p for p in persons if p.mentions]


def _twin_rank(doc: Doc, person: _Person, words: list[str], vocab: Any,
               gender: str | None = None) -> tuple[bool, int, int, int]:
    """How surely the person's name is the nominative of its twin's: its differing words are nominatives of
    the dictionary, the tagger reads more of its mentions as nominatives, it is mentioned more often, its
    surname is the shorter ("Кок" of "Коку": guessed readings of foreign names are no proof)."""
    return (all(_dictionary_nominative(w, vocab, gender) for w in words), _nominative_mentions(doc, person),
            len(person.mentions), -len(person.name.last))


_WORD = re.compile(r"[^\W\d_][\w-]*")


def _absorb_twin(keep: _Person, drop: _Person) -> None:
    """``keep`` takes ``drop``'s mentions, their normal forms written with ``keep``'s words."""
    words: dict[str, str] = {}
    for mine, theirs in ((keep.name.first, drop.name.first), (keep.name.last, drop.name.last)):
        words.update(zip(fold(theirs).split(), mine.split(), strict=False))
    for mention in drop.mentions:
        # word by word, a surname glued to an initial's dot too ("Ю.Синдеева" -> "Ю.Синдеев")
        normal = _WORD.sub(lambda found: words.get(fold(found.group()), found.group()), mention.normal)
        keep.mentions.append(replace(mention, normal=normal))
    drop.mentions = []
    keep.absorb(PersonName(drop.name.first, drop.name.middle, "", drop.name.initials))


def _person_display(name: PersonName) -> str:
    initials = "".join(f"{letter}." for letter in name.initials)
    parts = [name.first or initials, name.middle, name.last]
    return " ".join(p for p in parts if p)


def _place_key(mention: Mention, lexicon: Lexicon) -> tuple[str, str, str | None]:
    """(key, canonical name, country) of an organisation or a place."""
    country = lexicon.country(mention.normal) if mention.type == "LOC" else None
    if country is not None:
        return f"country:{country.iso2}", country.name, country.iso2
    org = lexicon.org(mention.normal)
    if org is not None:
        return f"org:{fold(org.name)}", org.name, org.country or None
    if mention.type == "LOC":
        place = lexicon.place(mention.normal)
        if place is not None:
            return f"place:{fold(place.name)}", place.name, place.country
    country = lexicon.country(mention.normal)
    if country is not None:
        return f"country:{country.iso2}", country.name, country.iso2
    if mention.type == "LOC":  # a town the lexicon does not know: its state, where only one has a town so named
        return f"name:{fold(mention.normal)}", mention.normal, city_country(mention.normal)
    return f"name:{fold(mention.normal)}", mention.normal, _adjective_country(mention, lexicon)


# The key prefix of a body the lexicon knows only as a form many states share ("Минобороны", "МИД"), named with
# its state: "body:минобороны@RU".
_BODY = "body:"


def _state_body(mention: Mention, lexicon: Lexicon, found: tuple[Mention, ...]) -> tuple[str, str] | None:
    """(key, country) of an organisation named by a body the lexicon knows and its state: "Минобороны России",
    "Министерство обороны РФ" (a state's name closing the mention) and "российское Минобороны" (a state's
    adjective opening it) are one body, Минобороны of RU; a body of its own state ("ФСБ России") is the
    lexicon's organisation itself. None for any other name."""
    if mention.type != "ORG":
        return None
    words = mention.normal.split()
    if len(words) < 2:
        return None
    codes = lexicon.country_of_adjective(words[0]) if words[0].endswith(("ое", "ий", "ый", "ой", "ая")) else ()
    core = " ".join(words[1:]) if len(codes) == 1 else ""
    if not core:
        state = next((m for m in found if m.type == "LOC" and mention.start < m.start and m.stop == mention.stop
                      and lexicon.country(m.normal) is not None), None)
        if state is None or len(state.text.split()) >= len(words):
            return None
        country = lexicon.country(state.normal)
        codes = (country.iso2,) if country is not None else ()
        core = " ".join(words[:-len(state.text.split())])
    org = lexicon.org(core) if codes else None
    if org is None or org.country not in (None, "", codes[0]):
        return None
    if org.country == codes[0]:
        return f"org:{fold(org.name)}", codes[0]
    return f"{_BODY}{fold(org.name)}@{codes[0]}", codes[0]


def _body_name_rank(name: str, lexicon: Lexicon) -> tuple[bool, int]:
    """How well a spelling names a state's body: with the state after it ("правительство Китая", "Министерство
    обороны РФ") before one opening with the state's adjective ("китайское правительство"), which factRuEval's
    annotators do not give as the name; the longer spelling of each kind."""
    first = name.split(" ", 1)[0]
    return not lexicon.country_of_adjective(first), len(name)


def _join_bare_bodies(groups: dict[str, list[Mention]], lexicon: Lexicon, keys: dict[str, str]) -> None:
    """A body named alone ("Минобороны сообщило") in an article that names it with its state ("Минобороны
    России") is that state's body, where the article names it with one state only. ``keys`` gets the bare name's
    key -> the state body's."""
    bodies: dict[str, list[str]] = {}
    for key in groups:
        if key.startswith(_BODY):
            bodies.setdefault("org:" + key[len(_BODY):].rsplit("@", 1)[0], []).append(key)
    for bare, owned in bodies.items():
        if bare in groups and len(owned) == 1:
            keys[bare] = owned[0]


def _adjective_country(mention: Mention, lexicon: Lexicon) -> str | None:
    """The state of "Британское правительство": an organisation named by a state's adjective belongs to it."""
    first = mention.normal.split(" ", 1)[0]
    if mention.type != "ORG" or " " not in mention.normal or not first.endswith(("ое", "ий", "ый", "ой")):
        return None
    codes = lexicon.country_of_adjective(first)
    return codes[0] if len(codes) == 1 else None


# Between a town and the region the text places it in: "Любимовка Курской области", "Любимовки, Курская область",
# "в Казанке в Николаевской области".
_PLACED_IN = re.compile(r"\s*(?:,\s*)?(?:(?:в|во)\s+)?")


def _place_towns(doc: Doc, groups: dict[str, list[Mention]], countries: dict[str, str | None],
                 lexicon: Lexicon) -> None:
    """A town the lexicon does not know takes the state of the region or state the text places it in, which the
    lexicon knows: "село Любимовка Курской области" is in Russia, whatever the state of the largest town of that
    name (the gazetteer's guess, ``city_country``; GeoNames lacks most villages, so the name can be a Ukrainian
    town's) or where the gazetteer knows none ("Ивановка Курской области", "Хамовники в Москве"). Only the place
    right after the town: in the genitive ("Курской области", "Киевский район Харькова"), after "в" in the
    locative, or after a comma a region or state in the nominative ("Роли, Северная Каролина"; not "администрации
    Байдена, Киев считает", nor a list in the genitive, "государств Латинской Америки, Пакистана")."""
    where: dict[int, tuple[str, bool]] = {}  # a known place's or state's mention start -> its state, whether a region
    for key, members in groups.items():
        country = countries.get(key)
        if country and key.startswith(("place:", "country:")):
            for m in members:
                place = lexicon.place(m.normal) if key.startswith("place:") else None
                where[m.start] = country, place is None or place.type != "city"
    if not where:
        return
    starts = sorted(where)
    for key, members in groups.items():
        if not key.startswith("name:") or not any(m.type == "LOC" for m in members):
            continue
        found = {state for m in members if m.type == "LOC"
                 for state in [_region_after(doc, m, starts, where)] if state}
        if len(found) == 1:
            countries[key] = found.pop()


def _region_after(doc: Doc, town: Mention, starts: list[int], where: dict[int, tuple[str, bool]]) -> str | None:
    """The state of the known place named right after ``town``, in a case that places the town in it."""
    index = bisect.bisect_left(starts, town.stop)
    if index == len(starts):
        return None
    start = starts[index]
    gap = _PLACED_IN.fullmatch(doc.text, town.stop, start)
    first = next((t for t in doc.tokens if t.start == start), None) if gap else None
    if gap is None or first is None:
        return None
    country, region = where[start]
    case = first.feats.get("Case")
    between = gap.group(0)
    if "в" in between:
        return country if case == "Loc" else None
    if "," in between:
        return country if case == "Nom" and region else None
    return country if case == "Gen" else None


def _inner_country(members: list[Mention], mentions: tuple[Mention, ...],
                   countries_by_start: dict[int, str | None]) -> str | None:
    """The country of a place named inside an organisation's mention: "правительства Израиля" -> IL."""
    for member in members:
        for inner in mentions:
            if inner.type == "LOC" and member.start < inner.start and inner.stop <= member.stop:
                country = countries_by_start.get(inner.start)
                if country:
                    return country
    return None


# Words an abbreviation may leave out or take its first letter from: "Организация по безопасности и
# сотрудничеству в Европе" is ОБСЕ, "The Wall Street Journal" WSJ.
_SKIPPABLE_WORDS = frozenset({
    "по", "и", "в", "во", "на", "для", "при", "о", "об", "за", "с", "со", "от", "до", "из", "к", "без", "под",
    "над", "между", "of", "and", "the", "for", "in", "on", "at", "to", "de", "du", "des", "la", "le", "der",
    "die", "und", "&"})
# A word gives an abbreviation at most its first three letters: "МАГАТЭ" is М-АГ-АТ-Э of "Международное
# агентство по атомной энергии".
_PREFIX_LETTERS = 3
_QUOTES_AND_BRACKETS = "«»\"“”„'()"


def _abbreviation(text: str) -> bool:
    """Written like an abbreviation: letters only, two to eight, at least two capitals ("WFC", "ЕврАзЭС")."""
    return 2 <= len(text) <= 8 and text.isalpha() and sum(ch.isupper() for ch in text) >= 2


def initials_spell(short: str, full: str) -> bool:
    """The abbreviation ``short`` is made of the first letters (up to three) of every word of the name ``full``
    in order, the words of a hyphenated compound one by one ("Азиатско-Тихоокеанское экономическое
    сотрудничество": АТЭС), a preposition or conjunction giving its first letter or nothing; the name has two
    words at least that give letters. "РФ" spells no "Российский фонд прямых инвестиций": every word counts."""
    letters = fold(short)
    words = [w for w in fold(full.replace("-", " ")).split() if w.strip(_QUOTES_AND_BRACKETS)]
    words = [w.strip(_QUOTES_AND_BRACKETS) for w in words]
    if not letters.isalpha() or sum(w not in _SKIPPABLE_WORDS for w in words) < 2:
        return False

    @functools.cache
    def spells(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        word = words[j]
        if word in _SKIPPABLE_WORDS and spells(i, j + 1):
            return True
        longest = 1 if word in _SKIPPABLE_WORDS else _PREFIX_LETTERS
        return any(letters[i:i + k] == word[:k] and spells(i + k, j + 1)
                   for k in range(1, min(longest, len(word), len(letters) - i) + 1))

    return spells(0, 0)


def _join_abbreviations(groups: dict[str, list[Mention]], keys: dict[str, str]) -> None:
    """An abbreviation the lexicon does not know joins the organisation or place of the article whose name it
    spells ("World Fashion Channel (WFC)", "Российский союз промышленников и предпринимателей" and "РСПП"); of
    several such names, the one named last before it. ``keys`` gets the abbreviation's key -> the name's key."""
    shorts = [key for key, members in groups.items() if key.startswith("name:")
              and all(_abbreviation(m.text) for m in members)]
    if not shorts:
        return
    fulls = [(key, {m.normal for m in members}) for key, members in groups.items()
             if any(len(m.normal.split()) > 1 for m in members)]
    for short in shorts:
        text = groups[short][0].text
        start = min(m.start for m in groups[short])
        found = [key for key, normals in fulls if key != short and any(initials_spell(text, n) for n in normals)]
        if len(found) > 1:
            before = [(max((m.start for m in groups[key] if m.start < start), default=-1), key) for key in found]
            found = [max(before)[1]] if max(before)[0] >= 0 else []
        if found:
            keys[short] = found[0]


def _join_kind_prefixed(groups: dict[str, list[Mention]], lexicon: Lexicon, keys: dict[str, str]) -> None:
    """"ООО «Алтек»" beside "Алтек", "ПАО «Кокс»" beside "Кокс": a name that is the abbreviation of a common noun
    saying what kind of body it is (``data/common_abbreviations.tsv``) and a name is the organisation the
    article names by that name alone. ``keys`` gets the longer name's key -> the short one's."""
    for key, members in groups.items():
        first, _, rest = members[0].normal.partition(" ")
        inner = rest.strip(_QUOTES_AND_BRACKETS + " ")
        if not inner or fold(first) not in common_abbreviations() or not key.startswith("name:"):
            continue
        short = _place_key(replace(members[0], normal=inner), lexicon)[0]
        if short != key and short in groups:
            keys[key] = short


def _first_line(mention: Mention) -> Mention:
    """A mention ends at a line break: "Мартином О'Мэлли\nКомпания" (a photo caption and the next line's first
    word), "Гриша Скобелев\n\nСейчас" are the name before it. The normal form keeps as many words as remain
    when it has one word for each written one, else the written words."""
    cut = mention.text.find("\n")
    if cut < 0:
        return mention
    text = mention.text[:cut].rstrip(_LINE_END)
    words, normal = text.split(), mention.normal.split()
    kept = " ".join(normal[:len(words)]).rstrip(_LINE_END) if len(normal) == len(mention.text.split()) else text
    return replace(mention, stop=mention.start + len(text), text=text, normal=kept)


# What ends a line and no name: "России;" before a list's next item (a dot may be an initial's: "Артур К.").
_LINE_END = " \t,;:—–-"


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Init", "Trad"})


# Words asked about whether they are only common nouns, across articles (emptied when it grows too big).
_COMMON_NOUNS: dict[str, bool] = {}


def _common_noun(word: str, vocab: Any) -> bool:
    """A word of the dictionary that is only a common noun: "Подруга", "Самоучитель" (not "Роза", a name too,
    nor "Шнуров", "Стрельцов", read as plurals of "шнур" and "стрелец" but surnames by their ending, nor a word
    pymorphy guessed)."""
    known = _COMMON_NOUNS.get(word)
    if known is None:
        if len(_COMMON_NOUNS) > 50_000:
            _COMMON_NOUNS.clear()
        known = _COMMON_NOUNS[word] = _only_common_noun(word, vocab)
    return known


def _only_common_noun(word: str, vocab: Any) -> bool:
    parses = vocab(word.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN" and not word.endswith(("ов", "ев", "ин", "ын")) \
        and all(type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer" for p in parses) \
        and not any(_NAME_GRAMMEMES & p.tag.grammemes for p in parses)


def _opens_sentence(tokens: tuple[Token, ...] | list[Token], first: int) -> bool:
    """The token is the first word of its sentence, after nothing but punctuation or pictographs."""
    j = first - 1
    while j >= 0 and tokens[j].sent == tokens[first].sent and not any(ch.isalnum() for ch in tokens[j].text):
        j -= 1
    return j < 0 or tokens[j].sent != tokens[first].sent


def _named_mid_sentence(text: str, word: str) -> bool:
    """The word is written capitalised after a lower-case word somewhere in the article: a nickname, a pet's
    name ("кошка Белка"), not a common noun capitalised by its place."""
    at = text.find(word)
    while at >= 0:
        before = text[max(0, at - 2):at]
        if len(before) == 2 and before[1] == " " and before[0].islower():
            return True
        at = text.find(word, at + 1)
    return False


def _named_elsewhere(doc: Doc, mention: Mention) -> bool:
    """Another person of the article is named with this word in some form: "Маску" after "Илон Маск", "Патель"
    after "Кэша Пателя" (a surname that is also a common noun); not the same word opening another sentence."""
    key = fold(mention.text)
    return any(other.type == "PER" and fold(other.text) != key and any(
        fold(word)[:4] == key[:4] and abs(len(word) - len(key)) <= 2 for word in (*other.text.split(),
                                                                                   *other.normal.split()))
        for other in doc.mentions)


def _sentence_start_noun(doc: Doc, mention: Mention, vocab: Any) -> bool:
    """A one-word person that is a common noun capitalised only because it opens a sentence: "Подруга покойного
    олигарха ..." taken by the tagger for a name. A well-known person's surname (``data/people.tsv``: "Дуда",
    "Макрона", which the dictionary reads as common nouns) is the person: the mentions stage takes one opening a
    sentence only before a verb."""
    if mention.type != "PER" or mention.kind != "name" or " " in mention.text or not mention.text.isalpha() \
            or not _common_noun(mention.text, vocab):
        return False
    first = token_range(doc.tokens, mention.start, mention.stop)[0]
    if _famous(doc.tokens, first, mention.text):
        return False
    return first < len(doc.tokens) and _opens_sentence(doc.tokens, first) \
        and not _named_mid_sentence(doc.text, mention.text) and not _named_elsewhere(doc, mention)


def _famous(tokens: tuple[Token, ...], first: int, word: str) -> bool:
    """A well-known person's surname, a guarded one ("Си") only before a verb."""
    famous = famous_surnames()
    return word in famous.nominative and (word not in famous.guarded or verb_after(tokens, first) is not None)


def _persons_by_given_name(mentions: list[Mention], vocab: Any) -> list[Mention]:
    """"Лонгин Клинский" tagged as an organisation, with "Архиепископ Лонгин" a person in the same article: a
    two-word place or organisation whose first word is a given name to pymorphy and is named alone as a person
    is that person (not "Франс Пресс", nor a street "Тараса Шевченко" named after no one of the article)."""
    alone = {fold(m.normal) for m in mentions if m.type == "PER" and " " not in m.normal}
    if not alone:
        return mentions
    result = []
    for mention in mentions:
        words = mention.normal.split()
        if mention.type != "PER" and len(words) == 2 and fold(words[0]) in alone and words[1][:1].isupper() \
                and "Name" in _grams(words[0], vocab):
            mention = replace(mention, type="PER")
        result.append(mention)
    return result


def repaired_mentions(doc: Doc, vocab: Any) -> list[Mention]:
    """The mentions, each cut at a line break, less common nouns opening a sentence taken for persons, with
    places and organisations named by a person's full name retyped as persons."""
    cut = [_first_line(m) for m in doc.mentions]
    kept = [m for m in cut if m.text and not _sentence_start_noun(doc, m, vocab)]
    return _persons_by_given_name(kept, vocab)


def join_entities(doc: Doc, vocab: Any, lexicon: Lexicon) -> Doc:
    found = tuple(repaired_mentions(doc, vocab))
    persons = _merge_case_twins(doc, _join_persons([m for m in found if m.type == "PER"], vocab, doc.text), vocab)
    groups: dict[str, list[Mention]] = {}
    names: dict[str, str] = {}
    countries: dict[str, str | None] = {}
    for mention in found:
        if mention.type == "PER":
            continue
        key, name, country = _place_key(mention, lexicon)
        if key.startswith("name:"):
            key, country = _state_body(mention, lexicon, found) or (key, country)
        groups.setdefault(key, []).append(mention)
        # The longest spelling is the fullest name, unless the lexicon gave the canonical one.
        if key not in names or (key.startswith("name:") and len(name) > len(names[key])) \
                or key.startswith(_BODY) and _body_name_rank(name, lexicon) > _body_name_rank(names[key], lexicon):
            names[key] = name
        countries[key] = countries.get(key) or country
    joined: dict[str, str] = {}
    _join_bare_bodies(groups, lexicon, joined)
    _join_kind_prefixed(groups, lexicon, joined)
    _join_abbreviations({k: v for k, v in groups.items() if k not in joined}, joined)
    for part, whole in joined.items():
        seen = {part}
        while whole in joined and whole not in seen:  # "ПАО «МГКЛ»" -> "МГКЛ" -> the name it abbreviates
            seen.add(whole)
            whole = joined[whole]
        if whole not in seen:
            groups[whole].extend(groups.pop(part))
            countries[whole] = countries[whole] or countries.pop(part)

    _place_towns(doc, groups, countries, lexicon)
    countries_by_start = {m.start: countries[key] for key, group in groups.items() for m in group}
    clusters: list[tuple[str, str, str | None, list[Mention]]] = []
    for person in persons:
        clusters.append(("PER", _person_display(person.name), None, person.mentions))
    for key, members in groups.items():
        kind = Counter(m.type for m in members).most_common(1)[0][0]
        if key.startswith("country:"):
            kind = "LOC"
        clusters.append((kind, names[key], countries[key], members))
    clusters = [(kind, name, country or _inner_country(members, found, countries_by_start), members)
                for kind, name, country, members in clusters]
    clusters.sort(key=lambda c: min(m.start for m in c[3]))

    entities = []
    mentions: list[Mention] = []
    for number, (kind, name, country, members) in enumerate(clusters, start=1):
        entity_id = f"e{number}"
        entities.append(Entity(id=entity_id, type=kind, name=name, country=country,
                               aliases=tuple(sorted({m.normal for m in members}))))
        mentions.extend(replace(m, entity=entity_id, type=kind) for m in members)
    mentions.sort(key=lambda m: (m.start, m.stop))
    return replace(doc, entities=tuple(entities), mentions=tuple(mentions))
