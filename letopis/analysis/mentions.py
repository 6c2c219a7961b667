"""Mentions: natasha's NER spans, corrected, each with its nominative ``normal``.

Corrections, each one a thing slovnet's NER gets wrong in agency news:
- a name and patronymic split from the surname ("Александром Григорьевичем" + "Лукашенко") become one person;
- two people's names side by side with no comma between ("с Лавровым Карлсон, игнорируя ...", "Шольц Макрон")
  become two: the words of one person's name agree in case;
- quotes and punctuation at the edges of a span are trimmed, and an editor's square brackets are no part of a
  name ("Валентина Ивановна [Матвиенко]");
- a common noun capitalised only because it opens a sentence is no name: a plural one taken for a place or an
  organisation ("Власти заявили", "Россиянам стали приходить"), a plural made with a prefix taken for a person
  ("Криптомайнерам запретят"), a person's role before the name it stands in apposition to ("Рэпера Гуфа");
- a well-known surname after someone else's full name is a second person ("Вивеку Рамасвами Трамп предложил");
- a known organisation or state gets the type the lexicon gives it (an agency tagged as a place);
- the normal form comes from ``names.normalize``, and a name the lexicon knows gets its canonical spelling
  ("БЕЛТА" -> "БелТА" as the entity's name; the mention's ``normal`` keeps the letters it was written with).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from letopis.analysis import names
from letopis.gazetteer import city_country
from letopis.lexicon import Lexicon, load_people, package_file
from letopis.records import Doc, Mention, Token

EDGE_PUNCT = " \t\n.,;:!?()[]-–—"
# A number after a space: no person's name goes on past it.
_NUMBER_IN_NAME = re.compile(r"(?<=\s)\d")
_QUOTE_MARKS = re.compile('[«»"“”]')
# A surname and a generation mark, in any case: "Бажаев-младший", "Бажаеву-старшему".
_GENERATION_MARK = re.compile(r"^[А-ЯЁ][а-яё]+-(?:старш|младш)(?:ий|его|ему|им|ем|ая|ей|ую)$")


# The token starts of the last token sequence asked about: stages ask many ranges of one article in a row, and
# rebuilding the list for each made this lookup linear in the article's length (one tuple, swapped atomically).
_STARTS: tuple[Sequence[Token] | None, list[int]] = (None, [])


def _starts(tokens: Sequence[Token]) -> list[int]:
    global _STARTS
    seen, starts = _STARTS
    if seen is not tokens:
        starts = [t.start for t in tokens]
        if isinstance(tokens, tuple):  # immutable: its starts cannot change under the cache
            _STARTS = (tokens, starts)
    return starts


def token_range(tokens: Sequence[Token], start: int, stop: int) -> tuple[int, int]:
    """Indexes [first, last) of the tokens lying inside the characters [start, stop)."""
    starts = _starts(tokens)
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, stop)
    return first, last


def _given_names(vocab: Any, text: str) -> bool:
    """Every word is a given name or a patronymic to pymorphy: "Александром Григорьевичем"."""
    words = text.split()
    return bool(words) and all(
        any({"Name", "Patr"} & set(f.tag.grammemes) for f in vocab(w.lower())) for w in words)


def _join_split_persons(text: str, mentions: list[Mention], vocab: Any) -> list[Mention]:
    """"Александром Григорьевичем" + "Лукашенко" (two PER spans with only spaces between) -> one,
    but not "Аль-Джазиры" + "Сами аль-Хадж": the first part must be given names only, the second one word."""
    result: list[Mention] = []
    for mention in mentions:
        if result:
            prev = result[-1]
            gap = text[prev.stop:mention.start]
            if prev.type == mention.type == "PER" and gap.strip() == "" and "\n" not in gap \
                    and len(mention.text.split()) == 1 and _given_names(vocab, prev.text):
                result[-1] = replace(prev, stop=mention.stop, text=text[prev.start:mention.stop])
                continue
        result.append(mention)
    return result


# "Ван И. Ван И": a Chinese surname and a one-letter given name, a full stop and the next sentence's first word.
_CHINESE_STOP = re.compile(r"(?<![\w.])(\w+) [А-ЯЁ](\.)\s+(?=[А-ЯЁ])")


def _split_sentence_stops(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's span the recogniser ran across a full stop it took for an initial's dot: "Ван И. Ван И
    встретился" (the minister's name closes one sentence and opens the next) is two mentions, the dot in
    neither."""
    result: list[Mention] = []
    for mention in mentions:
        found = _CHINESE_STOP.search(text, mention.start, mention.stop) \
            if mention.type == "PER" and "." in mention.text else None
        if found is None or found.group(1) not in names.chinese_surnames():
            result.append(mention)
            continue
        dot, rest = found.start(2), found.end()
        result.append(replace(mention, stop=dot, text=text[mention.start:dot]))
        if rest < mention.stop:
            result.append(replace(mention, start=rest, text=text[rest:mention.stop]))
    return result


def _cut_line_break(text: str, mention: Mention) -> Mention:
    """A span the recogniser ran across a line break, cut before it: no name goes on past the end of its line, and
    what follows is the next line's first word ("Анжелу Должикову⏎⏎Задержанная подозревается", a headline's last
    name and the body's first word, a list's items "Олеся Иванченко⏎Журналист-блогер"). The entities stage cuts
    what is left of such spans after the other stages made them (``entities._first_line``); cut here, the words
    of the line after no longer decide the name's nominative and type."""
    start, stop = mention.start, mention.stop
    while start < stop and text[start].isspace():
        start += 1
    cut = text.find("\n", start, stop)
    if cut < 0:
        return mention
    return replace(mention, stop=cut, text=text[mention.start:cut])


def _trim(text: str, mention: Mention) -> Mention | None:
    start, stop = mention.start, mention.stop
    if mention.type == "PER" and (number := _NUMBER_IN_NAME.search(text, start, stop)) is not None:
        stop = number.start()  # "Евгений К. 2009 г. р.": a list's birth year is no part of the name
    while start < stop and text[start] in EDGE_PUNCT:
        start += 1
    while stop > start and text[stop - 1] in EDGE_PUNCT:
        stop -= 1
    start, stop = _paired_quotes(text, start, stop, mention.type == "PER")
    if stop - start < 1:
        return None
    return replace(mention, start=start, stop=stop, text=text[start:stop])


def _paired_quotes(text: str, start: int, stop: int, person: bool) -> tuple[int, int]:
    """The span with its quotation marks paired: an unpaired mark at an edge is dropped («Казинформ, "Всеобщая
    конфедерация труда" cut after its closing mark), a name cut before its closing mark takes it ('ООО «СЗ
    СтройКапитал' before '»'), and a person's name stops before a nickname's mark ('Скотт «Кидд')."""
    span = text[start:stop]
    if not _QUOTE_MARKS.search(span):
        return start, stop
    odd_straight = span.count('"') % 2 == 1
    for opening, closing, unpaired in (("«", "»", span.count("«") != span.count("»")),
                                       ('"', '"', odd_straight),
                                       ("“", "”", "„" not in span and span.count("“") != span.count("”"))):
        if not unpaired:
            continue
        if span.startswith(opening):
            start += 1
        elif span.endswith(closing):
            stop -= 1
        elif person and opening in span:
            stop = start + span.rindex(opening)
        elif text[stop:stop + 1] == closing and span.count(opening) > span.count(closing) - (opening == closing):
            stop += 1
        span = text[start:stop]
    while stop > start and text[stop - 1] == " ":
        stop -= 1
    while start < stop and text[start] == " ":
        start += 1
    return start, stop


def _split_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Овечкин, Фёдоров": a person span holding a comma is a list of persons."""
    result = []
    for mention in mentions:
        if mention.type != "PER" or "," not in mention.text:
            result.append(mention)
            continue
        start = mention.start
        for part in mention.text.split(","):
            stop = start + len(part)
            if part.strip():
                result.append(replace(mention, start=start, stop=stop, text=text[start:stop]))
            start = stop + 1
    return result


def _cut_parenthesis(text: str, mention: Mention) -> Mention:
    """"Джоэл Саймон (Joel Simon": a name followed by its spelling in brackets keeps the part before them."""
    cut = text.find("(", mention.start, mention.stop)
    if cut <= mention.start:
        return mention
    stop = cut
    while stop > mention.start and text[stop - 1].isspace():
        stop -= 1
    return replace(mention, stop=stop, text=text[mention.start:stop])


def _has_tag(vocab: Any, word: str, tag: str) -> bool:
    return any(tag in f.tag.grammemes for f in vocab(word.lower()))


def _organisation_word(vocab: Any, lexicon: Lexicon, word: str) -> bool:
    """A word that names an organisation: one pymorphy knows as one ("Orgn"), or a case form of a one-word name
    of the lexicon ("Нацфронта": the short name's nominative is the dictionary's lemma of it)."""
    return _has_tag(vocab, word, "Orgn") or any(
        lexicon.org(p.normal_form) is not None and "NOUN" in p.tag.grammemes for p in vocab(word.lower()))


def _split_organisation(doc: Doc, mentions: list[Mention], vocab: Any, lexicon: Lexicon) -> list[Mention]:
    """"оператор Аль-Джазиры Сами аль-Хадж", "лидера Аль-Кайды Усамы бин Ладена", "Лидер Нацфронта Марин Ле Пен":
    a person span that starts with an organisation's name (one pymorphy or the lexicon knows as one) followed by a
    given name is the organisation and the person."""
    result = []
    for mention in mentions:
        first, last = token_range(doc.tokens, mention.start, mention.stop)
        tokens = doc.tokens[first:last]
        if mention.type != "PER" or len(tokens) < 3 or not tokens[0].text[:1].isupper() \
                or not _has_tag(vocab, tokens[1].text, "Name") \
                or not _organisation_word(vocab, lexicon, tokens[0].text) \
                or _has_tag(vocab, tokens[0].text, "Name") or _has_tag(vocab, tokens[0].text, "Surn"):
            result.append(mention)
            continue
        split = tokens[1].start
        result.append(replace(mention, type="ORG", stop=tokens[0].stop, text=doc.text[mention.start:tokens[0].stop]))
        result.append(replace(mention, start=split, text=doc.text[split:mention.stop]))
    return result


def _known_given_name(vocab: Any, word: str) -> bool:
    """A given name of the dictionary in the nominative, not a guess: "Эдвард", "Александр" (not "Моралес",
    guessed a woman's)."""
    return any({"Name", "nomn"} <= f.tag.grammemes and f.is_known for f in vocab(word.lower()))


def _name_word(vocab: Any, word: str) -> bool:
    """A given name or a patronymic of the dictionary: what may follow a given name within one person's name."""
    return any({"Name", "Patr"} & f.tag.grammemes and f.is_known for f in vocab(word.lower()))


# Short words are parts of East Asian names ("Кима Чен Ира Ким Ир Сен": "Ира" is a given name to the
# dictionary too): a surname and a given name of four letters or more mark where a second person starts.
_SIDE_NAME_LETTERS = 4


def _split_side_by_side(doc: Doc, mentions: list[Mention], vocab: Any) -> list[Mention]:
    """"Эво Моралес Эдвард Сноуден" (a photo caption: two full names with nothing between): in a person span of
    four words or more, a given name of the dictionary in the nominative after a word that is neither a given
    name nor a patronymic (a surname), both of four letters or more, starts a second person, where each part
    keeps two words at least and the first is a person too: its first word a given name, or its words named
    again in the article ("Эво Моралес").
    Several given names of one person follow one another ("Джон Рональд Руэл Толкин") and stay one."""
    result = []
    for mention in mentions:
        if mention.type != "PER" or len(mention.text.split()) < 4:
            result.append(mention)
            continue
        first, last = token_range(doc.tokens, mention.start, mention.stop)
        tokens = doc.tokens[first:last]
        cut = None
        if len(tokens) >= 4 \
                and all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in tokens):
            cut = next((i for i in range(2, len(tokens) - 1) if len(tokens[i].text) >= _SIDE_NAME_LETTERS
                        and len(tokens[i - 1].text) >= _SIDE_NAME_LETTERS and _known_given_name(vocab, tokens[i].text)
                        and not _name_word(vocab, tokens[i - 1].text)), None)
        if cut is None:
            result.append(mention)
            continue
        left = doc.text[mention.start:tokens[cut - 1].stop]
        if not _known_given_name(vocab, tokens[0].text) and doc.text.count(left) < 2:
            result.append(mention)
            continue
        result.append(replace(mention, stop=tokens[cut - 1].stop, text=left))
        result.append(replace(mention, start=tokens[cut].start, text=doc.text[tokens[cut].start:mention.stop]))
    return result


# Cases as pymorphy writes them, each second form folded into the first ("в лесу": loc2 is a locative).
_CASE_FOLD = {"gen2": "gent", "acc2": "accs", "loc2": "loct", "voct": "nomn"}
_CONSONANT_END = re.compile(r"[бвгджзйклмнпрстфхцчшщь]$")
# Genders a word of a person's name may have: "ms-f" (a surname of either, "Шойгу") agrees with both.
_EITHER_GENDER = "ms-f"


def _readings_agree(one: Any, other: Any) -> bool:
    """Two readings of words of one name: the same case, number and gender (a gender left open agrees)."""
    a, b = one.tag, other.tag
    if a.case is None or b.case is None:
        return False
    if _CASE_FOLD.get(a.case, a.case) != _CASE_FOLD.get(b.case, b.case):
        return False
    if a.number is not None and b.number is not None and a.number != b.number:
        return False
    # a gender binds only where a word does not decline for it: a woman's "Карлсон" in any case, never a man's
    # ("Михаем Предой": a man's name in "-а" declines as a woman's, whatever gender pymorphy guesses)
    if "Fixd" not in a.grammemes and "Fixd" not in b.grammemes:
        return True
    genders = {a.gender, b.gender} - {None, _EITHER_GENDER}
    return len(genders) < 2


def _declined_surname(vocab: Any, word: str) -> bool:
    """A surname in an oblique case with its ending ("Лавровым", "Шольцем"): no reading of the word is a nominative
    or a given name or patronymic, and one is a surname of the dictionary, or a form of a surname of the people
    list. Not a common noun ("министром"), nor a word the dictionary only guesses ("Хабр", "Олаф")."""
    readings = vocab(word.lower())
    if not readings or any(r.tag.case in ("nomn", "voct") or {"Name", "Patr"} & r.tag.grammemes and r.is_known
                           for r in readings):
        return False
    return word in names.famous_surnames().nominative or any("Surn" in r.tag.grammemes and r.is_known
                                                             for r in readings)


def _declined_given_name(vocab: Any, word: str) -> bool:
    """A given name of the dictionary in an oblique case, every reading of it one ("Сергея", "Ольги": a genitive,
    or a plural no one's name is in)."""
    if word.lower().endswith(("е", "о", "э", "у", "ю")):
        # "Джордже Симион", "Аджаму Барака": a foreign name that does not decline, whatever case it reads in
        return False
    readings = vocab(word.lower())
    return bool(readings) and all(r.is_known and "Name" in r.tag.grammemes for r in readings) \
        and not any(r.tag.case in ("nomn", "voct") and r.tag.number != "plur" for r in readings)


def _given_name_word(vocab: Any, word: str) -> bool:
    return any("Name" in r.tag.grammemes and r.is_known for r in vocab(word.lower()))


def _case_boundary(vocab: Any, left: str, right: str) -> bool:
    """Whether ``right`` cannot be a word of the name a declined surname ``left`` ends or stands in: no reading of
    one agrees with a reading of the other in case, number and gender ("Лавровым" is a man's instrumental and a
    family's dative; "Карлсон" a man's nominative or a woman's in any case, which a man's surname never stands
    beside); or a given name so declined, followed by another given name ("брат Сергея Михаил", "сын Ольги
    Никита"). A word that may not decline ("Шойгу", "Пелоси") or an East Asian name's short part is no boundary."""
    if min(len(left), len(right)) < _SIDE_NAME_LETTERS or not _name_shaped(left) or not _name_shaped(right):
        return False
    if right.lower().endswith((*names.INDECLINABLE_END, "ых", "их")):
        return False
    lefts = vocab(left.lower())
    if _CONSONANT_END.search(right.lower()) and any(r.tag.gender == "femn" for r in lefts):
        return False  # "Елены Кондрат": a woman's surname in a consonant does not decline
    if not _declined_surname(vocab, left) \
            and not (_declined_given_name(vocab, left) and _given_name_word(vocab, right)):
        return False
    rights = vocab(right.lower())
    return bool(rights) and not any(_readings_agree(a, b) for a in lefts for b in rights)


