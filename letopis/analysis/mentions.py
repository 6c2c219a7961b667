"""Mentions: natasha's NER spans, corrected, each with its nominative ``normal``.

Corrections, each one a thing slovnet's NER gets wrong in agency news:
- a name and patronymic split from the surname ("Александром Григорьевичем" + "Лукашенко") become one person;
- quotes and punctuation at the edges of a span are trimmed;
- a known organisation or state gets the type the lexicon gives it (an agency tagged as a place);
- the normal form comes from ``names.normalize``, and a name the lexicon knows gets its canonical spelling
  ("БЕЛТА" -> "БелТА" as the entity's name; the mention's ``normal`` keeps the letters it was written with).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from letopis.analysis import names
from letopis.lexicon import Lexicon
from letopis.records import Doc, Mention, Token

EDGE_PUNCT = " \t\n.,;:!?()[]-–—"


def token_range(tokens: Sequence[Token], start: int, stop: int) -> tuple[int, int]:
    """Indexes [first, last) of the tokens lying inside the characters [start, stop)."""
    starts = [t.start for t in tokens]
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, stop)
    return first, last


def _join_split_persons(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Александром Григорьевичем" + "Лукашенко" (two PER spans with only spaces between) -> one."""
    result: list[Mention] = []
    for mention in mentions:
        if result:
            prev = result[-1]
            gap = text[prev.stop:mention.start]
            if prev.type == mention.type == "PER" and gap.strip() == "" and "\n" not in gap:
                result[-1] = replace(prev, stop=mention.stop, text=text[prev.start:mention.stop])
                continue
        result.append(mention)
    return result


def _trim(text: str, mention: Mention) -> Mention | None:
    start, stop = mention.start, mention.stop
    while start < stop and text[start] in EDGE_PUNCT:
        start += 1
    while stop > start and text[stop - 1] in EDGE_PUNCT:
        stop -= 1
    # An unbalanced quote at an edge: «Казинформ without its closing mark keeps neither.
    span = text[start:stop]
    if span.count("«") != span.count("»"):
        if span.startswith("«"):
            start += 1
        elif span.endswith("»"):
            stop -= 1
    if stop - start < 1:
        return None
    return replace(mention, start=start, stop=stop, text=text[start:stop])


def _retype(lexicon: Lexicon, mention: Mention) -> Mention:
    """Known states are places, known organisations are organisations, whatever the tagger said."""
    normal = mention.normal
    if mention.type != "PER":
        if lexicon.country(normal) is not None and lexicon.org(normal) is None:
            return replace(mention, type="LOC")
        if lexicon.org(normal) is not None and lexicon.country(normal) is None:
            return replace(mention, type="ORG")
    return mention


def find_mentions(doc: Doc, vocab: Any, lexicon: Lexicon) -> Doc:
    text = doc.text
    raw = sorted(doc.mentions, key=lambda m: (m.start, m.stop))
    trimmed = [m for m in (_trim(text, m) for m in raw) if m is not None]
    joined = _join_split_persons(text, trimmed)
    result = []
    for mention in joined:
        first, last = token_range(doc.tokens, mention.start, mention.stop)
        tokens = doc.tokens[first:last]
        normal = names.normalize(vocab, tokens, mention.type, doc.tokens, first) if tokens else mention.text
        result.append(_retype(lexicon, replace(mention, normal=normal)))
    return replace(doc, mentions=tuple(result))
