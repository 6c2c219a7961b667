"""Stories: articles grouped as they arrive, near-duplicates first, then by the same-story score.

    index = StoryIndex(window_days=3)
    index.add(story_item(doc))  # -> ("<story id>", "new" | "duplicate" | "same-story")

An article joins the story of the most similar earlier article within the time window (single link) when the
score reaches ``threshold``; a near-duplicate (MinHash LSH) joins without scoring. A story's id is the article id
of its first article, and stories never merge or split afterwards, so ids handed out stay valid. Articles may
arrive in any order: a report published before one already seen joins it just the same, within the window.
Candidates come from an inverted index over lemmas and entity keys, so an article is scored only against
articles that share a weighted term with it; each term's dated postings are kept sorted by date, so only those
within the window are looked at and the cost of an article does not grow with the index. Articles without a date
are within any window (as in ``time_factor``), so they always bring and are always candidates.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import chain
from typing import Literal

from letopis.memo import Memo
from letopis.stories.items import StoryItem
from letopis.stories.minhash import DuplicateIndex
from letopis.stories.score import ENTITY_FLOOR, ENTITY_WEIGHT, WINDOW_DAYS, Profile, days_apart, profile, profile_score
from letopis.stories.weights import Idf, default_idf

Reason = Literal["duplicate", "same-story", "new"]

# Score at which two articles tell one story, from the F1 of all 215 tgcontest-2020-pairs (Russian) at the shipped
# knobs: flat between 0.24 and 0.32 (0.857-0.868, best at 0.316, falling above 0.33), so the middle of that plateau
# rather than its edge; with the titles' proper nouns as names, flat between 0.26 and 0.32 (0.861-0.877, best at
# 0.316) and 0.28 kept. With the one-sided proper-noun factor (2026-11-26) the all-pairs best fell to 0.222 and
# 0.28 gives honey F1 0.881 in-sample; with the person factor (``score.person_missing``) the all-pairs best is
# 0.221 and 0.28 gives 0.892; not chosen again yet. The benchmark's held-out figures never use it. Re-run
# `python -m letopis.bench.stories` after changing the score and look at its "all pairs" threshold.
THRESHOLD = 0.28
# A lemma weighing less than this (IDF) is too common to bring candidates ("год", "россия"); it still counts
# in the score of candidates found through rarer terms.
MIN_CANDIDATE_IDF = 3.0
# An item joins a story only when it also scores this share of the threshold against the story's mean, so a
# chain of pairwise links (a digest post touching three stories) does not drag unrelated reports together.
# Chosen by hand on the telegram-news-2024 window (largest story and a look at its posts), not tuned on gold.
CENTROID_SHARE = 0.8
# An item with more candidate terms than this is scored only against articles sharing two of them or more. On
# a 20,000-post store, 70% of the candidates shared a single term and 12 of their 105,234 scores reached the
# threshold; 399 of 400 new posts went to the same story with or without them, at a third of the scoring.
# A short item keeps every candidate: one term is a large share of what it says.
SINGLE_TERM_ITEM = 6
# At most this many candidates are scored: those sharing the most candidate terms with the item (of equals, the
# first met). Measured 2026-11-26 on 20,000 telegram posts: 18,579 placements met 56 candidates on average, but
# one in ten met more than 150 and the busiest 1,164; the member that took a post into its story was among the
# 40 sharing the most terms for 99.5% of the posts that joined one.
MAX_CANDIDATES = 60


@dataclass(frozen=True, slots=True)
class Assignment:
    story: str
    reason: Reason


class StoryIndex:
    """Stories of the articles added so far; ``add`` one at a time, ``rebuild`` from persisted items."""

    def __init__(self, window_days: float = WINDOW_DAYS, threshold: float = THRESHOLD, idf: Idf | None = None) -> None:
        self.window_days = window_days
        self.threshold = threshold
        self.idf = idf or default_idf()
        self._reset()

    def _reset(self) -> None:
        self._profiles: dict[str, Profile] = {}
        self._story: dict[str, str] = {}
        self._members: dict[str, list[str]] = defaultdict(list)
        self._centroids: dict[str, dict[str, float]] = defaultdict(dict)
        self._entity_counts: dict[str, Counter[str]] = defaultdict(Counter)
        self._postings: dict[str, _Postings] = defaultdict(_Postings)
        # Whether a term brings candidates (its IDF at least MIN_CANDIDATE_IDF), remembered: the same few thousand
        # lemmas and names come back in every article.
        self._rare: Memo[str, bool] = Memo(lambda term: self.idf(term) >= MIN_CANDIDATE_IDF)
        self._duplicates = DuplicateIndex()
        self._placed: Profile | None = None
        self._placed_terms: list[str] = []

    def __len__(self) -> int:
        return len(self._profiles)

    def story_of(self, article_id: str) -> str:
        return self._story[article_id]

    def stories(self) -> dict[str, list[str]]:
        """Story id -> article ids in the order they were added."""
        return {story: list(members) for story, members in self._members.items()}

    def add(self, item: StoryItem) -> tuple[str, Reason]:
        """Put an article into a story and say why: ("<story id>", "duplicate" | "same-story" | "new").

        Adding an article id already present changes nothing and answers its story as "duplicate".
        """
        story, reason = self.place(item)
        self.restore(item, story)
        return story, reason

    def place(self, item: StoryItem, prof: Profile | None = None) -> tuple[str, Reason]:
        """The story ``add`` would put the article in, without adding it: a store finds the story, writes the
        article, and only then ``restore``s it here, so an article that failed to be stored leaves no trace.
        ``prof``: the item's profile made beforehand with this index's idf (``profile(item, index.idf)``, where
        the item was analysed), so the one process that places every article does not make it."""
        if item.article_id in self._story:
            return self._story[item.article_id], "duplicate"
        if prof is None or prof.item is not item:
            prof = profile(item, self.idf)
        # restore() right after place() reuses the profile and its terms
        self._placed, self._placed_terms = prof, self._terms(prof)
        found = self._match(prof, self._placed_terms)
        return (found.story, found.reason) if found else (item.article_id, "new")

    def restore(self, item: StoryItem, story: str) -> None:
        """Add an article to a story already decided (read back from a store, or from ``place``) without
        matching it again: the story ids a store holds stay what they are. An id already present is ignored."""
        if item.article_id not in self._story:
            placed = self._placed
            if placed is not None and placed.item is item:
                self._insert(placed, story, self._placed_terms)
            else:
                self._insert(prof := profile(item, self.idf), story, self._terms(prof))
            self._placed = None

    def rebuild(self, items: Iterable[StoryItem]) -> dict[str, str]:
        """Start afresh from persisted items, added in the order given (the order they were first added gives
        the same story ids); returns article id -> story id."""
        self._reset()
        return {item.article_id: self.add(item)[0] for item in items}

    def prune(self, before: datetime) -> int:
        """Forget articles published before ``before`` (no later article can join them); returns how many.
        Their story ids stay valid in the store; articles without a date are kept."""
        old = [a for a, p in self._profiles.items() if p.item.published is not None and p.item.published < before]
        gone = set(old)
        for article_id in old:
            removed = self._profiles.pop(article_id)
            self._duplicates.remove(article_id)
            story = self._story.pop(article_id)
            self._members[story].remove(article_id)
            if not self._members[story]:  # a story of one: its mean was the article's own (see ``_insert``)
                del self._members[story], self._centroids[story], self._entity_counts[story]
                continue
            centroid = self._centroids[story]
            for term, weight in removed.lemmas.items():
                centroid[term] = centroid.get(term, 0.0) - weight
            self._entity_counts[story].subtract(removed.entities)
        for term in [t for t, postings in self._postings.items() if postings.holds_any(gone)]:
            if not self._postings[term].discard(gone):
                del self._postings[term]
        return len(old)

    def _within(self, a: StoryItem, b: StoryItem) -> bool:
        days = days_apart(a, b)
        return days is None or days <= self.window_days

    def _match(self, prof: Profile, terms: list[str]) -> Assignment | None:
        item = prof.item
        for other, _ in self._duplicates.query(item.signature):
            if self._within(item, self._profiles[other].item):
                return Assignment(self._story[other], "duplicate")
        best: dict[str, float] = {}
        for other in self._candidates(prof, terms):
            # Near-duplicates were looked for above, through LSH; a pair missed there is scored on content.
            score = profile_score(prof, self._profiles[other], self.window_days, duplicates=False,
                                  floor=self.threshold)
            story = self._story[other]
            if score >= self.threshold and score > best.get(story, 0.0):
                best[story] = score
        # The story whose best member scores highest, provided the item also fits the story as a whole.
        for story, _ in sorted(best.items(), key=lambda kv: (-kv[1], kv[0])):
            if self._centroid_score(prof, story) >= CENTROID_SHARE * self.threshold:
                return Assignment(story, "same-story")
        return None

    def _centroid_score(self, prof: Profile, story: str) -> float:
        """The content score of an item against a story's mean: lemma vectors summed over its members, entities
        weighted by the share of members that name them."""
        centroid = self._centroids[story]
        norm = math.sqrt(sum(w * w for w in centroid.values())) or 1.0
        cos = sum(w * centroid.get(t, 0.0) for t, w in prof.lemmas.items()) / norm
        counts = self._entity_counts[story]
        size = len(self._members[story])
        story_total = sum(self.idf(k) * n / size for k, n in counts.items())
        if not prof.entity_total or not story_total:
            return cos
        shared = sum(w * counts[k] / size for k, w in prof.entities.items() if k in counts)
        overlap = shared / max(min(prof.entity_total, story_total), ENTITY_FLOOR)
        return (1.0 - ENTITY_WEIGHT) * cos + ENTITY_WEIGHT * overlap

    def _candidates(self, prof: Profile, terms: list[str] | None = None) -> list[str]:
        """Articles sharing a candidate term with the item (two, when the item has more than
        ``SINGLE_TERM_ITEM`` of them) and within the window of it (all of them when the item has no date;
        articles without a date always), the ``MAX_CANDIDATES`` sharing the most where there are more. Scoring
        drops any still out of the window."""
        published = prof.item.published
        window = timedelta(days=self.window_days) if published is not None else None
        # Counted in C (Counter.update): an item meets a few hundred postings. Insertion-ordered, so the order
        # candidates are scored in stays the same.
        shared: Counter[str] = Counter()
        if terms is None:
            terms = self._terms(prof)
        found = self._postings.get
        count = shared.update
        if published is None or window is None:
            for term in terms:
                if (postings := found(term)) is not None:
                    count(postings.dated)
                    count(postings.undated)
        else:
            earliest, latest = published - window, published + window
            for term in terms:
                if (postings := found(term)) is not None:
                    count(postings.between(earliest, latest))
                    if postings.undated:
                        count(postings.undated)
        least = 1 if len(terms) <= SINGLE_TERM_ITEM else 2
        if len(shared) <= MAX_CANDIDATES:
            return [other for other, count in shared.items() if count >= least]
        return [other for other, count in shared.most_common(MAX_CANDIDATES) if count >= least]

    def _terms(self, prof: Profile) -> list[str]:
        """The item's terms that bring candidates and are posted: entity keys and lemmas rare enough."""
        return list(filter(self._rare.__getitem__, chain(prof.entities, prof.lemmas)))  # walked in C

    def _insert(self, prof: Profile, story: str, terms: list[str]) -> None:
        article_id = prof.item.article_id
        self._profiles[article_id] = prof
        self._story[article_id] = story
        members = self._members[story]
        members.append(article_id)
        if len(members) == 1:
            # Most articles start a story no other report joins: its mean is the article's own vectors, read
            # from its profile (never written through) until a second member makes it a sum of its own.
            self._centroids[story] = prof.lemmas
            self._entity_counts[story] = prof.entities  # type: ignore[assignment]
        else:
            if len(members) == 2:
                self._centroids[story] = dict(self._centroids[story])
                self._entity_counts[story] = Counter(self._entity_counts[story])
            centroid = self._centroids[story]
            for term, weight in prof.lemmas.items():
                centroid[term] = centroid.get(term, 0.0) + weight
            self._entity_counts[story].update(prof.entities)
        self._duplicates.add(article_id, prof.item.signature)
        published = prof.item.published
        for term in terms:
            self._postings[term].add(article_id, published)