def _name_shaped(word: str) -> bool:
    """A capitalised word of letters (hyphens between them allowed), not written in capitals."""
    letters = word.replace("-", "")
    return letters.isalpha() and word[:1].isupper() and not letters.isupper()


@functools.cache
def _famous_name_pairs() -> frozenset[tuple[str, str]]:
    """Word pairs standing side by side in a full name of ``data/people.tsv`` ("Лопес", "Обрадор")."""
    pairs: set[tuple[str, str]] = set()
    for person in load_people():
        words = person.name.split()
        pairs.update(zip(words, words[1:], strict=False))
    return frozenset(pairs)


def _famous_boundary(vocab: Any, left: str, right: str) -> bool:
    """Whether two words side by side are the surnames of two different people of ``data/people.tsv``
    ("Шольц Макрон"): each a form of a listed surname, of four letters or more, neither a given name of the
    dictionary, and the two not side by side in one listed person's full name."""
    forms = names.famous_surnames().nominative
    one, other = forms.get(left), forms.get(right)
    if one is None or other is None or one == other or min(len(left), len(right)) < _SIDE_NAME_LETTERS:
        return False
    if (one, other) in _famous_name_pairs():
        return False
    # a given name's plural is no one's given name: "Лавров" (of "Лавр") stays a surname ("Лавров Блинкен")
    return not any("Name" in r.tag.grammemes and r.is_known and r.tag.number != "plur"
                   for word in (left, right) for r in vocab(word.lower()))


@functools.cache
def _famous_name_words() -> dict[str, frozenset[str]]:
    """The first four letters of the other words of the full names of ``data/people.tsv`` by surname ("Трамп" ->
    "дона" of "Дональд"): how the words that may stand before the surname in the one person's name begin."""
    words: dict[str, set[str]] = {}
    for person in load_people():
        parts = person.name.split()
        for surname in person.surnames or parts[-1:]:
            words.setdefault(surname, set()).update(p.lower()[:4] for p in parts if p != surname)
    return {k: frozenset(v) for k, v in words.items()}


def _famous_after_name(vocab: Any, tokens: Sequence[Token], i: int) -> bool:
    """Whether the word ``i`` of a person's span is a well-known person's surname as written in the nominative
    ("Трамп") standing after a name of two words or more that is not his ("Вивеку Рамасвами Трамп предложил":
    "Вивеку Рамасвами" then "Трамп"): none of the words before it begins like a word of his full name, the word
    just before it is no given name or patronymic of the dictionary ("Дональд Джон Трамп") and no part of a
    listed full name with it."""
    if i < 2:
        return False
    right, left = tokens[i].text, tokens[i - 1].text
    if names.famous_surnames().nominative.get(right) != right or right in names.famous_surnames().guarded \
            or len(right) < _SIDE_NAME_LETTERS or not _name_shaped(left) or (left, right) in _famous_name_pairs():
        return False
    if any({"Name", "Patr"} & r.tag.grammemes and r.is_known for r in vocab(left.lower())):
        return False
    own = _famous_name_words().get(right, frozenset())
    return not any(t.text.lower()[:4] in own for t in tokens[:i])


# Endings of patronymics, the dictionary's or not ("Ахматович", "Кызы"): a word so ending after a given name is the
# third word of one person's name written surname first ("Кадыров Рамзан Ахматович").
_PATRONYMIC_ENDS = ("вич", "вна", "чна", "оглы", "кызы", "улы")


def _surname_word(vocab: Any, word: str, others: Sequence[str]) -> bool:
    """Whether a word of a person's span is a surname: one of the dictionary (not a guess), a well-known one, or
    one the article writes as the last word of another person's name ("Эмиру Кустурице ... Кустурице Владимиру
    Путину": the first five letters the same)."""
    if word in names.famous_surnames().nominative:
        return True
    if any("Surn" in r.tag.grammemes and r.is_known for r in vocab(word.lower())):
        return True
    stem = word.lower()[:5]
    return len(stem) == 5 and any(other.lower().startswith(stem) for other in others)


def _surname_before_full_name(vocab: Any, tokens: Sequence[Token], i: int, others: Sequence[str]) -> bool:
    """Whether the word ``i`` of a person's span starts a second person's full name after a lone surname: "Кустурице
    Владимиру Путину", "Кустурица Владимир Путин" (a list or a caption with no comma). The word before it a surname
    (``_surname_word``), no given name or patronymic of the dictionary; the word a given name of the dictionary; the
    word after it neither a given name nor a patronymic, so no name written surname first ("Кадыров Рамзан
    Ахматович", "Лопес Обрадор Андрес Мануэль"); none of them short (the parts of East Asian names) nor a pair of
    one listed person's full name."""
    if i + 1 >= len(tokens):
        return False
    left, word, after = tokens[i - 1].text, tokens[i].text, tokens[i + 1].text
    if not all(_name_shaped(w) for w in (left, word, after)) \
            or min(len(left), len(word)) < _SIDE_NAME_LETTERS or (left, word) in _famous_name_pairs():
        return False
    if not any("Name" in r.tag.grammemes and r.is_known for r in vocab(word.lower())):
        return False
    if any({"Name", "Patr"} & r.tag.grammemes and r.is_known for r in vocab(left.lower())):
        return False
    if after.lower().endswith(_PATRONYMIC_ENDS) or any({"Name", "Patr"} & r.tag.grammemes
                                                       for r in vocab(after.lower())):
        return False
    return _surname_word(vocab, left, others)


def _split_side_by_side_surnames(doc: Doc, mentions: list[Mention], vocab: Any) -> list[Mention]:
    """"с Лавровым Карлсон, игнорируя ...", "Шольц Макрон": a person span the recogniser ran over two people whose
    names stand side by side, no comma between, is two. The words of one person's name agree in case ("Сергеем
    Лавровым", "Ангелой Меркель"): a surname declined in an oblique case followed by a word that agrees with it in
    no reading ends one person (``_case_boundary``); two listed surnames of different people with no given name
    between them are two (``_famous_boundary``)."""
    result = []
    for mention in mentions:
        if mention.type != "PER" or " " not in mention.text:
            result.append(mention)
            continue
        first, last = token_range(doc.tokens, mention.start, mention.stop)
        tokens = doc.tokens[first:last]
        start = mention.start
        # the last words of the article's other persons' names: the surnames it writes
        others = [m.text.split()[-1] for m in mentions if m.type == "PER" and m is not mention]
        for i in range(1, len(tokens)):
            left, right = tokens[i - 1], tokens[i]
            if right.start == left.stop or not (_case_boundary(vocab, left.text, right.text)
                                                or _famous_boundary(vocab, left.text, right.text)
                                                or _famous_after_name(vocab, tokens, i)
                                                or _surname_before_full_name(vocab, tokens, i, others)):
                continue
            result.append(replace(mention, start=start, stop=left.stop, text=doc.text[start:left.stop]))
            start = right.start
        result.append(mention if start == mention.start
                      else replace(mention, start=start, text=doc.text[start:mention.stop]))
    return result


def _case_forgotten(vocab: Any, token: Token) -> Token:
    """A word split off a longer name without the case the tagger gave the whole where no reading of the word is
    in that case ("Шольца" of "Шольца Путину", tagged a dative with "Путину")."""
    case = names.UD_TO_OC_CASE.get(token.feats.get("Case", ""))
    if case is None or any(_CASE_FOLD.get(r.tag.case or "", r.tag.case) == case for r in vocab(token.text.lower())):
        return token
    return replace(token, feats={k: v for k, v in token.feats.items() if k != "Case"})


_BRACKETS = ("[", "]")


def _bracket_edges(text: str, mention: Mention) -> Mention | None:
    """The mention without the square brackets of an editor's insertion at its edges ("[Матвиенко" of
    "Валентина Ивановна [Матвиенко]" split off, "[Кремле" after a preposition cut); None where nothing is left."""
    start, stop = mention.start, mention.stop
    while start < stop and text[start] in "[] ":
        start += 1
    while stop > start and text[stop - 1] in "[] ":
        stop -= 1
    if start == stop:
        return None
    return mention if (start, stop) == (mention.start, mention.stop) \
        else replace(mention, start=start, stop=stop, text=text[start:stop])


def _retype(lexicon: Lexicon, mention: Mention) -> Mention:
    """Known states are places, known organisations are organisations, whatever the tagger said; a person only
    where the organisation's name has several words, which a transliteration makes look like a person's
    ("Хьюман Райтс Вотч"; a one-word "Рада" may be a woman)."""
    normal = mention.normal
    if mention.type != "PER":
        if lexicon.country(normal) is not None and lexicon.org(normal) is None:
            return replace(mention, type="LOC")
        if lexicon.org(normal) is not None and lexicon.country(normal) is None:
            return replace(mention, type="ORG")
    elif " " in normal and lexicon.org(normal) is not None and lexicon.country(normal) is None:
        return replace(mention, type="ORG")
    return mention


_PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
# The last letters of oblique forms ("Алросе", "Газпромом", "Нафтогазу"): a word ending otherwise is no case form.
_OBLIQUE_LAST = frozenset("аеиоуыюяйм")
# The lexicon's one-word organisation and place names by the stem their oblique forms start with ("алрос" for
# "Алроса", "нафтогаз" for "Нафтогаз", "монтан" for "Монтана"), built once per lexicon.
_NAME_STEMS: dict[tuple[int, str], dict[str, list[str]]] = {}


def _name_stems(lexicon: Lexicon, kind: str) -> dict[str, list[str]]:
    """``kind`` "ORG": the organisations' names and aliases; "LOC": the places'."""
    stems = _NAME_STEMS.get((id(lexicon), kind))
    if stems is None:
        stems = {}
        entries = ((org.name, *org.aliases) for org in lexicon.orgs) if kind == "ORG" else \
            ((place.name, *place.aliases) for place in lexicon.places)
        for entry in entries:
            for name in set(entry):
                if len(name) < 4 or not name.isalpha() or lexicon.country(name) is not None:
                    continue
                lowered = name.lower()
                stem = name[:-1] if lowered.endswith(_DECLINING_VOWEL_END) else name
                if stem == name and lowered.endswith(_VOWEL_END):
                    continue  # a name in "-о", "-и", "-е" does not decline
                stems.setdefault(_fold(stem), []).append(name)
        _NAME_STEMS[(id(lexicon), kind)] = stems
    return stems


def _lexicon_nominative(vocab: Any, lexicon: Lexicon, mention: Mention) -> Mention:
    """A one-word name in an oblique case whose nominative is an organisation of the lexicon, where the
    dictionary made another word of it: "Алросе" read as the dative of a masculine "Алрос", even as a person;
    the organisation with its nominative. Not a word the dictionary knows as a person's name. A place read so
    ("в Монтане" as the masculine "Монтан") takes the lexicon place's nominative and stays a place."""
    word = mention.text
    if len(word) < 4 or word[-1] not in _OBLIQUE_LAST or not word[:1].isupper() or not word.isalpha():
        return mention
    normal = mention.normal
    if lexicon.org(normal) is not None or lexicon.country(normal) is not None or lexicon.place(normal) is not None:
        return mention
    found = next(((kind, name) for kind in (("LOC", "ORG") if mention.type == "LOC" else ("ORG",))
                  for cut in (1, 2, 3) for name in _name_stems(lexicon, kind).get(_fold(word[:-cut]), ())
                  if _oblique_of(word, name)), None)
    if found is None:
        return mention
    kind, candidate = found
    if mention.type == "PER" and any(_PERSON_GRAMMEMES & f.tag.grammemes and f.is_known for f in vocab(word.lower())):
        return mention
    return replace(mention, type=kind, normal=candidate)


def _dictionary_place(vocab: Any, lexicon: Lexicon, mention: Mention) -> Mention:
    """A one-word place in an oblique case the tagger misread ("в районе Покровска" as a nominative): where every
    reading of the word as a place (pymorphy's "Geox") is an oblique case of one nominative the dictionary knows,
    that nominative. The gazetteer's own names stay, and so does a word that may be an adjective ("Крымском" is
    the district's as often as the town's)."""
    word = mention.text
    # only a word the tagger left as written (read as a nominative): a declined one has its nominative already
    if mention.type != "LOC" or word != mention.normal or len(word) < 4 or word[-1] not in _OBLIQUE_LAST \
            or not word.isalpha() \
            or not word[:1].isupper() or word.isupper() or lexicon.place(word) is not None \
            or lexicon.country(word) is not None:
        return mention
    nominative = _place_nominative(vocab, word)
    return replace(mention, normal=nominative) if nominative and nominative != word else mention


# A possessive adjective's stem ("Часов" of "Часова", "Часовом"; "Мамаев" of "Мамаева") and its case ending.
_POSSESSIVE = re.compile(r"^([А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын))(?:|а|у|ым|ом|ой|ою|ы|ых|ыми)$")


def _possessive_place(vocab: Any, lexicon: Lexicon, mention: Mention) -> Mention:
    """A place named with a possessive adjective ("Часов Яр", "Вышний Волочёк" is none): the dictionary takes
    its oblique forms for a common adjective's ("Часовом Яре" as "Часовой Яр") or a surname's ("Часова Яра" as a
    person). Where the gazetteer knows the possessive's nominative with the name's other words, and not the
    normal given, that is the place."""
    words = mention.normal.split(" ")
    written = mention.text.split(" ")
    if mention.type not in ("LOC", "PER") or len(words) != 2 or len(written) != 2:
        return mention
    match = _POSSESSIVE.match(written[0])
    if match is None:
        return mention
    if mention.type == "LOC" and (city_country(mention.normal) is not None or lexicon.place(mention.normal)
                                  is not None):
        return mention
    # the noun as the normal has it, or (where the name was read as a person's) as the dictionary declines it:
    # "Часова Яра" may come back as "Часов Яра"
    nouns = [words[1], *(names.recover_shape(f.normal_form, written[1]) for f in vocab(written[1].lower())
                         if f.tag.POS == "NOUN" and f.is_known)]
    candidate = next((f"{match.group(1)} {noun}" for noun in nouns
                      if city_country(f"{match.group(1)} {noun}") is not None), None)
    return mention if candidate is None else replace(mention, normal=candidate, type="LOC")


def _possessive_with_noun(doc: Doc, mentions: list[Mention], vocab: Any) -> list[Mention]:
    """A one-word name that the tagger reads as an adjective and the dictionary knows as a possessive one,
    before a lower-case noun in its case, gender and number: the two are one place's name, the noun written
    small ("у Мамаева кургана" is Мамаев курган, no man named Мамаев; "Лисьего носа" is Лисий нос)."""
    fixed = []
    for mention in mentions:
        first, last = token_range(doc.tokens, mention.start, mention.stop)
        if mention.type in ("PER", "LOC") and last == first + 1 and last < len(doc.tokens):
            word, noun = doc.tokens[first], doc.tokens[last]
            feats = ("Case", "Gender", "Number")
            if word.pos == "ADJ" and noun.pos == "NOUN" and noun.text.isalpha() and noun.text.islower() \
                    and noun.start - word.stop == 1 and all(word.feats.get(f) == noun.feats.get(f) for f in feats) \
                    and any(f.is_known and "Poss" in f.tag.grammemes for f in vocab(word.text.lower())):
                grown = replace(mention, stop=noun.stop, text=doc.text[mention.start:noun.stop], type="LOC")
                normal = names.normalize(vocab, doc.tokens[first:last + 1], "LOC", doc.tokens, first)
                mention = replace(grown, normal=normal)
        fixed.append(mention)
    return fixed


