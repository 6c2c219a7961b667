"""Names in nominative: "Аскаром Маминым" -> "Аскар Мамин", "Беларусью" -> "Беларусь", "Акорды" -> "Акорда".

natasha's ``normalize`` only inflects a word when pymorphy has a form with exactly the tagger's gender, number
and case, and otherwise leaves it inflected ("Аскар Маминым", "Беларусью"); it also inflects abbreviations
("БЕЛТА" -> "БЕЛТ"). Here each word is matched to the pymorphy parse that agrees best with the tagger (case
first), preferring name/surname/place readings for names, and abbreviations keep their letters.
Person names inflect every word; other names inflect the head of the phrase and the adjectives that agree with
it ("Костанайскую область" -> "Костанайская область", "Белого дома" -> "Белый дом"), never quoted parts
("МИА «Казинформ»").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from pymorphy2.analyzer import Parse

from letopis.lexicon import load_people, package_file
from letopis.records import Token

UD_TO_OC_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
UD_TO_OC_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
UD_TO_OC_NUMBER = {"Sing": "sing", "Plur": "plur"}
NAME_GRAMS = {"Name", "Surn", "Patr"}
# Lemmas pymorphy offers as often as the one names use: "Большим театром" is "Большой театр", not "Больший".
RARE_LEMMAS = frozenset({"больший"})
INFLECTING_POS = {"NOUN", "ADJF", "PRTF"}
CYRILLIC_WORD = re.compile(r"^[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*$")
# "МИДа", "ВОЗу": an abbreviation with a case ending written in lower case.
ABBR_WITH_ENDING = re.compile(r"^([А-ЯЁ]{2,})(а|у|ом|е|ом|ой)$")
OPEN_QUOTES = "«„“\""
CLOSE_QUOTES = "»“”\""


def recover_shape(word: str, source: str) -> str:
    """Give ``word`` the capitalisation of ``source``: "беларусь" after "Беларусью" -> "Беларусь"."""
    if source.isupper() and len(source) > 1:
        return word.upper()
    parts = word.split("-")
    source_parts = source.split("-")
    if len(parts) == len(source_parts):
        return "-".join(_shape_part(p, s) for p, s in zip(parts, source_parts, strict=True))
    return _shape_part(word, source)


def _shape_part(word: str, source: str) -> str:
    if source.isupper() and len(source) > 1:
        return word.upper()  # "ИТ-зарплат" -> "ИТ-зарплаты"
    if source[:1].isupper() and any(c.isupper() for c in source[1:]):
        return _inner_capitals(word, source)
    if source[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _inner_capitals(word: str, source: str) -> str:
    """A name with capitals inside ("МакКейна", "ДиКаприо") keeps them: each letter the nominative shares with
    the written form, from the start, takes that letter's case ("МакКейн", not "Маккейн")."""
    shaped = []
    for k, letter in enumerate(word):
        if k < len(source) and letter.lower() == source[k].lower():
            shaped.append(source[k])
        else:
            shaped.append(letter.lower() if k else letter.upper())
            shaped.extend(rest.lower() for rest in word[k + 1:])
            break
    return "".join(shaped)


# The tagger's part of speech and pymorphy's that agree with it: "Третьего рейха" is the adjective "третий", not
# the noun "третье" (an inanimate reading otherwise wins for a place or organisation).
TAGGER_POS = {"ADJ": ("ADJF", "PRTF"), "VERB": ("PRTF",), "NOUN": ("NOUN",), "PROPN": ("NOUN",)}


# The stressed-ending adjective a guess can make of an unknown word in "-ском", "-ского" ("Трубецкой",
# "Луговской"): the dictionary knows the few names made so, and most unknown ones are in "-ский".
GUESSED_STRESSED_ADJECTIVE = ("ской", "цкой")


def _score(form: Any, case: str | None, number: str | None, gender: str | None, kind: str,
           pos: str = "", modifier: bool = False) -> float:
    tag = form.tag
    if tag.POS not in INFLECTING_POS:
        return -10.0
    score = float(form.score)
    if tag.POS in TAGGER_POS.get(pos, ()):
        score += 1
    if modifier and tag.POS == "NOUN":
        score -= 3  # a word agreeing with the phrase's noun is no place: "Приволжского округа" is no "Приволжское"
    if case and tag.case == case or case == "gent" and tag.case == "gen2" or case == "loct" and tag.case == "loc2":
        score += 4
    if number and tag.number == number:
        score += 1
    if gender and tag.gender == gender:
        score += 1.5 if kind == "PER" else 0.5
    grams = set(tag.grammemes)
    if kind == "PER" and grams & NAME_GRAMS:
        score += 2
    if kind == "PER" and "Fixd" in grams:
        score -= 0.5  # "Анне Ивановой": the dative of "Анна" before the dictionary's indeclinable "Анне"
    if kind == "LOC" and "Geox" in grams:
        score += 1.5
    if kind == "ORG" and "Orgn" in grams:
        score += 1
    if kind != "PER" and "inan" in grams:
        score += 0.5  # a place is no person: "Бенрате" is the place Бенрат, not a man named Бенрата
    if kind != "PER" and "anim" in grams and not form.is_known:
        score -= 1  # nor a guessed person: "в Совфеде" is no man named "Совфедя"
    if form.normal_form in RARE_LEMMAS:
        score -= 0.5
    if not form.is_known and tag.POS == "ADJF" and form.normal_form.endswith(GUESSED_STRESSED_ADJECTIVE):
        score -= 2  # a guessed "-ской" ("в Авдинском" is no "Авдинской"): the dictionary knows the few there are
    if kind != "PER" and "Qual" in grams:
        score -= 0.05  # a tie of two lemmas: names take the relative adjective ("Окружной суд", not "Окружный")
    if "Abbr" in grams or "Init" in grams:
        score -= 2
    return score


# Nominatives by everything ``_inflect`` reads: news repeats its names, and each uncached call asks pymorphy for
# every reading of the word (the largest cost of the mentions stage). Bounded for long-running ingests.
_INFLECTED: dict[tuple[object, ...], str] = {}
INFLECTED_CACHE_SIZE = 100_000


# "Северного потока-2": a number after a hyphen is no part of the word that declines.
NUMBERED = re.compile(r"^([А-Яа-яЁё]{2,})(-\d+)$")
# "Brexit-ю", "Twitter-е": a Latin word given a Russian case ending after a hyphen is the Latin word.
LATIN_WITH_ENDING = re.compile(r"^([A-Za-z][A-Za-z0-9.&']*)-[а-яё]{1,3}$")


def inflect_word(vocab: Any, token: Token, kind: str, agree: Token | None = None,
                 person_gender: str | None = None, singular: bool = False) -> str:
    """The word of ``token`` in nominative, remembered by the word and the features that decide it;
    ``singular``: a plural noun shared by several names, each of which is one ("Смоленской областями")."""
    latin = LATIN_WITH_ENDING.match(token.text)
    if latin:
        return latin.group(1)
    numbered = NUMBERED.match(token.text)
    if numbered:
        word, number = numbered.groups()
        return inflect_word(vocab, replace(token, text=word), kind, agree, person_gender, singular) + number
    feats = token.feats
    # token.rel too: a flat:name word declines as a man's name where the same word alone would not.
    key = (id(vocab), token.text, token.pos, token.rel, feats.get("Case"), feats.get("Number"), feats.get("Gender"),
           kind,
           None if agree is None else (agree.text, agree.feats.get("Case"), agree.feats.get("Number"),
                                       agree.feats.get("Gender")), person_gender, singular)
    result = _INFLECTED.get(key)
    if result is None:
        result = _inflect(vocab, token, kind, agree, person_gender, singular)
        if len(_INFLECTED) >= INFLECTED_CACHE_SIZE:
            _INFLECTED.clear()
        _INFLECTED[key] = result
    return result


