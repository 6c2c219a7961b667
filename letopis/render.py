"""The analysis of an article as text for a person: layers marked inline, then the records.

    [Президент [Казахстана]LOC e2]PER e1 [Касым-Жомарт Токаев]PER e1 положительно оценил ...

Used by ``letopis analyze --format text`` and by the golden test, whose diff a reviewer reads.
"""

from __future__ import annotations

from letopis.records import Doc


def mark_text(doc: Doc) -> str:
    """The text with every mention bracketed and labelled by type and entity, nesting kept."""
    opens: dict[int, list[int]] = {}
    closes: dict[int, list[str]] = {}
    ordered = sorted(doc.mentions, key=lambda m: (m.start, -m.stop))
    for index, mention in enumerate(ordered):
        opens.setdefault(mention.start, []).append(index)
        closes.setdefault(mention.stop, []).insert(0, f"]{mention.type} {mention.entity}")
    text = doc.text
    out: list[str] = []
    for pos in range(len(text) + 1):
        out.extend(closes.get(pos, ()))
        out.extend("[" for _ in opens.get(pos, ()))
        if pos < len(text):
            out.append(text[pos])
    return "".join(out)


def _names(doc: Doc) -> dict[str, str]:
    return {e.id: e.name for e in doc.entities}


def render(doc: Doc) -> str:
    article = doc.article
    names = _names(doc)
    head = [f"# {article.title or '(без заголовка)'}"]
    meta = [f"id {article.id}"]
    if article.outlet:
        meta.append(f"источник: {article.outlet}")
    if article.cites:
        meta.append(f"со ссылкой на: {article.cites}")
    if article.published:
        meta.append(f"дата: {article.published}")
    if article.url:
        meta.append(article.url)
    head.append(" · ".join(meta))
    lines = [*head, "", mark_text(doc), "", "## Сущности"]
    for entity in doc.entities:
        country = f" [{entity.country}]" if entity.country else ""
        forms = sorted({f"{m.text} → {m.normal}" if m.text != m.normal else m.text
                        for m in doc.mentions_of(entity.id)})
        lines.append(f"{entity.id} {entity.type} {entity.name}{country}: {'; '.join(forms)}")
    lines.append("")
    lines.append("## Должности")
    for post in doc.posts:
        of = f" ({names.get(post.of, post.of)})" if post.of else ""
        lines.append(f"{names.get(post.person, post.person)} — {post.post}{of}: «{doc.text[post.start:post.stop]}»")
    if doc.quotes:
        lines.append("")
        lines.append("## Цитаты")
        for quote in doc.quotes:
            speaker = names.get(quote.speaker, quote.speaker_text) if quote.speaker else quote.speaker_text
            lines.append(f"{speaker} ({quote.kind}, {quote.cue}): «{quote.text}»")
    if doc.events:
        lines.append("")
        lines.append("## События")
        for event in doc.events:
            sides = " → ".join(names.get(x, x) for x in (event.source, event.target) if x)
            others = [names.get(p, p) for p in event.participants if p not in (event.source, event.target)]
            extra = [f"также {', '.join(others)}"] if others else []
            if event.place:
                extra.append(f"место: {names.get(event.place, event.place)}")
            if event.date or event.date_text:
                extra.append(f"когда: {event.date or '?'} ({event.date_text})" if event.date_text else
                             f"когда: {event.date}")
            mode = f"/{event.mode}" if event.mode else ""
            details = f" [{'; '.join(extra)}]" if extra else ""
            lines.append(f"{event.type}{mode} {event.modality} CAMEO {event.cameo}: {sides}{details} «{event.text}»")
    if doc.commitments:
        lines.append("")
        lines.append("## Обязательства")
        for commitment in doc.commitments:
            parties = ", ".join(names.get(p, p) for p in commitment.parties)
            lines.append(f"{commitment.status}: {parties}: «{commitment.text}»")
    return "\n".join(lines) + "\n"