def _place_nominative(vocab: Any, word: str) -> str | None:
    forms = vocab(word.lower())
    if any("ADJF" in f.tag.grammemes for f in forms):
        return None  # "в Крымском и Красноармейском районах", "на Донецком направлении": an adjective's place
    places = [f for f in forms if "Geox" in f.tag.grammemes and f.is_known and "NOUN" in f.tag.grammemes]
    lemmas = {f.normal_form for f in places}
    if len(lemmas) != 1 or any("nomn" in f.tag.grammemes for f in places):
        return None
    return names.recover_shape(lemmas.pop(), word)


def _fold(text: str) -> str:
    return text.replace("ё", "е").replace("Ё", "Е").casefold()


# A woman's adjectival surname in an oblique case ("Политковской", "Заруцкую"), whose lemma is the man's.
_WOMANS_ADJECTIVAL_OBLIQUE = re.compile(r"[сц]к(?:ой|ую)$")


def _surname_of_form(surnames: dict[str, str], word: str, lemma: str) -> str | None:
    """The article's surname that ``word`` is a form of, by its lemma; a woman's oblique "-ской" is of the
    woman's "-ская", never of the man's "-ский" the lemma gives: "Дело Политковской" above "Вера и Илья
    Политковские" is Анна Политковская's, not Илья Политковский's."""
    folded = _fold(word)
    if _WOMANS_ADJECTIVAL_OBLIQUE.search(folded):
        return surnames.get(folded[:-2] + "ая")
    return surnames.get(_fold(lemma))


def _recover_persons(doc: Doc, found: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Surnames of the article's persons where NER missed them: "Р.Головченко" in a headline, "Мамина".

    Only capitalised words whose form or lemma is the surname of a person NER found elsewhere in the article,
    with the initials written before it ("Р." / "В.В.").
    """
    surnames: dict[str, str] = {}
    for mention in found:
        if mention.type == "PER" and mention.normal:
            last = mention.normal.split()[-1]
            if "." not in last and len(last) > 2:
                surnames[_fold(last)] = last
    if not surnames:
        return found
    # A surname alone the tagger took for a place or an organisation ("Захарова заявила" after "Мария Захарова"):
    # one word, the surname of a person found in the article, and no state or organisation we know.
    # A surname of a full name only: "Владимир" named alone is no reason to take the city for a person.
    full = {key: last for key, last in surnames.items()
            if any(m.type == "PER" and len(m.normal.split()) > 1 and _fold(m.normal.split()[-1]) == key for m in found)}
    found = [replace(m, type="PER", normal=full.get(_fold(m.text)) or full[_fold(m.normal)])
             if m.type != "PER" and " " not in m.text and m.text[:1].isupper() and m.text[1:].islower()
             and (_fold(m.text) in full or _fold(m.normal) in full)
             and lexicon.country(m.normal) is None and lexicon.org(m.normal) is None else m
             for m in found]
    covered = [False] * len(doc.text)
    for mention in found:
        covered[mention.start:mention.stop] = [True] * (mention.stop - mention.start)
    tokens = doc.tokens
    extra = []
    for i, token in enumerate(tokens):
        if covered[token.start] or not token.text[:1].isupper():
            continue
        surname = surnames.get(_fold(token.text)) or _surname_of_form(surnames, token.text, token.lemma)
        if surname is None:
            continue
        first = i
        # Initials before the surname: "Р." or "В.В." (each letter a token, then a dot).
        while first >= 2 and tokens[first - 1].text == "." and len(tokens[first - 2].text) == 1 \
                and tokens[first - 2].text.isupper() and tokens[first - 1].start - tokens[first - 2].stop == 0:
            first -= 2
        start = tokens[first].start
        normal = doc.text[start:token.start] + surname
        extra.append(Mention(start=start, stop=token.stop, text=doc.text[start:token.stop], type="PER",
                             normal=normal))
    return sorted([*found, *extra], key=lambda m: (m.start, m.stop))


# A lexicon name is looked for where the recogniser found nothing when it is a phrase of two words or more with a
# capital first ("Международная амнистия", "Human Rights Watch") or an abbreviation of three capitals or more
# ("HRW"); a word of the text matches a word of the name by its first letters, the last two (a case ending) free
# for a Russian word of five letters or more ("Международной амнистии"), all of them for a short or Latin word.
_GAZETTEER_PUNCT = re.compile(r"[^\w\s-]")
_KEY_LETTERS = 3
_GAZETTEERS: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _word_key(word: str) -> str:
    """What a word of the text must start with to be this word of a name in some case."""
    folded = _fold(word)
    if word.isupper() or not re.search("[а-яё]", folded) or len(folded) < 5:
        return folded
    return folded[:-2]


def _gazetteer(lexicon: Lexicon) -> dict[str, list[tuple[str, ...]]]:
    """The lexicon's organisation names worth looking for, as word keys, by the first letters of their first
    word (folded, capitalised and in capitals), longest first (built once per lexicon)."""
    table = _GAZETTEERS.get(id(lexicon))
    if table is not None:
        return table
    table = {}
    for org in lexicon.orgs:
        for name in {org.name, *org.aliases, org.full}:
            words = name.split()
            if not words or _GAZETTEER_PUNCT.search(name) or not words[0][:1].isupper() \
                    or len(words) == 1 and not (name.isupper() and len(name) >= 3 and name.isalpha()):
                continue
            keys = tuple(_word_key(w) for w in words)
            table.setdefault(keys[0][:_KEY_LETTERS], []).append(keys)
    for first in list(table):
        table[first].sort(key=len, reverse=True)
        # the first letters as a text writes them, so that a token is looked up as it stands: "Меж", "МЕЖ"
        table[first[:1].upper() + first[1:]] = table[first.upper()] = table[first]
    _GAZETTEERS[id(lexicon)] = table
    return table


def _lexicon_organisations(doc: Doc, found: list[Mention], vocab: Any, lexicon: Lexicon) -> list[Mention]:
    """Organisations of the lexicon the recogniser missed: "Международная амнистия (Amnesty International)
    обвиняет" opening a paragraph, "Human Rights Watch (HRW)". A phrase of the text whose words start as the
    name's do, in one sentence, covered by no mention, capitalised as the name is, and whose nominative is a name
    the lexicon knows; an abbreviation alone only where the article names the organisation otherwise too ("ВПП"
    is a runway more often than the World Food Programme)."""
    table = _gazetteer(lexicon)
    tokens = doc.tokens
    extra: list[Mention] = []
    for i, token in enumerate(tokens):
        if not token.text[:1].isupper():
            continue
        phrases = table.get(token.text[:_KEY_LETTERS])
        if phrases is None or extra and token.start < extra[-1].stop:
            continue
        folded = _fold(token.text)
        size = next((len(keys) for keys in phrases if folded.startswith(keys[0]) and _matches(tokens, i, keys, found)),
                    0)
        known = _known_organisation(doc, i, i + size, vocab, lexicon) if size else None
        if known is not None:
            extra.append(known)
            # the recogniser's span of its first words only ("Европейского суда" of "Европейского суда по правам
            # человека"): the name the lexicon knows replaces it
            found = [m for m in found if not _cut_short(m, known)]
    if any(" " not in m.text for m in extra):
        named = {lexicon.org(m.normal) for m in found} | {lexicon.org(m.normal) for m in extra if " " in m.text}
        extra = [m for m in extra if " " in m.text or lexicon.org(m.normal) in named
                 or _headline_abbreviation(doc.text, m, vocab)]
    return sorted([*found, *extra], key=lambda m: (m.start, m.stop)) if extra else found


# The plural endings of a group's name written as a common noun ("хуситы": "хуситов", "хуситам"), after its stem.
_GROUP_PLURAL = ("ы", "и", "ов", "ам", "ами", "ах")
_GROUP_NAMES: dict[int, dict[str, str]] = {}


def _lower_case_groups(lexicon: Lexicon) -> dict[str, str]:
    """The lexicon's one-word names that Russian writes in lower case, as the plural of a member ("хуситы",
    "талибы") or a word that does not decline ("хути"), by each of their forms (built once per lexicon)."""
    table = _GROUP_NAMES.get(id(lexicon))
    if table is not None:
        return table
    table = {}
    for org in lexicon.orgs:
        for name in org.aliases:
            if not (name.isalpha() and name.islower()):
                continue
            table[name] = name
            if len(name) >= 5 and name.endswith(("ы", "и")):
                table.update({name[:-1] + ending: name for ending in _GROUP_PLURAL})
    _GROUP_NAMES[id(lexicon)] = table
    return table


def _group_names(doc: Doc, found: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Armed groups and movements the news names by the plural of their members in lower case, which the
    recogniser never reads as a name: "хуситы атаковали судно", "удары по позициям талибов", "Талибы захватили"
    opening a sentence. Only the lower-case forms the lexicon lists for an organisation, in a word no mention
    covers."""
    table = _lower_case_groups(lexicon)
    extra = []
    for i, token in enumerate(doc.tokens):
        word = token.text
        if i == 0 or doc.tokens[i - 1].sent != token.sent:
            word = word[:1].lower() + word[1:]  # "Талибы захватили": capitalised as the sentence opens
        if word in table and not any(m.start < token.stop and token.start < m.stop for m in found):
            extra.append(Mention(start=token.start, stop=token.stop, text=token.text, type="ORG", normal=table[word]))
    return sorted([*found, *extra], key=lambda m: (m.start, m.stop)) if extra else found


def _headline_abbreviation(text: str, mention: Mention, vocab: Any) -> bool:
    """An abbreviation of the lexicon in a line written all in capitals ("ВСУ АТАКОВАЛИ БЕЛГОРОД"), where the
    recogniser reads no name, and that is no word of the dictionary too ("ВОЗ", "МОТ" may be the words)."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_stop = text.find("\n", mention.stop)
    line = text[line_start:line_stop if line_stop >= 0 else len(text)]
    if not line.isupper() or len(line.split()) < 2:
        return False
    return not any(f.is_known and "Abbr" not in f.tag.grammemes for f in vocab(mention.text.lower()))


def _matches(tokens: Sequence[Token], first: int, keys: tuple[str, ...], found: list[Mention]) -> bool:
    """The tokens from ``first`` on (the first one's start already checked) are the name's words in some case,
    in one sentence, none in a mention; an abbreviation must be written in capitals, as the name has it."""
    end = first + len(keys)
    if end > len(tokens) or tokens[end - 1].sent != tokens[first].sent:
        return False
    if len(keys) == 1:
        words_match = tokens[first].text.isupper() and _fold(tokens[first].text) == keys[0]
    else:
        words_match = all(_fold(tokens[i].text).startswith(key) for i, key in zip(range(first + 1, end), keys[1:],
                                                                                   strict=True))
    start, stop = tokens[first].start, tokens[end - 1].stop
    cut = Mention(start=start, stop=stop, text="", type="ORG", normal="")
    return words_match and not any(m.start < stop and start < m.stop and not _cut_short(m, cut) for m in found)


def _cut_short(mention: Mention, name: Mention) -> bool:
    """``mention`` is an organisation the recogniser ended before the words that complete the longer ``name``
    at its start: "Европейский суд" of "Европейский суд по правам человека", whose "по ..." it drops."""
    return mention.type == "ORG" and mention.start == name.start and mention.stop < name.stop


def _known_organisation(doc: Doc, first: int, last: int, vocab: Any, lexicon: Lexicon) -> Mention | None:
    """The mention of tokens [first, last) as an organisation, if its nominative (or the words as written) is a
    name of the lexicon."""
    tokens = doc.tokens
    start, stop = tokens[first].start, tokens[last - 1].stop
    text = doc.text[start:stop]
    normal = names.normalize(vocab, tokens[first:last], "ORG", tokens, first)
    if lexicon.org(normal) is None:
        if lexicon.org(text) is None:
            return None
        normal = text
    return Mention(start=start, stop=stop, text=text, type="ORG", normal=normal)


@functools.cache
def institutions() -> dict[str, list[tuple[str, ...]]]:
    """Institution phrases by their last lemma, longest first (``data/institutions.tsv``)."""
    text = package_file("institutions.tsv")
    table: dict[str, list[tuple[str, ...]]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            words = tuple(line.split())
            table.setdefault(words[-1], []).append(words)
    for phrases in table.values():
        phrases.sort(key=len, reverse=True)
    return table


def _institution_mentions(doc: Doc, found: list[Mention], vocab: Any) -> list[Mention]:
    """"правительства Израиля", "мэрии Москвы": a state's institution named with the state is an organisation
    of its own (the place stays a mention inside it)."""
    tokens = doc.tokens
    table = institutions()
    org_ends = {m.stop: m for m in found if m.type == "ORG"}
    extra = []
    for mention in found:
        if mention.type != "LOC":
            continue
        first, last = token_range(tokens, mention.start, mention.stop)
        if first == 0 or first >= len(tokens) or tokens[first].feats.get("Case") != "Gen":
            continue
        org = org_ends.get(tokens[first - 1].stop)
        adjacent = org is not None and not doc.text[org.stop:mention.start].strip()
        if org is not None and adjacent and tokens[first - 1].sent == tokens[first].sent:
            # "МВД Украины", "Госдепартамента США": an organisation named with its state is one name.
            begin = token_range(tokens, org.start, org.stop)[0]
            extra.append(Mention(start=org.start, stop=mention.stop, text=doc.text[org.start:mention.stop],
                                 type="ORG", normal=names.normalize(vocab, tokens[begin:last], "ORG", tokens, begin)))
            continue
        for phrase in table.get(tokens[first - 1].lemma.lower(), ()):
            begin = first - len(phrase)
            if begin < 0 or tuple(t.lemma.lower() for t in tokens[begin:first]) != phrase:
                continue
            if tokens[begin].sent != tokens[first].sent:
                continue
            normal = names.normalize(vocab, tokens[begin:last], "ORG", tokens, begin)
            start = tokens[begin].start
            extra.append(Mention(start=start, stop=mention.stop, text=doc.text[start:mention.stop], type="ORG",
                                 normal=normal))
            break
    # The institution alone may already be an organisation ("Конгресса" + "США"): the longer mention replaces it.
    replaced = {(e.start, m.stop) for e in extra for m in found
                if m.type == "ORG" and m.start == e.start and m.stop < e.stop}
    kept = [m for m in found if (m.start, m.stop) not in replaced]
    return sorted([*kept, *extra], key=lambda m: (m.start, m.stop))


# A state's bodies named by the state's adjective ("Британское правительство", "японский парламент"): factRuEval
# annotates the phrase as an organisation; other institutions with an adjective ("российская армия", "украинская
# сборная") are left as they are.
_ADJECTIVE_BODIES = {("правительство",), ("кабинет", "министров"), ("парламент",), ("мид",), ("минобороны",)}
_BODY_HEADS = frozenset(body[0] for body in _ADJECTIVE_BODIES)
_BODY_STEMS = ("равительств", "абинет", "арламент", "МИД", "мид", "инобороны")
_BODY_WORDS = re.compile(r"\b(?:[Пп]равительств|[Кк]абинет|[Пп]арламент|МИД|мид|[Мм]инобороны)")
# Bodies whose name is written as a proper name ("российский МИД", "Российское Минобороны"), and the neuter ones
# the adjective agrees with ("Британское правительство").
_PROPER_BODIES: dict[tuple[str, ...], str] = {("мид",): "МИД", ("минобороны",): "Минобороны"}
_NEUTER_BODIES = frozenset({"правительство", "Минобороны"})


def _adjective_institutions(doc: Doc, found: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """"Британское правительство заявило", "китайскому правительству": a state's adjective agreeing with the
    name of its government or parliament is that state's organisation (its country comes from the adjective)."""
    text = doc.text
    if not any(stem in text for stem in _BODY_STEMS):
        return found  # most articles name none (a plain substring test is the cheapest look)
    tokens = doc.tokens
    extra = []
    replaced: set[tuple[int, int]] = set()
    # only where the text has such a word: the tokens are not read one by one
    for match in _BODY_WORDS.finditer(text):
        i = token_range(tokens, match.start(), match.start() + 1)[0]
        if not 0 < i < len(tokens) or tokens[i].start != match.start():
            continue
        noun = tokens[i]
        if noun.lemma.lower() not in _BODY_HEADS or tokens[i - 1].pos != "ADJ":
            continue
        adjective = tokens[i - 1]
        body = next((b for b in _ADJECTIVE_BODIES if tuple(t.lemma.lower() for t in tokens[i:i + len(b)]) == b
                     or len(b) == 2 and tuple(t.text.lower() for t in tokens[i:i + 2]) == b), None)
        if body is None or noun.feats.get("Number") == "Plur" or adjective.sent != noun.sent \
                or adjective.feats.get("Case") != noun.feats.get("Case") and not noun.text.isupper() \
                or len(lexicon.country_of_adjective(adjective.text)) != 1:
            continue
        stop = tokens[i + len(body) - 1].stop
        inside = [m for m in found if m.start < stop and adjective.start < m.stop]
        # the recogniser's "МИД" of "Российский МИД" is the body alone: the phrase takes its place
        if any(m.type != "ORG" or m.start < noun.start or m.stop > stop for m in inside):
            continue
        replaced.update((m.start, m.stop) for m in inside)
        normal = f"{adjective.lemma.lower()} {_PROPER_BODIES.get(body) or ' '.join(body)}"
        extra.append(Mention(start=adjective.start, stop=stop, text=doc.text[adjective.start:stop], type="ORG",
                             normal=_agreeing_adjective(normal, adjective.text)))
    if not extra:
        return found
    kept = [m for m in found if (m.start, m.stop) not in replaced]
    return sorted([*kept, *extra], key=lambda m: (m.start, m.stop))


def _agreeing_adjective(normal: str, written: str) -> str:
    """"британский правительство" -> "британское правительство": the adjective in the noun's gender, capitalised
    where it was written so ("Британское правительство" opening a sentence)."""
    adjective, rest = normal.split(" ", 1)
    if rest in _NEUTER_BODIES:
        for masculine, neuter in (("ский", "ское"), ("цкий", "цкое"), ("ный", "ное"), ("ий", "ее"), ("ой", "ое")):
            if adjective.endswith(masculine):
                adjective = adjective[:-len(masculine)] + neuter
                break
    return names.recover_shape(adjective, written) + " " + rest


def _joined_organisations(doc: Doc, found: list[Mention], vocab: Any, lexicon: Lexicon) -> list[Mention]:
    """"Института этнологии и антропологии РАН", "Следственного комитета при прокуратуре РФ": an organisation
    named with the one it belongs to, in the genitive or after "при", is one name (the parts stay mentions).
    Two organisations the lexicon knows, of different states, are two ("По Алросе ЕС ввел ограничения": an
    abbreviation has no case to say it is a genitive)."""
    tokens = doc.tokens
    org_ends = {m.stop: m for m in found if m.type == "ORG"}
    extra = []
    for mention in found:
        first, last = token_range(tokens, mention.start, mention.stop)
        if mention.type == "ORG" and 0 < first < len(tokens) and (
                (org := org_ends.get(tokens[first - 1].stop)) is not None
                and (tokens[first].feats.get("Case") == "Gen" or mention.text.isupper())
                or first > 1 and tokens[first - 1].lemma.lower() == "при"
                and (org := org_ends.get(tokens[first - 2].stop)) is not None) \
                and not doc.text[org.stop:mention.start].strip(" при") \
                and tokens[first - 1].sent == tokens[first].sent and not _two_known(lexicon, org, mention):
            begin = token_range(tokens, org.start, org.stop)[0]
            extra.append(Mention(start=org.start, stop=mention.stop, text=doc.text[org.start:mention.stop],
                                 type="ORG", normal=names.normalize(vocab, tokens[begin:last], "ORG", tokens, begin)))
    replaced = {(e.start, m.stop) for e in extra for m in found
                if m.type == "ORG" and m.start == e.start and m.stop < e.stop}
    kept = [m for m in found if (m.start, m.stop) not in replaced]
    return sorted([*kept, *extra], key=lambda m: (m.start, m.stop))


def _two_known(lexicon: Lexicon, org: Mention, owner: Mention) -> bool:
    """Both names are known to the lexicon, the first as a body of one state, the second as neither that state nor
    one of its bodies: "Алросе ЕС" is a company and the Union, while "МВД РФ" stays one name (the state owns the
    body) and so does an international body's part ("Совбеза ООН")."""
    known = lexicon.org(org.normal)
    if known is None or (lexicon.org(owner.normal) is None and lexicon.country(owner.normal) is None):
        return False
    return known.country is not None and lexicon.country_code(owner.normal) != known.country


# Parts of speech no name is made of: a capitalised "Почему Байден", "В", "Он" at a sentence's start is a word
# the recogniser swept into a name, or took for one.
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "INTJ", "PRED"})
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})


