"""Who speaks in a title: "Путин сообщил, что ...", "Кудрин: на борьбу с бедностью ...", "... невозможно – Степанов".

Two reports whose titles give the words of different speakers tell different stories, however much they share:
"Роспотребнадзор объяснил влияние алкоголя на коронавирус" / "ВОЗ: Алкоголь не защищает от коронавируса"; the
annotators of the tgcontest pairs count a comment on an event as another story than the event. A speaker is the
key of a named entity ("PER:путин"), or "who:<lemma>" for one only described ("Экономист назвал ...").
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from itertools import takewhile

from letopis.analysis.entities import fold
from letopis.analysis.speakers import load_cues
from letopis.lexicon import package_file
from letopis.records import Doc, Token

SPEECH_FILE = "story_speech.tsv"
# "СМИ: Россия может передать ..." names no one: any outlet may write the same.
ANONYMOUS = frozenset({"сми", "источник", "издание", "сеть", "соцсеть", "пресс-служба"})
PREFIX_TOKENS = 5  # "Андре Петерссон:", "Менеджер Нурмагомедова:" -- a longer run before a colon is a headline


@functools.cache
def speech_lemmas() -> frozenset[str]:
    """Verbs whose subject speaks in a title: the subject cues of ``speech_verbs.tsv`` that are one word, and the
    verbs of comment that titles use (``story_speech.tsv``: "назвать", "прокомментировать", "высмеять")."""
    words = {first for first, cues in load_cues().items() if any(c.speaker == "subj" and len(c.lemmas) == 1
                                                                  for c in cues)}
    for line in package_file(SPEECH_FILE).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(fold(line))
    return frozenset(words)


def head_speakers(doc: Doc, stop: int, key_of: Callable[[Token], str | None]) -> tuple[str, ...]:
    """The speakers of the title (the text before ``stop``): the subject of a speech verb, else the name before a
    colon that opens it, else the name that signs it after a dash. ``key_of`` gives the entity key of the name a
    token belongs to (None outside names)."""
    # Tokens are in text order: the title's are a prefix, and the rest of a long text is never walked.
    tokens = list(takewhile(lambda it: it[1].start < stop, enumerate(doc.tokens)))
    for find in (_verb_subject, _colon_prefix, _signature):
        found = find(tokens, key_of)
        if found is not None:
            return () if found.partition(":")[2] in ANONYMOUS else (found,)
    return ()


def _verb_subject(tokens: list[tuple[int, Token]], key_of: Callable[[Token], str | None]) -> str | None:
    speech = speech_lemmas()
    for index, verb in tokens:
        if verb.pos != "VERB" or fold(verb.lemma) not in speech:
            continue
        subject = next(((i, t) for i, t in tokens if t.head == index and t.rel.startswith("nsubj")), None)
        if subject is not None:
            # "Менеджер Нурмагомедова заявил": the name inside the subject's phrase, else the word itself.
            at, word = subject
            named = key_of(word) or next((k for _, t in tokens if t.head == at and (k := key_of(t))), None)
            return named or f"who:{fold(word.lemma)}"
        # "В Роспотребнадзоре заявили": no subject; the body named before the verb speaks.
        return next((k for _, t in tokens if t.start < verb.start and (k := key_of(t))), None)
    return None


def _colon_prefix(tokens: list[tuple[int, Token]], key_of: Callable[[Token], str | None]) -> str | None:
    words = [t for _, t in tokens]
    for position, token in enumerate(words[:PREFIX_TOKENS + 1]):
        if token.text == ":":
            return next((k for t in words[:position] if (k := key_of(t))), None)
    return None


def _signature(tokens: list[tuple[int, Token]], key_of: Callable[[Token], str | None]) -> str | None:
    words = [t for _, t in tokens]
    for position in range(len(words) - 1, max(len(words) - PREFIX_TOKENS - 1, 0), -1):
        if words[position].text in ("—", "–", "-") and words[position].pos == "PUNCT":
            return next((k for t in words[position + 1:] if (k := key_of(t))), None)
    return None
