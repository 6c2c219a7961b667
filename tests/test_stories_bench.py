"""The stories benchmark's scoring helpers: thresholds are tuned on one set and judged on another."""

from __future__ import annotations

import pytest

from letopis.bench.stories import best_threshold, f1_at, nested_cross_validated, roc_auc

SEPARABLE = [(0.9, True), (0.8, True), (0.7, True), (0.3, False), (0.2, False), (0.1, False)]


def test_best_threshold_falls_between_classes() -> None:
    threshold = best_threshold(SEPARABLE)
    assert 0.3 < threshold <= 0.7
    assert f1_at(SEPARABLE, threshold) == (1.0, 1.0, 1.0)


@pytest.mark.parametrize(("threshold", "expected"), [(0.75, (1.0, 2 / 3)), (0.15, (0.6, 1.0))],
                         ids=["high: precise, misses one", "low: finds all, two false"])
def test_precision_and_recall_at_a_threshold(threshold: float, expected: tuple[float, float]) -> None:
    p, r, _ = f1_at(SEPARABLE, threshold)
    assert (p, r) == pytest.approx(expected)


def test_roc_auc_counts_ties_as_half() -> None:
    assert roc_auc(SEPARABLE) == 1.0
    assert roc_auc([(0.5, True), (0.5, False)]) == 0.5


def test_nested_cross_validation_picks_the_separating_weight() -> None:
    separating = [(i / 100 + (0.2 if i >= 50 else 0.0), i >= 50) for i in range(100)]
    noise = [((i * 37) % 100 / 100, i >= 50) for i in range(100)]
    (_, _, f1), chosen = nested_cross_validated({0.0: noise, 0.5: separating}, always=[], folded=range(100))
    assert f1 == 1.0
    assert all(c.startswith("0.5/") for c in chosen)


def test_nested_cross_validation_picks_among_score_settings() -> None:
    from letopis.stories.score import Knobs

    separating = [(i / 100 + (0.2 if i >= 50 else 0.0), i >= 50) for i in range(100)]
    noise = [((i * 37) % 100 / 100, i >= 50) for i in range(100)]
    (_, _, f1), chosen = nested_cross_validated({Knobs(0.1): noise, Knobs(0.3, 0.5, 0.5, 0.0, 1.0, 1.0): separating},
                                                always=[], folded=range(100))
    assert f1 == 1.0
    assert all(c.startswith("0.3,0.5,0.5,0.0,1.0,1.0/") for c in chosen)