@functools.cache
def common_abbreviations() -> frozenset[str]:
    """Abbreviations of common nouns ("СМИ", "СВО"), case-folded (``data/common_abbreviations.tsv``)."""
    text = package_file("common_abbreviations.tsv")
    return frozenset(_fold(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _function_word(vocab: Any, word: str) -> bool:
    """A preposition, conjunction, pronoun, adverb or particle to pymorphy, in its first reading and with no
    reading as a name: "Почему", "В", "Он" (not "ОН", an abbreviation, nor "Ли", a surname)."""
    # longer words are nearly always content words: no parse asked for them
    if not word.isalpha() or word.isupper() and len(word) > 1 or len(word) > 8:
        return False
    known = _FUNCTION_WORDS.get(word)
    if known is None:
        parses = vocab(word.lower())
        known = bool(parses) and parses[0].tag.POS in _FUNCTION_POS \
            and not any(_NAME_GRAMMEMES & set(p.tag.grammemes) for p in parses)
        if len(_FUNCTION_WORDS) < 50_000:
            _FUNCTION_WORDS[word] = known
    return known


# Every mention's first word is asked about: pymorphy's parse of it, remembered (the same few thousand words).
_FUNCTION_WORDS: dict[str, bool] = {}


def _opening_preposition(vocab: Any, tokens: Sequence[Token], i: int) -> bool:
    """A capitalised preposition or conjunction opening a phrase, the word after it in lower case: "По словам
    блогерши" (the recogniser's person "По"; an abbreviation "ПО" to the dictionary too), not a Chinese surname
    ("Ли сообщил")."""
    word = tokens[i].text
    if len(word) > 3 or not word.isalpha() or word in names.chinese_surnames() or i + 1 >= len(tokens) \
            or not tokens[i + 1].text.isalpha() or not tokens[i + 1].text.islower():
        return False
    parses = vocab(word.lower())
    return bool(parses) and parses[0].tag.POS in ("PREP", "CONJ") and parses[0].is_known


def _repair(doc: Doc, mention: Mention, vocab: Any) -> Mention | None:
    """A mention without the function words the recogniser put at its start ("Почему Байден" -> "Байден"),
    or None where nothing is left, or what is left names no one: a lone letter taken for a person ("В"),
    the abbreviation of a common noun taken for an organisation ("СМИ")."""
    tokens = doc.tokens
    first, last = token_range(tokens, mention.start, mention.stop)
    # Only before a capitalised word: "За права человека" is a movement's name, "А. Кудрин" an initial.
    while first < last and _function_word(vocab, tokens[first].text) and (
            first + 1 == last or tokens[first + 1].text[:1].isupper() and tokens[first + 1].text != "."):
        first += 1
    if first == last:
        return None
    if tokens[first].start > mention.start:
        start = tokens[first].start
        mention = replace(mention, start=start, text=doc.text[start:mention.stop])
    if mention.type == "PER" and (len(mention.text) == 1 or first + 1 == last and _opening_preposition(vocab, tokens,
                                                                                                     first)):
        return None
    if mention.type != "PER" and (_fold(mention.text) in common_abbreviations() or mention.text.islower()):
        return None  # "полиция", "ведомство", "в": a common noun or a word, not a name
    if first + 1 == last and _no_name_word(vocab, tokens[first].text):
        return None  # "[Подписаться](https://t.me/...)", "[Читать]", "Подробнее": a link's call, not a name
    if first + 1 == last and _verb_opening(doc.text, vocab, tokens[first].text, tokens[first].start):
        return None  # "Распространите.", "Напоминаем, что ...": a post's call or a verb opening a sentence
    return mention


# Parts of speech a one-word name never is: an infinitive, a gerund, an adverb, a comparative, a predicative. A
# post's links ("Подписаться", "Читать полностью", "Подробнее") stand alone once their addresses are kept out of
# the parse, and the recogniser takes the capitalised word for a place or an organisation.
_NO_NAME_POS = frozenset({"INFN", "GRND", "ADVB", "COMP", "PRED"})
# A post's calls and openings are capitalised finite verbs ("Распространите.", "Напоминаем, что ...",
# "Отстрелялся сам", "[Подписывайся на Mash](...)"), and a full participle opening a sentence is its subject
# described by what it did ("Сообщивший о неисправности борт"): the recogniser takes them for a person. A
# verb's form may also read as a short participle ("Напоминаем") or a conjunction ("Оказывается"); alone those
# may be a name (pymorphy reads "Серена" as a participle only).
_VERB_POS = frozenset({"VERB"})
_VERB_BESIDE = frozenset({"PRTS", "CONJ"})
# Shorter verbs are foreign names as often: "правительства Мори" (Ёсиро Мори) reads as the imperative "мори".
_VERB_LETTERS = 5


def _no_name_word(vocab: Any, word: str) -> bool:
    """Whether every reading the dictionary knows of a capitalised word is of a part of speech no one-word name
    is (``_NO_NAME_POS``), with no reading as a name."""
    if not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    readings = vocab(word.lower())
    return bool(readings) and all(r.is_known and r.tag.POS in _NO_NAME_POS and not _NAME_GRAMMEMES & set(
        r.tag.grammemes) for r in readings)


def _verb_opening(text: str, vocab: Any, word: str, start: int) -> bool:
    """Whether a one-word name is a finite verb or a full participle (every reading the dictionary knows, none
    a name's) opening a sentence or a line: "Распространите.", "Напоминаем, что", "Пострадавший доставлен"."""
    if len(word) < _VERB_LETTERS or not word.isalpha() or not word[:1].isupper() or word.isupper() \
            or not _sentence_opening(text, start):
        return False
    readings = vocab(word.lower())
    if not readings or not all(r.is_known and not _NAME_GRAMMEMES & set(r.tag.grammemes) for r in readings):
        return False
    kinds = {str(r.tag.POS) for r in readings}
    return kinds == {"PRTF"} or kinds <= _VERB_POS | _VERB_BESIDE and bool(kinds & _VERB_POS)


def _no_person(doc: Doc, vocab: Any, mention: Mention, found: Sequence[Mention]) -> bool:
    """A one-word person that is none, whichever step found it (the recogniser, or a well-known surname's
    lookup): a word alone in quotation marks after the noun of a kind of thing ('альбом «Жанна»', 'фильм
    «Линкольн»'), or one that no person of the article is named by outside them (a blogger "Хиккан" may be
    written «Хиккан» further on); or a plural ("Весы, Тельцы и Стрельцы")."""
    if mention.type != "PER" or mention.kind != "name":
        return False
    if _plural_noun_person(vocab, mention):
        return True
    if not _quoted_word(doc, mention):
        return False
    first, _ = token_range(doc.tokens, mention.start, mention.stop)
    before = doc.tokens[first - 2] if first > 1 else None  # the word before the opening quotation mark
    if before is not None and before.pos == "NOUN" and before.lemma.lower().split("-")[-1] in names.name_kinds():
        return True  # 'альбом «Жанна»', 'телеграм-канала «Аппельберг»': a thing of that kind, named after a person
    word = _fold(mention.normal)
    return not any(m.type == "PER" and not _quoted_word(doc, m) and word in _fold(m.normal).split() for m in found)


# Nouns before a person's nickname or call sign, the one name a person is given in quotation marks: 'с позывным
# "Варяг"', 'под прозвищем «Руби»', 'кот по кличке "Крошик"'.
_NICKNAME_NOUNS = frozenset({"позывной", "позывный", "прозвище", "кличка", "псевдоним", "ник", "никнейм", "имя"})
_OPENING_QUOTES = "«\"„“"
_CLOSING_QUOTES = "»\"“”"


def _quoted_word(doc: Doc, mention: Mention) -> bool:
    """Whether a one-word person stands alone in quotation marks: the name of a thing, not a person's
    ("«Гринатом» приглашает на работу", 'фильм «Линкольн»', 'в мотеле "Бейтс"', 'альбом «Жанна»') -- unless a
    nickname's or call sign's noun comes before it ('с позывным "Кот"')."""
    text = doc.text
    if " " in mention.text or mention.start == 0 or mention.stop >= len(text) \
            or text[mention.start - 1] not in _OPENING_QUOTES or text[mention.stop] not in _CLOSING_QUOTES:
        return False
    first, _ = token_range(doc.tokens, mention.start, mention.stop)
    before = [t for t in doc.tokens[max(0, first - 3):first] if t.text.isalpha()]
    return not before or before[-1].lemma.lower() not in _NICKNAME_NOUNS


# The fewest letters of a plural taken for a person: shorter ones are as often a foreign name the dictionary
# reads as a plural ("Сартра и Тати", "лабрадором Кони").
_PLURAL_PERSON_LETTERS = 5


def _plural_noun_person(vocab: Any, mention: Mention) -> bool:
    """Whether a one-word person is a common noun in the nominative plural, every reading of it in the dictionary
    ("Весы, Тельцы и Стрельцы", "Козероги", "Близнецы"): no one person is named by a plural. The genitive plural
    is left alone: "Шнуров", "Кулаков", "Рябков" are surnames as often as the plural of a noun."""
    word = mention.text
    if len(word) < _PLURAL_PERSON_LETTERS or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    readings = vocab(word.lower())
    return bool(readings) and all(
        r.is_known and r.tag.POS == "NOUN" and r.tag.number == "plur" and r.tag.case in ("nomn", "accs")
        and not _NAME_GRAMMEMES & r.tag.grammemes for r in readings)


# An adjective's cases and numbers in the dictionary, to the tagger's (UD) names.
_OC_TO_UD_CASE = {"nomn": "Nom", "gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc"}


def _adjective_opening(doc: Doc, vocab: Any, mention: Mention) -> bool:
    """Whether a one-word name is an adjective or participle (every reading of it in the dictionary, none a name's)
    capitalised only because it opens a sentence or a line, before the lower-case noun or adjective it agrees
    with: "Исходный код проекта", "Красивые осенние места", "Норвежская компания Opera", "Российские войска".
    Not a place standing before a word it does not agree with ("Раздольное расположено", "станице Полтавской
    обломки"), nor one inside a sentence ("на Калининской линии": a line's name the recogniser cut short), nor one
    before the noun of a street, bridge or park ("Чёртов мост")."""
    word = mention.text
    if " " in word or not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    if not _sentence_opening(doc.text, mention.start):
        return False
    first, last = token_range(doc.tokens, mention.start, mention.stop)
    if first + 1 != last or last >= len(doc.tokens):
        return False
    after = doc.tokens[last]
    if not after.text.isalpha() or not after.text.islower() or after.pos not in ("NOUN", "ADJ") \
            or after.sent != doc.tokens[first].sent or after.lemma in names.street_kinds():
        return False  # "Чёртов мост", "Мещерский парк": a place's name, its noun left out by the recogniser
    readings = vocab(word.lower())
    if not readings or not all(r.is_known and r.tag.POS in ("ADJF", "PRTF") and not _NAME_GRAMMEMES & set(
            r.tag.grammemes) for r in readings):
        return False
    case, number = after.feats.get("Case"), after.feats.get("Number")
    return case is not None and any(_OC_TO_UD_CASE.get(str(r.tag.case)) == case and (
        number is None or (r.tag.number == "plur") == (number == "Plur")) for r in readings)


# What may follow a common noun opening a heading or a link's words, the noun none of a name: a lower-case noun,
# adjective or preposition ("Поездка в Суздаль", "Библиотека задач по PHP", "Ссылка на сайт", "Атлас
# искусственного интеллекта"). A verb, an adverb or a conjunction after it makes it a subject, which a name opening
# a sentence is as often ("Мосгорсуд отклонил", "Кремль пока", "Следком и полиция").
_HEADING_NEXT = frozenset({"NOUN", "ADJ", "ADP"})


def _opening_common_noun(doc: Doc, vocab: Any, lexicon: Lexicon, mention: Mention, found: Sequence[Mention]) -> bool:
    """Whether a one-word name is a common noun (every reading of it in the dictionary, none a name's) capitalised
    only because it opens a line, a sentence or a link's words, where what follows shows it names nothing: the
    line or the link's words end with it ("[Источник](...)", "[Зеркало](...)"), a lower-case noun, adjective or
    preposition follows it ("Поездка в Суздаль", "[Библиотека задач по PHP](...)": a place or organisation;
    not a person, whose surname may read as a noun: "Маску членство ..."), or the name it is the kind of follows
    in quotation marks ('Фестиваль "Мосвинтаж"', "Парк «Айва»"); or, whatever follows, the article writes the
    word in small letters elsewhere ("Камин взорвался ... камин был старым"). Not a word in quotation marks itself
    ("«Коммерсант» сообщил"), one the lexicon knows ("Кремль", "Парламент"), nor one the article also writes
    capitalised inside a sentence (a name: "матч с «Зенитом»")."""
    word = mention.text
    if mention.kind != "name" or " " in word or not word.replace("-", "").isalpha() or not word[:1].isupper() \
            or not word[1:].islower():
        return False
    text = doc.text
    if not _sentence_opening(text, mention.start) or mention.start > 0 and text[mention.start - 1] in _OPENING_QUOTES:
        return False
    readings = vocab(word.lower())
    if not readings or not all(r.is_known and r.tag.POS == "NOUN" and not _NAME_GRAMMEMES & r.tag.grammemes
                               for r in readings):
        return False
    if any(find(name) is not None for name in (word, mention.normal)
           for find in (lexicon.org, lexicon.place, lexicon.country)) or word in names.famous_surnames().nominative:
        return False
    lemmas = {r.normal_form for r in readings}
    if any(m is not mention and not _sentence_opening(text, m.start)
           and any(lemmas & {r.normal_form for r in vocab(w.lower())} for w in m.text.split() if w[:1].isupper())
           for m in found):
        return False  # named elsewhere inside a sentence: a name, not a word capitalised by its place
    first, last = token_range(doc.tokens, mention.start, mention.stop)
    after = doc.tokens[last] if last < len(doc.tokens) else None
    # the article writes the word in small letters elsewhere: a common noun ("Камин взорвался ... камин"); not
    # before a capitalised word, which the noun may head ("Аэропорт Антальи возобновил работу ... аэропортом")
    if (after is None or not after.text[:1].isupper()) and any(t.text.islower() and t.lemma in lemmas
                                                               for t in doc.tokens):
        return True
    end = text.find("\n", mention.stop)
    rest = text[mention.stop:end if end >= 0 else len(text)]  # the rest of the line
    if rest[:1] == "]" or not rest.strip(" *_"):
        return mention.type != "PER"  # alone on its line or as a link's words
    quoted = rest.lstrip(" ")
    if quoted[:1] in _OPENING_QUOTES and quoted[1:2].isupper():
        return True  # the kind of what the quotation marks name
    if mention.type == "PER" or after is None:
        return False
    return after.sent == doc.tokens[first].sent and after.text.isalpha() and after.text.islower() \
        and after.pos in _HEADING_NEXT


# The verbs of a post's call to subscribe: what follows "на" is the channel, named after a place or a person
# ("Подписаться на Москву - новостную", "Подписывайся на Юрия Подоляку"), neither the place nor the person.
_SUBSCRIBE_VERBS = frozenset({"подписаться", "подписываться"})


def _subscription_channel(doc: Doc, mention: Mention) -> bool:
    """Whether a place or person is the name of a channel a post asks to subscribe to: "[Подписаться на Москву -
    новостную](https://t.me/...)". An organisation is left alone ("Подписывайся на Mash": the outlet itself)."""
    if mention.type == "ORG":
        return False
    first, _ = token_range(doc.tokens, mention.start, mention.stop)
    return first >= 2 and doc.tokens[first - 1].text.lower() == "на" \
        and doc.tokens[first - 2].lemma.lower() in _SUBSCRIBE_VERBS


# The hyphens that join a prefix to a word: the hyphen-minus and the non-breaking hyphen.
_HYPHENS = re.compile("[-\u2011]")
# The fewest letters of a common noun after a prefix that takes it for a name: a shorter one may be a name's part.
_MARKED_NOUN_LETTERS = 3


def _marked_common_noun(text: str, vocab: Any, lexicon: Lexicon, mention: Mention) -> bool:
    """Whether a one-word name is a common noun of the dictionary (every reading, none a name's, in small letters)
    after a hyphen and a prefix of Latin letters or Cyrillic capitals naming a technology or a field:
    "Python-разработчиков", "IT-компаний", "Go-приложений", "HTTP-заголовки", "ИТ-специалистов". Not one in
    quotation marks (a title: 'агентство «РИА-новости»'), nor one the lexicon knows, also with a space for the
    hyphen ("РИА новости"), nor a one-letter prefix ("Т-Страхование", a company), nor a singular noun of an
    organisation's or a place's kind ("IT-парк" may name one; the plural "IT-компаний" names none)."""
    parts = _HYPHENS.split(mention.text)
    if len(parts) != 2 or " " in mention.text \
            or mention.start > 0 and text[mention.start - 1] in _OPENING_QUOTES:
        return False
    prefix, head = parts
    latin = prefix.isascii() and prefix.isalpha()
    capitals = prefix.isalpha() and prefix.isupper()
    if len(prefix) < 2 or not (latin or capitals) or len(head) < _MARKED_NOUN_LETTERS or not head.isalpha() \
            or not head.islower():
        return False
    readings = vocab(head)
    if not readings or not all(r.is_known and r.tag.POS == "NOUN" and not _NAME_GRAMMEMES & r.tag.grammemes
                               for r in readings):
        return False
    if any(r.tag.number != "plur" and (r.normal_form in _organisation_kinds() or r.normal_form in names.street_kinds())
           for r in readings):
        return False  # "IT-парк": a body or a place of that kind may be named so
    return all(find(name) is None for name in (mention.text, mention.normal, f"{prefix} {head}")
               for find in (lexicon.org, lexicon.place, lexicon.country))


# Grammemes of a name in pymorphy's dictionary: a word with a reading among them may be someone's name.
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})
# What may stand before a sentence's first word: its opening quotation marks, brackets and markup.
_OPENING_MARKS = " \t«\"„“'(*_[>-—–"