def _inflect(vocab: Any, token: Token, kind: str, agree: Token | None, person_gender: str | None,
             singular: bool = False) -> str:
    """The word of ``token`` in nominative (with ``agree``'s gender and number for an adjective).

    ``person_gender`` is the gender of the person a name word belongs to, read from the given name: the tagger
    often takes a woman's foreign surname for a man's ("Джоанны Стингрей" is not "Стингрея").
    """
    word = token.text
    letter_shaped = _letter_shaped(vocab, token)
    if letter_shaped is not None:
        return letter_shaped
    if kind == "PER" and "-" in word:
        titled = _with_title_adjective(vocab, token, person_gender)
        if titled is not None:
            return titled
        joined = _hyphenated_name(vocab, token, person_gender)
        if joined is not None:
            return joined
    if kind == "PER" and token.rel != "amod" and _siberian_surname(word):
        return word
    if kind == "PER" and (person_gender == "femn" or token.feats.get("Gender") == "Fem"):
        woman = _womans_ia_name(vocab, word)
        if woman is not None:
            return woman
    if kind != "PER" and "-" in word:
        compound = _compound_with_noun(vocab, word, UD_TO_OC_CASE.get(token.feats.get("Case", "")))
        if compound is not None:
            return compound
        place = _two_declining_parts(vocab, token, kind)
        if place is not None:
            return place
    abbr = ABBR_WITH_ENDING.match(word)
    if abbr:
        return abbr.group(1)
    ministry = _ministry(vocab, word) if kind != "PER" else None
    if ministry is not None:
        return ministry
    if word.isupper() and len(word) > 1:
        if not _shouted(vocab, word):
            return word  # БЕЛТА, ТАСС, НАТО: abbreviations keep their letters
        calm = replace(token, text=word[:1] + word[1:].lower())
        return _inflect(vocab, calm, kind, agree, person_gender, singular).upper()
    if not CYRILLIC_WORD.match(word):
        return word
    case = UD_TO_OC_CASE.get(token.feats.get("Case", ""))
    if case == "nomn" and token.pos != "ADJ" and not singular:
        return word
    if token.pos not in ("NOUN", "PROPN", "ADJ", "VERB"):
        return word  # "Аль" in "в Аль Аин" is a particle to the tagger, not a noun to decline
    number = UD_TO_OC_NUMBER.get(token.feats.get("Number", ""))
    gender = person_gender or UD_TO_OC_GENDER.get(token.feats.get("Gender", ""))
    if token.feats.get("Case") == "Nom" and (agree is None or _agrees(token, agree)) and not singular:
        return word  # "Строгановское высшее художественное училище" is no "высочайшее"
    forms = vocab(word.lower())
    best = max(forms, key=lambda f: _score(f, case, number, gender, kind, token.pos, agree is not None),
               default=None)
    if best is None or best.tag.POS not in INFLECTING_POS:
        if kind == "PER" and _genitive_of_no_noun(word, case or "", []):
            # "представителя Мирны Талко": a genitive in -ы that pymorphy reads only as a short adjective is a
            # name in -а ("Мирна"), a woman's or a man's alike
            return _first_declension(word, "gent") or word
        if kind == "PER" and gender == "masc" and case:
            # "Райкконена" reads only as a verb's participle: a man's foreign surname declines by rule
            return _declined_by_rule(word, case, "masc", animate=True) or word
        return word
    known: bool = best.is_known  # a dictionary look-up each time it is read: once, for the rules below
    if kind == "PER" and case == "gent" and len(word) > 2 and word.lower().endswith("ы") \
            and all("Fixd" in f.tag.grammemes for f in forms if f.tag.POS in INFLECTING_POS and f.tag.number != "plur"):
        # "в честь Ады Лавлейс": a genitive in "-ы" the dictionary reads in the singular only as an indeclinable
        # word (and as the plural of "ад", which no one person's name is) is a name in "-а" ("Ада"), as where it
        # reads as no noun at all
        return _first_declension(word, "gent") or word
    if kind == "PER" and not known:
        adjectival = (WOMANS_ADJECTIVAL_SURNAME if gender == "femn" else ADJECTIVAL_SURNAME).fullmatch(word)
        if adjectival is not None:
            # "Юрия Заруцкого", "Анной Заруцкой": a surname pymorphy does not know, in "-ского" / "-цкого", is in
            # "-ий", a woman's in "-ская" (the guesser's "-ой" fits the few "Трубецкой", which the dictionary knows)
            return adjectival.group(1) + ("ая" if gender == "femn" else "ий")
    if kind != "PER" and not known and token.pos == "PROPN" and agree is None and best.tag.POS == "ADJF" \
            and gender in ("masc", "femn", "neut") and best.tag.gender in ("masc", "femn", "neut") \
            and best.tag.gender != gender:
        # a guessed adjective of another gender than the tagger gives the name: "от Донстрой" is no "Донстрая"
        return word
    if kind != "PER" and not known and token.pos in ("PROPN", "NOUN") and agree is None \
            and best.tag.POS in ("ADJF", "PRTF") and best.tag.case not in (None, "nomn") \
            and _ends_in_nominative_noun(vocab, word):
        # "в Гринатом": a name the dictionary does not know whose end is a noun it knows in the nominative ("атом")
        # is a compound noun named so, written undeclined, not the oblique case of a guessed adjective "Гринатый"
        return word
    if kind != "PER" and not known and agree is None and (
            token.feats.get("Gender") == "Neut" and best.tag.gender != "neut"
            and word.lower().endswith(INDECLINABLE_END)
            or token.feats.get("Gender") == "Masc" and best.tag.gender == "femn" and SOFT_I.search(word.lower())
            and best.normal_form.endswith("ь")):
        # "Рейс из Кальяри": a place the tagger calls neuter that ends in "-и", "-у", "-е" is a foreign name that
        # does not decline, no guessed feminine "Кальярь"; so is one in "-и" the tagger calls masculine ("в
        # Кальяри"), which no feminine noun in "-ь" is
        return word
    if kind != "PER" and known and number == "sing" and best.tag.number == "plur" and agree is None \
            and not singular and best.normal_form != word.lower() \
            and any(f.is_known and f.tag.case == "nomn" and f.tag.number == "sing" and f.normal_form == word.lower()
                    for f in forms):
        # a noun's nominative singular ("пустынь") the tagger puts in a singular oblique case it has no form of, in
        # which it reads only as another noun's plural ("пустынь" of "пустыня"): the name in apposition stays in
        # its own nominative ("у монастыря Оптина Пустынь")
        return word
    plural = _unknown_genitive_plural(word, forms, kind, case, number, agree, known, singular)
    if plural is not None:
        return plural
    feminine_genitive = _unknown_feminine_genitive(word, forms, kind, case, number, agree, known, singular)
    if feminine_genitive is not None:
        return feminine_genitive
    if kind != "PER" and not known and case == "gent" and number == "sing" and best.tag.number == "plur" \
            and agree is None and not singular:
        # A name the tagger reads as one thing in the genitive that pymorphy only guesses as a genitive plural (of
        # an invented feminine "вкусвилла") stands undeclined: "продукцией Вкусвилл", "от Донстрой"
        return word
    if kind == "PER" and case and not any(f.tag.case == case for f in forms if f.tag.POS in INFLECTING_POS):
        feminine = _feminine_ia(word, case)
        if feminine is not None:
            return feminine
    if kind == "PER" and best.tag.number == "plur" and len(best.normal_form) > len(word) \
            and best.normal_form.startswith(word.lower()):
        # Read as the genitive plural of a guessed feminine name: "Джилл" is no "Джилла", "Пауэлл" no "Пауэлла",
        # "Лагард" no "Лагарда". Family plurals ("Ротенбергов", "Стругацких") lose letters and go on.
        return word
    if kind != "PER" and not known and gender == "femn" and best.tag.gender != "femn" \
            and number != "plur" and case:
        # pymorphy guesses a masculine "невад" for "Неваде"; the tagger says feminine: decline by rule.
        feminine = _first_declension(word, case)
        if feminine is not None:
            return feminine
    if kind != "PER" and not known and token.feats.get("Gender") == "Masc" and best.tag.gender == "femn" \
            and number != "plur" and case == "loct" and VOWEL_E.search(word.lower()) and len(word) > 3:
        # and the converse: pymorphy guesses a feminine "окея" for "в Окее"; the tagger says masculine, and a
        # masculine in "-ей" ("Окей") has its locative in "-ее" too. A place the dictionary knows ("в Корее") is
        # no guess.
        return word[:-1] + "й"
    if kind != "PER" and not known and "Fixd" in best.tag.grammemes and case not in (None, "nomn", "accs"):
        # pymorphy takes an unknown place for an indeclinable word ("Нью-Гэмпшире"); the tagger's gender says
        # how it declines.
        declined = _declined_by_rule(word, case, gender)
        if declined is not None:
            return declined
    if kind == "PER" and gender == "masc" and person_gender != "femn" and case in ("gent", "datv", "accs", "ablt") \
            and "Fixd" in best.tag.grammemes and not known:
        # pymorphy guesses an indeclinable word for an unknown man's surname ("Доминика Рааба", "Сакибу
        # Нисару"); the tagger's oblique case and a consonant before the ending say it declines.
        declined = _declined_by_rule(word, case, "masc", animate=True)
        if declined is not None:
            return declined
    if kind == "PER" and not known and word.lower().endswith("ску") and len(word) > 5:
        # a Romanian surname in "-еску", "-ску" does not decline: "министра Попеску" is no "Попесок"
        return word
    if kind == "PER" and not known and SOFT_I.search(word) \
            and not (case == "gent" and best.tag.case == "gent" and person_gender == "masc" and _genitive_of_ka(word)) \
            and (best.normal_form.endswith(("я", "ь")) or gender == "masc" and best.tag.gender == "femn"):
        # A foreign name in -и does not decline: "Берни Сандерса" is not "Берня", "Мартина Шкрели" is not
        # "Шкрель" (a man's name in -ь has its genitive in -я), "Нэнси Пелоси" is not "Пелось".
        return word
    if kind == "PER" and not known and VOWEL_I.search(word) \
            and (best.normal_form.endswith("й") or gender == "masc" and best.tag.gender == "femn"):
        # "Сундара Пичаи" is not "Пичай": a name in -ай/-ей has its genitive in -я, so a word in -аи/-еи is one
        # that does not decline.
        return word
    if person_gender == "femn" and best.tag.gender == "masc":
        # a woman's name in -ия that the dictionary knows only as a man's "Асий" ("христианке Асии Биби");
        # else a woman's surname with no feminine forms, which does not decline: "Джоанны Стингрей"
        return _feminine_ia(word, "gent") or _feminine_ia(word, "accs") or word
    if kind == "PER" and best.tag.number == "plur" and number == "sing" and gender == "masc" \
            and word.endswith("ий") and person_gender != "femn":
        # a man's name in -ий that is also a woman's genitive plural: "Луций Цецилий" is no "Цецилия"
        return word
    if kind == "PER" and best.tag.number == "plur" and number == "sing" \
            and (not known or not NAME_GRAMS & set(best.tag.grammemes)):
        # One person's name read as a plural: pymorphy's guess of a genitive plural ("Стингрей" of "Стингрея",
        # "Чански" of a place "Чанск") or a common noun ("Эми Кони Барретт" is no "конь"): it stays as written,
        # but for a genitive in -ы, which only a noun in -а has ("О смерти Мендонсы" -> "Мендонса").
        if case == "gent" and (word.endswith("ы") or person_gender == "masc" and _genitive_of_ka(word)) and not known:
            return _first_declension(word, case) or word
        return word
    if kind == "PER" and gender == "masc" and person_gender != "femn" and case in ("gent", "accs") \
            and (best.tag.gender == "femn" or token.rel != "flat:name" and "Name" not in best.tag.grammemes
                 and not any(f.tag.case == case for f in forms if f.tag.POS in INFLECTING_POS)) \
            and best.tag.case == "nomn" and word.endswith("а") \
            and (token.rel == "flat:name" or {"Name", "Surn", "Geox"} & set(best.tag.grammemes)):
        # The tagger reads a man in the genitive where the dictionary knows only a woman's name or a feminine
        # noun in the nominative, or only nominatives: "Илона Маска" is Илон Маск, "Билла Барра" is Билл Барр,
        # "Митта Ромни" (a given name the dictionary knows only as a surname "Митта", in the nominative) is Митт
        # Ромни, where a given name in -а it knows declines ("Лёха" is no "Лёх"). A common noun only after a given
        # name: a lone "Кинопрограмма" the tagger calls a man is no "Кинопрограмм".
        declined = _declined_by_rule(word, case, "masc", animate=True)
        if declined is not None:
            return declined
    if kind == "PER" and gender == "masc" and person_gender != "femn" and case == "datv" and word.endswith("у") \
            and best.tag.gender == "femn" and best.tag.case == "accs" and not any(f.tag.case == "datv" for f in forms) \
            and (token.rel == "flat:name" or {"Name", "Surn"} & set(best.tag.grammemes)):
        # The tagger reads a man's dative where the dictionary knows only a woman's accusative: "Илону Маску" is
        # Илон Маск (a foreign given name ending in a consonant), not Илона Маска.
        declined = _declined_by_rule(word, case, "masc", animate=True)
        if declined is not None:
            return declined
    if kind == "PER" and gender == "masc" and person_gender != "femn" and case == "accs" \
            and CONSONANT_U.search(word.lower()) and not (known and NAME_GRAMS & set(best.tag.grammemes)) \
            and not any(f.tag.case == "accs" and f.tag.gender == "masc" or {"ms-f", "Fixd"} & f.tag.grammemes
                        for f in forms if f.tag.POS == "NOUN"):
        # A man's accusative is his genitive, so a man's word in "-у" after a consonant is no second-declension
        # noun: a surname in it is in "-а" ("Сигэру Исибу" is Исиба, as "Никиту" is Никита; "Таймура Разу" is
        # Раза, no common noun "раз"), a foreign given name before the surname does not decline ("Сигэру" is no
        # woman's "Сигэра"). A name the dictionary knows declines as it says.
        return _first_declension(word, case) or word if token.rel == "flat:name" else word
    if kind == "PER" and best.tag.POS in ("ADJF", "PRTF") and "Surn" not in best.tag.grammemes:
        # "Ромашковым" is no adjective "ромашковый" but the surname Ромашков: Russian surname endings decline
        # by rule when pymorphy only knows an adjective.
        surname = _surname_by_rule(word, person_gender or gender)
        if surname is not None:
            return surname
    if gender == "masc" and not known and best.tag.gender == "femn" and case \
            and not (kind != "PER" and FEMININE_SUFFIX.search(word.lower())):
        # pymorphy guesses a woman's name "Макконнелла" for a man's surname in the genitive, "Тоттенхэма" for
        # the place Тоттенхэм in "в Тоттенхэме"; the tagger says masculine.
        declined = _declined_by_rule(word, case, "masc", animate=kind == "PER")
        if declined is not None:
            return declined
    if case and best.tag.case not in (case, "gen2", "loc2") and best.tag.case != "nomn" and not known:
        # No reading in the tagger's case and the word is only guessed: a man's foreign name ending in a
        # consonant declines by rule ("Митча Макконнелла" -> "Митч Макконнелл"); else keep it as it stands.
        # A dictionary word whose forms all disagree with the tagger is trusted over the tagger ("с Р. Скляром").
        if kind == "PER" and gender == "masc":
            return _declined_by_rule(word, case, "masc", animate=True) or _instrumental_by_rule(word, best) or word
        return word
    grams = {"nomn"}
    if kind == "PER" or singular:
        grams.add("sing")  # a person, or a noun shared by several names ("Смоленской областями")
    if agree is not None and best.tag.POS in ("ADJF", "PRTF"):
        target_number = UD_TO_OC_NUMBER.get(agree.feats.get("Number", ""), "sing")
        grams.add(target_number)
        if target_number == "sing":
            target_gender = _noun_gender(vocab, agree) or UD_TO_OC_GENDER.get(agree.feats.get("Gender", ""))
            if agree.text.isupper() and best.tag.gender in ("masc", "femn", "neut"):
                # an abbreviation has no gender to the tagger or the dictionary; the adjective's own ending has
                # ("Новоселицкую ЦРБ" is "Новоселицкая ЦРБ")
                target_gender = best.tag.gender
            if target_gender:
                grams.add(target_gender)
    # natasha's MorphForm.inflect takes UD grammemes; pymorphy's own method takes OpenCorpora ones.
    inflected = Parse.inflect(best, grams) or Parse.inflect(best, {"nomn"})
    if inflected is None:
        return word
    result: str = inflected.word
    if "ё" not in word.lower():
        result = result.replace("ё", "е")
    if best.tag.POS in ("ADJF", "PRTF") and (len(result) > len(word) + 1
                                             or not _same_stem(result, word)):
        return word  # an adjective keeps its stem: "высшее" is no "высочайшее" of the lemma "высокий"
    if kind == "PER" and gender == "masc" and case:
        stem = _without_fleeting_vowel(result, word, case)
        if stem != result and (not known or _vowel_for_short_i(stem, result)):
            result = stem  # a dictionary word keeps its vowel ("Кравцом" -> "Кравец"), but see _vowel_for_short_i
    return recover_shape(result, word)


# The shortest noun at a compound name's end that marks it ("атом" of "Гринатом"), and the letters before it.
_COMPOUND_TAIL = 4
_COMPOUND_HEAD = 3


def _letter_shaped(vocab: Any, token: Token) -> str | None:
    """A capital letter and an adjective after a hyphen ("Х-образная", "Т-образного") is a common word of shape,
    whatever the tagger takes it for: it declines as the adjective does, never as a name ("Х-образнай")."""
    letter, _, rest = token.text.partition("-")
    if len(letter) != 1 or not letter.isupper() or not rest.isalpha() or not rest.islower():
        return None
    case = UD_TO_OC_CASE.get(token.feats.get("Case", ""))
    forms = [f for f in vocab(rest) if f.tag.POS == "ADJF"]
    if not forms:
        return None
    if any(f.tag.case == "nomn" and f.tag.number == "sing" for f in forms) and case in (None, "nomn"):
        return token.text
    best = max(forms, key=lambda f: (f.tag.case == case, f.tag.number == "sing", f.score))
    grams = {"nomn", "sing", best.tag.gender} if best.tag.number == "sing" and best.tag.gender else {"nomn"}
    inflected = Parse.inflect(best, grams)
    return f"{letter}-{inflected.word}" if inflected is not None else token.text


def _ends_in_nominative_noun(vocab: Any, word: str) -> bool:
    """Whether ``word`` ends in a common noun the dictionary knows, of four letters or more, in the nominative
    singular, after three letters or more: "Гринатом" ("атом"), "Энергобанк" ("банк")."""
    lowered = word.lower()
    for start in range(_COMPOUND_HEAD, len(lowered) - _COMPOUND_TAIL + 1):
        tail = lowered[start:]
        if any(f.tag.POS == "NOUN" and f.is_known and f.tag.case == "nomn" and f.tag.number == "sing"
               and not _PROPER & f.tag.grammemes for f in vocab(tail)):
            return True
    return False


# Oblique endings of a woman's name in "-ия" ("Асии", "Асию", "Асией"; "Асие", a common misspelling of "Асии"),
# which are also forms of a man's "-ий" ("Асий") but for the instrumental.
_IA_OBLIQUE = ("ии", "ию", "ией", "ие")


def _womans_ia_name(vocab: Any, word: str) -> str | None:
    """"Асии", "Асию" of a woman: the nominative "Асия", where the dictionary knows the word only as a form of a
    man's name in "-ий" ("Асий"), whatever case the tagger reads it in ("Женщину ..., Асию Биби": a nominative to
    the tagger). Called only for a woman (the caller's gender); None where the dictionary knows the word as a
    woman's name ("Марии") or as no name."""
    lowered = word.lower()
    ending = next((e for e in _IA_OBLIQUE if lowered.endswith(e)), None)
    if ending is None or len(word) - len(ending) < 2:
        return None
    names = [f for f in vocab(lowered) if "Name" in f.tag.grammemes]
    if not names or not all(f.tag.gender == "masc" and f.normal_form.endswith("ий") for f in names):
        return None
    return word[:-len(ending)] + "ия"


