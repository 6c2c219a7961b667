"""Quotation marks and dialogue dashes: where quoted words begin and end, in one pass over the characters.

    «Мы выполняем „те“ задачи», - сказал ...   -> one segment: the outer marks, nesting kept inside
    "Мы выполняем те задачи", - сказал ...     -> straight quotes open and close by turns
    «Мы выполняем те задачи                    -> never closed: the segment ends with its paragraph
    - Программа визита была насыщенной. ... - отметил Президент Казахстана.   -> a dialogue paragraph

Only the segments are found here; whether one is a quote (and whose) is decided by ``quotes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"«": "»", "„": "“", "“": "”", "‘": "’"}
STRAIGHT = '"'
DASHES = "-–—"
DIALOGUE = re.compile(r"[ \t]*[-–—][ \t]+")
# Telegram markdown: "**bold**", "__italic__", "~~struck~~" wrap quotes and cues ("__«__**__Им не удастся»,__ —")
MARKUP = re.compile(r"\*{2,}|_{2,}|~{2,}")
# "[сообщила](https://t.me/...)": a markdown link keeps its words, loses its brackets and address
LINK = re.compile(r"\[([^\]\n]{1,200})\]\((?:https?://|tg://)[^)\s]*\)")
# Every character ``segments`` and ``continues`` act on: the marks that open or close a quotation. They visit only
# these (a paragraph is mostly words; a loop over its every character was a tenth of the quotes stage).
QUOTE_MARKS = re.compile("[" + re.escape(STRAIGHT + "".join(OPENERS) + "".join(OPENERS.values()) + "»”") + "]")


@dataclass(frozen=True, slots=True)
class Segment:
    start: int  # the content, without the marks
    stop: int
    closed: bool
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset after the closing mark (== stop when never closed)


def mask_markup(text: str) -> str:
    """The text with markdown emphasis marks and link addresses blanked out, every offset kept: "**«Да» **— заявил"
    reads as "  «Да»   — заявил", "[сообщила](https://...), что" as " сообщила ..., что", so the marks never stand
    between a quotation and its attribution."""
    text = LINK.sub(lambda m: " " + m.group(1) + " " * (len(m.group()) - len(m.group(1)) - 1), text)
    return MARKUP.sub(lambda m: " " * len(m.group()), text)


def is_markup(token: str) -> bool:
    """A token that is only emphasis marks ("**", "_")."""
    return bool(token) and all(ch in "*_~" for ch in token)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, stop) of every non-empty line."""
    spans = []
    start = 0
    for line in text.split("\n"):
        stop = start + len(line)
        if line.strip():
            spans.append((start, stop))
        start = stop + 1
    return spans


def segments(text: str, start: int, stop: int) -> list[Segment]:
    """The outermost quoted segments of one paragraph; an unclosed one is cut at the paragraph's end."""
    found: list[Segment] = []
    stack: list[tuple[str, int]] = []
    for mark in QUOTE_MARKS.finditer(text, start, stop):
        i, ch = mark.start(), mark.group()
        if ch == STRAIGHT:
            if stack and stack[-1][0] == STRAIGHT and not _nested_straight(text, i, start, stop):
                _close(found, stack, i)
            elif _opens_straight(text, i, start, stop):
                stack.append((STRAIGHT, i))
            elif not stack and found and _closes_straight(text, i, stop) and _at_line_start(text, found[0], start):
                # '"Орешник" продемонстрировали ... другие - нет", - заявил': the quote opened with a quoted name
                # and its own opening mark was lost; it runs from the first mark of the paragraph to this one
                first = found[0].open_mark
                found[:] = [Segment(first, i, True, first, i + 1)]
        elif stack and ch == OPENERS.get(stack[-1][0]):
            _close(found, stack, i)
        elif ch in OPENERS:
            stack.append((ch, i))
        elif ch in ("»", "”") and stack and any(mark == "«" for mark, _ in stack) and ch == "»":
            # a mark closing an outer «: the inner one was never closed
            while stack and stack[-1][0] != "«":
                stack.pop()
            _close(found, stack, i)
    if stack:
        first = stack[0][1]
        end = stop
        while end > first + 1 and text[end - 1] in " \t\r":
            end -= 1
        found.append(Segment(first + 1, end, False, first, end))
    return found


def _opens_straight(text: str, i: int, start: int, stop: int) -> bool:
    """A straight mark opens after a space, a bracket, a colon or a dash; after a full stop only before a capital
    letter ('человеческий фактор."Высокая температура ..." — так описывает'): a scraped text lost the space."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < stop else " "
    return not after.isspace() and (before.isspace() or before in "(:—–-«„'" or i == start
                                    or before in ".!?…" and after.isupper())


def _nested_straight(text: str, i: int, start: int, stop: int) -> bool:
    """'"Именно для них "Щелкунчик" - это ...": a mark after a space (or a bracket: '("Спутник V" - ред.)') and
    before a word opens an inner quote."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < stop else " "
    return (before.isspace() or before == "(") and after.isalnum()


def _closes_straight(text: str, i: int, stop: int) -> bool:
    after = text[i + 1] if i + 1 < stop else " "
    return not text[i - 1].isspace() and (after.isspace() or after in ",.;:!?)")


def _at_line_start(text: str, segment: Segment, start: int) -> bool:
    return not text[start:segment.open_mark].strip()


def continues(text: str, para: tuple[int, int], following: tuple[int, int]) -> bool:
    """A quotation left open at the end of ``para`` and closed in ``following``: one quote over two paragraphs.
    Marks opened and closed inside ``following`` are quotes within the quote ('... должны "Крылья Советов" ...»');
    a paragraph that opens a quotation of its own and closes only that one does not go on with the first."""
    inner = segments(text, *para)
    if not inner or inner[-1].closed:
        return False
    depth = 0
    for mark in QUOTE_MARKS.finditer(text, following[0], following[1]):
        i, ch = mark.start(), mark.group()
        if ch in OPENERS or (ch == STRAIGHT and _opens_straight(text, i, following[0], following[1])):
            depth += 1
        elif ch in ("»", "”") or (ch == STRAIGHT and _closes_straight(text, i, following[1])):
            if depth == 0:
                return True
            depth -= 1
    return False


def _close(found: list[Segment], stack: list[tuple[str, int]], i: int) -> None:
    mark, opened = stack.pop()
    if not stack:
        found.append(Segment(opened + 1, i, True, opened, i + 1))


def dialogue_start(text: str, start: int, stop: int) -> int | None:
    """Where the words of a paragraph opening with a dialogue dash begin: "- Программа ..." -> at "П"."""
    match = DIALOGUE.match(text, start, stop)
    return match.end() if match else None


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))
