"""The stories benchmark's scoring helpers: thresholds are tuned on one set and judged on another."""

from __future__ import annotations

import pytest

from letopis.bench.stories import ACTION_CONFLICT, best_threshold, f1_at, nested_cross_validated, roc_auc, with_actions

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
    assert all(c.startswith("0.3,0.5,0.5,0.0,1.0,1.0,0.0,0.7,0.5/") for c in chosen)


def test_error_kinds_counts_quiet_merges_and_misses_with_few_names() -> None:
    from letopis.bench.stories import error_kinds
    from letopis.stories.items import StoryItem
    from letopis.stories.minhash import signature
    from letopis.stories.score import profile

    def item(key: str, head: str, body: str, entities: tuple[str, ...]) -> StoryItem:
        lemmas = tuple(head.split() + body.split())
        return StoryItem(article_id=key, title=head, published=None, outlet=None, lemmas=lemmas,
                         entities=entities, signature=signature(list(lemmas)), head=tuple(head.split()),
                         head_entities=entities)

    # "ОБСЕ сообщила о переносе разведения сил в Петровском" / "ДНР подтвердила готовность к разведению сил":
    # the same parties, no rule fires -- a quiet false merge.
    obse = item("o", "обсе сообщить перенос разведение сила петровское", "днр киев контактный группа",
                ("LOC:петровское", "ORG:днр", "ORG:обсе"))
    dnr = item("d", "днр подтвердить готовность разведение сила петровское", "обсе киев контактный группа",
               ("LOC:петровское", "ORG:днр", "ORG:обсе"))
    # "Лавров встретился с главой МИД Египта" / "... Индонезии": a names conflict fires, not quiet.
    egypt = item("e", "лавров встретиться глава мид египет", "переговоры", ("LOC:EG", "PER:лавров"))
    indonesia = item("i", "лавров провести переговоры глава мид индонезия", "переговоры", ("LOC:ID", "PER:лавров"))
    # "Ученые связали потребление сладкого с воспалением" / "Названа еще одна опасность сладких продуктов": no names.
    sweet = item("s", "учёный связать потребление сладкий воспаление", "сахар", ())
    danger = item("t", "назвать опасность сладкий продукт", "сахар воспаление", ())
    wrong = [(profile(obse), profile(dnr), False), (profile(egypt), profile(indonesia), False),
             (profile(sweet), profile(danger), True)]
    assert error_kinds(wrong).startswith("2 false merges, 1 of them sharing most names")
    assert "1 missed, 1 of them sharing few names" in error_kinds(wrong)


def test_the_grid_doubled_with_the_action_factor_lists_each_setting_as_it_is_first() -> None:
    from letopis.stories.score import DEFAULT_KNOBS, Knobs

    other = Knobs(entity_weight=0.5)
    tables = {DEFAULT_KNOBS: [(0.5, True), (0.4, False)], other: [(0.6, True), (0.3, False)]}
    doubled = with_actions(tables, [False, True])
    assert list(doubled)[:2] == [(DEFAULT_KNOBS, 1.0), (other, 1.0)]
    assert doubled[(DEFAULT_KNOBS, ACTION_CONFLICT)] == [(0.5, True), (0.4 * ACTION_CONFLICT, False)]
    assert doubled[(other, 1.0)] == tables[other]
