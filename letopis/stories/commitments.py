"""Commitments over time: later reports of progress on a commitment already known.

    commitment_progress("построить белорусский индустриальный центр в Костанае", ["Беларусь", "Казахстан"], doc)
    # doc: "... Белорусский индустриальный центр в Костанае открыт ..." -> [Progress(status="done", ...)]

A sentence counts when (1) every party is named in the article (a state by its name, a place in it, or its
adjective: "белорусский" stands for Беларусь), (2) the sentence shares most of the commitment's content words
(IDF-weighted, compared by stem so "открытие" meets "открыть") and (3) it holds a status cue from
``data/progress_cues.tsv`` that no "hold" word keeps from counting ("не открыт", "планируется открыть").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from letopis.analysis import nlp
from letopis.analysis.entities import fold
from letopis.lexicon import LexiconError, load_lexicon, package_file
from letopis.records import Doc, Token
from letopis.stories.items import stop_lemmas
from letopis.stories.weights import default_idf

CUES_FILE = "progress_cues.tsv"
STATUSES = ("signed", "in-progress", "done", "stalled", "cancelled")
# Share of the commitment's content (IDF-weighted) a sentence must repeat. Chosen by hand on the test cases
# (tests/test_commitment_tracking.py), not tuned on a benchmark: there is none for this task yet.
MIN_OVERLAP = 0.5
STEM = 5  # characters compared: "строительство" ~ "строить", "открытие" ~ "открыть"
CUE_SPAN = 4  # words a phrase cue may spread over; words before a cue a "hold" word may stand
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "X"})
# Numbers and months date a commitment ("к 1 декабря 2025 года") and say nothing of what was agreed: a report
# sharing only them ("26 октября 2024 года мы отметили 2 года ...") is about something else.
MONTHS = frozenset({"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                    "ноябрь", "декабрь"})
# Content stems a commitment needs to be followed at all: with one ("завод"), any sentence naming it with a cue
# would move it.
MIN_CONTENT = 2


@dataclass(frozen=True, slots=True)
class Progress:
    """A sentence reporting a commitment's new status, with how closely it repeats the commitment (0..1)."""

    status: str
    evidence_start: int
    evidence_stop: int
    evidence_text: str
    score: float


@dataclass(frozen=True, slots=True)
class Cue:
    status: str  # one of STATUSES, or "hold"
    lemmas: tuple[str, ...]


@functools.cache
def load_cues() -> tuple[Cue, ...]:
    return read_cues(package_file(CUES_FILE))


def read_cues(text: str, where: str = CUES_FILE) -> tuple[Cue, ...]:
    cues = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        status, phrase = cells[0].strip(), cells[1].strip() if len(cells) > 1 else ""
        if status not in (*STATUSES, "hold") or not phrase:
            raise LexiconError(f"{where}, line {number}: expected 'status<TAB>cue' with status one of "
                               f"{', '.join(STATUSES)}, hold; got {line!r}")
        cues.append(Cue(status, tuple(fold(w) for w in phrase.split())))
    return tuple(cues)


def _stem(lemma: str) -> str:
    return lemma[:STEM]


def _lemmatize(text: str) -> list[tuple[str, str]]:
    """(folded lemma, POS) of each word of a short text, by the most likely dictionary parse."""
    from razdel import tokenize

    vocab = nlp.load_vocab()  # the dictionaries only: the writing process needs no neural models
    words = []
    for token in tokenize(text):
        if not any(ch.isalnum() for ch in token.text):
            continue
        forms = vocab.parse(token.text)
        form = forms[0] if forms else None
        pos = "NUM" if token.text.isdigit() else (form.pos if form else "X")
        words.append((fold(form.normal if form else token.text), pos))
    return words


def _party_codes(party: str) -> tuple[str | None, str]:
    """A party as (ISO code if it is a state, folded name): "Беларусь" -> ("BY", "беларусь"); "BY" too."""
    lexicon = load_lexicon()
    country = lexicon.country(party) or (lexicon.country_by_code(party) if len(party) == 2 else None)
    name = fold(party)
    return (country.iso2 if country else None), name


def _doc_parties(doc: Doc) -> tuple[set[str], set[str]]:
    """The states (ISO codes) and folded names an article speaks of."""
    lexicon = load_lexicon()
    codes: set[str] = set()
    names: set[str] = set()
    for entity in doc.entities:
        name = fold(entity.name)
        names.add(name)
        if entity.type == "PER":
            names.add(name.split(" ")[-1])
        if entity.type == "LOC" and entity.country:
            codes.add(entity.country)
        for alias in entity.aliases:
            names.add(fold(alias))
    for token in doc.tokens:
        if token.pos == "ADJ":
            codes.update(lexicon.country_of_adjective(token.text))
    return codes, names


@dataclass(frozen=True, slots=True)
class _DocView:
    """What every commitment checked against one article reads from it, computed once per article: a store
    checks each new article against all the open commitments of the parties it names."""
    doc: Doc
    codes: set[str]
    names: set[str]
    stems: tuple[frozenset[str], ...]  # per sentence, the stems of its lemmas


_last_view: list[_DocView] = []  # the last article's view (one entry): the next calls are most often on it


