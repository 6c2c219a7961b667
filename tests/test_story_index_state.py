"""The story index's own bookkeeping, which the store relies on for every ingested article: each article is
filed under its own terms whatever way it was placed (a near-duplicate skips the candidate search), a story
of one article reads its mean from the article's profile without ever writing to it, and pruning leaves an
index that places new articles as one built from the survivors alone would."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from test_stories import at, items  # noqa: F401 - the analysed reports, a module fixture

from letopis.stories import StoryIndex, StoryItem, cluster
from letopis.stories.score import profile


def _posted_terms(index: StoryIndex) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for term, postings in index._postings.items():
        for article_id in (*postings.dated, *postings.undated):
            found.setdefault(article_id, set()).add(term)
    return found


def test_each_article_is_filed_under_its_own_terms(items: dict[str, StoryItem]) -> None:  # noqa: F811
    index = StoryIndex()
    placed = [index.add(items[key]) for key in ("belta", "zenit", "copy", "cska")]
    assert placed[2] == ("belta", "duplicate")  # found through LSH, after an unrelated report
    posted = _posted_terms(index)
    for key in ("belta", "zenit", "copy", "cska"):
        assert posted[key] == set(index._terms(profile(items[key], index.idf))), key


def test_a_story_of_one_never_writes_to_its_article(items: dict[str, StoryItem]) -> None:  # noqa: F811
    index = StoryIndex()
    zenit = profile(items["zenit"], index.idf)
    before = (dict(zenit.lemmas), dict(zenit.entities))
    index.place(items["zenit"], zenit)
    index.restore(items["zenit"], "zenit")
    index.add(items["zenit2"])  # joins: the story's mean becomes a sum of its own
    index.add(items["cska"])
    assert (zenit.lemmas, zenit.entities) == before
    assert index.story_of("zenit2") == "zenit"


def test_after_pruning_new_articles_are_placed_as_among_the_survivors(items: dict[str, StoryItem]) -> None:  # noqa: F811
    old = at(items["belta"], "2020-10-01T10:00:00+00:00")  # leaves a story of two
    alone = at(items["lavrov2"], "2020-10-02T10:00:00+00:00")  # a story of one
    survivors = [items[k] for k in ("kazinform", "zenit", "cska", "lavrov1")]
    pruned = StoryIndex(window_days=30)
    for item in (old, alone, *survivors):
        pruned.add(item)
    assert pruned.story_of("kazinform") == "belta" and pruned.story_of("lavrov1") == "lavrov1"
    assert pruned.prune(datetime(2020, 10, 10, tzinfo=UTC)) == 2
    fresh = StoryIndex(window_days=30)
    for item in survivors:
        fresh.add(item)
    # Story ids stay what they were ("belta" keeps the story its report started), so stories are compared by
    # their members.
    for key in ("copy", "zenit2", "lavrov2"):
        (was, why), (now, reason) = pruned.place(items[key]), fresh.place(items[key])
        assert (pruned.stories().get(was, [key]), why) == (fresh.stories().get(now, [key]), reason), key


def test_a_busy_item_is_scored_against_the_candidates_sharing_most_terms(
        items: dict[str, StoryItem], monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """Past MAX_CANDIDATES, the candidates kept are those sharing the most candidate terms: the report's own
    other copy shares all of them, so it stays among them however many others share fewer."""
    index = StoryIndex(window_days=30)
    for key in ("kazinform", "zenit", "zenit2", "cska", "lavrov1", "lavrov2"):
        index.add(items[key])
    belta = profile(items["belta"], index.idf)
    terms = index._terms(belta)
    monkeypatch.setattr(cluster, "MAX_CANDIDATES", 100)
    everyone = index._candidates(belta, terms)
    monkeypatch.setattr(cluster, "MAX_CANDIDATES", 1)
    kept = index._candidates(belta, terms)
    assert len(everyone) > 1 and kept == ["kazinform"]
    assert index.place(items["belta"])[0] == "kazinform"
