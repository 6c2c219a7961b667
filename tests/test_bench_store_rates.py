"""The store benchmark's rates: an ingest's throughput is counted once its first batch is written, so start-up
(workers spawning and loading their models) weighs on no configuration's ratio."""

from __future__ import annotations

from letopis.bench.store import _Steady, _Tally, ratio_spread, rounds_of
from letopis.records import Article
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


def test_posts_are_cut_into_rounds_of_about_the_size_asked() -> None:
    posts = [Article(text=f"пост {k}", id=str(k)) for k in range(20_000)]
    rounds = rounds_of(posts, 2_000)
    assert [len(part) for part in rounds] == [2_000] * 10
    assert [a.id for part in rounds for a in part] == [a.id for a in posts]  # every post once, in order
    assert [len(part) for part in rounds_of(posts[:5_100], 2_000)] == [1_700] * 3
    assert [len(part) for part in rounds_of(posts[:4_999], 2_000)] == [2_500, 2_499]
    assert [len(part) for part in rounds_of(posts[:300], 2_000)] == [300]  # fewer than a round: one round


def test_a_configuration_sums_its_rounds_steady_parts() -> None:
    tally = _Tally()
    rounds = (((128, 2.0), (2_000, 20.0), 2_000, 25.0), ((128, 3.0), (2_000, 27.0), 2_000, 27.0))
    for first, last, stored, cpu in rounds:
        steady = _Steady()
        steady(IngestReport(stored=first[0], seconds=first[1]))
        steady(IngestReport(stored=last[0], seconds=last[1]))
        tally.add(steady, stored, last[1], cpu)
    assert tally.rate == (1_872 * 2) / (18.0 + 24.0)  # articles over seconds, not the mean of two rates
    assert tally.rates == [1_872 / 18.0, 1_872 / 24.0]
    assert tally.cpu_ms == 52.0 * 1000 / 4_000


def test_per_round_ratios_give_their_median_and_range() -> None:
    assert ratio_spread([90.0, 80.0, 100.0], [100.0, 100.0, 100.0]) == "0.90 [0.80–1.00]"
    assert ratio_spread([90.0], [100.0]) == "0.90"
    assert ratio_spread([0.0, 50.0], [100.0, 0.0]) == ""  # a round without a steady rate says nothing
