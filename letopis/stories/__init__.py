"""Across documents: stories (reports of one story from different outlets grouped) and commitments over time.

    from letopis.stories import StoryIndex, story_item
    index = StoryIndex(window_days=3)
    story_id, reason = index.add(story_item(doc))  # reason: "duplicate" | "same-story" | "new"

A pure library: the store persists ``StoryItem.to_json()`` and the story ids; when an ingest starts it puts the
items of the time window back with ``restore(item, story)`` (their stored stories kept), then for each new
article asks ``place(item)``, stores it, and ``restore``s it.
"""

from letopis.stories.cluster import StoryIndex
from letopis.stories.commitments import Progress, commitment_progress
from letopis.stories.items import StoryItem, story_item
from letopis.stories.score import same_story

__all__ = ["Progress", "StoryIndex", "StoryItem", "commitment_progress", "same_story", "story_item"]