def _two_declining_parts(vocab: Any, token: Token, kind: str) -> str | None:
    """A place of two capitalised names joined by a hyphen whose first part the dictionary knows, as a name, only
    in an oblique case: both parts decline ("в Эмилии-Романье" -> "Эмилия-Романья", "Северного
    Рейна-Вестфалии" -> "Рейн-Вестфалия", "в Каменске-Уральском" -> "Каменск-Уральский"). None where the first
    part reads as a nominative, is unknown or no name, or is the Arabic article: it does not decline
    ("Баден-Вюртемберге", "Улан-Баторе", "Нью-Йорке", "Лос-Анджелесе", "Бока-Чика", "Аль-Каиды")."""
    parts = token.text.split("-")
    if len(parts) != 2 or not all(len(p) >= 3 and p[:1].isupper() and CYRILLIC_WORD.match(p) for p in parts):
        return None
    first, second = parts
    if first.lower() in ARABIC_ARTICLES:
        return None  # "Аль-Каиды": the article does not decline
    known = [f for f in vocab(first.lower()) if f.tag.POS == "NOUN" and f.is_known]
    readings = [f for f in known if _PROPER & f.tag.grammemes and f.tag.case in CASE_ORDER + ("nomn",)]
    # a place's reading where the dictionary has one ("Рейна" of the Rhine, not a woman's "Рейна")
    places = [f for f in readings if "Geox" in f.tag.grammemes]
    single = [f for f in places or readings if f.tag.number == "sing"]
    if not single or any(f.tag.case == "nomn" and f.tag.number == "sing" for f in places or known):
        return None  # "Альфа-Банка": "альфа" is a nominative too
    case = UD_TO_OC_CASE.get(token.feats.get("Case", ""))
    # the tagger's case first, then a feminine name in -ия of a place ("Эмилии": Эмилия, no man's "Эмилий")
    reading = max(single, key=lambda f: (f.tag.case == case, f.tag.gender == "femn"))
    nominative = Parse.inflect(reading, {"nomn", "sing"})
    if nominative is None:
        return None
    head: str = nominative.word
    if "ё" not in first.lower():
        head = head.replace("ё", "е")
    rest = _inflect(vocab, replace(token, text=second, feats={**token.feats, "Case": OC_TO_UD_CASE.get(
        reading.tag.case or "", token.feats.get("Case", ""))}), kind, None, None)
    if rest == second and reading.tag.gender == "femn":
        rest = _first_declension(second, reading.tag.case or "") or second  # "Романье" -> "Романья"
    if rest == second and ("Geox" not in reading.tag.grammemes or reading.tag.case != case):
        # the second part does not decline: the first is no place's oblique form ("Бока-Ратоне"), but for a
        # place in the tagger's case ("в Саксонии-Анхальт"), not another ("Покровском-Стрешнево")
        return None
    return f"{recover_shape(head, first)}-{rest}"


MINISTRY = re.compile(r"^Мин([а-яё]{3,})$")


def _ministry(vocab: Any, word: str) -> str | None:
    """The nominative of a ministry's short name made of "Мин" and a noun. Made of the genitive of what it is the
    ministry of ("Минэкологии", "Минцифры", "Минпросвещения", "Минсвязи": министерство экологии, цифрового
    развития, просвещения, связи: a feminine or neuter noun's genitive), it does not decline; made of a masculine
    noun, the noun declines and the name is "Мин" and its nominative ("Минспорта" -> "Минспорт"). None where the
    rest is no noun the dictionary knows ("Минфина", "Минздраву": pymorphy reads those whole)."""
    match = MINISTRY.match(word)
    if match is None:
        return None
    readings = [f for f in vocab(match.group(1)) if f.tag.POS == "NOUN" and f.is_known and f.tag.number == "sing"
                and not NAME_GRAMS & f.tag.grammemes and "Geox" not in f.tag.grammemes]
    if not readings or any(f.tag.case == "nomn" for f in readings):
        return None
    if any(f.tag.case == "gent" and f.tag.gender in ("femn", "neut") for f in readings):
        return word  # "Минсвязи" too: the ministry's name is the genitive, whatever other case "связи" may be
    if all(f.tag.gender == "masc" for f in readings):
        nominative = readings[0].normal_form
        if "ё" not in word:
            nominative = nominative.replace("ё", "е")
        return "Мин" + nominative if all(f.normal_form == readings[0].normal_form for f in readings) else None
    return None


def _compound_with_noun(vocab: Any, word: str, case: str | None) -> str | None:
    """A name glued by a hyphen to the common noun that heads it ("БКС-банку", "Озон-банке", "Пресс-службой"):
    the noun declines and the name before it does not, so the compound's nominative is the name and the noun's
    nominative, read off the noun alone: in the tagger's case where the noun has a reading in it, else in its
    likeliest (the tagger often reads such a compound a nominative or an accusative it cannot be: "БКС-банку").
    None for any other word ("Нью-Йорке", "Ростов-на-Дону": no lower-case noun of the dictionary after the
    hyphen; "Москвы-реки": a first part the dictionary knows only in an oblique case declines too)."""
    head, _, tail = word.rpartition("-")
    if not head or not head[:1].isupper() or len(tail) < 3 or not tail.isalpha() or not tail.islower():
        return None
    readings = [f for f in vocab(tail) if f.tag.POS == "NOUN" and f.is_known]
    if not readings or any(NAME_GRAMS & f.tag.grammemes for f in readings):
        return None
    heads = [f for f in vocab(head.lower()) if f.is_known and f.tag.POS in INFLECTING_POS]
    if heads and not any(f.tag.case == "nomn" for f in heads):
        return None  # both parts decline: "Москвы-реки", "Медвежонка-сироту"
    best = next((f for f in readings if case and f.tag.case == case), readings[0])
    inflected = Parse.inflect(best, {"nomn", best.tag.number or "sing"}) or Parse.inflect(best, {"nomn"})
    if inflected is None:
        return None
    nominative: str = inflected.word
    if "ё" not in tail:
        nominative = nominative.replace("ё", "е")
    return f"{head}-{nominative}"


# Shorter words in capitals are abbreviations more often than words ("ОПЕК" is no genitive of "опека").
_SHOUTED_LETTERS = 5
_PROPER = frozenset({"Geox", "Name", "Surn", "Orgn"})


def _shouted(vocab: Any, word: str) -> bool:
    """A word written in capitals, as a headline shouts it, that the dictionary knows only in oblique cases (as a
    name, where it knows it as one), no abbreviation: "МИД РОССИИ ВЫЗВАЛ ПОСЛА" has "РОССИИ", to be declined as
    "России" is."""
    if len(word) < _SHOUTED_LETTERS or not word.isalpha():
        return False
    forms = [f for f in vocab(word.lower()) if f.is_known]
    proper = [f for f in forms if _PROPER & f.tag.grammemes]  # "ГЕРМАНИИ": the country's, not the element's
    return bool(forms) and not any({"Abbr", "nomn"} & f.tag.grammemes for f in proper or forms)


def _unknown_genitive_plural(word: str, forms: Sequence[Any], kind: str, case: str | None, number: str | None,
                             agree: Token | None, known: bool, singular: bool) -> str | None:
    """A word the tagger reads as a genitive plural that pymorphy does not know in the plural: "отравление семьи
    Скрипалей" is of the family "Скрипали" (pymorphy guesses a woman "Скрипалея"); "региона Западных Балкан" of
    "Западные Балканы" (a plural-only place with no ending in the genitive, pymorphy guesses a man "Балкан").
    The nominative plural is made by rule: "-ей" after a consonant is a soft stem's "-и"; a place ending in a
    consonant takes "-ы" ("-и" after a velar or hushing consonant)."""
    if case != "gent" or number != "plur" or singular or agree is not None or known \
            or any(f.tag.number == "plur" and f.is_known for f in forms):
        return None
    lowered = word.lower()
    if kind == "PER" and re.search(r"[бвгдзклмнпрстфх]ей$", lowered) and len(word) > 5:
        return word[:-2] + "и"
    if kind == "LOC" and CONSONANT_END.search(lowered) and len(word) > 3 \
            and not any(f.tag.number == "plur" for f in forms):
        return word + ("и" if lowered.endswith(tuple("гкхжшчщ")) else "ы")
    return None


# A genitive singular ending no masculine noun has: "-ы" after a consonant. Not "-и" after "к", "ч" ... nor an
# accusative "-у": foreign names that do not decline end so ("из Миядзаки", "в Ранчи", "в Тимбукту", "в Чэнду").
FEMININE_GENITIVE = re.compile(r"[бвдзлмнпрстфц]ы$")


def _unknown_feminine_genitive(word: str, forms: Sequence[Any], kind: str, case: str | None, number: str | None,
                               agree: Token | None, known: bool, singular: bool) -> str | None:
    """A place the dictionary does not know, which the tagger reads as one thing in the genitive, ending in "-ы"
    after a consonant where pymorphy reads it only as the plural of a guessed masculine noun: "из Гуджранвалы",
    "округа Шекхупуры" are of Гуджранвала and Шекхупура, as "Кампалы" is of Кампала."""
    if kind == "PER" or known or case != "gent" or number != "sing" or agree is not None or singular \
            or len(word) < 5 or not FEMININE_GENITIVE.search(word.lower()):
        return None
    readings = [f for f in forms if f.tag.POS in INFLECTING_POS]
    if not readings or any(f.tag.number != "plur" or f.tag.case == "gent" for f in readings):
        return None
    return _first_declension(word, "gent")


# A foreign surname ending in a sonorant and "ц" (Курц, Шольц, Шварц, Кранц); a Slavic one in "-ец" has the
# vowel after other consonants (Тишковец, Кравец).
FOREIGN_TS = re.compile(r"[рлн]ц$")


def _without_fleeting_vowel(result: str, word: str, case: str) -> str:
    """pymorphy's guess for an unknown name puts a fleeting vowel back ("Курцем" -> "Курец", as "отцом" ->
    "отец"); foreign surnames keep their consonants ("Себастьян Курц"), so the stem as written wins."""
    declined = _declined_by_rule(word, case, "masc", animate=True)
    if declined is None:
        return result
    lowered = declined.lower()
    guessed = result.lower()
    if len(guessed) == len(lowered) and sum(a != b for a, b in zip(guessed, lowered, strict=True)) == 1:
        return lowered  # a guess that changes a written letter ("Поллочика" -> "Поллочек"): the stem as written
    hard = lowered[:-2] + lowered[-1] if lowered[-2:-1] == "ь" else lowered  # "Шольца": "шолец" for "шольц"
    if not FOREIGN_TS.search(hard):
        return result  # a Slavic surname keeps its vowel: "Евгения Тишковца" is "Тишковец"
    if len(result) == len(hard) + 1 and result[-2] in "еоё" and result[:-2] + result[-1] == hard:
        return lowered
    return result


def _vowel_for_short_i(stem: str, result: str) -> bool:
    """Whether the dictionary's nominative puts a vowel where the name as written has "й" before its last "к":
    "Роба Пайка" read as the common noun "паёк" ("пайка") is "Роб Паек", though the name's stem is "Пайк" (Pike,
    Майк). A name that declines so keeps the "й" ("Пайком", "Пайку") and only a handful of common nouns lose it
    ("паёк", "боёк"); Russian surnames of that kind are as rare."""
    stem, result = stem.lower(), result.lower()
    return stem.endswith("йк") and result == stem[:-2] + "ек"


CONSONANT_U = re.compile(r"[бвгджзклмнпрстфхцчшщ]у$")
# A genitive in "-ки", "-ги", "-хи" after a consonant: of a noun in "-ка", "-га", "-ха" ("Олега Дерипаски" is
# Дерипаска, "Дудки" Дудка). Not after a vowel (Japanese "Судзуки", "Сасаки" do not decline) nor a Polish
# "-ски", "-цки" after a consonant ("Збигнева Бжезински", "Навроцки").
KA_GENITIVE = re.compile(r"[бвгджзклмнпрстфхцчшщ][кгх]и$")
POLISH_SKI = re.compile(r"(?:[^аеёоуэюя]с|ц)ки$")


def _genitive_of_ka(word: str) -> bool:
    lowered = word.lower()
    return len(word) > 4 and bool(KA_GENITIVE.search(lowered)) and not POLISH_SKI.search(lowered)


def _feminine_ia(word: str, case: str) -> str | None:
    """"Асию", "Асии" with no reading in the tagger's case: pymorphy knows a man's "Асий", whose accusative is
    "Асия" and genitive "Асия"; -ию and -ии in those cases are the forms of a woman's name in -ия."""
    if case == "accs" and word.endswith("ию") or case in ("gent", "datv", "loct") and word.endswith("ии"):
        return word[:-2] + "ия" if len(word) > 3 else None
    return None


def _same_stem(inflected: str, word: str) -> bool:
    """An adjective's nominative keeps all but the last three letters of its oblique form (ё = е; a soft sign
    may go: "Третьего" -> "Третий")."""
    def plain(text: str) -> str:
        return text.lower().replace("ё", "е").replace("ь", "")
    return plain(inflected).startswith(plain(word)[:-3])


def _noun_gender(vocab: Any, noun: Token) -> str | None:
    """The gender the dictionary gives a known noun in the tagger's case, where all its readings agree: the
    tagger calls "Королевству" masculine, and "Соединенному Королевству" is "Соединенное Королевство"."""
    case = UD_TO_OC_CASE.get(noun.feats.get("Case", ""))
    readings = [f for f in vocab(noun.text.lower()) if f.tag.POS == "NOUN" and (case is None or f.tag.case == case)]
    genders = {f.tag.gender for f in readings}
    if len(genders) == 1 and readings[0].is_known:  # a word pymorphy knows is known in all its readings
        gender: str | None = next(iter(genders))
        return gender if gender in ("masc", "femn", "neut") else None
    return None


def _agrees(adjective: Token, noun: Token) -> bool:
    """The tagger gives an adjective the number and gender of its noun already."""
    number = adjective.feats.get("Number")
    if number != noun.feats.get("Number", "Sing"):
        return False
    return number == "Plur" or adjective.feats.get("Gender") == noun.feats.get("Gender")


# Case endings of feminine nouns in -а/-я (the first declension), oblique case -> nominative.
FIRST_DECLENSION = {
    "gent": (("ии", "ия"), ("ки", "ка"), ("ги", "га"), ("хи", "ха"), ("жи", "жа"), ("ши", "ша"), ("чи", "ча"),
             ("щи", "ща"), ("ы", "а"), ("и", "я")),
    "datv": (("ии", "ия"), ("ье", "ья"), ("е", "а")),
    "loct": (("ии", "ия"), ("ье", "ья"), ("е", "а")),
    "accs": (("ию", "ия"), ("у", "а"), ("ю", "я")),
    "ablt": (("ией", "ия"), ("ой", "а"), ("ою", "а"), ("ей", "я")),
}