def _view(doc: Doc) -> _DocView:
    if _last_view and _last_view[0].doc is doc:
        return _last_view[0]
    codes, names = _doc_parties(doc)
    stems = tuple(frozenset(_stem(fold(t.lemma)) for t in doc.tokens[s.first:s.last]) for s in doc.sents)
    view = _DocView(doc, codes, names, stems)
    _last_view[:] = [view]
    return view


@functools.lru_cache(maxsize=4096)
def _content(commitment_text: str) -> tuple[tuple[str, float], ...]:
    """The commitment's content stems with their IDF (the highest of the lemmas sharing a stem)."""
    cue_words = {w for c in load_cues() for w in c.lemmas}
    stop = stop_lemmas()
    idf = default_idf()
    content: dict[str, float] = {}
    for lemma, pos in _lemmatize(commitment_text):
        if pos in CONTENT_POS and lemma not in stop and lemma not in cue_words and lemma not in MONTHS \
                and not any(ch.isdigit() for ch in lemma):
            content[_stem(lemma)] = max(content.get(_stem(lemma), 0.0), idf(lemma))
    return tuple(content.items())


def _parties_named(parties: Sequence[str], view: _DocView) -> bool:
    codes, names = view.codes, view.names
    for party in parties:
        code, name = _party_codes(party)
        if code in codes or name in names or name.split(" ")[-1] in names:
            continue
        return False
    return True


def _depth(doc: Doc, index: int) -> int:
    depth, seen = 0, set()
    while index >= 0 and index not in seen and depth < 50:
        seen.add(index)
        index = doc.tokens[index].head
        depth += 1
    return depth


def commitment_progress(commitment_text: str, parties: Sequence[str], doc: Doc) -> list[Progress]:
    """Sentences of ``doc`` that report progress on the commitment ``commitment_text`` between ``parties``,
    in text order; [] when the article does not name every party.

    ``parties`` are names ("Беларусь", "Касым-Жомарт Токаев", "Газпром") or ISO codes of states ("BY"); a
    ``Commitment`` of an analysed article holds entity ids, so pass ``[doc.entity(p).name for p in c.parties]``.
    """
    if not doc.tokens:
        return []
    view = _view(doc)
    if not _parties_named(parties, view):
        return []
    cues = load_cues()
    holds = {c.lemmas[0] for c in cues if c.status == "hold"}
    content = _content(commitment_text)
    total = sum(w for _, w in content)
    if len(content) < MIN_CONTENT or not total:
        return []
    found = []
    for sent, stems in zip(doc.sents, view.stems, strict=True):
        score = sum(w for s, w in content if s in stems) / total
        if score < MIN_OVERLAP:
            continue
        tokens = doc.tokens[sent.first:sent.last]
        status = _status(doc, sent.first, tokens, cues, holds, _own_lemmas(commitment_text))
        if status is not None:
            found.append(Progress(status, sent.start, sent.stop, doc.text[sent.start:sent.stop], round(score, 3)))
    return found


@functools.lru_cache(maxsize=4096)
def _own_lemmas(commitment_text: str) -> frozenset[str]:
    """Every folded lemma of the commitment's words: its own verb ("отменить роуминг") is no status cue of it."""
    return frozenset(lemma for lemma, _ in _lemmatize(commitment_text))


def _status(doc: Doc, first: int, tokens: Sequence[Token], cues: Sequence[Cue], holds: set[str],
            own: frozenset[str] = frozenset()) -> str | None:
    """The status of the cue closest to the sentence's root ("соглашение, подписанное в 2019 году, расторгнуто"
    -> cancelled), or None when no cue counts. A cue that is the commitment's own verb (in ``own``) reports the
    agreed act itself: nothing where it stands as an infinitive ("решили отменить роуминг": the decision told
    again), and a stopping word is the act done, not the commitment broken ("отменить роуминг" / "роуминг
    отменен", "отложить выборы" / "выборы отложены"); "открыть центр" / "центр открыт" is done as before."""
    lemmas = [fold(t.lemma) for t in tokens]
    best: tuple[int, int, str] | None = None
    for cue in cues:
        if cue.status == "hold":
            continue
        for i, lemma in enumerate(lemmas):
            if lemma != cue.lemmas[0] or not _phrase_at(lemmas, i, cue.lemmas):
                continue
            if _held_at(doc, first, i, holds):
                continue
            status = cue.status
            if len(cue.lemmas) == 1 and lemma in own:
                if tokens[i].feats.get("VerbForm") == "Inf":
                    continue
                if status in ("stalled", "cancelled"):
                    status = "done"
            rank = (_depth(doc, first + i), i)
            if best is None or rank < best[:2]:
                best = (*rank, status)
    return best[2] if best else None


def _phrase_at(lemmas: Sequence[str], i: int, phrase: tuple[str, ...]) -> bool:
    j = i + 1
    for word in phrase[1:]:
        window = lemmas[j:i + CUE_SPAN + len(phrase)]
        if word not in window:
            return False
        j += window.index(word) + 1
    return True


def _held_at(doc: Doc, first: int, i: int, holds: set[str]) -> bool:
    """A hold word (a lemma or a word form) shortly before the cue, or a hold lemma governing it."""
    for t in doc.tokens[max(first, first + i - CUE_SPAN):first + i]:
        # Word forms too: the tagger reads "будет" as present tense, so the future is listed as forms.
        if fold(t.lemma) in holds or fold(t.text) in holds:
            return True
    head = doc.tokens[first + i].head
    return head >= 0 and fold(doc.tokens[head].lemma) in holds
