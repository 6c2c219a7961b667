"""The store benchmark's rates: an ingest's throughput is counted once its first batch is written, so start-up
(workers spawning and loading their models) weighs on no configuration's ratio."""

from __future__ import annotations

from letopis.bench.store import _Steady
from letopis.store.ingestion import IngestReport


def test_the_steady_rate_leaves_the_first_batch_out() -> None:
    steady = _Steady()
    for stored, seconds in ((128, 9.0), (256, 10.0), (384, 11.0), (400, 11.5)):
        steady(IngestReport(stored=stored, seconds=seconds))
    assert steady.rate == (400 - 128) / (11.5 - 9.0)


def test_a_single_batch_has_no_steady_rate() -> None:
    steady = _Steady()
    assert steady.rate == 0.0
    steady(IngestReport(stored=100, seconds=3.0))
    assert steady.rate == 0.0
