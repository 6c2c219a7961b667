"""An article's layers marked in its text, as HTML: entities by type (a link to the entity), quotes with their
speaker, events with their trigger word and type, commitments, and the evidence span a link asked for.

Every piece of the article's text is escaped here; only the tags this module writes are markup. Layers nest as
far as they can; where two cross (a quote ending inside a name), the inner one is closed and opened again, so the
HTML is always well formed. A link is never put inside another link::

    markup(view, names, mark=(987, 1058))   ->  Markup('<span class="ev" ...>Отрадно, что удалось <mark ...')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from markupsafe import Markup, escape

from letopis.records import Doc, Event

# Which layer opens first when two start together and end together: the widest idea outside.
RANK = {"ev": 0, "q": 1, "c": 2, "mark": 3, "tr": 4, "m": 5}
WORD = re.compile(r"\w[\w-]*")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    stop: int
    kind: str  # ev | tr | q | c | mark | m
    attrs: dict[str, str]
    href: str | None = None  # a link (mentions, a quote's speaker)
    label: str | None = None  # shown after the span (an event type), or before it (a quote's speaker)


@cache
def _triggers() -> dict[tuple[str, str], list[str]]:
    """Trigger words by (PLOVER type, mode) from the events stage's own lexicon; mode "" for any."""
    out: dict[tuple[str, str], list[str]] = {}
    text = files("letopis.data").joinpath("event_triggers.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 3:
            continue
        words = cells[0].lower().replace("ё", "е").split()
        for key in ((cells[1], cells[2] if cells[2] != "-" else ""), (cells[1], "")):
            out.setdefault(key, []).extend(words)
    return out


def trigger(text: str, event: Event) -> tuple[int, int] | None:
    """Where the event's trigger word stands in its sentence, found again by its stem: the ``Event`` record (and
    so the store) keeps the sentence an event was read from, not the word that named it, so this is the one
    place the word is looked for (tests/test_web_markup.py). "Документы уже подписаны" -> "подписаны"."""
    words = _triggers().get((event.type, event.mode or ""), []) or _triggers().get((event.type, ""), [])
    stems = sorted({w[: max(4, len(w) - 2)] for w in words}, key=len, reverse=True)
    best: tuple[int, int, int] | None = None  # (stem length, start, stop)
    for found in WORD.finditer(text[event.start:event.stop]):
        word = found.group().lower().replace("ё", "е")
        for stem in stems:
            if word.startswith(stem):
                if best is None or len(stem) > best[0]:
                    best = (len(stem), event.start + found.start(), event.start + found.end())
                break
    return (best[1], best[2]) if best else None


EVENT_RU = {
    "AGREE": "договорённость", "CONSULT": "встреча, переговоры", "SUPPORT": "поддержка", "CONCEDE": "уступка",
    "COOPERATE": "сотрудничество", "AID": "помощь", "RETREAT": "отступление", "REQUEST": "просьба",
    "ACCUSE": "обвинение", "REJECT": "отказ", "THREATEN": "угроза", "PROTEST": "протест", "SANCTION": "санкции",
    "MOBILIZE": "мобилизация", "COERCE": "принуждение", "ASSAULT": "нападение",
}
# Event modalities as the explorer names them (the API keeps the English values).
MODALITY_RU = {"asserted": "совершено", "future": "заявлено, не совершено", "negated": "отрицается",
               "hypothetical": "возможно"}


def spans(doc: Doc, entity_url: Callable[[int], str], mark: tuple[int, int] | None = None) -> list[Span]:
    names = {e.id: e.name for e in doc.entities}
    types = {e.id: e.type for e in doc.entities}
    out: list[Span] = []
    for m in doc.mentions:
        title = f"{names.get(m.entity, m.normal)} · {m.type}" + (" · должность" if m.kind == "title" else "")
        out.append(Span(m.start, m.stop, "m", {"class": f"m {types.get(m.entity, m.type).lower()}",
                                               "title": title, "data-entity": m.entity},
                        href=entity_url(int(m.entity)) if m.entity.isdigit() else None))
    for q in doc.quotes:
        who = names.get(q.speaker or "", q.speaker_text) or "?"
        kind = "прямая речь" if q.kind == "direct" else "косвенная речь"
        out.append(Span(q.start, q.stop, "q", {"class": f"q {q.kind}", "title": f"{who} — {kind}, «{q.cue}»",
                                               "data-speaker": q.speaker or ""},
                        href=entity_url(int(q.speaker)) if q.speaker and q.speaker.isdigit() else None,
                        label=who))
    for e in doc.events:
        title = f"{e.type}{' · ' + e.mode if e.mode else ''} — {EVENT_RU.get(e.type, '')}"
        if e.modality != "asserted":
            title += f" ({e.modality})"
        out.append(Span(e.start, e.stop, "ev", {"class": "ev", "data-type": e.type, "title": title}))
        found = trigger(doc.text, e)
        if found:
            out.append(Span(found[0], found[1], "tr", {"class": f"tr {e.type.lower()}", "title": title,
                                                       "data-type": e.type}, label=e.type))
    for c in doc.commitments:
        out.append(Span(c.start, c.stop, "c", {"class": "c", "title": f"обязательство · {c.status}",
                                               "data-status": c.status}))
    if mark and 0 <= mark[0] < mark[1] <= len(doc.text):
        out.append(Span(mark[0], mark[1], "mark", {"class": "evidence", "id": "mark"}))
    return [s for s in out if 0 <= s.start < s.stop <= len(doc.text)]


def _tag(span: Span, in_link: bool) -> str:
    return "a" if span.href and not in_link and span.kind == "m" else ("mark" if span.kind in ("tr", "mark")
                                                                        else "span")


def _open(span: Span, tag: str, first: bool, in_link: bool) -> str:
    attrs = dict(span.attrs)
    if not first:
        attrs.pop("id", None)
        attrs["class"] += " cont"
    if tag == "a" and span.href:
        attrs["href"] = span.href
    html = f"<{tag}" + "".join(f' {k}="{escape(v)}"' for k, v in attrs.items()) + ">"
    if span.kind == "q" and first and span.label:
        badge = "span" if in_link or not span.href else "a"
        href = f' href="{escape(span.href)}"' if badge == "a" and span.href else ""
        html = (f'<{badge} class="who"{href} title="говорит">{escape(span.label)}</{badge}>') + html
    return html


def _close(span: Span, tag: str, last: bool) -> str:
    html = f"</{tag}>"
    if span.kind == "tr" and last and span.label:
        html += f'<sup class="evtype {escape(span.label.lower())}">{escape(span.label)}</sup>'
    return html


def markup(doc: Doc, entity_url: Callable[[int], str], mark: tuple[int, int] | None = None) -> Markup:
    """The article's text as HTML with its layers; paragraphs are the text's lines."""
    text = doc.text
    layers = sorted(spans(doc, entity_url, mark), key=lambda s: (s.start, -s.stop, RANK[s.kind]))
    starts: dict[int, list[Span]] = {}
    for s in layers:
        starts.setdefault(s.start, []).append(s)
    points = sorted({0, len(text)} | {s.start for s in layers} | {s.stop for s in layers})
    stack: list[tuple[Span, str]] = []
    out: list[str] = []
    last = 0
    for pos in points:
        out.append(_text(text[last:pos]))
        last = pos
        ending = [i for i, (s, _) in enumerate(stack) if s.stop == pos]
        if ending:
            popped = stack[ending[0]:]
            del stack[ending[0]:]
            for s, tag in reversed(popped):
                out.append(_close(s, tag, s.stop == pos))
            for s, _ in popped:
                if s.stop > pos:
                    tag = _tag(s, any(t == "a" for _, t in stack))
                    out.append(_open(s, tag, False, tag != "a" and any(t == "a" for _, t in stack)))
                    stack.append((s, tag))
        for s in starts.get(pos, ()):
            in_link = any(t == "a" for _, t in stack)
            tag = _tag(s, in_link)
            out.append(_open(s, tag, True, in_link))
            stack.append((s, tag))
    for s, tag in reversed(stack):
        out.append(_close(s, tag, True))
    return Markup("".join(out))


def _text(piece: str) -> str:
    # Lines of the text are paragraphs; a tag open across a line stays open (a <br> keeps the HTML valid).
    return str(escape(piece)).replace("\n", "<br>\n")
