"""Ingest with one worker analyses ahead of the writing in a thread: order, errors and stopping early."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from letopis.store.ingestion import _ahead


def numbers(count: int, fail_at: int | None = None) -> Iterator[int]:
    for n in range(count):
        if n == fail_at:
            raise ValueError(f"bad article {n}")
        yield n


def test_results_come_in_order_and_all() -> None:
    assert list(_ahead(numbers(100), depth=4)) == list(range(100))


def test_empty_input() -> None:
    assert list(_ahead(numbers(0), depth=4)) == []


def test_an_analysis_error_is_raised_after_the_results_before_it() -> None:
    seen = []
    with pytest.raises(ValueError, match="bad article 7"):
        for n in _ahead(numbers(20, fail_at=7), depth=3):
            seen.append(n)
    assert seen == list(range(7))


def test_stopping_early_stops_the_analysis_thread() -> None:
    produced = []

    def slow() -> Iterator[int]:
        for n in range(10_000):
            produced.append(n)
            yield n

    stream = _ahead(slow(), depth=2)
    assert [next(stream) for _ in range(3)] == [0, 1, 2]
    stream.close()  # what a writing error or Ctrl-C does to the loop over it
    time.sleep(0.3)
    count = len(produced)
    time.sleep(0.3)
    assert len(produced) == count < 100  # nothing more is analysed
    assert not any(t.name == "letopis-analysis" and t.is_alive() for t in threading.enumerate())