def _line_mark(char: str) -> bool:
    """A symbol, not a letter, digit or punctuation: an emoji ("🔥", "❗" with its variation selector "️"), an
    arrow ("→"), a bullet ("▪", "•"), or the joiner inside an emoji."""
    return unicodedata.category(char) in ("So", "Sm", "Sk", "Mn", "Cf") or char in "•·"


def _sentence_opening(text: str, start: int) -> bool:
    """The word at ``start`` opens the text, a sentence or a line (after its opening quotation marks, markup and
    the emoji or arrows a post puts before a line: "🎁 Откладывайте оплату", "❗️ [Подписывайся на ...]"; the
    character before them is all that is read, not the text before it)."""
    at = start
    while at > 0 and (text[at - 1] in _OPENING_MARKS or _line_mark(text[at - 1])):
        at -= 1
    return at == 0 or text[at - 1] in ".!?…:\n"


def _role_noun_opening(doc: Doc, vocab: Any, lexicon: Lexicon, mention: Mention, found: Sequence[Mention]) -> bool:
    """Whether a one-word person is a common noun of a person's role or kind capitalised only because it opens a
    sentence: "Журналист рассказал ...", "Таксист задержан", "Сенатор предложил" (every reading of the word in
    the dictionary an animate common noun). Not a post of the lexicon ("Президент" opening a sentence may stand
    for the article's president), not a well-known surname the dictionary reads as a common noun ("Рябков"),
    and not a word another mention of the article uses in a longer person's name ("Александр Богомаз ...
    Богомаз заявил")."""
    word = mention.text
    if " " in word or not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    if not _sentence_opening(doc.text, mention.start):
        return False
    readings = vocab(word.lower())
    if not readings or not all(r.is_known and "NOUN" in r.tag.grammemes and "anim" in r.tag.grammemes
                               and not _NAME_GRAMMEMES & r.tag.grammemes for r in readings):
        return False
    if lexicon.post(readings[0].normal_form) is not None or word in names.famous_surnames().nominative:
        return False
    folded = _fold(word)
    return not any(m.type == "PER" and " " in m.text and folded in _fold(m.text).split() for m in found)


# Prefixes pymorphy's KnownPrefixAnalyzer strips that no name starts with as a word of its own: one of four
# letters or more ("спец", "крипто", "медиа", "авто"); the short ones ("де", "за", "не", "ре") begin surnames
# and foreign names ("Дейзи", "Залужный", "Неймар", "Реддит").
_PREFIX_LETTERS = 4


def _prefixed_person_noun(vocab: Any, word: str) -> bool:
    """A word the dictionary does not know whose every reading pymorphy makes by a known prefix, one of them over
    an animate common noun of the dictionary that is no name in any reading: "Спецпрокурор" (спец + прокурор),
    "Евродепутат", "Автоблогер"; not "Роскачество" (an unknown prefix), "Медиазона" (an inanimate noun),
    "Суперфин" (no noun), "Дейзи" (a short prefix)."""
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    readings = vocab(word.lower())
    if not readings or any(r.is_known for r in readings):
        return False
    noun = None
    for reading in readings:
        stack = reading.methods_stack
        if not any(type(m[0]).__name__ == "KnownPrefixAnalyzer" for m in stack):
            return False
        if noun is None and len(stack) == 2 and _dictionary_reading(reading) and len(stack[1][1]) >= _PREFIX_LETTERS \
                and "NOUN" in reading.tag.grammemes and not _NAME_GRAMMEMES & reading.tag.grammemes:
            noun = stack[0][1]
    own = vocab(noun) if noun is not None else []
    # the part after the prefix is a word of the dictionary, a person's, and no name in any reading
    return bool(own) and "anim" in own[0].tag.grammemes \
        and all(r.is_known and not _NAME_GRAMMEMES & r.tag.grammemes for r in own)


def _prefixed_person_organisation(doc: Doc, vocab: Any, lexicon: Lexicon, mention: Mention,
                                  found: Sequence[Mention]) -> bool:
    """Whether a one-word organisation opening a sentence is a common noun of a person made with a productive
    prefix, capitalised only by its place: "Спецпрокурор потребовал ..." (no organisation is named by a word for
    a person; "Медиазона", "Мегамаркет" are organisations named by things). A one-word person that is such a noun
    the entities stage drops with the other common nouns opening a sentence (``entities._sentence_start_noun``).
    Not a name the lexicon knows, nor a word another mention of the article uses in a longer name."""
    word = mention.text
    if mention.type != "ORG" or " " in word or not _sentence_opening(doc.text, mention.start) \
            or not _prefixed_person_noun(vocab, word):
        return False
    if lexicon.org(word) is not None or lexicon.post(word.lower()) is not None:
        return False
    folded = _fold(word)
    return not any(" " in m.text and folded in _fold(m.text).split() for m in found)


def _after_abbreviation(text: str, start: int) -> bool:
    """The word at ``start`` follows an abbreviation's full stop ("ул. Оптиков", "г. Пески"): a short lower-case
    word and a dot."""
    at = start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if at == 0 or text[at - 1] != ".":
        return False
    word = re.search(r"(\w+)$", text[max(0, at - 6):at - 1])
    return word is not None and word.group(1).islower() and len(word.group(1)) <= 4


def _token_at(doc: Doc, mention: Mention) -> Token | None:
    """The one token of a one-word mention, None where it has several or none."""
    first, last = token_range(doc.tokens, mention.start, mention.stop)
    return doc.tokens[first] if last - first == 1 else None


def _plural_common_noun(doc: Doc, vocab: Any, lexicon: Lexicon, mention: Mention) -> bool:
    """Whether a one-word place or organisation is a plural common noun capitalised only because it opens a
    sentence: "Власти заявили о повреждении ...", "Власти США арестовали" (the recogniser's "Власти" beside
    "США"; the institutions stage names the government "Власти США"), "Россиянам стали приходить ссылки",
    "Спасатели прибыли". Every reading of the word a common noun of the dictionary, the tagger reading it as a
    plural: one organisation or place is named in the singular, a plural name ("Штаты", "Известия") being one
    the lexicon knows or written in quotation marks. Not after an abbreviation's dot ("ул. Оптиков")."""
    word = mention.text
    if mention.type == "PER" or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    if not _sentence_opening(doc.text, mention.start) or _after_abbreviation(doc.text, mention.start) \
            or mention.start > 0 and doc.text[mention.start - 1] in "«\"„“'":
        return False
    token = _token_at(doc, mention)
    if token is None or token.feats.get("Number") != "Plur":
        return False
    readings = vocab(word.lower())
    if not readings or not all(r.is_known and r.tag.POS == "NOUN" and not _NAME_GRAMMEMES & r.tag.grammemes
                               for r in readings):
        return False
    return lexicon.org(word) is None and lexicon.place(word) is None and lexicon.country(word) is None


def _prefixed_plural_person(doc: Doc, vocab: Any, mention: Mention) -> bool:
    """Whether a one-word person opening a sentence is the plural of a word made with a productive prefix
    ("Криптомайнерам запретят ...", "Криптоинвесторы потеряли ..."): the tagger or pymorphy's likeliest reading
    reads it as a plural, and every reading pymorphy gives is made by a known prefix of four letters or more, none
    a word of the dictionary. No one person is named by a plural."""
    word = mention.text
    if mention.type != "PER" or not word.isalpha() or not word[:1].isupper() or not word[1:].islower() \
            or not _sentence_opening(doc.text, mention.start):
        return False
    token = _token_at(doc, mention)
    readings = vocab(word.lower())
    if token is None or not readings or token.feats.get("Number") != "Plur" and readings[0].tag.number != "plur":
        return False
    return all(
        not r.is_known and type(r.methods_stack[-1][0]).__name__ == "KnownPrefixAnalyzer"
        and len(r.methods_stack[-1][1]) >= _PREFIX_LETTERS for r in readings)


def _named_kinds(doc: Doc, mentions: list[Mention], vocab: Any, lexicon: Lexicon) -> list[Mention]:
    """Without the one-word mentions that are the kind noun of an organisation the article names in full: "Суд
    признал" and "с решением Суда" after "Европейский суд по правам человека", "На днях Комиссия
    проинформировала" after "Комиссия по ценным бумагам". Capitalised as a sentence opens or as the article's
    short name of that organisation, the noun is no entity of its own; the events stage takes it for the one
    organisation the article named with it. A kind noun the article names nothing with stays: "В Думу внесут"."""
    named = {word.lower() for m in mentions if m.type != "PER" and " " in m.normal for word in m.normal.split()}
    if not named:
        return mentions
    return [m for m in mentions if m.normal.lower() not in named or not _bare_kind_noun(doc.text, vocab, lexicon, m)]


