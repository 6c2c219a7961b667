"""Put the head of a cited source into the nominative: "пресс-службу Акорды" → "пресс-служба Акорды".

Only the leading adjectives, the head noun and a person's name that follows it change; the genitive
complement ("Акорды", "финансов") stays as written.
"""

from __future__ import annotations

import inspect
import types
from functools import cache
from typing import Any

# Parts of speech that agree with the head noun and come before it.
_AGREEING = frozenset({"ADJF", "PRTF"})
# Grammemes of a person's name: "Дмитрия Пескова" → "Дмитрий Песков" turns every part.
_NAME_PARTS = frozenset({"Name", "Surn", "Patr"})


@cache
def _morph() -> Any:
    """pymorphy2's analyzer, loaded once and only when a source needs normalising (it takes ~0.5 s)."""
    import pymorphy2
    import pymorphy2.units.base

    # pymorphy2 0.9.1 calls inspect.getargspec, removed in Python 3.11. Give that one module a stand-in
    # instead of patching the global inspect module for everybody.
    if not hasattr(inspect, "getargspec"):
        pymorphy2.units.base.inspect = types.SimpleNamespace(getargspec=_getargspec)
    return pymorphy2.MorphAnalyzer()


def _getargspec(func: Any) -> tuple[Any, ...]:
    spec = inspect.getfullargspec(func)
    return spec.args, spec.varargs, spec.varkw, spec.defaults


def nominative(phrase: str, case: str) -> str:
    """The phrase with its head in the nominative; ``case`` is the case it stands in (pymorphy2's
    "accs", "gent", "loct", or "nomn" for no change)::

        nominative("пресс-службу Акорды", "accs") == "пресс-служба Акорды"
        nominative("российского министерства финансов", "gent") == "российское министерство финансов"
    """
    words = phrase.split()
    if case == "nomn" or not words:
        return " ".join(words)
    morph = _morph()
    head = _head(morph, words, case)
    if head is None:
        return " ".join(words)
    index, noun = head
    out = list(words)
    for i in range(index):
        parse = _parse(morph, words[i], case, _AGREEING, noun)
        if parse is not None:
            out[i] = _inflect(parse, words[i], noun)
    out[index] = _inflect(noun, words[index], noun)
    person = _NAME_PARTS & set(noun.tag.grammemes)
    for i in range(index + 1, len(words)):
        parse = _parse(morph, words[i], case, {"NOUN"}, noun) if person else None
        if parse is None or not _NAME_PARTS & set(parse.tag.grammemes):
            break
        out[i] = _inflect(parse, words[i], noun)
    return " ".join(out)


def _head(morph: Any, words: list[str], case: str) -> tuple[int, Any] | None:
    for index, word in enumerate(words):
        noun = _parse(morph, word, case, {"NOUN"}, None)
        if noun is not None:
            return index, noun
        if _parse(morph, word, case, _AGREEING, None) is None:
            return None
    return None


def _parse(morph: Any, word: str, case: str, pos: set[str] | frozenset[str], noun: Any) -> Any:
    if not word[:1].isalpha():
        return None
    for parse in morph.parse(word):
        if parse.tag.POS not in pos or parse.tag.case != case:
            continue
        if noun is not None and parse.tag.number != noun.tag.number:
            continue
        if noun is not None and noun.tag.number == "sing" and parse.tag.gender not in (None, noun.tag.gender):
            continue
        return parse
    return None


def _inflect(parse: Any, word: str, noun: Any) -> str:
    grammemes = {"nomn"}
    if parse is not noun and noun.tag.number == "sing" and noun.tag.gender:
        grammemes.add(noun.tag.gender)
    form = parse.inflect(grammemes)
    if form is None:
        return word
    return _same_case(form.word, word)


def _same_case(new: str, old: str) -> str:
    """Keep the writing of the original: "МИД" stays in capitals, "Росстата" → "Росстат"."""
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new
