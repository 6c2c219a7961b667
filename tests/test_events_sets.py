"""The hand-annotated event sets (tests/data/events_*.jsonl): each well formed, of the size and kind its
section of tests/data/EVENTS.md describes, with its source and licence, and no text in two sets (a dev text
in the held-out set would make the held-out score a tuned one)."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from letopis.analysis.event_triggers import PLOVER_TYPES
from letopis.bench.events import (
    DEV2_SET,
    DEV3_SET,
    DEV4_SET,
    DEV5_SET,
    DEV6_SET,
    DEV7_SET,
    DEV8_SET,
    DEV9_SET,
    DEV_SET,
    HELDOUT_SET,
    read_dev_set,
)

MODALITIES = ("asserted", "future", "negated", "hypothetical")
# set, fewest texts, shortest text (the long-article sets are like the held-out set), where its texts come from
SETS = [
    (DEV_SET, 30, 0, ("factRuEval-2016 devset/",)),
    (DEV2_SET, 30, 0, ("factRuEval-2016 devset/", "telegram-news-2024")),
    (DEV3_SET, 30, 0, ("factRuEval-2016 devset/", "telegram-news-2024")),
    (DEV4_SET, 15, 900, ("factRuEval-2016 devset/",)),
    (DEV5_SET, 15, 850, ("factRuEval-2016 devset/",)),
    (DEV6_SET, 15, 900, ("bsnlp-2021-ru/raw/",)),
    (DEV7_SET, 12, 3000, ("bsnlp-2021-ru/raw/",)),
    (DEV8_SET, 15, 900, ("nerel/NEREL-v1.1/train/", "nerel/NEREL-v1.1/dev/")),
    (DEV9_SET, 12, 900, ("nerel/NEREL-v1.1/train/", "nerel/NEREL-v1.1/dev/")),
    (HELDOUT_SET, 15, 900, ("factRuEval-2016 testset/",)),
]
LICENCES = {"factRuEval-2016": "MIT", "telegram-news-2024": "CC BY 4.0", "bsnlp-2021-ru": "CC BY-SA 4.0",
            "nerel": "CC BY 2.5 (Russian Wikinews; attribution: Wikinews contributors)"}


@pytest.mark.parametrize(("path", "fewest", "shortest", "sources"), SETS, ids=[s[0].stem for s in SETS])
def test_event_set_is_well_formed(path: Path, fewest: int, shortest: int, sources: tuple[str, ...]) -> None:
    items = read_dev_set(path)
    assert len(items) >= fewest
    for item in items:
        assert len(item["text"]) >= shortest
        assert item["source"].startswith(sources)
        assert item["licence"] == LICENCES[item["source"].split(" ")[0].split("/")[0]]
        for event in item["events"]:
            assert event["type"] in PLOVER_TYPES
            assert event["modality"] in MODALITIES
            assert event["source"] or event["target"]
        for commitment in item["commitments"]:
            assert commitment["contains"] and commitment["status"]


def test_no_text_is_in_two_event_sets() -> None:
    texts = {path.stem: {item["text"] for item in read_dev_set(path)} for path, *_ in SETS}
    for (a, in_a), (b, in_b) in combinations(texts.items(), 2):
        assert not in_a & in_b, (a, b)