def _bare_kind_noun(text: str, vocab: Any, lexicon: Lexicon, mention: Mention) -> bool:
    """Whether a one-word place or organisation is the common noun of an organisation's kind: not one the
    lexicon knows by that word ("Сенат", "Правительство", "Парламент"), nor one in quotation marks (a title:
    "«Журнал»")."""
    word, normal = mention.text, mention.normal
    if mention.type == "PER" or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    if normal.lower() not in _organisation_kinds() or mention.start > 0 and text[mention.start - 1] in "«\"„“'":
        return False
    if not any(_dictionary_reading(r) and r.tag.POS == "NOUN" and r.normal_form == normal.lower()
               for r in vocab(word.lower())):
        return False
    return all(find(name) is None for name in (word, normal)
               for find in (lexicon.org, lexicon.place, lexicon.country))


def _dictionary_reading(reading: Any) -> bool:
    """A reading of a word of the dictionary, or of one with a known prefix before it: "пресс-агент"."""
    stack = reading.methods_stack
    return reading.is_known or len(stack) == 2 and type(stack[0][0]).__name__ == "DictionaryAnalyzer" \
        and type(stack[1][0]).__name__ == "KnownPrefixAnalyzer"


def _opening_word(doc: Doc, mention: Mention, type_: str) -> tuple[Token, Token, int] | None:
    """A mention of ``type_`` of two words or more opening its sentence with a capitalised word of small letters
    ("Сестра Долматова", "Ордера МУС"): that word, the next one and the mention's number of words; the recogniser
    may have swept a common noun there into the name."""
    if mention.type != type_ or " " not in mention.text or not _sentence_opening(doc.text, mention.start):
        return None
    tokens = doc.tokens
    first, last = token_range(tokens, mention.start, mention.stop)
    if last - first < 2:
        return None
    word = tokens[first].text
    if not word.replace("-", "").isalpha() or not word[:1].isupper() or not word[1:].islower():
        return None
    return tokens[first], tokens[first + 1], last - first


def _leading_common_noun(doc: Doc, vocab: Any, mention: Mention) -> Mention:
    """A person's span without the common noun opening its sentence that the recogniser swept into it, in a case
    the name is not in: "Поддержка Кирсану Илюмжинову" -> "Кирсану Илюмжинову", "Сестра Долматова рассказала" ->
    "Долматова", "Пресс-агент Гибсона подтвердил" -> "Гибсона", "Экс-помощница Байдена" -> "Байдена"; and a
    person's role in apposition to the name, agreeing with it, before a name in an oblique case or before a given
    name and a surname ("Рэпера Гуфа" -> "Гуфа", "Экс-сенатор Рауф Арашуков" -> "Рауф Арашуков":
    ``_role_apposition``). The mention as it is where the noun agrees with a one-word nominative name ("Манул
    Тимофей", "Эмир Кустурица": the noun may be the name's own first word), where the noun is no person's
    ("Поддержка"), or mid-sentence (capitalised there, the noun is a part of the name)."""
    opening = _opening_word(doc, mention, "PER")
    if opening is None:
        return mention
    head, name, words = opening
    word = head.text
    if not name.text[:1].isupper() or not name.text.isalpha():
        return mention
    readings = vocab(word.lower())
    # the likeliest reading a word of the dictionary (or one with a known prefix: "Экс-помощница"), every reading
    # a common noun
    if not readings or not _dictionary_reading(readings[0]) or not all(
            "NOUN" in r.tag.grammemes and not _NAME_GRAMMEMES & r.tag.grammemes for r in readings):
        return mention
    case = names.UD_TO_OC_CASE.get(name.feats.get("Case", ""))
    if case is None:
        return mention
    agrees = head.feats.get("Case") == name.feats.get("Case") \
        or any((r.tag.case or "")[:3] == case[:3] for r in readings)
    # a nominative role before a one-word name may be the name's own first word ("Эмир Кустурица"); before an
    # oblique name or a given name and a surname it is not ("Рэпера Гуфа", "Экс-сенатор Рауф Арашуков")
    if agrees and (case == "nomn" and words < 3 or not _role_apposition(vocab, readings, name.text)):
        return mention
    return replace(mention, start=name.start, text=doc.text[name.start:mention.stop])


@functools.cache
def _organisation_kinds() -> frozenset[str]:
    """Nouns (lemmas) that head an organisation's own name: an institution ("совет", "суд"), a part of one
    ("служба", "комитет") or a kind ("банк", "фонд"), from ``data/institutions.tsv``, ``data/posts_org_units.tsv``
    and ``data/name_kinds.tsv`` (posts.py reads the units the same way; it imports this module)."""
    lemmas: set[str] = set()
    for name in ("institutions.tsv", "posts_org_units.tsv"):
        # every word of a phrase, its head first or last: "кабинет министров", "вооруженный сила" ("Силами ПВО")
        lemmas.update(*(line.split() for line in package_file(name).splitlines()
                        if line.strip() and not line.startswith("#")))
    return frozenset(lemmas | names.name_kinds())


def _leading_work_noun(doc: Doc, vocab: Any, lexicon: Lexicon, mention: Mention) -> Mention:
    """An organisation's span without the common noun opening its sentence that the recogniser swept into it
    before the organisation's name in the genitive: "Ордера МУС на арест ..." -> "МУС", "Заявление ХАМАС" ->
    "ХАМАС", "Доклад МАГАТЭ" -> "МАГАТЭ" (a document, an act or a statement of the organisation, not a part of its
    name). The mention as it is where the noun heads organisations' names ("Совет Федерации", "Суд ЕС", "Банк
    России", "Служба безопасности Украины": ``_organisation_kinds``), where the whole span is an organisation of
    the lexicon, and where what follows is no organisation (an abbreviation the lexicon knows as a place, a name
    it does not know: "Чемпионат РФ", "Лига Европы", "Дом Советов" may be names of their own)."""
    opening = _opening_word(doc, mention, "ORG")
    if opening is None:
        return mention
    head, name, words = opening
    word = head.text
    readings = vocab(word.lower())
    if not readings or not _dictionary_reading(readings[0]) or not all(
            "NOUN" in r.tag.grammemes and not _NAME_GRAMMEMES & r.tag.grammemes for r in readings):
        return mention
    if any(r.normal_form in _organisation_kinds() for r in readings) or lexicon.org(mention.text) is not None:
        return mention
    rest = doc.text[name.start:mention.stop]
    if words == 2:
        abbreviation = name.text.isupper() and len(name.text) > 1 and name.text.replace("-", "").isalpha()
        known = lexicon.org(rest) is not None or _organisation_word(vocab, lexicon, rest)
        if abbreviation and (lexicon.country(rest) is not None or lexicon.place(rest) is not None):
            return mention  # "Чемпионат РФ": a state's abbreviation, no organisation
        # an abbreviation does not decline; a declined name is the genitive of the head noun
        if not abbreviation and not (known and name.feats.get("Case") == "Gen"):
            return mention
    elif lexicon.org(rest) is None:
        return mention
    return replace(mention, start=name.start, text=rest)


def _role_apposition(vocab: Any, readings: Sequence[Any], name: str) -> bool:
    """Whether a common noun opening a sentence before a name it agrees with is a person's role or kind standing
    in apposition ("Рэпера Гуфа задержали", "Блогеру Аязу Шабутдинову продлили арест", "Миллиардера Усманова
    избрали"): every reading of the noun a person's (animate), and the name after it no common noun in any reading
    of the dictionary ("Деда Мороза", "Доктора Кота": the noun is a part of a character's name)."""
    if not all("anim" in r.tag.grammemes for r in readings if _dictionary_reading(r)) or not name[1:].islower():
        return False  # "Стажер QA": no name after the noun
    if min(len(readings[0].word), len(name)) < _SIDE_NAME_LETTERS:
        return False  # "Пан Ги Мун", "Сон Ки Хун": the short parts of an East Asian name
    after = vocab(name.lower())
    return bool(after) and not any(r.is_known and r.tag.POS == "NOUN" and not _NAME_GRAMMEMES & r.tag.grammemes
                                   for r in after)


def find_mentions(doc: Doc, vocab: Any, lexicon: Lexicon) -> Doc:
    text = doc.text
    raw = sorted(doc.mentions, key=lambda m: (m.start, m.stop))
    trimmed = [m for m in (_trim(text, _cut_parenthesis(text, _cut_line_break(text, m))) for m in raw)
               if m is not None]
    trimmed = [m for m in (_repair(doc, m, vocab) for m in trimmed) if m is not None]
    persons = _join_split_persons(text, _split_lists(text, _split_sentence_stops(text, trimmed)), vocab)
    joined = _split_side_by_side(doc, _split_organisation(doc, persons, vocab, lexicon), vocab)
    parts = _split_side_by_side_surnames(doc, joined, vocab)
    split = {(m.start, m.stop) for m in parts} - {(m.start, m.stop) for m in joined}
    joined = [m for m in (_bracket_edges(text, m) for m in parts) if m is not None]
    result = []
    for mention in joined:
        if _prefixed_person_organisation(doc, vocab, lexicon, mention, joined):
            continue  # "Спецпрокурор потребовал": a person's role made with a prefix, no organisation
        if _plural_common_noun(doc, vocab, lexicon, mention):
            continue  # "Власти заявили", "Россиянам стали приходить": a plural common noun, no place or organisation
        if _prefixed_plural_person(doc, vocab, mention):
            continue  # "Криптомайнерам запретят": a plural of a word made with a prefix, no person
        part = (mention.start, mention.stop) in split and " " not in mention.text
        mention = _leading_work_noun(doc, vocab, lexicon, _leading_common_noun(doc, vocab, mention))
        first, last = token_range(doc.tokens, mention.start, mention.stop)
        tokens: Sequence[Token] = doc.tokens[first:last]
        if part:
            tokens = [_case_forgotten(vocab, t) for t in tokens]  # "звонок Шольца Путину": "Шольца" read as a dative
        if any(t.text in _BRACKETS for t in tokens):
            # "Валентина Ивановна [Матвиенко": an editor's brackets inside the name are no part of it
            tokens = [t for t in tokens if t.text not in _BRACKETS]
        glue = _sentence_glue(vocab, tokens[-1]) if tokens else None
        if glue is not None:
            if len(tokens) == 1:
                continue  # "Захват КапитолияУтверждение итогов": its type was read off a word that is none
            # "Дональда ТрампаДействующий": the name, its last word read as the word before it is
            mention, tokens = _cut_last_word(mention, tokens, glue, tokens[-2])
        glued = _glued_noun(vocab, mention, tokens)
        if glued is not None:
            mention, tokens = glued
        if mention.type != "PER" and _GENERATION_MARK.search(mention.text):
            mention = replace(mention, type="PER")  # "Бажаев-младший" (of any case) is a person, no bank
        if mention.type == "PER" and _plural_locative(doc.tokens, first, last):
            mention = replace(mention, type="LOC")  # "женщинам на Филлипинах": a place, no person
        normal = names.normalize(vocab, tokens, mention.type, doc.tokens, first) if tokens else mention.text
        if part and mention.text in names.famous_surnames().nominative \
                and normal not in names.famous_surnames().nominative:
            normal = names.famous_surnames().nominative[mention.text]  # "Шольца" split off: "Шольц", no "Шолец"
        if "[" in mention.text or "]" in mention.text:
            normal = re.sub(" {2,}", " ", normal)  # the space a bracket left
        if normal != mention.text and " " not in mention.text \
                and lexicon.org(mention.text) is not None and lexicon.org(normal) is None:
            normal = mention.text  # an organisation the lexicon writes so is its own nominative: "Минцифры"
        if mention.type != "PER" and normal.islower() and lexicon.org(normal) is None:
            continue  # "Полиция задержала", "Ведомство сообщило": a common noun opening a sentence, no name
        if mention.type == "PER" and _role_noun_opening(doc, vocab, lexicon, mention, joined):
            continue  # "Журналист рассказал", "Таксист задержан": a person's role opening a sentence, no name
        if _adjective_opening(doc, vocab, mention):
            continue  # "Исходный код", "Российские войска": an adjective opening a sentence before its noun
        if _opening_common_noun(doc, vocab, lexicon, mention, joined):
            continue  # "Поездка в Суздаль", "[Источник](...)", 'Фестиваль "Мосвинтаж"': a heading's common noun
        if _subscription_channel(doc, mention):
            continue  # "[Подписаться на Москву - новостную](...)": a channel's name, not the city
        if _marked_common_noun(doc.text, vocab, lexicon, mention):
            continue  # "Python-разработчиков", "IT-компаний": a common noun with a technology's name before it
        result.append(_possessive_place(vocab, lexicon, _dictionary_place(vocab, lexicon, _retype(
            lexicon, _lexicon_nominative(vocab, lexicon, replace(mention, normal=normal))))))
    result = _possessive_with_noun(doc, result, vocab)
    result = _group_names(doc, _lexicon_organisations(doc, result, vocab, lexicon), lexicon)
    result = _joined_organisations(doc, _institution_mentions(doc, result, vocab), vocab, lexicon)
    result = _adjective_institutions(doc, result, lexicon)
    pairs = _proper_pairs(doc.tokens)
    named = _chinese_names(doc, _given_name_persons(doc, result, vocab, pairs), vocab, pairs)
    recovered = _famous_surnames(doc, _subject_surnames(doc, _recover_persons(doc, named, lexicon), vocab, lexicon),
                                 lexicon)
    kept = _named_kinds(doc, [m for m in recovered if not _model_name(m) and not _no_person(doc, vocab, m, recovered)],
                        vocab, lexicon)
    return replace(doc, mentions=tuple(_attested_places(_attested_surnames(_compound_types(kept)), vocab)))


_PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})


def _plural_locative(tokens: Sequence[Token], first: int, last: int) -> bool:
    """One word in "-ах"/"-ях" after "в" or "на": a plural in the locative, which no one person's name is ("на
    Филлипинах", "в Альпах"); the recogniser's person is a place."""
    return last == first + 1 and first > 0 and tokens[first - 1].text.lower() in _PLACE_PREPOSITIONS \
        and tokens[first].text[:1].isupper() and tokens[first].text.endswith(("ах", "ях"))


@functools.cache
def vehicle_models() -> frozenset[str]:
    """The letters models of aircraft, vehicles and weapons are written with (``data/vehicle_models.tsv``)."""
    text = package_file("vehicle_models.tsv")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# What follows a model's letters and hyphen: a number with letters after it ("34", "8АМТШ", "М2" of "Тор-М2")
# or a few capitals ("Искандер-М", "Калибр-НК").
_MODEL_NUMBER = re.compile(r"(?:[A-ZА-ЯЁ]{0,2}\d+[A-ZА-ЯЁа-яё0-9]*|[A-ZА-ЯЁ]{1,3}\d*)")


def _model_name(mention: Mention) -> bool:
    """A model of aircraft or weapon ("Су-34 нанёс удар", "самолёт Ан-26", "С-400 сбил ракету"), which the
    recogniser takes for a person or a place: no entity. No one-word name of a person has a digit in it either
    ("Аксу-74"); a nickname after a given name may ("Витя АК-47", a rapper)."""
    if mention.type == "PER" and " " not in mention.text and _DIGIT.search(mention.text) is not None:
        return True
    letters, hyphen, rest = mention.text.partition("-")
    return bool(hyphen) and letters in vehicle_models() and _MODEL_NUMBER.fullmatch(rest) is not None


_DIGIT = re.compile(r"\d")


# Honorifics written after a name with a hyphen, which are common nouns to the dictionary: "Энвер-паша",
# "Ага-хан", "Накамура-сан".
_HYPHEN_TITLES = frozenset({"паша", "хан", "бек", "бей", "заде", "сан", "шах", "эфенди", "оглы", "кызы", "ага",
                            "султан", "мирза", "хаджи", "старший", "младший"})


