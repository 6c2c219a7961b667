"""The stories unseen check (tests/data/stories_telegram_blind.jsonl): it reads, and every band holds both labels.
No score is asserted: the file is judged by `letopis bench --only stories`, never tuned on here."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from letopis.bench.stories import BLIND_BANDS, BLIND_SET, blind_section, read_blind


def test_the_blind_pairs_read_with_both_labels_in_every_band() -> None:
    articles, pairs = read_blind()
    assert len(pairs) == 250
    assert len(articles) == 2 * len(pairs)
    for band, _, _ in BLIND_BANDS:
        labels = {p.same for p in pairs if p.pool == band}
        assert labels == {True, False}, band
    texts = {a.id: a for a in articles}
    assert all(texts[p.first].text and texts[p.second].text for p in pairs)


def test_the_blind_pairs_follow_the_drawing_rule() -> None:
    """Posts of different channels within 2 days, 150-1,500 characters, each in the band of its cosine."""
    bands = {name: (low, below) for name, low, below in BLIND_BANDS}
    for line in BLIND_SET.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        first, second = record["first"], record["second"]
        assert first["channel"] != second["channel"]
        apart = abs(datetime.fromisoformat(first["date"]) - datetime.fromisoformat(second["date"]))
        assert apart.total_seconds() <= 2 * 86400
        assert all(150 <= len(side["text"]) <= 1500 for side in (first, second))
        low, below = bands[record["band"]]
        assert low <= record["cosine"] < below


def test_the_blind_section_is_skipped_without_its_file(tmp_path: Path) -> None:
    lines = blind_section(tmp_path, None, tmp_path / "absent.jsonl")
    assert any(line.startswith("Skipped: absent.jsonl is missing") for line in lines)
