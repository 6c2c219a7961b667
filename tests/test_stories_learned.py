"""The learned combination of the same-story signals: what it reads of a pair, how it is fitted, and that the
benchmark fits it only on the pairs it does not judge."""

from __future__ import annotations

import math

import numpy as np
import pytest

from letopis.bench.stories import nested_fitted
from letopis.stories.items import StoryItem
from letopis.stories.learned import LOG_FLOOR, SIGNALS, Logistic, choose_ridge, fit, signals
from letopis.stories.minhash import signature
from letopis.stories.score import profile


def item(key: str, head: str, body: str, entities: tuple[str, ...] = ()) -> StoryItem:
    """An item of content lemmas; its entities are named in the title."""
    lemmas = tuple(head.split() + body.split())
    return StoryItem(article_id=key, title=head, published=None, outlet=None, lemmas=lemmas, entities=entities,
                     signature=signature(list(lemmas)), head=tuple(head.split()), head_entities=entities)


# "Прогноз погоды на 8 ноября: в Москве снег и ветер" / "... на 16 ноября ...": one template, another day.
WEATHER_8 = item("w8", "прогноз погода 8 ноябрь", "москва снег ветер температура", ("LOC:москва",))
WEATHER_16 = item("w16", "прогноз погода 16 ноябрь", "москва снег ветер температура", ("LOC:москва",))
# "Лавров встретился с главой МИД Египта" / "Лавров провёл переговоры с главой МИД Индонезии".
LAVROV_EGYPT = item("le", "лавров встретиться глава мид египет", "переговоры каир сотрудничество",
                    ("LOC:EG", "PER:лавров"))
LAVROV_INDONESIA = item("li", "лавров провести переговоры глава мид индонезия", "джакарта сотрудничество",
                        ("LOC:ID", "PER:лавров"))
# Two outlets' reports of one crash: "Пять человек погибли в ДТП на трассе «Амур»" / "В ДТП на «Амуре» погибли пятеро".
CRASH = item("c1", "пять человек погибнуть дтп трасса амур", "столкновение автомобиль еао", ("LOC:амур",))
CRASH_RETOLD = item("c2", "дтп амур погибнуть пятеро", "столкновение автомобиль трасса еао", ("LOC:амур",))
UNRELATED = item("u", "центробанк снизить ключевой ставка", "инфляция экономика процент", ("ORG:цб",))

PAIRS = [
    ("another day's weather", WEATHER_8, WEATHER_16, {"dates conflict": 1.0, "numbers conflict": 1.0}),
    ("Lavrov meets two ministers", LAVROV_EGYPT, LAVROV_INDONESIA, {"names conflict": 1.0}),
    ("one crash retold", CRASH, CRASH_RETOLD, {"numbers conflict": 0.0, "names conflict": 0.0,
                                               "dates conflict": 0.0}),
    ("nothing shared", CRASH, UNRELATED, {"log entity overlap": math.log(LOG_FLOOR)}),
    # "Названа еще одна опасность сладких продуктов": no name in either report, the cosine stands in.
    ("no names on either side", item("s1", "назвать опасность сладкий продукт", "сахар воспаление учёный"),
     item("s2", "учёный связать потребление сладкий воспаление", "сахар продукт"), {"log entity overlap": None}),
]


@pytest.mark.parametrize(("a", "b", "expected"), [p[1:] for p in PAIRS], ids=[p[0] for p in PAIRS])
def test_signals_of_a_pair(a: StoryItem, b: StoryItem, expected: dict[str, float | None]) -> None:
    values = dict(zip(SIGNALS, signals(profile(a), profile(b)), strict=True))
    for name, value in expected.items():
        assert values[name] == pytest.approx(values["log cosine"] if value is None else value), name


def test_a_retold_story_shares_more_than_an_unrelated_report() -> None:
    retold = dict(zip(SIGNALS, signals(profile(CRASH), profile(CRASH_RETOLD)), strict=True))
    unrelated = dict(zip(SIGNALS, signals(profile(CRASH), profile(UNRELATED)), strict=True))
    assert retold["log cosine"] > unrelated["log cosine"]
    assert retold["log entity overlap"] > unrelated["log entity overlap"]


def synthetic(n: int = 200) -> tuple[np.ndarray, np.ndarray]:
    """Pairs whose label follows an overlap, and a conflict that halves the chance of one story."""
    rng = np.random.default_rng(0)
    overlap = rng.normal(size=n)
    conflict = (rng.random(n) < 0.3).astype(float)
    odds = np.exp(2.0 * overlap - 1.5 * conflict)
    y = (rng.random(n) < odds / (1.0 + odds)).astype(float)
    return np.column_stack([overlap, conflict, np.zeros(n)]), y


def test_fit_finds_the_signs_and_leaves_a_constant_column_at_zero() -> None:
    x, y = synthetic()
    model = fit(x, y, ridge=1.0)
    assert model.coef[1] > 0.5 and model.coef[2] < -0.2
    assert model.coef[3] == 0.0
    p = model.predict(x)
    assert np.all((p > 0.0) & (p < 1.0))


def test_a_stronger_ridge_shrinks_the_coefficients() -> None:
    x, y = synthetic()
    weak, strong = fit(x, y, ridge=0.1), fit(x, y, ridge=100.0)
    assert np.sum(np.abs(strong.coef[1:])) < np.sum(np.abs(weak.coef[1:]))


def test_the_ridge_is_chosen_the_same_way_twice() -> None:
    x, y = synthetic()
    assert choose_ridge(x, y) == choose_ridge(x, y)


def test_nested_fitting_separates_what_is_separable() -> None:
    features = [[i / 100 + (0.5 if i >= 50 else 0.0)] for i in range(100)]
    labels = [i >= 50 for i in range(100)]
    (_, _, f1), chosen = nested_fitted(features, labels, always=[], folded=range(100))
    assert f1 == 1.0
    assert len(chosen) == 5


def test_nested_fitting_never_fits_on_the_pairs_it_judges() -> None:
    """Each row's first feature is its index: the fitter sees which rows it is given."""
    features = [[float(i), i / 100] for i in range(60)]
    labels = [i % 2 == 0 for i in range(60)]
    seen: list[set[int]] = []

    def fitter(x: np.ndarray, y: np.ndarray) -> Logistic:
        seen.append({int(v) for v in x[:, 0]})
        return fit(x, y, 1.0)

    always = list(range(50, 60))
    nested_fitted(features, labels, always=always, folded=range(50), fitter=fitter)
    assert len(seen) == 5
    judged = [set(range(50)) - s for s in seen]
    assert all(set(always) <= s for s in seen)
    assert sorted(i for held in judged for i in held) == list(range(50))  # every folded row judged once, unseen