def _first_declension(word: str, case: str) -> str | None:
    """"Неваде" -> "Невада", "Аляски" -> "Аляска", "Калифорнией" -> "Калифорния"."""
    for ending, nominative in FIRST_DECLENSION.get(case, ()):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + nominative
    return None


# Case endings of masculine nouns ending in a consonant (the second declension), oblique case -> nominative.
SECOND_DECLENSION = {"gent": ("а",), "datv": ("у",), "loct": ("е",), "ablt": ("ом", "ем")}
# The soft stems' endings ("Скрипаля", "Скрипалю", "Скрипалем" of "Скрипаль"; "Андрея" of "Андрей").
SOFT_SECOND_DECLENSION = {"gent": "я", "datv": "ю", "ablt": "ем"}
HUSHING = "жшщчц"  # after these "ем" is a hard ending: "Курцем" is "Курц"
VOWELS = "аеёиоуыэюя"
CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")
SOFT_I = re.compile(r"[бвгджзклмнпрстфхцчшщ]и$")
VOWEL_I = re.compile(r"[аеоу]и$")


# A place whose stem ends in a suffix of feminine nouns ("Мартыновка", "Чуприяновка", "Кукуевка") declines
# as one, whatever gender the tagger gives: "в Мартыновке" is no masculine "Мартыновк".
FEMININE_SUFFIX = re.compile(r"[вбмпфдз]к(?:е|и|у|ой)$")


def _declined_by_rule(word: str, case: str, gender: str | None, animate: bool = False) -> str | None:
    """An unknown place in an oblique case: "Нью-Гэмпшире" -> "Нью-Гэмпшир" (masculine), "Неваде" -> "Невада";
    a man's accusative is his genitive ("назвал Йенса Лемана" -> "Леман"), a thing's is its nominative."""
    if gender == "femn":
        return _first_declension(word, case)
    if gender != "masc":
        return None
    endings = SECOND_DECLENSION.get("gent" if animate and case == "accs" else case, ())
    for ending in endings:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) > (1 if animate else 2) and CONSONANT_END.search(stem):
            return stem
    return _soft_declined(word, "gent" if animate and case == "accs" else case, animate)


def _instrumental_by_rule(word: str, best: Any) -> str | None:
    """A man's unknown surname that pymorphy reads as an instrumental where the tagger gives another case: "-ом"
    after a consonant is the instrumental of a masculine noun and nothing else ("с соратником Мумджяном" ->
    "Мумджян", whatever case the tagger reads)."""
    if best.tag.case != "ablt" or best.tag.gender != "masc" or not word.endswith("ом"):
        return None
    stem = word[:-2]
    return stem if len(stem) > 2 and CONSONANT_END.search(stem) else None


def _soft_declined(word: str, case: str, animate: bool = False) -> str | None:
    """"Скрипаля" -> "Скрипаль", "Брюсселем" -> "Брюссель", "Андрея" -> "Андрей": a masculine soft stem."""
    ending = SOFT_SECOND_DECLENSION.get(case)
    if ending is None or not word.endswith(ending) or len(word) < len(ending) + 3:
        return None
    stem = word[: -len(ending)]
    if FEMININE_SURNAME.search(word.lower()):
        return None  # "Изральская", "Вишневская": a feminine adjective's nominative, no genitive of a "-скай"
    if stem[-1].lower() in VOWELS:
        # "Андрея" -> "Андрей"; an instrumental "-ем" after a vowel only of a person ("Михаем" -> "Михай")
        return stem + "й" if ending != "ем" or animate else None
    if stem[-1].lower() in HUSHING or not CONSONANT_END.search(stem):
        return None
    return stem + "ь"


# "-е" after a vowel: the locative of a noun in "-ея" or "-ей" ("Корее", "Окее").
VOWEL_E = re.compile(r"[аеиоуыэюя]е$")


# A man's adjectival surname in an oblique case: "Заруцкого", "Заруцкому", "Заруцким", "Заруцком".
ADJECTIVAL_SURNAME = re.compile(r"([А-ЯЁ][а-яё]+[сц]к)(?:ого|ому|им|ом)")
WOMANS_ADJECTIVAL_SURNAME = re.compile(r"([А-ЯЁ][а-яё]+[сц]к)(?:ой|ую)")
SURNAME_ENDINGS = re.compile(r"^(.+?(?:ов|ев|ёв|ин|ын))(а|у|ым|ом|е|ой|ы|ых|ым)$")


def _surname_by_rule(word: str, gender: str | None) -> str | None:
    """"Ромашковым" -> "Ромашков", "Ромашковой" -> "Ромашкова" (with the person's gender)."""
    match = SURNAME_ENDINGS.match(word)
    if match is None:
        return None
    stem, ending = match.groups()
    if gender == "femn":
        return stem + "а" if ending in ("ой", "у") else None
    return stem if ending in ("а", "у", "ым", "ом", "е") else None


def _quoted(tokens: Sequence[Token]) -> set[int]:
    """Indexes (within ``tokens``) of the words inside quotes: «Казинформ» stays as written."""
    inside: set[int] = set()
    depth = 0
    for i, token in enumerate(tokens):
        if token.text in OPEN_QUOTES and (depth == 0 or token.text not in CLOSE_QUOTES):
            depth += 1
            continue
        if token.text in CLOSE_QUOTES and depth:
            depth -= 1
            continue
        if depth:
            inside.add(i)
    return inside


def _inflectable(tokens: Sequence[Token], all_tokens: Sequence[Token], offset: int) -> dict[int, int | None]:
    """Which words of a non-person name inflect: the phrase's head and adjectives agreeing with it.

    Returns {index within tokens: index of the word it agrees with, or None for a head}.
    """
    inside = {offset + i for i in range(len(tokens))}
    result: dict[int, int | None] = {}
    # slovnet sometimes attaches a word to itself; such a word is a head too.
    heads = [i for i, t in enumerate(tokens) if t.head not in inside or t.head == offset + i]
    if not heads:  # a cycle ("Малым Магеллановым Облаком"): the first noun that is no adjective
        heads = [max(range(len(tokens)),
                     key=lambda i: tokens[i].pos in ("NOUN", "PROPN") and not _adjective_like(tokens[i]))]
    # The first head only: "Министерство иностранных дел" has one, an odd parse of a name may have several.
    if not heads:
        return result
    root = _noun_after_adjective(tokens, heads[0])
    result[root] = None
    if len(tokens) > 1 and all(_adjective_like(t) and t.pos == "ADJ" for t in tokens):
        # adjectives alone, their noun outside the name ("на участках Малой Очаковской и Никулинской улиц"): each
        # agrees with the first, though the parser hangs each on the noun
        result.update({i: root for i in range(len(tokens)) if i != root})
        return result
    for i in range(heads[0], root):
        if _adjective_like(tokens[i]) and tokens[i].feats.get("Case") == tokens[root].feats.get("Case"):
            result[i] = root
    stack = [root]
    while stack:
        parent = stack.pop()
        for i, token in enumerate(tokens):
            agrees = token.head == offset + parent and token.rel in ("amod", "acl") and _adjective_like(token)
            if agrees and i not in result:
                result[i] = root
                stack.append(i)
    return result


OC_TO_UD_CASE = {oc: ud for ud, oc in UD_TO_OC_CASE.items()}


def _declining_last(vocab: Any, tokens: Sequence[Token], offset: int, plan: dict[int, int | None]) -> Token | None:
    """A foreign place of capitalised words written apart, the later ones flat under the first ("в Сан Луисе",
    "в Нови Саде"): the case is on the last word, and the first, which has no reading in that case ("Сан") or
    only one of another gender ("Нови": of the feminine "новь"), stays. A first word Russian does not know at all
    ("Лос", "Нью") marks such a name whatever the parser made of the words after it ("Анджелесе" an nmod of
    "Лос", "Йорке" a head of its own), and lends its case to a last word the tagger reads as a nominative ("из Лос
    Анджелеса": "Лос" genitive, "Анджелеса" a feminine nominative). The last word to decline, with the case it
    declines from, or None for any other name (or a last word ending in a vowel other than the "-е" of the
    prepositional: "Иттан Вали" stays)."""
    if len(tokens) < 2:
        return None
    capitalised = all(t.text[:1].isupper() and t.text.isalpha() for t in tokens[1:])
    flat = list(plan) == [0] and all(t.rel.startswith("flat") and t.head == offset and t.text[:1].isupper()
                                     for t in tokens[1:])
    if not capitalised and not flat:
        return None  # most names ("Министерство иностранных дел"): no dictionary lookup
    readings = vocab(tokens[0].text.lower())
    unknown = all(str(f.tag) == "UNKN" for f in readings)
    if not (capitalised if unknown else flat):
        return None
    last = tokens[-1]
    if unknown and last.feats.get("Case", "Nom") == "Nom" and tokens[0].feats.get("Case", "Nom") != "Nom" \
            and tokens[0].text[:1].isupper() and tokens[0].text.isalpha():
        feats = {k: v for k, v in last.feats.items() if k != "Gender"}  # the gender was read with the wrong case
        last = replace(last, feats={**feats, "Case": tokens[0].feats["Case"]})
    case = UD_TO_OC_CASE.get(last.feats.get("Case", ""))
    gender = UD_TO_OC_GENDER.get(last.feats.get("Gender", ""))
    if case in (None, "nomn") or last.text.lower().endswith(tuple("иоуюэ")) \
            or any(f.tag.case == case and (gender is None or f.tag.gender in (None, gender)) for f in readings):
        return None  # "Иттан Вали": a foreign word in -и stays as written
    return last


def _with_title_adjective(vocab: Any, token: Token, person_gender: str | None) -> str | None:
    """"Буша-младшего" -> "Буш-младший", "Кеннеди-младшего" -> "Кеннеди-младший": a surname joined to an
    adjective declines as two words, in the case the adjective's ending shows (the tagger reads the whole word
    as one unknown name and often gets its case wrong)."""
    head, _, last = token.text.rpartition("-")
    if not CYRILLIC_WORD.match(head) or not last.islower():
        return None
    tagged = UD_TO_OC_CASE.get(token.feats.get("Case", ""))
    readings = [f for f in vocab(last) if f.tag.POS == "ADJF" and f.is_known and f.tag.number == "sing"]
    if not readings:
        return None
    reading = next((f for f in readings if f.tag.case == tagged), readings[0])
    gender = "femn" if reading.tag.gender == "femn" else "masc"
    nominative = Parse.inflect(reading, {"nomn", "sing", gender})
    if nominative is None or reading.tag.case == "nomn":
        return None
    feats = {**token.feats, "Case": OC_TO_UD_CASE.get(reading.tag.case, "Gen"), "Number": "Sing",
             "Gender": "Fem" if gender == "femn" else "Masc"}
    surname = _inflect(vocab, replace(token, text=head, feats=feats), "PER", None, person_gender or gender)
    return f"{surname}-{nominative.word}"


def _hyphenated_name(vocab: Any, token: Token, person_gender: str | None) -> str | None:
    """"Азию-Биби" -> "Азия-Биби", "Саифа-ул-Мулука" -> "Саиф-ул-Мулук", "Салтыкова-Щедрина" -> "Салтыков-Щедрин":
    each capitalised part of a hyphenated name declines on its own (or stays, as "Биби" and "Жан" in "Жан-Пьера"
    do); lower-case particles stay as written, and so does the Arabic article even when capitalised ("Доди
    Аль-Файеда" -> "Аль-Файед", no "Аля")."""
    parts = token.text.split("-")
    if len(parts) < 2 or not CYRILLIC_WORD.match(token.text) or not parts[-1][:1].isupper():
        return None  # "БКС-банка" ends in a common noun, which declines as one word with it
    token = _case_of_adjectival_part(token, parts[-1], person_gender)
    return "-".join(part if not part[:1].isupper() or len(part) < 2 or _arabic_nisba(parts, k)
                    or k < len(parts) - 1 and part.lower() in ARABIC_ARTICLES
                    else _inflect(vocab, replace(token, text=part), "PER", None, person_gender)
                    for k, part in enumerate(parts))


# The case a man's adjectival surname's ending shows (a woman's "-ой" may be any oblique case).
_ADJECTIVAL_CASE = {"ого": "Gen", "ому": "Dat", "им": "Ins", "ом": "Loc"}


def _case_of_adjectival_part(token: Token, last: str, person_gender: str | None) -> Token:
    """A double surname whose last part is adjectival ("Коробкову-Землянскому"): both parts are in the case that
    part's ending shows, whatever the tagger read (a genitive for the dative "Коробкову-Землянскому было 40
    лет"). A man's ending only where the person is no woman ("Коробковой-Землянской" shows no case)."""
    if person_gender == "femn":
        return token
    match = ADJECTIVAL_SURNAME.fullmatch(last)
    if match is None:
        return token
    case = _ADJECTIVAL_CASE[last[len(match.group(1)):]]
    if token.feats.get("Case") == case:
        return token
    return replace(token, feats={**token.feats, "Case": case, "Gender": "Masc"})


# The Arabic article as Russian writes it before a name ("аль-Асад", "ас-Сиси", "эль-Бурхан", "ад-Дабейба").
ARABIC_ARTICLES = frozenset({"аль", "ал", "эль", "эл", "ас", "ад", "ат", "ан", "ар", "аш", "аз", "эс", "эд", "эт",
                             "эн", "эр", "эш", "эз"})


def _arabic_nisba(parts: Sequence[str], index: int) -> bool:
    """Whether ``parts[index]`` is a name in "-и" after the Arabic article: "ас-Сиси", "аль-Малики", "аль-Багдади"
    do not decline (a dictionary's "сися" or a guessed "Малик" read into them is wrong), where "аль-Асаду" does."""
    return index > 0 and parts[index - 1].lower() in ARABIC_ARTICLES and parts[index].lower().endswith("и")


# The words that join an Arabic man's name to his father's ("Тамим бен Хамад", "Мухаммед бин Салман", "Абдалла
# ибн Абдель Азиз"): the chain is one man's name, each of its names in the case of the first.
ARABIC_LINKS = frozenset({"бен", "бин", "ибн"})