def _glued_noun(vocab: Any, mention: Mention, tokens: Sequence[Token]) -> tuple[Mention, list[Token]] | None:
    """A person's surname glued to a common noun by a hyphen ("Путиным-версии", "Навальным-планом"): the compound is
    no name, the surname before the hyphen is the person (in its own case, whatever the compound's is); None
    where the mention is no such compound ("Байден-младший", "Энвер-паша", "Бен-Гвир")."""
    if mention.type != "PER" or not tokens or "-" not in tokens[-1].text:
        return None
    last = tokens[-1]
    head, _, tail = last.text.rpartition("-")
    if len(tail) < 3 or not tail.isalpha() or not tail.islower() or tail in _HYPHEN_TITLES \
            or not head[:1].isupper() or "-" in head:
        return None
    parses = vocab(tail)
    if not parses or parses[0].tag.POS != "NOUN" or not parses[0].is_known \
            or any(_NAME_GRAMMEMES & p.tag.grammemes for p in parses[:3]):
        return None
    # the part before the hyphen must be a surname of the dictionary, or a foreign name pymorphy guesses in an
    # oblique case ("Байдена-плана": the first part of a compound name never declines): "Гугл-таблицу",
    # "Арт-директор" and "Озон-банка" are no persons, nor are their first parts
    heads = vocab(head.lower())
    if not any("Surn" in p.tag.grammemes and p.is_known for p in heads) and not _declined_guess(heads):
        return None
    return _cut_last_word(mention, tokens, len(head))


# A word glued to the capitalised first word of the next sentence, no space or line break between them (a headline
# run into the text): "Захват КапитолияУтверждение итогов", "Заявление ТрампаДействующий президент".
_GLUED_WORDS = re.compile(r"([А-ЯЁ][а-яё]{2,})([А-ЯЁ][а-яё]{5,})")


def _sentence_glue(vocab: Any, token: Token) -> int | None:
    """The length of the first of two words glued to each other where one sentence ends and the next begins
    ("КапитолияУтверждение" -> 9), or None where the token is no such glue. The first part is an inflected word
    of the dictionary, in an oblique case only ("Капитолия", "Трампа"), the second a common word of six letters or
    more ("Утверждение"); a brand written in camel case starts with a stem or a nominative ("СтройКапитал",
    "СберМаркете", "ВкусВилл") or a word the dictionary does not know."""
    glued = _GLUED_WORDS.fullmatch(token.text)
    if glued is None:
        return None
    head, tail = glued.group(1), glued.group(2)
    heads, tails = vocab(head.lower()), vocab(tail.lower())
    if not heads or not all(p.is_known and p.tag.case not in (None, "nomn") for p in heads) \
            or not tails or not all(p.is_known and not _NAME_GRAMMEMES & p.tag.grammemes for p in tails):
        return None
    return len(head)


def _cut_last_word(mention: Mention, tokens: Sequence[Token], length: int,
                   like: Token | None = None) -> tuple[Mention, list[Token]]:
    """The mention and its tokens with the last token cut to its first ``length`` letters: the case the tagger
    read off the whole token forgotten, or the part of speech and features of ``like`` in their place (a word of
    the same name, which agrees with it)."""
    last = tokens[-1]
    stop = last.start + length
    if like is None:
        word = replace(last, text=last.text[:length], stop=stop,
                       feats={k: v for k, v in last.feats.items() if k != "Case"})
    else:
        word = replace(last, text=last.text[:length], stop=stop, pos=like.pos, feats=like.feats)
    return replace(mention, stop=stop, text=mention.text[:stop - mention.start]), [*tokens[:-1], word]


def _declined_guess(parses: Sequence[Any]) -> bool:
    """pymorphy's likeliest reading of a word it does not know is a person's name in an oblique case: "Байдена"
    (a guess, never a word of the dictionary)."""
    if not parses or any(p.is_known for p in parses):
        return False
    grams = parses[0].tag.grammemes
    return "anim" in grams and bool({"Name", "Surn"} & grams) and parses[0].tag.case not in (None, "nomn")


def _compound_types(mentions: list[Mention]) -> list[Mention]:
    """A hyphenated word ending in a common noun ("БКС-банка", "Ростех-групп") is no person: where the recogniser
    calls one occurrence a person and another an organisation, the name (same normal) is what the other says.
    A person's hyphenated name has capitalised parts ("Бен-Гвира") or a title ("Буша-младшего"), never alone
    the name of something else in the article."""
    other = {m.normal: m.type for m in mentions if m.type != "PER" and m.normal}
    if not other:
        return mentions
    return [replace(m, type=other[m.normal]) if m.type == "PER" and m.normal in other and " " not in m.text
            and "-" in m.text and m.text.rsplit("-", 1)[1].islower() else m for m in mentions]


def _person_word(token: Token) -> bool:
    """A capitalised proper noun the tagger reads as animate: "Джо", "Байден"."""
    text = token.text
    return token.feats.get("Animacy") == "Anim" and len(text) > 1 \
        and text[:1].isupper() and text[1:].replace("-", "").isalpha() and text[1:].islower()


def _proper_pairs(tokens: Sequence[Token]) -> list[int]:
    """The tokens that are proper nouns followed by another (a tenth of the words are proper nouns): where a
    name of two words the recogniser missed may start."""
    proper = [i for i, token in enumerate(tokens) if token.pos == "PROPN"]
    return [i for i, j in zip(proper, proper[1:], strict=False) if j == i + 1]


def _given_name_persons(doc: Doc, found: list[Mention], vocab: Any, pairs: list[int]) -> list[Mention]:
    """A full name the recogniser missed: "Джо Байден позвонил Владимиру Путину" as a text of its own (slovnet
    reads no person in a short text's first words). A given name of the dictionary and the word after it, both
    animate proper nouns to the tagger, the parser joining the two, covered by no mention."""
    tokens = doc.tokens
    extra: list[Mention] = []
    for i in pairs:
        j = i + 1
        token, after = tokens[i], tokens[j]
        if extra and extra[-1].stop > token.start or not (_person_word(token) and _person_word(after)) \
                or after.sent != token.sent or after.start - token.stop != 1 \
                or not (after.head == i or token.head == j) \
                or any(m.start < after.stop and token.start < m.stop for m in found) \
                or not _known_given_name(vocab, token.text):
            continue
        extra.append(Mention(start=token.start, stop=after.stop, text=doc.text[token.start:after.stop], type="PER",
                             normal=names.normalize(vocab, tokens[i:j + 1], "PER", tokens, i)))
    return sorted([*found, *extra], key=lambda m: (m.start, m.stop)) if extra else found


def _subject_surnames(doc: Doc, found: list[Mention], vocab: Any, lexicon: Lexicon) -> list[Mention]:
    """A lone surname NER missed where it names the one who acts: "Лавров назвал ...", "сообщил РИА Новости Рогов",
    "Депутат Госдумы Антропенко предложил" -- the speakers of agency news, often the sentence's first word, which
    slovnet takes for an ordinary capitalised word.

    Only a capitalised word the parser makes an animate nominative subject or apposition, that no mention covers,
    and that reads as a surname ("Рогов", "Матвиенко", "Зеленский"; not "Роза", "Москва" or "Киев").
    """
    covered = [False] * len(doc.text)
    for mention in found:
        covered[mention.start:mention.stop] = [True] * (mention.stop - mention.start)
    extra: list[Mention] = []
    for token in doc.tokens:
        if covered[token.start] or token.pos not in ("PROPN", "NOUN") or token.rel not in ("nsubj", "appos") \
                or token.feats.get("Animacy") != "Anim" or token.feats.get("Case") != "Nom" \
                or len(token.text) < 4 or not (token.text[:1].isupper() and token.text[1:].islower()):
            continue
        parses = vocab(token.text)
        if not (_adjective_surname(token.text, parses) or token.pos == "PROPN" and _surname(token.text, parses)
                or _guessed_name_acting(doc.tokens, token, parses, lexicon)):
            continue
        # the nominative as written: "Захарова" stays feminine, not pymorphy's masculine lemma "Захаров"
        mention = Mention(start=token.start, stop=token.stop, text=token.text, type="PER", normal=token.text)
        if extra and _one_name(doc, vocab, extra[-1], token):
            # "Харви Вайнштейн сдался": a given name the dictionary lacks and the surname it stands in apposition
            # to, one person (not "Шольц Макрон", two known surnames)
            before = extra.pop()
            mention = replace(mention, start=before.start, text=doc.text[before.start:token.stop],
                              normal=f"{before.normal} {token.text}")
        extra.append(mention)
    return sorted([*found, *extra], key=lambda m: (m.start, m.stop)) if extra else found


def _one_name(doc: Doc, vocab: Any, before: Mention, token: Token) -> bool:
    """Whether a recovered one-word person and the nominative name right after it, which the parser joins to it,
    are one person's given name and surname: the first no surname of the dictionary nor a well-known one."""
    if " " in before.text or doc.text[before.stop:token.start] != " ":
        return False
    first = next((k for k, t in enumerate(doc.tokens) if t.start == before.start), None)
    if first is None or doc.tokens[first + 1].start != token.start or not (
            token.head == first or doc.tokens[first].head == first + 1):
        return False
    if before.text in names.famous_surnames().nominative:
        return False
    return not any("Surn" in r.tag.grammemes and r.is_known for r in vocab(before.text.lower()))


# Words after which a guarded surname ("Си") is the person: "председатель Си", "лидер Си", "президента Си".
_TITLE_STEMS = ("председател", "президент", "лидер", "глав", "премьер", "канцлер", "генсек", "министр",
                "госсекретар", "спикер", "товарищ", "господин")
# Common nouns a surname names a thing after, in the nominative whatever their case: "округа Харрис", "улица
# Макрона", "аэропорт Рамсфелд" -- no person.
_NAMED_THINGS = frozenset({"округ", "штат", "город", "улица", "проспект", "площадь", "район", "графство", "аэропорт",
                           "университет", "мост", "остров", "озеро", "река", "парк", "станция", "бульвар",
                           "переулок", "имя", "шоссе", "залив", "музей", "авианосец", "доктрина", "премия",
                           "фонд", "центр", "школа", "колледж", "улочка", "набережная", "проезд", "тупик", "село",
                           "деревня", "посёлок", "поселок", "корабль", "судно", "эсминец", "фильм", "книга"})
_SKIPPED_BEFORE_VERB = frozenset({"не", "ни", "же", "уже", "также", "тоже", "вновь", "снова", "лично", "ранее",
                                  "якобы", "всё", "все", "еще", "ещё", "даже"})


