"""Who reports a news item and whom it cites, read from the report's own words.

The outlet comes from an agency's self-attribution; the cited source from "со ссылкой на", "по данным"::

    "МОСКВА, 12 мая. /ТАСС/. Президент ..."                          → outlet "ТАСС"
    "..., передает МИА «Казинформ» со ссылкой на пресс-службу Акорды." → outlet "МИА «Казинформ»",
                                                                          cites "пресс-служба Акорды"

The words (outlets with their spellings, cue verbs, cite phrases) live in ``letopis/data/outlets.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from letopis.sources.morph import nominative

_DASH = "–—-"  # the hyphen last, so that a character class [,–—-] reads it literally
_UNKNOWN_NAME = r"«[^»\n]{1,40}»|\"[^\"\n]{1,40}\"|[A-ZА-ЯЁ][\w.\-]*(?:\s+[A-ZА-ЯЁ][\w.\-]*){0,2}"
# A cited source runs to the end of its clause; quoted names may hold punctuation.
_PHRASE = r"(?:«[^»\n]*»|\"[^\"\n]*\"|[^,.;:!?()\n«\"])+"
_CAPS_NAME = r"[A-ZА-ЯЁ][A-ZА-ЯЁ.\-]{2,}"
_DATE = r"\d{1,2}\s+[а-яё]+(?:\s+\d{4}(?:\s*г\.)?)?"
_PLACE_CAPS = r"[А-ЯЁA-Z][А-ЯЁA-Z\-]+(?:\s[А-ЯЁA-Z][А-ЯЁA-Z\-]+){0,2}"
_PLACE_TITLE = r"[А-ЯЁA-Z][а-яёa-z\-]+(?:[\s\-][А-ЯЁA-Z][а-яёa-z\-]+){0,2}"
# Where a dateline's outlet stands: "/ТАСС/", "(БЕЛТА)", "- РИА Новости.", "КАЗИНФОРМ -".
_DATELINE_PLACE = re.compile(
    rf"^\s*(?:{_PLACE_CAPS}\s*[,.]\s*(?:(?P<date>{_DATE})\s*[.,]?\s*)?"
    rf"|{_PLACE_TITLE}\s*[,.]\s*(?P<date2>{_DATE})\s*[.,]?\s*)"
)
_SLASH = re.compile(r"^[/(]\s*([^/()\n]{2,40}?)\s*[/)]")


@dataclass(frozen=True, slots=True)
class Attribution:
    outlet: str | None = None
    cites: str | None = None


@dataclass(frozen=True, slots=True)
class _Lexicon:
    canonical: dict[str, str]  # every form of an outlet → its canonical name
    outlet: re.Pattern[str]  # any form of a known outlet
    own: re.Pattern[str]  # "..., передает корреспондент БЕЛТА"
    told: re.Pattern[str]  # "..., сообщает пресс-служба МВД": a cue with a source that is no outlet
    carrier: re.Pattern[str]  # "корреспондент", "агентство" before an outlet's name
    cites: tuple[tuple[re.Pattern[str], str], ...]  # "со ссылкой на X" and the case X stands in
    dateline_name: re.Pattern[str]
    trailing: re.Pattern[str]  # "... в Минске — ТАСС."
    meta: tuple[str, ...]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


@cache
def lexicon() -> _Lexicon:
    """The attribution lexicon, read once from ``letopis/data/outlets.tsv``."""
    rows: dict[str, list[tuple[str, list[str]]]] = {}
    # Beside the package rather than importlib.resources: an editable install makes "letopis" look like
    # a namespace package to resources.files(), which then refuses to read from it.
    text = (Path(__file__).resolve().parents[1] / "data" / "outlets.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, name, *rest = line.split("\t")
        forms = [form for form in (rest[0].split("|") if rest else []) if form]
        rows.setdefault(kind, []).append((name, forms))
    canonical: dict[str, str] = {}
    for name, forms in rows.get("outlet", []):
        for form in [name, *forms]:
            canonical.setdefault(form, name)
    outlet = rf"(?<![\w«\"])(?:{_alternation(list(canonical))})(?![\w»\"])"
    now = [word for name, forms in rows.get("cue", []) for word in (name, *forms)]
    cues = now + [word for name, forms in rows.get("cue-past", []) for word in (name, *forms)]
    carriers = [word for name, forms in rows.get("carrier", []) for word in (name, *forms)]
    # The cue stands after a comma or dash: "..., передает X". "Как сообщает X, ..." cites X instead,
    # unless X is the correspondent's agency: "Как передает корреспондент БЕЛТА, ...".
    reporter = rf"(?:(?i:как)\s+(?=(?i:{_alternation(cues)})\s+(?i:корр|собкор|спецкор)))?"
    lead = rf"(?:^|[,{_DASH}]\s*){reporter}(?i:{_alternation(cues)})\s+"
    carrier = rf"(?:(?i:{_alternation(carriers)})\s+)"
    own = re.compile(rf"{lead}(?:{carrier}?(?P<known>{outlet})|{carrier}(?P<unknown>{_UNKNOWN_NAME}))")
    told = re.compile(rf"(?:^|[,{_DASH}]\s*)(?i:{_alternation(now)})\s+(?P<phrase>{_PHRASE})")
    cites = tuple(
        (re.compile(rf"(?<!\w)(?i:{re.escape(name)})\s+(?P<phrase>{_PHRASE})"), forms[0] if forms else "nomn")
        for name, forms in rows.get("cites", [])
    )
    meta = tuple(word for name, forms in rows.get("meta", []) for word in (name, *forms))
    return _Lexicon(
        canonical=canonical,
        outlet=re.compile(outlet),
        own=own,
        told=told,
        carrier=re.compile(carrier),
        cites=cites,
        dateline_name=re.compile(rf"^(?:[{_DASH}]\s*(?P<after>{outlet}|{_CAPS_NAME})\s*[.,]"
                                 rf"|(?P<before>{outlet}|{_CAPS_NAME})\s*[{_DASH}]\s)"),
        trailing=re.compile(rf"\s[{_DASH}]\s*(?P<name>{outlet})\s*\.?\s*$|\((?P<paren>{outlet})\)"),
        meta=meta,
    )


def is_meta(line: str) -> bool:
    """Page furniture that is never a headline: "Фото: Reuters", "Читайте также ..."."""
    return line.startswith(lexicon().meta)


def outlet_name(name: str) -> str:
    """The canonical name of a known outlet ("БелТА" → "БЕЛТА"), else the name without its quotes."""
    name = name.strip()
    lex = lexicon()
    if name in lex.canonical:
        return lex.canonical[name]
    found = lex.outlet.search(name)
    if found is not None:
        return lex.canonical[found.group()]
    return name.strip("«»\"")


def dateline_outlet(paragraph: str) -> str | None:
    """The outlet of a dateline: "МОСКВА, 12 мая. /ТАСС/.", "МИНСК, 12 мая - РИА Новости."."""
    place = _DATELINE_PLACE.match(paragraph)
    if place is None:
        return None
    rest = paragraph[place.end():]
    slash = _SLASH.match(rest)
    if slash is not None:
        return outlet_name(slash.group(1))
    named = lexicon().dateline_name.match(rest)
    if named is None:
        return None
    name = named.group("after") or named.group("before")
    # Without a date, "ООН, НАТО - ..." would pass for a dateline: only a known outlet counts then.
    if place.group("date") or place.group("date2") or lexicon().outlet.fullmatch(name):
        return outlet_name(name)
    return None


def own_outlet(paragraph: str) -> str | None:
    """The outlet a report names as its own: a dateline, "..., передает корреспондент БЕЛТА",
    "... — ТАСС." or "(РИА Новости)"."""
    dateline = dateline_outlet(paragraph)
    if dateline is not None:
        return dateline
    lex = lexicon()
    own = lex.own.search(paragraph)
    if own is not None:
        return outlet_name(own.group("known") or own.group("unknown"))
    for sentence in _sentences(paragraph):
        trailing = lex.trailing.search(sentence)
        if trailing is not None:
            return outlet_name(trailing.group("name") or trailing.group("paren"))
    return None


def closing_outlet(paragraph: str) -> str | None:
    """An outlet that closes a report: a last line "Источник: ТАСС" or a last sentence ending "— ТАСС"."""
    lex = lexicon()
    line = paragraph.strip()
    if line.startswith(("Источник:", "Источник ")):
        found = lex.outlet.search(line)
        return lex.canonical[found.group()] if found else None
    sentences = _sentences(line)
    trailing = lex.trailing.search(sentences[-1]) if sentences else None
    if trailing is not None and trailing.group("name"):
        return outlet_name(trailing.group("name"))
    return None


def cited_source(paragraph: str, outlet: str | None = None) -> str | None:
    """Whom a report cites, in the nominative: "со ссылкой на пресс-службу Акорды" → "пресс-служба Акорды",
    "по данным Росстата" → "Росстат", "..., сообщает пресс-служба МВД" → "пресс-служба МВД"."""
    lex = lexicon()
    found: list[tuple[int, str, str]] = []
    for pattern, case in lex.cites:
        for match in pattern.finditer(paragraph):
            found.append((match.start(), match.group("phrase"), case))
    for match in lex.told.finditer(paragraph):
        phrase = match.group("phrase")
        if lex.own.match(match.group()) is None and lex.outlet.fullmatch(phrase.strip()) is None:
            found.append((match.start(), phrase, "nomn"))
    for _, phrase, case in sorted(found):
        source = _source(phrase, case)
        # The report's own outlet is no cited source ("Как передает корреспондент БЕЛТА, ...").
        if source and source != outlet:
            return source
    return None


def attribution(lead: list[str], last: str | None = None) -> Attribution:
    """Outlet and cited source of a report from its lead paragraphs (and its last one, for a closing
    "Источник: ТАСС"). The cited source is looked for in the paragraph that names the outlet, else
    in the first."""
    outlet = None
    source_paragraph = lead[0] if lead else ""
    for paragraph in lead:
        outlet = own_outlet(paragraph)
        if outlet is not None:
            source_paragraph = paragraph
            break
    if outlet is None and last is not None:
        outlet = closing_outlet(last)
    cites = cited_source(source_paragraph, outlet) if source_paragraph else None
    return Attribution(outlet=outlet, cites=cites)


def _source(phrase: str, case: str) -> str | None:
    words = phrase.split()
    # A source is a name or a short noun group; a longer run is a clause that only starts like one.
    if not words or len(words) > 8:
        return None
    text = " ".join(words)
    carrier = lexicon().carrier.match(text)
    if carrier is not None and lexicon().outlet.fullmatch(text[carrier.end():]):
        text = text[carrier.end():]
    if text in lexicon().canonical or lexicon().outlet.fullmatch(text):
        return outlet_name(text)
    source = nominative(text, case)
    return source if any(char.isalpha() for char in source) else None


def _sentences(paragraph: str) -> list[str]:
    # Enough for attribution: a sentence ends at . ! ? … before a space and a capital or a quote.
    parts = re.split(r"(?<=[.!?…])\s+(?=[«\"A-ZА-ЯЁ])", paragraph.strip())
    return [part for part in parts if part]