def _arabic_chain(tokens: Sequence[Token]) -> tuple[list[Token], set[int]]:
    """A man's name chained to his father's by "бен"/"бин"/"ибн" declines name by name in one case, the case the
    tagger and the rules before read on its first word (his own name): the tagger reads the later names apart and
    often as nominatives ("Тамиму бен Хамаду" was "Тамим бен Хамаду"), or as a woman's ("Хамада бин Халифы" kept
    "Хамада"). The links and a written-apart Arabic article ("Аль Тани") never decline ("Аль" is no "Аля"), nor
    a name after that article in a vowel other than "-а"/"-я" ("Тани" is no "Таня"). Returns the tokens with
    their case and the indices that stay as written; the tokens unchanged and nothing kept for any other name."""
    # the links are written small: "Коби Бин Брайант" has a middle name, no link
    links = [i for i, t in enumerate(tokens) if t.text in ARABIC_LINKS]
    if not links or links[0] == 0 or not all(t.text[:1].isupper() for t in tokens[:links[0]]):
        return list(tokens), set()
    case = tokens[0].feats.get("Case")
    keep = set(links)
    result = []
    for i, token in enumerate(tokens):
        lower = token.text.lower()
        after_article = i > 0 and tokens[i - 1].text.lower() in ARABIC_ARTICLES
        if lower in ARABIC_ARTICLES or after_article and lower[-1:] in "иоэ":
            keep.add(i)
        elif i not in keep and case is not None and token.text[:1].isupper():
            token = replace(token, feats={**token.feats, "Case": case, "Gender": "Masc"})
        result.append(token)
    return result, keep


def _indeclinable_given_name(vocab: Any, tokens: Sequence[Token]) -> set[int]:
    """A given name in "-и" the dictionary knows as an indeclinable name ("Люси", "Нэнси") before a surname
    that does not decline either ("Летби"): the foreign name as written, no genitive of a Russian one ("медсестры
    Люси Летби" was "Люся Летби"). A declining surname beside it declines the name too ("Анне Ивановой").
    Returns {0} where the first word stays, else nothing."""
    if len(tokens) < 2 or not tokens[0].text.endswith("и") or not tokens[-1].text.endswith(("и", "о", "э")):
        return set()
    readings = vocab(tokens[0].text.lower())
    return {0} if any(f.is_known and {"Fixd", "Name"} <= f.tag.grammemes for f in readings) else set()


def _common_noun_given_name(vocab: Any, tokens: Sequence[Token], words: Sequence[str]) -> bool:
    """A man's foreign given name the dictionary reads only as a common noun's nominative ("Роба" of "роба",
    "Марена" of "марена"), in the oblique case the tagger gives it and his surname, which declines in it ("Роба
    Пайка", "Марена Мерсенна"): his name declines too ("Роб", "Марен"), no woman's nominative stays."""
    first, last = tokens[0], tokens[-1]
    case = UD_TO_OC_CASE.get(first.feats.get("Case", ""))
    if len(tokens) < 2 or case in (None, "nomn") or first.feats.get("Gender") != "Masc" \
            or last.feats.get("Case") != first.feats.get("Case") or words[-1] == last.text or words[0] != first.text:
        return False
    readings = [f for f in vocab(first.text.lower()) if f.tag.POS in INFLECTING_POS]
    return bool(readings) and all(f.is_known and f.tag.case == "nomn" and "inan" in f.tag.grammemes
                                  and not NAME_GRAMS & f.tag.grammemes for f in readings)


# Cases a name's words may share where the tagger's reading fails; never the nominative, which would leave a
# name the tagger reads in an oblique case as written ("Илона Маска").
CASE_ORDER = ("gent", "datv", "accs", "ablt", "loct")


def _agreeing_cases(vocab: Any, tokens: Sequence[Token]) -> list[Token]:
    """The words of a person's name share one case; where the tagger gives a word a case pymorphy cannot read
    it in, take another word's case that it can ("Джоанны" dative beside "Стингрей" genitive), or else a case
    every declining word of the name reads in ("Наине Иосифовне" tagged nominative: both are dative).
    """
    cases = [t.feats.get("Case", "") for t in tokens if t.feats.get("Case")]
    if len(tokens) < 2:
        return list(tokens)
    # one person's name is singular: a word read only as a plural ("Марчел" of "марчела") gives no case to share
    readings = [[f for f in vocab(t.text.lower()) if f.tag.POS in INFLECTING_POS and f.tag.number != "plur"]
                for t in tokens]
    readable = [{f.tag.case for f in r} for r in readings]
    # words that decline (an indeclinable "Хорхе" reads in every case and says nothing)
    declining = [{f.tag.case for f in r if "Fixd" not in f.tag.grammemes} for r in readings]
    own_cases = [UD_TO_OC_CASE.get(t.feats.get("Case", "")) for t in tokens]
    # a case shared by all only where no declining word reads in its own ("Федор Мирзоянов" is nominative)
    unread = all(own not in r for own, r in zip(own_cases, declining, strict=True) if r)
    # a word's own cases are those of its declining readings where it has any: "Нисару" reads as a nominative
    # only as pymorphy's guess of an indeclinable word, and goes with "Сакибу" into the dative
    own_readable = [d or r for d, r in zip(declining, readable, strict=True)]
    # the shared case is one in which every word reads as a name, and a locative only as a name the dictionary
    # knows (no locative goes without its preposition, which the tagger sees): "Яуке Шрале" is not in the
    # locative of pymorphy's guesses "Яук" and "Шрала"; a place or an organisation the dictionary knows is no
    # person's name: "Туре" (of "Тура", a river) gives "Амаду Тумани Туре" no dative
    named = [{f.tag.case for f in r if "Fixd" not in f.tag.grammemes and _PROPER & f.tag.grammemes
              and (f.is_known or f.tag.case != "loct") and (not f.is_known or NAME_GRAMS & f.tag.grammemes)}
             for r in readings]
    # a word before the surname with no reading as a name (an unknown given name pymorphy guesses as a common
    # noun: "Такеру") shares a dative or an instrumental its declining readings have, the cases whose endings no
    # nominative has: "Интервью Такеру Карлсону" is dative ("Румейса" may be a woman's nominative, no genitive);
    # a surname must read as a name in the case ("Корине Крецу": no dative "Крец")
    # a surname that does not decline ("Ба", "Туре") shows the name's case no more than the tagger does, and a
    # word pymorphy only guesses at gives it none either: "Премьер Мамаду Оури Ба заявил" is no dative of a
    # guessed "Мамад"
    last_declines = bool(declining[-1])
    named = [r or (d & {"datv", "ablt"} if k < len(tokens) - 1 else r)
             for k, (r, d, reading) in enumerate(zip(named, declining, readings, strict=True))
             if d and (last_declines or any(f.is_known for f in reading))]
    declining = [r for r in declining if r]
    common = set.intersection(*named) if len(named) > 1 and unread else set()
    result = []
    for token, cases_read, reading in zip(tokens, own_readable, readings, strict=True):
        own = UD_TO_OC_CASE.get(token.feats.get("Case", ""))
        if own is not None and cases_read and own not in cases_read and not _mans_dative(token, reading):
            # a word the tagger reads as a nominative keeps it unless no word of the name reads in its own case
            # ("Амаду Тумани Туре" is no "Тура" for a dative "Амаду")
            other = _oblique_for_nominative(token.text, cases_read, cases, _beside_mans_dative(tokens, readings,
                                                                                                token)) \
                if own == "nomn" else next(
                (UD_TO_OC_CASE[c] for c in reversed(cases) if UD_TO_OC_CASE.get(c) in cases_read), None)
            if other is None:
                other = next((c for c in CASE_ORDER if c in common), None)
            if other is not None:
                token = replace(token, feats={**token.feats, "Case": OC_TO_UD_CASE[other]})
        result.append(token)
    return result


def _mans_oblique_given_name(vocab: Any, tokens: Sequence[Token]) -> list[Token]:
    """A man's given name that the dictionary reads in no nominative, in the oblique case the tagger gives it,
    before a surname the tagger calls a woman's nominative that also reads as a man's in that case: the surname
    is his ("Мать Ивана Петрова": the parser hangs "Петрова" on "Мать" and gives it her gender; she is Иван
    Петров's mother, no "Иван Петрова"). A given name that may be a woman's nominative ("Александра Петрова")
    says nothing."""
    if len(tokens) < 2:
        return list(tokens)
    first = tokens[0]
    case = UD_TO_OC_CASE.get(first.feats.get("Case", ""))
    readings = [f for f in vocab(first.text.lower()) if f.tag.POS in INFLECTING_POS]
    if case in (None, "nomn") or not readings \
            or not all(f.is_known and "Name" in f.tag.grammemes and f.tag.gender == "masc" and f.tag.case != "nomn"
                       for f in readings) \
            or not any(f.tag.case == case for f in readings):
        return list(tokens)
    result = [first]
    for token in tokens[1:]:
        if token.feats.get("Case") == "Nom" and token.feats.get("Gender") == "Fem" \
                and any("Surn" in f.tag.grammemes and f.tag.gender == "masc" and f.tag.case == case
                        for f in vocab(token.text.lower())):
            token = replace(token, feats={**token.feats, "Case": first.feats["Case"], "Gender": "Masc"})
        result.append(token)
    return result


def _mans_dative(token: Token, readings: Sequence[Any]) -> bool:
    """A man's dative in -у the dictionary reads only as a woman's accusative: "Илону" (of Илон, not Илона),
    "Маску"; the tagger's masculine dative is kept for it."""
    return token.feats.get("Case") == "Dat" and token.feats.get("Gender") == "Masc" and token.text.endswith("у") \
        and bool(readings) and all(f.tag.case == "accs" and f.tag.gender == "femn" for f in readings)


# A foreign name ending in one of these vowels does not decline: "Маргрете", "Коку", "Мулви".
INDECLINABLE_END = tuple("еиоуэю")


def _framed_cases(vocab: Any, tokens: Sequence[Token], all_tokens: Sequence[Token], offset: int) -> list[Token]:
    """The case of a person's name is the case of the noun it stands in apposition to ("министру внутренних дел
    Саджиду Джавиду": dative, whatever the tagger gives each word), or else of its first word that declines
    and reads in the case the tagger gives it ("с Бесселем Коку": instrumental). A word that reads in that case
    takes it; one ending in a vowel that the tagger too puts in that case but that cannot be in it is a foreign
    name that does not decline and stays as written ("еврокомиссаром Маргрете Вестагер" is no "Маргрета"; "Коку"
    is no "Кок"), but for the forms of a woman's name in -ия ("христианке Асии Биби": a man's "Асий" to the
    dictionary)."""
    if len(tokens) < 2:
        return list(tokens)
    frame = _apposition_case(tokens, all_tokens, offset)
    from_syntax = frame is not None
    if not from_syntax and not any(t.feats.get("Case", "Nom") != "Nom" and _maybe_indeclinable(t.text)
                                   for t in tokens):
        return list(tokens)  # the usual name: nothing below can change it, and no dictionary look-up
    readings = [[f for f in vocab(t.text.lower()) if f.tag.POS in INFLECTING_POS] for t in tokens]
    declining = [{f.tag.case for f in r if "Fixd" not in f.tag.grammemes} for r in readings]
    if frame is None:
        frame = next((own for own, cases in zip((UD_TO_OC_CASE.get(t.feats.get("Case", "")) for t in tokens),
                                                declining, strict=True) if own and own != "nomn" and own in cases),
                     None)
    if frame is None:
        return list(tokens)
    named_nominative = any(t.feats.get("Case") == "Nom" and not _maybe_indeclinable(t.text) for t in tokens)
    result = []
    for token, cases, reading in zip(tokens, declining, readings, strict=True):
        own = UD_TO_OC_CASE.get(token.feats.get("Case", ""))
        if own == frame and _maybe_indeclinable(token.text) and not _mans_dative(token, reading) \
                and not _mans_accusative_in_u(token, frame) and not _feminine_accusative(token, reading) and (
                frame not in cases | {f.tag.case for f in reading}
                or not from_syntax and named_nominative and not _name_reading(reading, frame)):
            # no reading in the case, or (beside a word the tagger reads as a nominative) only a common noun's:
            # "Тору Камикава" is no "Тор"
            token = replace(token, feats={**token.feats, "Case": "Nom"})
        elif from_syntax and own != frame and (frame in cases or _genitive_of_no_noun(token.text, frame, reading)):
            token = replace(token, feats={**token.feats, "Case": OC_TO_UD_CASE[frame]})
        result.append(token)
    return result


def _feminine_accusative(token: Token, readings: Sequence[Any]) -> bool:
    """A word in "-у" the tagger calls a feminine accusative and the dictionary knows as one: "купил Тойоту
    Ярис" declines (a car named as a person's name is still "Тойота"), where a foreign man's "Тору" that the
    tagger calls masculine does not."""
    return token.feats.get("Case") == "Acc" and token.feats.get("Gender") == "Fem" and token.text.endswith("у") \
        and any(f.is_known and f.tag.case == "accs" and f.tag.gender == "femn" and f.tag.POS == "NOUN"
                for f in readings)


def _mans_accusative_in_u(token: Token, frame: str) -> bool:
    """A man's surname after his given name in an accusative in "-у" after a consonant: the ending of a noun in
    "-а" ("Сигэру Исибу" is Исиба), no indeclinable word (a man's accusative of a noun ending in a consonant is in
    "-а")."""
    return frame == "accs" and token.rel == "flat:name" and token.feats.get("Gender") == "Masc" \
        and bool(CONSONANT_U.search(token.text.lower()))


def _genitive_of_no_noun(word: str, case: str, readings: Sequence[Any]) -> bool:
    """A genitive in "-ы" of a name that the dictionary reads as no noun at all ("Мирны" of Мирна: only the
    short adjective "мирны" to pymorphy): only a noun in "-а" has that ending, and no nominative of one name has
    it."""
    return case == "gent" and not readings and len(word) > 3 and word.lower().endswith("ы")


def _name_reading(readings: Sequence[Any], case: str) -> bool:
    """A reading of a given name, surname or place in ``case``."""
    return any(f.tag.case == case and _PROPER & f.tag.grammemes for f in readings)


