"""The stories sets labelled blind (tests/data/stories_telegram_blind.jsonl, tuned on since the second was drawn, and
tests/data/stories_telegram_blind2.jsonl, the unseen check): each reads, and every band holds both labels.
No score is asserted: the files are judged by `letopis bench --only stories`, never tuned on here."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from letopis.bench.stories import BLIND_BANDS, BLIND_SET, BLIND_SET2, blind_section, read_blind

SETS = pytest.mark.parametrize("path", [BLIND_SET, BLIND_SET2], ids=lambda path: path.stem)


@SETS
def test_the_blind_pairs_read_with_both_labels_in_every_band(path: Path) -> None:
    articles, pairs = read_blind(path)
    assert len(pairs) == 250
    assert len(articles) == 2 * len(pairs)
    for band, _, _ in BLIND_BANDS:
        labels = {p.same for p in pairs if p.pool == band}
        assert labels == {True, False}, band
    texts = {a.id: a for a in articles}
    assert all(texts[p.first].text and texts[p.second].text for p in pairs)


@SETS
def test_the_blind_pairs_follow_the_drawing_rule(path: Path) -> None:
    """Posts of different channels within 2 days, 150-1,500 characters, each in the band of its cosine."""
    bands = {name: (low, below) for name, low, below in BLIND_BANDS}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        first, second = record["first"], record["second"]
        assert first["channel"] != second["channel"]
        apart = abs(datetime.fromisoformat(first["date"]) - datetime.fromisoformat(second["date"]))
        assert apart.total_seconds() <= 2 * 86400
        assert all(150 <= len(side["text"]) <= 1500 for side in (first, second))
        low, below = bands[record["band"]]
        assert low <= record["cosine"] < below


def test_the_second_set_shares_no_post_or_day_with_the_first() -> None:
    """The unseen check is drawn from other days' posts than the set tuned on."""

    def sides(path: Path) -> list[dict[str, str]]:
        return [record[side] for line in path.read_text(encoding="utf-8").splitlines()
                for record in [json.loads(line)] for side in ("first", "second")]

    first, second = sides(BLIND_SET), sides(BLIND_SET2)
    assert not {s["source"] for s in first} & {s["source"] for s in second}
    assert max(s["date"][:10] for s in second) < min(s["date"][:10] for s in first)


def test_the_blind_section_is_skipped_without_its_file(tmp_path: Path) -> None:
    lines = blind_section(tmp_path, None, tmp_path / "absent.jsonl")
    assert any(line.startswith("Skipped: absent.jsonl is missing") for line in lines)
