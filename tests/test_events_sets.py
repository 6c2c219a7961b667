"""The hand-annotated event sets (tests/data/events_*.jsonl): each well formed, of the size and kind its
section of tests/data/EVENTS.md describes, with its source and licence, and no text in two sets (a dev text
in the held-out set would make the held-out score a tuned one)."""

from __future__ import annotations

from itertools import combinations

import pytest

from letopis.analysis.event_triggers import PLOVER_TYPES
from letopis.bench.events import DEV_SET, SETS, read_dev_set

MODALITIES = ("asserted", "future", "negated", "hypothetical")
NEREL = ("nerel/NEREL-v1.1/train/", "nerel/NEREL-v1.1/dev/")
# set, fewest texts, shortest text (the long-article sets are like the held-out set), where its texts come from
KINDS = {
    "dev": (30, 0, ("factRuEval-2016 devset/",)),
    "dev2": (30, 0, ("factRuEval-2016 devset/", "telegram-news-2024")),
    "dev3": (30, 0, ("factRuEval-2016 devset/", "telegram-news-2024")),
    "dev4": (15, 900, ("factRuEval-2016 devset/",)),
    "dev5": (15, 850, ("factRuEval-2016 devset/",)),
    "dev6": (15, 900, ("bsnlp-2021-ru/raw/",)),
    "dev7": (12, 3000, ("bsnlp-2021-ru/raw/",)),
    "dev8": (15, 900, NEREL),
    "dev9": (12, 900, NEREL),
    "dev10": (15, 900, NEREL),
    "dev11": (15, 900, NEREL),
    "dev12": (15, 900, NEREL),
    "dev13": (15, 900, NEREL),
    "dev14": (15, 900, NEREL),
    "dev15": (15, 900, NEREL),
    "dev16": (15, 900, NEREL),
    "dev17": (15, 900, NEREL),
    "dev18": (15, 900, NEREL),
    "dev19": (15, 900, NEREL),
    "dev20": (15, 900, NEREL),
    "heldout": (15, 900, ("factRuEval-2016 testset/",)),
}
PATHS = {"dev": DEV_SET} | {one.name: one.path for one in SETS}
LICENCES = {"factRuEval-2016": "MIT", "telegram-news-2024": "CC BY 4.0", "bsnlp-2021-ru": "CC BY-SA 4.0",
            "nerel": "CC BY 2.5 (Russian Wikinews; attribution: Wikinews contributors)"}


def test_every_set_the_benchmark_scores_is_checked_here() -> None:
    assert set(KINDS) == set(PATHS)


@pytest.mark.parametrize("name", KINDS)
def test_event_set_is_well_formed(name: str) -> None:
    fewest, shortest, sources = KINDS[name]
    items = read_dev_set(PATHS[name])
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
    texts = {name: {item["text"] for item in read_dev_set(path)} for name, path in PATHS.items()}
    for (a, in_a), (b, in_b) in combinations(texts.items(), 2):
        assert not in_a & in_b, (a, b)


def test_the_benchmark_names_an_unknown_set_before_it_runs_anything() -> None:
    from letopis.bench.events import score_events

    with pytest.raises(ValueError, match="no event set named dev99; the sets: dev2, dev3"):
        score_events(None, sets=["dev2", "dev99"])