def _maybe_indeclinable(word: str) -> bool:
    """A word shaped like a foreign name that does not decline: it ends in a vowel other than "а", "я", "ы",
    and not in the "-ии", "-ию" of a woman's name in -ия."""
    lowered = word.lower()
    return len(word) > 2 and lowered.endswith(INDECLINABLE_END) and not lowered.endswith(("ии", "ию"))


def _apposition_case(tokens: Sequence[Token], all_tokens: Sequence[Token], offset: int) -> str | None:
    """The oblique case of the noun naming a person that a name stands in apposition to ("министру" of "министру
    Саджиду")."""
    inside = range(offset, offset + len(tokens))
    for token in tokens:
        if token.rel == "appos" and token.head not in inside and 0 <= token.head < len(all_tokens):
            head = all_tokens[token.head]
            # a person's noun only: the parser also hangs a name on the noun before ("Руководитель центра Э.
            # Чернова создаёт": no genitive of "центра")
            if head.pos != "NOUN" or head.feats.get("Animacy") != "Anim":
                return None
            case = UD_TO_OC_CASE.get(head.feats.get("Case", ""))
            return case if case != "nomn" else None
    return None


def _beside_mans_dative(tokens: Sequence[Token], readings: Sequence[Sequence[Any]], token: Token) -> bool:
    """Another word of the name is a man's dative to the tagger that reads as nothing else of a person: a
    masculine dative and no accusative ("Бесселю" of Бессель), where a woman's name would stand in the
    accusative ("Лерчек Чекалину")."""
    for other, reading in zip(tokens, readings, strict=True):
        if other is token or other.feats.get("Case") != "Dat" or other.feats.get("Gender") != "Masc":
            continue
        declining = [f for f in reading if "Fixd" not in f.tag.grammemes and f.tag.POS == "NOUN"]
        if declining and all(f.tag.case == "datv" and f.tag.gender == "masc" for f in declining):
            return True
    return False


def _oblique_for_nominative(word: str, cases_read: set[str], cases: Sequence[str],
                            mans_dative: bool = False) -> str | None:
    """A word the tagger calls a nominative that cannot be one and ends in a consonant (a case ending after a
    foreign stem): "с главой МИД Линасом Линкявичюсом" takes the case of "Линасом"; "Гайко Маасом", whose given
    name does not decline, the instrumental its "-ом" alone reads in. A word ending in a vowel keeps its
    nominative: a foreign "Туре" does not decline."""
    if CONSONANT_U.search(word.lower()) and "datv" in cases_read and ("accs" not in cases_read or mans_dative) \
            and "Dat" in cases:
        # "позвонил Олафу Шольцу": "-у" after a consonant beside a dative is a dative, no nominative; not where it
        # may be a woman's accusative ("Лерчек Чекалину", of Чекалина), unless beside a word that is only a man's
        # dative ("Бесселю Коку": Кок, no woman's "Кока")
        return "datv"
    if not CONSONANT_END.search(word.lower()) and not word.lower().endswith("ы"):
        return None  # "-ы" is no singular nominative either: "Иск Дженны Эллис" takes the genitive of "Эллис"
    other = next((UD_TO_OC_CASE[c] for c in reversed(cases)
                  if UD_TO_OC_CASE.get(c) not in (None, "nomn") and UD_TO_OC_CASE[c] in cases_read), None)
    if other is None and cases_read == {"ablt"}:
        other = "ablt"
    if other is None and word.lower().endswith("ы") and "gent" in cases_read:
        other = "gent"  # "Кирстен Синемы", all nominatives to the tagger: "-ы" is the genitive of "Синема"
    return other


def _noun_after_adjective(tokens: Sequence[Token], root: int) -> int:
    """The parser sometimes heads a name with its adjective ("Соединённого" over "Королевства" in "Жители
    Соединённого Королевства"); the noun after it in the same case is the head then."""
    if not _adjective_like(tokens[root]):
        return root
    case = tokens[root].feats.get("Case")
    for i in range(root + 1, len(tokens)):
        if _adjective_like(tokens[i]):
            continue
        if tokens[i].pos in ("NOUN", "PROPN"):
            if case == "Gen" and tokens[i].rel == "nmod" and _no_adjective_ending(tokens[root].text):
                return root  # a genitive hung on a noun the tagger took for an adjective: "Колледжа метрополитена"
            return i if case and tokens[i].feats.get("Case") == case else root
        return root
    return root


# Endings of a noun's case that no full adjective has ("Колледжа", "Колледжу", "Колледж"), save for a possessive
# adjective's ("Часова Яра", "Мамаева кургана").
NOUN_ONLY_ENDING = re.compile(r"(?:[^ая]а|[^аяиы]я|[^мо]у|[бвгджзклнпрстфцчшщ])$")
POSSESSIVE_ENDING = re.compile(r"(?:ов|ев|ёв|ин|ын)[ау]?$")


def _no_adjective_ending(word: str) -> bool:
    """A word the tagger calls an adjective whose ending no full adjective has: the noun heading a name, with a
    genitive after it ("Студента Колледжа метрополитена": the college of the underground, no "Колледж
    метрополитен")."""
    lowered = word.lower()
    return bool(NOUN_ONLY_ENDING.search(lowered)) and not POSSESSIVE_ENDING.search(lowered)


# Endings no Russian noun has but adjectives do: a capitalised adjective the tagger calls a proper noun
# ("Среднеуральского медеплавильного завода", "Малым Магеллановым Облаком").
ADJECTIVE_ONLY_ENDING = re.compile(
    r"(?:ого|его|ому|ему|ыми|ими|ую|юю|[сц]кой|[сц]кая|[сц]кий|[сц]ким|[сц]ких|овым|евым)$")


def _adjective_like(token: Token) -> bool:
    """An adjective to the tagger, or a proper noun shaped or attached like one."""
    if token.pos in ("ADJ", "VERB"):
        return True
    return token.pos == "PROPN" and (token.rel == "amod" or bool(ADJECTIVE_ONLY_ENDING.search(token.text.lower())))


def _person_gender(vocab: Any, tokens: Sequence[Token]) -> str | None:
    """The gender of a person from the first word pymorphy reads as a given name in the tagger's case."""
    for token in tokens:
        case = UD_TO_OC_CASE.get(token.feats.get("Case", ""))
        for form in vocab(token.text.lower()):
            agrees = UD_TO_OC_GENDER.get(token.feats.get("Gender", ""), form.tag.gender) == form.tag.gender
            fixed = "Fixd" in form.tag.grammemes
            if "Name" in form.tag.grammemes and (case is None or form.tag.case == case) and form.tag.number == "sing" \
                    and (form.is_known and (agrees or not fixed) or not fixed and agrees):
                # a guessed indeclinable name says nothing of gender ("Канье Уэста" is a man's), nor a guess the
                # tagger's gender denies ("аль-Барадеи" is no woman's "аль-Барадея"), nor a known indeclinable one
                # it denies ("Ады Лавлейс" is the genitive of a woman's "Ада", no man's "Ады")
                gender: str | None = form.tag.gender
                return gender
    return None


CONSONANT_OR_SOFT_END = re.compile(r"[бвгджзклмнпрстфхцчшщь]$")
# A surname in "-ых"/"-их", the old genitive plural of an adjective ("Черных", "Седых", "Долгих"), declines for
# neither a man nor a woman; "-овых", "-иных", "-ских" are the plural of a family ("Артёма Чекалиных" beside his
# wife, "Бориса Стругацких" beside his brother).
SIBERIAN_SURNAME = re.compile(r"\w{2,}[ыи]х$")
FAMILY_PLURAL = re.compile(r"(?:(?:ов|ев|ёв|ин|ын)ых|[сц]ких)$")


def _siberian_surname(word: str) -> bool:
    """A word of a person's name in "-ых"/"-их": a surname that stays as written in every case ("Дмитрия Тяжёлых"
    is no "Тяжёлый"), and that tells nothing of its bearer's gender ("Дмитрия Черных" is a man's genitive, no
    woman "Дмитрия" as "Александра Романюк" is)."""
    return bool(SIBERIAN_SURNAME.fullmatch(word.lower())) and not FAMILY_PLURAL.search(word.lower())
# A woman's surname in the nominative that no man's form has: "Яна Рождественская" is no "Ян".
FEMININE_SURNAME = re.compile(r"[сц]кая$")


def _feminine_by_context(vocab: Any, tokens: Sequence[Token], all_tokens: Sequence[Token],
                         offset: int) -> str | None:
    """"femn" where the name's words or its sentence say the person is a woman, whatever the given name's most
    likely reading: a surname in "-ская" ("Яна Рождественская"), a surname ending in a consonant after a given
    name that is a woman's nominative, in a name of these two words ("Александра Романюк": a man would be
    "Александра Романюка"; "Кима Чен Ира Ким Ир Сен" is no woman's, nor "Дмитрия В.", whose surname is an
    initial), a feminine
    noun the name stands in apposition to ("христианке Асии Биби") or a past-tense verb it is the subject of
    ("Асия Биби вышла")."""
    if len(tokens) > 1 and any(FEMININE_SURNAME.search(t.text.lower()) for t in tokens[1:]):
        return "femn"
    if len(tokens) == 2 and _woman_by_surname(vocab, tokens[0], tokens[1]):
        return "femn"
    last = tokens[-1].text.lower()
    if len(tokens) == 2 and len(last) > 1 and CONSONANT_OR_SOFT_END.search(last) and not _siberian_surname(last) \
            and _womans_given_name(vocab, tokens[0].text.lower(), last) \
            and not any(f.tag.POS in INFLECTING_POS and f.tag.case != "nomn" for f in vocab(last)
                        if "Fixd" not in f.tag.grammemes and f.tag.case is not None and "Surn" in f.tag.grammemes):
        return "femn"
    inside = range(offset, offset + len(tokens))
    for token in tokens:
        if token.head in inside or not 0 <= token.head < len(all_tokens):
            continue
        head = all_tokens[token.head]
        if token.rel == "nsubj" and head.pos in ("VERB", "AUX") and head.feats.get("Gender") == "Fem" \
                and head.feats.get("Number") == "Sing":
            return "femn"
        if token.rel == "appos" and head.pos == "NOUN" and _feminine_person_noun(vocab, head.text) \
                and not _mans_given_name(vocab, tokens):
            return "femn"
        if token.rel == "appos" and _post_of_feminine_verb(head, all_tokens) and any(
                t.head == token.head and t.rel == "nmod" and t.feats.get("Case") == "Gen" and t.pos == "NOUN"
                for t in all_tokens[max(0, token.head):offset]) and any(
                {"Name", "femn", "nomn"} <= f.tag.grammemes for f in vocab(tokens[0].text.lower())):
            # "рассказала директор музея Наиля Аллахвердиева": a name after the subject of a woman's verb that has
            # its own genitive is hers, though its words read first as a man's genitive ("Наиль"); "рассказала
            # сестра Наиля Аллахвердиева" may be his sister, and stays his
            return "femn"
    return None


def _post_of_feminine_verb(noun: Token, all_tokens: Sequence[Token]) -> bool:
    """Whether a noun is the nominative subject of a past-tense verb in the feminine singular ("заявила министр")."""
    if noun.pos != "NOUN" or noun.feats.get("Case") != "Nom" or noun.rel != "nsubj" \
            or not 0 <= noun.head < len(all_tokens):
        return False
    verb = all_tokens[noun.head]
    return verb.pos in ("VERB", "AUX") and verb.feats.get("Gender") == "Fem" and verb.feats.get("Number") == "Sing"


def _woman_beside_nominative(vocab: Any, tokens: Sequence[Token], all_tokens: Sequence[Token], offset: int) -> bool:
    """A lone surname in "-ова", "-ина" that the tagger reads as a man's genitive, joined by "и" to a surname that
    can only be a nominative ("главы департаментов Данилова и Пронин", "Пронин и Данилова"): it is a woman's
    nominative, as the surname beside it is; a genitive would have "Пронина"."""
    if len(tokens) != 1 or tokens[0].feats.get("Case") != "Gen" or tokens[0].pos != "PROPN" \
            or not tokens[0].text.endswith(FEMININE_POSSESSIVE):
        return False
    token = tokens[0]
    partners = [t for t in all_tokens if t.rel == "conj" and t.head == offset]
    if token.rel == "conj" and 0 <= token.head < len(all_tokens):
        partners.append(all_tokens[token.head])
    return any(p.pos == "PROPN" and p.feats.get("Case") == "Nom" and p.text[:1].isupper()
               and CONSONANT_END.search(p.text.lower()) is not None
               and any("Surn" in f.tag.grammemes and f.tag.case == "nomn" for f in vocab(p.text.lower()))
               and not any(f.tag.case in ("gent", "accs") and f.tag.POS == "NOUN" and f.tag.animacy == "anim"
                           for f in vocab(p.text.lower()))
               for p in partners)


def _dative_beside_subject(vocab: Any, tokens: Sequence[Token], all_tokens: Sequence[Token],
                           offset: int) -> Sequence[Token]:
    """A name the tagger makes a second subject of a verb in the singular that has a subject already ("Вивеку
    Рамасвами позвонил Трамп"): no subject, and its words in "-у" after a consonant, which read as datives, are
    datives ("Вивеку" of Вивек), where a nominative in "-у" ("Сигэру Исиба заявил") is the verb's only subject."""
    first = tokens[0]
    if first.rel != "nsubj" or first.feats.get("Case") != "Nom" or not 0 <= first.head < len(all_tokens):
        return tokens
    verb = all_tokens[first.head]
    if verb.pos != "VERB" or verb.feats.get("Number") != "Sing" \
            or not any(CONSONANT_U.search(t.text.lower()) for t in tokens):
        return tokens
    inside = range(offset, offset + len(tokens))
    if not any(t.rel == "nsubj" and t.head == first.head and k not in inside and t.feats.get("Case") == "Nom"
               and t.pos in ("PROPN", "NOUN") for k, t in enumerate(all_tokens)):
        return tokens
    return [replace(t, feats={**t.feats, "Case": "Dat"})
            if CONSONANT_U.search(t.text.lower()) and any(f.tag.case == "datv" and f.tag.gender == "masc"
                                                         for f in vocab(t.text.lower())) else t
            for t in tokens]


