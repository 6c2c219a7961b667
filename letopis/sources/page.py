"""Split a plain-text page into the reports it holds, and read each into an ``Article``.

A news page often carries two or more agency reports of one event one after another. A new report starts
at a headline-like line that follows a body paragraph, when the evidence is strong: the part it starts
names its own outlet in its lead ("..., передает корреспондент БЕЛТА", "МОСКВА, 12 мая. /ТАСС/."), or
the paragraph before it closes a report ("Источник: ТАСС"). A subheading inside one report has neither,
so one ordinary article stays one article::

    Р.Головченко: фундамент сотрудничества - торгово-экономические отношения   ← headline: a new report
    Фундамент сотрудничества - торговля. Об этом заявил ..., передает корреспондент БЕЛТА.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from letopis.records import Article
from letopis.sources.attribution import attribution, closing_outlet, is_meta, own_outlet

Kind = Literal["head", "meta", "body"]

# Longest headline seen in Russian agency feeds is ~170 characters; a longer line is a paragraph.
HEADLINE_MAX = 200
_TERMINAL = ".!?…,;:"
_CLOSING_QUOTES = "»\"”“'"
_OPENING = "«\"„“'"
_DASHES = "-–—"
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[•*·▪●■])\s")
_DATE_LINE = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\s+[а-яё]+\s+\d{4})\b[\d\s:.,а-яёг]*$"
)
_URL = re.compile(r"^(?:https?://|www\.)\S+$")
# A hard-wrapped block (lines cut at ~70 characters): its lines are one paragraph, not headlines.
_WRAP_MIN_LINES = 3
_WRAP_UNENDED_SHARE = 2 / 3


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int  # offsets into the page
    stop: int
    kind: Kind


@dataclass(frozen=True, slots=True)
class Report:
    """One report of a page: ``page[start:stop]``, with its headline when it has one."""

    start: int
    stop: int
    title: str | None


def line_kind(line: str) -> Kind:
    """What a line is: a headline-like line ("head"), page furniture ("meta": "Фото: ...", a date),
    or body text. Headline-like: short, no closing punctuation, not a dialogue line or a quote."""
    text = line.strip()
    if is_meta(text) or _DATE_LINE.match(text) or _URL.match(text) or not any(c.isalpha() for c in text):
        return "meta"
    if len(text) >= HEADLINE_MAX or text[0] in _OPENING or text[0].islower() or _LIST_ITEM.match(text):
        return "body"
    if text[0] in _DASHES and text[1:2].isspace():
        return "body"  # a dialogue line: "- Мы всегда были союзниками, - сказал он."
    end = text.rstrip(_CLOSING_QUOTES + ")")
    if not end or end[-1] in _TERMINAL:
        return "body"
    return "head"


def paragraphs(page: str) -> list[Paragraph]:
    """The page's paragraphs: each line, except that a hard-wrapped block of lines is one paragraph."""
    out: list[Paragraph] = []
    for block in re.finditer(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*", page):
        lines = [m for m in re.finditer(r"[^\n]+", block.group()) if m.group().strip()]
        if _wrapped([m.group() for m in lines]):
            out.append(Paragraph(block.start(), block.end(), "body"))
            continue
        for m in lines:
            start, stop = block.start() + m.start(), block.start() + m.end()
            out.append(Paragraph(start, stop, line_kind(m.group())))
    return out


def _wrapped(lines: list[str]) -> bool:
    if len(lines) < _WRAP_MIN_LINES:
        return False
    inner = [line.strip() for line in lines[:-1]]
    unended = [line for line in inner if line[-1] not in _TERMINAL]
    lengths = sorted(len(line) for line in inner)
    return len(unended) >= _WRAP_UNENDED_SHARE * len(inner) and 40 <= lengths[len(lengths) // 2] <= 120


def split_page(page: str) -> list[Report]:
    """Cut a page into reports (see the module docstring for when it cuts)."""
    paras = paragraphs(page)
    if not paras:
        return []
    cuts = [0]
    for i in range(1, len(paras)):
        if paras[i].kind == "body" or paras[i - 1].kind != "body":
            continue
        lead = _lead(paras, i)
        if lead is None:
            continue
        # A closing line ("Источник: ТАСС") stays with the report it closes; the new one starts after it.
        closers = [k for k in range(i - 1, lead) if closing_outlet(_text(page, paras[k])) is not None]
        start = closers[-1] + 1 if closers else i
        if not any(p.kind == "head" for p in paras[start:lead]):
            continue
        if closers or own_outlet(_text(page, paras[lead])) is not None:
            cuts.append(start)
    cuts.append(len(paras))
    reports = []
    for first, end in zip(cuts, cuts[1:], strict=False):
        part = paras[first:end]
        reports.append(Report(part[0].start, part[-1].stop, _title(page, part)))
    return reports


def _lead(paras: list[Paragraph], i: int) -> int | None:
    """Index of the first body paragraph after the headline run that starts at ``i``."""
    for j in range(i, len(paras)):
        if paras[j].kind == "body":
            return j
    return None


def _title(page: str, part: list[Paragraph]) -> str | None:
    # The headline is the first headline-like line of the report's opening run, when body follows it.
    for paragraph in part:
        if paragraph.kind == "body":
            return None
        if paragraph.kind == "head" and any(p.kind == "body" for p in part):
            return _text(page, paragraph)
    return None


def _text(page: str, paragraph: Paragraph) -> str:
    return page[paragraph.start:paragraph.stop].strip()


def read_text(text: str, name: str = "<text>") -> list[Article]:
    """The articles of a plain-text page, one per report, each with its stable id.

    ``name`` says where the page came from; it does not enter the articles."""
    page = text.replace("\r\n", "\n").replace("\r", "\n")
    articles = []
    for report in split_page(page):
        body = page[report.start:report.stop].strip()
        paras = paragraphs(body)
        lead = [_text(body, p) for p in paras if p.kind == "body"][:2]
        found = attribution(lead, _text(body, paras[-1]) if paras else None)
        article = Article(text=body, title=report.title, outlet=found.outlet, cites=found.cites)
        articles.append(article.with_id())
    return articles
