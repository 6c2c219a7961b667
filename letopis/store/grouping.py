"""Which story an article belongs to, as it is stored.

Until ``letopis.stories`` (same-story clustering across outlets) lands, every article is a story of its own:
the schema, the event groups and the explorer already work with stories, and clustering fills them in.
"""

from __future__ import annotations

from letopis.store.db import Store
from letopis.store.write import Prepared, StoryOf


def story_assigner(store: Store) -> StoryOf:
    def own_story(item: Prepared) -> str:
        return item.doc.article.id

    return own_story