class _Postings:
    """Article ids of one term: dated ones sorted by date (parallel lists), undated ones in the order added."""

    __slots__ = ("dates", "dated", "undated")

    def __init__(self) -> None:
        self.dates: list[datetime] = []
        self.dated: list[str] = []
        self.undated: list[str] = []

    def add(self, article_id: str, published: datetime | None) -> None:
        if published is None:
            self.undated.append(article_id)
        elif not self.dates or published >= self.dates[-1]:  # news mostly arrives in date order
            self.dates.append(published)
            self.dated.append(article_id)
        else:
            at = bisect_right(self.dates, published)
            self.dates.insert(at, published)
            self.dated.insert(at, article_id)

    def between(self, earliest: datetime, latest: datetime) -> list[str]:
        """Dated ids from ``earliest`` to ``latest``, bounds included."""
        dates = self.dates
        lo = bisect_left(dates, earliest)
        return self.dated[lo:bisect_right(dates, latest, lo)]

    def holds_any(self, ids: set[str]) -> bool:
        return not ids.isdisjoint(self.dated) or not ids.isdisjoint(self.undated)

    def discard(self, ids: set[str]) -> int:
        """Drop ``ids``; returns how many postings are left."""
        kept = [(d, a) for d, a in zip(self.dates, self.dated, strict=True) if a not in ids]
        self.dates = [d for d, _ in kept]
        self.dated = [a for _, a in kept]
        self.undated = [a for a in self.undated if a not in ids]
        return len(self.dated) + len(self.undated)
