"""Commitments: what an agreement or a promise obliges someone to do, and how far it has gone.

    "принято решение создать в индустриальной зоне Костаная белорусский индустриальный центр. ...
     Документы на этот счет уже подписаны."
        -> Commitment(parties=(Беларусь, Казахстан), text="создать в индустриальной зоне Костаная
           белорусский индустриальный центр", status="signed")
    "Также обсуждалось создание молочно-товарных комплексов в Казахстане"  -> status "discussed"
    "мы обязуемся ...", "центр будет создан ..."                            -> status "promised"

Sources: every AGREE event that is not negated; promises in quotes (speech verbs flagged ``promise`` in
``data/speech_verbs.tsv``); status cues of ``data/commitment_status.tsv`` that open one ("обсуждалось
создание ..."). A later sentence of the same paragraph moves the status on ("подписаны", "открыт",
"отложен"), never back (a "discussed" after "decided" changes nothing); stalled and cancelled always apply.
Parties are states where the actors stand for one (``actors.state_of``), else the actors themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from letopis.analysis.actors import Actors, case_word
from letopis.analysis.event_triggers import lemma, load_triggers, match_sentence, modality
from letopis.analysis.events import JOINT, article_dyad, retyped
from letopis.lexicon import Lexicon, LexiconError, package_file
from letopis.records import COMMITMENT_PROGRESS, Commitment, Doc, Event, Token

__all__ = ["STATUS_ORDER", "StatusCues", "find_commitments", "load_status_cues"]

STATUS_ORDER = COMMITMENT_PROGRESS
FINAL = frozenset({"stalled", "cancelled"})
ROLES = ("update", "open", "future", "project")
AGREE_STATUS = {"sign": "signed", "decide": "decided", "agree": "decided", "promise": "promised"}
# How many sentences after a commitment a status cue may still speak of it (same paragraph only).
REACH = 3
# Fewer words than this after the trigger is no "what": "Документы на этот счет уже подписаны".
MIN_WORDS = 2
_TRAILING = " \t\n.,;:-–—\"«»“”'"
# Nouns of time: "в минувшую пятницу" says when, not what.
_TIME_WORDS = frozenset({"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
                         "день", "неделя", "месяц", "год", "утро", "вечер", "ночь", "время", "январь", "февраль",
                         "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
                         "декабрь", "прошлое", "сегодня", "вчера"})


@dataclass(frozen=True, slots=True)
class Cue:
    words: tuple[str, ...]
    status: str
    role: str


@dataclass(frozen=True)
class StatusCues:
    by_first: dict[str, tuple[Cue, ...]]
    projects: frozenset[str]


def read_status_cues(text: str, filename: str = "commitment_status.tsv") -> StatusCues:
    by_first: dict[str, list[Cue]] = {}
    projects = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        where = f"{filename}, line {number}"
        if len(cells) != 3:
            raise LexiconError(f"{where}: {len(cells)} cells, expected 3 (cue, status, role)")
        words, status, role = cells
        if role not in ROLES:
            raise LexiconError(f"{where}: role {role!r} is not one of {', '.join(ROLES)}")
        if role == "project":
            projects.add(words.lower())
            continue
        if status not in STATUS_ORDER and status not in FINAL:
            raise LexiconError(f"{where}: status {status!r} is unknown")
        cue = Cue(tuple(words.lower().replace("ё", "е").split()), status, role)
        by_first.setdefault(cue.words[0], []).append(cue)
    return StatusCues({k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in by_first.items()},
                      frozenset(projects))


@lru_cache(maxsize=1)
def load_status_cues() -> StatusCues:
    return read_status_cues(package_file("commitment_status.tsv"))


@lru_cache(maxsize=1)
def _promise_verbs() -> frozenset[str]:
    """Speech verbs the quotes stage flags as promises ("пообещал", "заверил")."""
    verbs = set()
    for line in package_file("speech_verbs.tsv").splitlines():
        cells = line.split("\t")
        if len(cells) >= 4 and not line.startswith("#") and "promise" in cells[3].split(";"):
            verbs.add(cells[0].strip())
    return frozenset(verbs)


@dataclass
class _Open:
    parties: tuple[str, ...]
    text: str
    status: str
    start: int
    stop: int
    sent: int
    paragraph: int


def _paragraph(doc: Doc, offset: int) -> int:
    return doc.text.count("\n", 0, offset)


def _advance(current: str, new: str) -> str:
    if current in FINAL:
        return current
    if new in FINAL:
        return new
    return new if STATUS_ORDER.index(new) > STATUS_ORDER.index(current) else current


def find_commitments(doc: Doc, vocab: Any, lexicon: Lexicon) -> Doc:
    """The commitments stage; reads the events, quotes and one pass of status cues over the tokens."""
    if not doc.tokens:
        return doc
    actors = Actors(doc, lexicon)
    cues = load_status_cues()
    dyad = article_dyad(doc, actors, doc.events)
    found: list[_Open] = []
    events_by_sent: dict[int, list[Event]] = {}
    for event in doc.events:
        events_by_sent.setdefault(_sent_of(doc, event.start), []).append(event)
    tokens = doc.tokens
    for index, sent in enumerate(doc.sents):
        for event in events_by_sent.get(index, ()):
            if event.type != "AGREE" or event.modality == "negated":
                continue
            what = _what_after_trigger(doc, actors, event, sent.first, sent.last)
            status = AGREE_STATUS.get(event.mode or "", "decided")
            if event.modality == "future":
                status = "promised"
            elif event.modality == "hypothetical":
                status = "discussed"
            if what is None:
                _update(found, doc, index, status)
                continue
            parties = _parties(actors, event.participants) or (dyad or ())
            found.append(_Open(parties, what[2], status, what[0], what[1], index, _paragraph(doc, what[0])))
        _unnamed_agreements(doc, actors, events_by_sent.get(index, ()), sent.first, sent.last, index, found)
        for i in range(sent.first, sent.last):
            for cue in cues.by_first.get(lemma(tokens[i]), ()):
                where = _cue_at(tokens, i, sent.first, sent.last, cue)
                if where is None:
                    continue
                mood = modality(tokens, where, sent.first, sent.last)
                if mood == "negated":
                    break
                if cue.role == "update" and mood == "asserted":
                    _update(found, doc, index, cue.status)
                elif cue.role in ("open", "future") and (cue.role == "open" or mood == "future"):
                    opened = _project(doc, tokens, where, sent.first, sent.last, cues, cue.role == "future")
                    if opened is not None and not _covered(found, opened[0], opened[1]):
                        found.append(_Open(dyad or (), opened[2], cue.status, opened[0], opened[1], index,
                                           _paragraph(doc, opened[0])))
                break
    _quote_promises(doc, actors, vocab, found)
    commitments = tuple(Commitment(parties=c.parties, text=c.text, status=c.status, start=c.start, stop=c.stop)
                        for c in sorted(found, key=lambda c: c.start))
    return replace(doc, commitments=commitments)


def _unnamed_agreements(doc: Doc, actors: Actors, events: Sequence[Event], first: int, last: int, index: int,
                        found: list[_Open]) -> None:
    """Agreements and promises whose parties the text leaves unnamed ("страны — члены альянса договорились
    начать вывод войск", "альянс обещает не оставлять ...") are commitments all the same, of no named party."""
    tokens = doc.tokens
    modes = {e.mode for e in events if e.type == "AGREE"}
    for match in match_sentence(load_triggers(), tokens, first, last):
        if match.trigger.type != "AGREE" or match.trigger.mode in modes or match.trigger.pos == "noun":
            continue
        if match.trigger.words in JOINT:
            continue  # "все вопросы ... будут решены": "решить" agrees only between two sides the events name
        if tokens[match.anchor].rel.startswith(("acl", "amod")):
            continue  # "договоренности, достигнутые ранее": an earlier one
        mood = modality(tokens, match.anchor, first, last)
        if mood in ("negated", "hypothetical") or retyped(tokens, match, first, last).trigger.type != "AGREE":
            continue  # "согласилась открыть коды" is yielding, not an agreement
        event = Event(type="AGREE", mode=match.trigger.mode, source=None, target=None, participants=(), place=None,
                      date=None, date_text=None, modality=mood, cameo=match.trigger.cameo,
                      start=doc.sents[index].start, stop=doc.sents[index].stop, text="")
        what = _what_after_trigger(doc, actors, event, first, last, partners=True)
        if what is None or _covered(found, what[0], what[1]):
            continue
        status = "promised" if mood == "future" else "discussed" if mood == "hypothetical" else \
            AGREE_STATUS.get(match.trigger.mode or "", "decided")
        found.append(_Open((), what[2], status, what[0], what[1], index, _paragraph(doc, what[0])))


def _sent_of(doc: Doc, offset: int) -> int:
    for index, sent in enumerate(doc.sents):
        if sent.start <= offset < sent.stop:
            return index
    return len(doc.sents) - 1


def _parties(actors: Actors, participants: Sequence[str]) -> tuple[str, ...]:
    states = [actors.state(p) or p for p in participants]
    return tuple(dict.fromkeys(states))


def _covered(found: Sequence[_Open], start: int, stop: int) -> bool:
    return any(c.start < stop and start < c.stop for c in found)


def _update(found: list[_Open], doc: Doc, index: int, status: str) -> None:
    """A status cue speaks of the latest commitment of its paragraph, a few sentences back at most."""
    paragraph = _paragraph(doc, doc.sents[index].start)
    for item in reversed(found):
        if item.paragraph == paragraph and 0 <= index - item.sent <= REACH:
            item.status = _advance(item.status, status)
            return


def _clip(doc: Doc, actors: Actors, start: int, stop: int, at: int) -> tuple[int, int, str] | None:
    """The text between start and stop, cut at the end of the quote it stands in and trimmed."""
    quote = actors.quote_at(at)
    if quote is not None:
        stop = min(stop, quote.stop)
    text = doc.text[start:stop]
    trimmed = text.strip(_TRAILING)
    if trimmed.endswith(")") and "(" not in trimmed:
        trimmed = trimmed[:-1]
    if len(trimmed.split()) < MIN_WORDS:
        return None
    begin = start + text.index(trimmed)
    return begin, begin + len(trimmed), trimmed


def _what_after_trigger(doc: Doc, actors: Actors, event: Event, first: int, last: int, partners: bool = False
                        ) -> tuple[int, int, str] | None:
    """What was agreed: the words after the trigger up to the end of its clause or quote.
    "принято решение создать в индустриальной зоне ..." -> "создать в индустриальной зоне ..."."""
    tokens = doc.tokens
    for match in match_sentence(load_triggers(), tokens, first, last):
        if match.trigger.type == "AGREE" and match.trigger.mode == event.mode:
            if tokens[match.anchor].pos == "NOUN" and case_word(tokens, match.anchor, first, last) in (
                    "при", "после", "перед", "до"):
                return None  # "При подписании нового соглашения министр заявил": a circumstance
            after = _skip_circumstances(tokens, max(match.tokens) + 1, first, last, partners)
            if after >= last or not _content_starts(tokens, after, match.tokens, first, last):
                return None
            # "подпишет договоры по строению АЭЦ ... и будут обсуждаться ...": a clause of its own ends it
            end = next((min(j for j in range(first, last) if _under(tokens, j, k, first, last))
                        for k in range(after, last) if tokens[k].rel == "conj" and tokens[k].head == match.anchor
                        and tokens[k].pos in ("VERB", "AUX")), last)
            if end <= after:
                return None
            return _clip(doc, actors, tokens[after].start, tokens[end - 1].stop, match.anchor)
    return None


def _content_starts(tokens: Sequence[Token], at: int, trigger: Sequence[int], first: int, last: int) -> bool:
    """Whether the words after an agreement's trigger say what was agreed ("о взаимной отмене виз",
    "создать центр", "крупные договоры по строению АЭЦ") rather than when, where, with whom or by whom it was
    ("в минувшую пятницу в Чикаго", "с чемпионом мира Топаловым", "(решение приняли) министры ЕС")."""
    head = tokens[at]
    seen = {at}
    # the nominal a preposition or modifier belongs to (slovnet's heads may loop: each word is visited once)
    while head.rel in ("case", "amod", "det", "nummod") and first <= head.head < last and head.head not in seen:
        seen.add(head.head)
        head = tokens[head.head]
    return not (head.rel in ("nsubj", "nsubj:pass") and head.head in trigger)  # not a subject after its verb


def _skip_circumstances(tokens: Sequence[Token], at: int, first: int, last: int, partners: bool = False) -> int:
    """The first word after ``at`` past punctuation and phrases of time and place ("в минувшую среду 12 мая",
    "в Чикаго"): "подписали в минувшую среду соглашение о ..." says what after them."""
    while at < last:
        token = tokens[at]
        if token.pos == "PUNCT" and token.text not in "«\"":
            at += 1
            continue
        head = at
        while tokens[head].rel in ("case", "amod", "det", "nummod") and first <= tokens[head].head < last \
                and tokens[head].head > head:
            head = tokens[head].head
        word = tokens[head].lemma.lower()
        timed = word in _TIME_WORDS or token.text.isdigit() and at + 1 < last and lemma(tokens[at + 1]) in _TIME_WORDS
        if partners and not (timed or word in _TIME_WORDS):
            # "договориться с партнёрами за рубежом", "пообещали простым горожанам, что ...": with whom and to
            # whom, not what
            prep = case_word(tokens, head, first, last)
            if prep in ("с", "со", "между") or prep is None and tokens[head].feats.get("Case") == "Dat":
                timed = True
        placed = case_word(tokens, head, first, last) in ("в", "во") and tokens[head].feats.get("Case") == "Loc"
        if not (timed or placed):
            return at
        below = [j for j in range(first, last) if _under(tokens, j, head, first, last)]
        at = max(below) + 1
    return at


def _under(tokens: Sequence[Token], j: int, head: int, first: int, last: int) -> bool:
    for _ in range(8):
        if j == head:
            return True
        if not first <= j < last:
            return False
        j = tokens[j].head
    return False


def _cue_at(tokens: Sequence[Token], i: int, first: int, last: int, cue: Cue) -> int | None:
    """The anchor of a cue phrase starting at token i, or None."""
    used = [i]
    for word in cue.words[1:]:
        near = [j for j in range(max(first, i - 4), min(last, i + 5)) if j not in used and lemma(tokens[j]) == word]
        if not near:
            return None
        used.append(near[0])
    verbs = [j for j in used if tokens[j].pos in ("VERB", "AUX")]
    return verbs[0] if verbs else i


def _project(doc: Doc, tokens: Sequence[Token], at: int, first: int, last: int, cues: StatusCues,
             future: bool) -> tuple[int, int, str] | None:
    """What an opening cue speaks of: "обсуждалось создание молочно-товарных комплексов ..." (a project noun
    as subject or object, to the end of the sentence); for "будет создан центр", the whole clause."""
    if future:
        start, stop = doc.sents[tokens[at].sent].start, doc.sents[tokens[at].sent].stop
        text = doc.text[start:stop].strip(_TRAILING)
        return (start, start + len(text), text) if len(text.split()) >= MIN_WORDS else None
    for j in range(first, last):
        if tokens[j].head == at and tokens[j].rel in ("nsubj", "nsubj:pass", "obj") \
                and lemma(tokens[j]) in cues.projects:
            text = doc.text[tokens[j].start:tokens[last - 1].stop].strip(_TRAILING)
            if len(text.split()) >= MIN_WORDS:
                return tokens[j].start, tokens[j].start + len(text), text
    return None


def _quote_promises(doc: Doc, actors: Actors, vocab: Any, found: list[_Open]) -> None:
    """"X пообещал, что ..." : the quote is a promise of its speaker (or the speaker's state)."""
    verbs = _promise_verbs()
    for quote in doc.quotes:
        words = quote.cue.lower().split()
        if not words or not quote.speaker:
            continue
        lemmas = {p.normal_form for p in vocab(words[0])[:2]}
        if not lemmas & verbs or _covered(found, quote.start, quote.stop):
            continue
        party = actors.state(quote.speaker) or quote.speaker
        found.append(_Open((party,), quote.text, "promised", quote.start, quote.stop,
                           _sent_of(doc, quote.start), _paragraph(doc, quote.start)))