def _famous_surnames(doc: Doc, found: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """A well-known person's surname alone (``data/people.tsv``) that the recogniser missed and the dictionary
    reads as a common noun or does not know: "Макрон пообещал ...", "Орбана обвинили ...", "встреча с Санду";
    and one the recogniser called an organisation or a place ("Шойгу проверил войска"). The normal is the list's
    nominative ("Макрону" -> "Макрон"), never the full name: joining it to a full name the article gives is the
    entities stage's work. A word opening its sentence is a name only before a verb (a capitalised first word is
    no evidence), a guarded one ("Си") only there or after a title ("председатель Си")."""
    famous = names.famous_surnames()
    forms = famous.nominative
    tokens = doc.tokens
    candidates = [i for i, token in enumerate(tokens) if token.text in forms]
    retyped = [_famous_retyped(doc, m, forms, lexicon) if m.type == "ORG" and m.text in forms
               else _famous_declined(m, forms) if m.type == "PER" and m.text in forms else m for m in found]
    if not candidates:
        return retyped
    starts = [m.start for m in retyped]
    extra = []
    for i in candidates:
        token = tokens[i]
        k = bisect.bisect_right(starts, token.start)
        if k and retyped[k - 1].stop > token.start or k < len(retyped) and retyped[k].start < token.stop \
                or any(m.start < token.stop and token.start < m.stop for m in retyped[max(0, k - 3):k]):
            continue
        if not _famous_in_context(tokens, i, token.text in famous.guarded) \
                or lexicon.place(token.text) is not None or lexicon.org(token.text) is not None:
            continue
        extra.append(Mention(start=token.start, stop=token.stop, text=token.text, type="PER",
                             normal=_famous_normal(tokens, i, forms[token.text])))
    return sorted([*retyped, *extra], key=lambda m: (m.start, m.stop)) if extra else retyped


def _famous_retyped(doc: Doc, mention: Mention, forms: dict[str, str], lexicon: Lexicon) -> Mention:
    """A one-word organisation that is a famous surname, where a surname stands, and nothing the lexicon knows: the
    person ("Шойгу проверил войска"). A place is left alone: "округа Харрис", "в Остине"."""
    first = token_range(doc.tokens, mention.start, mention.stop)[0]
    if lexicon.org(mention.text) is not None or lexicon.place(mention.text) is not None \
            or lexicon.country(mention.text) is not None or first >= len(doc.tokens) \
            or not _famous_in_context(doc.tokens, first, mention.text in names.famous_surnames().guarded):
        return mention
    return replace(mention, type="PER", normal=forms[mention.text])


def _famous_declined(mention: Mention, forms: dict[str, str]) -> Mention:
    """A famous surname the recogniser found alone, which pymorphy declined wrong ("Санду" -> "Санда", "Вэнсу" and
    "Рамафосе" left as written): the list's nominative. A woman's nominative that is a man's genitive ("Алиева")
    keeps what the namer made of it."""
    nominative = forms[mention.text]
    if mention.normal in forms and forms[mention.normal] == mention.normal or mention.text == nominative + "а":
        return mention
    return replace(mention, normal=nominative)


def _famous_in_context(tokens: Sequence[Token], i: int, guarded: bool) -> bool:
    """Whether the capitalised word at ``i`` stands where a surname does: not beside another capitalised proper
    noun (part of a longer name the recogniser missed: "Мэри Браун") nor after a thing it names ("округа Харрис"),
    and, opening its sentence or guarded, before a verb or after a title; opening it, unguarded, also before a
    headline's colon ("Зеленский: ...")."""
    token = tokens[i]
    before = tokens[i - 1] if i > 0 and tokens[i - 1].sent == token.sent else None
    after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sent == token.sent else None
    if any(t is not None and t.pos == "PROPN" and t.text[:1].isupper() and t.text[1:].islower()
           and t.text not in names.chinese_surnames() for t in (before, after)) \
            or before is not None and before.lemma in _NAMED_THINGS:
        return False
    opening = before is None or not any(t.text.isalnum() for t in tokens[_sentence_start(tokens, i):i])
    if not (opening or guarded):
        return True
    if guarded and before is not None and before.text.lower().startswith(_TITLE_STEMS):
        return True
    return verb_after(tokens, i) is not None or not guarded and _colon_after(tokens, i)


def _colon_after(tokens: Sequence[Token], i: int) -> bool:
    """A colon after the word, past markup ("⚡️Зеленский: ...", "**Песков**: ..."): a headline's speaker."""
    for token in tokens[i + 1:i + 4]:
        if token.sent != tokens[i].sent:
            return False
        if token.text == ":":
            return True
        if token.text.strip("*_"):
            return False
    return False


def _sentence_start(tokens: Sequence[Token], i: int) -> int:
    j = i
    while j > 0 and tokens[j - 1].sent == tokens[i].sent and i - j < 4:
        j -= 1
    return j


def verb_after(tokens: Sequence[Token], i: int) -> Token | None:
    """The finite verb right after the word at ``i`` ("Макрон пообещал", "Орбана не пригласили"), past a few
    particles and adverbs; None where the next word is no verb."""
    for token in tokens[i + 1:i + 4]:
        if token.sent != tokens[i].sent:
            return None
        if token.pos in ("VERB", "AUX"):
            return token
        if token.text.lower() not in _SKIPPED_BEFORE_VERB:
            return None
    return None


def _famous_normal(tokens: Sequence[Token], i: int, nominative: str) -> str:
    """The list's nominative, except a woman's name that is a man's genitive ("Алиева заявила": the written
    word)."""
    written = tokens[i].text
    if written != nominative and written == nominative + "а":
        verb = verb_after(tokens, i)
        if verb is not None and verb.feats.get("Gender") == "Fem":
            return written
    return nominative


_ADJECTIVE_SURNAME = ("ский", "цкий", "ская", "цкая")
# "Токаев": a possessive surname ending pymorphy reads only as some other word's plural genitive
_POSSESSIVE_SURNAME = ("ов", "ев", "ёв", "ова", "ева", "ёва")


def _surname(word: str, parses: Sequence[Any]) -> bool:
    """A surname in the nominative: pymorphy's first reading is one (an indeclinable "Матвиенко" reads first as a
    genitive, so any nominative reading of it will do), the dictionary knows it as a surname's nominative beside a
    likelier common noun ("Песков" is first the genitive plural of "песок", but the parser's proper noun and
    subject is the man), or it ends like one and the dictionary reads it only in another case ("Токаев" as the
    genitive plural of "токай"), while the parser has it a nominative subject."""
    if parses and "Surn" in parses[0].tag.grammemes:
        return any({"Surn", "nomn", "sing"} <= p.tag.grammemes for p in parses)
    if any({"Surn", "nomn", "sing"} <= p.tag.grammemes and p.is_known for p in parses):
        return True
    return word.endswith(_POSSESSIVE_SURNAME) and not any({"nomn", "sing"} <= p.tag.grammemes for p in parses)


def _guessed_name_acting(tokens: Sequence[Token], token: Token, parses: Sequence[Any], lexicon: Lexicon) -> bool:
    """"Байден заявил ...", "Блинкен прибыл ...": a foreign surname the dictionary does not know, which pymorphy
    guesses a person's name in the nominative, the parser's animate proper noun and the subject of a verb in the
    person's number: a leader named by the surname alone, no first name anywhere in the text. A word the
    dictionary knows ("Чувак", "Дама" opening a sentence), the lexicon names ("Минцифры") or a compound
    ("Скуф-железнодорожник") is no such name."""
    if token.pos != "PROPN" or token.rel != "nsubj" or not parses or not token.text.isalpha() \
            or any(p.is_known for p in parses) \
            or not ({"Name", "nomn", "sing"} <= parses[0].tag.grammemes
                    or {"Surn", "nomn", "sing"} <= parses[0].tag.grammemes):
        return False
    if not 0 <= token.head < len(tokens):
        return False
    verb = tokens[token.head]
    if verb.pos != "VERB" or verb.feats.get("Number", "Sing") != "Sing" or verb.feats.get("VerbForm") != "Fin":
        return False
    return lexicon.country(token.text) is None and lexicon.org(token.text) is None \
        and lexicon.place(token.text) is None


def _chinese_names(doc: Doc, found: list[Mention], vocab: Any, pairs: list[int]) -> list[Mention]:
    """"Си Цзиньпин принял ...", "Ли Цяном": a Chinese surname (``data/chinese_surnames.tsv``) and a capitalised
    given name after it that the dictionary does not know, both proper nouns to the tagger, covered by no mention:
    the recogniser misses such a name without a post or first name it knows beside it. "Ян Непомнящий" (a
    known surname after a given name the list shares) is left to the recogniser."""
    tokens = doc.tokens
    surnames = names.chinese_surnames()
    extra: list[Mention] = []
    for i in pairs:
        token, given = tokens[i], tokens[i + 1]
        if token.text not in surnames or given.start - token.stop != 1 or given.sent != token.sent \
                or not (given.text[:1].isupper() and given.text[1:].islower() and given.text.isalpha()) \
                or any(m.start < given.stop and token.start < m.stop for m in found) \
                or any(p.is_known for p in vocab(given.text.lower())):
            continue
        extra.append(Mention(start=token.start, stop=given.stop, text=doc.text[token.start:given.stop], type="PER",
                             normal=names.normalize(vocab, tokens[i:i + 2], "PER", tokens, i)))
    return sorted([*found, *extra], key=lambda m: (m.start, m.stop)) if extra else found


def _adjective_surname(word: str, parses: Sequence[Any]) -> bool:
    """"Зеленский провел разговор": a surname pymorphy knows only as an adjective, which the parser nonetheless
    takes for the subject noun -- so no adjective of a noun left out ("Российский [суд]" stays an adjective)."""
    return word.endswith(_ADJECTIVE_SURNAME) and bool(parses) and parses[0].tag.POS == "ADJF" \
        and "nomn" in parses[0].tag.grammemes


# Endings of a man's name in the oblique cases ("Шольца", "Шольцу", "Шольцем", "Шольце", "Илону").
_OBLIQUE_ENDINGS = ("а", "у", "ом", "ем", "е", "ым", "им")


def _attested_surnames(mentions: list[Mention]) -> list[Mention]:
    """The article's own nominative of a name beats pymorphy's guess: with "Олаф Шольц" in the text, "Шольца"
    is "Шольц", not the fleeting-vowel "Шолец" pymorphy guesses for an unknown word; with "Илон Маск", "Илону
    Маску" is "Илон Маск", not "Илона Маска". Only where the guess is neither the written word (a woman's
    "Петрова" stays) nor an attested one."""
    attested = {w for m in mentions if m.type == "PER" and m.text == m.normal for w in m.text.split() if len(w) >= 3}
    # the last words of full names in their nominative ("Сергея Скрипаля": "Скрипаль"); never a given name:
    # "Максимов" is no family of a "Максим"
    surnames = {m.normal.split()[-1] for m in mentions if m.type == "PER" and len(m.normal.split()) > 1}
    if not attested and not surnames:
        return mentions
    # words ending in a vowel no Russian nominative declines from ("Бени", "Коэлью", "Тани") that a full name the
    # article writes in the nominative holds: they do not decline ("Бени Ганца" is "Бени Ганц", not pymorphy's
    # "Беня"; "Педру Пассуш-Коэлью" keeps "Коэлью"). Not one that is an oblique form of another name the article
    # writes: "Селену Гомес" left as written by the normaliser is no nominative beside "Селена Гомес"
    fixed_words = {w for m in mentions if m.type == "PER" and m.text == m.normal and " " in m.text
                   for w in m.text.split() if len(w) >= 3 and w.endswith(_UNDECLINED_END) and w[:1].isupper()
                   and not any(_oblique_name(w, s) for s in attested)}
    ordered, names = sorted(attested), sorted(attested | surnames)  # for ``_declined_of``, once an article
    fixed = []
    for mention in mentions:
        words = mention.normal.split()
        written = mention.text.split()
        plural = _family_plural(mention.text, surnames) if mention.type == "PER" and len(written) == 1 else None
        if plural is not None:
            words = [plural]
        elif mention.type == "PER" and len(words) == len(written):
            words = [seen if seen in fixed_words else _declined_of(seen, ordered, names)
                     or _attested(word, seen, attested, len(written) > 1)
                     for word, seen in zip(words, written, strict=True)]
        if words != mention.normal.split():
            mention = replace(mention, normal=" ".join(words))
        fixed.append(mention)
    return fixed


# Oblique plural endings of a surname, after its stem ("Скрипалей", "Скрипалям" of "Скрипаль"; "Ротенбергов",
# "Ротенбергам" of "Ротенберг"), and the nominative plural's ending after hushing and velar stems.
_SOFT_PLURAL_OBLIQUE = ("ей", "ям", "ями", "ях")
_HARD_PLURAL_OBLIQUE = ("ов", "ам", "ами", "ах")
_I_AFTER = tuple("гкхжшчщ")


def _family_plural(word: str, attested: set[str]) -> str | None:
    """A lone surname in an oblique plural is the family, named in the nominative plural: with "Сергей Скрипаль"
    in the article, "Отравление Скрипалей" is of "Скрипали" (pymorphy guesses a woman's "Скрипалея", the tagger
    often leaves the word as written); "Ротенбергов" is "Ротенберги". Only for a surname the article writes in
    the nominative or that we bring to it ("Сергея Скрипаля"), of five letters or more (a given name's "Колей" is no
    family of a "Коль")."""
    if not word.endswith(_SOFT_PLURAL_OBLIQUE + _HARD_PLURAL_OBLIQUE):
        return None
    for surname in attested:
        if len(surname) < 5 or surname == word or not surname[:1].isupper():
            continue
        if surname.endswith("ь") and word.startswith(surname[:-1]) and word[len(surname) - 1:] in _SOFT_PLURAL_OBLIQUE:
            return surname[:-1] + "и"
        if _CONSONANT_FINAL.search(surname) and word.startswith(surname) \
                and word[len(surname):] in _HARD_PLURAL_OBLIQUE:
            return surname + ("и" if surname.endswith(_I_AFTER) else "ы")
    return None


_CONSONANT_FINAL = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")


# Endings of a name in -а/-я in the oblique cases, after its stem ("Асии", "Асию", "Асией" of "Асия").
_FIRST_DECLENSION_OBLIQUE = ("ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею")


# A Russian surname's masculine endings, whose feminine adds "-а" ("Еговцев", "Еговцева").
_MASCULINE_SURNAME_END = ("ов", "ев", "ёв", "ин", "ын")


# A surname's last syllable whose vowel drops as it declines ("Смилянец": "Смилянца", "Стрелец": "Стрельца",
# "Мазурок": "Мазурка"), and the endings of its oblique cases after the shortened stem.
_FLEETING_SYLLABLE = re.compile(r"[бвгджзклмнпрстфхцчшщ][её][цк]$|[бвгджзклмнпрстфхцчшщ]о[к]$")
_FLEETING_OBLIQUE = ("а", "у", "ом", "ем", "е")


def _fleeting_oblique(written: str, nominative: str) -> bool:
    """"Смилянца" is an oblique form of the "Смилянец" the article writes, where pymorphy, who knows neither,
    guesses a "Смилянц" (and a dictionary noun reads "Мазурка" as itself): the stem less its fleeting vowel, a
    soft sign after "л" ("Стрельца"), and a case ending. A woman's surname of this shape does not decline, so a
    declined form is always the man's."""
    if written == nominative or not nominative[:1].isupper() or len(nominative) < 5 \
            or not _FLEETING_SYLLABLE.search(nominative):
        return False
    stem = nominative[:-2] + nominative[-1]
    soft = nominative[:-2] + "ь" + nominative[-1] if nominative[-3] == "л" else stem
    return any(written.startswith(s) and written[len(s):] in _FLEETING_OBLIQUE for s in {stem, soft})


_SOFT_SURNAME_OBLIQUE = ("я", "ю", "ем", "е")


def _soft_oblique(written: str, nominative: str) -> bool:
    """"Амстеля" is an oblique form of the "Амстель" the article writes, where the tagger, who does not know the
    name, calls it a nominative as written. A woman's surname in "-ь" does not decline, so a declined form is the
    man's (or a given name's: "Игоря" of "Игорь")."""
    return len(nominative) >= 5 and nominative[:1].isupper() and nominative.endswith("ь") \
        and written.startswith(nominative[:-1]) and written[len(nominative) - 1:] in _SOFT_SURNAME_OBLIQUE


_UNDECLINED_END = tuple("еиоуыэю")


def _oblique_name(word: str, nominative: str) -> bool:
    """"Ивану" is an oblique form of "Иван", "Селену" of "Селена"."""
    if word == nominative:
        return False
    if word.startswith(nominative) and word[len(nominative):] in _OBLIQUE_ENDINGS:
        return True
    return nominative.endswith(("а", "я")) and word.startswith(nominative[:-1]) \
        and word[len(nominative) - 1:] in _FIRST_DECLENSION_OBLIQUE


def _declined_of(written: str, attested: Sequence[str], names: Sequence[str]) -> str | None:
    """The surname the article writes in the nominative of which ``written`` is an oblique form that drops a
    vowel ("Смилянца" of "Смилянец") or a soft sign ("Амстеля" of "Амстель", also where only our nominative of a
    full name has it: "Вадима Амстеля"). A guessed nominative never lends a fleeting vowel: with "Бени Ганц"
    written, pymorphy's "Ганец" of "Бени Ганца" is no surname to bring "Ганца" to, nor is one whose plain
    oblique form ``written`` is ("Ганца" of "Ганц"). ``attested`` and ``names`` (those and the surnames of full
    names) come sorted, once an article."""
    if any(written.startswith(s) and written[len(s):] in _OBLIQUE_ENDINGS for s in attested if s != written):
        return None
    return next((s for s in attested if _fleeting_oblique(written, s)), None) \
        or next((s for s in names if _soft_oblique(written, s)), None)


def _attested(word: str, written: str, attested: set[str], named: bool = False) -> str:
    """``named``: the word is part of a name with a given name, which told the normaliser the person's gender."""
    if word in attested and word != written:
        return word
    if word != written:
        found = next((s for s in attested if written != s and written.startswith(s)
                      and written[len(s):] in _OBLIQUE_ENDINGS), None)
        if named and found is not None and word == found + "а" and found.endswith(_MASCULINE_SURNAME_END):
            # our normal, read with her given name, is a woman's form of the man's surname the article writes
            # ("Екатерину Еговцеву" beside her brother "Антон Еговцев"): she keeps hers; a lone "Якубову" is his
            return word
        if found is not None:
            return found
    if word != written and written.startswith(word):
        return word  # a man's stem and its ending ("Петрову" -> "Петров", even beside a woman's "Петрова")
    # "Асии", "Асию" with "Асия" written in the article: pymorphy's man "Асий", or the tagger's nominative
    return next((s for s in attested if s.endswith(("а", "я")) and len(s) >= 4 and written != s
                 and written.startswith(s[:-1]) and written[len(s) - 1:] in _FIRST_DECLENSION_OBLIQUE), word)


# Endings a one-word place or organisation takes in the oblique cases, after its nominative's stem: the whole
# nominative for one ending in a consonant ("Ньюпорт": "Ньюпорте"), the nominative less its last letter for one
# ending in "а", "я", "ь" or "й" ("Ухань": "Ухани", "Хубэй": "Хубэя"). A word ending in another vowel has no
# oblique forms to find ("Баку"), and one ending in "у" is itself more likely an oblique form ("Алросу").
_CONSONANT_OBLIQUE = ("а", "у", "ом", "ем", "е")
_SOFT_OBLIQUE = ("и", "ю", "ью", "е", "я", "ем", "ей", "ой", "у", "ы", "ою", "ею")
_VOWEL_END = tuple("аеёийоуыэюяь")
_DECLINING_VOWEL_END = tuple("аяйь")


def _attested_places(mentions: list[Mention], vocab: Any) -> list[Mention]:
    """A one-word place or organisation in an oblique case whose nominative the article writes elsewhere: "в
    Ухани" is "Ухань" when the article also says "Ухань", where pymorphy knows neither and keeps "Ухани". Only
    where our normal is not itself written in the article as a name, nor the dictionary's own nominative of the
    written word: "Бразилии" is "Бразилия" though the article also names its capital "Бразилиа", which does
    not decline."""
    written = {m.text for m in mentions if m.type != "PER" and " " not in m.text and m.text == m.normal
               and len(m.text) >= 4}
    if not written:
        return mentions
    fixed = []
    for mention in mentions:
        if mention.type != "PER" and " " not in mention.text and mention.normal not in written - {mention.text} \
                and not _dictionary_lemma(vocab, mention.text, mention.normal):
            nominative = next((s for s in sorted(written) if _oblique_of(mention.text, s)), None)
            if nominative is not None:
                mention = replace(mention, normal=nominative)
        fixed.append(mention)
    return fixed


def _dictionary_lemma(vocab: Any, word: str, normal: str) -> bool:
    """``normal`` is the lemma of a dictionary reading of ``word`` other than the word itself: a name the
    dictionary declines ("Бразилии" of "Бразилия"), not a guess."""
    return normal != word and any(_dictionary_reading(p)
                                  and p.normal_form.replace("ё", "е") == normal.lower().replace("ё", "е")
                                  for p in vocab.parse(word))


def _oblique_of(word: str, nominative: str) -> bool:
    """"Ухани" is an oblique form of "Ухань", "Ньюпорте" of "Ньюпорт"; "Ухань" is none of "Ухани"."""
    if word == nominative or not word[:1].isupper():
        return False
    if nominative.lower().endswith(_VOWEL_END):
        if not nominative.lower().endswith(_DECLINING_VOWEL_END):
            return False
        stem = nominative[:-1]
        return word.startswith(stem) and word[len(stem):] in _SOFT_OBLIQUE
    return word.startswith(nominative) and word[len(nominative):] in _CONSONANT_OBLIQUE