def _woman_after_post(tokens: Sequence[Token], all_tokens: Sequence[Token], offset: int) -> bool:
    """A lone surname in "-ова", "-ина" right after a noun naming a person's post, which the tagger reads as a
    man's genitive hung on the noun ("зампред Полякова"): the post's holder is a woman and the surname her
    nominative where her verb is feminine ("заявила зампред Полякова") or the post stands in a list of people
    named in the nominative or each after a post ("Чистюхин и Тулин, зампред Полякова", "министр Чистюхин, зампред
    Полякова и директор Пронин"). Else it may be a man's genitive: "помощник Полякова" is his assistant."""
    if len(tokens) != 1 or offset == 0 or tokens[0].feats.get("Case") != "Gen" or tokens[0].pos != "PROPN" \
            or not tokens[0].text.endswith(FEMININE_POSSESSIVE):
        return False
    token = tokens[0]
    post = all_tokens[offset - 1]
    if token.head != offset - 1 or post.pos != "NOUN" or post.feats.get("Animacy") != "Anim" \
            or post.feats.get("Case") != "Nom" or post.feats.get("Number") != "Sing" or not post.text.islower():
        return False
    if post.rel == "nsubj" and 0 <= post.head < len(all_tokens):
        verb = all_tokens[post.head]
        if verb.pos in ("VERB", "AUX") and verb.feats.get("Gender") == "Fem" and verb.feats.get("Number") == "Sing":
            return True
    # the list's other members, named in the nominative ("Чистюхин и Тулин, зампред Полякова") or each after a
    # post ("министр Чистюхин, зампред Полякова и директор Пронин"). (A list of bare names is ambiguous:
    # "Иванов и помощник Полякова" may name Поляков's assistant; the list reading is kept, as lists of sanctioned
    # or appointed people are written so.)
    listed = [t for t in all_tokens if t.rel == "conj" and t.head == offset - 1]
    if post.rel == "conj" and 0 <= post.head < len(all_tokens):
        listed.append(all_tokens[post.head])
    if any(_named_nominative(t) for t in listed):
        return True
    first = post.head if post.rel == "conj" and 0 <= post.head < len(all_tokens) else offset - 1
    members = [first, *(i for i, t in enumerate(all_tokens) if t.rel == "conj" and t.head == first)]
    return any(_named_after_post(all_tokens, i) for i in members if i != offset - 1)


def _named_nominative(token: Token) -> bool:
    return token.pos == "PROPN" and token.feats.get("Case") == "Nom" and token.feats.get("Animacy") == "Anim" \
        and token.text[:1].isupper()


def _post_noun(token: Token) -> bool:
    return token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" and token.text.islower()


def _named_after_post(all_tokens: Sequence[Token], i: int) -> bool:
    """The list member at ``i`` is a person named after a noun of their post: the name in apposition to the
    noun ("зампреды ЦБ Чистюхин"), or the noun with the name in apposition to it ("директор Пронин")."""
    token = all_tokens[i]
    if _named_nominative(token) and token.rel in ("appos", "flat", "flat:name") and 0 <= token.head < len(all_tokens):
        return _post_noun(all_tokens[token.head])
    return _post_noun(token) and any(t.head == i and t.rel in ("appos", "flat", "flat:name") and _named_nominative(t)
                                     for t in all_tokens)


def _lone_mans_genitive_of_ka(tokens: Sequence[Token]) -> str | None:
    """"masc" for a lone surname the tagger reads as a man's genitive in "-ки", "-ги", "-хи" after a consonant
    ("акции компании Дерипаски"): a man's name declines, and this ending is the genitive of one in "-ка"
    (Дерипаска), as after a man's given name ("Олега Дерипаски"). Not beside another word: after a woman's foreign
    given name the surname may not decline ("Румейсы Гелги")."""
    if len(tokens) != 1:
        return None
    token = tokens[0]
    if token.feats.get("Case") != "Gen" or token.feats.get("Gender") != "Masc" or not _genitive_of_ka(token.text):
        return None
    return "masc"


def _mans_given_name(vocab: Any, tokens: Sequence[Token]) -> bool:
    """The name opens with a man's given name in the case the tagger gives it, and the tagger calls no word of it
    feminine: the parser hangs a possessor on the noun before as an apposition ("вдовы Алексея Навального" is
    his widow, not a woman named so)."""
    first = tokens[0]
    if any(t.feats.get("Gender") == "Fem" for t in tokens):
        return False
    case = UD_TO_OC_CASE.get(first.feats.get("Case", ""))
    return any({"Name", "masc"} <= f.tag.grammemes and f.tag.case == case and f.is_known
               for f in vocab(first.text.lower()))


def _womans_given_name(vocab: Any, word: str, surname: str) -> bool:
    """A woman's given name in the nominative to the dictionary ("Александра"), or a word in "-а"/"-я" it knows
    only as a man's name in an oblique case ("Кая" of "Кай") before a surname that is no given name ("Кая
    Каллас" is a woman: a man's genitive would be "Кая Калласа"; "Сергея Михаил" is two men's names)."""
    readings = vocab(word)
    if any({"Name", "femn", "nomn", "sing"} <= f.tag.grammemes for f in readings):
        return True
    names = [f for f in readings if "Name" in f.tag.grammemes]
    return word.endswith(("а", "я")) and bool(names) and all(f.tag.case in ("gent", "accs") and f.tag.gender == "masc"
                                                            for f in names) \
        and not any("Name" in f.tag.grammemes for f in vocab(surname))


# A Russian woman's surname in the nominative, which is also a man's genitive ("Лантратова").
FEMININE_POSSESSIVE = ("ова", "ева", "ёва", "ина", "ына")


def _woman_by_surname(vocab: Any, given: Token, surname: Token) -> bool:
    """"Яна Лантратова": a surname the tagger reads as a woman's nominative, which the dictionary has as one, after
    a given name that is a woman's nominative too: a woman, though the given name reads first as the genitive of
    a man's "Ян" (and the tagger says so: "Ян Лантратова" would be a man with a woman's surname). "Яна Гагина"
    read as a man's genitive stays Ян Гагин."""
    if surname.feats.get("Case") != "Nom" or surname.feats.get("Gender") != "Fem" \
            or not surname.text.lower().endswith(FEMININE_POSSESSIVE):
        return False
    return any({"Surn", "femn", "nomn"} <= f.tag.grammemes for f in vocab(surname.text.lower())) \
        and any({"Name", "femn", "nomn"} <= f.tag.grammemes for f in vocab(given.text.lower()))


def _feminine_person_noun(vocab: Any, word: str) -> bool:
    """A known noun that names a woman in every reading ("христианка", "журналистка", "певица")."""
    readings = [f for f in vocab(word.lower()) if f.tag.POS == "NOUN"]
    return bool(readings) and all(f.tag.gender == "femn" and "anim" in f.tag.grammemes and f.is_known
                                  for f in readings)


def _shared_heads(tokens: Sequence[Token], plan: dict[int, int | None]) -> set[int]:
    """A plural noun with a singular adjective is one of several names sharing it ("Курской и Брянской
    областями", "британскому и французскому парламентам"): the name is singular ("Брянская область")."""
    return {head for i, head in plan.items() if head is not None
            and tokens[i].feats.get("Number") == "Sing" and tokens[head].feats.get("Number") == "Plur"}


def _coordinated_surname(vocab: Any, tokens: Sequence[Token], all_tokens: Sequence[Token], offset: int,
                         person_gender: str | None) -> str | None:
    """A family's surname in the nominative plural after given names joined by "и" belongs to each of them:
    "братья Артём и Павел Ивановы", "супруги Анна и Михаил Петровы" name Павел Иванов and Михаил Петров, and the
    name's own words give the person's gender ("Анна Петрова"). Only a word pymorphy reads as a surname's
    plural: "Виталий и Владимир Кличко" do not decline."""
    if len(tokens) != 2 or offset < 2 or person_gender not in ("masc", "femn") \
            or all_tokens[offset - 1].text != "и" or not all_tokens[offset - 2].text[:1].isupper():
        return None
    last = tokens[-1]
    if not last.text[:1].isupper() or not CYRILLIC_WORD.match(last.text):
        return None
    for form in vocab(last.text.lower()):
        if "Surn" in form.tag.grammemes and "Fixd" not in form.tag.grammemes and form.tag.number == "plur" \
                and form.tag.case == "nomn":
            single = Parse.inflect(form, {"nomn", "sing", person_gender})
            if single is not None and single.word != last.text.lower():
                return recover_shape(single.word, last.text)
    return None


# Oblique plural endings of a Russian surname that no man's or woman's form has: "Суховых", "Чекалиных" (unlike
# "-ых" alone: "Черных", "Долгих" are surnames that do not decline).
FAMILY_ENDINGS = ("овых", "евых", "ёвых", "иных", "ыных")
# A Russian family's surname in the nominative plural: "Бажаевы", "Царнаевы".
FAMILY_NOMINATIVES = ("овы", "евы", "ёвы", "ины", "ыны")


def _family_plural(vocab: Any, token: Token) -> str | None:
    """A lone surname in a plural, which the dictionary reads first as a family's, is the family in the
    nominative plural: "братьев Ротенбергов", "семья Ковальчуков" (the tagger's plural) and "У Суховых",
    "семье Поповых" (an ending only a family has, whatever the tagger's number) are "Ротенберги", "Суховы", not
    one man "Ротенберг" (a man's genitive, "Петрова", reads first in the singular); a nominative "Суховы" stays
    so."""
    case = UD_TO_OC_CASE.get(token.feats.get("Case", ""))
    lowered = token.text.lower()
    written = lowered.endswith(FAMILY_ENDINGS)
    nominative = lowered.endswith(("ы", "и"))
    if not (written or nominative or token.feats.get("Number") == "Plur" and case not in (None, "nomn")) \
            or not token.text[:1].isupper() or not CYRILLIC_WORD.match(token.text):
        return None
    forms = vocab(lowered)
    if forms and token.feats.get("Number") == "Plur" and lowered.endswith(FAMILY_NOMINATIVES) \
            and not any(f.is_known for f in forms) and any({"Surn", "plur", "nomn"} <= f.tag.grammemes for f in forms):
        # "Отец и сын Бажаевы": a surname the dictionary does not know, in a family's nominative the tagger reads
        # as a plural, though the guesser puts a woman's given name's genitive first ("Бажаева")
        return token.text
    if not forms or not {"Surn", "plur"} <= forms[0].tag.grammemes:
        return None
    if nominative and "nomn" in forms[0].tag.grammemes:
        # "Точное решение Суховы обещают принять": a family's nominative the tagger reads as one man in another
        # case, where the dictionary knows the word as no singular noun
        plural = all({"Surn", "plur"} <= f.tag.grammemes for f in forms if f.tag.POS == "NOUN")
        return token.text if plural else None
    family = next((f for f in forms if {"Surn", "plur"} <= f.tag.grammemes
                   and (written or f.tag.case == case or case == "gent" and f.tag.case == "accs")), None)
    inflected = Parse.inflect(family, {"nomn", "plur"}) if family is not None else None
    return recover_shape(inflected.word, token.text) if inflected is not None else None


SITE_DOMAIN = re.compile(r"^[A-Za-z]{2,6}$")


def _site_name(tokens: Sequence[Token]) -> bool:
    """A site named by its address ("Подробности.ua", "Газета.ru") is a title, written as it is: its words are no
    plural to bring to the singular."""
    return len(tokens) >= 3 and tokens[-2].text == "." and bool(SITE_DOMAIN.match(tokens[-1].text)) \
        and tokens[-2].start == tokens[-3].stop and tokens[-1].start == tokens[-2].stop


@functools.cache
def chinese_surnames() -> frozenset[str]:
    """Chinese surnames as Russian writes them (``data/chinese_surnames.tsv``)."""
    text = package_file("chinese_surnames.tsv")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@dataclass(frozen=True)
class FamousSurnames:
    """The surnames of ``data/people.tsv``: each written form (nominative and the oblique forms its declension
    gives) with its nominative, and the forms that name the person only before a verb or after a title ("Си")."""

    nominative: dict[str, str]
    guarded: frozenset[str]


@functools.cache
def famous_surnames() -> FamousSurnames:
    """Well-known people's surnames (``data/people.tsv``) the dictionary reads as common nouns or does not know
    ("Макрон", "Санду", "Орбана"): one dict lookup per capitalised word finds them. A surname of several words
    ("фон дер Ляйен") and one marked ``full`` (a surname of many, "Иванов", "Ли") are left to the recogniser."""
    forms: dict[str, str] = {}
    guarded: set[str] = set()
    for person in load_people():
        if person.context == "full":
            continue
        for surname in person.surnames:
            if " " in surname:
                continue
            for form in (surname, *surname_forms(surname, person.gender), *person.forms):
                forms.setdefault(form, surname)
                if person.context == "verb":
                    guarded.add(form)
    return FamousSurnames(forms, frozenset(guarded))


_HUSHING = ("г", "к", "х", "ж", "ш", "ч", "щ")


def surname_forms(surname: str, gender: str) -> list[str]:
    """The oblique forms of a surname by the ordinary rules: a man's in a consonant ("Макрона", "Макрону",
    "Макроном", "Макроне"; "Лавровым"), "-й" ("Милея"), "-ь" ("Борреля"), "-ский" ("Зеленского"), and anyone's
    in "-а"/"-я" ("Дуды", "Кулебе", "Небензей"); a woman's "-ова"/"-ина" ("Захаровой"). A surname in another
    vowel ("Лукашенко", "Шойгу", "Санду") and a woman's in a consonant ("Бербок") do not decline."""
    stem, last = surname[:-1], surname[-1]
    if surname.endswith(("ский", "цкий")):
        return [stem[:-1] + e for e in ("ого", "ому", "им", "ом")]
    if gender == "f" and surname.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return [stem + "ой", stem + "у"]
    if last in "ая":
        soft = last == "я" or stem.endswith(_HUSHING)
        return [stem + ("и" if soft else "ы"), stem + "е", stem + ("ю" if last == "я" else "у"),
                stem + ("ей" if last == "я" else "ой")]
    if gender == "f" or last in "оеиуюэыё":
        return []
    if last == "й":
        return [stem + e for e in ("я", "ю", "ем", "е")]
    if last == "ь":
        return [stem + e for e in ("я", "ю", "ем", "е")]
    instrumental = "ым" if surname.endswith(("ов", "ев", "ёв", "ин", "ын")) else "ом"
    return [surname + e for e in ("а", "у", instrumental, "ем", "е")]


