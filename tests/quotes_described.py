"""Shared by the quote tests: each quote of an analysed text, described by what a reader checks."""

from __future__ import annotations

from letopis import Article, analyze


def described_quotes(text: str) -> list[tuple[str, str | None, str]]:
    """(kind, speaker name or None, quoted text) of every quote."""
    doc = analyze(Article(text=text))[0]
    names = {e.id: e.name for e in doc.entities}
    return [(q.kind, names.get(q.speaker) if q.speaker else None, q.text) for q in doc.quotes]
