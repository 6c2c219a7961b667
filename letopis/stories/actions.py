"""What a title says happened: the lemmas of its main action, and actions that contradict each other.

Measured as a same-story signal and not shipped (2026-11-26): the stories benchmark reports it beside the score
(``letopis.bench.stories``), and ``same_story`` does not use it; see ``actions_conflict`` for the numbers.

Two reports may name the same people and places and still tell different events: "ОБСЕ сообщила о переносе
разведения сил" / "ДНР подтвердила готовность к возобновлению разведения сил", "Суд арестовал экс-главу" / "Суд
выпустил экс-главу". The action of a title is its main predicate (the root of the title's parse), or, where that
is a verb that frames rather than acts ("заявил", "стал", ``story_actions.tsv``'s light verbs and the speech verbs
of ``speakers.speech_lemmas``), the action it frames: its clausal complement, or the noun it is about ("сообщила о
переносе" -> "перенос"). Actions are compared by ``action_key``, so that a verb, its reflexive form and its action
noun are one ("задержать", "задержаться", "задержание" -> "задер").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import takewhile

from letopis.analysis.entities import fold
from letopis.lexicon import LexiconError, package_file
from letopis.records import Doc, Token
from letopis.stories.items import StoryItem, head_stop, stop_lemmas
from letopis.stories.speakers import speech_lemmas

ACTIONS_FILE = "story_actions.tsv"
# Letters of a lemma an action is compared by: enough to tell "перенести" from "переехать" and "выделить" from
# "выдержать", few enough that a verb and its noun ("перенести" / "перенос", "освободить" / "освобождение") meet.
# Chosen by hand on the table's pairs, not tuned on benchmark pairs.
KEY_LETTERS = 5
# Dependents of a framing verb that carry the action it frames: clauses, objects, obliques ("о переносе").
FRAMED = frozenset({"ccomp", "xcomp", "csubj", "parataxis", "conj", "obj", "obl"})
# How deep a framing verb's complements are followed ("заявили, что готовы начать ...").
MAX_DEPTH = 2


@dataclass(frozen=True, slots=True)
class ReportActions:
    """What the action rules compare of a report: its title's action keys and the keys of all its lemmas."""

    head: frozenset[str]
    known: frozenset[str]


@dataclass(frozen=True, slots=True)
class Actions:
    """The table: verbs that frame an action rather than being one, and pairs of opposite actions (as keys)."""

    light: frozenset[str]
    opposite: frozenset[tuple[str, str]]


def action_key(lemma: str) -> str:
    """The key actions are compared by: the lemma without its reflexive ending, cut to KEY_LETTERS letters."""
    if lemma.endswith(("ся", "сь")) and len(lemma) > KEY_LETTERS + 2:
        lemma = lemma[:-2]
    return lemma[:KEY_LETTERS]


@functools.cache
def actions_table() -> Actions:
    """``data/story_actions.tsv``: "light<TAB>lemma" and "opposite<TAB>lemma<TAB>lemma" rows."""
    light: set[str] = set(speech_lemmas())
    opposite: set[tuple[str, str]] = set()
    for number, line in enumerate(package_file(ACTIONS_FILE).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [fold(cell.strip()) for cell in line.split("\t")]
        if cells[0] == "light" and len(cells) == 2:
            light.add(cells[1])
        elif cells[0] == "opposite" and len(cells) == 3:
            a, b = action_key(cells[1]), action_key(cells[2])
            opposite |= {(a, b), (b, a)}
        else:
            raise LexiconError(f"{ACTIONS_FILE}, line {number}: expected 'light<TAB>lemma' or "
                               "'opposite<TAB>lemma<TAB>lemma'")
    return Actions(frozenset(light), frozenset(opposite))


def head_actions(tokens: list[tuple[int, Token]], stop_lemmas: frozenset[str]) -> tuple[str, ...]:
    """The lemmas of the actions of a title (``tokens``: the title's, with their indexes in the doc), sorted: each
    root's lemma where it is a verb that acts, else the actions it frames (a verb, or a noun it is about)."""
    light = actions_table().light
    inside = {index for index, _ in tokens}
    children: dict[int, list[int]] = {}
    for index, token in tokens:
        children.setdefault(token.head, []).append(index)
    by_index = dict(tokens)
    found: set[str] = set()

    def follow(index: int, depth: int) -> None:
        token = by_index[index]
        lemma = fold(token.lemma or token.text)
        acts = token.pos == "VERB" or (depth and token.pos == "NOUN" and token.rel in ("obj", "obl"))
        if acts and lemma not in stop_lemmas and lemma not in light:
            found.add(lemma)
            return
        if depth >= MAX_DEPTH or (token.pos != "VERB" and depth):
            return
        for child in children.get(index, ()):
            if by_index[child].rel in FRAMED:
                follow(child, depth + 1)

    for index, token in tokens:
        if token.head not in inside:  # the root of the title, or of a part the splitter cut off
            follow(index, 0)
    return tuple(sorted(found))


def action_keys(lemmas: Iterable[str]) -> frozenset[str]:
    return frozenset(map(action_key, lemmas))


def report_actions(doc: Doc, item: StoryItem) -> ReportActions:
    """The actions of ``doc``'s title (its head, as ``story_item`` cuts it) and the keys of ``item``'s lemmas."""
    stop = head_stop(doc)
    tokens = list(takewhile(lambda it: it[1].start < stop, enumerate(doc.tokens)))
    head = action_keys(head_actions(tokens, stop_lemmas()))
    return ReportActions(head, head | action_keys(item.lemmas))


def actions_conflict(a: ReportActions, b: ReportActions) -> bool:
    """The titles tell different actions: opposite ones ("Суд арестовал ..." / "Суд выпустил ...",
    ``story_actions.tsv``), or each title's action is one the other report never uses in any form ("ОБСЕ сообщила
    о переносе разведения сил" / "ДНР подтвердила готовность к возобновлению разведения сил"). Neutral where a title
    has no action found (a nominal headline: "Прогноз погоды на 8 ноября").

    Not shipped. On the 215 tgcontest-2020 pairs it fires where both titles have an action on 15 of 57 honey
    positives and 45 of 76 honey negatives, but the lemma cosine and the title cover already see what it sees: as
    a factor on the shipped score, honey ROC AUC 0.952 -> 0.952 (0.7) / 0.953 (0.85) / 0.946 (0.5); as a knob of
    the nested cross-validation's grid (1.0 or 0.7 per fold) the mean F1 of 20 shuffles falls (0.879 -> 0.870, above
    on 3 of 20); as a signal of the learned combination 0.875 -> 0.877 (noise). Among reports sharing most names
    (entity overlap >= 0.5), where a different action was to tell the hard negatives apart, it fires on 10
    positives and 7 negatives: one event is told with other verbs ("заражен" / "заразились", "выделил" /
    "получат"). The opposite pairs of the table fire on none of the 215 pairs. Placing an article would cost ~15%
    more CPU (the keys of every lemma of each profile). Roles were looked at too (the same names in swapped roles,
    from ``doc.events``' source and target): 11 of the 215 pairs have an event with both roles in both reports, none
    swapped, so there is no rule for them; events' types in the titles never meet in one pair either."""
    if not a.head or not b.head:
        return False
    if opposed(a.head, b.head):
        return True
    return bool(a.head - b.known and b.head - a.known)


def opposed(a: frozenset[str], b: frozenset[str]) -> bool:
    """An action key of ``a`` is the opposite of one of ``b`` ("задер" / "освоб")."""
    opposite = actions_table().opposite
    return any((x, y) in opposite for x in a for y in b)
