"""Events: the fourth dev set (tests/data/events_dev4.jsonl, long factRuEval-2016 articles) and the rules taken
from the misses of the four dev sets on long texts.
"""

from __future__ import annotations

import pytest
from events_described import Described, described_events

from letopis import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def described(pipeline: Pipeline, text: str) -> list[Described]:
    return described_events(pipeline, text, published="2011-03-31")


def test_fourth_dev_set_is_well_formed() -> None:
    from letopis.analysis.event_triggers import PLOVER_TYPES
    from letopis.bench.events import DEV2_SET, DEV3_SET, DEV4_SET, DEV_SET, HELDOUT_SET, read_dev_set

    items = read_dev_set(DEV4_SET)
    assert len(items) >= 15
    others = {item["text"] for path in (DEV_SET, DEV2_SET, DEV3_SET, HELDOUT_SET) for item in read_dev_set(path)}
    assert all(len(item["text"]) >= 900 for item in items)  # long articles, like the held-out set's
    for item in items:
        assert item["source"].startswith("factRuEval-2016 devset/") and item["licence"] == "MIT"
        assert item["text"] not in others  # texts no other set holds
        for event in item["events"]:
            assert event["type"] in PLOVER_TYPES
            assert event["modality"] in ("asserted", "future", "negated", "hypothetical")
            assert event["source"] or event["target"]
