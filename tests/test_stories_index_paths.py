"""The story index's fast paths give what the general ones do: postings kept in date order whatever order
articles arrive in, and a near-duplicate index that reuses the last signature's sketch only for that signature."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from letopis.stories.cluster import _Postings
from letopis.stories.minhash import DuplicateIndex, signature


def day(n: int) -> datetime:
    return datetime(2024, 11, 1, tzinfo=UTC) + timedelta(days=n)


def test_postings_stay_sorted_whatever_the_arrival_order() -> None:
    postings = _Postings()
    for article, n in [("a", 5), ("b", 7), ("c", 2), ("d", 7), ("e", 9), ("f", 0)]:
        postings.add(article, day(n))
    postings.add("u", None)
    assert postings.dates == sorted(postings.dates)
    assert postings.dated == ["f", "c", "a", "b", "d", "e"]
    assert postings.between(day(2), day(7)) == ["c", "a", "b", "d"]  # bounds included
    assert postings.between(day(10), day(12)) == []
    assert postings.undated == ["u"]


def test_duplicate_index_sketch_reused_only_for_the_same_signature() -> None:
    one = signature(["президент", "казахстана", "провел", "переговоры", "с", "премьер-министром", "беларуси",
                     "в", "акорде"])
    other = signature(["в", "москве", "прошел", "фестиваль", "уличной", "еды", "и", "музыки", "под", "открытым",
                       "небом"])
    index = DuplicateIndex()
    assert index.query(one) == []
    index.add("other", other)  # the sketch made for ``one`` must not be filed under ``other``
    index.add("one", one)
    assert [key for key, _ in index.query(one)] == ["one"]
    assert [key for key, _ in index.query(other)] == ["other"]