# A Chinese given name ending in "-н" ("Цян", "Цзиньпин") in an oblique case, and in "-нь" ("Ваньцюань" is
# none; "Линь" as a given name is): the stem and the ending a man's name takes.
_CHINESE_HARD = re.compile(r"([А-ЯЁ][а-яё]+н)(?:а|у|ом|е)")
_CHINESE_SOFT = re.compile(r"([А-ЯЁ][а-яё]+н)(?:я|ю|ем)")


def _chinese_name(tokens: Sequence[Token]) -> str | None:
    """"Ли Цяна", "Си Цзиньпином", "Ван И": a Chinese surname and a given name. The surname does not decline and
    the given name declines as a man's in "-н" (the tagger reads "Ли Цяна" as a nominative, pymorphy a woman
    "Цяна"); a given name ending in a vowel does not decline. None for any other name."""
    if len(tokens) != 2 or tokens[0].text not in chinese_surnames() or tokens[1].start - tokens[0].stop != 1:
        return None
    given = tokens[1].text
    if not (given[:1].isupper() and given.isalpha()):
        return None
    hard = _CHINESE_HARD.fullmatch(given)
    soft = _CHINESE_SOFT.fullmatch(given)
    nominative = hard.group(1) if hard else soft.group(1) + "ь" if soft else given
    return f"{tokens[0].text} {nominative}"


# Prepositions that govern the instrumental (or the accusative) and never the prepositional case: "под
# Покровском" is Покровск in the instrumental, though the tagger often reads the prepositional of "Покровское".
_INSTRUMENTAL_PREPOSITIONS = frozenset({"под", "подо", "над", "надо", "перед", "передо", "пред", "за", "между"})


def _governed_case(tokens: Sequence[Token], all_tokens: Sequence[Token], offset: int) -> Sequence[Token]:
    """The words of a place after "под", "над", "за" that the tagger put in the prepositional case, in the
    instrumental that preposition governs ("под Покровском" -> Покровск, not Покровское), and so the places
    joined to it ("под Покровском и Курском")."""
    if offset == 0 or tokens[0].feats.get("Case") != "Loc":
        return tokens
    before = offset - 1
    head = tokens[0].head
    if all_tokens[before].text in ("и", ",") and tokens[0].rel == "conj" and 0 < head < before:
        before = head - 1  # "Курском" of "под Покровском и Курском": the preposition of the first place
    if all_tokens[before].text.lower() not in _INSTRUMENTAL_PREPOSITIONS:
        return tokens
    return [replace(t, feats={**t.feats, "Case": "Ins"}) if t.feats.get("Case") == "Loc" else t for t in tokens]


def _conjoined_case(vocab: Any, tokens: Sequence[Token], all_tokens: Sequence[Token]) -> Sequence[Token]:
    """A one-word name joined by "и" to a name in an oblique case, which the tagger calls a singular nominative
    that it can only be as a plural: it is in the case of the first ("сотрудники Росприроднадзора и Рыбохраны"
    are of Рыбохрана, not of a plural "Рыбохраны")."""
    if len(tokens) != 1:
        return tokens
    token = tokens[0]
    if token.rel != "conj" or token.feats.get("Case") != "Nom" or token.feats.get("Number") != "Sing" \
            or not 0 <= token.head < len(all_tokens):
        return tokens
    case = UD_TO_OC_CASE.get(all_tokens[token.head].feats.get("Case", ""))
    if case in (None, "nomn", "accs"):
        return tokens
    readings = [f for f in vocab(token.text.lower()) if f.tag.POS == "NOUN"]
    if not any(f.tag.case == case and f.tag.number == "sing" for f in readings) \
            or not any(f.tag.case == "nomn" and f.tag.number == "plur" for f in readings) \
            or any(f.tag.case == "nomn" and f.tag.number == "sing" for f in readings):
        return tokens  # "аэропортов в Пизе, ... Линате": no plural to mistake, a foreign word that stays
    return [replace(token, feats={**token.feats, "Case": OC_TO_UD_CASE[case]})]


def _named_in_quotes(vocab: Any, tokens: Sequence[Token], all_tokens: Sequence[Token], offset: int) -> bool:
    """A name in quotes after a common noun that names its kind stands in the nominative whatever the noun's
    case: "компании «Четыре Лапы»", "командам «Хувентуд Беллависта»", "движения «Солидарность»" (the nouns of
    ``data/name_kinds.tsv``; after another noun a quoted name is in its own case: "интеграцию «Открытия»",
    "председатель «Зова народа»"). Only where its first word is a nominative the dictionary knows or ends in a
    consonant: "рейс «Аэрофлота»" is the airline's, in the genitive."""
    stop = offset + len(tokens)
    if offset < 2 or stop >= len(all_tokens) or all_tokens[offset - 1].text not in OPEN_QUOTES \
            or all_tokens[stop].text not in CLOSE_QUOTES:
        return False
    kind_noun = all_tokens[offset - 2]
    if kind_noun.pos != "NOUN" or not kind_noun.text.islower() \
            or not any(f.normal_form in name_kinds() for f in vocab(kind_noun.text) if f.tag.POS == "NOUN"):
        return False
    first = tokens[0].text.lower()
    # a word ending in a consonant is in no oblique case of the singular ("Мэлон", "Хувентуд")
    return not CYRILLIC_WORD.match(first) or bool(CONSONANT_END.search(first)) \
        or any(f.tag.case == "nomn" and f.is_known for f in vocab(first))


def _street_named_after(vocab: Any, tokens: Sequence[Token], all_tokens: Sequence[Token], offset: int) -> bool:
    """A street's name in the genitive after the noun of its kind ("на улице Академика Павлова", "ул. Маршала
    Катукова", "в парке Горького", "на улице Лузана"), none of its words an adjective: the place is named so, and no
    word of it declines (no half-declined "Академик Павлова", no "Горький" for the park). An agreeing adjective ("на
    Тверской улице") is no such name. One word is a name only after a kind noun in the singular, and not the name
    of a place in the dictionary ("на улицах Москвы", "в метро Москвы": the city's streets and metro, "Москва")."""
    if tokens[0].feats.get("Case") != "Gen" or len(tokens) > 1 and any(_adjective_like(t) for t in tokens):
        return False
    before = offset - 1
    if before >= 0 and all_tokens[before].text == ".":
        before -= 1
    if before < 0:
        return False
    kind_noun = all_tokens[before]
    word = kind_noun.text.lower()
    kinds = street_kinds()
    if not (word in kinds or any(f.normal_form in kinds for f in vocab(word) if f.tag.POS == "NOUN" and f.is_known)):
        return False
    if len(tokens) > 1:
        return True
    if _adjective_like(tokens[0]) and kind_noun.feats.get("Case") in ("Gen", None):
        return False  # "у станции Горьковской": an adjective agreeing with its noun, where "в парке Горького" is not
    return kind_noun.feats.get("Number") == "Sing" and word not in INDECLINABLE_KINDS \
        and not any("Geox" in f.tag.grammemes and f.is_known for f in vocab(tokens[0].text.lower()))


# Kind nouns that do not decline, so that their number says nothing: "в метро Москвы" is the city's metro.
INDECLINABLE_KINDS = frozenset({"метро"})


@functools.cache
def street_kinds() -> frozenset[str]:
    """Nouns naming a street, square or station (``data/street_kinds.tsv``)."""
    text = package_file("street_kinds.tsv")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.cache
def name_kinds() -> frozenset[str]:
    """Nouns naming a kind of organisation, place or work (``data/name_kinds.tsv``)."""
    text = package_file("name_kinds.tsv")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _as_written(tokens: Sequence[Token]) -> str:
    """The words of ``tokens`` with the spaces between them as in the text."""
    parts = [tokens[0].text]
    for prev, token in zip(tokens, tokens[1:], strict=False):
        parts.append(" " * (token.start - prev.stop) + token.text)
    return "".join(parts)


# A number with a case ending ("1-й", "2-м", "5-ю"): an ordinal of a street or a body, which agrees with its noun.
ORDINAL = re.compile(r"^(\d+)-(?:й|я|е|го|му|м|ой|ую|ом|х|ми|ых|ю)$")
# the nominative ending of an ordinal by its noun's gender (a plural noun: "-е")
ORDINAL_ENDING = {"Masc": "й", "Fem": "я", "Neut": "е"}


def _nominative_ordinals(tokens: Sequence[Token], words: list[str]) -> list[str]:
    """"на 1-й Садовой улице" -> "1-я Садовая улица", "во 2-м Силикатном проезде" -> "2-й Силикатный проезд": an
    ordinal written in figures takes the nominative ending of the noun it goes with (the first common noun after
    it, else the word after it)."""
    result = list(words)
    for i, token in enumerate(tokens[:-1]):
        match = ORDINAL.match(token.text)
        if match is None:
            continue
        noun = next((t for t in tokens[i + 1:] if t.pos == "NOUN"), tokens[i + 1])
        number, gender = noun.feats.get("Number"), noun.feats.get("Gender")
        ending = "е" if number == "Plur" else ORDINAL_ENDING.get(gender or "")
        if ending is not None:
            result[i] = f"{match.group(1)}-{ending}"
    return result


def normalize(vocab: Any, tokens: Sequence[Token], kind: str, all_tokens: Sequence[Token],
              offset: int) -> str:
    """The nominative form of a name made of ``tokens`` (a slice of ``all_tokens`` starting at ``offset``)."""
    if not tokens:
        return ""
    if kind != "PER" and _named_in_quotes(vocab, tokens, all_tokens, offset) \
            or kind == "LOC" and _street_named_after(vocab, tokens, all_tokens, offset):
        return _as_written(tokens)
    quoted = _quoted(tokens)
    as_written: set[int] = set()
    family = _family_plural(vocab, tokens[0]) if kind == "PER" and len(tokens) == 1 else None
    if family is not None:
        return family
    if kind == "PER":
        chinese = _chinese_name(tokens)
        if chinese is not None:
            return chinese
        tokens = _agreeing_cases(vocab, _framed_cases(vocab, _conjoined_case(
            vocab, _dative_beside_subject(vocab, tokens, all_tokens, offset), all_tokens), all_tokens, offset))
        tokens = _mans_oblique_given_name(vocab, tokens)
        tokens, as_written = _arabic_chain(tokens)
        quoted |= as_written | _indeclinable_given_name(vocab, tokens)
    else:
        tokens = _conjoined_case(vocab, _governed_case(tokens, all_tokens, offset), all_tokens)
    if kind == "PER" and (_woman_beside_nominative(vocab, tokens, all_tokens, offset)
                          or _woman_after_post(tokens, all_tokens, offset)):
        tokens = [replace(tokens[0], feats={**tokens[0].feats, "Case": "Nom", "Gender": "Fem"})]
    person_gender = ("masc" if kind == "PER" and as_written else (
        _feminine_by_context(vocab, tokens, all_tokens, offset) or _person_gender(vocab, tokens)
        or _lone_mans_genitive_of_ka(tokens)) if kind == "PER" else None)
    if kind == "PER" and person_gender != "femn" and any(t.text.endswith(_IA_OBLIQUE) for t in tokens) and (
            len(tokens) > 1 and any(t.feats.get("Gender") == "Fem" for t in tokens)
            or offset > 0 and _feminine_person_noun(vocab, all_tokens[offset - 1].text)):
        # "Семья Асии Биби": the tagger calls "Биби" a woman; "муж христианки Асии Биби": the noun before the
        # name is a woman's (the parser hangs the name on "муж"); "Асии" is hers, no man's "Асий"
        tokens = [replace(t, feats={**t.feats, "Gender": "Fem"}) if _womans_ia_name(vocab, t.text) else t
                  for t in tokens]
    if kind == "PER":
        plan: dict[int, int | None] = {i: None for i in range(len(tokens)) if i not in quoted}
    else:
        plan = {i: a for i, a in _inflectable(tokens, all_tokens, offset).items() if i not in quoted}
        last = _declining_last(vocab, tokens, offset, plan)
        if last is not None:
            tokens = [*tokens[:-1], last]
            plan = {len(tokens) - 1: None}
    if _site_name(tokens):
        plan = {}
    shared_surname = _coordinated_surname(vocab, tokens, all_tokens, offset, person_gender) if kind == "PER" \
        else None
    if shared_surname is not None:
        plan.pop(len(tokens) - 1, None)
    shared = _shared_heads(tokens, plan) if kind != "PER" else set()
    if shared:
        tokens = [replace(t, feats={**t.feats, "Number": "Sing"}) if i in shared else t for i, t in enumerate(tokens)]
    words = []
    for i, token in enumerate(tokens):
        if i in plan:
            agree_index = plan[i]
            agree = tokens[agree_index] if agree_index is not None else None
            words.append(inflect_word(vocab, token, kind, agree, person_gender, i in shared))
        else:
            words.append(token.text)
    if kind != "PER":
        words = _nominative_ordinals(tokens, words)
    for i in plan.keys() - as_written if as_written else ():
        case = UD_TO_OC_CASE.get(tokens[i].feats.get("Case", ""))
        if words[i] == tokens[i].text and case not in (None, "nomn"):
            # a name of the chain the dictionary reads in no such case declines as a man's by rule: "Хамада бин
            # Халифы" is Хамад's (pymorphy knows only a desert "хамада")
            words[i] = _declined_by_rule(tokens[i].text, case, "masc", animate=True) or words[i]
    if kind == "PER" and person_gender != "femn" and 0 in plan and _common_noun_given_name(vocab, tokens, words):
        case = UD_TO_OC_CASE[tokens[0].feats["Case"]]
        words[0] = _declined_by_rule(tokens[0].text, case, "masc", animate=True) or words[0]
    if shared_surname is not None:
        words[-1] = shared_surname
    parts = [words[0]]
    for prev, token, word in zip(tokens, tokens[1:], words[1:], strict=False):
        parts.append(" " * (token.start - prev.stop) if token.start > prev.stop else "")
        parts.append(word)
    return "".join(parts)
